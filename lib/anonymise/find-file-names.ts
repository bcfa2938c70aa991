import type { CandidateName } from './find-candidate-name';
import { isKnownNamePart } from './find-name-seeds';
import { makeSpan } from './make-span';
import { nameLexicon } from './name-lexicon';
import { matchAll } from './match-all';
import { charTest } from './trim-chars';
import type { Span } from './span';

/**
 * A document's file name, as a footer or a header prints it: "Dias_Joanita_MedSec_CV.docx", a CV kept as Markdown or LaTeX
 * ("ines-moura-cv.md"), a copy's number ("…_CV_final(2).pdf") and a photo's file ("…_headshot.jpg").
 */
const FILE_NAME = /(?<![\p{L}\p{N}_.-])([\p{L}\p{N}][\p{L}\p{N}_-]{1,80})(?:\(\d{1,2}\))?\.(?:docx?|pdf|odt|rtf|pages|txt|md|tex|jpe?g|png|heic)\b/giu;
/** A letter of a word of a file name written with blanks ("Kateřina Dvořáková CV.docx"). */
const WORD_LETTER = /[\p{L}\p{M}'’]/u;
/** A dash between a file name's words: "Benjelloun FZ – CV.docx". */
const DASH = charTest('–-');

/**
 * The word and the blank (or " – ") that end at `end`, read back in code: the word, and where it starts. Null when no
 * capitalised word stands there, or when another mark joins it to what comes before ("x.Kateřina").
 */
function wordBefore(text: string, end: number): { word: string; start: number } | null {
  let i = end;
  if (text[i - 1] !== ' ') return null;
  i--;
  if (DASH.test(text[i - 1] ?? '') && text[i - 2] === ' ') i -= 2;
  const wordEnd = i;
  while (i > 0 && wordEnd - i < 40 && WORD_LETTER.test(text[i - 1]!)) i--;
  const word = text.slice(i, wordEnd);
  if (!word || !/^\p{Lu}/u.test(word) || /[\p{L}\p{N}_.-]/u.test(text[i - 1] ?? '')) return null;
  return { word, start: i };
}
/** A name run onto "CV" or "Resume" with no mark between: "OkonkwoCV", "AdeyemiResume". */
const GLUED_OWN = /^(\p{Lu}\p{Ll}{2,})(?:CV|Resume)$/u;
/** A Windows path's drive and folders before a file name, blanks and all, on its line: "C:\\Users\\jk\\Documents\\Jobs 2026\\". */
const WINDOWS_PATH = /[A-Za-z]:\\[^\n:*?"<>|]{0,160}\\$/;
/** A Windows path into a user's folder, whose name is the writer's account: "C:\\Users\\jk\\". */
const USER_FOLDER = /(?<![\p{L}\p{N}])[A-Za-z]:\\(?:Users|Documents and Settings)\\/giu;
/** The end of a document's file name: its extension. */
const DOCUMENT_EXTENSION = /\.(?:docx?|pdf|odt|rtf|pages|txt|md|tex)(?![\p{L}\p{N}])/iu;
/** The folders of a link's path before a file name: "../assets/files/", "/downloads/". */
const PATH_CHAR = /[\w.~%-]/;
/** The parts of a file name that make it a candidate's own application: "CV", "Resume", "SupportingStatement". */
const OWN_DOCUMENT = /^(?:cv|resume|résumé|supportingstatement|personalstatement|coverletter)$/i;
/**
 * Words that name many documents ("Mission-Statement.pdf", "Leaflet_Application.docx"), a supporting statement's letters
 * ("_SS_") and a photo's words: the candidate's only with a name part beside them.
 */
const MAYBE_OWN = /^(?:statement|application|ss|photo|headshot)$/i;

/** A part that names someone: a known name part that is no word too ("Joanita", "Dias", not "Grant"), or a word in capitals that is no known word ("TANAKA"). */
function namesSomeone(part: string): boolean {
  const { notNames, wordLike } = nameLexicon;
  // A part in lower case is looked up as a name is written ("femke_vandermeer_statement.docx").
  const word = part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
  if (notNames.has(part) || notNames.has(word) || wordLike.has(word)) return false;
  return isKnownNamePart(word) || /^\p{Lu}{3,}$/u.test(part);
}

/**
 * Where a file name starts that has words before its stem, each after a blank ("Kateřina Dvořáková CV.docx"): back over
 * words that name someone, are a part of the candidate's name or initials in capitals ("FZ"), while one of them is more than
 * initials ("I CV.docx" is no name). The words are put before `parts`.
 */
function spacedStart(text: string, stem: number, parts: string[], candidateParts: ReadonlySet<string>): number {
  const words: string[] = [];
  let index = stem;
  let start = stem;
  let taken = 0;
  while (words.length < 4) {
    const part = wordBefore(text, index);
    if (!part) break;
    const { word } = part;
    const initials = /^\p{Lu}{1,3}$/u.test(word);
    if (!initials && !namesSomeone(word) && !candidateParts.has(word.toLowerCase())) break;
    index = part.start;
    words.unshift(word);
    if (!initials) {
      start = index;
      taken = words.length;
    }
  }
  parts.unshift(...words.slice(words.length - taken));
  return start;
}

/**
 * The file name of a CV or statement, printed in its footer: its other parts are the candidate's
 * name ("TANAKA_Haruki_CV_EN.pdf", "NZDlamini_SupportingStatement_HV.docx"), so the whole name goes
 * as the candidate's. A file name with no such part ("audit_results_2024.pdf") is left. Words before the stem that a
 * blank separates are its parts while each names someone, is a part of the candidate's name or their initials in capitals.
 */
export function findFileNames(text: string, candidate: CandidateName | null = null): Span[] {
  const spans: Span[] = [];
  const candidateParts = new Set(candidate?.parts.map((part) => part.toLowerCase()));
  for (const m of matchAll(text, FILE_NAME)) {
    const parts = m[1]!.split(/[_-]+/);
    const index = spacedStart(text, m.index, parts, candidateParts);
    const own = parts.some((part) => OWN_DOCUMENT.test(part)) || (parts.some((part) => MAYBE_OWN.test(part)) && parts.some(namesSomeone));
    const glued = parts.some((part) => {
      const name = GLUED_OWN.exec(part)?.[1];
      return name !== undefined && !nameLexicon.notNames.has(name) && !nameLexicon.wordLike.has(name);
    });
    // After a backslash, only a Windows path's file: the whole path goes, as its folders name the writer's account ("C:\\Users\\jk\\").
    const windows = text[m.index - 1] === '\\' ? WINDOWS_PATH.exec(text.slice(Math.max(0, m.index - 170), m.index)) : null;
    if (text[m.index - 1] === '\\' && !windows) continue;
    if ((parts.length < 2 || !own) && !glued) continue;
    if (windows) {
      spans.push(makeSpan('url', m.index - windows[0].length, m.index + m[0].length));
      continue;
    }
    // In a link's path ("../assets/files/Jo_Bloggs_CV.pdf"), the whole path is the link.
    if (index === m.index && text[m.index - 1] === '/') {
      let start = m.index - 1;
      while (start > 0 && m.index - start < 200 && (PATH_CHAR.test(text[start - 1]!) || text[start - 1] === '/')) start--;
      spans.push(makeSpan('url', start, m.index + m[0].length));
      continue;
    }
    spans.push(makeSpan('name', index, m.index + m[0].length, { person: 0 }));
  }
  // A path into a user's folder goes whole to its document's extension, whatever the file is called ("…\\Jobs 2025\\CV final v3 (2).docx"):
  // the folder names the writer's account.
  for (const m of matchAll(text, USER_FOLDER)) {
    const lineEnd = text.indexOf('\n', m.index);
    const rest = text.slice(m.index, lineEnd < 0 ? Math.min(text.length, m.index + 300) : Math.min(lineEnd, m.index + 300));
    const extension = DOCUMENT_EXTENSION.exec(rest);
    if (extension) spans.push(makeSpan('url', m.index, m.index + extension.index + extension[0].length));
  }
  return spans;
}

import { isKnownNamePart } from './find-name-seeds';
import { makeSpan } from './make-span';
import { nameLexicon } from './name-lexicon';
import { matchAll } from './match-all';
import type { Span } from './span';

/** A document's file name, as a footer or a header prints it: "Dias_Joanita_MedSec_CV.docx", and a CV kept as Markdown or LaTeX ("ines-moura-cv.md"). */
const FILE_NAME = /(?<![\p{L}\p{N}_.\\-])([\p{L}\p{N}][\p{L}\p{N}_-]{2,80})\.(?:docx?|pdf|odt|rtf|pages|txt|md|tex)\b/giu;
/** A name run onto "CV" or "Resume" with no mark between: "OkonkwoCV", "AdeyemiResume". */
const GLUED_OWN = /^(\p{Lu}\p{Ll}{2,})(?:CV|Resume)$/u;
/** The folders of a link's path before a file name: "../assets/files/", "/downloads/". */
const PATH_CHAR = /[\w.~%-]/;
/** The parts of a file name that make it a candidate's own application: "CV", "Resume", "SupportingStatement". */
const OWN_DOCUMENT = /^(?:cv|resume|résumé|supportingstatement|personalstatement|coverletter)$/i;
/** Words that name many documents ("Mission-Statement.pdf", "Leaflet_Application.docx"): the candidate's only with a name part beside them. */
const MAYBE_OWN = /^(?:statement|application)$/i;

/** A part that names someone: a known name part that is no word too ("Joanita", "Dias", not "Grant"), or a word in capitals that is no known word ("TANAKA"). */
function namesSomeone(part: string): boolean {
  const { notNames, wordLike } = nameLexicon;
  const word = part.charAt(0) + part.slice(1).toLowerCase();
  if (notNames.has(part) || notNames.has(word) || wordLike.has(word)) return false;
  return isKnownNamePart(word) || /^\p{Lu}{3,}$/u.test(part);
}

/**
 * The file name of a CV or statement, printed in its footer: its other parts are the candidate's
 * name ("TANAKA_Haruki_CV_EN.pdf", "NZDlamini_SupportingStatement_HV.docx"), so the whole name goes
 * as the candidate's. A file name with no such part ("audit_results_2024.pdf") is left.
 */
export function findFileNames(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matchAll(text, FILE_NAME)) {
    const parts = m[1]!.split(/[_-]+/);
    const own = parts.some((part) => OWN_DOCUMENT.test(part)) || (parts.some((part) => MAYBE_OWN.test(part)) && parts.some(namesSomeone));
    const glued = parts.some((part) => {
      const name = GLUED_OWN.exec(part)?.[1];
      return name !== undefined && !nameLexicon.notNames.has(name) && !nameLexicon.wordLike.has(name);
    });
    if ((parts.length < 2 || !own) && !glued) continue;
    // In a link's path ("../assets/files/Jo_Bloggs_CV.pdf"), the whole path is the link.
    if (text[m.index - 1] === '/') {
      let start = m.index - 1;
      while (start > 0 && m.index - start < 200 && (PATH_CHAR.test(text[start - 1]!) || text[start - 1] === '/')) start--;
      spans.push(makeSpan('url', start, m.index + m[0].length));
      continue;
    }
    spans.push(makeSpan('name', m.index, m.index + m[0].length, { person: 0 }));
  }
  return spans;
}

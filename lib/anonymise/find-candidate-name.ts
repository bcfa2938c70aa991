import { type DocumentLayout, sectionAt } from './document-layout';
import { withoutAccents } from './without-accents';
import { firstIndex } from './first-index';
import { localPartLetters, localParts } from './local-part-letters';
import { isKnownNamePart, PLACE_OPENER, usedAsPlace } from './find-name-seeds';
import { matchAll } from './match-all';
import { ABBREVIATED_GIVEN, GENERATION_SUFFIX, isCapitalMaria, isDegreeLetters, isGenderedTitle, nameLexicon } from './name-lexicon';
import { hasSurnameShape, type NameRun, readNameRun, titleCase } from './name-run';
import { POST_DASH_NAME } from './post-heading';
import type { Word } from './scan-words';

/** The candidate's own name, as found in the document. */
export interface CandidateName {
  /** The name as written, without title or post-nominals ("Amina Okafor"). */
  text: string;
  parts: string[];
}

/** A field of the names someone has gone by, which may list several: "Other names used:", "Previous names:". */
const OTHER_NAMES = /(?:other|previous|former)[ \t_]*names?/i;
/**
 * A field holding one part of the candidate's name, as application forms split it (after a bullet or a question's number, "1.4
 * Preferred name:", and a surname held before, "Previous surname(s):"), in English and the
 * languages of CVs written abroad; its value after a colon or a dash, after a leader of dots as a form printed to text
 * sets it ("Forename(s) .......... Noa"), or after a column's gap, as an application form's print view does ("Last name⇥THAPA"),
 * its mark of a required field between ("Last name *     THAPA").
 */
const PART_LABEL = String.raw`(?:(?:first|given|fore|christian|middle)[ \t_]*names?|${OTHER_NAMES.source}(?:[ \t]+used)?|forenames?|(?:(?:previous|former|maiden|birth|current|present|married)[ \t]+)?(?:surnames?|last[ \t_]*names?)|family[ \t_]*name|họ|tên|nombres?|apellidos?|prénoms?|nom|imię|nazwisko|vorname|nachname|фамилия|имя|отчество|known[ \t]+as|preferred[ \t]+name)`;
/** Europass joins two parts in one label, the surname first: "Surname(s) / First name(s)   van der Berg, Maartje". */
const SPLIT_LABEL = new RegExp(
  String.raw`^\s*(?:[-•*·][ \t]+|\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t]{1,3})?["']?${PART_LABEL}(?:[ \t]*(?:\(s\)[ \t]*)?\/[ \t]*${PART_LABEL})?["']?(?:[ \t]*\(s\))?(?:[ \t]*\*)?(?:[ \t]*[:\-–]|[ \t]+\.{1,60}(?=[ \t])|(?=\t| {3}))[ \t]*["'\x60]?`,
  'iu',
);
/**
 * A field holding the candidate's name ("Name in full:"), after a bullet, an emoji or a symbol as a designed CV sets it ("👤 Name:", "✎ Full name:")
 * or in Markdown's bold ("- Name:", "**Nome completo:"), in English,
 * Portuguese and Spanish; "From:" heads a statement written as a letter or e-mail. Also a table's row ("| **Name:** | …",
 * "Name⇥Han Min Htet", the label alone in its cell) and a key of data kept as code, its value in quotes ('"Name": "…"',
 * "fullName: '…'", "full_name:"), and a Markdown table's row of two cells with no colon ("| Name | Kasun Perera |"). A bilingual
 * form gives the label in the other language first, before a slash: up to three words in another script ("ФИО / Full name:") or a
 * known label ("Nom / Name:"); "Referee / Name:" labels someone else.
 */
const LABEL =
  /^\s*(?:(?:[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2190-\u21FF\u2300-\u27BF\u2B00-\u2BFF]|\uFE0F|\u20E3)+[ \t]*)?(?:\|[ \t]*)?(?:[-•*·][ \t]+|\*\*|__)?["']?(?:(?:[^\s/:|A-Za-z\u00C0-\u024F]{1,20}(?:[ \t][^\s/:|A-Za-z\u00C0-\u024F]{1,20}){0,2}|nom|nome|nombre|naam|navn|nimi|imię(?:[ \t]+i[ \t]+nazwisko)?|họ[ \t]+(?:và[ \t]+)?tên|ad[ \t]+soyad)[ \t]*\/[ \t]*)?(?:(?:(?:full|legal)[\s_]*)?(?:nome\s+completo|nombre\s+completo|name(?:\s+in\s+full|\s+(?:as\s+)?(?:on|in|per)\s+(?:my\s+|the\s+)?(?:passport|ID|birth\s+certificate|documents)|\s*\((?:as\s+(?:on|in)\s+)?(?:my\s+|the\s+)?(?:passport|ID|birth\s+certificate|documents)\)|\s+in\s+(?:other|another|native|(?:my\s+)?own)\s+(?:script|language|alphabet))?|applicant(?:\s+name)?|candidate(?:\s+name)?|name of applicant|from|author)["']?(?:\s*[:\-–]|[ \t]+\.{1,60}(?=[ \t]))(?:\*\*|__)?(?:[ \t]*\|)?|(?:full[ \t]+)?name(?=\t| {3})|(?:full[ \t]+)?name[ \t]*\|(?=[ \t]*[^|\s][^|\n]*(?:\|[ \t\r]*)?$)|personal\s+(?:informations?|details)(?:[ \t]*[:\-–]|[ \t]{2}|\t))\s*["'`]?/i;
// The course or post may come first, in up to four words of any case (the pattern ignores case): "Medical School
// Personal Statement of …", "Band 5 Nurse Supporting Statement – …"; what follows must still read as a name.
const CV_OF = /^\s*(?:#{1,6}[ \t]+)?(?:[\p{Lu}\d][\p{L}\d&/-]* ){0,4}?(?:curriculum\s+vitae|cv|résumé|resume|supporting\s+(?:statement|information)|personal\s+statement|cover(?:ing)?\s+letter)\s*(?:of|for|from|by|[:\-–—|])\s*/iu;
/**
 * The same title as a later cell of a portal's header row, the name in the cell after it: "NHS Jobs – Application 2026-114 –
 * Supporting information – RUTH A. OBI". Only after a spaced dash or bar, so a sentence's "supporting information for" is none.
 */
const CV_OF_CELL = /[ \t][–—|][ \t]+(?:curriculum[ \t]+vitae|supporting[ \t]+(?:statement|information)|personal[ \t]+statement)[ \t]+[–—|:][ \t]*/i;
/** A document's title after a name and a dash or bar: "AMIT PATEL - CURRICULUM VITAE". */
export const CV_AFTER = /[-–—|:]\s*(?:curriculum\s+vitae|cv|résumé|resume)\s*$/i;
const DATA_NAME_KEY = /^[ \t]*(?:-[ \t]+)?["']?name["']?[ \t]*:[ \t]*["']?(?:full[ \t]+)?name["']?[ \t]*$/i;
const DATA_VALUE_KEY = /^[ \t]*["']?value["']?[ \t]*:[ \t]*["']?/i;
const BYLINE = /^[ \t]*(?:written[ \t]+)?by[ \t]+/i;
/** Where a byline's name ends: before its date ("on Thursday…", "| 3 May") or a separator. */
const BYLINE_END = /[ \t](?:on[ \t]|[|,–—])|[|,–—]/;
/** A separator after a byline's name goes on to a date ("| 3 May", ", Monday 3 March"); a role or a quote after it is a testimonial's ("By Helen Marsh, Matron: …"). */
const BYLINE_DATE = /^[|,–—][ \t]*(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;
// A document's title, once or twice ("Curriculum Vitae  CV"), maybe with a note on its version ("CV (translation from
// Polish)"), and a section's label alone on its line above the name ("Personal Information" / "Abd-alaziz Ahmed") say
// nothing of the name.
const SKIP_LINE =
  /^\W*(?:(?:curriculum\s+vitae|cv|résumé|resume)(?:\W+(?:cv|résumé|resume))?(?:[ \t]*\([^()\n]{0,30}?\b(?:translat|version|updated|english|draft)[^()\n]{0,40}\))?|personal\s+(?:informations?|details|data|info)|contact\s+(?:information|details)|supporting\s+(?:statement|information)|statement\s+in\s+support\b.*|personal\s+(?:statement|profile)|private\s+(?:and|&)\s+confidential|confidential|covering\s+letter|cover\s+letter|application\s+for.*|dear\b.*|re:.*)\W*$/i;
const PERSONAL_SECTION = /^\W*(?:personal\s+(?:informations?|details|data|info)|contact\s+(?:information|details))\W*$/i;
const SIGN_OFF = /^\s*(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm|warmest|many)\s+(?:regards|wishes|thanks)|regards|with\s+(?:best|kind|warm)\s+(?:regards|wishes)|thank\s+you(?:\s+for\s+your\s+(?:time|consideration))?|sincerely)\s*(?:[,.!]\s*)?/i;

function wordsIn(words: Word[], start: number, end: number): number {
  return words.findIndex((w) => w.start >= start && w.start < end);
}

/** A whole line (or what follows a label on it) that is nothing but a name. */
function nameOnLine(words: Word[], text: string, start: number, end: number, wholeLine: boolean): NameRun | null {
  const index = wordsIn(words, start, end);
  if (index < 0) return null;
  // A name in capitals ("SIOBHAN O'NEILL RGN, BSc (Hons)"): its first two words are capitals.
  const firstTwo = words.slice(index, index + 3).filter((w) => w.kind !== 'title' && w.start < end).slice(0, 2);
  const allCaps = firstTwo.length === 2 && firstTwo.every((w) => w.kind === 'caps' || (w.kind === 'cap' && /^\p{Lu}\p{Ll}?\p{Lu}{2,}/u.test(w.text)));
  const run = readNameRun(words, index, { minParts: 2, max: 4, allCaps });
  if (!run) return null;
  if (!wholeLine) return run;
  // After the name only post-nominals, punctuation or a separator may follow: "Amina Okafor MBBS, MRCGP".
  const line = text.slice(run.end, end);
  // Or the writer's e-mail address, as a CV that PDF text ran onto one line goes on: "Yaniv Ben -Yeshaya yaniv@… | +972…".
  if (/^[\s,.]*$/.test(line) || /^\s*(?:[,|–—-]|\s{2,}|\()/.test(line) || /^[ \t]+[\w.+-]+@[\w-]+\./.test(line)) return run;
  const { notNames } = nameLexicon;
  const postNominal = (w: string) => /^[A-Z]{2,}[a-z]?$/.test(w) || /^\(?Hons\)?$/.test(w) || nameLexicon.notNameGroups.qualifications.has(w);
  const restWords = line.split(/[\s,()]+/).filter(Boolean);
  if (restWords.every((w) => notNames.has(w) || postNominal(w))) return run;
  // Post-nominals only, then a spaced dash or bar, with the place of a degree in brackets: "BDS (Cairo) ORE — Supporting Statement".
  const separator = /\s[–—|-]\s/.exec(line);
  const before = separator ? line.slice(0, separator.index).replace(/\([^()\n]{0,40}\)/g, ' ').split(/[\s,]+/).filter(Boolean) : [];
  return before.length && before.every(postNominal) ? run : null;
}

/** An e-mail address's local part as two words: "ioana.popescu88 @", a blank allowed before the "@". */
const EMAIL_WORDS = /(?<![\w.'-])([A-Za-z]+)[._-]([A-Za-z'-]+)\d*[ \t]?@/g;
/** The start of a line that gives the writer's own contact details, as a statement closes: "Contact: mob 07700… | name@…", "Email: …". */
const OWN_CONTACT_LINE = /^[ \t]*(?:contact|e-?mail|mob(?:ile)?|tel(?:ephone)?|phone)\b/i;

/**
 * Looks for the candidate's e-mail address (in the header, or on a contact line where a statement
 * closes; never a referee's, in the References) and, if its local part spells two words of the text, uses them.
 */
function nameFromEmail(layout: DocumentLayout, words: Word[]): NameRun | null {
  const { text, headerEnd } = layout;
  const stretches: [number, number][] = [[0, Math.max(headerEnd, 600)]];
  for (const line of layout.lines) if (line.text.includes('@') && OWN_CONTACT_LINE.test(line.text)) stretches.push([line.start, line.end]);
  // Each capitalised word by its letters, the first of each kept, so that every address costs two look-ups.
  let byLetters: Map<string, Word> | null = null;
  for (const [from, to] of stretches) {
    for (const email of matchAll(text.slice(from, to), EMAIL_WORDS)) {
      if (sectionAt(layout, from + email.index)?.kind === 'references') continue;
      byLetters ??= capitalisedByLetters(words);
      const found = [email[1]!, email[2]!].flatMap((part) => byLetters!.get(part.toLowerCase().replace(/['-]/g, '')) ?? []);
      if (found.length === 2) return { parts: found.map((w) => w.text), start: found[0]!.start, end: found[0]!.end };
    }
  }
  return null;
}

/** Words before a place: "in Herat", "from Trabzon". */
const PLACE_BEFORE = new Set(['in', 'at', 'from', 'near', 'to', 'of', 'outside']);

/** What ends a sentence or a line before a word, blanks aside: a capital there says nothing of a name. */
const SENTENCE_OPEN = /(?:^|[.!?:;\n])[ \t]*$/;

/**
 * Each capitalised word that stands as a name alone inside a sentence, by its letters in lower case: no capitalised word
 * joined after it ("Herat Regional Hospital" is a body's), no word of a place before it ("in Herat"), and not opening a
 * sentence ("Podiatry is where…" beside "shah.podiatry@").
 */
function standingAlone(text: string, words: Word[]): Map<string, Word> {
  const map = new Map<string, Word>();
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (w.kind !== 'cap' || (w.joinsNext && next?.kind === 'cap') || PLACE_BEFORE.has(words[i - 1]?.text ?? '')) return;
    if (SENTENCE_OPEN.test(text.slice(Math.max(0, w.start - 8), w.start))) return;
    const letters = w.text.toLowerCase().replace(/['’-]/g, '');
    if (!map.has(letters)) map.set(letters, w);
  });
  return map;
}

/** Each capitalised word by its letters in lower case, hyphens and apostrophes dropped ("Adebayo-Smith" as "adebayosmith"). */
function capitalisedByLetters(words: Word[]): Map<string, Word> {
  const map = new Map<string, Word>();
  for (const w of words) {
    const letters = w.text.toLowerCase().replace(/['’-]/g, '');
    if (w.kind === 'cap' && !map.has(letters)) map.set(letters, w);
  }
  return map;
}

/** How far into the text an e-mail address is read as the candidate's own (the header and contact block). */
const OWN_EMAIL_WITHIN = 1500;

/** Every order of two or three words (a name is written family name first or last). */
function orders(tokens: string[]): string[][] {
  if (tokens.length < 2) return [tokens];
  return tokens.flatMap((token, i) => orders([...tokens.slice(0, i), ...tokens.slice(i + 1)]).map((rest) => [token, ...rest]));
}

/** One capitalised name closing the writer's introduction: a full stop, a comma, "and" or the line's end follows. */
/** Their surname's initial may follow, as people shorten it in public ("My name’s Emma J, and…"). */
const INTRODUCED_ALONE = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)((?:[ \t](?!I\b)\p{Lu}(?![\p{L}\p{M}'’]))?)(?=[ \t]*(?:[.,;!]|\n|$|and\b))/u;
/** Two capitalised names closing the writer's introduction, as INTRODUCED_ALONE closes one. */
const INTRODUCED_PAIR = /^(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:[.,;!]|\n|$|and\b))/u;
/** A Markdown heading's marks before its text: "### ". */
const MARKDOWN_HEADING = /^#{1,6}[ \t]+/;
/** The same marks opening a line, after any blanks. */
const MARKDOWN_MARKS = /^[ \t]*#{1,6}[ \t]+/;
/**
 * Where a Markdown heading's text ends, before the closing marks Markdown allows after it: "## AMINU BELLO DANJUMA ##". Read
 * back in code from the line's end, so a long run of blanks is crossed once.
 */
function markdownHeadingEnd(line: string): number {
  const text = line.trimEnd();
  const marks = /#{1,6}$/.exec(text);
  if (!marks || !/[ \t]/.test(text.charAt(marks.index - 1))) return line.length;
  return text.slice(0, marks.index).trimEnd().length;
}
/** A line's first words in Markdown's bold, alone or in a table's first cell, the rest of the line a cell or nothing. */
const BOLD_NAME = /^[ \t]*(?:\|[ \t]*)?(\*\*|__)([^*_|\n]{2,80})\1[ \t]*(?:\||$)/;
/** A side column's heading opening a line, then the gap to the main column: "Contact⇥⇥Nino Beridze". */
const SIDE_COLUMN_HEADING = /^[ \t]*(?:contacts?|contact[ \t]+(?:details|info(?:rmation)?)|top[ \t]+skills|skills)(?:\t+| {3,})(?=\S)/i;

/** How many lines with words open a document, where a line its writer's address spells is their name. */
const TOP_LINES = 8;
/** A symbol or pictograph that may stand at either end of a heading, or a blank beside one (one code point). */
const EDGE_MARK = /^(?:[\p{S}\p{Extended_Pictographic} \t]|\uFE0F|\u200D)$/u;

/** The line without the marks at its ends, trimmed one code point at a time (a pattern anchored at the end is quadratic on a long run of blanks). */
function trimEdgeMarks(line: string): string {
  const chars = Array.from(line);
  let from = 0;
  let to = chars.length;
  while (from < to && EDGE_MARK.test(chars[from]!)) from++;
  while (to > from && EDGE_MARK.test(chars[to - 1]!)) to--;
  return chars.slice(from, to).join('');
}

/**
 * The first line as a name when its two or three words, which may be ordinary words ("Previous
 * Chiruka", "Memory Banda", "Blessing Moyo"), together spell the e-mail address the candidate
 * gives: "chirukaprevious@…". The address is theirs, so its words are their name.
 */
function headingSpeltByEmail(text: string, start: number, end: number): CandidateName | null {
  // Marks set round a heading as decoration ("✨ DRITA HOXHA ✨", "★ Name ★") are no words of it.
  const line = trimEdgeMarks(text.slice(start, end).trim().replace(MARKDOWN_HEADING, ''));
  const cut = NAME_CUT.exec(line);
  const tokens = (cut ? line.slice(0, cut.index) : line).trim().split(' ').filter(Boolean);
  // Post-nominals ("RMN") are no part of the name, even when the address spells them too,
  // nor is any known non-name word ("Ward Manager" with wardmanager@…): a post's address spells the post.
  // One name alone ("### Farre" with "farre@…"), as many people have one, when it is no word a list knows.
  const { notNames, givenNames, wordLike } = nameLexicon;
  const single = tokens.length === 1 && !notNames.has(tokens[0]!) && !wordLike.has(tokens[0]!);
  if ((tokens.length < 2 && !single) || tokens.length > 3 || !tokens.every((t) => /^\p{Lu}[\p{Ll}\p{Lu}]{2,}$/u.test(t) && (!notNames.has(t) || givenNames.has(t)))) return null;
  const addresses = localPartLetters(text.slice(0, OWN_EMAIL_WITHIN));
  const spelt = orders(tokens.map((t) => t.toLowerCase())).some((order) => addresses.includes(order.join('')));
  if (!spelt) return null;
  const parts = tokens.map((t) => (t === t.toUpperCase() ? titleCase(t) : t));
  return { text: tokens.join(' '), parts };
}

/** Where a field's value ends: the line's end, a column's gap or a separator. */
const FIELD_END = /^["”'’*_]*(?:[ \t]*(?:\r?\n|$|[|,;(])|\t| {2})/;

/** A sentence opening with "I'm" or "I am" and naming no one up to the bracket. */
const WRITER_BEFORE = /(?:^|[.!?\n][ \t]*)I(?:['’]m|[ \t]+am)[ \t]+\p{Ll}[^\p{Lu}\n.!?()]*$/u;

/**
 * Finds the candidate's name: a "Name:" label, "Curriculum Vitae of …", the first line(s) of the
 * document that are only a name (title and post-nominals allowed), or the name under a sign-off
 * ("Yours sincerely", "Kind regards"); failing those, the name spelt by their e-mail address.
 */
export function findCandidateName(layout: DocumentLayout, words: Word[]): CandidateName | null {
  const formal = findFormalName(layout, words);
  if (!formal) return null;
  const found = withOtherScript(formal, layout);
  // "Colleagues call me Temi", "known as Emeka", "Preferred name: Tina", "Jiwoo (as colleagues call me)": the name the candidate goes by is theirs too.
  for (const m of matchAll(layout.text, NICKNAME)) {
    // "Ishimwe Aline (she asked us to call her Aline)", "(supervisor: Lucía Bianchi, known as Lu)": a bracket's name names
    // whoever it follows, the writer only after their own name ("Oluwaseun Adeyemi (known as Seun)").
    if (!/\bme\b/.test(m[0]) && insideOthersBracket(layout.text, m.index, found.parts)) continue;
    // A field's value standing alone ("Known as: Love   Bank ID…") is a name even when it is also a word.
    const field = /:/.test(m[0]) && FIELD_END.test(layout.text.slice(m.index + m[0].length));
    for (const nickname of [m[1], m[2], m[3]]) {
      if (nickname && !found.parts.includes(nickname) && (field || !nameLexicon.notNames.has(nickname))) found.parts.push(nickname);
    }
  }
  for (const { word } of ownNameWords(layout.text)) if (!found.parts.includes(word)) found.parts.push(word);
  for (const m of matchAll(layout.text, SPELT_AS)) if (spellsPart(m[1]!, found.parts) && !found.parts.includes(m[1]!)) found.parts.push(m[1]!);
  for (const m of matchAll(layout.text, NAME_WRITTEN_AS)) for (const part of [m[1], m[2]]) if (part && !nameLexicon.notNames.has(part) && !writtenLower(layout.text, part) && !found.parts.includes(part)) found.parts.push(part);
  for (const m of matchAll(layout.text, QUOTED_BETWEEN)) if (found.parts.includes(titleCase(m[1]!)) && found.parts.includes(titleCase(m[3]!)) && !found.parts.includes(m[2]!)) found.parts.push(m[2]!);
  for (const nickname of bracketedNicknames(layout.text, found.parts)) if (!found.parts.includes(nickname)) found.parts.push(nickname);
  for (const short of signedShortForms(layout.text, found.parts)) if (!found.parts.includes(short)) found.parts.push(short);
  for (const given of givenNamesInEmail(layout, words, found.parts)) if (!found.parts.includes(given)) found.parts.push(given);
  for (const more of fullerName(layout, found)) if (!found.parts.includes(more)) found.parts.push(more);
  return withInitialsSpelt(found, words);
}

/**
 * The candidate's name written out in full on a line of its own, more names after the ones known: a signature's "Chaltu Gemechu
 * Tolasa (she/her)" under a heading's "Chaltu Gemechu", or after a label of the full name. The line must open with every known name in order and read as a name,
 * no word after them a heading's, a post's or a body's.
 */
function fullerName(layout: DocumentLayout, found: CandidateName): string[] {
  const known = found.text.split(/[ \t]+/).map(titleCase);
  if (known.length < 2) return [];
  for (const line of layout.lines) {
    // After a label of the whole name: "Full name on registers: Chaltu Gemechu Tolasa", "Legal name: …".
    const label = FULL_NAME_LABEL.exec(line.text)?.[0].length ?? 0;
    if (!line.text.slice(label).trimStart().toLowerCase().startsWith(known[0]!.toLowerCase())) continue;
    // The line's own words, not the names a bracket after them gives ("Lena Brandt (née Vogel)" names a maiden name).
    const written = headingName(layout.text, line.start + label, line.end)?.text.split(' ') ?? [];
    // "Maria Santos Intensive Care Unit lead": a post or a unit after the name, not more of it; the word the run stops at
    // counts when only a blank parts them ("Intensive" before "Care").
    const next = written.length ? NEXT_WORD.exec(line.text.slice(line.text.indexOf(written.at(-1)!) + written.at(-1)!.length))?.[1] : undefined;
    const notName = (words: string[]) => [...words, ...(next ? [titleCase(next)] : [])].some((word) => NOT_CAPITALS_NAME.some((group) => nameLexicon.notNameGroups[group].has(word)));
    // The given name in full in the header, of which the known one is a short form: "RAVINDRA MAHARAJ" for Ravi Maharaj.
    const given = titleCase(written[0] ?? '');
    if (line.start <= layout.headerEnd && known.length === 2 && written.length === 2 && given.length > known[0]!.length && given.startsWith(known[0]!) && titleCase(written[1]!) === known[1]) {
      return notName([given]) ? [] : [given];
    }
    if (written.length <= known.length) continue;
    // More names after the known ones, or, after a label of the full name, between the given name and the surname
    // ("Full name: Hetal Pravinbhai Patel" for Hetal Patel: a father's name in the middle).
    const after = known.every((part, i) => titleCase(written[i]!) === part);
    const between = label > 0 && known.length === 2 && titleCase(written[0]!) === known[0] && titleCase(written.at(-1)!) === known[1];
    if (!after && !between) continue;
    const more = (after ? written.slice(known.length) : written.slice(1, -1)).map((word) => (word === word.toUpperCase() ? titleCase(word) : word));
    if (!notName(more)) return more;
  }
  return [];
}

/** A label of a name written in full, its words before the colon: "Full name on registers:", "Legal name (passport):". */
const FULL_NAME_LABEL = /^[ \t]*(?:full|legal|official)[ \t]+name\b[^:\n]{0,30}:[ \t]*/i;
/** The word straight after another, a blank between. */
const NEXT_WORD = /^[ \t]+(\p{L}+)/u;
/** A capitalised word in quotes between two more: 'Parmeshwar "Parm" Sookdeo', the name a person goes by set inside their name. */
const QUOTED_BETWEEN = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]*)[ \t]+["“](\p{Lu}\p{Ll}+)["”][ \t]+(\p{Lu}[\p{L}\p{M}'’-]*)/gu;

/** Whether `at` stands inside a bracket opened earlier on its line after a word that is none of the candidate's names. */
function insideOthersBracket(text: string, at: number, parts: readonly string[]): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 80; i--) {
    const c = text[i];
    if (c === ')' || c === '\n') return false;
    if (c !== '(') continue;
    // A bracket opening its line under the heading name is the writer's: "(passport spelling: …; known as Katya)".
    if (/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, i - 8), i))) return false;
    // A bracket after the writer's words about themselves, with no one named between: "I'm a receptionist (known to all as Wenna)".
    if (WRITER_BEFORE.test(text.slice(Math.max(0, i - 80), i))) return false;
    const before = wordBefore(text, i);
    return !(before !== undefined && isPart(before, parts));
  }
  return false;
}
/** Whether a word is one of the candidate's names, in any case ("KOVALENKO" of Kovalenko). */
const isPart = (word: string, parts: readonly string[]) => parts.some((part) => part.toLowerCase() === word.toLowerCase());
/** "my Turkish papers spell it Gulshen", "the Home Office spelt it as Aishe": another spelling of a name, after "spell it". */
const SPELT_AS = /\b[Ss]pel(?:l|ls|led|t)[ \t]+it(?:[ \t]+as)?[ \t]+(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{M}])/gu;
/**
 * "on my first UK papers my name is written Rawda Hassou", "my name is spelt as Gulsen Aydin": the writer's own name in another
 * spelling, one or two words. "My name" vouches for them, however far the spelling strays from the name's.
 */
const NAME_WRITTEN_AS = /\b[Mm]y\s+(?:(?:full|given|family)\s+)?name\s+is\s+(?:written|spelt|spelled)(?:\s+as)?\s+(\p{Lu}\p{Ll}{2,})(?:[ \t]+(\p{Lu}\p{Ll}{2,}))?(?![\p{L}\p{M}])/gu;
/** Whether the text also writes a word in lower case, as an ordinary word ("Surname First" beside "your first name"); a name is not. */
const writtenLower = (text: string, word: string) => new RegExp(`(?<![\\p{L}\\p{M}])${word.toLowerCase()}(?![\\p{L}\\p{M}])`, 'u').test(text);
/** The first two letters of a word, accents folded, in lower case: "Ayşe" and "Ayshe" both "ay". */
const opening = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').slice(0, 2).toLowerCase();
/** Whether a spelling after "spell it" is one of the candidate's name parts spelt another way: it opens as one does ("We spell it Colour" names no one). */
const spellsPart = (spelling: string, parts: readonly string[]) => !nameLexicon.notNames.has(spelling) && parts.some((part) => opening(part) === opening(spelling));

/**
 * "desi.georgieva@…" beside "DESISLAVA P. GEORGIEVA", "luchie.delacruz@…" beside "Maria Luz Dela Cruz": an address whose one
 * word spells the candidate's family name (one part, or two run together) is theirs, and its other word, written in the text
 * as a capitalised word standing alone ("I'm Desi –", "Luchie's"), is the name they go by. Never a referee's address, nor a
 * word a list knows ("nurse.georgieva@", "team.okafor@"), nor one that reads as a word ("Will", "Hope"), nor a place's word
 * ("aisha.kano@" beside "worked in Kano", "Kano Teaching Hospital").
 */
function givenNamesInEmail(layout: DocumentLayout, words: Word[], parts: readonly string[]): string[] {
  if (!parts.length || !layout.text.includes('@')) return [];
  const spelt = new Set<string>();
  const letters = parts.map((part) => part.toLowerCase().replace(/['’-]/g, ''));
  letters.forEach((part, i) => {
    spelt.add(part);
    if (i > 0) spelt.add(letters[i - 1]! + part);
  });
  let byLetters: Map<string, Word> | null = null;
  const given: string[] = [];
  for (const email of matchAll(layout.text, EMAIL_WORDS)) {
    if (sectionAt(layout, email.index)?.kind === 'references') continue;
    const [first, second] = [email[1]!.toLowerCase(), email[2]!.toLowerCase().replace(/['-]/g, '')];
    const other = spelt.has(second) ? first : spelt.has(first) ? second : null;
    if (other === null || other.length < 3 || spelt.has(other)) continue;
    byLetters ??= standingAlone(layout.text, words);
    const word = byLetters.get(other)?.text;
    if (word && !nameLexicon.notNames.has(word) && !nameLexicon.wordLike.has(word)) given.push(word);
  }
  return given;
}

/** A word alone on its line, maybe after a signature's dash: "Nandi", "— Sulis". */
const LINE_ALONE = /^[ \t]*(?:[—–-][ \t]*)?(\p{Lu}[\p{Ll}\p{M}'’]{3,})[ \t]*$/gmu;

/**
 * The short form of a part of the candidate's name that they sign with, alone on a line: "Nandi" above "Nandini
 * Dookhun", "— Sulis" for Sulistyowati. Four letters or more that begin the part, and no known word ("Ward" is no short
 * form of Wardah).
 */
function signedShortForms(text: string, parts: readonly string[]): string[] {
  const shorts: string[] = [];
  for (const m of matchAll(text, LINE_ALONE)) {
    const word = m[1]!;
    if (!nameLexicon.notNames.has(word) && parts.some((part) => part.length > word.length && part.startsWith(word))) shorts.push(word);
  }
  return shorts;
}

/**
 * A name given with an initial ("K. Tharshini") and written out elsewhere beside one of its parts ("my documents may show
 * "Kanagaratnam Tharshini""): a capitalised word with the initial's letter, straight before or after a part, is the
 * initial spelt out, and the candidate's. Never a word a list knows ("K. Tharshini Kidney Unit").
 */
function withInitialsSpelt(name: CandidateName, words: Word[]): CandidateName {
  const initials = new Set(name.text.split(/\s+/).filter((token) => INITIALS.test(token.replace(/\.$/, ''))).map((token) => token.charAt(0).toUpperCase()));
  if (initials.size === 0) return name;
  const spelt: string[] = [];
  // In a heading in capitals too: "CHIAMAKA OBIAGELI EZE-NWANKWO" spells the "O." of "Chiamaka O. Eze-Nwankwo".
  const read = (word: Word) => (word.kind === 'caps' ? titleCase(word.text) : word.text);
  words.forEach((word, index) => {
    if ((word.kind !== 'cap' && word.kind !== 'caps') || !name.parts.includes(read(word))) return;
    for (const near of [words[index - 1], words[index + 1]]) {
      if (near?.kind !== word.kind) continue;
      const spelling = read(near);
      if (spelling.length < 3 || !initials.has(spelling.charAt(0)) || name.parts.includes(spelling)) continue;
      const first = near.start < word.start ? near : word;
      if (!first.joinsNext || first.join !== 'space' || nameLexicon.notNames.has(spelling) || nameLexicon.wordLike.has(spelling)) continue;
      if (!spelt.includes(spelling)) spelt.push(spelling);
    }
  });
  for (const part of spelt) name.parts.push(part);
  return name;
}

/** A bracket of up to 80 characters on one line. */
const BRACKET = /\(([^()\n]{1,80})\)/g;
/** The letters and hyphens that end a text, after up to three blanks (one class, so the expression stays simple). */
const TRAILING_RUN = /([\p{L}\p{M}'’-]{2,25})[ \t]{0,3}$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
/** How long each piece of a capitalised word before a bracket may be: "Okafor", "Aït-Ouahmane". */
const PIECE_LENGTH = 21;

/**
 * The capitalised word just before the bracket at `at`, read back over a few characters (so a run of
 * blanks costs nothing): the longest end of the letters there that opens with a capital and has at most
 * one hyphenated piece after its first ("Mac an t-Saoir" gives "Saoir", "Anne-Marie-Smith" "Marie-Smith").
 */
function wordBefore(text: string, at: number): string | undefined {
  const run = TRAILING_RUN.exec(text.slice(Math.max(0, at - 25), at))?.[1];
  if (run === undefined) return undefined;
  for (let s = 0; s < run.length - 1; s++) {
    const word = run.slice(s);
    if (!CAPITAL_FIRST.test(word)) continue;
    const pieces = word.split('-');
    const [first, second] = pieces;
    if (pieces.length <= 2 && first!.length >= 2 && first!.length <= PIECE_LENGTH && (second === undefined || (second.length >= 1 && second.length <= PIECE_LENGTH))) return word;
  }
  return undefined;
}
/** What separates the words of a bracket. */
const NOT_NAME_CHARS = /[^\p{L}\p{M}'’-]+/u;
/** A bracket that gives the name someone goes by, unquoted: "(often called Chibu)", "(usually known as Seun)", "(aka Jide)". */
const CALLED_IN_BRACKET =
  /^[ \t]*(?:(?:often|usually|also|commonly|affectionately|fondly|mostly|simply)[ \t]+(?:called|known[ \t]+as)|aka|a\.k\.a\.?)[ \t]+["“‘']?(\p{Lu}\p{Ll}{1,20})["”’']?[ \t]*$/u;
/** A bracket that gives the name the family uses: "(Karmenu at home)", "(Bisi to my family)". */
const HOME_NAME_IN_BRACKET = /^[ \t]*(\p{Lu}\p{Ll}{1,20})[ \t]+(?:at[ \t]+home|to[ \t]+(?:my[ \t]+)?(?:family|parents|relatives))[ \t]*$/u;
/** How far back a sentence may name the candidate before such a bracket ("Carmel is a man's name in Malta (Karmenu at home)"). */
const HOME_NAME_REACH = 60;
/** One capitalised word alone in a bracket: "(Sasha)". */
const ALONE_IN_BRACKET = /^[ \t]*(\p{Lu}\p{Ll}{1,20})[ \t]*$/u;
/** The word straight after a bracket: " Srisawat". */
const PART_AFTER = /^ (\p{Lu}[\p{L}\p{M}'’-]{1,30})/u;
/** A capitalised word in quotes: "Srini". */
const QUOTED = /["“‘'](\p{Lu}\p{Ll}{1,20})["”’']/u;

/**
 * Names the candidate goes by, in brackets beside their name: a word in quotes in a bracket that
 * holds part of their name or follows it ("Srinivasa Rao (K.V. Srinivasa Rao; "Srini")",
 * "S. A. Campbell-Reid ("Shanny")"), and a word before a bracket holding two parts of their name, as
 * a sign-off writes it ("Shanu (Shahanara Begum Uddin)").
 */
function bracketedNicknames(text: string, parts: readonly string[]): string[] {
  if (!parts.length) return [];
  const names: string[] = [];
  const holds = (inside: string) => {
    const words = new Set(inside.split(NOT_NAME_CHARS));
    return parts.filter((part) => words.has(part)).length;
  };
  for (const m of matchAll(text, BRACKET)) {
    const before = wordBefore(text, m.index);
    const inside = m[1]!;
    const quoted = QUOTED.exec(inside)?.[1];
    const follows = before !== undefined && isPart(before, parts);
    if (quoted && (follows || holds(inside) > 0) && !nameLexicon.notNames.has(quoted)) names.push(quoted);
    // "Chibuzor Ojukwu (often called Chibu)", "Oluwaseun Adeyemi (aka Seun)": the bracket says what follows is a name they go by.
    const called = follows ? CALLED_IN_BRACKET.exec(inside)?.[1] : undefined;
    if (called && !nameLexicon.notNames.has(called) && !nameLexicon.wordLike.has(called)) names.push(called);
    // "Carmel is a man's name in Malta (Karmenu at home)": the name the family uses, where the sentence names the candidate.
    const home = HOME_NAME_IN_BRACKET.exec(inside)?.[1];
    const sentence = text.slice(Math.max(0, m.index - HOME_NAME_REACH), m.index).split(/[.!?]\s|\n/).at(-1)!;
    if (home && !nameLexicon.notNames.has(home) && sentence.split(NOT_NAME_CHARS).some((word) => isPart(word, parts))) names.push(home);
    // "OLEKSANDRA KOVALENKO (Sasha)": one capitalised word alone in the bracket after their name, in any case, is the name they go by.
    const alone = follows ? ALONE_IN_BRACKET.exec(inside)?.[1] : undefined;
    if (alone && !isPart(alone, parts) && !nameLexicon.notNames.has(alone) && !nameLexicon.wordLike.has(alone) && !nameLexicon.genderedTitles.has(alone) && !nameLexicon.professionalTitles.has(alone)) names.push(alone);
    if (before && !follows && !quoted && holds(inside) >= 2 && !nameLexicon.notNames.has(before) && !nameLexicon.wordLike.has(before)) names.push(before);
    // "Pimchanok (Ploy) Srisawat" where "Ploy Srisawat" is known: the word before the name they go by, set inside their name, is their given name.
    const set = before && !follows ? ALONE_IN_BRACKET.exec(inside)?.[1] : undefined;
    const after = set ? PART_AFTER.exec(text.slice(m.index + m[0].length))?.[1] : undefined;
    if (before && set && isPart(set, parts) && after && isPart(after, parts) && !nameLexicon.notNames.has(before) && !nameLexicon.wordLike.has(before)) names.push(before);
  }
  return names;
}

/** A line in brackets of up to six names, in any script, split by blanks, dashes or slashes: "(Sam)", "(Yisroel Meir Katz – ישראל מאיר כץ)". */
const NAMES_LINE =
  /^\s*\(\s*(["“']?[\p{L}\p{M}][\p{L}\p{M}'’-]*["”']?(?:[ \t]+(?:[–—/-][ \t]+)?["“']?[\p{L}\p{M}][\p{L}\p{M}'’-]*["”']?){0,5})\s*\)\s*$/u;

/**
 * "Samuel Okafor-Whitby" with "(Sam)" on the next line: the name they go by; "IAN KATZ" with
 * "(Yisroel Meir Katz – ישראל מאיר כץ)": the name in full or in another script. Each word is taken
 * when it is capitalised or in a script without capitals, and is no known non-name word.
 */
/** A name in capitals that fills its column's cell, a tab or a wider gap after it. */
const CELL_AFTER = /^(?:\t|[ \t]{2}|[ \t]*$)/;
/** A contact detail in a line's other cell: a run of digits (a phone, a postcode's) or an e-mail's at sign. */
const CONTACT_CELL = /\d{3}|@/;
/** A word in capitals alone in the first cell of a line: the rest of a name its column wrapped ("GHEBREMEDHIN⇥"). */
const CAPITALS_CELL = /^((?:\p{Lu}\p{M}*){3,30})(?:[ \t]*$|\t|[ \t]{2})/u;

/**
 * "SELAMAWIT TESFAMARIAM⇥Registered Midwife" over "GHEBREMEDHIN⇥": a name in capitals in a narrow first column, its last
 * word wrapped to the column's next line, alone in its cell there. A heading of that column ("PROFILE", "DETAILS") is a
 * word the lists know, and stays.
 */
function withWrappedSurname(name: CandidateName, lines: DocumentLayout['lines'], index: number): CandidateName {
  const line = lines[index]?.text ?? '';
  const at = line.indexOf(name.text);
  if (!name.text || name.text !== name.text.toUpperCase() || at < 0 || line.slice(0, at).trim() || !CELL_AFTER.test(line.slice(at + name.text.length))) return name;
  const next = lines[index + 1]?.text ?? '';
  const word = CAPITALS_CELL.exec(next)?.[1];
  if (!word || !/[AEIOUY]/.test(withoutAccents(word))) return name;
  const part = word.charAt(0) + word.slice(1).toLowerCase();
  // A word beside a phone, an e-mail or a postcode that the CV also writes in small letters is the contact column's town
  // ("BEDFORD⇥07700 900456" over "Porter, Bedford, 2019-2024"), not the name's wrap.
  const writtenElsewhere = new RegExp(`(?<!\\p{L})${part}(?!\\p{L})`, 'u');
  if (CONTACT_CELL.test(next.slice(word.length)) && lines.some((other, i) => i > index + 1 && writtenElsewhere.test(other.text))) return name;
  if (nameLexicon.notNames.has(part) || nameLexicon.notNames.has(word) || nameLexicon.organisationSuffixes.has(part) || nameLexicon.countries.has(part) || name.parts.includes(part)) return name;
  // A name the lists know, or a surname's shape: "ABOUT" opening a column is a heading no list has.
  if (!isKnownNamePart(part) && !hasSurnameShape(word)) return name;
  return { ...name, parts: [...name.parts, part] };
}

/**
 * A name field's value that a narrow column wrapped: "Full name (passport): Kuttikkattu      EDUCATION" / "Joseph Varghese", a
 * Kerala house name first and the given names under it. One or two words on the label's line, ending at a column's gap (a value
 * with nothing beside it is whole, and the line under it is the next field: "Name: Siobhan" over "Charing Cross"), and the next
 * line's first cell a name of two words or more and nothing else (no label of its own, no place the text works at): one name.
 */
function withWrappedValue(name: CandidateName, text: string, lines: DocumentLayout['lines'], index: number): CandidateName {
  const next = lines[index + 1];
  if (!next || name.parts.length > 2 || next.text.includes(':')) return name;
  const gap = next.text.search(/\t| {3}/);
  const rest = headingName(text, next.start, gap < 0 ? next.end : next.start + gap);
  if (!rest || rest.parts.length < 2 || rest.parts.some((part) => name.parts.includes(part))) return name;
  if (usedAsPlace(text, rest.text.replace(/\./g, '\\.'))) return name;
  return { text: `${name.text} ${rest.text}`, parts: [...name.parts, ...rest.parts] };
}

function withNicknameLine(name: CandidateName, lines: DocumentLayout['lines'], index: number): CandidateName {
  const inside = NAMES_LINE.exec(lines[index + 1]?.text ?? '')?.[1];
  if (!inside) return name;
  const words = inside.split(/[ \t–—/-]+/).map((raw) => raw.replace(/^["“']|["”']$/g, '')).filter(Boolean);
  // More than one word must share a part with the name, or be in another script: "(Senior Staff Nurse)" is no name.
  const known = new Set(name.parts.map((part) => part.toLowerCase()));
  const unwritten = (word: string) => /^\p{L}/u.test(word) && word.toLowerCase() === word.toUpperCase();
  if (words.length > 1 && !words.some((word) => known.has(word.toLowerCase()) || unwritten(word))) return name;
  for (const word of words) {
    const named = /^\p{Lu}/u.test(word) || unwritten(word);
    if (named && !nameLexicon.notNames.has(word) && !name.parts.includes(word)) name.parts.push(word);
  }
  return name;
}

/**
 * "call me Krzyś or Chris", "please use Nadeeka, or Naddy", "Known at work as Bia", "known on the ward as Kiki", "known on the team WhatsApp as Didi", "known to everyone in the team as Pip", "Also known as: Temi", "Stage name: Bonzo", "Tom to colleagues", "patients
 * call me Nurse Bisi", a CV in the third person's "colleagues call her Bee", and after a dash "– Tash to most children –": the
 * names the candidate goes by, in Markdown's emphasis too ("Friends call me *Godi*"); "at home I am Lulu", "(most people say
 * Bex)", "I have answered to Tam, Tammy and …", and initials as the second ("calls me Oliver or OB").
 */
const NICKNAME =
  /\b(?:[Cc]alls?\s+(?:me|her|him)|[Pp]lease[ \t]+use|[Kk]nows? me as|[Kk]nown(?:[ \t]+(?:at work|informally|locally|to (?:my[ \t]+|the[ \t]+|our[ \t]+)?(?:colleagues|friends|everyone|patients|family|the team|staff|\p{Ll}{3,20}s(?=[ \t]+as\b))|(?:in|on|at|across)[ \t]+the[ \t]+(?:trust|unit|ward|team|practice|department|hospital|surgery|service)(?:\s+(?!as\b)\p{L}{2,12})?)){0,2}[ \t]+as(?:[ \t]*:)?|(?:[Pp]referred|[Kk]nown|[Cc]alled|[Ss]tage|[Pp]en|[Ss]creen)[ \t_]*[Nn]ame["']?[ \t]*:|[Nn]ick[ \t_]?[Nn]ame["']?[ \t]*:|[Kk]nown_as["']?[ \t]*:|go by|goes by|prefer to be called|likes to be called|(?:[Hh]appy|[Gg]lad) to be called|I prefer(?=[ \t]+["“'‘]?\p{Lu}\p{Ll}+["”'’]?[.,;])|(?:diminutive|nickname|short form|pet name)(?:[ \t]+of[ \t]+(?:my[ \t]+name|\p{Lu}\p{Ll}+))?(?:[ \t]+is)?,?|[Aa]t home I(?:['’]m|[ \t]+am)|(?:most[ \t]+)?(?:people|everyone)[ \t]+say(?=[ \t]+\p{Lu}\p{Ll}+\))|[Aa]nswered[ \t]+to(?=[ \t]+\p{Lu}\p{Ll}+,))\s+["“'‘]?(?:\*{1,2}|_)?(?:(?:Nurse|Sister|Auntie|Aunty|Uncle|Dr)[ \t]+)?(\p{Lu}(?:\p{Ll}+|\p{Lu}{1,2}(?=["”'’])))(?!\p{L})(?:(?:["”'’]?,?[ \t]+or|,(?=[ \t]+\p{Lu}\p{Ll}+[ \t]+(?:and|or)\b))[ \t]+["“'‘]?(\p{Lu}(?:\p{Ll}+|\p{Lu}{1,2}(?![\p{L}\p{N}])))(?!\p{L}))?|(?<=^|[\n.;(,]\s{0,3}|[.;(]\s{0,3}["“'‘]|[ \t][–—][ \t])(\p{Lu}\p{Ll}+)["”'’]?(?:,?[ \t]+(?:to[ \t]+(?:(?:my|most|all|the)[ \t]+)?(?:colleagues|friends|everyone|family|patients|children|staff)|for[ \t]+short|\(as[ \t]+(?:colleagues|friends|everyone|patients|the[ \t]+team)[ \t]+call[ \t]+me|(?:is[ \t]+)?(?:the|a|my)[ \t]+(?:diminutive|nickname|short[ \t]+form|pet[ \t]+name)))\b/gu;

/** The writer naming a kind of their own name: "my middle name", "my second name", over a wrapped line too. */
const MY_NAME_KIND = /\b[Mm]y\s+(?:middle|second|other|baptismal|Christian)\s+name(?![\p{L}])/gu;
/**
 * The name before it: "Sunday, my middle name", "called me Blessing, my second name". Not after a preposition, where the word is a
 * place or a subject ("At Kingston, my middle name…", "In Nursing, my second name…"), nor a word the lists know as a place, a
 * job's or a clinical word or an organisation's.
 */
const OWN_NAME_BEFORE = /(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}+)["”'’]?,?[ \t]+(?:(?:is|was)[ \t]+)?$/u;
const PREPOSITION_BEFORE = /(?<![\p{L}\p{M}])(?:in|at|on|from|to|for|of|with|by|near|across|around|outside|into)[ \t]+["“'‘]?$/iu;
const NOT_OWN_NAME_GROUPS = ['places', 'jobWords', 'clinical', 'organisation'] as const;
/** The name after it: "my middle name is Joy", "my second name, Adaeze". */
const OWN_NAME_AFTER = /^(?:[ \t]+is|,)[ \t]+["“'‘]?(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}])/u;
/** How far to read for them: a sentence's opening and one name before ("“Oluwaseun”, " fits), "is" and one name after. */
const OWN_NAME_REACH_BEFORE = 30;
const OWN_NAME_REACH_AFTER = 40;

/**
 * The words the writer names as their own names, where they do: "Sunday, my middle name", "Blessing is my second name", "my
 * middle name is Joy". Each is the writer's there even when it is also a word ("I work one Sunday a month" stays).
 */
export function ownNameWords(text: string): { word: string; start: number }[] {
  const found: { word: string; start: number }[] = [];
  for (const m of matchAll(text, MY_NAME_KIND)) {
    const from = Math.max(0, m.index - OWN_NAME_REACH_BEFORE);
    const reach = text.slice(from, m.index);
    const before = OWN_NAME_BEFORE.exec(reach);
    const word = before?.[1];
    if (before && word && !PREPOSITION_BEFORE.test(reach.slice(0, before.index)) && !NOT_OWN_NAME_GROUPS.some((group) => nameLexicon.notNameGroups[group].has(word)))
      found.push({ word, start: from + before.index });
    const end = m.index + m[0].length;
    const after = OWN_NAME_AFTER.exec(text.slice(end, end + OWN_NAME_REACH_AFTER));
    if (after) found.push({ word: after[1]!, start: end + after[0].length - after[1]!.length });
  }
  return found;
}

/** Where a heading name ends: a bracket, comma, bar, tab, a backslash (Markdown's or LaTeX's line break: "Aigul Davletshina\\"), two spaces, a spaced dash or slash ("Olena Kovalenko / Олена Коваленко"). */
const NAME_CUT = /[(,|\t\\]|\s{2}|\s[–—/-]\s/;
/** A professional title typed in lower case, as a name in lower case writes it. */
const LOWER_PROFESSIONAL = /^(?:dr|prof)\.?$/;
const NAME_TOKEN = /^["“'`]?\p{L}[\p{L}\p{M}'’.-]*["”'`]?$/u;
const POSSESSIVE_END = /\p{L}['’]s$/u;
/** Particles in any case, as a heading may be in capitals: "DA SILVA", "van der Berg", "Ó Súilleabháin". */
const ANY_CASE_PARTICLE = /^(?:de|da|das|do|dos|di|du|del|della|dela|van|von|der|den|ter|le|la|bin|binti|bint|ibn|al|el|ap|ab|ferch|verch|ni|ní|nic|mac|ó|o|y|e)$/i;
const NICKNAME_AFTER = /^\s*(?:\(\s*["“']?(\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*)?)["”']?\s*\)|[—–-]\s*["“‘](\p{L}[\p{L}\p{M}'’-]*)["”’](?=\s*(?:$|[|,;\n])))/u;
/** One initial or several run together, in either case: "K", "M.K", "M.K.R", "a". */
const INITIALS = /^\p{L}(?:\.\p{L}){0,3}$/u;
/**
 * The writer giving their name in a sentence: "My name is …", "I am called …", "I have only one name, …" (many traditions give
 * one; the name may open the next line), a greeting's "Hi, I am **…**" on a home page,
 * and a greeting in any language, a word or two set off by a comma, opening its sentence: "Kia ora, I'm …", "Salaam, I am …";
 * and "I am" opening a line before two capitalised words or more and a comma ("I am Kwabena Osei Mensah, a nurse…").
 */
const MY_NAME = /\b(?:[Mm]y (?:full |only |one )?name(?: is|['’]s)|I (?:have|go by|use) (?:only )?(?:one|a single) name[,:]?|I am called|I'm called|(?<=^)I am(?=[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu}[^\n,]{1,60},)|(?:Hi|Hello|Hey)[,!]?[ \t]+(?:I am|I['’]m)|(?<=(?:^|[.!?:][ \t]{1,3})\p{Lu}\p{Ll}+(?:[ \t]\p{Ll}+)?[,!][ \t]+)(?:I am|I['’]m))(?:[ \t]+|[ \t]*\n[ \t]*)(?:\*\*|__|\*|_)?(?=\p{Lu})/mu;

/** A Chinese, Japanese or Korean name written whole, family name first, without a space: "李娜", "陈晓明", "김민준". */
const CJK_FULL_NAME = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{2,4}$/u;
/** The rest of a word a line's end broke after its hyphen, opening the next line. */
const WRAPPED_REST = /^\r?\n[ \t]*([\p{L}\p{M}]+)(?![\p{L}\p{M}'’.-])/u;
/** A dash that opens a signature line. */
const SIGNATURE_DASH = /^[ \t]*[—–-][ \t]*/;
const GIVEN_AFTER_COMMA = /^,\s*(\p{Lu}[\p{L}\p{M}'’-]+)\s*(?:$|[|(\t]|\s{2})/u;
/** What follows a family name written first: "SANTOS, MARIA LUISA R.", "EZE, Chinonso Adaeze (Mrs)". */
const GIVEN_NAMES_AFTER_COMMA = /^,[ \t]*([^,|(\t\n]{2,60})/;
/** A word in a script with no capitals: "陳詠欣", "נועה", "محمد". */
const CASELESS_WORD = /^(?:(?![\p{Lu}\p{Ll}])[\p{L}\p{M}])+(?:[-'’](?:(?![\p{Lu}\p{Ll}])[\p{L}\p{M}])+)*$/u;
/** A word in a script without Latin letters, maybe joined by a hyphen: "محمد", "张晓明", "Δημήτριος", "כהן-לוי". */
const OTHER_SCRIPT_WORD = /(?<![\p{L}\p{M}])(?:(?![\p{Script=Latin}])[\p{L}\p{M}])+(?:[-'’](?:(?![\p{Script=Latin}])[\p{L}\p{M}])+)*(?![\p{L}\p{M}])/gu;

/**
 * A heading line that is only a name, in any case and any tradition: "Kavya U.", "RAMESH HP",
 * "CHEN Wei", "TSANG Chi-wai, Kelvin", "ANA BEATRIZ FERREIRA DA SILVA SANTOS", "kimaya sonawane",
 * "PÁDRAIG Ó SÚILLEABHÁIN (PADDY O'SULLIVAN)". Up to six words before the first separator, each a
 * name-like word, a particle or an initial, none a known non-name word; the nickname in brackets
 * and a given name after a comma join the name. One word is a name only after a name label
 * (`labelled`), or when the text uses it as one (oneName).
 */
const MIDDLE_NICKNAME = /^(\p{L}[\p{L}\p{M}'’-]*) \(["“']?(\p{L}[\p{L}\p{M}'’-]*)["”']?\) (?=\p{L})/u;

function headingName(text: string, start: number, end: number, labelled = false): CandidateName | null {
  const line = text.slice(start, end);
  const lead = line.length - line.trimStart().length;
  // A name one goes by in brackets between the given name and the family name: "Julia (Ji-woo) Park" is Julia Park, also Ji-woo.
  const middle = MIDDLE_NICKNAME.exec(line.slice(lead));
  const source = middle ? `${middle[1]} ${line.slice(lead + middle[0].length)}` : line.slice(lead);
  const cut = NAME_CUT.exec(source);
  const uncut = source.slice(0, cut ? cut.index : source.length).trim();
  // Letters after two names or more end the name on its line: "Zuokun OUYANG Ph.D. Candidate", "Amara Obi MSc RN".
  const all = uncut.split(' ').filter(Boolean);
  const letters = all.findIndex((token, i) => i >= 2 && isDegreeLetters(token));
  const named0 = letters > 0 ? all.slice(0, letters) : all;
  // The same name in a script without capitals after it ("Winnie CHAN Wing-yan 陳詠欣") is read by withOtherScript.
  let written = named0.length;
  if (!CASELESS_WORD.test(named0[0] ?? '')) while (written > 1 && CASELESS_WORD.test(named0[written - 1]!)) written--;
  // A generation's suffix closes a name and is no part of it: "JOSE RAMON B. DELA CRUZ JR.", "Tomás Reyes III".
  while (written > 2 && GENERATION_SUFFIX.test(named0[written - 1]!.replace(/[.,]/g, ''))) written--;
  const tokens = named0.slice(0, written);
  const segment = tokens.join(' ');
  // A name a wrapped line broke, the rest opening the next line in its case: "STOYAN PETROV DIMI-⏎TROV" is Dimitrov.
  const broken = tokens.at(-1);
  const rest0 = broken?.endsWith('-') && !cut ? WRAPPED_REST.exec(text.slice(end, end + 40)) : null;
  if (rest0 && (broken === broken!.toUpperCase()) === (rest0[1] === rest0[1]!.toUpperCase())) tokens[tokens.length - 1] = broken!.slice(0, -1) + rest0[1];
  const { professionalTitles } = nameLexicon;
  // A professional title in lower case opens a name in lower case: "dr kasun wickramasinghe", "prof. ama mensah".
  while (tokens.length && (isGenderedTitle(tokens[0]!) || professionalTitles.has(tokens[0]!.replace(/\.$/, '')) || (tokens.length > 2 && LOWER_PROFESSIONAL.test(tokens[0]!)))) tokens.shift();
  // Up to six names, with their particles besides: "ANA CAROLINA DOS SANTOS OLIVEIRA DA SILVA".
  if (!tokens.length || tokens.filter((t) => !ANY_CASE_PARTICLE.test(t)).length > 6 || tokens.length > 9 || !tokens.every((t) => NAME_TOKEN.test(t))) return null;
  // Lower case only when the whole name is ("kimaya sonawane", "siobhán ní mhurchú"), and never a sentence ("I speak…").
  const named = tokens.filter((t) => !ANY_CASE_PARTICLE.test(t));
  const lower = named.filter((t) => t === t.toLowerCase());
  // After a name's label, a known given name vouches for a family name typed in lower case: "name: Dr. Shirin nasimudeen".
  const lowerFamily = labelled && lower.length === 1 && named.length >= 2 && named.at(-1) === lower[0] && nameLexicon.givenNames.has(named[0]!);
  if ((lower.length && lower.length !== named.length && !lowerFamily) || tokens.includes('I') || /[.!?]$/.test(segment) && !/(?<![\p{L}\p{M}])\p{L}\.$/u.test(segment)) return null;
  // A possessive before another word makes a title of the line, not a name: "Tejash’s Story – Dispensary Manager".
  if (tokens.slice(0, -1).some((t) => POSSESSIVE_END.test(t))) return null;
  const parts = headingParts(tokens, labelled);
  if (!parts) return null;
  const called0 = middle?.[2];
  if (called0 && !isGenderedTitle(titleCase(called0))) parts.splice(1, 0, called0 === called0.toUpperCase() && called0.length > 3 ? titleCase(called0) : called0);
  let rest = source.slice(segment.length);
  // A family name written first and set off by a comma: "SANTOS, MARIA LUISA R.", "EZE, Chinonso Adaeze (Mrs)".
  const familyFirst = tokens.length === 1 && parts.length === 1 ? familyNameFirst(tokens[0]!, rest) : null;
  if (familyFirst) {
    parts.push(...familyFirst.parts);
    rest = rest.slice(familyFirst.length);
  } else if (!parts.length || (parts.length === 1 && tokens.length === 1 && !labelled && !CJK_FULL_NAME.test(tokens[0]!) && !oneName(text, parts[0]!))) return null;
  const nickname = NICKNAME_AFTER.exec(rest);
  // Or in quotes after a dash: "Maria Santos — "Cris"".
  const called = nickname?.[1] ?? nickname?.[2];
  // A note in lower case after a name that is not is no name: "(house name)", "(passport)".
  const note = called !== undefined && called === called.toLowerCase() && segment !== segment.toLowerCase();
  // "(Mr)" after the name is a title, not a nickname: it is redacted as a title on its own.
  if (nickname && called && !note && !isGenderedTitle(titleCase(called))) {
    for (const word of called.split(' ')) parts.push(word === word.toUpperCase() && word.length > 3 ? titleCase(word) : word);
    rest = rest.slice(nickname[0].length);
  } else if (nickname && note) rest = rest.slice(nickname[0].length);
  // The same name as another paper gives it, after a spaced slash, two parts or more and one shared: "JINCY MARY PUTHENPURACKAL
  // (house name) / JINCY MARY JOSEPH (passport)", a Kerala family's house name and a passport's father's name.
  const slash = SPACED_SLASH.exec(rest);
  const other = slash ? headingName(rest, slash[0].length, rest.length) : null;
  if (other && other.parts.length >= 2 && other.parts.some((part) => parts.includes(part))) {
    for (const part of other.parts) if (!parts.includes(part)) parts.push(part);
    rest = '';
  }
  const given = GIVEN_AFTER_COMMA.exec(rest);
  // After a name in mixed case, capitals no list knows as a given name are letters after it ("Jo Hart, AMHP"), as "RGN" is.
  const postNominal = given !== null && given[1] === given[1]!.toUpperCase() && segment !== segment.toUpperCase() && !nameLexicon.givenNames.has(titleCase(given[1]!));
  if (given && !postNominal && !nameLexicon.notNames.has(given[1]!)) parts.push(given[1]!);
  parts.push(...secondSurname(rest));
  // A name written in lower case is the same name capitalised later: "tunde a." signs, "Tunde" is mentioned.
  for (const part of [...parts]) if (part === part.toLowerCase() && !parts.includes(titleCase(part))) parts.push(titleCase(part));
  // Quotes around a value kept as code are no part of the name's text: "'Gevorg'".
  const plain = tokens.map((t) => t.replace(/^["“'`]|["”'`]$/g, ''));
  // The bracket stays in the name's text where it stood: "Julia (Ji-woo) Park".
  if (middle && plain[0] === middle[1]) plain[0] = middle[0].trimEnd();
  return { text: plain.join(' '), parts };
}

/**
 * A first line that names a post, a dash and its holder ("Ward Clerk – Zinhle Dube"): the holder is the candidate, whether or not
 * a list knows the given name, when no word of it is a place's or an organisation's ("Staff Nurse – Queen Elizabeth", "Ward
 * Manager – Rose Hill" name hospitals) and the text never uses the words as a place.
 */
function postHolder(text: string, line: { start: number; text: string }): CandidateName | null {
  const m = /[-–—]/.test(line.text) ? POST_DASH_NAME.exec(line.text) : null;
  if (!m) return null;
  const name = m[1]!;
  const words = name.split(/[ \t]+/);
  const { notNames, organisationSuffixes } = nameLexicon;
  if (PLACE_OPENER.test(words[0]!) || words.some((word) => notNames.has(word) || organisationSuffixes.has(word)) || usedAsPlace(text, words.join('[ \\t]+'))) return null;
  const at = line.start + m[0].lastIndexOf(name);
  return headingName(text, at, at + name.length);
}

/** The rest of a heading's line after a spaced dash: "Klaire Therese Sison - San Gabriel". */
const AFTER_SPACED_DASH = /^[ \t]+[–—-][ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})[ \t]*$/u;
/** A capitalised particle that opens a surname of two words ("San Gabriel", "De Guzman", "Van Dyke"). */
const SURNAME_PARTICLE = /^(?:San|Santa|Santo|Santos|Sta|De|Del|Dela|Delos|Da|Dos|Van|Von|Le|La)$/;

/**
 * A second family name after a spaced dash closing the heading line, as double surnames are
 * written ("Sison - San Gabriel"): taken only when a particle opens it and every other word is a
 * known name part and none a word of a role or place, so "Jane Smith - Staff Nurse" and "- Kendal" stay a role and a town.
 */
function secondSurname(rest: string): string[] {
  const after = AFTER_SPACED_DASH.exec(rest);
  if (!after) return [];
  const { givenNames, nameParts, notNames } = nameLexicon;
  const words = after[1]!.split(/[ \t]+/);
  const named = words.filter((word) => !SURNAME_PARTICLE.test(word));
  // One word there is as likely a town ("Jane Whitfield - Kendal", "- Florence", "- Sydney"): only a surname opened by its
  // particle ("San Gabriel", "De Guzman") is read as a second family name.
  if (words.length < 2 || !SURNAME_PARTICLE.test(words[0]!)) return [];
  if (!named.length || !named.every((word) => (givenNames.has(word) || nameParts.has(word)) && !notNames.has(word))) return [];
  // A capitalised particle is a part, as in the heading itself ("Ní"): "San" read alone would be a place's.
  return words;
}

/** The longest word read as a name used alone: longer is no name (and bounds the search). */
const MAX_ONE_NAME = 30;
/** A word that introduces a name, just before it: "lists me as", "I just use", "call me", 'please use "Sulastri"'. */
const INTRODUCES_NAME = /\b(?:as|me|use|called|named|am|by)[ \t]{1,3}["“‘']?$/;

/**
 * Whether a heading of one word is a name used alone ("Shabnam", as some traditions have one name):
 * it is written again after a word that introduces a name ("on the register as Shabnam", "I just
 * use Shabnam", "please call me Shabnam"), and is not a known non-name word (headingParts checked).
 */
function oneName(text: string, part: string): boolean {
  if (part.length < 3 || part.length > MAX_ONE_NAME || !/^\p{Lu}\p{Ll}+$/u.test(part)) return false;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) {
    if (/[\p{L}\p{M}]/u.test(text.charAt(at + part.length))) continue;
    if (INTRODUCES_NAME.test(text.slice(Math.max(0, at - 12), at))) return true;
  }
  return false;
}

/** "MD" or "Md" opening a name: Muhammad abbreviated without its full stop (after a name, "MD" is a degree). */
const MUHAMMAD_SHORT: ReadonlySet<string> = new Set(['MD', 'Md']);

/** The parts of a heading's name words, or null when one is a known non-name word. */
function headingParts(tokens: string[], labelled = false): string[] | null {
  const { notNames, givenNames } = nameLexicon;
  const parts: string[] = [];
  for (const [i, raw] of tokens.entries()) {
    const token = raw.replace(/^["“'`]|["”'`]$/g, '').replace(/\.$/, '');
    // "MD RAFIQUL ISLAM", "Md Rafiq": Muhammad abbreviated without its full stop, opening a name of more words (after it, "MD" is a degree).
    if (i === 0 && tokens.length > 1 && MUHAMMAD_SHORT.has(token)) continue;
    // A particle in lower case or capitals stays out of the parts ("van", "DA"); a capitalised one is a part ("Ní").
    // Initials are no part to look for: "M.K." in "PRIYADARSHINI M.K."; nor is an abbreviated given name ("MD.", "Ma.").
    if ((ANY_CASE_PARTICLE.test(token) && (token === token.toLowerCase() || token === token.toUpperCase())) || INITIALS.test(token)) continue;
    // "MA." before a name in capitals is María abbreviated; as a part it would take every MA degree with it.
    if (raw.endsWith('.') && (ABBREVIATED_GIVEN.test(token) || isCapitalMaria(token))) continue;
    const title = titleCase(token);
    // After a name label, a known given name vouches for a family name that is also a word: "Applicant: Bridget Ward".
    const vouched = labelled && i > 0 && i === tokens.length - 1 && givenNames.has(titleCase(tokens[0]!));
    if ((notNames.has(title) || notNames.has(token)) && !givenNames.has(title) && !vouched) return null;
    parts.push(token === token.toUpperCase() ? title : token);
  }
  return parts;
}

/**
 * The given names after a family name written first and a comma, up to the next separator:
 * "SANTOS, MARIA LUISA R." or "EZE, Chinonso Adaeze (Mrs)". The family name must be in capitals,
 * as this order writes it, or the given names known ones, so "Leeds, West Yorkshire" is no name.
 */
function familyNameFirst(family: string, rest: string): { parts: string[]; length: number } | null {
  const m = GIVEN_NAMES_AFTER_COMMA.exec(rest);
  if (!m) return null;
  const cut = /\s{2}/.exec(m[1]!);
  const value = cut ? m[1]!.slice(0, cut.index) : m[1]!;
  const tokens = value.trim().split(' ').filter(Boolean);
  if (!tokens.length || tokens.length > 4 || !tokens.every((t) => NAME_TOKEN.test(t) && /^\p{Lu}/u.test(t))) return null;
  const parts = headingParts(tokens);
  if (!parts?.length) return null;
  const capitals = family.length >= 2 && family === family.toUpperCase();
  if (!capitals && !parts.some((p) => nameLexicon.givenNames.has(p))) return null;
  return { parts, length: m[0].length - (m[1]!.length - value.length) };
}

/**
 * Words in another script on a short line with the candidate's name are their name too: the
 * heading "MD. ABDUL KARIM | محمد عبد الكريم", the signature "Sana Qureshi (ثناء قریشی)".
 */
function withOtherScript(name: CandidateName, layout: DocumentLayout): CandidateName {
  const { lines } = layout;
  const first = name.parts[0];
  if (!first) return name;
  const nameLines: number[] = [];
  lines.forEach((line, index) => {
    if (!(line.text.includes(first) || line.text.includes(first.toUpperCase()))) return;
    if (index <= HEADER_NAME_LINES && headsWithName(line.text, name)) nameLines.push(index);
    if (line.text.length > 80) return;
    for (const m of matchAll(line.text, OTHER_SCRIPT_WORD)) if (!name.parts.includes(m[0])) name.parts.push(m[0]);
  });
  for (const line of lines) fullerInScript(line.text, name.parts);
  // A heading line of the name in the writer's own script alone, a line or two from the name in Latin letters: "김지우" under
  // "KIM JI-WOO", "د. عمر بن خالد الراشدي" under the job title; near each line of the header that gives the name as a heading
  // or a running header does ("Siriporn C. | CV | p.1" may stand above the heading), not prose that mentions it. A letter alone
  // is a title's abbreviation ("د."). Under a name in that script already, such a line is something else ("Женщина",
  // woman); under a heading of languages, a language the writer speaks ("العربية").
  if (NOT_LATIN.test(name.text)) return name;
  for (const nameLine of nameLines) {
    for (const line of lines.slice(Math.max(0, nameLine - NATIVE_NAME_REACH), nameLine + NATIVE_NAME_REACH + 1)) {
      // The line's first cell, when a two-column layout puts a field after a gap ("박서연        Applying for: …"). Any other
      // text after the gap is the cell's own rendering or a place ("서울대학교병원        Seoul National University Hospital").
      const [cell = '', ...others] = line.text.trim().split(COLUMN_GAP);
      if (others.length > 0 && !others.every((other) => FIELD_CELL.test(other))) continue;
      const words = [...matchAll(cell, OTHER_SCRIPT_WORD)].map((m) => m[0]);
      if (words.length === 0 || words.length > 5 || cell.length > 60 || /[\p{Script=Latin}\d]/u.test(cell)) continue;
      if (LANGUAGES_HEADING.test(sectionAt(layout, line.start)?.heading ?? '')) continue;
      for (const word of words) if ([...word].length > 1 && !name.parts.includes(word)) name.parts.push(word);
    }
  }
  return name;
}

/** How many words of another script a name written in it runs to. */
const SCRIPT_NAME_WORDS = 4;

/**
 * The words of another script joined by single blanks to a part of the name already known in it, on any line: the name
 * written out in full there ("Name in Kurdish: ‫شیلان ئەحمەد محەمەد‬" with the father's and grandfather's names, after the
 * heading's "شیلان ئەحمەد"), opening with a known part; a run with the part inside is a place named after someone
 * ("مدينة الملك فهد الطبية", King Fahad Medical City). A longer run is a sentence in that script, and stays.
 */
function fullerInScript(line: string, parts: string[]): void {
  if (!NOT_LATIN.test(line)) return;
  let run: RegExpExecArray[] = [];
  const close = () => {
    if (run.length > 1 && run.length <= SCRIPT_NAME_WORDS && parts.includes(run[0]![0])) for (const m of run) if (!parts.includes(m[0])) parts.push(m[0]);
    run = [];
  };
  for (const m of matchAll(line, OTHER_SCRIPT_WORD)) {
    const last = run.at(-1);
    if (last && line.slice(last.index + last[0].length, m.index) !== ' ') close();
    run.push(m);
  }
  close();
}

/** A word opening in lower case, as a sentence has them. */
const LOWER_START = /^[^\p{L}]*\p{Ll}/u;

/**
 * Whether a line is the name as a heading or a running header gives it: its first cell holds the given name and no word in
 * lower case but the name's ("DR OMAR AL-RASHIDI    BDS", "Siriporn C. | CV | p.1", "kimaya sonawane"); not a sentence that
 * mentions it ("Amir is a nurse").
 */
function headsWithName(line: string, name: CandidateName): boolean {
  const first = name.parts[0]!;
  const lead = line.length - line.trimStart().length;
  const cut = NAME_CUT.exec(line.slice(lead));
  const cell = line.slice(lead, cut ? lead + cut.index : line.length);
  if (!cell.includes(first) && !cell.includes(first.toUpperCase())) return false;
  return cell.split(/\s+/).every((word) => !LOWER_START.test(word) || name.parts.includes(word));
}

/** How far down a CV the name in Latin letters may stand for a line in another script near it to be the name too, and how near. */
const HEADER_NAME_LINES = 10;
const NATIVE_NAME_REACH = 2;
/** A section of the languages the writer speaks: "Languages", "LANGUAGE SKILLS". */
const LANGUAGES_HEADING = /\blanguages?\b/i;

/** A letter of another script than the Latin. */
const NOT_LATIN = /(?!\p{Script=Latin})\p{L}/u;
/** A spaced slash or dash after a heading's name, before the same name in other letters: " / ", " – ". */
const SPACED_SLASH = /^[ \t]+[/–—-][ \t]+/;

/**
 * A heading name in another script with the same name in Latin letters on the next line, as a transliteration:
 * "ОКСАНА ПЕТРІВНА КОВАЛЕНКО" / "OKSANA PETRIVNA KOVALENKO", or after a spaced slash on its own line ("ПЕТРОВА Анна
 * Игоревна / PETROVA Anna Igorevna"). Both are the candidate's.
 */
function withTransliteration(name: CandidateName, text: string, lines: DocumentLayout['lines'], index: number): CandidateName {
  // Look-alike letters are folded before this is read ("О" is "O"): a letter of no Latin look-alike marks the other script.
  if (!NOT_LATIN.test(name.text)) return name;
  const line = lines[index]!;
  const after = line.text.indexOf(name.text) + name.text.length;
  const slash = after >= name.text.length ? SPACED_SLASH.exec(line.text.slice(after)) : null;
  const next = slash ? { start: line.start + after + slash[0].length, end: line.end } : lines.slice(index + 1, index + 3).find((line) => line.text.trim());
  const latin = next ? headingName(text, next.start, next.end) : null;
  if (latin && !NOT_LATIN.test(latin.text)) for (const part of latin.parts) if (!name.parts.includes(part)) name.parts.push(part);
  return name;
}

/**
 * The fields of a form's row of the name's fields, as [start, end) pairs: a field starts at the line's start or after a column's gap
 * (a tab or three blanks) where a label of the name opens it; a gap after a label's colon parts no field ("Surname:⇥Mensah").
 */
function fieldsOf(line: string): [number, number][] {
  const fields: [number, number][] = [[0, line.length]];
  for (const gap of matchAll(line, COLUMN_GAP)) {
    const start = gap.index + gap[0].length;
    // Blanks that indent the line are no column's gap: "    firstName: 'Gevorg'".
    if (gap.index === 0) continue;
    if (start >= line.length || !SPLIT_LABEL.test(line.slice(start))) continue;
    fields.at(-1)![1] = gap.index;
    fields.push([start, line.length]);
  }
  return fields;
}
const COLUMN_GAP = /\t+| {3,}/g;
/** A cell that is a label and its value: "Applying for: Band 6", "Tel: 01632 960 123". */
const FIELD_CELL = /^\p{L}[\p{L} '’]{0,30}:/u;
/** A label of a name's field in English that means nothing else: "Forename(s)", "First name", "Surname", "Family name". */
const ENGLISH_NAME_LABEL = /\b(?:(?:first|given|christian)[ \t_]*names?|forenames?|surnames?|family[ \t_]*name)\b/i;
/** A row that opens with a field of the name or the title: a form's row of the name's fields. */
const NAME_ROW = new RegExp(`${SPLIT_LABEL.source}|^\\s*title[ \\t]*:`, 'iu');

/**
 * A name field's value. A list of other names gives each after a semicolon, a note in brackets beside it: "Chhim Sokha
 * (family name first); Sokha Chim" is two spellings of the writer's name, both theirs.
 */
function fieldNames(text: string, start: number, end: number, list: boolean): CandidateName | null {
  if (!list) return headingName(text, start, end, true);
  let name: CandidateName | null = null;
  for (let from = start; from < end; ) {
    const semicolon = text.indexOf(';', from);
    const to = semicolon < 0 || semicolon > end ? end : semicolon;
    const item = headingName(text, from, to, true);
    if (item) name = withPart(name, item);
    from = to + 1;
  }
  return name;
}

/** A name with a field's part added: its text once, its parts each once ("Bishnu Maya" and "THAPA MAGAR"). */
function withPart(name: CandidateName | null, part: CandidateName): CandidateName {
  const whole = name ?? { text: part.text, parts: [] };
  if (name && !whole.text.toLowerCase().includes(part.text.toLowerCase())) whole.text = `${whole.text} ${part.text}`;
  for (const word of part.parts) if (!whole.parts.includes(word)) whole.parts.push(word);
  return whole;
}

/** An e-mail's sender label. */
const FROM_LABEL = /\bFrom\s*:/i;
/** The rule or line that opens a forwarded message in an e-mail: "---------- Forwarded message ---------", "Begin forwarded message:". */
const FORWARDED = /^-{3,}[ \t]*Forwarded[ \t]+message[ \t]*-{3,}[ \t]*$|^Begin forwarded message:/im;
/** Outlook's rule, which opens a reply's quoted message as well: forwarding only under a "Fwd:" or "FW:" subject. */
const ORIGINAL_MESSAGE = /^-{3,}[ \t]*Original[ \t]+Message[ \t]*-{3,}[ \t]*$/im;
const FORWARD_SUBJECT = /^[ \t]*Subject:[ \t]*(?:Fwd?|FWD):/im;
/** The forwarded message's own sender line. */
const INNER_FROM = /^[ \t>]*From:[^\n]*/m;
/** The address on a "From:" line, in lower case: "<c.macleod@example.scot>". */
const ADDRESS = /(?<![^\s<>:;,])[^\s<>@:;,]+@[^\s<>]+/;
const addressOf = (line: string) => ADDRESS.exec(line)?.[0].toLowerCase();

/**
 * Whether a "From:" line heads an e-mail that forwards someone else's: a forwarded message follows with a "From:" of another
 * address. Its sender is whoever forwarded it (a recruitment officer); the writer is the forwarded message's. A candidate who
 * forwards their own application sends both from one address; a reply quotes the recruiter's message under the same rule.
 */
function forwardedByOther(fromLine: string, after: string): boolean {
  let rule = FORWARDED.exec(after);
  if (!rule) {
    const original = ORIGINAL_MESSAGE.exec(after);
    if (original && FORWARD_SUBJECT.test(after.slice(0, original.index))) rule = original;
  }
  if (!rule) return false;
  const inner = INNER_FROM.exec(after.slice(rule.index));
  const address = addressOf(fromLine);
  const innerAddress = inner ? addressOf(inner[0]) : undefined;
  return address !== undefined && innerAddress !== undefined && innerAddress !== address;
}

const RELATIVE = '(?:daughter|son|wife|husband|partner|sister|brother|mother|father|mum|dad|niece|nephew|cousin|granddaughter|grandson)';
/**
 * A relative who sends the e-mail for the writer says so with a word of sending or of the papers sent: "CV for my daughter", "please
 * find attached … for my son", "on behalf of my husband", "my son's application"; not "I have cared for my mother".
 */
const SENT_FOR_RELATIVE = new RegExp(
  `(?:\\b(?:CV|resume|résumé|application|statement|sending|send|sent|attached|attaching|enclosed|forwarding)(?:[ \\t]+(?!for\\b)[^\\s.!?]+){0,6}[ \\t]+for|\\bon[ \\t]+behalf[ \\t]+of)[ \\t]+my[ \\t]+${RELATIVE}\\b|\\bmy[ \\t]+${RELATIVE}['’]s[ \\t]+(?:CV|application|statement|supporting[ \\t]+statement)\\b`,
  'i',
);
/** A "From:" line's note: its header lines (the Subject) to the first blank line, then the body's greeting and first sentence. */
const SENDER_NOTE = /^[\s\S]*?(?:\n[ \t]*\n|$)(?:[ \t]*(?:Dear|Hi|Hello)\b[^\n]*\n)?[^.!?]{0,300}/;

/** A field of the name someone goes by, not their full name: "Known as: Del", "Preferred name: Tina". */
const NICKNAME_FIELD = /known[ \t]+as|preferred[ \t]+name/i;

/**
 * The candidate's name as the document sets it out. `nicknames` false skips the fields of a name someone goes by: a heading's
 * name over "Known as: Del" is the full name, the field's one more part of it (one person, not two).
 */
function findFormalName(layout: DocumentLayout, words: Word[], nicknames = true): CandidateName | null {
  const { text, lines } = layout;
  const found = (run: NameRun | null): CandidateName | null =>
    run ? { text: run.parts.length ? text.slice(run.start, run.end) : '', parts: run.parts } : null;

  // Every name label near the top: "Name: T. Kavitha" and "Full name: Thayaparan Kavitha" are one person.
  const early = lines.slice(0, 30);
  let labelled: CandidateName | null = null;
  // A label set off by a column's gap alone ("Name⇥Han Min Htet") is a weaker field: read only when no heading names the
  // candidate, since a form's or a referee's row is written so too ("Name      dr. anna de vries" under References).
  let gapLabelled: CandidateName | null = null;
  for (const [i, line] of early.entries()) {
    // A CV kept as data in name and value pairs, as an academic site's theme does: "- name: Full Name" / "  value: Amin Darijani".
    const value = DATA_NAME_KEY.test(line.text) ? early[i + 1] : undefined;
    const pair = value ? DATA_VALUE_KEY.exec(value.text) : null;
    if (value && pair && !labelled) labelled = headingName(text, value.start + pair[0].length, value.end, true);
    const label = LABEL.exec(line.text);
    if (!label) continue;
    if (FROM_LABEL.test(label[0]) && (forwardedByOther(line.text, text.slice(line.end)) || SENT_FOR_RELATIVE.test(SENDER_NOTE.exec(text.slice(line.end, line.end + 600))![0]))) continue;
    // The field ends at its cell's end: a form's row goes on after a column's gap ("Applicant: Bridget Ward      Ref: 22-104").
    // Tabs closing the line are a table's empty cells, not a second value ("Name⇥Han Min Htet⇥⇥").
    const gap = line.text.slice(label[0].length).trimEnd().search(/\t| {3}/);
    const gapOnly = !/[:\-–|.]/.test(label[0]) && /^\s*(?:full\s+)?name\s/i.test(label[0]);
    // Such a label heads a row of two cells, not a table's header ("Name⇥Post⇥Date"), and never a referee's.
    if (gapOnly && (gap >= 0 || gapLabelled || sectionAt(layout, line.start)?.kind === 'references')) continue;
    const end = gap < 0 ? line.end : line.start + label[0].length + gap;
    // After a label that says "name" or names the person, one word is the whole name ("Name: ZABIHULLAH", "Full name: Sutrisno"), as
    // some traditions have one.
    const heading = headingName(text, line.start + label[0].length, end, /name|applicant|candidate/i.test(label[0]));
    // The value may give the name in two scripts: "ФИО / Full name: Сейткали Айгерим / SEITKALI Aigerim".
    const name = heading
      ? withNicknameLine(gap >= 0 ? withWrappedValue(heading, text, lines, lines.indexOf(line)) : withTransliteration(heading, text, lines, lines.indexOf(line)), lines, lines.indexOf(line))
      : found(nameOnLine(words, text, line.start + label[0].length, end, false));
    if (!name) continue;
    if (gapOnly) {
      gapLabelled = name;
      continue;
    }
    if (!labelled) labelled = name;
    else if (name.parts.some((part) => labelled!.parts.includes(part))) for (const part of name.parts) if (!labelled.parts.includes(part)) labelled.parts.push(part);
  }
  // A form that splits the name into fields: "Surname: Mensah" / "Forename(s): Ama", "Họ: Nguyễn" / "Tên: Văn An".
  // A form's row of the name's fields may hold several, each after a column's gap: "Title: Miss     Forename: Harpreet     Surname: Kaur
  // Sandhu     Other names: Preeti". Only a row whose first cell is such a field, or the title's.
  // A field set off by a column's gap alone ("Last name⇥THAPA MAGAR", a print view's) is weaker, as "Name⇥…" is: its parts are
  // read only where a gap's fields are, and join the full name's ("Full name⇥NURUL AISYAH…" over "Preferred name⇥Nurul").
  let gapSplit: CandidateName | null = null;
  let onlyNicknames = !labelled;
  for (const line of early) for (const [cellStart, cellEnd] of NAME_ROW.test(line.text) ? fieldsOf(line.text) : [[0, line.text.length] as [number, number]]) {
    const label = SPLIT_LABEL.exec(line.text.slice(cellStart, cellEnd));
    if (label && NICKNAME_FIELD.test(label[0])) {
      if (!nicknames) continue;
    } else if (label) onlyNicknames = false;
    const part = label ? fieldNames(text, line.start + cellStart + label[0].length, line.start + cellEnd, OTHER_NAMES.test(label[0])) : null;
    // A field further along the row holds a name the lists know: "Nom: Service" in a row of other fields is no name. An English
    // label that can only mean a name vouches for any ("Surname: RAMSAMY    Forename(s): PARMESHWAR").
    if (!part || (cellStart > 0 && !ENGLISH_NAME_LABEL.test(label![0]) && !part.parts.every(isKnownNamePart))) continue;
    if (/[:\-–.]/.test(label![0])) labelled = withPart(labelled, part);
    else gapSplit = withPart(gapSplit, part);
  }
  if (labelled && onlyNicknames && nicknames) {
    const full = findFormalName(layout, words, false);
    if (full) return { ...full, parts: [...full.parts, ...labelled.parts.filter((part) => !full.parts.includes(part))] };
  }
  if (labelled) return withTopHeading(labelled, layout);

  let seen = 0;
  // Lines with words other than a document title ("Curriculum Vitae", "Supporting statement").
  let worded = 0;
  // A first section of personal or contact details holds the name: "Personal Information" / "Abd-alaziz Ahmed".
  const first = layout.sections[0];
  const headerEnd = first && first.start === layout.headerEnd && PERSONAL_SECTION.test(first.heading) ? first.end : layout.headerEnd;
  for (const line of lines) {
    if (line.start >= headerEnd && seen > 0) break;
    const trimmed = line.text.trim();
    if (!trimmed) continue;
    if (++seen > 6) break;
    const cvOf = CV_OF.exec(line.text);
    const cvOfCell = cvOf ? null : CV_OF_CELL.exec(line.text);
    if (cvOfCell) {
      // Only a name in the cell: after "Aino Leino – Curriculum Vitae – Radiographer" the post follows, and the name came first.
      const valueStart = line.start + cvOfCell.index + cvOfCell[0].length;
      const named = headingName(text, valueStart, line.end) ?? found(nameOnLine(words, text, valueStart, line.end, true));
      if (named) return withNicknameLine(named, lines, lines.indexOf(line));
    }
    if (cvOf) {
      // "Supporting statement – Rojîn Hesen (Rojin Hassan on my passport)": the title's name, in any tradition.
      const heading = headingName(text, line.start + cvOf[0].length, line.end);
      if (heading) return withNicknameLine(heading, lines, lines.indexOf(line));
      const run = nameOnLine(words, text, line.start + cvOf[0].length, line.end, true);
      if (run) return found(run);
      continue;
    }
    // A blog's or an article's byline names its writer: "By Pramod Subbaraman on Thursday, 22 February 2024".
    const byline = BYLINE.exec(line.text);
    if (byline) {
      const rest = line.text.slice(byline[0].length);
      const close = BYLINE_END.exec(rest);
      const dated = !close || close[0].trim() === 'on' || BYLINE_DATE.test(rest.slice(close.index + (close[0].length - close[0].trimStart().length)));
      const named = dated && headingName(text, line.start + byline[0].length, line.start + byline[0].length + (close?.index ?? line.text.length - byline[0].length));
      if (named && named.parts.length >= 2) return named;
    }
    const cvAfter = CV_AFTER.exec(line.text);
    if (cvAfter) {
      const run = nameOnLine(words, text, line.start, line.start + cvAfter.index, true);
      if (run) return found(run);
    }
    if (SKIP_LINE.test(trimmed)) continue;
    // Only the first line with words, under any title, may be a name in any case or with initials; a CV kept as Markdown
    // marks it as a heading ("# Inês Moura da Costa").
    // A LinkedIn profile saved as PDF merges its side column line by line, so the name may stand after "Contact" and a gap.
    // Markdown's bold, alone or in a table's first cell, holds the name: "**Amina Okafor**", "| **TIZIRI AÏT OUAHMANE** | Post |".
    const bold = BOLD_NAME.exec(line.text);
    const from = bold ? line.start + bold[0].indexOf(bold[1]!) + 2 : line.start + ((MARKDOWN_MARKS.exec(line.text) ?? SIDE_COLUMN_HEADING.exec(line.text))?.[0].length ?? 0);
    const to = bold ? from + bold[2]!.length : MARKDOWN_MARKS.test(line.text) ? line.start + markdownHeadingEnd(line.text) : line.end;
    const heading = ++worded === 1 ? (headingName(text, from, to) ?? headingSpeltByEmail(text, from, to) ?? postHolder(text, line)) : null;
    // A statement may open with the post applied for ("Healthcare Assistant (Band 2) – Ward 7"), its writer's name on the next line.
    if (!heading && worded === 1 && POST_BY_BAND.test(trimmed)) {
      worded = 0;
      continue;
    }
    if (heading) return withNicknameLine(withTransliteration(withWrappedSurname(heading, lines, lines.indexOf(line)), text, lines, lines.indexOf(line)), lines, lines.indexOf(line));
    const run = nameOnLine(words, text, from, bold ? line.end : to, true);
    if (run) return withNicknameLine(found(run)!, lines, lines.indexOf(line));
  }

  if (gapLabelled) return gapSplit ? withPart(gapLabelled, gapSplit) : gapLabelled;
  if (gapSplit) return gapSplit;
  // A line a little further down, past the header, when the writer's own address spells it: a two-column CV merged line by
  // line may put "NADIRA BACCHUS" under its post, a registration and a section's heading.
  for (const line of lines.filter((l) => l.text.trim()).slice(1, TOP_LINES)) {
    // A referee's name over their own address is not the writer's.
    if (sectionAt(layout, line.start)?.kind === 'references') continue;
    const spelt = headingSpeltByEmail(text, line.start, line.end);
    if (spelt) return spelt;
  }
  const spaced = spacedHeadingName(layout);
  if (spaced) return spaced;

  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 40; i--) {
    const line = lines[i]!;
    const signOff = SIGN_OFF.exec(line.text);
    if (!signOff || !/\S/.test(line.text)) continue;
    if (signOff[0].length < line.text.length) {
      const run = nameOnLine(words, text, line.start + signOff[0].length, line.end, true);
      if (run) return found(run);
    }
    for (const next of lines.slice(i + 1, i + 4)) {
      if (!next.text.trim()) continue;
      const run = nameOnLine(words, text, next.start, next.end, true);
      if (run) return found(run);
      // One name alone under a letter's close is the writer's, as a name's label vouches for one ("Yours faithfully,⏎Dawa"):
      // many traditions give one name only. Not under "Thank you", which may close a paragraph.
      const single = /^\s*thank/i.test(signOff[0]) ? null : headingName(text, next.start, next.end, true);
      if (single?.parts.length === 1) return single;
      break;
    }
  }

  // "My name is Ioana-Maria Popescu and…": the writer introduces themself early in a statement.
  const introduced = MY_NAME.exec(text.slice(0, 2000));
  if (introduced) {
    const at = introduced.index + introduced[0].length;
    const run = nameOnLine(words, text, at, lines[firstIndex(lines, (line) => line.start, at + 1) - 1]?.end ?? text.length, false);
    if (run) return found(run);
    // One name the writer gives alone, even a word ("My name is Precious.", "my name is Susie, and I…"): many go by one.
    // A known given name and a family name that is also a word, even a ward's or a street's: "I am Grace Ward, …", "My name is
    // Tom Bishop and …". The introduction vouches for it.
    const pair = INTRODUCED_PAIR.exec(text.slice(at, at + 60));
    if (pair && nameLexicon.givenNames.has(pair[1]!)) return { text: `${pair[1]} ${pair[2]}`, parts: [pair[1]!, pair[2]!] };
    const alone = INTRODUCED_ALONE.exec(text.slice(at, at + 60));
    if (alone && !nameLexicon.notNames.has(alone[1]!)) return { text: alone[1]! + alone[2]!, parts: [alone[1]!] };
  }

  // A statement signed on its last line after a dash, in any case ("— tunde a.", "– Amina Okafor"),
  // or with its name alone there, two parts or more and one of them known ("Ioana-Maria Popescu").
  const last = lines.findLast((line) => line.text.trim());
  const dash = last ? SIGNATURE_DASH.exec(last.text) : null;
  if (last && dash) {
    const signed = headingName(text, last.start + dash[0].length, last.end);
    if (signed) return signed;
  }
  if (last && !dash && last.text.trim().length <= 60) {
    const signed = headingName(text, last.start, last.end);
    if (signed && signed.parts.length >= 2 && signed.parts.some((part) => part.split('-').some((piece) => nameLexicon.givenNames.has(piece) || nameLexicon.nameParts.has(piece)))) return signed;
  }
  // Or in the first cell of a last line whose other cells are the writer's contacts: "Nomin Batbayar | Teams: … | Signal: …".
  const cell = last && !dash ? CONTACT_CELLS.exec(last.text) : null;
  if (last && cell) {
    const signed = headingName(text, last.start, last.start + cell[1]!.length);
    if (signed && signed.parts.length >= 2) return signed;
  }

  // A LinkedIn profile saved as PDF prints "<name> - LinkedIn" in its footer, the name above standing among the sidebar's lines.
  for (const line of lines) {
    const footer = LINKEDIN_FOOTER.exec(line.text);
    const named = footer ? headingName(text, line.start, line.start + footer[1]!.length) : null;
    if (named && named.parts.length >= 2) return named;
  }

  const overContacts = capitalsOverContacts(layout);
  if (overContacts) return overContacts;

  const fromEmail = nameFromEmail(layout, words);
  return fromEmail ? { text: fromEmail.parts.join(' '), parts: fromEmail.parts } : nameFromProfileSlug(layout);
}

/** A line of one to four words in capitals, maybe hyphenated: a name as a side column sets it, its surname maybe wrapped below. */
const CAPITALS_NAME_LINE = /^[ \t]*(\p{Lu}[\p{Lu}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Lu}\p{M}'’-]+){0,3})[ \t]*$/u;
/** How many lines below the name the writer's e-mail address may stand (a flat, a street, a town, a phone between). */
const CONTACTS_BELOW = 6;
/** Words of these lists make a line in capitals a heading, a post or a body's name, not a person's. */
const NOT_CAPITALS_NAME = ['headings', 'jobWords', 'organisation', 'clinical', 'qualifications', 'months'] as const;

/**
 * A name in capitals over the writer's contacts anywhere in the text, as a two-column PDF may print its side column after the
 * main one: "OLUWADAMILARE SUNDAY" / "ADEBAYO-OGUNLEYE" / "Flat 12, …" / "…@…". Two words or more, over one line or two, one of
 * them of four letters or more spelt by an e-mail address on the six lines below, none a heading's, a post's or a body's word,
 * and not under a heading of referees.
 */
function capitalsOverContacts(layout: DocumentLayout): CandidateName | null {
  const { lines } = layout;
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!.text.includes('  ') ? undefined : CAPITALS_NAME_LINE.exec(lines[i]!.text)?.[1];
    // A referee's name over their own address is not the writer's.
    if (!first || sectionAt(layout, lines[i]!.start)?.kind === 'references') continue;
    const second = CAPITALS_NAME_LINE.exec(lines[i + 1]?.text ?? '')?.[1];
    const tokens = [first, second].filter((line) => line !== undefined).flatMap((line) => line.split(/[ \t]/));
    if (tokens.length < 2 || tokens.length > 5) continue;
    const parts = tokens.map(titleCase);
    if (parts.some((part) => NOT_CAPITALS_NAME.some((group) => nameLexicon.notNameGroups[group].has(part)))) continue;
    const below = lines.slice(i + 1, i + 1 + CONTACTS_BELOW).map((line) => line.text).join('\n');
    const addresses = localPartLetters(below);
    // A part of four letters or more, or a half of a hyphenated one, that an address spells ("ADEBAYO-BELLO" over "seun.bello@");
    // or a piece of an address's name that the part holds ("OLUWASEUN" over "seun.bello@").
    const pieces = localParts(below).flatMap((part) => part.toLowerCase().split(/[^a-z]+/)).filter((piece) => piece.length >= 4);
    const letters = (part: string) => withoutAccents(part).toLowerCase().replace(/['’]/g, '');
    const spelt = (part: string) => [letters(part).replace(/-/g, ''), ...letters(part).split('-')].some((piece) => piece.length >= 4 && addresses.some((address) => address.includes(piece)));
    if (parts.some((part) => spelt(part) || pieces.some((piece) => letters(part).includes(piece)))) return { text: tokens.join(' '), parts };
  }
  return null;
}

/** A post named by its Agenda for Change band: "Maternity Support Worker (Band 3)". */
const POST_BY_BAND = /\bBand[ \t]+[2-9]\b/;

/**
 * A labelled name that gives part of the name only ("Name in full: Sivakumaran" in a cell whose next line holds the rest) joins the
 * document's first line where that line is a heading name sharing a part with it ("THARSHIKA SIVAKUMARAN").
 */
function withTopHeading(labelled: CandidateName, layout: DocumentLayout): CandidateName {
  const top = layout.lines.find((line) => line.text.trim());
  const heading = top ? headingName(layout.text, top.start, top.end) : null;
  if (!heading?.parts.some((part) => labelled.parts.includes(part))) return labelled;
  for (const part of heading.parts) if (!labelled.parts.includes(part)) labelled.parts.push(part);
  return labelled;
}

/** A line's first cell before a bar, and a contact's label opening the next: "Nomin Batbayar | Teams: …". */
const CONTACT_CELLS = /^([^|\n]{3,60}?)[ \t]*\|[ \t]*(?:Teams|Telegram|WhatsApp|Signal|Skype|Zoom|E-?mail|Tel|Phone|Mobile|LinkedIn)\b/i;

/** How many lines of a designed CV's first page may stand above its name: a box of skills or contacts set first. */
const SPACED_HEADING_LINES = 15;
/** A word set in spaced capitals: "M I L E N A", "H O R Á K O V Á". */
const SPACED_WORD = /^\p{Lu}\p{M}*(?: \p{Lu}\p{M}*)+$/u;
/** A spaced word in brackets, a blank inside each: "( P L O Y )". */
const SPACED_BRACKET = /^\( ?(\p{Lu}\p{M}*(?: \p{Lu}\p{M}*)+) ?\)$/u;
/** Spaced letters in brackets of either case, a degree's or register's maybe: "( R G N )", "( M S c )". */
const SPACED_LETTERS = /^\( ?(\p{L}(?: \p{L}){1,7}) ?\)$/u;

/**
 * A name set in spaced capitals near the top of a designed CV, a wider gap between its words: "M I L E N A   H O R Á K O V Á"
 * (a template's text may put it under a box of skills). Two words or more, none a word a list knows, one of them a known
 * name part or spelt by an e-mail address in the text; "S K I L L S" and "C O N T A C T" are headings.
 */
function spacedHeadingName(layout: DocumentLayout): CandidateName | null {
  for (const line of layout.lines.slice(0, SPACED_HEADING_LINES)) {
    const all = line.text.trim().split(/ {2,4}/);
    // Letters after the name in brackets, spaced the same, are a degree's or a register's ("( R G N )", "( M S c )")
    // before they are the name they go by ("S I R I P O R N   W O N G S A W A T   ( P L O Y )").
    const letters = SPACED_LETTERS.exec(all.at(-1)!)?.[1]?.replace(/ /g, '');
    const postNominal = letters !== undefined && isDegreeLetters(letters);
    const goesBy = postNominal ? undefined : SPACED_BRACKET.exec(all.at(-1)!)?.[1];
    const pieces = goesBy || postNominal ? all.slice(0, -1) : all;
    if (pieces.length < 2 || pieces.length > 4 || !pieces.every((piece) => SPACED_WORD.test(piece))) continue;
    const parts = [...pieces, ...(goesBy ? [goesBy] : [])].map((piece) => titleCase(piece.replace(/ /g, '')));
    if (parts.some((part) => nameLexicon.notNames.has(part))) continue;
    const addresses = localPartLetters(layout.text.slice(0, OWN_EMAIL_WITHIN));
    const spelt = (part: string) => addresses.some((letters) => letters.includes(withoutAccents(part).toLowerCase()));
    if (parts.some((part) => isKnownNamePart(part) || spelt(part))) return { text: pieces.join('   '), parts };
  }
  return null;
}

/** A LinkedIn profile's page footer: "Halima Bello Sani - LinkedIn        Page 1 of 3". */
const LINKEDIN_FOOTER = /^([ \t]*\S[^\n]{1,60}?)[ \t]+[-–—][ \t]+LinkedIn(?=[ \t]|$)/;
/** A LinkedIn profile's address, up to its slug. */
const PROFILE_URL = /linkedin\.com\/in\//gi;
/** A line of two to four capitalised words, maybe hyphenated: a name as a profile's page heads it. */
const NAME_LINE = /^[ \t]*(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){1,3})[ \t]*$/u;

/**
 * A LinkedIn profile saved as PDF prints its left column first (contacts, skills, languages), so the name that heads
 * the right column stands on no first line: "Contact / … / www.linkedin.com/in/tao-⏎lin-4471ab (LinkedIn) / … / Tao
 * Lin". The profile's slug spells it: a line whose words, in order, the slug's pieces of letters spell is the name.
 * The slug is read in code, over a line break after one of its hyphens, as the narrow column wraps it; it may spell only
 * the line's first and last words, as a slug leaves out middle names.
 */
function nameFromProfileSlug(layout: DocumentLayout): CandidateName | null {
  const { text, lines } = layout;
  for (const m of matchAll(text.slice(0, OWN_EMAIL_WITHIN), PROFILE_URL)) {
    let slug = '';
    for (let i = m.index + m[0].length; i < m.index + m[0].length + 100; i++) {
      const char = text.charAt(i);
      if (/[A-Za-z0-9-]/.test(char)) slug += char;
      else if (char === '\n' && slug.endsWith('-')) continue;
      else break;
    }
    const pieces = slug.toLowerCase().split('-').filter((piece) => /^[a-z]+$/.test(piece));
    if (pieces.length < 2) continue;
    // The whole slug, or two of its pieces or more in a row: a slug may add a title or a post ("er-md-rafiq-islam").
    const spellings = new Set(pieces.flatMap((_, from) => pieces.slice(from + 1).map((__, i) => pieces.slice(from, from + i + 2).join(''))));
    for (const line of lines.slice(0, 80)) {
      const run = NAME_LINE.exec(line.text)?.[1];
      if (!run) continue;
      const tokens = run.split(/[ \t]+/);
      // "MD" opening the name is Muhammad abbreviated, no degree.
      const named = MUHAMMAD_SHORT.has(tokens[0]!) ? tokens.slice(1) : tokens;
      // An address spells a name's letters plain: "gudrun-einarsdottir" for "Guðrún Einarsdóttir".
      const letters = tokens.map((t) => withoutAccents(t).toLowerCase().replace(/['’-]/g, ''));
      // A slug often leaves out the middle names: "sherin-thekkumkattil-…" for "Sherin Mary Thekkumkattil".
      const spelt = spellings.has(letters.join('')) || (letters.length > 2 && spellings.has(letters[0]! + letters.at(-1)!));
      if (!spelt || !named.length || named.some((t) => nameLexicon.notNames.has(t))) continue;
      return { text: run, parts: named };
    }
  }
  return null;
}


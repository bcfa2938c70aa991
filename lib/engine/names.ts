import { addressLabelOf } from './address-line';
import type { Doc } from './document';
import { DETERMINERS, NAME_CONNECTORS, ORGANISATION_HEADS, PERSONAL_TITLES, PREPOSITIONS, STATUTE_HEADS, TITLE_HEADS } from './lexicon';
import { GAP, SHAPE, type Token } from './tokenize';

/**
 * What a name or title token belongs to: 0 none; a particular person ("Mr Gentle", "Ward Sister
 * Jones"); an organisation, service or place of work ("Women's Health Unit"); a law ("Mental Health
 * Act 1983"); a job title ("Responsible Pharmacist", "Haematology Lead"); a Title Case heading
 * ("Duties & Responsibilities"); or another proper noun (a capital where a sentence would have none).
 */
// An enum, so that the bundles write its values where they are read (see SHAPE in tokenize.ts).
export enum NAME {
  NONE = 0,
  PERSON = 1,
  ORGANISATION = 2,
  STATUTE = 3,
  TITLE = 4,
  HEADING = 5,
  PROPER = 6,
}
export type NameKind = NAME;

const isCap = (t: Token) => (t.shape & SHAPE.CAP) !== 0;
const BROKEN = GAP.BREAK | GAP.NEWLINE | GAP.SLASH;
/** Conjunctions that open a sentence before a clause: "If", "When", "Unless". */
const OPENING_CONJUNCTIONS = new Set(['if', 'when', 'whenever', 'while', 'whilst', 'where', 'although', 'though', 'because', 'once', 'unless', 'until', 'since']);
/** A Title Case heading has at most this many words. */
const HEADING_WORDS = 7;

/**
 * Finds names and titles in one pass over the tokens: runs of capitalised words (with "and", "of",
 * "&" between them) inside one sentence, classified by the word they end with, their first word and
 * where they start. Linear in the number of tokens.
 */
export function findNames(doc: Doc): Uint8Array {
  const { tokens } = doc;
  const kinds = new Uint8Array(tokens.length);
  const n = tokens.length;
  let k = 0;
  while (k < n) {
    // "If the Critical Care team...": a conjunction opening a sentence starts no name, nor does a question's number
    // opening its line ("Q5 Cultural fit", "Question 5 Young and keen").
    if (!isCap(tokens[k]!) || (OPENING_CONJUNCTIONS.has(tokens[k]!.norm) && doc.expectsCapital(k)) || numbersItem(doc, k)) {
      k++;
      continue;
    }
    // The run: capitalised words and the connectors between them.
    let last = k;
    let caps = 1;
    let label = false;
    for (let j = k + 1; j < n; j++) {
      const t = tokens[j]!;
      if (t.sentence !== tokens[k]!.sentence || t.gap & BROKEN) break;
      if (isCap(t)) {
        label = opensRunInSentence(tokens, j, last);
        if (label) break;
        caps++;
        last = j;
      } else if (t.gap & GAP.HYPHEN && j === last + 1) {
        last = j; // "Co-ordinator"
      } else if (t.shape & SHAPE.NUMBER && STATUTE_HEADS.has(tokens[j - 1]!.base)) {
        last = j; // "Act 1983"
      } else if (!(NAME_CONNECTORS.has(t.norm) && tokens[j + 1] && isCap(tokens[j + 1]!) && !(tokens[j + 1]!.gap & BROKEN))) {
        break;
      }
    }
    classifyRun(doc, kinds, k, last + 1, caps);
    // A label run on into a sentence is a heading, unless its words name a person by themselves:
    // "Accountable to: Sister Jane Okafor The post holder…" keeps the sister's name.
    if (label && !kinds.subarray(k, last + 1).includes(NAME.PERSON)) kinds.fill(NAME.HEADING, k, last + 1);
    // "Join the OLDER-FIT study team": a coined study name is a name however the run around it reads (here a sentence
    // in Title Case).
    for (let j = k; j <= last; j++) if (inCodeNamedStudy(tokens, j)) kinds[j] = NAME.PROPER;
    k = last + 1;
  }
  return kinds;
}

/** Whether token k is (or opens) a question's or item's number opening its line: "Q5", "Question 5". */
function numbersItem(doc: Doc, k: number): boolean {
  const n = doc.tokens.length;
  return (k + 1 < n && doc.afterClauseNumber(k + 1)) || (k + 2 < n && doc.afterClauseNumber(k + 2));
}

/** Capitalised words that open a sentence and never stand inside a name before small letters: "Job Overview The purpose…". */
const SENTENCE_OPENERS = new Set(['the', 'this', 'our', 'we', 'you', 'your']);

/**
 * Whether token j, straight after the capitalised word at `last`, opens a sentence run together with the
 * words before it, which are then a label of a table or form copied flat: "Job Overview The purpose of
 * the post is", "Department Integrated Care Job Overview The…". Small letters follow it in its sentence.
 */
function opensRunInSentence(tokens: readonly Token[], j: number, last: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  return j === last + 1 && SENTENCE_OPENERS.has(t.norm) && !(t.shape & SHAPE.CAPITALS) && next !== undefined && next.sentence === t.sentence && !(next.gap & BROKEN) && /^[a-z]/.test(next.norm) && !isCap(next);
}

/** Whether the token stands alone in brackets after a sentence's closing mark: "… practice. (Courage)". */
function taggedAfterSentence(text: string, t: Token): boolean {
  if (text.charAt(t.start - 1) !== '(' || text.charAt(t.end) !== ')') return false;
  let i = t.start - 2;
  while (i >= 0 && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) i--;
  return i >= 0 && '.?!'.includes(text.charAt(i));
}

/** Words before a code word in capitals that make the two a scheme's name: "Op COURAGE", "Operation RESTORE", "Project SEARCH". */
export const CODE_NAMED: ReadonlySet<string> = new Set(['op', 'operation', 'project', 'programme', 'campaign']);
/** What a study or scheme named by a coined word in capitals is called after it: "the YOUNG-HEART trial". */
const STUDY_NOUNS = new Set(['trial', 'trials', 'study', 'studies', 'programme', 'project', 'initiative', 'scheme', 'campaign', 'cohort', 'registry', 'network']);

/** Whether the token is in capitals and joined by a hyphen to the one before it: "-HEART" in "YOUNG-HEART". */
const joinedInCapitals = (t: Token) => (t.gap & GAP.HYPHEN) !== 0 && (t.shape & SHAPE.CAPITALS) !== 0;

/**
 * Whether token k is in a coined name of words in capitals joined by hyphens before the kind of thing it names ("the
 * YOUNG-HEART trial", "our OLDER-FIT exercise study"): a study's or scheme's name, not words nor abbreviations of the
 * sentence. One capitalised word alone ("our PROMISE programme") is read by the abbreviation rule's own test.
 */
export function inCodeNamedStudy(tokens: readonly Token[], k: number): boolean {
  if (!(tokens[k]!.shape & SHAPE.CAPITALS)) return false;
  let from = k;
  while (from > 0 && joinedInCapitals(tokens[from]!) && tokens[from - 1]!.shape & SHAPE.CAPITALS) from--;
  let to = k + 1;
  while (to < tokens.length && joinedInCapitals(tokens[to]!)) to++;
  if (to - from < 2) return false;
  for (let j = to; j < to + 2 && j < tokens.length && tokens[j]!.sentence === tokens[k]!.sentence; j++) if (STUDY_NOUNS.has(tokens[j]!.norm)) return true;
  return false;
}

function classifyRun(doc: Doc, kinds: Uint8Array, from: number, to: number, caps: number): void {
  const { tokens } = doc;
  const first = tokens[from]!;
  const initial = doc.expectsCapital(from);

  if (caps === 1) {
    // "a plan B": the idiom's letter, not a name.
    if (first.norm === 'b' && tokens[from - 1]?.norm === 'plan') return;
    // "Describe a time you raised a concern. (Courage)": a word alone in brackets after a sentence tags it with the
    // value or the skill it tests, a name.
    if (to === from + 1 && taggedAfterSentence(doc.text, first)) {
      kinds[from] = NAME.PROPER;
      return;
    }
    // "…clinical practice At least 10 years' experience": a capitalised grammar word between small
    // letters opens the next criterion of a list run together, where no name starts with one.
    if (!initial && (runInCriterion(tokens, from) || opensRunInItem(doc, from))) return;
    // One capitalised word where a lower-case one would do: a name or a title ("Mr Gentle", "our Lead"),
    // but not a nationality, language or faith, which English always capitalises ("native English").
    if (!initial && (isPlainProper(first) || isNameNotAdjective(doc, from))) kinds.fill(NAME.PROPER, from, to);
    return;
  }
  // A person specification copied flat runs its column's label ("Essential", "Desirable") into the
  // criterion's first words, all capitalised: the label is no word of a name, and the words after it are
  // read on their own ("Skills Essential Native English speaker" is a criterion, not a name).
  const label = columnLabelEnd(tokens, from, to);
  if (label > from) {
    let rest = 0;
    for (let j = label; j < to; j++) if (isCap(tokens[j]!)) rest++;
    if (rest > 0) classifyRun(doc, kinds, label, to, rest);
    return;
  }
  if (PERSONAL_TITLES.has(first.norm)) {
    kinds.fill(NAME.PERSON, from, to);
    return;
  }
  // "Are You A Dynamic Nurse?", "Join Our Friendly Team", "Energetic Receptionist Wanted!": a line in Title
  // Case that speaks to or for someone, or asks or exclaims, is a sentence capitalised for show, not a name
  // or a label; its words are read as a sentence's.
  if (initial && isTitleCaseSentence(doc, from)) return;
  // "Op COURAGE", "Operation RESTORE": a service named after an operation, its code word in any case.
  // "Project SEARCH": a scheme named by its code word.
  if (first.norm === 'op' || (CODE_NAMED.has(first.norm) && tokens[from + 1]!.shape & SHAPE.CAPITALS)) {
    kinds.fill(NAME.PROPER, from, to);
    return;
  }
  // "Sister Amina Patel, Ward Manager": a title and a name, then the job after a comma.
  const comma = personBeforeComma(doc, from, to);
  if (comma > 0) {
    kinds.fill(NAME.PERSON, from, comma);
    let rest = 0;
    for (let j = comma; j < to; j++) if (isCap(tokens[j]!)) rest++;
    classifyRun(doc, kinds, comma, to, rest);
    return;
  }
  let head = -1;
  let headKind = 0;
  for (let j = to - 1; j >= from; j--) {
    const t = tokens[j]!;
    const hyphened = t.gap & GAP.HYPHEN && j > from;
    if (!isCap(t) && !hyphened) continue;
    const word = hyphened ? `${tokens[j - 1]!.norm}-${t.base}` : t.base;
    if (STATUTE_HEADS.has(word) && j > from) headKind = NAME.STATUTE;
    else if (ORGANISATION_HEADS.has(word)) headKind = NAME.ORGANISATION;
    else if (TITLE_HEADS.has(word)) headKind = NAME.TITLE;
    else continue;
    head = j;
    break;
  }
  const after = tokens[head + 1];
  // "Practice Manager, Anita Desai": two or three plain capitalised words after a title's comma are a name.
  const namedAfterComma = after !== undefined && (after.gap & GAP.COMMA) !== 0 && to - head - 1 <= 3 && tokens.slice(head + 1, to).every((t) => isCap(t) && isPlainProper(t));
  if (headKind === NAME.TITLE && nameBeforeComma(doc, from, head)) {
    // "Ama Boateng, Senior Sister": a name, then the holder's job after a comma.
    kinds.fill(NAME.PERSON, from, to);
    return;
  }
  if (headKind === NAME.TITLE && head < to - 1 && after && (namedAfterComma || !(after.gap & GAP.COMMA)) && !NAME_CONNECTORS.has(after.norm)) {
    // Capitalised words after a job title are the holder's name: "Senior Ward Sister Jane Doe".
    kinds.fill(NAME.PERSON, from, to);
    return;
  }
  if (headKind !== 0) {
    kinds.fill(headKind, from, to);
    // Any capitalised word after an organisation's name is still part of it ("Riverside PCN Hub").
    return;
  }
  if (addressLabelOf(doc, from) !== undefined) {
    // "From: Hannah Young", "To: Tessa Morgan; Olu Adebayo": an address line's plain words name people.
    for (let j = from; j < to; j++) if (isCap(tokens[j]!) && isPlainProper(tokens[j]!)) kinds[j] = NAME.PERSON;
    return;
  }
  if (!initial) {
    // "a Native English speaker", "Fluent Welsh": one word capitalised before a language, as a cell of a table
    // copied flat writes it, is the language's description, not a name.
    if (caps === 2 && to - from === 2 && isFaithOrLanguage(tokens[from + 1]!.norm)) return;
    // An adjective in -ic or -an before the name's plain words is part of it ("the Dynamic Support
    // Register", "the Strategic Health Authority"); a nationality, language or faith never is.
    let plainAfter = false;
    for (let j = to - 1; j >= from; j--) {
      const t = tokens[j]!;
      if (!isCap(t)) continue;
      if (isPlainProper(t) || isNameNotAdjective(doc, j)) {
        kinds[j] = NAME.PROPER;
        plainAfter = true;
      } else if (plainAfter && !(t.shape & SHAPE.CAPITALS) && !isFaithOrLanguage(t.norm)) kinds[j] = NAME.PROPER;
    }
    return;
  }
  if (isHeading(doc, from, to)) {
    kinds.fill(NAME.HEADING, from, to);
    return;
  }
  // A sentence that starts with two or more capitalised words starts with a name ("Amy Young said",
  // "Confident Smiles is a dental practice"), unless every word of the line is capitalised.
  if (!isTitleCaseLine(doc, from)) {
    const plain: number[] = [];
    for (let j = from; j < to; j++) if (isCap(tokens[j]!) && isPlainProper(tokens[j]!)) plain.push(j);
    // "Native English speaker" is not a name: one plain word and a language.
    if (plain.length >= 2) for (const j of plain) kinds[j] = NAME.PROPER;
  }
}

/** How far into a run a flattened table's column label may reach: "Skills Essential", "Knowledge and Skills Essential". */
const LABEL_REACH = 4;

/** The token after a person specification's column label ("Essential", "Desirable") among a run's first words; `from` if none. */
function columnLabelEnd(tokens: readonly Token[], from: number, to: number): number {
  let end = from;
  for (let j = from; j < to && j < from + LABEL_REACH; j++) if (tokens[j]!.norm === 'essential' || tokens[j]!.norm === 'desirable') end = j + 1;
  return end;
}

/**
 * Where a run's first comma is, when the words before it are a job title and a name ("Sister Amina
 * Patel, Ward Manager", "Dr Ravi Shah, Clinical Lead"); -1 otherwise.
 */
function personBeforeComma(doc: Doc, from: number, to: number): number {
  const { tokens } = doc;
  let comma = -1;
  for (let j = from + 1; j < to; j++) {
    if (tokens[j]!.gap & GAP.COMMA) {
      comma = j;
      break;
    }
  }
  if (comma < 0) return -1;
  const first = tokens[from]!.base;
  if (!TITLE_HEADS.has(first) && !PERSONAL_TITLES.has(first)) return -1;
  // One or two title words, then one to three plain capitalised words (the name).
  let j = from + 1;
  if (j < comma - 1 && TITLE_HEADS.has(tokens[j]!.base)) j++;
  const names = comma - j;
  if (names < 1 || names > 3) return -1;
  for (let k = j; k < comma; k++) if (!isCap(tokens[k]!) || !isPlainProper(tokens[k]!)) return -1;
  return comma;
}

/** Whether a run starts with one to three plain capitalised words and a comma before its job title ("Jane Holt, Ward Manager"). */
function nameBeforeComma(doc: Doc, from: number, head: number): boolean {
  const { tokens } = doc;
  for (let j = from + 1; j <= head && j <= from + 3; j++) {
    if (!(tokens[j]!.gap & GAP.COMMA)) continue;
    for (let k = from; k < j; k++) {
      const t = tokens[k]!;
      if (!isCap(t) || !isPlainProper(t) || TITLE_HEADS.has(t.base) || ORGANISATION_HEADS.has(t.base) || PERSONAL_TITLES.has(t.base)) return false;
    }
    return true;
  }
  return false;
}

const PROPER_ADJECTIVE = /(?:ish|ese|ian|ean|an|i|ic)$/;
const FAITHS_AND_LANGUAGES = new Set([
  'urdu', 'hindi', 'punjabi', 'gujarati', 'welsh', 'french', 'dutch', 'greek', 'thai', 'swiss', 'sikh', 'sikhs', 'hindu',
  'hindus', 'jewish', 'jew', 'jews', 'muslim', 'muslims', 'christian', 'christians', 'catholic', 'catholics', 'buddhist',
  'buddhists', 'english', 'irish', 'scots', 'british', 'polish', 'spanish', 'czech', 'arabic', 'tamil', 'somali',
  'yoruba', 'igbo', 'twi', 'cantonese', 'mandarin', 'bsl', 'romanian', 'portuguese', 'italian', 'german',
]);

const unPossessive = (word: string) => (word.endsWith("'") ? word.slice(0, -1) : word.endsWith("'s") ? word.slice(0, -2) : word);

/** Whether a word with no possessive ending is a faith or a language of the list, in any number. */
const inFaithsAndLanguages = (w: string) => FAITHS_AND_LANGUAGES.has(w) || (w.endsWith('s') && FAITHS_AND_LANGUAGES.has(w.slice(0, -1)));

/** A faith or a language named in the list, in any number: "Sikhs", "Urdu". */
function isFaithOrLanguage(word: string): boolean {
  return inFaithsAndLanguages(unPossessive(word));
}

/**
 * isProperAdjective's answers by word: asked of every capitalised word, often several times (each
 * time it ended in two possessive tests, a set lookup and a regular expression), and of the same
 * words in text after text. Cleared when it holds PROPER_ADJECTIVES_KEPT words, so memory stays flat.
 */
const properAdjectives = new Map<string, boolean>();
const PROPER_ADJECTIVES_KEPT = 20_000;

/** Nationalities, languages and faiths: capitalised in any sentence ("British", "Urdu", "Christian"). */
function isProperAdjective(word: string): boolean {
  let known = properAdjectives.get(word);
  if (known === undefined) {
    const w = unPossessive(word);
    known = inFaithsAndLanguages(w) || (w.length > 4 && PROPER_ADJECTIVE.test(w));
    if (properAdjectives.size >= PROPER_ADJECTIVES_KEPT) properAdjectives.clear();
    properAdjectives.set(word, known);
  }
  return known;
}

/** Verbs straight after a name that make it someone doing or being something: "Megan goes", "Anjali said". */
const AFTER_NAME = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'said', 'says', 'goes', 'went', 'left', 'joined', 'starts', 'started', 'can', 'could', 'did', 'does']);

/**
 * Whether a capitalised word that ends like a nationality ("-an", "-ian", "-i": Megan, Gillian,
 * Anjali) but is in no list of nationalities, languages or faiths is used as a person's name: set
 * off by commas ("our OT, Megan, goes"), possessive ("Susan's rota") or straight before a verb
 * ("Preeti said"). A nationality goes before the noun it describes ("a Nigerian nurse") or after
 * "is", and is read as one.
 */
function isNameNotAdjective(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  if (t.shape & SHAPE.CAPITALS || isFaithOrLanguage(t.norm) || !isProperAdjective(t.norm)) return false;
  if (t.norm.endsWith("'s") || t.norm.endsWith("'")) return true;
  const next = tokens[k + 1];
  if (!next || next.sentence !== t.sentence) return false;
  return ((t.gap & GAP.COMMA) !== 0 && (next.gap & GAP.COMMA) !== 0) || (AFTER_NAME.has(next.norm) && !(next.gap & (GAP.COMMA | GAP.BREAK)));
}

/** Whether the one capitalised word at k is a grammar word with small letters either side: "practice At least". */
function runInCriterion(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (!(PREPOSITIONS.has(t.norm) || DETERMINERS.has(t.norm)) || !before || !after) return false;
  return before.sentence === t.sentence && after.sentence === t.sentence && !(before.shape & SHAPE.CAP) && !(after.shape & SHAPE.CAP);
}

/**
 * Whether, in an advert, the one capitalised word at k opens an item of a list run together from a
 * PDF, whose bullets are lost and leave a wide gap: "who meet the following criteria:  Has two or more
 * admissions  Suffer from chronic disease". Small letters come before the gap and after the word, in
 * one sentence and on one line. In notes, a name after a doubled space is kept a name.
 */
function opensRunInItem(doc: Doc, k: number): boolean {
  const { tokens, text } = doc;
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (doc.kind !== 'advert' || !before || !after || before.sentence !== t.sentence || after.sentence !== t.sentence) return false;
  if (before.shape & SHAPE.CAP || after.shape & SHAPE.CAP || t.gap & (GAP.NEWLINE | GAP.BREAK | GAP.COMMA)) return false;
  const gap = text.slice(before.end, t.start);
  return gap.length >= WIDE_GAP && gap.length <= MAX_RUN_IN_GAP && /^[ \t]+$/.test(gap);
}

/** The fewest blanks a lost bullet leaves between two items run together. */
const WIDE_GAP = 2;
/** The most: a longer stretch of blanks is a table's columns, which other readings handle. */
const MAX_RUN_IN_GAP = 8;

/** A proper noun that can be a name: not an abbreviation ("GCSEs") and not a nationality, language or faith. */
function isPlainProper(t: Token): boolean {
  return !(t.shape & SHAPE.CAPITALS) && !isProperAdjective(t.norm) && t.base !== 'i' && !t.norm.startsWith("i'");
}

/** A short line of Title Case words on its own, not a bullet or a person-specification criterion. */
function isHeading(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  const line = tokens[from]!.line;
  if (from > 0 && tokens[from - 1]!.line === line) return false;
  if (to < tokens.length && tokens[to]!.line === line) return false;
  if (to - from > HEADING_WORDS || tokens[from]!.gap & GAP.BULLET) return false;
  const role = doc.roleOf(from);
  return role !== 'essential' && role !== 'desirable';
}

/** Pronouns that make a line say something to or for someone: "Join Our Team", "Are You…". */
const ADDRESS_PRONOUNS = new Set(['we', 'you', 'our', 'your', 'us']);
/** The address pronouns that own a noun after them. */
const POSSESSIVES = new Set(['our', 'your']);
/** A Title Case line is read as a sentence only with this many words: "About Us" and "Your Role" stay labels. */
const SENTENCE_WORDS = 4;

/** A question or an exclamation closing a line: "Looking For An Energetic Receptionist?". */
const CLOSING_MARK = /^[ \t]*[?!]/;

/**
 * Whether the line that token `from` starts is in Title Case and says something to or for someone: it
 * holds a pronoun ("Are You A Dynamic Nurse?") or ends in a question or an exclamation mark.
 */
function isTitleCaseSentence(doc: Doc, from: number): boolean {
  const { tokens } = doc;
  const line = tokens[from]!.line;
  if (from > 0 && tokens[from - 1]!.line === line) return false;
  let words = 0;
  let pronoun = false;
  let j = from;
  for (; j < tokens.length && tokens[j]!.line === line; j++) {
    const t = tokens[j]!;
    if (!isCap(t) && !NAME_CONNECTORS.has(t.norm)) return false;
    // A possessive that opens the line starts a name as often as a sentence ("Our Lady Of Lourdes
    // Care Home", "Your Health Partnership"): the line must address someone elsewhere.
    if (ADDRESS_PRONOUNS.has(t.norm) && !(t.shape & SHAPE.CAPITALS) && !(j === from && POSSESSIVES.has(t.norm))) pronoun = true;
    words++;
  }
  if (words < SENTENCE_WORDS) return false;
  const end = tokens[j - 1]!.end;
  return pronoun || CLOSING_MARK.test(doc.text.slice(end, end + 4));
}

/** Whether every word of token `from`'s line is capitalised (a criterion or heading in Title Case). */
function isTitleCaseLine(doc: Doc, from: number): boolean {
  const { tokens } = doc;
  const line = tokens[from]!.line;
  for (let j = from; j < tokens.length && tokens[j]!.line === line; j++) {
    if (!isCap(tokens[j]!) && !NAME_CONNECTORS.has(tokens[j]!.norm)) return false;
  }
  return true;
}

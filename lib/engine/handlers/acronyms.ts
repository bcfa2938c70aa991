import { addressLabelOf } from '../address-line';
import type { Doc } from '../document';
import { AUXILIARIES, CALENDAR, DETERMINERS, MONTHS, nounClass, PERSONAL_TITLES, PREPOSITIONS, SUBJECT_PRONOUNS, TITLE_HEADS } from '../lexicon';
import { CODE_NAMED, inCodeNamedStudy } from '../names';
import type { Expansion } from '../ruleset';
import { GAP, SHAPE, type Token, wrapsFromLineBefore } from '../tokenize';
import { WordFlags } from '../vocabulary';
import type { Hit, SpanHandler } from './types';

/** Words an expansion may skip when its initials spell the acronym: "Agenda for Change" (AfC). */
const SKIPPED: ReadonlySet<string> = new Set(['and', 'of', 'for', 'the', 'in', 'to', '&', 'with', 'on', 'at', 'a']);
/**
 * The words of an NHS body's legal form or kind, which its initials often leave out: "Essex Partnership
 * University NHS Foundation Trust" is EPUT, "Hertfordshire Partnership University NHS Foundation
 * Trust" HPFT, "Barking, Havering and Redbridge University Hospitals NHS Trust" BHRUT. Written with a
 * capital, they may be passed over in a spelling by initials.
 */
const LEGAL_FORM: ReadonlySet<string> = new Set(['foundation', 'university', 'hospital', 'hospitals']);
const isLegalForm = (t: Token) => LEGAL_FORM.has(t.norm) && (t.shape & SHAPE.CAP) !== 0;

/** Words before a Roman numeral or a code that is not an abbreviation ("Part II", "category C1"). */
const NUMBERED = new Set(['category', 'categories', 'part', 'band', 'stage', 'level', 'grade', 'type', 'phase', 'year', 'chapter', 'section', 'schedule', 'tier', 'step', 'class', 'volume', 'no']);
/** Distinct abbreviations checked per text. */
const MAX_ABBREVIATIONS = 300;
/** A Welsh organisation name ("GIG Cymru") is explained by the English one ("NHS Wales") in the text. */
const WALES = [['wales']];
const OUTWARD_POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;
const INWARD_POSTCODE = /^[0-9][A-Z]{2}$/;

/** An abbreviation as written, with any plural or possessive ending removed ("PAs", "ECG's" -> "PA", "ECG"). */
export interface Abbreviation {
  token: number;
  /** The abbreviation itself: the key for "first use" and "spelled out". */
  key: string;
  /** Where the finding goes: the word as written, possessive ending excluded. */
  start: number;
  end: number;
  plural: boolean;
}

function counts(s: string): { upper: number; lower: number; digit: number } {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digit++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return { upper, lower, digit };
}

const isUpper = (c: number) => c >= 65 && c <= 90;

/** A degree's letters: "MPharm", "BPharm", "MOptom", "MChem". */
const DEGREE_LETTERS = /^[BM][A-Z][a-z]{2,5}$/;

/** Capitals ("OPMH", "A&E"), capitals with a few small letters ("GPhC", "AfC", "eRS"), or a capital with digits ("S1", "ST3"). */
export function looksAbbreviated(s: string): boolean {
  if (s.length < 2 || s.length > 10 || /[^A-Za-z0-9&]/.test(s)) return false;
  const { upper, lower, digit } = counts(s);
  // "GPhC", "AfC", "MRCPsych"; not "McDonald" or "NHSmail".
  if (upper >= 2) return lower < upper || (upper >= 4 && lower <= upper) || DEGREE_LETTERS.test(s);
  return upper === 1 && digit > 0 && lower === 0 && s.length <= 5 && s.charCodeAt(0) >= 65 && s.charCodeAt(0) <= 90;
}

/** The abbreviation in a token, if any, without its plural or possessive ending. */
function abbreviationOf(doc: Doc, k: number): Abbreviation | null {
  const t = doc.tokens[k]!;
  let raw = doc.text.slice(t.start, t.end);
  let end = t.end;
  const possessive = /['’]s?$/.exec(raw);
  if (possessive) {
    raw = raw.slice(0, possessive.index);
    end = t.start + raw.length;
  }
  let key = raw;
  let plural = false;
  // A plural "s" straight after a capital: "PCNs", and "StRs" (specialty registrars) with a small letter inside.
  if (raw.length > 2 && raw.endsWith('s') && isUpper(raw.charCodeAt(raw.length - 2)) && looksAbbreviated(raw.slice(0, -1))) {
    key = raw.slice(0, -1);
    plural = true;
  }
  if (!looksAbbreviated(key)) return null;
  return { token: k, key, start: t.start, end, plural };
}

const isAsciiWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Parts of web and email addresses ("hr@practice.nhs.uk", "www.NHSjobs"), of file paths ("N:\HR\JDCC\Band 5.doc":
 * prose has no backslash), of file names ("JD_Band5_v2.docx": prose has no underscore) and hashtags ("#TeamNHS") are not prose.
 */
function inAddress(doc: Doc, t: Token): boolean {
  // A hashtag's later words follow the one before with no space ("#TeamNHS"): its '#' is further back.
  let from = t.start;
  while (from > 0 && isAsciiWordCode(doc.text.charCodeAt(from - 1))) from--;
  if (doc.text.charCodeAt(from - 1) === 35) return true;
  const before = doc.text.charAt(t.start - 1);
  const after = doc.text.charAt(t.end);
  const afterNext = doc.text.charAt(t.end + 1);
  return (
    before === '@' || before === '.' || before === '\\' || after === '\\' || before === '_' || after === '_' || (before === '/' && inPath(doc.text, t.start - 1)) || after === '@' || (after === '.' && /[A-Za-z]/.test(afterNext))
  );
}

/** Whether the slash at `slash` is in a web address (a dot or a colon earlier in its word), not a list ("QOF/IIF"). */
function inPath(text: string, slash: number): boolean {
  for (let i = slash - 1; i >= 0 && i >= slash - 200; i--) {
    const c = text.charAt(i);
    if (c === '.' || c === ':') return true;
    if (c === ' ' || c === '\n' || c === '\t') return false;
  }
  return false;
}

const VOWELS = /[AEIOU]/g;
const isWordLike = (s: string) => (s.match(VOWELS)?.length ?? 0) >= 2;

/** The words of one capital letter. */
const ONE_LETTER_WORDS = new Set(['A', 'I']);

/**
 * Lines in capitals ("JOB SUMMARY TO FOLLOW") are shouted headings, not abbreviations: three words or
 * more, or two when one is a long word ("INFORMATION PACK", "PERSON SPECIFICATION"). A run of
 * capitals that opens or ends a line with ordinary words beside it ("IMPORTANT PLEASE READ: UK VISA &
 * IMMIGRATION under the section below") is shouted too when it has three words or more and a long one.
 * Figures count among its words, but a heading holds two words in capitals at least.
 */
function inCapitalsLine(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const line = tokens[k]!.line;
  let words = 0;
  let letters = 0;
  let long = false;
  const read = (j: number) => {
    const t = tokens[j]!;
    // "A" and "I" are words of a heading too, though one letter is no run of capitals: "DRIVE A DIFFERENCE".
    if (t.end - t.start === 1 && ONE_LETTER_WORDS.has(doc.text.charAt(t.start))) {
      words++;
      return true;
    }
    if (!(t.shape & (SHAPE.UPPER | SHAPE.NUMBER))) return false;
    words++;
    if (t.shape & SHAPE.UPPER) letters++;
    if (!long && t.end - t.start >= 7) long = isWordLike(doc.text.slice(t.start, t.end));
    return true;
  };
  let whole = true;
  for (let j = k; j >= 0 && tokens[j]!.line === line; j--) {
    if (!read(j)) {
      whole = false;
      break;
    }
  }
  for (let j = k + 1; j < tokens.length && tokens[j]!.line === line; j++) {
    if (!read(j)) {
      whole = false;
      break;
    }
  }
  // Figures are no heading's words: "£23,500 FTE" under a title is a pay line with one abbreviation.
  if (letters < 2) return false;
  return whole ? words >= 3 || (words === 2 && long) : words >= 3 && long;
}

/**
 * Whether token k's line, written in capitals, is a sentence rather than a heading: it holds a verb's
 * helper or a subject ("PATIENTS MUST BOOK", "WE ARE"), or opens with a verb and its object's article
 * ("IF IN DOUBT, SEE A GP OR ANP", "ASK YOUR PHARMACIST"). A known abbreviation in it is read as one.
 */
function isCapitalsSentence(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const line = tokens[k]!.line;
  let first = k;
  while (first > 0 && tokens[first - 1]!.line === line) first--;
  for (let j = first; j < tokens.length && tokens[j]!.line === line; j++) {
    const t = tokens[j]!;
    if (AUXILIARIES.has(t.norm) || SUBJECT_PRONOUNS.has(t.norm)) return true;
    // A clause's first word before an article ("IF IN DOUBT, SEE A GP"), not a preposition ("ABOUT THE ROLE").
    const next = tokens[j + 1];
    const opens = j === first || t.clause !== tokens[j - 1]!.clause;
    if (opens && next?.line === line && DETERMINERS.has(next.norm) && !PREPOSITIONS.has(t.norm) && !DETERMINERS.has(t.norm)) return true;
  }
  return false;
}

/** Whether token j is a word in capitals, no digits, on token k's line. */
const inCapitalsRun = (tokens: readonly Token[], j: number, k: number) =>
  j >= 0 && j < tokens.length && tokens[j]!.line === tokens[k]!.line && (tokens[j]!.shape & SHAPE.UPPER) !== 0 && !(tokens[j]!.shape & SHAPE.DIGIT);

/** The grammar words a heading in capitals holds and an abbreviation never is: "ROLE OF THE TRUST". */
const HEADING_GRAMMAR = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'with', 'on', 'at', 'by', 'from']);

/**
 * A word of a heading written in capitals inside a line (text whose line breaks were lost: "...
 * application form. ROLE OF HEALTH AND SOCIAL CARE TRUST Background The Department ..."): a run of
 * three capitals words or more on its line that holds a grammar word. The grammar word is a word,
 * and so is an unknown one of four letters or more with a vowel ("TRUST", "CARE"); letters with no
 * vowel ("MSK") or a known abbreviation in such a heading are still read as one.
 */
function inCapitalsHeading(doc: Doc, k: number, key: string, known: boolean): boolean {
  const grammar = HEADING_GRAMMAR.has(key.toLowerCase());
  if (!grammar && (known || key.length < 4 || !formsWord(key) || /[^A-Z]/.test(key))) return false;
  const { tokens } = doc;
  let first = k;
  while (inCapitalsRun(tokens, first - 1, k) && !(tokens[first]!.gap & GAP.BREAK)) first--;
  let last = k;
  while (inCapitalsRun(tokens, last + 1, k) && !(tokens[last + 1]!.gap & GAP.BREAK)) last++;
  // A heading hard-wrapped onto a line of its own ("... HOSPITALS NHS FOUNDATION" / "TRUST"): the
  // capitals that end the line before are its start.
  const line = tokens[k]!.line;
  const whole = (first === 0 || tokens[first - 1]!.line !== line) && (last + 1 === tokens.length || tokens[last + 1]!.line !== line);
  if (whole && first > 0 && tokens[first - 1]!.line === line - 1) {
    let j = first - 1;
    while (inCapitalsRun(tokens, j, first - 1) && !(tokens[j + 1]!.gap & GAP.BREAK) && j > first - 12) j--;
    first = j + 1;
  }
  if (last - first < 2) return false;
  for (let j = first; j <= last; j++) if (HEADING_GRAMMAR.has(tokens[j]!.norm)) return true;
  return false;
}

/** The most words of a heading in capitals run into the sentence it heads. */
const RUN_IN_HEADING_WORDS = 4;

/** Words a job description's section headings are made of ("KEY TASKS", "MAIN DUTIES", "PERSON SPECIFICATION"). */
const SECTION_HEADING_WORDS = new Set(
  `key main principal general other tasks duties responsibilities responsibility role purpose summary overview job description
  person specification skills knowledge experience qualifications training education requirements criteria values
  communication working relationships scope`.split(/\s+/),
);

/**
 * A word of a heading in capitals run into the sentence it heads, as a job description copied flat
 * reads (a sentence ends, then "KEY TASKS" and the next sentence's first words): two to four capitals
 * words that open their sentence, then a capitalised word and a word in small letters, each word one
 * that section headings are made of or that the text writes small elsewhere. Letters that are neither
 * stay abbreviations where they open a sentence ("SALT OPAT Team visits daily"), as do letters with
 * no vowel ("MSK TEAM Our …").
 */
function headsSentenceRunIn(doc: Doc, k: number, key: string, known: boolean): boolean {
  if (known || !formsWord(key) || /[^A-Z]/.test(key)) return false;
  const { tokens, text } = doc;
  let first = k;
  while (inCapitalsRun(tokens, first - 1, k) && !(tokens[first]!.gap & GAP.BREAK)) first--;
  let last = k;
  while (inCapitalsRun(tokens, last + 1, k) && !(tokens[last + 1]!.gap & GAP.BREAK)) last++;
  if (last === first || last - first >= RUN_IN_HEADING_WORDS || !doc.expectsCapital(first)) return false;
  for (let j = first; j <= last; j++) {
    const w = tokens[j]!;
    if (!formsWord(text.slice(w.start, w.end)) || !(SECTION_HEADING_WORDS.has(w.norm) || plainWords(doc).has(w.norm))) return false;
  }
  const opening = tokens[last + 1];
  const next = tokens[last + 2];
  return (
    opening !== undefined && next !== undefined && opening.line === tokens[k]!.line && next.line === opening.line &&
    (opening.shape & SHAPE.CAP) !== 0 && !(opening.shape & SHAPE.CAPITALS) && !(next.shape & (SHAPE.CAP | SHAPE.CAPITALS | SHAPE.DIGIT))
  );
}

/** Nouns after a known abbreviation that is also a word adverts shout, which make it the tool: "MUST screening", "the MUST tool". */
const TOOL_NOUNS = new Set(['tool', 'tools', 'screening', 'screen', 'screens', 'score', 'scores', 'scoring', 'assessment', 'assessments', 'chart', 'charts', 'form', 'forms', 'step', 'steps']);

/**
 * A word written in capitals for emphasis ("IMPORTANT", "ESSENTIAL"): seven letters or more with the
 * vowels of a word. Abbreviations that long are rare, and known ones are never taken for this, but
 * for a known one that is also a word adverts shout ("you MUST apply"); a short shouted word is its letters when a tool's or a framework's noun follows it.
 */
function isShouted(doc: Doc, k: number, key: string, known: boolean): boolean {
  // A code with digits ("PRINCE2") is never a shouted word.
  if (/\d/.test(key)) return false;
  // "the TIME principles", "a DAY assessment": a short word's capitals before a tool's or a framework's noun are its letters.
  const next = doc.tokens[k + 1]?.norm ?? '';
  const shouted = SHOUTED.has(key.toLowerCase()) && !TOOL_NOUNS.has(next) && !NAMING.has(next);
  if (known) return shouted;
  return (key.length >= 7 && isWordLike(key)) || shouted;
}

/** Consonant pairs that can open an English syllable ("IMPROVE", "ADDRESS") or close one ("PARTNER", "CONSTRUCT"). */
const ONSETS = new Set('BL BR CH CL CR DR FL FR GL GR KN PH PL PR SC SH SK SL SM SN SP SQ ST SW TH TR TW WH WR'.split(' '));
const CODAS = new Set('CK CT FT GH LD LF LK LL LM LP LT MP NC ND NG NK NS NT PT RB RC RD RG RK RL RM RN RP RS RT SH SK SP ST'.split(' '));
/** Runs of three consonants or more between vowels. */
const INNER_CLUSTERS = /(?<=[AEIOUY])[B-DF-HJ-NP-TV-XZ]{3,}(?=[AEIOUY])/g;

/**
 * Whether capitals could be spelt as an English word: each run of three consonants or more inside
 * them splits where a syllable closes or opens ("PART-NER", "IM-PROVE"). Letters that no word spells
 * so are an abbreviation's, vowels or not ("IDDSI framework"); "ADAPT", "THRIVE" and "PROMISE" are words.
 */
function spellable(key: string): boolean {
  for (const run of key.matchAll(INNER_CLUSTERS)) if (!ONSETS.has(run[0].slice(-2)) && !CODAS.has(run[0].slice(0, 2))) return false;
  return true;
}

/** Nouns after a name written in capitals ("the THRIVE framework"): the capitals are a name, read as the word. */
const NAMING = new Set(['framework', 'frameworks', 'model', 'models', 'approach', 'programme', 'programmes', 'toolkit', 'principles', 'initiative', 'project', 'campaign', 'award', 'awards', 'pathway', 'scheme']);

/**
 * A word in capitals used as a name ("the THRIVE framework", "our PROMISE programme", "the LeDeR
 * programme", "Op COURAGE", "Project SEARCH"): five letters or more with the vowels of a word, and a naming noun follows or "Op" or "Project" goes before (or, whatever its length, it is part of a coined name joined by hyphens before "trial" or "study": "the OLDER-FIT study") ("the CAPA model" is still an abbreviation). Known abbreviations ("CQUIN scheme") are never taken for this.
 */
function isNamedWord(doc: Doc, k: number, key: string, known: boolean): boolean {
  if (!known && inCodeNamedStudy(doc.tokens, k)) return true;
  if (known || key.length < 5 || !/^[A-Z][A-Za-z]+$/.test(key) || !isWordLike(key.toUpperCase()) || !spellable(key.toUpperCase())) return false;
  return NAMING.has(doc.tokens[k + 1]?.norm ?? '') || CODE_NAMED.has(doc.tokens[k - 1]?.norm ?? '');
}

/**
 * Whether capitals could be an English word: a vowel (or Y) in them. In a line written all in capitals
 * ("BAND 6 MSK PHYSIOTHERAPIST") letters that form no word ("MSK", "RMN") are still abbreviations.
 */
const formsWord = (key: string) => /[AEIOUY]/.test(key);

/**
 * Short words adverts write in capitals ("PLEASE NOTE", "APPLY NOW", "FULL TIME", "3 OR 4 days"), the field labels of
 * a job description's header ("JOB TITLE:", "BAND:", "GRADE:", "WARD/DEPT.", "ACCOUNTABLE TO:"), a
 * letter's greeting ("DEAR CANDIDATE"), a note's label ("TIP:"), the e-mail folders applicants are told to
 * check ("your Junk and SPAM areas"), words stressed in a sentence ("our MANY computer systems") and what a
 * piece is and who speaks in it ("TEXT – sent 14:05", "RADIO SCRIPT", "INTERVIEW GUIDE", a flattened table's "OTHER", "VOICE 1:", "SCENE 2.", "HOST (Jade):", "DR OKORO:").
 */
const SHOUTED = new Set(
  `please note apply now new job jobs role post posts salary hours about us the and for you your our we are will with
  must not only all any full part time day days week weeks per year team staff pay free help more info contact call
  email see read here today open start wanted needed urgent closing date dates notice update updated vacancy
  vacancies hiring join benefits location site parking bonus fixed term perm permanent temp bank locum nights night
  late early shift shifts weekend weekends tel mob ref no yes draft final reminder covid advert adverts notes memo brief
  tip tips hint hints junk spam alert alerts opportunity opportunities
  agenda plus left right many much most never always every very really even still also
  title band grade ward dept person type within dental to or nor but if base
  one two three four five six seven eight nine ten male female males females
  dear hello hi welcome thank thanks regards candidate candidates applicant applicants
  text script radio poster flyer leaflet transcript voice music scene host guest narrator presenter interviewer caption
  guide interview interviews questions pack form checklist other
  dr mrs miss`.split(/\s+/),
);

/** Latin phrases adverts write in capitals on a pay or cover line: "£21,318 PRO RATA", "£24,000 PER ANNUM", "on an AD HOC basis". */
const LATIN_PHRASES = new Set(['pro rata', 'per annum', 'per diem', 'ad hoc']);

/** Whether the capitals at k are a word of a Latin phrase with the word beside them on the line ("PRO RATA", "PRO-RATA"). */
function inLatinPhrase(doc: Doc, k: number, key: string): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  const word = key.toLowerCase();
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return (next !== undefined && next.line === t.line && LATIN_PHRASES.has(`${word} ${next.norm}`)) || (prev !== undefined && prev.line === t.line && LATIN_PHRASES.has(`${prev.norm} ${word}`));
}

/**
 * A word of a phrase shouted inside a line ("Contract: FIXED TERM UNTIL 31 MARCH"): an unknown word
 * with the vowels of a word whose neighbours in its run of capitals, two or more, are all words
 * adverts shout. Letters beside them with no word's vowels ("FIXED TERM DBS") stay abbreviations.
 */
function amongShoutedWords(doc: Doc, k: number, key: string, known: boolean): boolean {
  if (known || !isWordLike(key) || /[^A-Z]/.test(key)) return false;
  const { tokens } = doc;
  let shouted = 0;
  for (let j = k - 1; inCapitalsRun(tokens, j, k) && !(tokens[j + 1]!.gap & GAP.BREAK); j--, shouted++) {
    if (!SHOUTED.has(tokens[j]!.norm)) return false;
  }
  for (let j = k + 1; inCapitalsRun(tokens, j, k) && !(tokens[j]!.gap & GAP.BREAK); j++, shouted++) {
    if (!SHOUTED.has(tokens[j]!.norm)) return false;
  }
  return shouted >= 2;
}

/**
 * A word of a field label written in capitals: a run of two capitals or more that opens its line and
 * ends in a colon ("SALARY SCALE: £24,000", "CONTRACT DURATION: Permanent"), the word with the
 * vowels of a word and not a known abbreviation ("DBS CHECK:" keeps DBS). One word alone before a
 * colon may be a unit's letters ("AMAU: you will rotate ..."), and is still read as one.
 */
function inFieldLabel(doc: Doc, k: number, key: string, known: boolean): boolean {
  // A short word ("END CARD:", "JOB REF:") needs only a vowel; it is read as a label word only in a label of two words or more, below.
  if (known || !formsWord(key)) return false;
  const word = isWordLike(key);
  const { tokens, text } = doc;
  const line = tokens[k]!.line;
  let first = k;
  while (first > 0 && tokens[first - 1]!.line === line) {
    if (!(tokens[first - 1]!.shape & SHAPE.UPPER)) return false;
    first--;
  }
  for (let j = k; j < tokens.length && tokens[j]!.line === line && tokens[j]!.shape & SHAPE.UPPER; j++) {
    if (text.charAt(tokens[j]!.end) !== ':') continue;
    if (j > first) return true;
    // One word alone on its line, in a block of such labels ("POST OF:", "BASE:", "REF NO:" over their values).
    return word && tokens[j + 1]?.line !== line && (isLabelLine(doc, first - 1) || isLabelLine(doc, j + 1));
  }
  return false;
}

/**
 * A script's cue for the studio, a label in capitals that opens square brackets before a colon: "[SFX: door
 * closes]", "[VO: …]". Letters standing alone in brackets ("[CQC]") are still read.
 */
function labelsCue(doc: Doc, t: Token): boolean {
  return doc.text.charAt(t.start - 1) === '[' && doc.text.charAt(t.end) === ':';
}

/** The capitals word that opens token k's line before a colon ("BOT: Hi", "USER: [name]"), or null. */
function lineLabel(doc: Doc, k: number): string | null {
  const t = doc.tokens[k]!;
  if ((k > 0 && doc.tokens[k - 1]!.line === t.line) || !(t.shape & SHAPE.UPPER) || doc.text.charAt(t.end) !== ':') return null;
  return t.norm;
}

/**
 * Whether the capitals opening token k's line before a colon name a speaker in a script or a chat log:
 * the text's lines open with such labels, one of them on two lines or more ("BOT: Hi …" / "USER: …" /
 * "BOT: Thanks …"). A job description's field labels ("BAND:", "BASE:") each open one line.
 */
function namesScriptSpeaker(doc: Doc, k: number): boolean {
  if (lineLabel(doc, k) === null) return false;
  let script = scripts.get(doc);
  if (script === undefined) {
    const seen = new Set<string>();
    script = false;
    for (let j = 0; j < doc.tokens.length && !script; j++) {
      const label = lineLabel(doc, j);
      if (label === null) continue;
      script = seen.has(label);
      seen.add(label);
    }
    scripts.set(doc, script);
  }
  return script;
}
const scripts = new WeakMap<Doc, boolean>();

/** The marks after "PS" that make it a postscript's label: "PS:", "PS,". */
const COLON_OR_COMMA = new Set([':', ',']);
/**
 * A postscript's mark, opening a line or a sentence of an e-mail before a colon, a comma or running text in lower
 * case: "PS: the clinic has moved", "See you Monday. PS the lift is out"; not a person specification named as a
 * subject ("PS is attached", "PS and JD below").
 */
const POSTSCRIPT = new Set(['PS', 'PPS']);
/** Words after "PS" that make it a subject, a person specification named ("PS is attached"), not a postscript's mark. */
const NOT_POSTSCRIPT_TEXT = new Set(['is', 'are', 'was', 'and', 'or', 'attached', 'enclosed']);
function opensPostscript(doc: Doc, k: number, key: string): boolean {
  if (doc.kind !== 'email' || !POSTSCRIPT.has(key)) return false;
  const t = doc.tokens[k]!;
  const before = doc.tokens[k - 1];
  if (before !== undefined && before.line === t.line && before.sentence === t.sentence) return false;
  if (COLON_OR_COMMA.has(doc.text.charAt(t.end))) return true;
  const next = doc.tokens[k + 1];
  return next !== undefined && next.sentence === t.sentence && /^[a-z]/.test(doc.text.charAt(next.start)) && !NOT_POSTSCRIPT_TEXT.has(next.norm);
}

/** Whether the line of token k is a label in capitals and nothing else: "REF NO:" alone on its line. */
function isLabelLine(doc: Doc, k: number): boolean {
  const { tokens, text } = doc;
  const t = tokens[k];
  if (!t) return false;
  let last = k;
  while (last + 1 < tokens.length && tokens[last + 1]!.line === t.line) last++;
  for (let j = k; j >= 0 && tokens[j]!.line === t.line; j--) if (!(tokens[j]!.shape & SHAPE.UPPER)) return false;
  for (let j = k; j <= last; j++) if (!(tokens[j]!.shape & SHAPE.UPPER)) return false;
  return text.charAt(tokens[last]!.end) === ':';
}

/**
 * A word in capitals joined by a slash to a label word in capitals ("PAY BAND/RANGE", "POST/ROLE"): one
 * label with two words. It needs the vowels of a word and must not be a known abbreviation ("GP/ANP").
 */
function pairedWithLabel(doc: Doc, k: number, key: string, known: boolean): boolean {
  if (known || !isWordLike(key)) return false;
  return (k > 0 && labelBeyondSlash(doc, k - 1, k)) || (k + 1 < doc.tokens.length && labelBeyondSlash(doc, k + 1, k + 1));
}

/** Whether token j is a label word in capitals and token `after` follows a bare slash ("BAND/RANGE"). */
function labelBeyondSlash(doc: Doc, j: number, after: number): boolean {
  const { tokens, text } = doc;
  return (tokens[j]!.shape & SHAPE.CAPITALS) !== 0 && SHOUTED.has(tokens[j]!.norm) && text.slice(tokens[after - 1]!.end, tokens[after]!.start) === '/';
}

/** Title Case nouns after a venue's name, which may be written in capitals: "the IBIS Hotel", "the ODEON Cinema". */
const VENUES = new Set(['hotel', 'inn', 'arena', 'stadium', 'theatre', 'cinema', 'restaurant', 'cafe', 'café', 'club']);

/**
 * A venue's name written in capitals: an unknown word with the vowels of a word before a venue's noun
 * with a capital ("meet at the IBIS Hotel"). Letters with no word's vowels ("the RCN Club") stay abbreviations.
 */
function namesVenue(doc: Doc, k: number, key: string, known: boolean): boolean {
  const next = doc.tokens[k + 1];
  if (known || !isWordLike(key) || next === undefined || next.line !== doc.tokens[k]!.line || next.gap) return false;
  return VENUES.has(next.norm) && (next.shape & SHAPE.CAP) !== 0 && !(next.shape & SHAPE.CAPITALS);
}

/** Kinds of institution a name made of letters comes before: "UCL university", "the LSE college". */
const INSTITUTIONS = new Set(['university', 'college']);

/** Whether the letters at token k are an institution's own name, as its kind after them says in small letters ("UCL university"). */
function namesInstitution(doc: Doc, k: number): boolean {
  const next = doc.tokens[k + 1];
  return next !== undefined && INSTITUTIONS.has(next.norm) && !(next.shape & SHAPE.CAP) && next.line === doc.tokens[k]!.line && !(next.gap & (GAP.BREAK | GAP.COMMA));
}

/** An organisation's legal form in letters, which ends its name as "Ltd" does: "… Healthcare CIC", "… Mental Health NHSFT". */
const LEGAL_FORM_LETTERS = new Set(['CIC', 'CIO', 'PLC', 'LLP', 'LTD', 'NHSFT', 'NHST']);

/** A legal form's letters run into the end of a company's abbreviation: "NHFML" (… Limited), "ABCLTD". */
const RUN_IN_LEGAL_FORMS = ['LTD', 'PLC', 'LLP', 'CIC', 'L'];
/** The fewest letters the company's own abbreviation keeps before its legal form. */
const MIN_COMPANY_LETTERS = 3;

/** The company's abbreviation in letters that end with a legal form run into them ("NHFM" in "NHFML"), or null. */
function companyStem(key: string): string | null {
  for (const form of RUN_IN_LEGAL_FORMS) {
    if (key.length - form.length >= MIN_COMPANY_LETTERS && key.endsWith(form)) return key.slice(0, -form.length);
  }
  return null;
}

/**
 * Whether the letters at k are the legal form ending an organisation's name: straight after a
 * capitalised word of the name on its line ("Medway Community Healthcare CIC"), or "FT" after "NHS"
 * ("Greater Manchester Mental Health NHS FT"). Said alone ("our NHSFT", "a CIC") they are still letters to explain.
 */
function endsNameAsLegalForm(doc: Doc, k: number, key: string): boolean {
  const prev = doc.tokens[k - 1];
  const t = doc.tokens[k]!;
  if (!prev || prev.line !== t.line || t.gap & (GAP.COMMA | GAP.BREAK | GAP.SLASH)) return false;
  if (key === 'FT') return prev.norm === 'nhs';
  return LEGAL_FORM_LETTERS.has(key) && (prev.shape & SHAPE.CAP) !== 0 && !(prev.shape & SHAPE.CAPITALS) && !doc.expectsCapital(k - 1);
}

/** Abbreviations of everyday English that every reader knows ("FYI", "ASAP", "TBC" for to be confirmed, "CCTV", the paper sizes "A4" and "A5"). */
const EVERYDAY = new Set(['FYI', 'ASAP', 'TBC', 'TBA', 'CCTV', 'A3', 'A4', 'A5']);
/** Question words, which a heading in capitals opens ("WHY BANK?", "HOW TO APPLY"), never an abbreviation. */
const QUESTION_WORDS = new Set(['WHY', 'HOW', 'WHAT', 'WHEN', 'WHERE']);
/** A phone's message formats, everyday English where a message is meant ("SMS reminders", "by SMS"); "the SMS team" is a service. */
const MESSAGE_FORMATS = new Set(['SMS', 'MMS', 'DM', 'DMs']);
/** Other ways a message comes, listed with a format: "answering calls and DMs", "texts or SMS". */
const MESSAGE_CHANNELS = new Set(['calls', 'emails', 'e-mails', 'texts', 'messages', 'comments', 'enquiries']);
/** Words for messages after a format ("SMS reminders", "an SMS batch"), or whom it is sent to ("DM us"). */
const MESSAGE_WORDS = new Set(['message', 'messages', 'messaging', 'text', 'texts', 'batch', 'reminder', 'reminders', 'notification', 'notifications', 'alert', 'alerts', 'us', 'me']);
/** Words before a format that make it the way a message is sent ("by SMS", "via SMS"). */
const MESSAGE_BEFORE = new Set(['by', 'via']);
/**
 * "SMS 1 (sent 07:02)", "SMS 2": a message format opening its line with a number heads one of a run of
 * messages, a text; the substance misuse service is not numbered so.
 */
function numbersMessage(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  return (prev === undefined || prev.line !== doc.tokens[k]!.line) && digitsBeside(doc, k + 1, k);
}
/** Whether token j, in token k's sentence, is one of `words`. */
const wordBeside = (doc: Doc, k: number, j: number, words: ReadonlySet<string>) => {
  const t = doc.tokens[j];
  return t !== undefined && t.sentence === doc.tokens[k]!.sentence && words.has(t.norm);
};
/** A bus, road or motorway's number: a capital and one to three digits ("A2", "X3", "M25"). */
const ROUTE_NUMBER = /^[A-Z]\d{1,3}$/;
/** Words of travel that make such a code a route: "the X3 and 41 bus routes", "off the M25", "on the A2 bus route". */
const ROUTE_WORDS = new Set(['bus', 'buses', 'route', 'routes', 'road', 'motorway', 'junction', 'coach', 'tram']);
/** How many words a route's number may come before or after its travel word ("junction 4 of the M5"). */
const ROUTE_REACH = 4;
const QUESTION_NUMBER = /^Q\d{1,2}$/;
/** A document's version, "V2" in "V2.1": a number follows its dot. */
const VERSION = /^V\d{1,2}$/;
/** A clock time written as one word: "7AM", "12PM". */
const CLOCK_TIME = /^\d{1,2}[AP]M$/;
/** An email's subject prefixes ("RE:", "FW:"). */
const SUBJECT_PREFIXES = new Set(['RE', 'FW', 'FWD']);

/** Currency codes written with an amount: "GBP 24,000 - 30,000", "30,000 EUR". */
const CURRENCIES = new Set(['GBP', 'EUR', 'USD']);
/** An ordinal's ending set apart from its number in a date in capitals: "13 TH FEBRUARY", "1 ST MAY". */
const ORDINAL_ENDINGS = new Set(['ST', 'ND', 'RD', 'TH']);
/** An ordinal written in capitals with its number: "7TH MARCH", "21ST", "2ND INTERVIEW". */
const ORDINAL = /^\d{1,4}(?:ST|ND|RD|TH)$/;
/** Whether token j holds a digit ("22ND", "2026") on the line of token k. */
const digitsBeside = (doc: Doc, j: number, k: number) => {
  const t = doc.tokens[j];
  return t !== undefined && (t.shape & SHAPE.DIGIT) !== 0 && t.line === doc.tokens[k]!.line;
};

/** Whether token j is a number on the line of token k: "24,000" beside "GBP". */
const numberBeside = (doc: Doc, j: number, k: number) => {
  const t = doc.tokens[j];
  return t !== undefined && (t.shape & SHAPE.NUMBER) !== 0 && t.line === doc.tokens[k]!.line;
};

/**
 * Whether token k stands alone in square brackets at the start of its line: "[TEXT] – Staff Bank".
 * Only the gap before the token is read, so each gap is read once per text.
 */
function opensLineInBrackets(doc: Doc, k: number): boolean {
  const { text, tokens } = doc;
  const t = tokens[k]!;
  if (text.charAt(t.start - 1) !== '[' || text.charAt(t.end) !== ']') return false;
  const prev = tokens[k - 1];
  if (prev === undefined) return /^\s*$/.test(text.slice(0, t.start - 1));
  if (prev.line === t.line) return false;
  return /\n[ \t]*$/.test(text.slice(prev.end, t.start - 1));
}

/** Words of time before a month's name: "in JUNE", "from SEPTEMBER", "by late OCTOBER", "every APRIL". */
const TIME_BEFORE_MONTH = new Set(['in', 'from', 'until', 'till', 'by', 'during', 'since', 'before', 'after', 'early', 'late', 'mid', 'throughout', 'each', 'every', 'next', 'last', 'this', 'of']);

/** Words of a radio script or advert, where "FM" after a station's name is its band ("Harwick FM"), not facilities management. */
const RADIO = new Set(['radio', 'broadcast', 'listeners']);
/** Whether "FM" at k ends a station's name ("Harwick FM", a capitalised name before it, not "The FM team") in a text about radio. */
function namesStation(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  return prev !== undefined && prev.line === doc.tokens[k]!.line && (prev.shape & SHAPE.CAP) !== 0 && !(prev.shape & SHAPE.CAPITALS) && !DETERMINERS.has(prev.norm) && !PREPOSITIONS.has(prev.norm) && doc.holdsAny(RADIO);
}

/** Whether the format at k is listed with another way a message comes: "calls and DMs", "DMs or comments". */
function listedWithChannel(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const joined = (j: number, other: number) => LIST_JOINERS.has(tokens[j]?.norm ?? '') && MESSAGE_CHANNELS.has(tokens[other]?.norm ?? '') && tokens[other]!.sentence === tokens[k]!.sentence;
  return joined(k - 1, k - 2) || joined(k + 1, k + 2);
}

/** The days of the week, whole and short: "Sun AM", "Wednesday PM". */
const DAY_NAMES = new Set([...[...CALENDAR].filter((w) => w.endsWith('day')), ...'mon tue tues wed weds thu thur thurs fri sat sun'.split(' ')]);

/** "FYI", "9 AM", "5.30 PM", "RE: Band 6 advert": everyday abbreviations, times and an email subject's prefix. */
function isEverydayAbbreviation(doc: Doc, k: number, key: string): boolean {
  // "Q1", "Q12": a question's number in interview notes.
  if (EVERYDAY.has(key) || QUESTION_WORDS.has(key) || QUESTION_NUMBER.test(key) || CLOCK_TIME.test(key) || ORDINAL.test(key) || isRouteNumber(doc, k, key)) return true;
  if (key === 'FM' && namesStation(doc, k)) return true;
  if (MESSAGE_FORMATS.has(key) && (wordBeside(doc, k, k + 1, MESSAGE_WORDS) || wordBeside(doc, k, k - 1, MESSAGE_BEFORE) || numbersMessage(doc, k) || listedWithChannel(doc, k))) return true;
  if (VERSION.test(key) && /^\.\d/.test(doc.text.slice(doc.tokens[k]!.end, doc.tokens[k]!.end + 2))) return true;
  if (CURRENCIES.has(key) && (numberBeside(doc, k + 1, k) || numberBeside(doc, k - 1, k))) return true;
  if (ORDINAL_ENDINGS.has(key) && numberBeside(doc, k - 1, k)) return true;
  // A month's name in capitals in a date ("22ND APRIL", "1ST MAY"); not a month's short form ("MAR 2", a chart).
  if ((key.length > 3 || key === 'MAY') && MONTHS.has(key.toLowerCase()) && (digitsBeside(doc, k - 1, k) || digitsBeside(doc, k + 1, k))) return true;
  // "held in JUNE", "from SEPTEMBER": a month in full after a word of time; not "MARCH", also a trauma protocol's name.
  if (key.length > 3 && key !== 'MARCH' && MONTHS.has(key.toLowerCase()) && wordBeside(doc, k, k - 1, TIME_BEFORE_MONTH)) return true;
  const prev = doc.tokens[k - 1];
  // "9 AM", "Sun AM", "Tues PM": the time of a day.
  if ((key === 'AM' || key === 'PM') && prev && (prev.shape & SHAPE.DIGIT || DAY_NAMES.has(prev.norm)) && prev.line === doc.tokens[k]!.line) return true;
  // "[TEXT]", "[END]": a word in capitals alone in square brackets opening its line marks a part of a
  // script or a message; "… Care Unit [PICU]" after its words is their abbreviation.
  if (formsWord(key) && opensLineInBrackets(doc, k)) return true;
  return SUBJECT_PREFIXES.has(key) && doc.text.charAt(doc.tokens[k]!.end) === ':' && opensSubject(doc, k);
}

/** Whether the code at token k is a bus, road or motorway's number, with a word of travel near it in its sentence. */
function isRouteNumber(doc: Doc, k: number, key: string): boolean {
  if (!ROUTE_NUMBER.test(key)) return false;
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  for (let j = Math.max(0, k - ROUTE_REACH); j <= k + ROUTE_REACH && j < tokens.length; j++) {
    if (tokens[j]!.sentence === sentence && ROUTE_WORDS.has(tokens[j]!.norm)) return true;
  }
  return false;
}

/** Whether token k opens a line or an e-mail's subject: "RE:" at the start, or after "Subject:" or another "FW:". */
function opensSubject(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  if (!prev || prev.line !== doc.tokens[k]!.line) return true;
  const after = doc.text.charAt(prev.end) === ':';
  return after && (prev.norm === 'subject' || SUBJECT_PREFIXES.has(prev.norm.toUpperCase()));
}

/**
 * Whether token k is on an e-mail's recipient line: those name the readers, who know their own names
 * ("To: PCN Board", "Cc: ICB workforce team"); the sender's line is read like the rest ("From: Cedar
 * Ward (PICU)").
 */
function inAddressLine(doc: Doc, k: number): boolean {
  const label = addressLabelOf(doc, k);
  return label !== undefined && label !== 'from';
}

/** Verbs that minutes and notes put after a speaker's initials: "SW raised that…", "KL noted…". */
const REPORTING = new Set([
  'raised', 'noted', 'said', 'asked', 'felt', 'agreed', 'suggested', 'commented', 'mentioned', 'added', 'queried', 'stated', 'reported',
  'confirmed', 'explained', 'thought', 'questioned', 'disagreed', 'proposed', 'highlighted', 'pointed', 'reminded', 'challenged', 'wondered', 'advised',
]);

/**
 * Whether unknown capitals of two or three letters open a sentence or an item before a verb of
 * reporting: "SW raised that…", "- KL noted…". They are a speaker's initials in minutes, not an abbreviation.
 */
function reportsSpeaker(doc: Doc, k: number, key: string): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return key.length <= 3 && /^[A-Z]+$/.test(key) && tokens[k - 1]?.sentence !== t.sentence && next !== undefined && next.sentence === t.sentence && REPORTING.has(next.norm);
}

/** Labels whose value is a reference, not prose: "Job ref: CORP 12", "Reference AH/33/17". */
const REFERENCE_LABELS = new Set(['ref', 'reference', 'ref.']);

/**
 * A reference or serial code, not an abbreviation: capitals joined by hyphens or slashes to a number
 * of three digits or more, or in a chain of three parts or more with a digit ("350-MHC7217674",
 * "346-NYA-116-25-A", "AH/33/17"), capitals holding a run of four digits ("MHC7217674") or a
 * zero-padded number ("XN03"), or the value after a reference label ("Job ref CORP"). "ICD-10" and
 * "FY1/FY2" keep their letters' meaning.
 */
function inReferenceCode(doc: Doc, k: number, key: string): boolean {
  const { tokens } = doc;
  if (/\d{4}/.test(key) || ZERO_PADDED.test(key) || FIGURES_AROUND.test(key) || afterReferenceLabel(doc, k) || endsReference(doc, k) || stampsVersion(doc, k, key) || namesStandard(doc, k, key)) return true;
  const JOINED = GAP.HYPHEN | GAP.SLASH;
  let first = k;
  while (first > 0 && tokens[first]!.gap & JOINED) first--;
  let last = k;
  while (last + 1 < tokens.length && tokens[last + 1]!.gap & JOINED) last++;
  // A chain of letters alone is a list of abbreviations ("the teams at SJUH/LGI/CAH"), not a code.
  let digits = false;
  for (let j = first; j <= last; j++) {
    const t = tokens[j]!;
    if (t.shape & SHAPE.DIGIT) digits = true;
    if (j !== k && t.shape & SHAPE.NUMBER && t.end - t.start >= 3) return true;
  }
  return digits && last - first >= 2;
}

/**
 * A writer's initials dating a version of the document, alone at the start of a line before a month (full or
 * short, "Sept") and
 * a year ("SLP April 2018" at the foot of a job description's page): a stamp, not an abbreviation.
 */
function stampsVersion(doc: Doc, k: number, key: string): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  const month = tokens[k + 1];
  const year = tokens[k + 2];
  return (
    key.length <= 4 && counts(key).upper === key.length && tokens[k - 1]?.line !== t.line && month?.line === t.line && MONTHS.has(month.norm) &&
    year?.line === t.line && /^(?:19|20)\d\d$/.test(doc.text.slice(year.start, year.end)) && tokens[k + 3]?.line !== t.line
  );
}

/** The international and British standards bodies, whose letters open a standard's number ("BS EN 60601"). */
const STANDARDS_BODIES = new Set(['ISO', 'IEC', 'BS', 'EN']);
/** How many bodies' letters may open a standard's number: "BS EN ISO 13485". */
const BODIES_RUN = 3;
/** Words of the trades that work to such standards by their codes: a post in one knows them. */
const STANDARDS_TRADES: ReadonlySet<string> = new Set([
  'engineering', 'engineer', 'estates', 'electrical', 'electrician', 'laboratory', 'laboratories', 'lab', 'pathology', 'decontamination', 'cyber',
]);
/** The trades named in more than one word. */
const STANDARDS_TRADE_PHRASES = [['sterile', 'services'], ['medical', 'devices'], ['information', 'security'], ['clinical', 'safety']];
/** Words that say what a standard is for, beside its code: "ISO 15189 accreditation", "certified to ISO 9001". */
const STANDARD_SUBJECTS: ReadonlySet<string> = new Set([
  'accreditation', 'accredited', 'certification', 'certified', 'compliance', 'compliant', 'standard', 'standards', 'regulations', 'wiring', 'quality',
]);
/** How many words either side of a standard's code its subject may be. */
const SUBJECT_REACH = 3;

/**
 * Whether the letters at token k are a standards body's before the standard's number, on its line, in a
 * post whose trade works to such standards or beside what the standard is for: "ISO 15189 accreditation",
 * "BS 7671" in an electrician's advert. There the letters are the standard's name, not an abbreviation to
 * spell out; elsewhere ("ISO 27001" in a receptionist's advert) the reader may not know them. (An NHS
 * memorandum, "HTM 01-05", is not a standards body's and stays jargon.)
 */
function namesStandard(doc: Doc, k: number, key: string): boolean {
  const { tokens } = doc;
  if (!STANDARDS_BODIES.has(key)) return false;
  const line = tokens[k]!.line;
  for (let j = k + 1; j <= k + BODIES_RUN && j < tokens.length && tokens[j]!.line === line; j++) {
    const t = tokens[j]!;
    if (t.shape & SHAPE.NUMBER) return t.end - t.start >= 3 && (inStandardsTrade(doc) || besideSubject(doc, k, j));
    if (!STANDARDS_BODIES.has(doc.text.slice(t.start, t.end))) return false;
  }
  return false;
}

/** Whether the document names a trade that works to standards by their codes. */
const inStandardsTrade = (doc: Doc) => doc.holdsAny(STANDARDS_TRADES) || doc.documentHas(STANDARDS_TRADE_PHRASES);

/** Whether a word saying what the standard is for is on its line, just before its letters at k or just after its number at n. */
function besideSubject(doc: Doc, k: number, n: number): boolean {
  const { tokens } = doc;
  const line = tokens[k]!.line;
  for (let j = k - 1; j >= 0 && j >= k - SUBJECT_REACH && tokens[j]!.line === line; j--) if (STANDARD_SUBJECTS.has(tokens[j]!.norm)) return true;
  for (let j = n + 1; j < tokens.length && j <= n + SUBJECT_REACH && tokens[j]!.line === line; j++) if (STANDARD_SUBJECTS.has(tokens[j]!.norm)) return true;
  return false;
}

/** Words between a reference's label and its value: "Reference No:", "Ref number". */
const REFERENCE_NUMBER = new Set(['no', 'number', 'num']);

/** Labels whose values are codes: "KSF Tracking Code – SCO6 – TN8", "Cost code: AB12". */
const CODE_LABELS = new Set(['code', 'codes']);
/** How many codes a code's label may have after it on its line. */
const CODE_VALUES = 3;

/** Whether token k is the value after a reference's label: "Job ref CORP", "Reference no: E15-30". */
function afterReferenceLabel(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const prev = tokens[k - 1];
  if (!prev) return false;
  if (REFERENCE_LABELS.has(prev.norm)) return true;
  if (REFERENCE_NUMBER.has(prev.norm) && prev.line === tokens[k]!.line && REFERENCE_LABELS.has(tokens[k - 2]?.norm ?? '')) return true;
  return afterCodeLabel(doc, k);
}

/**
 * Whether token k, letters with a digit, is one of the codes after a code's label on its line, each
 * set off by a dash, a colon or a space: "Tracking Code – SCO6 – TN8", "tracking code SCO6 TN13". Letters with no digit after "Code:"
 * ("Dress code: PPE provided") are still read as an abbreviation.
 */
function afterCodeLabel(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const line = tokens[k]!.line;
  for (let j = k - 1; j >= 0 && j >= k - CODE_VALUES && tokens[j]!.line === line; j--) {
    // Set off by a dash or a colon, or by a space alone: "KSF tracking code SCO6 TN13".
    const gap = tokens[j + 1]!.gap;
    if (!(tokens[j + 1]!.shape & SHAPE.DIGIT) || (gap !== 0 && !(gap & GAP.BREAK))) return false;
    if (CODE_LABELS.has(tokens[j]!.norm)) return true;
  }
  return false;
}

/**
 * Whether the letters at token k end a reference after its numbers: "REFERENCE No: 0415 19305 DM",
 * "Ref: 1014/16921 SMO" (a recruiter's initials closing the code, not an abbreviation to explain).
 */
function endsReference(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const line = tokens[k]!.line;
  let j = k - 1;
  while (j >= 0 && k - j <= 4 && tokens[j]!.line === line && tokens[j]!.shape & SHAPE.NUMBER) j--;
  if (j === k - 1 || j < 0 || tokens[j]!.line !== line) return false;
  if (REFERENCE_NUMBER.has(tokens[j]!.norm)) j--;
  return j >= 0 && tokens[j]!.line === line && REFERENCE_LABELS.has(tokens[j]!.norm);
}

/** Letters with a number padded by a zero ("XN03", "XR06"): a pay or post code, as a level or grade ("FY1", "ST3", "NVQ2") never is. */
const ZERO_PADDED = /^[A-Z]+0\d+$/;
/** Letters between figures ("4HF221", "7QZ09"): a cost or stock code. An abbreviation may open with a figure ("2WW") but does not end with one too. */
const FIGURES_AROUND = /^\d+[A-Z]+\d+$/;

/**
 * The words the text writes as a name elsewhere, with a capital where one is not due, or as a first
 * name and surname ("Enquiries to: Lorna Samson"): the same word in capitals ("Yours sincerely LORNA SAMSON") is that name, not an
 * abbreviation. Found once per text, when asked.
 */
const namedWordsCache = new WeakMap<Doc, Set<string>>();
function namedWords(doc: Doc): Set<string> {
  let named = namedWordsCache.get(doc);
  if (!named) {
    named = new Set();
    const { tokens } = doc;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!(t.shape & SHAPE.CAP) || t.shape & SHAPE.CAPITALS) continue;
      // Where a capital is due (a line's start, after a colon), only a first name with its surname counts.
      const next = tokens[k + 1];
      const pair = next !== undefined && next.line === t.line && next.gap === 0 && next.shape & SHAPE.CAP && !(next.shape & SHAPE.CAPITALS);
      if (!doc.expectsCapital(k) || pair) named.add(t.norm);
    }
    namedWordsCache.set(doc, named);
  }
  return named;
}

/**
 * An unknown word in capitals that could be a word (a vowel in it), which the text also writes as a
 * name: "TRAC" beside "Trac", the system's name written both ways.
 */
const isNameInCapitals = (doc: Doc, key: string, known: boolean) => !known && counts(key).upper === key.length && formsWord(key) && namedWords(doc).has(key.toLowerCase());

/**
 * The words the text writes in small letters, maybe with a first capital ("Main duties of the job"),
 * outside web and email addresses: found once per text, when asked.
 */
const plainWordsCache = new WeakMap<Doc, Set<string>>();
function plainWords(doc: Doc): Set<string> {
  let plain = plainWordsCache.get(doc);
  if (!plain) {
    plain = new Set();
    // A web or email address's words are written small by habit ("/bame-network"), not as words of the text.
    for (const t of doc.tokens) if (!(t.shape & (SHAPE.CAPITALS | SHAPE.DIGIT)) && !inAddress(doc, t)) plain.add(t.norm);
    plainWordsCache.set(doc, plain);
  }
  return plain;
}

/** Whether the text writes `word` in small letters: the word index first rules out most words, without the pass over every token that plainWords makes. */
const writesPlain = (doc: Doc, word: string) => doc.holds(word) && plainWords(doc).has(word);

/** The shortest capitals with one vowel read as a word the text also writes small ("SKILLS"; "PALS" stays letters). */
const ONE_VOWEL_WORD = 5;

/**
 * An unknown word in capitals of four letters or more, with the vowels of a word (or five letters or
 * more with one: "SKILLS", "TASKS"), that the text also writes in ordinary letters: a heading or a word
 * stressed ("MAIN DUTIES" under "Main duties of the job", "LANGUAGE SKILLS" over "skills in written
 * English"), not an abbreviation. An abbreviation is not also written as a word in the same text.
 */
const isPlainWordInCapitals = (doc: Doc, key: string, known: boolean) =>
  !known && key.length >= 4 && counts(key).upper === key.length && (isWordLike(key) || (key.length >= ONE_VOWEL_WORD && formsWord(key))) && writesPlain(doc, key.toLowerCase());

/** Verbs that take a keyword to send: "reply STOP", "text YES to 60777". */
const HAS_VOWEL = /[AEIOU]/;
const SEND_WORD = new Set(['reply', 'text', 'type', 'send', 'respond']);

/** Whether unknown capitals that read as a word are a keyword sent back: "reply STOP", "text YES". */
const isKeywordSent = (doc: Doc, k: number, key: string, known: boolean) =>
  !known && counts(key).upper === key.length && HAS_VOWEL.test(key) && SEND_WORD.has(doc.tokens[k - 1]?.norm ?? '') && doc.tokens[k - 1]!.sentence === doc.tokens[k]!.sentence;

/** Words that name a place by a code after them: "Room D1", "Bay B4", "Floor G02", "Ward F3", "desk L12". */
const PLACE_WORDS = new Set([
  'room', 'rooms', 'floor', 'block', 'bay', 'bays', 'suite', 'wing', 'building', 'gate', 'zone', 'pod', 'office', 'ward', 'wards',
  'theatre', 'theatres', 'unit', 'clinic', 'desk', 'desks',
]);
/** A place's code: one or two capitals and a number, maybe a letter after ("D1", "B12", "LG2A"). */
const PLACE_CODE = /^[A-Z]{1,2}\d{1,3}[A-Z]?$/;

/**
 * A room, bay or floor's code after the word that names the place: "Room D1, Castle Buildings". The
 * codes listed after it share the word: "desks B12 and C3", "Bays A1, A2 or A3".
 */
function isPlaceCode(doc: Doc, k: number, key: string): boolean {
  if (!PLACE_CODE.test(key)) return false;
  const { tokens } = doc;
  const isCode = (i: number) => PLACE_CODE.test(doc.text.slice(tokens[i]!.start, tokens[i]!.end));
  // Back over the earlier codes of a list and the words that join them, to the place's word.
  let j = k - 1;
  while (j >= 0 && j > k - 8 && (LIST_JOINERS.has(tokens[j]!.norm) || isCode(j))) j--;
  const place = tokens[j];
  if (!place || place.sentence !== tokens[k]!.sentence || !PLACE_WORDS.has(place.norm)) return saidToBePlace(doc, k);
  return j + 1 === k || isCode(j + 1);
}

/** How many describing words may stand between the article and the place's word: "a 17-bedded acute medical ward". */
const PLACE_DESCRIBED_REACH = 6;

/**
 * Whether the code is said, in its own sentence, to be a place: "K21 is a 24-bedded stroke ward", "G7, our
 * outpatient suite, …". A ward or a room named by its code is not letters to spell out.
 */
function saidToBePlace(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const next = tokens[k + 1];
  if (!next || next.sentence !== tokens[k]!.sentence) return false;
  const article = next.norm === 'is' ? k + 2 : next.gap & GAP.COMMA ? k + 1 : -1;
  if (article < 0 || !DETERMINERS.has(tokens[article]?.norm ?? '')) return false;
  for (let j = article + 1; j < tokens.length && j <= article + PLACE_DESCRIBED_REACH && tokens[j]!.sentence === next.sentence; j++) {
    if (PLACE_WORDS.has(tokens[j]!.norm)) return true;
    if (tokens[j]!.gap & (GAP.COMMA | GAP.BREAK)) return false;
  }
  return false;
}

/** Words that join a list of codes: "B12 and C3", "A1 or A2". */
const LIST_JOINERS = new Set(['and', 'or', '&']);

/** A letter or two and a number: the head of a clause's number when a decimal point and digits run on ("B14.2"). */
const OUTLINE_HEAD = /^[A-Z]{1,2}\d{1,3}$/;

/** "B14.2", "C3.1": a numbered clause or paragraph of a contract or a specification, not letters to spell out. */
function isOutlineNumber(doc: Doc, k: number, key: string): boolean {
  if (!OUTLINE_HEAD.test(key)) return false;
  const end = doc.tokens[k]!.end;
  const next = doc.text.charCodeAt(end + 1);
  return doc.text.charAt(end) === '.' && next >= 48 && next <= 57;
}

/** One letter and a number: an item's label in a numbered series ("C1 Customer service | C2 Telephone skills"). */
const SERIES_LABEL = /^([A-Z])(\d{1,2})$/;

/**
 * "C1 Customer service | C2 Telephone skills": items labelled in a series (a scoring sheet's criteria, a form's
 * questions), each label before its item's title, which name nothing to spell out. A label counts as one of a series when the next number with the same letter is in the
 * text too, or the one before it; a lone "C1 licence" is read as any other code.
 */
function isSeriesLabel(doc: Doc, k: number, key: string): boolean {
  const m = SERIES_LABEL.exec(key);
  if (m && inLabelRange(doc, k, m[1]!)) return true;
  // A label heads its item's title ("C1 Customer service"); "P1 and P2 incidents" are kinds of incident.
  const title = doc.tokens[k + 1];
  if (!m || title === undefined || title.line !== doc.tokens[k]!.line || !/^\p{Lu}\p{Ll}/u.test(doc.text.slice(title.start, title.start + 2))) return false;
  // Read once per label and text: a sheet repeats its labels on every row.
  let labels = seriesLabels.get(doc);
  if (!labels) {
    labels = new Map();
    seriesLabels.set(doc, labels);
  }
  const known = labels.get(key);
  if (known !== undefined) return known;
  const n = Number(m[2]);
  const { text } = doc;
  const has = (label: string) => {
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
      if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + label.length))) return true;
    }
    return false;
  };
  const series = has(`${m[1]}${n + 1}`) || (n > 1 && has(`${m[1]}${n - 1}`));
  labels.set(key, series);
  return series;
}
const seriesLabels = new WeakMap<Doc, Map<string, boolean>>();

/** The words or marks between the ends of a range of labels: "C1 to C4", "C1-C5". */
const RANGE_WORDS = new Set(['to', '-', '–']);

/** Whether token j is a label with the letter `letter`, written in capitals: "C4" after "C1 to". */
function labelWith(doc: Doc, j: number, letter: string): boolean {
  const t = doc.tokens[j];
  if (t === undefined) return false;
  const m = SERIES_LABEL.exec(doc.text.slice(t.start, t.end));
  return m !== null && m[1] === letter;
}

/** Whether the text between tokens a and b is a range's word or dash alone: " to ", "–". */
function rangeBetween(doc: Doc, a: number, b: number): boolean {
  const between = doc.text.slice(doc.tokens[a]!.end, doc.tokens[b]!.start).trim();
  return RANGE_WORDS.has(between);
}

/** Where the other end of a range may stand from a label: after a dash or "to", or before one. */
const RANGE_ENDS = [1, 2, -1, -2];

/** "score against C1 to C4": either end of a range of labels with one letter is a label, not an abbreviation. */
function inLabelRange(doc: Doc, k: number, letter: string): boolean {
  const line = doc.tokens[k]!.line;
  for (let i = 0; i < RANGE_ENDS.length; i++) {
    const other = k + RANGE_ENDS[i]!;
    // "criterion (C1–C5)" in brackets after its word is read as that word's labels (countedLabel), which explain later uses.
    if (!labelWith(doc, other, letter) || doc.tokens[other]!.line !== line || doc.tokens[Math.min(k, other)]!.gap & GAP.OPEN) continue;
    if (other > k ? rangeBetween(doc, k, other) : rangeBetween(doc, other, k)) return true;
  }
  return false;
}

/** A qualification's level run into its letter: "L2", "L3". */
const LEVEL_SHORTHAND = /^L[1-8]$/;
const LEVEL_WORDS = [['level'], ['levels']];
/** What a level is of: "our L2 or L3 apprenticeships", "a qualification at L4" (not the Legionella code "L8 water safety"). */
const LEVELLED = [['apprenticeship'], ['apprenticeships'], ['qualification'], ['qualifications'], ['nvq'], ['diploma'], ['certificate'], ['course'], ['or', 'above'], ['or', 'higher']];

/** "L3" where the text also writes "Level 3", said of a qualification: the writer's own words say what it means. */
const isLevelShorthand = (doc: Doc, k: number, key: string) =>
  LEVEL_SHORTHAND.test(key) && doc.sentenceHas(doc.tokens[k]!.sentence, LEVELLED) && doc.documentHas(LEVEL_WORDS);

/** A pay band run into its letter: "B5", "B8a". */
const BAND_SHORTHAND = /^B([1-9][a-d]?)$/;

/** "Band 5", "Band 8a" by the band each names: one list, so the document reads them all once (not once per "B5"). */
const BAND_PHRASES: ReadonlyMap<string, readonly string[]> = new Map(
  ['1', '2', '3', '4', '5', '6', '7', '8', '9'].flatMap((n) => ['', 'a', 'b', 'c', 'd'].map((l): [string, string[]] => [n + l, ['band', n + l]])),
);
const BAND_LIST = [...BAND_PHRASES.values()];

/** "B5" where the text also writes "Band 5": the writer's own words say what it means (not vitamin B6 in a band 5 post). */
function isBandShorthand(doc: Doc, key: string): boolean {
  const phrase = BAND_PHRASES.get(BAND_SHORTHAND.exec(key)?.[1]?.toLowerCase() ?? '');
  return phrase !== undefined && doc.phrasesIn(BAND_LIST).has(phrase);
}

/** Roman numerals that number a model or an edition: "IV" is left out, as it also stands for intravenous. */
const MODEL_NUMERALS = new Set(['II', 'III', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII']);

/** Words a pay grade's code follows: "Band B1", "Grade D2" on a local scale name the grade, whose letter is no initial. */
const PAY_GRADES: ReadonlySet<string> = new Set(['band', 'grade']);
/**
 * A grade's code: one letter and its step ("B1", "C2", "D8a"), not a training grade's letters ("Grade ST3") nor a
 * foundation doctor's year ("Grade F1"), which a reader outside medicine still needs spelt out.
 */
const GRADE_CODE = /^(?!F[12]$)[A-Z][1-9]\d?[a-d]?$/;

/**
 * Roman numerals after "Part", "Band"...: "Part II"; and a model's or an edition's numeral straight after
 * its name, where the capital is the name's, not a sentence's: after a capitalised word ("Octopus III"),
 * or after an abbreviation the text explains ("HRT II" beside "Heidelberg Retinal Topography"). After an
 * abbreviation left unexplained ("RSA III"), both are flagged as the writer left them.
 */
function isNumeral(doc: Doc, k: number, key: string): boolean {
  const prev = doc.tokens[k - 1];
  if (prev && MODEL_NUMERALS.has(key) && prev.sentence === doc.tokens[k]!.sentence && !(doc.tokens[k]!.gap & GAP.COMMA) && prev.shape & SHAPE.CAP && !doc.expectsCapital(k - 1)) {
    if (!(prev.shape & SHAPE.CAPITALS)) return true;
    const name = abbreviationOf(doc, k - 1);
    if (name && (spelledByInitials(doc, name.key, startsOf(doc)) || definedInPlace(doc, name))) return true;
  }
  if (!NUMBERED.has(prev?.norm ?? '')) return false;
  return /^[IVX]+$/.test(key) || (/\d/.test(key) && (prev!.norm.startsWith('categor') || (PAY_GRADES.has(prev!.norm) && GRADE_CODE.test(key))));
}

/** The text of token j as written, or '' past the ends. */
const wordAt = (doc: Doc, j: number) => (doc.tokens[j] ? doc.text.slice(doc.tokens[j]!.start, doc.tokens[j]!.end) : '');

/** The driving licence categories with a digit (DVLA): "C1 licence", "has the D1 for the minibus". */
const LICENCE_CATEGORIES = new Set(['C1', 'C1E', 'D1', 'D1E']);
const LICENCE_WORDS = ['licence', 'license', 'licences', 'driving', 'drive', 'drives', 'driver', 'drivers', 'vehicle', 'vehicles', 'minibus'].map((w) => [w]);

/** A licence category in a text about driving is a code, not jargon to spell out. */
const isLicenceCategory = (doc: Doc, key: string) => LICENCE_CATEGORIES.has(key) && doc.documentHas(LICENCE_WORDS);

/** A postcode written without its space ("BB23HH", "SW1A1AA"): an outward half then an inward one. */
const JOINED_POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/;

/** Postcodes ("BS1 4XY"): both halves, or the two run together. */
function inPostcode(doc: Doc, k: number, key: string): boolean {
  const { tokens } = doc;
  if (JOINED_POSTCODE.test(key)) return true;
  if (OUTWARD_POSTCODE.test(key) && INWARD_POSTCODE.test(wordAt(doc, k + 1)) && tokens[k + 1]!.line === tokens[k]!.line) return true;
  return INWARD_POSTCODE.test(key) && OUTWARD_POSTCODE.test(wordAt(doc, k - 1));
}

/**
 * The dictionary's short forms written as words ("optom": optometrist, "paeds"): keys with no
 * capital, matched in any case. Once per dictionary.
 */
const shortFormsCache = new WeakMap<object, ReadonlySet<string>>();
function shortFormsOf(known: Readonly<Record<string, unknown>>): ReadonlySet<string> {
  let short = shortFormsCache.get(known);
  if (!short) {
    short = new Set(Object.keys(known).filter((key) => /^[a-z]+$/.test(key)));
    shortFormsCache.set(known, short);
  }
  return short;
}

/** A section of an Act in shorthand: "s136", "s2" (the Mental Health Act's sections, "section 136" spelled). */
const SECTION = /^s\d{1,3}$/;

/** A word of letters that may close a compound after a combining form: "geriatrics", "vascular". */
const COMBINED_WORD = /^[a-z]{4,}$/;

/** The short form or statute section at token k, if it is one ("Optom", "optoms'", "s136"). */
function shortFormAt(doc: Doc, k: number, short: ReadonlySet<string>): Abbreviation | null {
  const t = doc.tokens[k]!;
  const raw = doc.text.slice(t.start, t.end).replace(/['’]s?$/, '');
  const end = t.start + raw.length;
  const lower = raw.toLowerCase();
  // "Ortho-Geriatrics", "endo-vascular": joined by a hyphen to a word after it, a combining form ending
  // in "o" opens a compound, and is no word cut short; "Paeds-trained" and "Obs-monitoring" still are.
  const next = doc.tokens[k + 1];
  if (lower.endsWith('o') && next && next.gap & GAP.HYPHEN && next.line === t.line && COMBINED_WORD.test(next.norm)) return null;
  if (short.has(lower)) return { token: k, key: lower, start: t.start, end, plural: false };
  if (lower.endsWith('s') && short.has(lower.slice(0, -1))) return { token: k, key: lower.slice(0, -1), start: t.start, end, plural: true };
  if (SECTION.test(raw)) return { token: k, key: raw, start: t.start, end, plural: false };
  return null;
}

/**
 * Whether a token whose `base` is `word` may be a short form or a section (shortFormAt decides): its
 * text without a possessive, in lower case, is that `base` whenever shortFormAt finds one.
 */
function mayBeShortForm(word: string, short: ReadonlySet<string>): boolean {
  if (short.has(word) || (word.endsWith('s') && short.has(word.slice(0, -1)))) return true;
  // A section is "s" and one to three digits: test the expression only on a word that starts so.
  return word.length <= 4 && word.charCodeAt(0) === 115 && SECTION.test(word);
}

/**
 * A dictionary's entries as a map, once per dictionary: a key sliced from the text is found in a
 * map by its characters, where reading it as an object's property first looks the string up among
 * V8's property names (a call into the runtime for each abbreviation in the text).
 */
const dictionaries = new WeakMap<object, ReadonlyMap<string, unknown>>();
function dictionaryOf<T>(known: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  let entries = dictionaries.get(known);
  if (!entries) {
    entries = new Map(Object.entries(known));
    dictionaries.set(known, entries);
  }
  return entries as ReadonlyMap<string, T>;
}

/** Per dictionary's short forms: whether each word may be one (mayBeShortForm), by the word's number. */
const shortFormTables = new WeakMap<ReadonlySet<string>, WordFlags>();
function shortFormWords(short: ReadonlySet<string>): WordFlags {
  let table = shortFormTables.get(short);
  if (!table) {
    table = new WordFlags((word) => mayBeShortForm(word, short));
    shortFormTables.set(short, table);
  }
  return table;
}

/**
 * Whether the text has a word a short form was cut from, in any form: "paediatric" for "paeds",
 * "optometry" for "optom", "obstetric" for "obs". The reader can tell the short form from it.
 */
function clippedFrom(doc: Doc, key: string): boolean {
  const stem = key.length > 3 && key.endsWith('s') ? key.slice(0, -1) : key;
  return doc.tokens.some((t) => t.norm.length > stem.length + 1 && t.norm.startsWith(stem));
}

/** Whether the text spells out the section a shorthand names: "section 136" for "s136". */
function sectionSpelled(doc: Doc, key: string): boolean {
  return SECTION.test(key) && doc.documentHas([['section', key.slice(1)]]);
}

/** How many words of a name and post-nominals may stand between the title and a post-nominal. */
const NAME_REACH = 6;

/**
 * Whether the capitals at k follow a titled person's name, as letters after a name do ("Mr Raj
 * Patel MRPharmS", "Dr Ann Lee MBChB, MRCGP"): each word back to the title is capitalised, and
 * none is a job's or a service's word.
 */
function isPostNominal(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const line = tokens[k]!.line;
  // "SCBU Manager", "CRHT Clinical Lead": letters before a capitalised word name a team, not a qualification.
  const next = tokens[k + 1];
  if (next && next.line === line && !(next.gap & GAP.COMMA) && next.shape & SHAPE.CAP && !(next.shape & SHAPE.CAPITALS)) return false;
  for (let j = k - 1; j >= 0 && j >= k - NAME_REACH && tokens[j]!.line === line; j--) {
    const t = tokens[j]!;
    // A comma goes back only over other letters after the name ("Dr Ann Lee MBChB, MRCGP"), not to the name ("Dr Ann Lee, CRHT lead").
    if (tokens[j + 1]!.gap & GAP.COMMA && !(t.shape & SHAPE.CAPITALS)) return false;
    if (PERSONAL_TITLES.has(t.norm)) return j < k - 1;
    // A name's words, not a job's ("Deputy Sister/Charge Nurse - SSU").
    if (!(t.shape & SHAPE.CAP) || nounClass(t.base) !== undefined) return false;
  }
  return false;
}

/** The tests of English a regulator sets for those trained abroad, who sit them. */
const ENGLISH_TESTS = new Set(['IELTS', 'OET']);
/** The regulators whose English requirement such a test meets. */
const REGULATORS = new Set(['NMC', 'GMC', 'HCPC', 'GPhC', 'GDC', 'GOC']);
/** Words by which a sentence says the regulator requires the level: "the level the NMC requires", "the standard set by the GMC". */
const REQUIRING = new Set(['require', 'requires', 'required', 'requirement', 'requirements', 'set', 'sets', 'standard', 'standards']);

/** Words that open a clause after a comma to say how the requirement just named is met: "…, shown by IELTS or OET". */
const MET_BY = new Set(['shown', 'evidenced', 'demonstrated', 'proven', 'proved', 'met', 'via', 'through', 'by', 'such', 'e.g', 'eg', 'i.e', 'ie', 'namely', 'usually', 'typically', 'normally', 'currently']);

/** Words that open a clause after a comma to say the test is the requirement named in it: "…, as the NMC requires", "…, in line with the GMC standard". */
const AS_REQUIRED = new Set(['as', 'per', 'meeting', 'matching', 'in', 'which']);

/**
 * Whether the letters at k are an English test named as what a regulator requires ("the level the NMC
 * requires (IELTS 7.0 or OET grade B)"): the fair route already given, in the names its applicants sit.
 * The regulator's requirement is read in the test's own clause, or in the clause just before when the
 * test follows it in brackets or as how it is met ("…, shown by IELTS"), or in the clause after that
 * says the test is that requirement ("IELTS 7.0, as the NMC requires"). A test demanded on its own
 * ("IELTS 8 in every band"), or above the regulator's level in a clause of its own ("IELTS 7.5; the NMC
 * standard is 7.0"), is still read.
 */
function testRegulatorSets(doc: Doc, k: number, key: string): boolean {
  if (!ENGLISH_TESTS.has(key)) return false;
  const { tokens } = doc;
  const clause = tokens[k]!.clause;
  const [start, to] = doc.clauseRange(clause);
  const opening = tokens[start]!;
  const joined = clause > 0 && tokens[start - 1]?.sentence === opening.sentence && (opening.gap & GAP.OPEN || (opening.gap & GAP.COMMA && MET_BY.has(opening.norm)));
  const from = joined ? doc.clauseStart(clause - 1) : start;
  // "IELTS 7.0 overall, as the NMC requires": the requirement named in the clause after, joined by "as" or the like.
  const next = tokens[to];
  const end = next && next.sentence === opening.sentence && next.gap & GAP.COMMA && AS_REQUIRED.has(next.norm) ? doc.clauseEnd(next.clause) : to;
  let regulator = false;
  let requiring = false;
  for (let j = from; j < end; j++) {
    if (REQUIRING.has(tokens[j]!.norm)) requiring = true;
    else if (REGULATORS.has(abbreviationOf(doc, j)?.key ?? '')) regulator = true;
  }
  return regulator && requiring;
}

/** Capitals then a number with no space: "NHS111" (a service's name). */
const NUMBERED_NAME = /^([A-Z]{2,})\d+$/;
/** Letters and a number, one letter or more: one of a series ("C1" to "C5", "V300" and "V150") another use explains. */
const NUMBERED_SERIES = /^([A-Z]+)\d+$/;

/** An abbreviation every reader knows run into a number ("NHS111"): as known as the abbreviation. */
function understoodNumbered(key: string, understood: ReadonlySet<string>): boolean {
  const letters = NUMBERED_NAME.exec(key)?.[1];
  return letters !== undefined && understood.has(letters);
}

/** Every abbreviation in the text, in order, that an applicant might not know. */
export function findAbbreviations(doc: Doc, understood: ReadonlySet<string>, known: Readonly<Record<string, unknown>> = {}): Abbreviation[] {
  // The acronym rule and plain English both ask, with the same lists: found once per text.
  const last = abbreviationsCache.get(doc);
  if (last && last.understood === understood && last.known === known) return last.found;
  const found = abbreviationsIn(doc, understood, known);
  abbreviationsCache.set(doc, { understood, known, found });
  return found;
}
const abbreviationsCache = new WeakMap<Doc, { understood: ReadonlySet<string>; known: Readonly<Record<string, unknown>>; found: Abbreviation[] }>();

/**
 * Whether the abbreviation at token k is one every reader knows. One that the dictionary gives several
 * meanings has an insiders' sense too, and is the known one only where it opens a name: "HM Coroner"
 * (His Majesty's), not "report to the HM" (Head of Midwifery).
 */
function understoodHere(doc: Doc, k: number, key: string, understood: ReadonlySet<string>, known: Readonly<Record<string, unknown>>): boolean {
  if (!understood.has(key)) return false;
  if (!Array.isArray(dictionaryOf(known).get(key))) return true;
  const next = doc.tokens[k + 1];
  return next !== undefined && next.line === doc.tokens[k]!.line && !(doc.tokens[k + 1]!.gap & (GAP.COMMA | GAP.BREAK)) && (next.shape & SHAPE.CAP) !== 0;
}

function abbreviationsIn(doc: Doc, understood: ReadonlySet<string>, known: Readonly<Record<string, unknown>>): Abbreviation[] {
  const found: Abbreviation[] = [];
  /** Codes seen once as a category or numeral ("category C1") are codes everywhere in the text. */
  const codes = new Set<string>();
  const short = shortFormsOf(known);
  // Whether each distinct word could be a short form or a section ("optoms", "s136"): decided once
  // per word and thread (shortFormWords), read once per word of the text: 0 not yet read, 1 no, 2 yes.
  const { words, base, numbers } = doc.wordIds();
  const mayBeShort = shortFormWords(short);
  const clipped = new Uint8Array(words.length);
  for (let k = 0; k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    // Two capitals ("PCN", "eRS", "GPhC"), or a capital and a digit ("S1"): most words have neither.
    if (!(t.shape & SHAPE.CAPITALS) && !(t.shape & SHAPE.CAP && t.shape & SHAPE.DIGIT)) {
      const id = base[k]!;
      if (clipped[id] === 0) clipped[id] = mayBeShort.has(numbers[id]!, words[id]!) ? 2 : 1;
      if (clipped[id] === 1) continue;
      const word = shortFormAt(doc, k, short);
      if (word && !t.quoted && !inAddress(doc, t)) found.push(word);
      continue;
    }
    const a = abbreviationOf(doc, k);
    // "AIDs": a known abbreviation ending in S, its last letter written small, is not a plural.
    if (!a || understoodHere(doc, k, a.key, understood, known) || (a.plural && understood.has(`${a.key}S`)) || t.quoted || understoodNumbered(a.key, understood)) continue;
    if (isNumeral(doc, k, a.key) || isLicenceCategory(doc, a.key) || isPlaceCode(doc, k, a.key) || isLevelShorthand(doc, k, a.key) || isBandShorthand(doc, a.key) || isOutlineNumber(doc, k, a.key)) {
      codes.add(a.key);
      continue;
    }
    const isKnown = dictionaryOf(known).has(a.key);
    if (
      !inAddress(doc, t) && !inPostcode(doc, k, a.key) && !(inCapitalsLine(doc, k) && formsWord(a.key) && !(isKnown && !isWordLike(a.key) && isCapitalsSentence(doc, k))) && !isShouted(doc, k, a.key, isKnown) &&
      !isNamedWord(doc, k, a.key, isKnown) && !isEverydayAbbreviation(doc, k, a.key) && !inAddressLine(doc, k) &&
      !inReferenceCode(doc, k, a.key) && !isNameInCapitals(doc, a.key, isKnown) && !isPlainWordInCapitals(doc, a.key, isKnown) && !isKeywordSent(doc, k, a.key, isKnown) && !inFieldLabel(doc, k, a.key, isKnown) &&
      !inCapitalsHeading(doc, k, a.key, isKnown) && !headsSentenceRunIn(doc, k, a.key, isKnown) && !amongShoutedWords(doc, k, a.key, isKnown) && !inLatinPhrase(doc, k, a.key) && !namesInstitution(doc, k) && !namesVenue(doc, k, a.key, isKnown) && !endsNameAsLegalForm(doc, k, a.key) && !pairedWithLabel(doc, k, a.key, isKnown) && !isPostNominal(doc, k) &&
      !testRegulatorSets(doc, k, a.key) &&
      !(!isKnown && reportsSpeaker(doc, k, a.key)) && !(!isKnown && labelsCue(doc, t)) && !(!isKnown && namesScriptSpeaker(doc, k)) && !isSeriesLabel(doc, k, a.key) && !opensPostscript(doc, k, a.key) &&
      !namedToSpellOut(doc, a)
    ) {
      found.push(a);
    }
  }
  return codes.size === 0 ? found : found.filter((a) => !codes.has(a.key));
}

/** A capitalised word run into three capitals or more: "TeamLGT" (a trust's tag), not a qualification's "DipHE". */
const RUN_INTO_WORD = /^[A-Z][a-z]{2,}([A-Z]{3,})$/;

/** The abbreviation a word is run into ("LGT" in "TeamLGT"), or null. */
const runIntoWord = (key: string) => RUN_INTO_WORD.exec(key)?.[1] ?? null;

/** One letter and a number: a label for the numbered word it takes its letter from ("criterion" for C1). */
const LETTER_NUMBER = /^[A-Z]\d{1,2}$/;
/** Words that number what they name, so a letter and a number in brackets after one labels it: "criterion (C1)", not "Cardiology (C1)". */
const COUNTED: ReadonlySet<string> = new Set([
  'criterion', 'criteria', 'question', 'questions', 'standard', 'standards', 'section', 'sections', 'item', 'items',
  'stage', 'stages', 'level', 'levels', 'band', 'bands', 'competency', 'competencies', 'domain', 'domains', 'step', 'steps',
]);

/** "each essential criterion (C1–C5)", "question (Q3)": a letter and a number in brackets after the word it numbers. */
function countedLabel(doc: Doc, a: Abbreviation): boolean {
  const t = doc.tokens[a.token]!;
  const prev = doc.tokens[a.token - 1];
  return !!(t.gap & GAP.OPEN) && !!prev && prev.line === t.line && LETTER_NUMBER.test(a.key) && COUNTED.has(prev.norm) && prev.norm.charAt(0) === a.key.charAt(0).toLowerCase();
}

/** "Primary Care Network (PCN)" or "PCN (Primary Care Network)": the writer spells it out where it is used. */
function definedInPlace(doc: Doc, a: Abbreviation): boolean {
  const { tokens } = doc;
  const t = tokens[a.token]!;
  const next = tokens[a.token + 1];
  // "NHS Wales / GIG Cymru": a Welsh organisation name beside the English one the text gives.
  if (next?.norm === 'cymru' && doc.documentHas(WALES)) return true;
  // "units of dental activity, or UDAs": the words before ", or" give its capitals.
  const prev = tokens[a.token - 1];
  if (prev?.norm === 'or' && prev.gap & GAP.COMMA && prev.line === t.line && initialsBefore(doc, a.token - 1, a.key)) return true;
  // "HM Revenue and Customs (HMRC)": part of the name that another acronym's brackets spell out.
  if (inSpelledName(doc, a) || inBracketsSpellingAnother(doc, a)) return true;
  if (countedLabel(doc, a)) return true;
  if (spelledByHeadingAbove(doc, a)) return true;
  // "ACR (Its Expansion)", "NEWS2 (the National Early Warning Score)": words in brackets straight
  // after, the first (after an article) with the same initial.
  const opening = next && NAMING_APPOSITION.has(next.norm) ? tokens[a.token + 2] : next;
  // A code with digits ("V300") is explained by any words in brackets after it: its letters are no initials.
  const code = /\d/.test(a.key);
  if (next && next.gap & GAP.OPEN && opening && next.line === t.line && opening.line === t.line && (code || doc.text.charAt(opening.start).toUpperCase() === a.key.charAt(0).toUpperCase())) {
    return !(code && (next.shape & SHAPE.DIGIT || NOT_EXPLAINING.has(next.norm)));
  }
  // "ECGs (heart traces)": brackets straight after it that hold only a few plain words, the writer's gloss.
  if (next && next.gap & GAP.OPEN && next.line === t.line && plainGlossFrom(doc, a.token + 1)) return true;
  // "OPCS-4 (the classification of procedures)": a code's letters and its number joined by a hyphen, then words in brackets.
  const after = tokens[a.token + 2];
  if (next && next.gap & GAP.HYPHEN && next.shape & SHAPE.NUMBER && after && after.gap & GAP.OPEN && after.line === t.line && !(after.shape & SHAPE.DIGIT) && !NOT_EXPLAINING.has(after.norm)) return true;
  // "IAPT (now NHS Talking Therapies)", "(formerly the CCG)": the name it goes by now, or went by.
  if (next && next.gap & GAP.OPEN && next.line === t.line && RENAMED.has(next.norm) && namesInWords(doc, a.token + 2)) return true;
  // "EMIS is our clinical record system", "SystmOne is the record we use": what kind of thing it is, said straight after it.
  if (next && !next.gap && (next.norm === 'is' || next.norm === 'are') && tokens[a.token + 2]?.line === t.line && namesKindInBrackets(doc, a.token + 2, APPOSITION_KINDS)) return true;
  // "EMIS Web (the clinical system our practices use)", "the R4 diary (our booking software)": brackets
  // just after its name that say in ordinary words what kind of thing it is.
  // "EMIS Web, the practice's clinical system", "RiO, our electronic patient record": the same said
  // after a comma, of a system (a kind an apposition cannot mean otherwise).
  for (let j = a.token + 1; j <= a.token + 3 && j < tokens.length && tokens[j]!.line === t.line; j++) {
    if (tokens[j]!.gap & GAP.OPEN) {
      if (namesKindInBrackets(doc, j) || (j === a.token + 1 && namesServiceInBrackets(doc, j))) return true;
      break;
    }
    if (tokens[j]!.gap & GAP.COMMA) {
      if (namesKindInBrackets(doc, j, APPOSITION_KINDS)) return true;
      break;
    }
  }
  // "HPV vaccination sessions (human papillomavirus)": brackets a few words on, whose words give its
  // letters, the first two as initials (so "ICU beds (including ...)" is not an explanation).
  for (let j = a.token + 2; j <= a.token + 4 && j < tokens.length && tokens[j]!.line === t.line; j++) {
    if (tokens[j]!.gap & GAP.OPEN) {
      if (spelledInBrackets(doc, j, a.key) || nearlySpelledInBrackets(doc, j, a.key)) return true;
      // "WWHAM questions (Who is it for, ...)", "CPD courses (continuing education)": one plain noun on, brackets opening with its initial.
      if (j === a.token + 2 && !(tokens[j - 1]!.shape & (SHAPE.CAP | SHAPE.DIGIT)) && glossOpensWith(doc, j, a.key)) return true;
      break;
    }
  }
  // "PA1 and PA6 pesticide certificates (safe use of pesticides)": the certificate a code names, glossed just after.
  if (code && codeGlossedAfter(doc, a)) return true;
  // "robotic dispensing units (RDU cabinets)": the writer's words for the thing, then its letters and its noun in brackets.
  if (glossedBeforeNamedThing(doc, a)) return true;
  // "NT, our night team, ...", "CMHT - the community mental health team": words after a comma or a
  // dash whose initials give its capitals, in any case (the writer is explaining it there).
  const explains = next && (next.gap & (GAP.COMMA | GAP.BREAK) || EXPLAINING.has(next.norm));
  if (explains && !(next.gap & GAP.OPEN) && next.line === t.line && initialsAfter(doc, a.token + 1, a.key)) {
    return true;
  }
  // A glossary's line, "AHP Allied Health Professional": words straight after it, each with a capital,
  // whose initials are all its letters.
  if (next && !next.gap && next.line === t.line && next.shape & SHAPE.CAP && spellsFrom(doc, a.token + 1, a.key.replace(/[^A-Z]/g, '').toLowerCase(), (w) => (w.shape & SHAPE.CAP) !== 0)) {
    return true;
  }
  // "MCA, which is the law on mental capacity", "V300 - the nurse prescribing qualification": the
  // writer says what it is straight after it, in words that need not spell it.
  if (next && next.line === t.line && describedAfter(doc, a)) return true;
  // "our PROUD values – Patients first, Respect, ...": the list after it, one item a letter.
  if (next && next.line === t.line && spelledByListAfter(doc, a)) return true;
  // "… nurse, social worker or occupational therapist (RMN, RNLD, SW or OT)": one label in brackets for each post just listed.
  if (labelsListBefore(doc, a)) return true;
  // "Words That Spell It (ACR)": alone in brackets after words whose initials give its capitals, or
  // first in them before a comma and words about it ("… violence and aggression (PMVA, the training all
  // staff complete)"), or the first of a slash pair the same words give ("… design and manufacture (CAD/CAM)").
  const head = BRACKET_HEAD.exec(doc.text.slice(a.end, a.end + 3));
  // After a comma only words about it, not a list of others: "(PMVA, the training …)", not "(PMVA, RRT and CPR)".
  const closes = head !== null && (!head[0].endsWith(',') || ABOUT_IT.has(next?.norm ?? ''));
  // "Certificate of Competence in Safe Use of Pesticides (PA1 and PA6)": codes alone in brackets after the name they are codes of.
  if (code && codeListNamedBefore(doc, a)) return true;
  if (!(t.gap & GAP.OPEN) || !closes || a.token === 0) return slashPairSpelled(doc, a);
  // "non-medical prescribing qualification (V300)", "Employee Specification Form (M23)": a code after the words that name it.
  if (code && namesCodedBefore(doc, a.token)) return true;
  // "Non-medical prescribing (V100) qualification": the code inside the name, whose noun comes straight after the brackets.
  if (code && next && next.line === t.line && next.gap & GAP.CLOSE && CODE_HOLDERS.has(next.norm)) return true;
  return initialsBefore(doc, a.token, a.key) || namesDegreeBefore(doc, a) || namedBefore(doc, a) || nearlySpelledBefore(doc, a) || plainGlossBefore(doc, a);
}

/** How many words may stand between a code and the brackets that gloss what it names. */
const CODE_GLOSS_REACH = 6;

/**
 * "PA1 and PA6 pesticide certificates (safe use of pesticides)": a code, maybe one of a list of codes, then
 * small-letter words ending with what it names (a certificate, a licence), and a plain gloss in brackets.
 */
function codeGlossedAfter(doc: Doc, a: Abbreviation): boolean {
  const { tokens, text } = doc;
  const line = tokens[a.token]!.line;
  let named = false;
  for (let j = a.token + 1; j < tokens.length && j <= a.token + CODE_GLOSS_REACH && tokens[j]!.line === line; j++) {
    const t = tokens[j]!;
    if (t.gap & GAP.OPEN) return named && plainGlossFrom(doc, j);
    if (t.gap & ~GAP.HYPHEN) return false;
    // Another code of the list, or the word joining them: "PA1 and PA6".
    if (LIST_JOINERS.has(t.norm) || NUMBERED_SERIES.test(text.slice(t.start, t.end))) named = false;
    else if (t.shape & (SHAPE.CAP | SHAPE.DIGIT)) return false;
    else named = CODE_HOLDERS.has(t.norm);
  }
  return false;
}

/**
 * "robotic dispensing units (RDU cabinets)": letters opening brackets with one plain noun after them,
 * the name of the thing the writer's own words just before describe, two words or more in small letters
 * whose initials give the letters in order (one initial is no gloss: "medicines reconciliation records (MDT notes)");
 * the brackets end the phrase (a stop, a comma, a preposition or the line's end).
 */
function glossedBeforeNamedThing(doc: Doc, a: Abbreviation): boolean {
  const { tokens, text } = doc;
  const t = tokens[a.token]!;
  const noun = tokens[a.token + 1];
  if (!(t.gap & GAP.OPEN) || !noun || noun.gap || noun.line !== t.line || noun.shape & (SHAPE.CAP | SHAPE.DIGIT) || text.charAt(noun.end) !== ')') return false;
  if (nounClass(noun.base) === 'person') return false;
  const after = tokens[a.token + 2];
  if (after && after.line === t.line && !/^\)\s*[.,;:]/.test(text.slice(noun.end, after.start)) && !PREPOSITIONS.has(after.norm)) return false;
  let first = -1;
  for (let j = a.token - 1; j >= 0 && a.token - j <= GLOSS_BEFORE_WORDS && tokens[j]!.line === t.line; j--) {
    const w = tokens[j]!;
    if (w.shape & (SHAPE.CAP | SHAPE.DIGIT) || GLOSS_STOPS.has(w.norm)) break;
    if (nounClass(w.base) === 'person') return false;
    first = j;
    if (w.gap & ~GAP.HYPHEN) break;
  }
  return first >= 0 && a.token - first >= 2 && initialsBefore(doc, a.token, a.key);
}

/** How many words a heading that spells out the letters under it may have. */
const HEADING_WORDS = 6;

/**
 * "Key result areas" / "KRA 1: Clinical": letters opening their line under a heading alone on the line
 * before, whose words' initials, in any case, are the letters (the writer's own key to them).
 */
function spelledByHeadingAbove(doc: Doc, a: Abbreviation): boolean {
  const { tokens } = doc;
  const prev = tokens[a.token - 1];
  if (!prev || prev.line === tokens[a.token]!.line) return false;
  let initials = '';
  let j = a.token - 1;
  for (; j >= 0 && tokens[j]!.line === prev.line && a.token - j <= HEADING_WORDS; j--) {
    if (!SKIPPED.has(tokens[j]!.norm)) initials = tokens[j]!.norm.charAt(0) + initials;
  }
  return (j < 0 || tokens[j]!.line !== prev.line) && initials === a.key.toLowerCase();
}

/** How many words a plain gloss before the letters may have: "texture-modified diets (IDDSI)". */
const GLOSS_BEFORE_WORDS = 4;

/**
 * "heart tracings (ECGs)", "texture-modified diets (IDDSI)": letters alone in brackets after the writer's
 * own words for the thing, two words or more in small letters that open an item of a list, none of them a person.
 */
function plainGlossBefore(doc: Doc, a: Abbreviation): boolean {
  const { tokens } = doc;
  const line = tokens[a.token]!.line;
  for (let j = a.token - 1, words = 1; j >= 0 && words <= GLOSS_BEFORE_WORDS && tokens[j]!.line === line; j--, words++) {
    const w = tokens[j]!;
    if (w.shape & (SHAPE.CAP | SHAPE.DIGIT) || GLOSS_STOPS.has(w.norm) || nounClass(w.base) === 'person') return false;
    // The gloss opens an item of a list, after a comma, a break, a bullet or "including": ", heart tracings", "including
    // texture-modified diets". After another preposition it may name a field the letters' post is in ("a qualification in mental health nursing (RMN)").
    if (w.gap & (GAP.COMMA | GAP.BREAK | GAP.BULLET) || tokens[j - 1]?.norm === 'including') return words >= 2;
  }
  return false;
}

/** Brackets closed straight after letters, maybe after a plural or possessive ending: "(PCN)", "(PCNs)". */
const BRACKET_CLOSE = /^['’]?s?[)\]]/;
/** What may follow letters that open brackets after the words spelling them: the close, a comma, or a slash to a pair. */
const BRACKET_HEAD = /^['’]?s?[)\],/]/;
/** Words that open what a comma in the brackets says about the letters before it: "(PMVA, the training all staff complete)". */
const ABOUT_IT: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'your', 'their', 'which', 'that', 'who']);

/**
 * The second of a slash pair in brackets, "(CAD/CAM)", after words that give both: the first's words
 * ("computer-aided design") and, after "and", a word with the second's last letter
 * ("… and manufacture"), the pair sharing the letters before it.
 */
function slashPairSpelled(doc: Doc, a: Abbreviation): boolean {
  const { tokens, text } = doc;
  const k = a.token;
  if (k < 2 || text.charAt(tokens[k]!.start - 1) !== '/' || !(tokens[k - 1]!.gap & GAP.OPEN)) return false;
  if (!BRACKET_CLOSE.test(text.slice(a.end, a.end + 3))) return false;
  const first = text.slice(tokens[k - 1]!.start, tokens[k - 1]!.end);
  const stem = a.key.slice(0, -1);
  if (first.length !== a.key.length || !first.startsWith(stem) || first === a.key) return false;
  // "… design and manufacture (CAD/CAM)": the word before the brackets gives the last letter, "and" before it.
  const last = tokens[k - 2]!;
  const and = tokens[k - 3];
  if (and?.norm !== 'and' || last.norm.charAt(0) !== a.key.charAt(a.key.length - 1).toLowerCase()) return false;
  return initialsBefore(doc, k - 3, first);
}

/** Words opening brackets that give a name it goes by now or went by: "(now NHS Talking Therapies)". */
const RENAMED = new Set(['now', 'formerly', 'previously', 'renamed']);

/**
 * Whether the bracket going on at token j names something in words, a capitalised word in ordinary
 * letters among them ("(now NHS Talking Therapies)"), not only by other letters ("(previously PAMs)").
 */
function namesInWords(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const line = tokens[j - 1]?.line;
  for (let k = j; k < tokens.length && k < j + SERVICE_NAME_WORDS && tokens[k]!.line === line && (k === j || !(tokens[k]!.gap & GAP.CLOSE)); k++) {
    if (/^\p{Lu}\p{Ll}{2}/u.test(doc.text.slice(tokens[k]!.start, tokens[k]!.start + 3))) return true;
  }
  return false;
}

/** How many words in brackets a service's name there may have. */
const SERVICE_NAME_WORDS = 8;

/**
 * Whether the brackets opening at token k hold a capitalised name ending in the kind of thing it is
 * ("OASIS (At Risk Mental State for Psychosis Service)"): the writer names the service its letters
 * stand for, though they are not its initials.
 */
function namesServiceInBrackets(doc: Doc, k: number): boolean {
  const { tokens, text } = doc;
  let named = 0;
  for (let j = k; j < tokens.length && j < k + SERVICE_NAME_WORDS && tokens[j]!.line === tokens[k]!.line; j++) {
    const t = tokens[j]!;
    if (j > k && t.gap & GAP.BREAK) return false;
    if (t.shape & SHAPE.CAP) named++;
    else if (!HEADING_GRAMMAR.has(t.norm)) return false;
    if (text.charAt(t.end) === ')') return named >= 3 && KINDS.has(t.base);
  }
  return false;
}

/** How many words before the brackets a name read by nearlySpelledBefore may have. */
const NAME_SPAN = 10;
/** Letters from which a name before the brackets may leave two of them out. */
const LONG_LETTERS = 6;

/**
 * "East of England Ambulance Service (EEAST)", "Bath & North East Somerset, Swindon, and Wiltshire
 * services (BSW)": capitals alone in brackets straight after a name of capitalised words (a head noun
 * in small letters may end it), whose initials give all its letters in order (others may come
 * between), all but the last of four or more, or all but two of six or more with the first and the
 * last among them, the name's first word giving the first. The writer names it there, though its
 * letters pass over words of the name or add the ones it leaves out (the "Trust" of EEAST).
 * "Leeds and York Partnership (LYT)" is not such a name.
 */
function nearlySpelledBefore(doc: Doc, a: Abbreviation): boolean {
  const letters = a.key.toLowerCase();
  if (letters.length < 3 || counts(a.key).upper !== a.key.length) return false;
  const { tokens } = doc;
  const line = tokens[a.token]!.line;
  let j = a.token - 1;
  if (j >= 0 && !(tokens[j]!.shape & SHAPE.CAP) && !SKIPPED.has(tokens[j]!.norm)) j--;
  let initials = '';
  // The same initials with the small words' among them: "Serious Hazards of Transfusion (SHOT)".
  let withSmall = '';
  for (let words = 0; j >= 0 && tokens[j]!.line === line && words < NAME_SPAN; j--) {
    const w = tokens[j]!;
    if (SKIPPED.has(w.norm)) withSmall = w.norm.charAt(0) + withSmall;
    if (SKIPPED.has(w.norm) || w.shape & SHAPE.CAPITALS) continue;
    if (!(w.shape & SHAPE.CAP)) break;
    words++;
    initials = w.norm.charAt(0) + initials;
    withSmall = w.norm.charAt(0) + withSmall;
    if (initials.charAt(0) !== letters.charAt(0)) continue;
    if (withSmall === letters) return true;
    // All the letters, or (four or more) all but the last: the legal form's "Trust" the name leaves out;
    // or (six or more) all but two, from the first letter to the last: the "Mental Health" a long
    // service name leaves out ("Sunderland Community Children and Young People's Service (SCCYPMHS)").
    const common = commonInOrder(letters, initials);
    if (common === letters.length || (letters.length >= 4 && commonInOrder(letters.slice(0, -1), initials) === letters.length - 1)) return true;
    if (letters.length >= LONG_LETTERS && common >= letters.length - 2 && initials.endsWith(letters.charAt(letters.length - 1))) return true;
  }
  return false;
}

/** The length of the longest run of letters that `a` and `b` share in the same order (both short). */
function commonInOrder(a: string, b: string): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) next[j] = a[i - 1] === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    row = next;
  }
  return row[b.length]!;
}

/** How many tokens on from an abbreviation the brackets of a longer one that holds it may open. */
const NAME_REACH_AHEAD = 8;

/**
 * Whether the abbreviation is part of a name that a longer acronym in brackets, a few words on and
 * holding its letters, spells out: "HM" in "HM Revenue and Customs (HMRC)".
 */
function inSpelledName(doc: Doc, a: Abbreviation): boolean {
  const { tokens } = doc;
  const line = tokens[a.token]!.line;
  for (let j = a.token + 1; j <= a.token + NAME_REACH_AHEAD && j < tokens.length && tokens[j]!.line === line; j++) {
    if (!(tokens[j]!.gap & GAP.OPEN)) continue;
    const longer = abbreviationOf(doc, j);
    return longer !== null && longer.key.length > a.key.length && longer.key.includes(a.key) && initialsBefore(doc, j, longer.key);
  }
  return false;
}

/**
 * Whether the abbreviation sits inside the brackets that spell out another acronym just before them:
 * "GI" in "JAG (Joint Advisory Group on GI Endoscopy)" is a word of that name. Only within the run of
 * capitalised name words: a comma, a semicolon or a word in small letters ends the name, and letters
 * after it are used, not spelt ("CMHT (Community Mental Health Team, including the EIP service)").
 */
function inBracketsSpellingAnother(doc: Doc, a: Abbreviation): boolean {
  const { tokens } = doc;
  const line = tokens[a.token]!.line;
  for (let j = a.token; j > 0 && j >= a.token - NAME_REACH_AHEAD && tokens[j]!.line === line; j--) {
    if (tokens[j]!.gap & GAP.CLOSE) return false;
    if (j < a.token && !(tokens[j]!.shape & SHAPE.CAP) && !SKIPPED.has(tokens[j]!.norm)) return false;
    if (tokens[j]!.gap & GAP.COMMA || (tokens[j]!.gap & GAP.BREAK && !(tokens[j]!.gap & GAP.OPEN))) return false;
    if (!(tokens[j]!.gap & GAP.OPEN)) continue;
    const outer = j < a.token ? abbreviationOf(doc, j - 1) : null;
    return outer !== null && tokens[j - 1]!.line === line && spelledInBrackets(doc, j, outer.key);
  }
  return false;
}

/** The words that ask for letters to be spelt out: "please spell out CRHTT", "expand PD on first use". */
const SPELL_OUT: string[][] = ['spell out', 'spell', 'write out', 'expand', 'define'].map((p) => p.split(' '));
/** How many words a list of letters asked to be spelt out may run to before the letters: "CRHTT, HTT and PD". */
const SPELL_OUT_LIST = 6;
/** Words before the verb that make it a request: "please expand", "could you define". */
const REQUESTING = new Set(['please', 'pls', 'kindly']);
const ASKING = new Set(['could', 'can', 'would', 'will']);
/** Words after the letters that keep them the verb's object, not a word of a noun phrase ("expand MSK services"). */
const AFTER_SPELT: ReadonlySet<string> = new Set(['in', 'on', 'at', 'throughout', 'when', 'where', 'before', 'the', 'first', 'each', 'every', 'here', 'there', 'above', 'below', 'as', 'so', 'please', 'for', 'too', 'again', 'fully']);

/** Whether the verb at s is asked of the reader: after "please" or "could you", or opening a sentence or a comment. */
function requested(doc: Doc, s: number): boolean {
  const { tokens, text } = doc;
  const before = tokens[s - 1];
  if (!before || before.sentence !== tokens[s]!.sentence || tokens[s]!.gap & (GAP.BREAK | GAP.NEWLINE | GAP.BULLET)) return true;
  if (REQUESTING.has(before.norm)) return true;
  if (before.norm === 'you' && ASKING.has(tokens[s - 2]?.norm ?? '')) return true;
  const between = text.slice(before.end, tokens[s]!.start);
  return between.includes(']') || between.includes(':');
}

/**
 * Whether the letters are in a list of letters straight after words asking for them to be spelt out ("please
 * spell out CRHTT, HTT and PD"): named as letters there, not used, so a later use is still read. Only a request
 * whose object is the letters: "we plan to expand ARRS roles" and "will define KPIs" use them.
 */
function namedToSpellOut(doc: Doc, a: Abbreviation): boolean {
  const { tokens } = doc;
  const t = tokens[a.token]!;
  let j = a.token;
  while (j > 0 && a.token - j < SPELL_OUT_LIST && tokens[j - 1]!.sentence === t.sentence && (tokens[j - 1]!.shape & SHAPE.UPPER || LIST_JOINERS.has(tokens[j - 1]!.norm))) j--;
  let end = a.token + 1;
  while (end < tokens.length && end - a.token < SPELL_OUT_LIST && tokens[end]!.sentence === t.sentence && (tokens[end]!.shape & SHAPE.UPPER || LIST_JOINERS.has(tokens[end]!.norm))) end++;
  const next = tokens[end];
  if (next && next.sentence === t.sentence && !(next.gap & (GAP.BREAK | GAP.COMMA)) && !AFTER_SPELT.has(next.norm)) return false;
  return SPELL_OUT.some((words) => j >= words.length && doc.phraseAt(j - words.length, words) && tokens[j - words.length]!.sentence === t.sentence && requested(doc, j - words.length));
}

/** How many capitalised words a name must have for the letters in brackets after it to be its own. */
const NAME_WORDS = 3;

/**
 * "Learning from Lives and Deaths (LeDeR)", "Recommended Summary Plan for Emergency Care and
 * Treatment (ReSPECT)": an acronym in capitals and small letters, whose letters need not be
 * initials, alone in brackets straight after a name of capitalised words that starts with its letter.
 */
function namedBefore(doc: Doc, a: Abbreviation): boolean {
  if (!/[a-z]/.test(a.key)) return false;
  const { tokens, text } = doc;
  const line = tokens[a.token]!.line;
  let words = 0;
  for (let j = a.token - 1; j >= 0 && tokens[j]!.line === line; j--) {
    const w = tokens[j]!;
    if (HEADING_GRAMMAR.has(w.norm) && words > 0) continue;
    if (!(w.shape & SHAPE.CAP) || w.shape & SHAPE.CAPITALS) break;
    // The name may start after other capitalised words ("Contribute to Learning from Lives…").
    if (++words >= NAME_WORDS && text.charAt(w.start) === a.key.charAt(0)) return true;
  }
  return false;
}

/**
 * Whether a known abbreviation alone in brackets follows the writer's own words for it, ending in the
 * kind of thing its expansion names ("according to written procedures (SOPs)" for "standard operating
 * procedure"): a word in small letters before that noun, not an article or a preposition. "mental
 * health nursing (RMN)" names a field, not the nurse, and is no such gloss.
 */
function glossedByKind(doc: Doc, a: Abbreviation, expansion: string): boolean {
  const { tokens, text } = doc;
  const t = tokens[a.token]!;
  const head = tokens[a.token - 1];
  const modifier = tokens[a.token - 2];
  if (!(t.gap & GAP.OPEN) || !/^['’]?s?\)/.test(text.slice(a.end, a.end + 3)) || !head || !modifier || head.gap || modifier.line !== t.line) return false;
  if (/[A-Z]/.test(text.slice(modifier.start, head.end)) || GLOSS_STOPS.has(modifier.norm)) return false;
  const kind = expansion.slice(expansion.lastIndexOf(' ') + 1).toLowerCase();
  return head.base === kind || head.base === `${kind}s`;
}
const GLOSS_STOPS = new Set(['a', 'an', 'the', 'our', 'your', 'their', 'its', 'this', 'that', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or']);

/** Words that open brackets after a code without saying what it is: "ST3 (or above)", "FY2 (minimum)". */
const NOT_EXPLAINING = new Set(['or', 'and', 'min', 'minimum', 'at', 'e', 'eg', 'i', 'ie', 'plus', 'see', 'from']);

/** How many words a plain gloss in brackets may have. */
const GLOSS_WORDS = 6;
/** Words that open or join brackets which qualify or list rather than explain: "(adult and paediatric)", "(including ...)". */
const NOT_GLOSSING: ReadonlySet<string> = new Set([...NOT_EXPLAINING, 'including', 'incl', 'such', 'as', 'if', 'where', 'when', 'not', 'no', 'desirable', 'essential', 'preferred', 'required', 'ideally']);

/**
 * Words that say when, how often or how good rather than what: "the AMU (our busiest ward)", "the RSV (new this
 * year)", "MSK clinic (mornings only)". Brackets holding one are no gloss.
 */
const WHEN_OR_PRAISE: ReadonlySet<string> = new Set([
  ...CALENDAR, 'new', 'newest', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'daily', 'weekly', 'monthly', 'yearly', 'annual', 'annually',
  'morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'night', 'nights', 'weekend', 'weekends', 'weekday', 'weekdays',
  'usually', 'often', 'always', 'sometimes', 'occasionally', 'rarely', 'normally', 'typically', 'generally', 'currently', 'now', 'soon', 'recently',
  'first', 'second', 'third', 'last', 'next', 'this', 'every', 'each', 'other', 'only', 'once', 'twice', 'per',
  'busiest', 'biggest', 'largest', 'best', 'finest', 'newest', 'favourite', 'popular', 'excellent', 'great', 'brilliant', 'award-winning', 'flagship',
]);

/**
 * Whether the brackets opening at token k hold a plain gloss: two to six words in small letters, an
 * article or a possessive first, no figure, number, comma or joining word, nothing of when or how good, and
 * nothing after them but the close ("(heart traces)"), unless the gloss ends in the kind of thing it is:
 * "RIO (patient electronic record system) and Excel" says what RIO is though the sentence goes on (not a
 * team or a service: "OT (community team) referrals" says whose, not what).
 */
function plainGlossFrom(doc: Doc, k: number): boolean {
  const { tokens, text } = doc;
  const line = tokens[k]!.line;
  let words = 0;
  for (let j = k; j < tokens.length && j < k + GLOSS_WORDS && tokens[j]!.line === line; j++) {
    const w = tokens[j]!;
    if ((j > k && w.gap & ~GAP.HYPHEN) || w.shape & (SHAPE.CAP | SHAPE.DIGIT) || NOT_GLOSSING.has(w.norm) || NUMBER_WORDS.has(w.norm) || WHEN_OR_PRAISE.has(w.norm)) return false;
    if (!(j === k && (NAMING_APPOSITION.has(w.norm) || KIND_OWNERS.has(w.norm)))) words++;
    if (text.charAt(w.end) === ')') return words >= 2 && (closesPhrase(doc, j) || namesKind(w.base, APPOSITION_KINDS));
  }
  return false;
}

/**
 * Whether the brackets closing after token j end the phrase they gloss: a stop, a comma or the line's end
 * follows, not more of a noun phrase ("SCPHN (health visiting) registration" names a kind of registration).
 */
function closesPhrase(doc: Doc, j: number): boolean {
  const next = doc.tokens[j + 1];
  return next === undefined || next.line !== doc.tokens[j]!.line || /^\)\s*[.,;:]/.test(doc.text.slice(doc.tokens[j]!.end, next.start));
}

/** How many words into the brackets glossOpensWith reads for words of when or how many. */
const GLOSS_READ_WORDS = 12;

/**
 * Whether the brackets opening at token k start, after an article, with the letters' initial and go on in
 * words that say nothing of when, how often or how many: "(continuing education)" for CPD, not "(mornings
 * only)" for MSK or "(one day a week)" for OT, which share the initial by chance.
 */
function glossOpensWith(doc: Doc, k: number, key: string): boolean {
  const { tokens, text } = doc;
  const first = NAMING_APPOSITION.has(tokens[k]!.norm) ? k + 1 : k;
  const w = tokens[first];
  const second = tokens[first + 1];
  if (!w || !second || w.line !== tokens[k]!.line || second.line !== w.line || second.gap & ~GAP.HYPHEN || NOT_GLOSSING.has(w.norm) || w.shape & SHAPE.DIGIT) return false;
  if (text.charAt(w.start).toUpperCase() !== key.charAt(0) || text.charAt(w.end) === ')') return false;
  for (let j = first; j < tokens.length && j < first + GLOSS_READ_WORDS && tokens[j]!.line === w.line; j++) {
    if (NUMBER_WORDS.has(tokens[j]!.norm) || WHEN_OR_PRAISE.has(tokens[j]!.norm)) return false;
    if (text.charAt(tokens[j]!.end) === ')') break;
  }
  return true;
}
/**
 * Words that name what a code stands for: a qualification or its holder ("the non-medical prescribing
 * qualification (V300)", "Independent prescriber (V300)") or a document ("the Employee Specification Form
 * (M23)"), not an activity ("Non-medical prescribing (V150 or V300)" says what the codes let you do, not
 * what they are).
 */
const CODE_HOLDERS = new Set([
  'qualification', 'qualifications', 'course', 'courses', 'certificate', 'certificates', 'licence', 'licences', 'award', 'prescriber', 'module', 'accreditation', 'programme',
  'form', 'forms', 'sheet', 'document', 'documents', 'policy', 'procedure', 'template', 'questionnaire', 'checklist',
]);

/** How many words before a code, or a list of codes, in brackets a noun naming what it is a code of may be: "prescribing qualification (V150 or V300)". */
const CODED_NEAR = 3;

/** Whether a word naming a qualification or a document comes within the few words before token k, which opens brackets of codes: one code and a list are read alike. */
function namesCodedBefore(doc: Doc, k: number): boolean {
  const line = doc.tokens[k]!.line;
  for (let j = k - 1; j >= 0 && k - j <= CODED_NEAR && doc.tokens[j]!.line === line; j--) if (CODE_HOLDERS.has(doc.tokens[j]!.norm)) return true;
  return false;
}

/** How many codes and joining words brackets holding only codes may have: "(PA1, PA4 and PA6)". */
const CODE_LIST_WORDS = 7;
/** How many words a capitalised name before such brackets may have: "Certificate of Competence in Safe Use of Pesticides". */
const CODED_NAME_WORDS = 10;

/** Whether token j is a code ("PA6") or a word joining codes in a list ("and"). */
const inCodeList = (doc: Doc, j: number) => LIST_JOINERS.has(doc.tokens[j]!.norm) || NUMBERED_SERIES.test(doc.text.slice(doc.tokens[j]!.start, doc.tokens[j]!.end));

/**
 * Whether the code at a stands in brackets that hold only codes and the words joining them, straight after
 * words naming what they are codes of: a qualifying noun within three words, or a capitalised name that opens
 * with one ("Certificate of Competence in Safe Use of Pesticides (PA1 and PA6)"). Brackets after other words
 * ("spray the verges (PA1 and PA6)") leave the codes unexplained.
 */
export function codeListNamedBefore(doc: Doc, a: Abbreviation): boolean {
  const { tokens, text } = doc;
  const line = tokens[a.token]!.line;
  let open = a.token;
  while (!(tokens[open]!.gap & GAP.OPEN)) {
    if (open === 0 || a.token - open >= CODE_LIST_WORDS || tokens[open]!.gap & (GAP.BREAK | GAP.NEWLINE)) return false;
    open--;
    if (tokens[open]!.line !== line || !inCodeList(doc, open)) return false;
  }
  for (let j = a.token; ; j++) {
    if (j - open >= CODE_LIST_WORDS || !inCodeList(doc, j)) return false;
    if (text.charAt(tokens[j]!.end) === ')') break;
    const next = tokens[j + 1];
    if (!next || next.line !== line || next.gap & (GAP.BREAK | GAP.NEWLINE)) return false;
  }
  if (open === 0 || tokens[open - 1]!.line !== line) return false;
  if (namesCodedBefore(doc, open)) return true;
  // A capitalised name, its small joining words aside, that says what it is: "Certificate of …", "… Award in …".
  for (let j = open - 1; j >= 0 && open - j <= CODED_NAME_WORDS && tokens[j]!.line === line; j--) {
    const w = tokens[j]!;
    if (!(w.shape & SHAPE.CAP) && !SKIPPED.has(w.norm)) return false;
    if (w.shape & SHAPE.CAP && CODE_HOLDERS.has(w.norm)) return true;
    if (w.gap & ~GAP.HYPHEN) return false;
  }
  return false;
}

/** Words that say the letters after them in brackets are a degree's: "Masters degree in pharmacy (MPharm)". */
const DEGREE_WORDS = new Set(['degree', 'masters', 'master', "master's", 'bachelor', 'bachelors', "bachelor's"]);

/** Whether a degree's letters in brackets follow words naming the degree, within the few words before. */
function namesDegreeBefore(doc: Doc, a: Abbreviation): boolean {
  if (!DEGREE_LETTERS.test(a.key)) return false;
  const line = doc.tokens[a.token]!.line;
  for (let j = a.token - 1; j >= 0 && j >= a.token - 5 && doc.tokens[j]!.line === line; j--) if (DEGREE_WORDS.has(doc.tokens[j]!.norm)) return true;
  return false;
}

/**
 * Whether the words just before token k spell the acronym's capitals: each word starts with one of
 * them and may hold the next ones inside it ("multidisciplinary team (MDT)", "SystmOne (S1)"); a
 * part after a hyphen may give a capital or not ("multi-disciplinary", "co-ordinator").
 */
function initialsBefore(doc: Doc, k: number, key: string): boolean {
  const letters = key.replace(/[^A-Z]/g, '').toLowerCase();
  const { tokens, text } = doc;
  let i = letters.length - 1;
  let line = tokens[k]!.line;
  for (let j = k - 1; j >= 0 && i >= 0; j--) {
    const t = tokens[j]!;
    // The name may be wrapped onto the acronym's line from the one before ("Crisis Resolution/Home" /
    // "Treatment (CRHT)"): once, at a bare line break.
    if (t.line !== line) {
      if (line !== tokens[k]!.line || !wrapsFromLineBefore(text, tokens, j + 1)) break;
      line = t.line;
    }
    // "chemical, biological, radiological or nuclear (CBRN)": "or" joins the name's last words as "and" does.
    if (SKIPPED.has(t.norm) || (t.norm === 'or' && i < letters.length - 1)) continue;
    const word = text.slice(t.start, t.end).toLowerCase();
    // A law's year before the brackets is no word of its letters: "… (Scotland) Act 2002 (FOISA)"; nor is
    // the number a numbered name ends with: "… Equivalence One (NCDCE1)", "… Training Year 2 (DCT2)".
    if (j === k - 1 && ((LAW_YEAR.test(word) && LAW_WORDS.has(tokens[j - 1]?.norm ?? '')) || endsWithNumber(key, word))) continue;
    if (t.shape & SHAPE.UPPER) {
      // An abbreviation inside the name gives all its letters ("NHS Blood and Transplant (NHSBT)") or
      // is passed over ("Lewisham and Greenwich NHS Trust (LGT)").
      if (word.length <= i + 1 && letters.slice(i + 1 - word.length, i + 1) === word) {
        i -= word.length;
        continue;
      }
      if (i < letters.length - 1) continue;
    }
    let x = 0;
    while (x <= i && !initialOf(word, letters, x, i)) x++;
    // The part after a hyphen may belong to the word before ("care co-ordinators (CCs)"), and the
    // name's legal form may be left out ("... University NHS Foundation Trust (HPFT)").
    if (x > i && (t.gap & GAP.HYPHEN || isLegalForm(t) || givesNoCapital(t))) continue;
    if (x > i) return false;
    i = x - 1;
  }
  return i < 0;
}

/**
 * Whether `word` gives the letter at x of `letters` as its initial, and its other letters those up
 * to i in order. A word starting "ex" may give "X" ("private branch exchange (PBX)", "Extensible
 * Markup Language (XML)").
 */
function initialOf(word: string, letters: string, x: number, i: number): boolean {
  const rest = letters.slice(x + 1, i + 1);
  if (letters[x] === word[0] && isSubsequence(rest, word.slice(1))) return true;
  return letters[x] === 'x' && word.startsWith('ex') && isSubsequence(rest, word.slice(2));
}

/** Number words a numbered name may end with, by their value: "Equivalence One" (NCDCE1). */
const NUMBER_NAMES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** The same, and the tens, found by the word: "(one day a week)" counts, it does not explain. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...NUMBER_NAMES, 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'fifty', 'hundred', 'half', 'few', 'several', 'both']);
/** An abbreviation's letters and the number it ends with: "NCDCE1". */
const NUMBERED_SERIES_DIGITS = /^[A-Z]+(\d+)$/;
/** Whether `word` is the number `key` ends with, in figures or in a word: "1" or "one" for NCDCE1. */
function endsWithNumber(key: string, word: string): boolean {
  const digits = NUMBERED_SERIES_DIGITS.exec(key)?.[1];
  return digits !== undefined && (word === digits || NUMBER_NAMES[Number(digits)] === word);
}

/** A year, as a law's name ends with one. */
const LAW_YEAR = /^(?:1[89]|20)\d\d$/;
/** The words a law's name ends with before its year: "the Equality Act 2010", "the Data Protection Regulations 2018". */
const LAW_WORDS: ReadonlySet<string> = new Set(['act', 'regulations', 'order', 'rules', 'measure']);

/** Words of a relative clause inside a described group, which give no capital: "men who have sex with men (MSM)". */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['who', 'have', 'has', 'are', 'is']);

/**
 * Whether a preposition (or a relative clause's word) in small letters inside a name gives no capital
 * and may be passed over: "Payment by Results (PbR)", where the small "b" is the word's; "PBR" takes
 * its B from it.
 */
const givesNoCapital = (t: Token) => (PREPOSITIONS.has(t.norm) || CLAUSE_LINKS.has(t.norm)) && !(t.shape & (SHAPE.CAP | SHAPE.UPPER));

/** Whether the bracketed words from token k spell the acronym: each starts with its next letter and may hold the ones after. */
function spelledInBrackets(doc: Doc, k: number, key: string): boolean {
  const letters = key.replace(/[^A-Z]/g, '').toLowerCase();
  const { tokens, text } = doc;
  let i = 0;
  let words = 0;
  for (let j = k; j < tokens.length && i < letters.length && words < letters.length + 2; j++) {
    const t = tokens[j]!;
    if (j > k && t.gap & GAP.BREAK) break;
    if (SKIPPED.has(t.norm) && i > 0) continue;
    const word = text.slice(t.start, t.end).toLowerCase();
    if (word[0] !== letters[i] && i > 0 && givesNoCapital(t)) continue;
    if (word[0] !== letters[i]) return false;
    words++;
    i++;
    // Only after the first two letters may a word hold more of them ("papillomavirus" for P and V).
    if (i >= 2) while (i < letters.length && word.indexOf(letters[i]!, 1) > 0) i++;
  }
  return i === letters.length && words >= 2;
}

/** How many letters a made-up word needs before its bracketed name may pass over words of it. */
const PASSING_LETTERS = 5;

/**
 * "MOSAIC Service (Musculoskeletal, Orthopaedic, Spinal, Pain and Integrated CFS)": a service's made-up
 * word of five letters or more, whose bracketed name a few words on gives all its letters as initials in
 * order, the first two from its first two words, passing over at most two of its words ("Pain").
 */
function nearlySpelledInBrackets(doc: Doc, k: number, key: string): boolean {
  const letters = key.toLowerCase();
  if (letters.length < PASSING_LETTERS || counts(key).upper !== key.length) return false;
  const { tokens, text } = doc;
  let initials = '';
  for (let j = k; j < tokens.length && initials.length <= letters.length + 2; j++) {
    const t = tokens[j]!;
    if (j > k && t.gap & (GAP.BREAK | GAP.OPEN)) return false;
    initials += t.norm.charAt(0);
    if (text.charAt(t.end) === ')') return initials.length <= letters.length + 2 && initials.startsWith(letters.slice(0, 2)) && commonInOrder(letters, initials) === letters.length;
  }
  return false;
}

/** Words an explanation after the acronym may start with: "NT, our night team", "MSK, or musculoskeletal", "SBAR, which stands for". */
const APPOSITION_START = new Set(['our', 'the', 'a', 'an', 'your', 'its', 'their', 'or', 'meaning', 'means', 'which', 'that', 'is', 'stands', 'for', 'i', 'e', 'ie', 'short']);

/** Phrases that say what an abbreviation is, after a comma or a dash or none: "which stands for", "meaning". */
const DESCRIBING = [
  'which is the', 'which is a', 'which is an', 'which is our', 'which are the', 'which are our', 'which stands for', 'which means', 'which is short for', 'stands for', 'meaning', 'means', 'that is',
  'i e', 'ie', 'short for', 'also known as', 'known as', 'refers to', 'is the term for', 'is the name for',
].map((p) => p.split(' '));
/** Articles that open an apposition naming what a code is: "V300, the independent prescribing qualification". */
const NAMING_APPOSITION = new Set(['the', 'a', 'an']);

/**
 * Kinds of thing a name in brackets may be said to be: "(the clinical system we use)", "(our booking software)",
 * "HTM 01-01 (the national guidance on decontaminating instruments)".
 */
const KINDS = new Set(['system', 'software', 'app', 'platform', 'database', 'record', 'tool', 'form', 'scheme', 'service', 'programme', 'test', 'exam', 'examination', 'assessment', 'framework', 'qualification', 'course', 'team', 'standard', 'regulations', 'guidance']);
/** How many words into the brackets the kind may come. */
const KIND_WORDS = 5;

/**
 * The kinds an apposition after a comma may name: "RiO, our electronic patient record", "SBAR, the
 * handover tool" (not a body: "the PCN, our team of six practices" goes on about it rather than say what it is;
 * nor a law, which after a comma is the next item of a list: "the CPCF, the Human Medicines Regulations").
 */
const APPOSITION_KINDS = new Set([...KINDS].filter((kind) => !['service', 'programme', 'scheme', 'team', 'standard', 'regulations'].includes(kind)));

/** Whether a word's base is one of the kinds, in the singular or the plural. */
function namesKind(base: string, kinds: ReadonlySet<string>): boolean {
  return kinds.has(base) || (base.endsWith('s') && kinds.has(base.slice(0, -1)));
}

/** Possessives that may open such words as an article does: "OSCEs (their clinical skills exams)". */
const KIND_OWNERS = new Set(['our', 'their', 'your']);

/** Words that may follow the kind heading a gloss: what it covers or who uses it ("the guidance on …", "the system our practices use"). */
const AFTER_KIND = new Set(['on', 'for', 'of', 'about', 'covering', 'that', 'which', 'used', 'in', 'from', 'by', 'to', 'and', 'or', 'we', 'you', 'they', 'our', 'your', 'their', 'the', 'all', 'every', 'each', 'most', 'many']);
/** Words that, after a kind with no article before it, say what it covers: "(national guidance on decontamination)". */
const COVERING = new Set(['on', 'for']);

/**
 * Whether the words opening at token k (in brackets or after a comma) are a noun phrase headed by a kind
 * of thing, in the singular or the plural: after an article or a possessive ("(the clinical system we use)",
 * "(our booking software)"), or with none, followed by what it covers ("(national guidance on
 * decontamination in dental practices)"). A kind that only qualifies the next noun ("(the guidance lead is
 * Jane)") or opens a clause about it ("(the guidance was updated in 2013)") names nothing.
 */
function namesKindInBrackets(doc: Doc, k: number, kinds: ReadonlySet<string> = KINDS): boolean {
  const { tokens, text } = doc;
  const first = tokens[k]!;
  const article = NAMING_APPOSITION.has(first.norm) || KIND_OWNERS.has(first.norm);
  // Without an article only in brackets: after a comma it is the next item of a list ("HTM 06-01, and keep records for …").
  if (!article && !(first.gap & GAP.OPEN)) return false;
  for (let j = article ? k + 1 : k; j <= k + KIND_WORDS && j < tokens.length && tokens[j]!.line === first.line && (j === k || !(tokens[j]!.gap & GAP.BREAK)); j++) {
    if (!namesKind(tokens[j]!.base, kinds)) continue;
    const next = tokens[j + 1];
    const ends = !next || next.line !== first.line || (next.gap & (GAP.COMMA | GAP.BREAK)) !== 0 || text.charAt(tokens[j]!.end) === ')';
    if (article ? ends || AFTER_KIND.has(next!.norm) : !ends && COVERING.has(next!.norm)) return true;
  }
  return false;
}

/**
 * Whether the words straight after the abbreviation say what it is: a describing phrase ("MCA, which
 * is the law on capacity", "SBAR stands for", "(meaning ..."), or for a code with digits, an apposition
 * after a comma or a dash ("V300, the independent prescribing qualification").
 */
function describedAfter(doc: Doc, a: Abbreviation): boolean {
  let k = a.token + 1;
  if (DESCRIBING.some((words) => doc.phraseAt(k, words))) return true;
  // A standard's number is part of its code: "ISO 15189, the standard for medical laboratories".
  const numbered = (doc.tokens[k]!.shape & SHAPE.NUMBER) !== 0 && !(doc.tokens[k]!.gap & (GAP.BREAK | GAP.COMMA)) && doc.tokens[k]!.sentence === doc.tokens[a.token]!.sentence;
  if (numbered) k++;
  // "IR 35 refers to ...": a describing phrase after the number of a rule or standard.
  if (numbered && DESCRIBING.some((words) => doc.phraseAt(k, words))) return true;
  const next = doc.tokens[k];
  if (!next || (!/\d/.test(a.key) && !numbered) || doc.tokens[k + 1]?.sentence !== next.sentence) return false;
  const apposition = (next.gap & GAP.COMMA) !== 0 && NAMING_APPOSITION.has(next.norm);
  // After a standard's number only the apposition: a dash there is a range or a list ("OOH 1-2 weekends").
  if (numbered) return apposition;
  // A dash straight after it ("V300 - non-medical prescribing"), or a comma and an article.
  return apposition || /^\s*[-–—:]/.test(doc.text.slice(doc.tokens[a.token]!.end, next.start));
}

/** Nouns between a name in capitals and the list that spells it: "our PROUD values – Patients first, ...". */
const LISTED = new Set(['values', 'principles', 'behaviours', 'standards']);
/** How many words one item of such a list may have ("Patients first"). */
const ITEM_WORDS = 4;
/** How many items of such a list may give no letter, once it has begun: "Leaders in Research, Innovation and Education, Diversity" for the L and D of BOLD. */
const ITEMS_BETWEEN = 2;

/**
 * Whether a name in capitals is spelled by the list after it, one item a letter ("our PROUD values –
 * Patients first, Respect, Openness, Unity, Delivery", "CARE: Compassion, Ambition, Respect,
 * Excellence", "to be BOLD, Brilliant people, Outstanding care, …"): after a dash, a colon or a comma on
 * its line, each item, cut at a comma or "and", starts with the next letter as a capital; after the
 * first, a few items may give none, where the writer's list runs longer than the name.
 */
function spelledByListAfter(doc: Doc, a: Abbreviation): boolean {
  const { tokens, text } = doc;
  if (!/^[A-Z]{3,}$/.test(a.key)) return false;
  let j = a.token + 1;
  if (LISTED.has(tokens[j]?.norm ?? '') && !(tokens[j]!.gap & GAP.BREAK)) j++;
  const line = tokens[a.token]!.line;
  const first = tokens[j];
  if (!first || first.line !== line || !(first.gap & (GAP.BREAK | GAP.COMMA)) || first.gap & GAP.OPEN) return false;
  let between = 0;
  for (let i = 0; ; ) {
    const item = tokens[j];
    if (!item || item.line !== line) return false;
    const initial = text.charAt(item.start);
    if (initial === a.key.charAt(i)) i++;
    else if (i === 0 || !/[A-Z]/.test(initial) || ++between > ITEMS_BETWEEN) return false;
    if (i === a.key.length) return true;
    // The next item starts after a comma or at "and": "Unity and Delivery", "Unity, and Delivery".
    let n = j + 1;
    while (n < j + ITEM_WORDS && tokens[n] && !(tokens[n]!.gap & (GAP.COMMA | GAP.BREAK)) && tokens[n]!.norm !== 'and') n++;
    if (tokens[n]?.norm === 'and') n++;
    else if (!((tokens[n]?.gap ?? 0) & GAP.COMMA)) return false;
    j = n;
  }
}

/** The most characters read back from a bracket for the list it labels. */
const LABELLED_LIST_REACH = 200;
/** Small words no item's initial is read from. */
const ITEM_SMALL: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'to', 'for', 'with', 'on', 'at', 'as', 'be']);

/** A list's items, cut at commas and at "or" and "and": "a, b or c" -> ["a", "b", "c"]. */
const itemsOf = (list: string) =>
  list
    .replaceAll(' or ', ',')
    .replaceAll(' and ', ',')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * "Registered mental health or learning disability nurse, social worker or occupational therapist (RMN,
 * RNLD, SW or OT)": brackets that hold only abbreviations, two or more, after a list on their line
 * (from the clause's start) with as many items, each label holding the initials of its item's words
 * (two, or one for a one-word item) and every letter of the label but one at most an initial of the list's
 * words. The writer labels each post or thing named, in order; a list of other names ("audits, rotas and recruitment (EMIS, TRAC or ESR)") spells none of them.
 */
function labelsListBefore(doc: Doc, a: Abbreviation): boolean {
  const { text } = doc;
  const open = text.lastIndexOf('(', a.start);
  const close = text.indexOf(')', a.end);
  if (open < 0 || close < 0 || /[\n)]/.test(text.slice(open, a.start)) || text.slice(a.end, close).includes('\n')) return false;
  const labels = itemsOf(text.slice(open + 1, close));
  if (labels.length < 2 || !labels.every((l) => looksAbbreviated(l))) return false;
  let from = open - 1;
  while (from >= 0 && open - from < LABELLED_LIST_REACH && !'\n.;:()'.includes(text.charAt(from))) from--;
  if (from >= 0 && !'\n.;:('.includes(text.charAt(from))) return false;
  // A bullet or a dash before the first item is no part of it.
  let first = from + 1;
  while (first < open && !isAsciiWordCode(text.charCodeAt(first))) first++;
  const items = itemsOf(text.slice(first, open));
  if (items.length !== labels.length) return false;
  const initialsOf = items.map((item) =>
    item
      .toLowerCase()
      .split(' ')
      .filter((w) => w && !ITEM_SMALL.has(w))
      .map((w) => w.charAt(0)),
  );
  const listInitials = initialsOf.flat();
  return initialsOf.every((initials, i) => {
    const letters = labels[i]!.toLowerCase();
    const found = initials.filter((c) => letters.includes(c)).length;
    // Its item spells the label but for words another item gives ("registered" for the R of RSCN) and one more
    // letter: "audit (ARRS)" shares only its first letter with its label.
    const unspelt = [...letters].filter((c) => !initials.includes(c) && !listInitials.includes(c)).length;
    return found >= Math.min(2, initials.length) && unspelt <= 1;
  });
}

/** Words that start an explanation with no comma before them: "MSK or musculoskeletal", "SBAR stands for". */
const EXPLAINING = new Set(['or', 'meaning', 'means', 'stands', 'ie', 'i']);

/** Whether the words from token k on (after a few opening words) spell the acronym's capitals ("our night team" for NT). */
function initialsAfter(doc: Doc, k: number, key: string): boolean {
  const letters = key.replace(/[^A-Z]/g, '').toLowerCase();
  if (letters.length < 2) return false;
  const { tokens } = doc;
  for (let j = k; j < k + 4 && tokens[j] && tokens[j]!.line === tokens[k]!.line; j++) {
    if (spellsFrom(doc, j, letters, (t) => t.line === tokens[k]!.line, { compound: true })) return true;
    if (!APPOSITION_START.has(tokens[j]!.norm)) break;
  }
  return false;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const c of needle) {
    at = haystack.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * Whether the words from token k spell `letters` (lower case) within one sentence: each word starts
 * with the next letter; a part after a hyphen may start the next letter ("multi-disciplinary team")
 * or belong to the word before ("care co-ordinator"). `initialOk` says whether a word may give a
 * letter (the caller's rule on case); at least two words give letters. `skip`: the small words that
 * may come between ("and", "of"). `compound`: a long word written as one ("multidisciplinary") may hold the
 * letters after its initial, in order; only right beside the acronym, where the writer is
 * explaining it ("practice nurses" elsewhere in the text does not spell PCN). `'last'`: only the
 * word that ends the spelling may, giving all the letters left ("Defence Primary Healthcare" for DPHC).
 * `'linked'`: any word may give one letter more, where a combining "o" joins its parts ("maxillofacial").
 */
function spellsFrom(doc: Doc, k: number, letters: string, initialOk: (t: Token) => boolean, { skip = SKIPPED, compound = false }: { skip?: ReadonlySet<string>; compound?: Compound } = {}): boolean {
  // Most starts fail at the next word: look at it before anything else.
  const next = doc.tokens[k + 1];
  if (!next || (next.norm.charAt(0) !== letters[1] && !skip.has(next.norm) && !(next.gap & GAP.HYPHEN) && !compound)) return false;
  return spellStep({ doc, k, letters, initialOk, skip, compound }, k, 0, 0);
}

/** How a word written as one may give more than its initial (see spellsFrom). */
type Compound = boolean | 'last' | 'linked';

interface Spelling {
  doc: Doc;
  k: number;
  letters: string;
  initialOk: (t: Token) => boolean;
  skip: ReadonlySet<string>;
  compound: Compound;
}

/** One step of spellsFrom: whether the words from token j give letters i onwards (`words` have given letters so far). */
function spellStep(sp: Spelling, j: number, i: number, words: number): boolean {
  const { doc, letters } = sp;
  if (i === letters.length) return words >= 2;
  const t = doc.tokens[j];
  if (!t || t.sentence !== doc.tokens[sp.k]!.sentence || (j > sp.k && t.gap & GAP.BREAK)) return false;
  // A small word, a hyphenated part, an abbreviation inside the name ("Lancashire & South Cumbria
  // NHS Foundation Trust" for LSCFT) or the name's legal form ("Essex Partnership University NHS
  // Foundation Trust" for EPUT) may come between the words that give letters.
  if (i > 0 && (sp.skip.has(t.norm) || t.gap & GAP.HYPHEN || t.shape & SHAPE.UPPER || isLegalForm(t)) && spellStep(sp, j + 1, i, words)) return true;
  // The initial first: most words fail there, before anything is sliced.
  if (t.norm.charAt(0) !== letters[i] || !sp.initialOk(t) || (t.shape & (SHAPE.CAPITALS | SHAPE.DIGIT) && looksAbbreviated(doc.text.slice(t.start, t.end)) && !isWordInCapitals(doc, t))) {
    return false;
  }
  const word = t.norm;
  // "Guy's and St Thomas'" for GSTT, "Epsom and St Helier" for ESTH: "St" in a place's name gives both
  // its letters (a title before a person's name does not: "the pharmacist, Mr Pell" is no PMR).
  if (word === 'st' && letters[i + 1] === 't' && doc.text.charAt(t.start) === 'S' && spellStep(sp, j + 1, i + 2, words + 1)) return true;
  let at = 1;
  for (let c = i + 1; ; c++) {
    if (spellStep(sp, j + 1, c, words + 1)) return true;
    if (!sp.compound || c >= letters.length || word.length < MIN_COMPOUND) return false;
    // A compound joined by a combining "o" gives the initial of its second part: "maxillo|facial"
    // the F of OMFS, "gastro|intestinal" the I; each part four letters or more.
    if (sp.compound === 'linked') {
      const second = word.indexOf(`o${letters[c]}`, COMPOUND_PART - 1) + 1;
      return second > 0 && word.length - second >= COMPOUND_PART && spellStep(sp, j + 1, c + 1, words + 1);
    }
    at = word.indexOf(letters[c]!, at) + 1;
    if (at === 0) return false;
    // The spelling's last word may give one letter more, where its second part starts: "Health|care" for
    // the C of DPHC, not the T at the end of "Clearsight".
    if (sp.compound === 'last') return c + 1 === letters.length && at - 1 >= COMPOUND_PART && word.length - (at - 1) >= COMPOUND_PART && spellStep(sp, j + 1, c + 1, words + 1);
  }
}

/**
 * A word of a name written in capitals ("BELFAST HEALTH & SOCIAL CARE TRUST"): four letters or more,
 * all capitals, with a vowel. It gives its initial to a spelling as the same word in small letters
 * would; shorter capitals ("NHS") are still passed over as an abbreviation inside the name.
 */
const isWordInCapitals = (doc: Doc, t: Token) => t.end - t.start >= 4 && !(t.shape & SHAPE.DIGIT) && t.shape & SHAPE.UPPER && formsWord(doc.text.slice(t.start, t.end));

/** A word written as one may give more than its initial only when it is this long ("healthcare"). */
const MIN_COMPOUND = 8;
/** The shortest part of a compound a name's last word may give a second letter from ("care" in "Healthcare"). */
const COMPOUND_PART = 4;

/**
 * Whether words somewhere in the text have the acronym's capitals as their initials ("Tees, Esk and
 * Wear Valleys"), for an acronym not in the dictionary (a known one's test is its own expansion).
 * Words with capitals spell any; lower-case words spell one of three letters or more ("sexually
 * transmitted infections", "lesbian, gay, bisexual, trans and queer").
 */
function spelledByInitials(doc: Doc, key: string, starts: Starts): boolean {
  const capitals = key.replace(/[^A-Z]/g, '');
  if (capitals.length < 2 || /\d/.test(key)) return false;
  if (spelledByCapitals(doc, capitals, starts)) return true;
  const letters = capitals.toLowerCase();
  const second = letters.charCodeAt(1);
  if (letters.length < 3) return false;
  // Lower-case words long enough not to be a chance run ("provide community nursing" is not PCN):
  // for four letters or more, with at most "and" or "of" between them; for three, nothing between,
  // unless the letters hold "&", which the words write as "and" ("equality, diversity and inclusion" for ED&I).
  const minLength = letters.length >= 4 ? 3 : 4;
  const long = (t: Token) => t.end - t.start >= minLength;
  const skip = letters.length >= 4 || key.includes('&') ? LIST_WORDS : NO_WORDS;
  for (const initial of [capitals.charCodeAt(0), letters.charCodeAt(0)]) {
    if (someStart(starts, initial, second, (k) => spellsFrom(doc, k, letters, long, { skip, compound: 'linked' }))) return true;
  }
  return false;
}

/**
 * Whether capitalised words somewhere in the text give the capitals `key` as their initials, each in
 * its sentence. A name in capitals may write a compound as one word that gives two of the letters
 * ("Defence Primary Healthcare" for DPHC), as the acronym splits it, unless `compound` is false.
 */
function spelledByCapitals(doc: Doc, key: string, starts: Starts, compound: Compound = 'last'): boolean {
  const { text } = doc;
  const capital = (t: Token) => text.charAt(t.start) !== text.charAt(t.start).toLowerCase();
  const letters = key.toLowerCase();
  return someStart(starts, key.charCodeAt(0), letters.charCodeAt(1), (k) => spellsFrom(doc, k, letters, capital, { compound }));
}

/**
 * Whether the text writes the acronym's first letters as an abbreviation of their own, the words
 * after it giving the rest: "NHS Blood and Transplant" for NHSBT, "NHS GREATER GLASGOW AND CLYDE" for
 * NHSGG&C. The rest needs two letters or more, each from a word with a capital.
 */
function spelledAfterAbbreviation(doc: Doc, key: string, starts: Starts): boolean {
  const capitals = key.replace(/[^A-Z]/g, '');
  const { tokens, text } = doc;
  const capital = (t: Token) => text.charAt(t.start) !== text.charAt(t.start).toLowerCase();
  for (let n = 2; n <= capitals.length - 2; n++) {
    const head = capitals.slice(0, n);
    const rest = capitals.slice(n).toLowerCase();
    const opens = (k: number) => text.slice(tokens[k]!.start, tokens[k]!.end) === head && spellsFrom(doc, k + 1, rest, capital);
    if (someStart(starts, capitals.charCodeAt(0), rest.charCodeAt(0), opens)) return true;
  }
  return false;
}

/** The most letters an abbreviation read by namesPersonByInitials has ("PA", "ANP"). */
const MAX_PERSON_LETTERS = 4;

/**
 * Whether the text names a post or person by capitalised words, one per letter of the abbreviation
 * and the last a word for a person or the head of a job title: "Patient Advisor" before "the best PA
 * in the region". Of an abbreviation with several meanings, that says which one the writer means; a
 * thing with the same initials ("Supporting Professional Activities") does not.
 */
function namesPersonByInitials(doc: Doc, key: string, starts: Starts): boolean {
  // Capitals only, one word for each.
  if (key.length > MAX_PERSON_LETTERS || counts(key).upper !== key.length) return false;
  const letters = key.toLowerCase();
  const { tokens } = doc;
  return someStart(starts, key.charCodeAt(0), letters.charCodeAt(1), (k) => {
    for (let i = 0; i < letters.length; i++) {
      const t = tokens[k + i];
      if (!t || t.sentence !== tokens[k]!.sentence || !(t.shape & SHAPE.CAP) || t.norm.charAt(0) !== letters[i]) return false;
    }
    const last = tokens[k + letters.length - 1]!;
    return TITLE_HEADS.has(last.norm) || nounClass(last.base) === 'person';
  });
}

/**
 * Whether two lower-case words with a two-letter abbreviation's initials name the same thing in the
 * same frame, the word after each being the same: "DO vacancy" and "the dispensing optician vacancy",
 * "the HT rota" and "the home treatment rota". Two such words anywhere are too often chance to count
 * alone (spelledByInitials asks three letters of lower-case words).
 */
function spelledInFrame(doc: Doc, a: Abbreviation, starts: Starts): boolean {
  const letters = a.key.toLowerCase();
  const { tokens } = doc;
  const after = tokens[a.token + 1];
  if (!/^[A-Z]{2}$/.test(a.key) || !after || after.sentence !== tokens[a.token]!.sentence || after.norm.length < 3 || SKIPPED.has(after.norm)) return false;
  return someStart(starts, letters.charCodeAt(0), letters.charCodeAt(1), (k) => isFramedSpelling(doc, k, letters, after.norm));
}

/** Whether tokens k and k+1, lower case and four letters or more, spell `letters` and the word after them is `next`. */
function isFramedSpelling(doc: Doc, k: number, letters: string, next: string): boolean {
  const { tokens } = doc;
  const x = tokens[k]!;
  const y = tokens[k + 1];
  const z = tokens[k + 2];
  if (!y || !z || z.norm !== next || z.sentence !== x.sentence || y.sentence !== x.sentence || y.gap & GAP.BREAK || z.gap & GAP.BREAK) return false;
  if (x.shape & SHAPE.CAPITALS || y.shape & SHAPE.CAPITALS) return false;
  return x.norm.charAt(0) === letters[0] && y.norm.charAt(0) === letters[1] && x.end - x.start >= 4 && y.end - y.start >= 4;
}

/**
 * The tokens a spelling by initials may start at, found once per text and bucketed (a counting
 * sort, no map) by the token's first letter as written (A-Z, a-z: an acronym's capitals) and the
 * next word's first letter, since spellsFrom gives up at once on any other next word; a 27th bucket
 * per initial holds those whose next word is one spellsFrom may skip (SKIPPED holds LIST_WORDS) or a
 * hyphenated part. Each bucket keeps the tokens in text order.
 */
interface Starts {
  /** Bucket b's tokens are order[first[b]] to order[first[b + 1] - 1]. */
  first: Int32Array;
  order: Int32Array;
}

const LOOSE = 26;
const letterIndex = (c: number) => (c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 97 + 26 : -1);

const startsCache = new WeakMap<Doc, Starts>();
function startsOf(doc: Doc): Starts {
  const cached = startsCache.get(doc);
  if (cached) return cached;
  const { tokens, text } = doc;
  // What a word gives as the next word, once per distinct word: its first letter a-z (0-25), LOOSE, or -1.
  const { words, norm } = doc.wordIds();
  const asNext = new Int8Array(words.length).fill(-2);
  const bucket = new Int32Array(tokens.length).fill(-1);
  const first = new Int32Array(52 * 27 + 1);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const initial = letterIndex(text.charCodeAt(tokens[k]!.start));
    if (initial < 0) continue;
    const next = tokens[k + 1]!;
    let second = LOOSE;
    if (!(next.gap & GAP.HYPHEN)) {
      const id = norm[k + 1]!;
      if (asNext[id] === -2) {
        const c = next.norm.charCodeAt(0);
        asNext[id] = SKIPPED.has(next.norm) ? LOOSE : c >= 97 && c <= 122 ? c - 97 : -1;
      }
      second = asNext[id]!;
      if (second < 0) continue;
    }
    bucket[k] = initial * 27 + second;
    first[bucket[k]! + 1]!++;
  }
  for (let b = 1; b < first.length; b++) first[b]! += first[b - 1]!;
  const order = new Int32Array(first[first.length - 1]!);
  const fill = first.slice(0, -1);
  for (let k = 0; k < tokens.length; k++) if (bucket[k]! >= 0) order[fill[bucket[k]!]!++] = k;
  const starts = { first, order };
  startsCache.set(doc, starts);
  return starts;
}

/** Whether `test` holds at a token starting with `initial` whose next word may give the letter `second` (both char codes). */
function someStart(starts: Starts, initial: number, second: number, test: (k: number) => boolean): boolean {
  const i = letterIndex(initial);
  if (i < 0) return false;
  for (const b of [i * 27 + (second - 97), i * 27 + LOOSE]) {
    for (let p = starts.first[b]!; p < starts.first[b + 1]!; p++) if (test(starts.order[p]!)) return true;
  }
  return false;
}

const LIST_WORDS: ReadonlySet<string> = new Set(['and', '&', 'of']);
const NO_WORDS: ReadonlySet<string> = new Set();

/** Every expansion of a dictionary as the words to look for (and their plural), so one pass finds them all. */
interface Expansions {
  phrases: string[][];
  /** The phrases of each expansion. */
  of: Map<string, string[][]>;
}
const expansionsCache = new WeakMap<object, Expansions>();

function expansionsOf(acronyms: Readonly<Record<string, Expansion>>): Expansions {
  let cached = expansionsCache.get(acronyms);
  if (!cached) {
    cached = { phrases: [], of: new Map() };
    for (const expansion of Object.values(acronyms).flatMap(meanings)) {
      if (cached.of.has(expansion)) continue;
      const words = expansion.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
      // "Physician Associates", "long-term conditions": the expansion in the plural counts too.
      const forms = words.length === 0 ? [] : [words, [...words.slice(0, -1), `${words.at(-1)}s`]];
      cached.of.set(expansion, forms);
      cached.phrases.push(...forms);
    }
    expansionsCache.set(acronyms, cached);
  }
  return cached;
}

/**
 * Whether the text writes the expansion with a long compound split in two ("Health Care Assistant"
 * for "Healthcare Assistant", "multi- disciplinary team"): only the splits whose two halves the text
 * holds as words are looked for, so most expansions cost a few word lookups.
 */
function writtenSplit(doc: Doc, words: readonly string[]): boolean {
  const spellings: string[][] = [];
  for (const [i, w] of words.entries()) {
    if (w.length < MIN_COMPOUND) continue;
    for (let p = 3; p <= w.length - 3; p++) {
      const head = w.slice(0, p);
      if (!doc.holds(head)) continue;
      const tail = w.slice(p);
      if (!doc.holds(tail)) continue;
      const split = [...words.slice(0, i), head, tail, ...words.slice(i + 1)];
      spellings.push(split, [...split.slice(0, -1), `${split.at(-1)}s`]);
    }
  }
  if (spellings.length === 0) return false;
  const found = doc.phrasesIn(spellings);
  return spellings.some((w) => found.has(w));
}

/**
 * Whether an expansion's words appear in the text (any case, any punctuation between them), with
 * or without hyphens inside words ("musculo-skeletal" for "musculoskeletal", and the other way).
 */
function containsWords(doc: Doc, acronyms: Readonly<Record<string, Expansion>>, expansion: string): boolean {
  const { phrases, of } = expansionsOf(acronyms);
  const found = doc.phrasesIn(phrases);
  if ((of.get(expansion) ?? []).some((words) => found.has(words))) return true;
  // Hyphens either way ("musculo-skeletal" for "musculoskeletal", "multidisciplinary" for
  // "multi-disciplinary"): looked at only when the expansion has one or the text has a hyphenated
  // word that is one of its words, which is rare.
  const words = wordsOf(expansion);
  if (words.some((w) => w.length >= MIN_COMPOUND) && writtenSplit(doc, words)) return true;
  if (!expansion.includes('-')) {
    const joinedInText = hyphenated(doc);
    if (!words.some((w) => joinedInText.has(w))) return false;
  }
  const joined = joinedWords(doc);
  const last = words.length - 1;
  for (let k = 0; k + last < joined.length; k++) {
    if (joined[k] !== words[0]) continue;
    if (words.every((w, i) => joined[k + i] === w || (i === last && joined[k + i] === `${w}s`))) return true;
  }
  return false;
}

/** How many letters of a long word an expansion's other form keeps: "therap" in "therapy" and "therapist". */
const FAMILY_STEM = 6;
/** The fewest words, small ones aside, an expansion read in its family has. */
const FAMILY_WORDS = 3;
/** The small words free between an expansion's words ("Speech & Language"; not "older people with mental health"). */
const FAMILY_SMALL: ReadonlySet<string> = new Set(['and', '&', 'of', 'for', 'the', 'in', 'to']);

/**
 * Whether a word of the text is a form of an expansion's word: a long one by its stem, a short one
 * with or without a plural's s. Made once per word of the expansion, so the stem and the plural are
 * cut once, not once for each of the text's words tried.
 */
function familyOf(word: string): (norm: string) => boolean {
  if (word.length > FAMILY_STEM) {
    const stem = word.slice(0, FAMILY_STEM);
    return (norm) => norm.startsWith(stem);
  }
  const plural = `${word}s`;
  return (norm) => norm === word || norm === plural;
}

/** What writtenInFamily found per expansion, so each "SLT" after the first costs nothing (a whole-text scan each). */
const familyCache = new WeakMap<Doc, Map<string, boolean>>();
/**
 * Whether the text writes an expansion with another form of its long words, in order within a
 * sentence, small words ("and", "&", "of") free between them: "Speech and Language Therapist" for
 * "Speech and Language Therapy". Only expansions of three words or more with a long word: two
 * ("occupational therapist") are as often the job's own name, which leaves the reader to guess that
 * "OT" means it.
 */
function writtenInFamily(doc: Doc, expansion: string): boolean {
  let read = familyCache.get(doc);
  if (!read) {
    read = new Map();
    familyCache.set(doc, read);
  }
  let written = read.get(expansion);
  if (written === undefined) {
    written = scanFamily(doc, expansion);
    read.set(expansion, written);
  }
  return written;
}

/**
 * Where a form of `word` may stand: the tokens holding one of the text's distinct words in its family, found through
 * the Doc's word index (a pass over the text's vocabulary, not over every token, once per expansion).
 */
function familyStarts(doc: Doc, inFamily: (norm: string) => boolean): Int32Array {
  const forms = new Set(doc.wordIds().words.filter(inFamily));
  return doc.tokensWith(forms);
}

/** The first FAMILY_STEM letters of the text's words that have that many: once per text. */
const stemsCache = new WeakMap<Doc, Set<string>>();
function stemsOf(doc: Doc): Set<string> {
  let stems = stemsCache.get(doc);
  if (!stems) {
    stems = new Set();
    const { words } = doc.wordIds();
    for (let w = 0; w < words.length; w++) if (words[w]!.length >= FAMILY_STEM) stems.add(words[w]!.slice(0, FAMILY_STEM));
    stemsCache.set(doc, stems);
  }
  return stems;
}

/**
 * Whether the text holds some word of `word`'s family (familyOf): a few lookups, where the scan
 * reads every distinct word of the text for the first word's family. Most expansions asked about
 * have a word the text lacks.
 */
const mayHoldFamily = (doc: Doc, word: string) =>
  word.length > FAMILY_STEM ? stemsOf(doc).has(word.slice(0, FAMILY_STEM)) : doc.holds(word) || doc.holds(`${word}s`);

/** The scan behind writtenInFamily, from each place the expansion's first word may stand. */
function scanFamily(doc: Doc, expansion: string): boolean {
  const words = wordsOf(expansion).filter((w) => !FAMILY_SMALL.has(w));
  if (words.length < FAMILY_WORDS || !words.some((w) => w.length > FAMILY_STEM)) return false;
  for (let i = 0; i < words.length; i++) if (!mayHoldFamily(doc, words[i]!)) return false;
  const { tokens } = doc;
  const inFamily = words.map(familyOf);
  for (const k of familyStarts(doc, inFamily[0]!)) {
    if (!inFamily[0]!(tokens[k]!.norm)) continue;
    let i = 1;
    for (let j = k + 1; i < words.length && j < tokens.length && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
      if (FAMILY_SMALL.has(tokens[j]!.norm)) continue;
      if (!inFamily[i]!(tokens[j]!.norm)) break;
      i++;
    }
    if (i === words.length) return true;
  }
  return false;
}

/** An expansion's words in lower case, hyphens taken out: once per expansion. */
const expansionWords = new Map<string, string[]>();
function wordsOf(expansion: string): string[] {
  let words = expansionWords.get(expansion);
  if (!words) {
    words = expansion
      .toLowerCase()
      .split(/[^\p{L}\p{N}'-]+/u)
      .filter(Boolean)
      .map((w) => w.replaceAll('-', ''));
    expansionWords.set(expansion, words);
  }
  return words;
}

/** The text's hyphenated words, joined ("musculo-skeletal" -> "musculoskeletal"): once per text. */
const hyphenatedCache = new WeakMap<Doc, Set<string>>();
function hyphenated(doc: Doc): Set<string> {
  let found = hyphenatedCache.get(doc);
  if (!found) {
    found = new Set();
    const { tokens } = doc;
    for (let k = 1; k < tokens.length; k++) {
      if (!(tokens[k]!.gap & GAP.HYPHEN) || tokens[k - 1]!.gap & GAP.HYPHEN) continue;
      let word = tokens[k - 1]!.norm;
      for (let j = k; j < tokens.length && tokens[j]!.gap & GAP.HYPHEN; j++) word += tokens[j]!.norm;
      found.add(word);
    }
    hyphenatedCache.set(doc, found);
  }
  return found;
}

/** The text's words with the parts of hyphenated words joined: once per text, when needed. */
const joinedCache = new WeakMap<Doc, string[]>();
function joinedWords(doc: Doc): string[] {
  let words = joinedCache.get(doc);
  if (!words) {
    words = [];
    for (const t of doc.tokens) {
      if (t.gap & GAP.HYPHEN && words.length > 0) words[words.length - 1] += t.norm;
      else words.push(t.norm);
    }
    joinedCache.set(doc, words);
  }
  return words;
}

const meanings = (expansion: Expansion): string[] => (Array.isArray(expansion) ? expansion : [expansion]);

/** "Physician Associates": the expansion in the plural when the acronym is. */
function pluralOf(expansion: string): string {
  return /s$/.test(expansion) ? expansion : `${expansion}s`;
}

function listed(words: string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** The shortest letters whose plural written in capitals ("HWBCS" for "HWBCs") is read with them. */
const MIN_CAPITAL_PLURAL_STEM = 3;

/** Whether `key` is the plural of letters the text also uses, its "s" typed as a capital: "HWBCS" beside "HWBCs". */
const isCapitalPlural = (key: string, keys: ReadonlySet<string>) =>
  key.length > MIN_CAPITAL_PLURAL_STEM && key.endsWith('S') && keys.has(key.slice(0, -1));

/** Whether an expansion is a post's title: its last word names a person ("Advanced Clinical Practitioner"). */
const namesPost = (expansion: string) => nounClass(expansion.slice(expansion.lastIndexOf(' ') + 1).toLowerCase()) === 'person';

/** Words after a body's letters: "ACP-registered", "BACP accredited". */
const BODY_AFTER = new Set(['registered', 'accredited']);
/** Words before a pay supplement's letters after an amount: "£46,419 per annum incl. of HCAs". */
const PAY_BEFORE = new Set(['incl', 'inc', 'including', 'includes', 'plus']);

/**
 * Whether the abbreviation at token k stands where no post's title can: a body that registers or
 * accredits ("an ACP accredited psychotherapist", the Association of Child Psychotherapists), or a
 * supplement named in the sentence that gives the pay ("£46,000 incl. of HCAs", the High Cost Area Supplement). There a
 * dictionary meaning that names a post is the wrong one, and plain advice replaces it.
 */
function inBodyOrPaySlot(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const next = tokens[k + 1];
  if (next && next.line === tokens[k]!.line && BODY_AFTER.has(next.norm)) return true;
  const by = tokens[k - 1]?.norm === 'of' ? k - 2 : k - 1;
  if (!PAY_BEFORE.has(tokens[by]?.norm ?? '')) return false;
  const sentence = tokens[k]!.sentence;
  for (let j = by - 1; j >= 0 && tokens[j]!.sentence === sentence; j--) if (doc.text.charAt(tokens[j]!.start - 1) === '£' || doc.text.charAt(tokens[j]!.start) === '£') return true;
  return false;
}

/**
 * The first use of each abbreviation the text never spells out (in its title, employer name or
 * body; before or after the first use). Known acronyms get their expansion as a suggestion; an
 * ambiguous one ("PA") gets advice listing its meanings; an unknown one gets advice.
 */
export const acronyms: SpanHandler = {
  kind: 'span',
  find({ doc, matcher }) {
    const all = findAbbreviations(doc, matcher.understood, matcher.acronyms);
    const defined = new Set<string>();
    // The letters of each numbered abbreviation explained: its series' other numbers, not the bare letters ("ST3 (…)" explains ST4, not ST).
    const series = new Set<string>();
    // Once a use of an abbreviation is explained in place, its other uses need not be read.
    for (const a of all) {
      if (defined.has(a.key) || !definedInPlace(doc, a)) continue;
      defined.add(a.key);
      // "criterion (C1–C5)", "CT1 (core training year 1)" explain the series: C2 to C5, CT2 are read with them. A
      // single letter explained otherwise ("Cardiology (C1)") is one label, not a series.
      const letters = NUMBERED_SERIES.exec(a.key)?.[1];
      if (letters !== undefined && (letters.length > 1 || countedLabel(doc, a))) series.add(letters);
    }
    // "suggest "the human papillomavirus (HPV) programme"": wording quoted in the text spells it out for its reader too.
    for (let k = 0; k < doc.tokens.length; k++) {
      const t = doc.tokens[k]!;
      if (!t.quoted || !(t.gap & GAP.OPEN)) continue;
      const a = abbreviationOf(doc, k);
      if (a && !defined.has(a.key) && definedInPlace(doc, a)) defined.add(a.key);
    }
    const seen = new Set<string>();
    const keys = new Set(all.map((a) => a.key));
    const hits: Hit[] = [];
    for (const a of all) {
      if (seen.has(a.key) || isCapitalPlural(a.key, keys)) continue;
      // A real advert has a few dozen; a text with hundreds is not prose, and checking each costs time.
      if (seen.size >= MAX_ABBREVIATIONS) break;
      seen.add(a.key);
      // "NVQ2" after "NVQ": the same letters (two or more) with a level or a number, read with the first
      // use; "C2" after "criterion (C1)": one of a series explained.
      const member = NUMBERED_SERIES.exec(a.key)?.[1];
      if (member !== undefined && (series.has(member) || (member.length > 1 && (seen.has(member) || defined.has(member))))) continue;
      // "DCT2" where the text writes "Dental Core Training": the letters before the number spelled by
      // capitalised words, one word a letter; the number is the year or level.
      if (member !== undefined && member.length > 2 && !dictionaryOf(matcher.acronyms).has(member) && spelledByCapitals(doc, member, startsOf(doc), false)) continue;
      // "NHFML" where the text writes "… Facilities Management (NHFM)": the company's letters with its
      // legal form run in, explained with them.
      const company = companyStem(a.key);
      if (company !== null && (defined.has(company) || spelledByInitials(doc, company, startsOf(doc)))) continue;
      // A known acronym is spelled out by its expansion anywhere (any of its meanings, if it has
      // several); an unknown one by words with its initials ("Tees, Esk and Wear Valleys").
      const known = dictionaryOf(matcher.acronyms).get(a.key);
      // "TeamLGT": a word run into an abbreviation the text explains ("Lewisham and Greenwich NHS Trust (LGT)").
      const inner = runIntoWord(a.key);
      // "TrustPALS" where the text also writes "PALS": the letters' own use is the one to explain.
      if (
        defined.has(a.key) ||
        (inner !== null && (keys.has(inner) || defined.has(inner) || spelledByInitials(doc, inner, startsOf(doc)))) ||
        (known !== undefined && meanings(known).some((e) => containsWords(doc, matcher.acronyms, e) || writtenInFamily(doc, e) || glossedByKind(doc, a, e))) ||
        (Array.isArray(known) && namesPersonByInitials(doc, a.key, startsOf(doc))) ||
        (shortFormsOf(matcher.acronyms).has(a.key) && clippedFrom(doc, a.key)) ||
        (known === undefined && (spelledByInitials(doc, a.key, startsOf(doc)) || spelledAfterAbbreviation(doc, a.key, startsOf(doc)) || sectionSpelled(doc, a.key) || spelledInFrame(doc, a, startsOf(doc))))
      ) {
        continue;
      }
      if (known === undefined || (!Array.isArray(known) && namesPost(known) && inBodyOrPaySlot(doc, a.token))) hits.push({ start: a.start, end: a.end, variant: 'unknown' });
      else if (Array.isArray(known)) hits.push({ start: a.start, end: a.end, variant: 'ambiguous', vars: { meanings: listed(known) } });
      else if (shortFormsOf(matcher.acronyms).has(a.key)) {
        // A word cut short ("optom"): the word in full replaces it, in the case it was written.
        let expansion = a.plural ? pluralOf(known) : known;
        if (/^[A-Z]/.test(doc.text.charAt(a.start))) expansion = expansion.charAt(0).toUpperCase() + expansion.slice(1);
        hits.push({ start: a.start, end: a.end, variant: 'short', vars: { expansion } });
      } else {
        let expansion = a.plural ? pluralOf(known) : known;
        if (doc.expectsCapital(a.token)) expansion = expansion.charAt(0).toUpperCase() + expansion.slice(1);
        hits.push({ start: a.start, end: a.end, vars: { expansion } });
      }
    }
    return hits;
  },
};

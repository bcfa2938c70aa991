import { firstIndex } from './first-index';
import { lineStart } from './line-start';
import { matchAll } from './match-all';
import { ABBREVIATED_GIVEN, isGenderedTitle, nameLexicon } from './name-lexicon';
import { trimChars } from './trim-chars';

export type WordKind = 'title' | 'initial' | 'cap' | 'caps' | 'particle' | 'lower' | 'other';

/** One word of the document, as the name recogniser sees it. */
export interface Word {
  /** The word without a trailing full stop or possessive "'s". */
  text: string;
  start: number;
  end: number;
  kind: WordKind;
  /** A full stop followed the word ("J.", "Mr.", or the end of a sentence). */
  dot: boolean;
  /** This word and the next sit on one line with only spaces between them (or see `join`). */
  joinsNext: boolean;
  /** How it joins the next word: spaces, a nickname bracket or quote, or a wrapped line. */
  join: 'space' | 'nickname' | 'wrap' | null;
}

/** "St." and "Mt." open a place's name ("St. Mary's", "Mt. Sinai"): their full stop ends no sentence. */
export const PLACE_ABBREVIATION = /^(?:St|Mt)$/;

/** A footer's page number: "Page 2 of 3", "page 1/2". */
const PAGE_NUMBER_LINE = /^page[ \t]+\d{1,3}[ \t]*(?:\/|of)[ \t]*\d/i;
// An ʻokina typed as a left quote between two letters is part of the word: "FA‘ASALELE", "Ha‘apai".
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}'’]|‘(?=\p{L}))*(?:-[\p{L}\p{M}](?:[\p{L}\p{M}'’]|‘(?=\p{L}))*)*\.?/gu;
const UPPER = /^\p{Lu}/u;
const DIGIT = /\d/;
const I_CONTRACTION = /^I['’](?:m|ve|d|ll)$/;
const LOWER = /\p{Ll}/u;

function kindOf(text: string): WordKind {
  const { genderedTitles, professionalTitles, particles } = nameLexicon;
  // A title in capitals too, as in a heading or a referee line in capitals: "MRS PAULINE GRANT", "DR A. OKAFOR".
  if (genderedTitles.has(text) || professionalTitles.has(text) || (text.length > 1 && isGenderedTitle(text)) || text === 'DR' || text === 'PROF') return 'title';
  if (particles.has(text)) return 'particle';
  // "I’m", "I've", "I'd": the writer's pronoun, never a capitalised name part ("Hey, I’m Thomas" is no "I’m Thomas").
  if (I_CONTRACTION.test(text)) return 'other';
  // An ʻokina opens many Polynesian names and their initials ("ʻOfa", "M. ʻO. Havili"): the word is read from the letter after it.
  if (text.charCodeAt(0) === 0x2bb && text.length > 1) return kindOf(text.slice(1));
  // A Gaelic surname after "Mac an" or "Nic an", its first letter mutated: "t-Saoir", "h-Aonghais".
  if (text.charAt(1) === '-' && /^[thn]-\p{Lu}/u.test(text)) return 'cap';
  if (!startsUpper(text)) return hasLower(text) ? 'lower' : 'other';
  if (text.length === 1) return 'initial';
  return hasLower(text) ? 'cap' : 'caps';
}

// A word is read in code when its letters are ASCII; the patterns, which know every script, read the rest.
const isAsciiUpper = (code: number) => code >= 65 && code <= 90;
const isAsciiLower = (code: number) => code >= 97 && code <= 122;

function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? isAsciiUpper(code) : UPPER.test(text);
}

function hasLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return LOWER.test(text);
    if (isAsciiLower(code)) return true;
  }
  return false;
}

/** Whether `value` ends with a possessive, and where it starts: "Amina's" → 5, "Thomas'" → 6; else -1. Read in code. */
function possessiveAt(value: string): number {
  const n = value.length;
  const last = value.charAt(n - 1);
  if (last === 's' && n >= 2 && isApostrophe(value.charAt(n - 2))) return n - 2;
  if (isApostrophe(last) && n >= 2 && value.charAt(n - 2) === 's') return n - 1;
  return -1;
}

const isApostrophe = (char: string) => char === "'" || char === '’';
/** A word ending in "ng" and an apostrophe, the velar nasal written so: "Ochieng'". */
const NG_APOSTROPHE = /\p{L}ng['’]$/u;

/** Only one to three blanks: the gap of two words on one line (a tab is a cell break, not a gap inside a name). */
function isShortBlank(gap: string): boolean {
  if (gap.length < 1 || gap.length > 3) return false;
  for (let i = 0; i < gap.length; i++) if (gap.charAt(i) !== ' ') return false;
  return true;
}

/** What a nickname bracket holds: one or two words, then the closing mark. */
const NICKNAME_INSIDE = /^[\p{L}'’-]+(?: [\p{L}'’-]+)?[)"”]/u;
/** Whether a bracket's words are a nickname: one or two words that close it, neither a job's ("(Emeka)", not "(Security Manager)"). */
function isNicknameInside(after: string): boolean {
  const inside = NICKNAME_INSIDE.exec(after);
  if (!inside) return false;
  for (const word of inside[0].slice(0, -1).split(' ')) if (nameLexicon.notNameGroups.jobWords.has(word)) return false;
  return true;
}
/**
 * A nickname opens with a bracket or quote, or both: "(Emeka)", "“Tina”", "('Funmi')". After it closes, a blank or a few
 * go on to the name; a tab or a longer run of blanks is a cell's end ("Ana Pop (Anca)⇥⇥Anatomical Pathology Technologist").
 */
export const NICKNAME_OPENS = /^[ \t]+(?:[("“‘]|\(['‘"“]|')[ \t]*$/;
export const NICKNAME_CLOSES = /^[ \t]*(?:[)"”’]|['’"”]\)|')(?: {1,3})$/;
/** A mark that opens a bracket or a quote, straight before a word. */
const OPENING_MARK = /^["“‘'(„«]$/;

/** Every word in the text, with the facts the name rules need, in one pass. */
/** How far right of its cell's start a wrapped line may begin: a bullet's hanging indent. */
const WRAP_INDENT_SLACK = 4;

/** Whether the line after a word (its indent the end of `gap`) starts no further right than the word's cell on its own line. */
function underCell(text: string, at: number, gap: string): boolean {
  const from = lineStart(text, at, 400);
  const before = text.slice(from, at);
  const cut = Math.max(before.lastIndexOf('  ') + 2, before.lastIndexOf('\t') + 1, 0);
  const cell = cut + before.slice(cut).search(/\S|$/);
  return gap.length - gap.indexOf('\n') - 1 <= cell + WRAP_INDENT_SLACK;
}

/** The pronouns before a verb: "I Saw Grace twice" is the verb, capitalised. */
const SUBJECT = /^(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Yy]ou|also)$/;
/** What opens a line, a bullet or a sentence before a word. */
const OPENING = /(?:^|[.!?:])[ \t•·*▪◦‣–-]*$/;

/**
 * Whether Karen "Saw" or "Naw" (a title that is also the verb) is the verb here: after a pronoun ("I Saw Grace"), or opening a
 * line, a bullet or a sentence whose capitalised words go on in lower case ("• Saw Young People in clinic", "Saw Long Covid
 * referrals."). Where a name stands it stays a title: in a list ("; Saw Ler Moo (Team Leader)"), or a line of its own ("Naw Eh Paw").
 */
function isVerbNotTitle(text: string, words: readonly Word[], i: number): boolean {
  const word = words[i]!;
  if (!nameLexicon.verbTitles.has(word.text)) return false;
  const before = text.slice(lineStart(text, word.start, 200), word.start);
  const previous = words[i - 1];
  if (previous && previous.end > word.start - before.length && SUBJECT.test(previous.text) && /^[ \t]+$/.test(text.slice(previous.end, word.start))) return true;
  if (!OPENING.test(before)) return false;
  let j = i + 1;
  while (words[j] && (words[j]!.kind === 'cap' || words[j]!.kind === 'caps' || words[j]!.kind === 'initial') && !text.slice(words[j - 1]!.end, words[j]!.start).includes('\n')) j++;
  const after = words[j];
  return after !== undefined && after.kind === 'lower' && /^[ \t]+$/.test(text.slice(words[j - 1]!.end, after.start));
}

/** A tier and its number is a grade or a course's level ("Tier 2", "Tier 3 trainer"), never a name ("Helen Tier, Practice Manager" is). */
function numberedTier(text: string, value: string, end: number): boolean {
  return (value === 'Tier' || value === 'Tiers' || value === 'TIER') && /^[ \t]{1,2}\d/.test(text.slice(end, end + 3));
}

export function scanWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of matchAll(text, WORD)) {
    let value = m[0];
    const dot = value.endsWith('.');
    if (dot) value = value.slice(0, -1);
    // Possessives: "Amina's" → "Amina", "Thomas'" → "Thomas".
    const possessive = possessiveAt(value);
    if (possessive >= 0) value = value.slice(0, possessive);
    // "Ochieng'": an apostrophe after "ng" writes the velar nasal of Luo and Swahili names. It stays inside the word's span
    // (so it is removed with the name and does not break the run) but not in its text, so the name part keys the same
    // with or without it ("Achieng' Odhiambo" on the first line, "Achieng led" in the body); elsewhere a closing quote or
    // a possessive. An inner one ("Ng'eno") stays in the text.
    let velar = 0;
    if (possessive < 0 && isApostrophe(value.charAt(value.length - 1))) {
      if (NG_APOSTROPHE.test(value) && !/['’‘"“]/.test(text[m.index - 1] ?? '')) velar = 1;
      value = trimChars(value, null, /['’]/);
    }
    if (!value) continue;
    // The Dutch particle "'t" ("van 't Hek") keeps its apostrophe, so it reads as a particle joined by a space.
    if (value === 't' && /['’]/.test(text[m.index - 1] ?? '') && /^\s?$/.test(text[m.index - 2] ?? '')) {
      words.push({ text: `${text[m.index - 1]}t`, start: m.index - 1, end: m.index + 1, kind: 'particle', dot, joinsNext: false, join: null });
      continue;
    }
    // The Gaelic article after "Mac" or "Nic" keeps its apostrophe too: "Mac a' Phì", "Nic a' Phearsain".
    if (value === 'a' && /^a['’][ \t]/.test(text.slice(m.index, m.index + 3)) && /^(?:Mac|Nic|Mhic)$/.test(words.at(-1)?.text ?? '')) {
      words.push({ text: text.slice(m.index, m.index + 2), start: m.index, end: m.index + 2, kind: 'particle', dot: false, joinsNext: false, join: null });
      continue;
    }
    // A Spanish or Portuguese title written with a superscript, which NFKC makes a letter after the
    // full stop: "D.ª" (Doña) reads "D.a", "Sr.ª" "Sr.a", "Sr.ta" (Señorita).
    const title = words.at(-1);
    if (title?.dot && title.end === m.index - 1 && /^(?:a|ta)$/.test(value) && /^(?:D|Sr)$/.test(title.text)) {
      title.text = `${title.text}.${value}`;
      title.end = m.index + value.length;
      title.kind = 'title';
      title.dot = dot;
      continue;
    }
    // A word run into a digit is a code's or a model's ("Net2", "Series7"), never a name's.
    const glued = !dot && (DIGIT.test(text.charAt(m.index + m[0].length)) || numberedTier(text, value, m.index + m[0].length));
    words.push({ text: value, start: m.index, end: m.index + value.length + velar, kind: glued ? 'other' : kindOf(value), dot, joinsNext: false, join: null });
  }
  for (let i = 0; i < words.length; i++) if (words[i]!.kind === 'title' && isVerbNotTitle(text, words, i)) words[i]!.kind = 'cap';
  // Whether a nickname's bracket or quote opened inside the run the current word belongs to ("Chukwuemeka (Emeka) Obi").
  let openedInRun = false;
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!;
    const next = words[i + 1]!;
    const gap = text.slice(word.end, next.start);
    // A full stop ends the run unless the word is an initial or a title ("J. Smith", "Dr. Okafor"),
    // or a given name abbreviated after a title ("Dr. Md. Karim", "Dr Mohd. Faizal") or opening a field's value ("Father's Name:
    // Md. Lil Mia Mridha", "Mother's Name: Mst. Baby Akter"), where no sentence ends,
    // or a saint's or a mountain's "St." and "Mt." ("St. John's Hospital"), read as "St" is.
    const gapAfterDot = word.dot ? gap.slice(1) : gap;
    const dotOk =
      !word.dot ||
      word.kind === 'initial' ||
      word.kind === 'title' ||
      (PLACE_ABBREVIATION.test(word.text) && !streetBefore(text, words, i)) ||
      (ABBREVIATED_GIVEN.test(word.text) && (words[i - 1]?.kind === 'title' || opensValue(text, word.start)));
    // Most words are followed by a blank: no bracket, quote, apostrophe or line break to read.
    if (isShortBlank(gapAfterDot)) {
      // Two blanks or three from a word in capitals to a capitalised one are a heading's cells, a name then its post: "JOHN
      // SMITH  Porter" ("Porter" is a surname too).
      if (gapAfterDot.length > 1 && word.kind === 'caps' && next.kind === 'cap') {
        word.joinsNext = false;
        word.join = null;
        openedInRun = false;
        continue;
      }
      word.joinsNext = dotOk;
      word.join = dotOk ? 'space' : null;
      if (!dotOk) openedInRun = false;
      continue;
    }
    // An apostrophe after a word that a quote opened is the quote's close, not a possessive: "'Bisi' Adeyemi", "'Achieng' Odhiambo".
    const possessiveGap = /^['’]s?[ \t]/.test(gap) && !(/^['’][ \t]/.test(gap) && /^['‘]$/.test(text.charAt(word.start - 1)));
    // Blanks only (a tab is a cell break: "Previous⇥Speech and Language Therapist" is a label and its value), or a
    // nickname in brackets or quotes: Chukwuemeka (Emeka) Obi, Chukwuemeka "Emeka" Obi.
    // An opening bracket joins only a short nickname that closes: "(Emeka)", not "(Dietetic Team Lead)".
    const opens = NICKNAME_OPENS.test(gapAfterDot) && isNicknameInside(text.slice(next.start, next.start + 30));
    // A closing mark goes on to the name only after a nickname opened in the run, or one word alone in its marks ("(Emeka)
    // Obi"): several words in quotes before it name a body ("Universitatea … „Iuliu Haţieganu” Cluj-Napoca"), not a person.
    const closes: boolean = NICKNAME_CLOSES.test(gapAfterDot) && (openedInRun || OPENING_MARK.test(text.charAt(word.start - 1)));
    const nickname: boolean = opens || closes;
    // A soft line break inside a wrapped paragraph (PDF text): the line ends at this word and is long.
    // The next line goes on under the cell that holds the word, not further right: a footer's page number under a name in its
    // right-hand column ("Curriculum vitae      Ana Pop⏎                       Page 2 / 2") is no wrapped line.
    // Nor is a footer's page number opening the next line ("…Applicant: OKORO, Ada N.⏎Page 1 of 3").
    const wrapped =
      /^[ \t]*\n[ \t]*$/.test(gapAfterDot) && word.start - lineStart(text, word.start, 60) >= 60 && underCell(text, word.start, gapAfterDot) && !PAGE_NUMBER_LINE.test(text.slice(next.start, next.start + 16));
    // Initials run together ("C.W. Lam") join as if spaced.
    // So do initials of a hyphenated given name: "J.-P. Lefèvre" (Jean-Pierre).
    // And a hyphen that PDF text split from its first half, a blank before it and none after: "Ben -Yeshaya".
    const spaces =
      /^ {1,3}$/.test(gapAfterDot) ||
      (word.dot && word.kind === 'initial' && (gapAfterDot === '' || (gapAfterDot === '-' && next.kind === 'initial')) && UPPER.test(next.text)) ||
      // A title's full stop with no blank after it, as a hurried byline types it: "written by Dr.Abhishek Khanna".
      (word.dot && word.kind === 'title' && gapAfterDot === '' && next.kind === 'cap') ||
      (!word.dot && gapAfterDot === ' -' && next.kind === 'cap');
    word.joinsNext = dotOk && !possessiveGap && (spaces || nickname || wrapped);
    word.join = !word.joinsNext ? null : spaces ? 'space' : nickname ? 'nickname' : 'wrap';
    openedInRun = word.joinsNext && (opens || (openedInRun && !closes));
  }
  return words;
}

/**
 * "Mill St.": straight after a capitalised word, one blank between, "St." is a street's, which may
 * end a sentence; not after a field's or an institution's word ("Pharmacy\tSt. John's University").
 */
function streetBefore(text: string, words: Word[], i: number): boolean {
  const previous = words[i - 1];
  // The words are read in order, so the one before already knows whether it joins this one.
  return previous !== undefined && previous.kind === 'cap' && previous.joinsNext && text.charAt(previous.end) === ' ' && !nameLexicon.organisationSuffixes.has(previous.text);
}

/** Whether only blanks stand between a field's colon and `at` on its line ("Name: Md. …"). Read back in code, ten characters at most. */
function opensValue(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < 10 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return text[i - 1] === ':';
}

/** The index of the first word that starts at or after `offset` (words.length if none). */
export function firstWordFrom(words: readonly Word[], offset: number): number {
  return firstIndex(words, (w) => w.start, offset);
}

import { markQuotations, type QuoteMark } from './quotations';
import { currentEpoch, FNV_BASIS, FNV_PRIME, numberAt, reserveNumbers, WordFlags, wordNumber, wordOf } from './vocabulary';

// SHAPE and GAP (and names.ts's NAME) are enums, not objects of constants: the bundles (esbuild)
// write each member's value where it is read, where an object's property is read at run time, in code
// V8 has not optimised (most of a run of the CLI) an inline-cache lookup each time, at every token.
/** How a word is written, as bit flags on `Token.shape`. */
export enum SHAPE {
  /** First letter is a capital ("Trust", "NHS", "GPhC"). */
  CAP = 1,
  /** Two or more letters, all capitals ("NHS", "A&E"). */
  UPPER = 2,
  /** Has a digit ("S1", "2"). */
  DIGIT = 4,
  /** Only digits ("2", "14,000" gives "14" and "000"). */
  NUMBER = 8,
  /** Two or more capitals, whatever else: "GCSEs", "GPhC", "PAs". */
  CAPITALS = 16,
  /** Only ASCII letters and digits: no apostrophe, no "&", no letter of another script. */
  PLAIN = 32,
}

/** What separates a token from the one before it, as bit flags on `Token.gap`. */
export enum GAP {
  COMMA = 1,
  /** ; : ( ) [ ] | or a dash between spaces: a clause ends. */
  BREAK = 2,
  /** A hyphen with no spaces: "fresh-faced", "co-ordinator". */
  HYPHEN = 4,
  SLASH = 8,
  NEWLINE = 16,
  /** A bullet or list marker at the start of a line. */
  BULLET = 32,
  /** A colon (also counted as BREAK). */
  COLON = 64,
  /** An opening bracket (also counted as BREAK). */
  OPEN = 128,
  /** A closing bracket (also counted as BREAK). */
  CLOSE = 256,
  /** An ampersand between spaces ("Duties & Responsibilities"). */
  AMPERSAND = 512,
}

/** A word of the analysed text. `norm` is lower case with curly apostrophes made straight. */
export interface Token {
  start: number;
  end: number;
  norm: string;
  /** `norm` without a possessive ending ("people's" -> "people"), or `norm` itself. */
  base: string;
  /** Index of the sentence the token belongs to (a new line also ends a sentence). */
  sentence: number;
  /** Index of the clause: sentences split at , ; : brackets, dashes and words such as "so" or "which". */
  clause: number;
  /** Index of the line (paragraph or list item). */
  line: number;
  /** Inside a quotation: someone else's words, not the advert's. */
  quoted: boolean;
  /** SHAPE flags. */
  shape: number;
  /** GAP flags for the characters between the previous token and this one. */
  gap: number;
}

export interface Tokenized {
  tokens: Token[];
  /** Offsets of each sentence: sentence i spans [sentenceStarts[i], sentenceEnds[i]). */
  sentenceStarts: number[];
  sentenceEnds: number[];
  /**
   * Quotations the writer proposes as the advert's wording ("can we say "..."?"), as flat [from, to)
   * token pairs in order: the advert's words, read as such rather than as someone else's.
   */
  proposed: number[];
  /**
   * Each token's `norm` and `base` by their numbers for the thread (vocabulary.ts), in the numbering
   * `epoch`: the tokenizer numbers a word as it reads it, so the Doc indexes words without a lookup.
   */
  ids: number[];
  baseIds: number[];
  epoch: number;
}

/** Words that open a new clause: what follows is a new statement about something else. */
const CLAUSE_WORDS = new Set([
  'so', 'but', 'which', 'who', 'whom', 'whose', 'while', 'whilst', 'although', 'though', 'because', 'whereas',
  'unless', 'where', 'when', 'if', 'since',
]);

/** CLAUSE_WORDS by word number (vocabulary.ts): read at every token, looked up once per word and thread. */
const OPENS_CLAUSE = new WordFlags((word) => CLAUSE_WORDS.has(word));

const letterCache = new Map<number, boolean>();
const LETTER = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and combining marks of any script; ASCII without a regular expression. */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) return true; // astral letters: kept inside the word
  let known = letterCache.get(code);
  if (known === undefined) {
    known = LETTER.test(String.fromCharCode(code));
    letterCache.set(code, known);
  }
  return known;
}

const isApostrophe = (code: number) => code === 39 || code === 0x2019;
const isUpperCode = (code: number) => (code >= 65 && code <= 90) || (code > 127 && String.fromCharCode(code) !== String.fromCharCode(code).toLowerCase());
const isLowerCode = (code: number) => (code >= 97 && code <= 122) || (code > 127 && String.fromCharCode(code) !== String.fromCharCode(code).toUpperCase());

/** SHAPE flags of the word at [start, end), from the counts of its kinds of characters. */
function shapeOf(text: string, start: number, end: number, upper: number, lower: number, digits: number, plain: boolean): number {
  let shape = 0;
  if (isUpperCode(text.charCodeAt(start))) shape |= SHAPE.CAP;
  if (upper >= 2 && lower === 0) shape |= SHAPE.UPPER;
  if (upper >= 2) shape |= SHAPE.CAPITALS;
  if (digits > 0) shape |= SHAPE.DIGIT;
  if (digits === end - start) shape |= SHAPE.NUMBER;
  if (plain) shape |= SHAPE.PLAIN;
  return shape;
}

/**
 * Splits text into words, sentences, clauses and lines in one left-to-right pass, then marks
 * quotations (bounded: both marks in one sentence, see quotations.ts). Linear in the text's length.
 */
export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const ids: number[] = [];
  const baseIds: number[] = [];
  reserveNumbers(0);
  const sentenceStarts: number[] = [0];
  const sentenceEnds: number[] = [];
  const marks: QuoteMark[] = [];
  /** Tokens that end in a plural possessive's apostrophe ("nurses'"), which can also close a quotation. */
  const possessives: number[] = [];
  let sentence = 0;
  let clause = 0;
  let line = 0;
  let sentenceHasWords = false;
  let clauseHasWords = false;
  /** A full stop was seen; the sentence ends at the next space (so a closing quote stays inside). */
  let pendingBreak = -1;
  let gap = 0;
  let lineStart = true;
  /** The word being read is part of a hashtag ("#WorkHardPlayHard"), whose words split at their capitals. */
  let inHashtag = false;

  const endSentence = (at: number) => {
    if (sentenceHasWords) {
      sentenceEnds.push(at);
      sentenceStarts.push(at);
      sentence++;
      sentenceHasWords = false;
    }
    if (clauseHasWords) {
      clause++;
      clauseHasWords = false;
    }
    pendingBreak = -1;
  };
  const endClause = () => {
    if (clauseHasWords) {
      clause++;
      clauseHasWords = false;
    }
  };

  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      // Punctuation and spaces between words.
      if (c === 10 || c === 13) {
        endSentence(pendingBreak >= 0 ? pendingBreak : i);
        if (c === 10 || text.charCodeAt(i + 1) !== 10) line++;
        gap |= GAP.NEWLINE;
        lineStart = true;
      } else if (c === 34 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 39) {
        // Apostrophes inside words never get here: these are quotation marks (or stray ones).
        marks.push({ at: i, code: c, sentence, tokenIndex: tokens.length });
      } else if (c === 32 || c === 9 || c === 0xa0) {
        if (pendingBreak >= 0) endSentence(pendingBreak);
      } else if (c === 46 || c === 33 || c === 63) {
        // . ! ? end a sentence when a space, a line end or the end of the text follows (after any
        // closing quotes or brackets), and, after a full stop, the next word does not start in lower
        // case ("e.g. the"); a chat's "isn't she pregnant though? she mentioned a scan" is two.
        if (pendingBreak < 0 && sentenceHasWords && !isNumeroMark(text, i) && !isTitleStop(text, i) && endsSentence(text, i + 1, c !== 46)) pendingBreak = i + 1;
      } else if (c === 44) {
        gap |= GAP.COMMA;
        endClause();
      } else if (c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93) {
        gap |= GAP.BREAK | (c === 58 ? GAP.COLON : 0) | (c === 40 || c === 91 ? GAP.OPEN : 0) | (c === 41 || c === 93 ? GAP.CLOSE : 0);
        endClause();
      } else if (c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0xb7 || c === 42 || c === 0x25aa || c === 0x25cf) {
        const joined = c === 45 && isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i + 1));
        if (joined) gap |= GAP.HYPHEN;
        else if (lineStart) gap |= GAP.BULLET;
        else {
          gap |= GAP.BREAK;
          endClause();
        }
      } else if (c === 124) {
        // A cell of a table copied flat ("Essential: Registered nurse | Physically fit | Driving licence") is a
        // clause of its own; the row stays one sentence, so its "Desirable" or "or equivalent" cell still reaches it.
        gap |= GAP.BREAK;
        endClause();
      } else if (c === 47) {
        gap |= GAP.SLASH;
      } else if (c === 38) {
        gap |= GAP.AMPERSAND;
      }
      i++;
      continue;
    }

    // A word: letters and digits, joined by apostrophes (people's, don't) and by "&" between
    // capitals with no spaces (A&E, IM&T). Hyphens split words, so "able-bodied" and "able bodied"
    // are the same two tokens.
    // The word's capitals, small letters and digits are counted as it is read, for its shape.
    const start = i;
    // A hashtag's words run together ("#YoungAndHungry"): each starts at a capital after a small letter,
    // or at the last of a run of capitals before a small one ("#NHSJobs"), and is read as a word of its own.
    const before = text.charCodeAt(start - 1);
    inHashtag = before === 35 || (inHashtag && isWordCode(before));
    let j = i;
    let upper = 0;
    let lower = 0;
    let digits = 0;
    let plain = true;
    // The lower-case word's hash, for its number (vocabulary.ts), while it is plain ASCII.
    let hash = FNV_BASIS;
    for (;;) {
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d >= 97 && d <= 122) {
          lower++;
          hash = Math.imul(hash ^ d, FNV_PRIME);
        } else if (d >= 65 && d <= 90) {
          if (inHashtag && j > start && startsHashtagWord(text, j)) break;
          upper++;
          hash = Math.imul(hash ^ (d + 32), FNV_PRIME);
        } else if (d >= 48 && d <= 57) {
          digits++;
          hash = Math.imul(hash ^ d, FNV_PRIME);
        } else if (d < 128 || !isWordCode(d)) break;
        else {
          plain = false;
          if (isUpperCode(d)) upper++;
          else if (isLowerCode(d)) lower++;
        }
      }
      const next = text.charCodeAt(j);
      // An apostrophe or "&" that joins: read on from the character after it.
      if (
        (isApostrophe(next) && isWordCode(text.charCodeAt(j + 1))) ||
        (next === 38 && isUpperCode(text.charCodeAt(j - 1)) && isUpperCode(text.charCodeAt(j + 1)))
      ) {
        plain = false;
        j++;
        continue;
      }
      break;
    }
    // A trailing apostrophe after "s" is a plural possessive (nurses'), unless it closes a quote.
    let end = j;
    if (isApostrophe(text.charCodeAt(j)) && (text.charCodeAt(j - 1) | 32) === 115 && !isWordCode(text.charCodeAt(j + 1))) {
      end = j + 1;
      plain = false;
      possessives.push(tokens.length);
    }
    if (pendingBreak >= 0) endSentence(pendingBreak);
    // A plain word is found in the thread's numbering from the text itself (no string made, once it
    // has been seen); the rest are made as strings and numbered by them.
    let id: number;
    let baseId: number;
    let norm: string;
    let base: string;
    if (plain) {
      id = baseId = numberAt(text, start, end, hash);
      norm = base = wordOf(id);
    } else {
      norm = text.slice(start, end).toLowerCase();
      if (norm.includes('’')) norm = norm.replace(/’/g, "'");
      base = norm.endsWith("'s") ? norm.slice(0, -2) : norm.endsWith("s'") ? norm.slice(0, -1) : norm;
      id = wordNumber(norm);
      baseId = base === norm ? id : wordNumber(base);
    }
    // "No. 7 has a name I can't pronounce": the numero sign, read as "number", never as a negation.
    if (end - start === 2 && norm === 'no' && isNumeroMark(text, end)) {
      norm = base = 'number';
      id = baseId = wordNumber(norm);
    }
    if (clauseHasWords && OPENS_CLAUSE.has(id, norm)) endClause();
    tokens.push({
      start,
      end,
      norm,
      base,
      sentence,
      clause,
      line,
      quoted: false,
      // A hashtag's capitals only mark where its words start: they make none of them a name.
      shape: shapeOf(text, start, end, upper, lower, digits, plain) & (inHashtag && lower > 0 ? ~SHAPE.CAP : ~0),
      gap,
    });
    ids.push(id);
    baseIds.push(baseId);
    sentenceHasWords = true;
    clauseHasWords = true;
    gap = 0;
    lineStart = false;
    i = end;
  }
  sentenceEnds.push(n);
  const proposed = markQuotations(text, tokens, marks, possessives);
  return { tokens, sentenceStarts, sentenceEnds, proposed, ids, baseIds, epoch: currentEpoch() };
}

/** Whether the capital at `j`, inside a hashtag, starts one of its words: "Hard" in "WorkHard", "Jobs" in "NHSJobs". */
function startsHashtagWord(text: string, j: number): boolean {
  const prev = text.charCodeAt(j - 1);
  if (prev >= 97 && prev <= 122) return true;
  const next = text.charCodeAt(j + 1);
  return prev >= 65 && prev <= 90 && next >= 97 && next <= 122;
}

/** Whether the full stop at `i` closes "No." before a number ("No. 5 is strong"), which ends no sentence. */
function isNumeroMark(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 46 || i < 2 || (text.charCodeAt(i - 2) | 32) !== 110 || (text.charCodeAt(i - 1) | 32) !== 111) return false;
  if (i > 2 && isWordCode(text.charCodeAt(i - 3))) return false;
  const next = text.charCodeAt(i + 2);
  return text.charCodeAt(i + 1) === 32 && next >= 48 && next <= 57;
}

const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
/** Titles written with a full stop before a name: "St. Peter's Hospital", "Dr. Patel". */
const TITLE_STOPS = new Set(['St', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Rev', 'Revd']);

/**
 * Whether the full stop at `i` ends a title before a name ("Ashford and St. Peter's", "Dr. Khan"): a
 * title from TITLE_STOPS as written, a word of its own, then a space and a capital.
 */
function isTitleStop(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && i - s < 4 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  if (s === i || (s > 0 && isWordCode(text.charCodeAt(s - 1))) || !TITLE_STOPS.has(text.slice(s, i))) return false;
  const next = text.charCodeAt(i + 2);
  return text.charCodeAt(i + 1) === 32 && next >= 65 && next <= 90;
}

/** A person as the subject of a new sentence, which a chat writes in lower case after "?" or "!": "isn't she pregnant? she mentioned a scan". */
const LOWER_SUBJECT = /^(?:she|he|they|we|i|you)(?:'s|’s|'re|’re|'m|’m|'ve|’ve|'d|’d|'ll|’ll)?\b/;

/** Whether a sentence ends before offset `i` (just after . ! or ?); `marked` when a ! or ? ends it. */
function endsSentence(text: string, i: number, marked: boolean): boolean {
  let k = i;
  // Closing quotes and brackets belong to the sentence they close.
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93) k++;
    else break;
  }
  if (k >= text.length) return true;
  const c = text.charCodeAt(k);
  if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0xa0) return false;
  // "e.g. the", "approx. twenty": the next word in lower case continues the sentence, unless a "?" or
  // "!" (not inside brackets: "(or woman!) for the job") ends a chat's line before a person's pronoun.
  let m = k;
  while (m < text.length && m < k + 8) {
    const d = text.charCodeAt(m);
    if (d === 32 || d === 9 || d === 0xa0) m++;
    else break;
  }
  return m >= text.length || !isLowerCode(text.charCodeAt(m)) || (marked && k === i && LOWER_SUBJECT.test(text.slice(m, m + 6)));
}

/**
 * Whether token j opens a line that carries on the one before, cut at its width rather than at the end
 * of a sentence (text copied from a PDF): one line break and only spaces since the word before, and no
 * bullet. Callers add what the wrap must look like (a small letter, a name's next word).
 */
export function wrapsFromLineBefore(text: string, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const before = tokens[j - 1];
  if (!t || !before || !(t.gap & GAP.NEWLINE) || t.gap & GAP.BULLET) return false;
  return /^[ \t]*\r?\n[ \t]*$/.test(text.slice(before.end, t.start));
}

/** Lower-cases and straightens apostrophes, as token `norm` does. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

/** Lower-case ASCII words between single spaces, which tokenize would return as they are. */
const PLAIN_WORDS = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * The words of a phrase as the tokenizer would see them. Most rule phrases are plain words, split
 * without the tokenizer: building the rules then costs a fraction, and the tokenizer is first
 * optimised for real text rather than for two thousand short phrases.
 */
export function phraseWords(phrase: string): string[] {
  if (PLAIN_WORDS.test(phrase)) return phrase.split(' ');
  return tokenize(phrase).tokens.map((t) => t.norm);
}

// Which words a rule's pattern cannot match without, worked out from the pattern's syntax when the
// wordlists are compiled, so the engine runs a pattern only on texts that hold them (most do not).
import { RegExpParser } from '@eslint-community/regexpp';
import type { AST } from '@eslint-community/regexpp';
import type { PatternWords } from '../engine/ruleset';

/**
 * A pattern's possible matches as a set of strings over four kinds of symbol: a lower-case ASCII
 * letter or digit (matched with the i flag, so in either case), SEP for one or more characters that
 * are no ASCII letter or digit, BOUNDARY for \b, and ANY for anything else (possibly nothing).
 * Lookarounds and other assertions are left out: they only narrow what matches.
 */
const SEP = ' ';
const BOUNDARY = '|';
const ANY = '?';
/** More strings than this and the rest of a sequence is read as ANY: the words before it still count. */
const MAX_STRINGS = 4096;
/** A quantifier repeated at most this often is spelled out; more often, its element is ANY. */
const MAX_REPEAT = 4;
/** A character class of at most this many letters ("[sz]", "[ey]") is spelled out; more, it is ANY. */
const MAX_CLASS = 6;

type Language = Set<string>;

const ALNUM = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
const isAlnum = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

/**
 * Joins two strings, merging what repeats: two SEPs are one SEP, two ANYs one ANY, two BOUNDARYs one
 * ("\b(?<=\bmust\s)fewer": else the match would not read as opening with "fewer" and get no `starts`).
 */
function join(a: string, b: string): string {
  if (a === '' || b === '') return a + b;
  const last = a.at(-1)!;
  const first = b[0]!;
  if ((last === SEP && first === SEP) || (last === ANY && first === ANY) || (last === BOUNDARY && first === BOUNDARY)) return a + b.slice(1);
  return a + b;
}

function concat(a: Language, b: Language): Language {
  if (a.size * b.size > MAX_STRINGS) b = new Set([ANY]);
  const out: Language = new Set();
  for (const x of a) for (const y of b) out.add(join(x, y));
  return out;
}

/**
 * With the u and i flags, the two characters outside ASCII that match an ASCII letter: "ſ" (s) and
 * the Kelvin sign (k). Without the u flag a character outside ASCII never matches one inside it,
 * whatever its case.
 */
const FOLDED_INTO: Record<string, number> = { s: 0x17f, k: 0x212a };

/** The ASCII letters and digits one character element can match, in either case. */
function alnumsOf(node: AST.Character | AST.CharacterClassRange | AST.CharacterSet, unicodeCase: boolean): string[] | 'any' {
  const inRange = (min: number, max: number) =>
    ALNUM.filter((c) => {
      const codes = [c.charCodeAt(0), c.toUpperCase().charCodeAt(0), ...(unicodeCase && FOLDED_INTO[c] ? [FOLDED_INTO[c]] : [])];
      return codes.some((code) => code >= min && code <= max);
    });
  switch (node.type) {
    case 'Character':
      return inRange(node.value, node.value);
    case 'CharacterClassRange':
      return inRange(node.min.value, node.max.value);
    case 'CharacterSet':
      if (node.kind === 'space' && !node.negate) return [];
      if (node.kind === 'digit' && !node.negate) return ALNUM.filter((c) => c >= '0' && c <= '9');
      return 'any';
  }
}

/** One character's language: the letters it can be, SEP when it can be no letter or digit, else ANY. */
function characterLanguage(node: AST.Character | AST.CharacterClass | AST.CharacterSet, unicodeCase: boolean): Language {
  let letters: string[];
  if (node.type === 'CharacterClass') {
    if (node.negate) return new Set([ANY]);
    letters = [];
    let onlyLetters = true;
    for (const e of node.elements) {
      if (e.type !== 'Character' && e.type !== 'CharacterClassRange' && e.type !== 'CharacterSet') return new Set([ANY]);
      const found = alnumsOf(e, unicodeCase);
      if (found === 'any') return new Set([ANY]);
      // An element that can also match something that is no letter ("[a-z,]") leaves the symbol unknown.
      const min = e.type === 'CharacterClassRange' ? e.min.value : e.type === 'Character' ? e.value : -1;
      const max = e.type === 'CharacterClassRange' ? e.max.value : min;
      if (found.length > 0 && !withinAlnum(min, max)) onlyLetters = false;
      letters.push(...found);
    }
    letters = [...new Set(letters)];
    if (letters.length > 0 && (!onlyLetters || letters.length > MAX_CLASS)) return new Set([ANY]);
  } else {
    const found = alnumsOf(node, unicodeCase);
    if (found === 'any') return new Set([ANY]);
    letters = found;
  }
  return new Set(letters.length === 0 ? [SEP] : letters);
}

/** Whether every code point in [min, max] is an ASCII letter or digit. */
function withinAlnum(min: number, max: number): boolean {
  const ranges = [[48, 57], [65, 90], [97, 122]];
  return min >= 0 && ranges.some(([a, b]) => min >= a! && max <= b!);
}

function alternativesLanguage(alternatives: AST.Alternative[], unicodeCase = false): Language {
  const out: Language = new Set();
  for (const alt of alternatives) for (const s of sequenceLanguage(alt.elements, unicodeCase)) out.add(s);
  return out.size > MAX_STRINGS ? firstWordsOf(out) : out;
}

/**
 * Too many strings, each cut after its first word and the SEP or BOUNDARY after it, and read as ANY
 * from there ("must ?"): a looser language that still holds every match, so that a long pattern
 * keeps the words it opens with and its `starts` (uk-ties-demanded had none, and was tried at every
 * character of every text). ANY when even those are too many.
 */
function firstWordsOf(lang: Language): Language {
  const out: Language = new Set();
  for (const s of lang) {
    let j = 1;
    while (j < s.length && !((s[j] === SEP || s[j] === BOUNDARY) && isAlnum(s[j - 1]!))) j++;
    out.add(j < s.length ? join(s.slice(0, j + 1), ANY) : s);
  }
  return out.size > MAX_STRINGS ? new Set([ANY]) : out;
}

function sequenceLanguage(elements: AST.Element[], unicodeCase: boolean): Language {
  let lang: Language = new Set(['']);
  for (const e of elements) lang = concat(lang, elementLanguage(e, unicodeCase));
  return lang;
}

function elementLanguage(e: AST.Element, unicodeCase: boolean): Language {
  switch (e.type) {
    case 'Assertion':
      return new Set([isBoundary(e, unicodeCase) ? BOUNDARY : '']);
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
      return characterLanguage(e, unicodeCase);
    case 'Group':
    case 'CapturingGroup':
      return alternativesLanguage(e.alternatives, unicodeCase);
    case 'Quantifier':
      return repeat(elementLanguage(e.element, unicodeCase), e.min, e.max);
    default:
      return new Set([ANY]);
  }
}

/**
 * Whether an assertion puts a run of ASCII letters and digits' edge where it stands, as \b does: ^
 * and $ (the text's ends, or a line's with the m flag), and a lookbehind whose every match ends in
 * a character that is no letter or digit, or at such an edge ("(?<=\bhe\s)", "(?<=(?:^|[.?!])\s*)").
 * A pattern that opens with such a lookbehind then gets its `starts`, and is tried only where those
 * words start, not at every character of the text (which is what a pattern opening with a
 * lookbehind costs).
 */
function isBoundary(e: AST.Assertion, unicodeCase: boolean): boolean {
  if (e.kind === 'word') return !e.negate;
  if (e.kind === 'start' || e.kind === 'end') return true;
  if ((e.kind !== 'lookbehind' && e.kind !== 'lookahead') || e.negate) return false;
  // Likewise a lookahead whose every match starts with such a character or edge ("(?=\s+the\b)"):
  // the word before it then ends a run, so "\bman(?=\s+the)" is tried only where "man" starts.
  const edge = e.kind === 'lookbehind' ? (s: string) => s.at(-1) : (s: string) => s[0];
  for (const s of alternativesLanguage(e.alternatives, unicodeCase)) if (edge(s) !== SEP && edge(s) !== BOUNDARY) return false;
  return true;
}

function repeat(lang: Language, min: number, max: number): Language {
  // One or more separators are one separator.
  if ([...lang].every((s) => s === '' || s === SEP)) return new Set(min > 0 && !lang.has('') ? [SEP] : ['', SEP]);
  if (min > MAX_REPEAT) return new Set([ANY]);
  let power: Language = new Set(['']);
  for (let k = 0; k < min; k++) power = concat(power, lang);
  if (max > MAX_REPEAT) return concat(power, new Set([ANY]));
  const out: Language = new Set(power);
  for (let k = min + 1; k <= max; k++) {
    power = concat(power, lang);
    for (const s of power) out.add(s);
  }
  return out.size > MAX_STRINGS ? new Set([ANY]) : out;
}

/**
 * The whole words of one possible match: runs of letters and digits with a SEP or a \b on both
 * sides (so each is a whole run of ASCII letters and digits in the text), in order, without repeats.
 */
function boundedWords(s: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isAlnum(s[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && isAlnum(s[j]!)) j++;
    const before = s[i - 1];
    const after = s[j];
    const word = s.slice(i, j);
    if ((before === SEP || before === BOUNDARY) && (after === SEP || after === BOUNDARY) && !words.includes(word)) words.push(word);
    i = j;
  }
  return words;
}

/**
 * The words a match of `source` cannot do without, each as a whole run of ASCII letters and digits
 * in the text ("uk" in "UK-trained", not in "Ukraine"). The lists are the words each possible match
 * starts with, ends with, and its longest word; a list that holds another is dropped, since the
 * shorter one is the stronger test. When every match starts with a whole word, `starts` lists those
 * words: the pattern need only be tried where they start. Null when some match need hold no whole word, or the pattern
 * uses the u flag (whose case folding lets "ſ" match "s", so the text's ASCII runs prove nothing).
 */
export function requiredWords(source: string, flags: string): PatternWords | null {
  if (flags.includes('u') || flags.includes('v')) return null;
  const pattern = new RegExpParser().parsePattern(source, 0, source.length, { unicode: false });
  const first = new Set<string>();
  const last = new Set<string>();
  const longest = new Set<string>();
  // The words every match holds, each a list of its own: "mad" in "it's mad that", where the first,
  // last and longest words ("it", "that", "because") are common and the pattern was tried on most texts.
  let everywhere: string[] | undefined;
  let anchored = true;
  for (const s of alternativesLanguage(pattern.alternatives)) {
    const words = boundedWords(s);
    if (words.length === 0) return null;
    first.add(words[0]!);
    last.add(words.at(-1)!);
    longest.add(words.reduce((a, b) => (b.length > a.length ? b : a)));
    everywhere = everywhere ? everywhere.filter((w) => words.includes(w)) : words;
    // "|uk " or "|uk|": the match starts where the whole word "uk" starts.
    const after = s[words[0]!.length + 1];
    anchored &&= s.startsWith(BOUNDARY + words[0]!) && (after === SEP || after === BOUNDARY);
  }
  const lists = [first, last, longest, ...(everywhere ?? []).map((w) => [w])].map((set) => [...set].sort()).sort((a, b) => a.length - b.length);
  return {
    lists: lists.filter((list, i) => !lists.slice(0, i).some((other) => other.every((w) => list.includes(w)))),
    starts: anchored ? [...first].sort() : null,
  };
}

/**
 * Whether every match of a pattern (any flags but v) holds one of `words` (lower-case ASCII letters
 * and digits), in a text read in lower case with "ſ" as "s" (lib/anonymise/needed-words.ts), so that
 * a text without any of them cannot match. A word must stand in the letters of one possible match
 * of the whole pattern, of one alternative of a group every match passes through, or of a run of
 * elements in a row; so "parent" is proved for "single\s+(?:parent|mum)" only with "mum" beside it.
 * False when that cannot be shown, which proves nothing either way.
 */
export function alwaysHolds(source: string, flags: string, words: readonly string[]): boolean {
  if (flags.includes('v') || words.some((w) => !/^[a-z0-9]+$/.test(w))) return false;
  const unicode = flags.includes('u');
  const unicodeCase = unicode && flags.includes('i');
  const covered = (lang: Language) => !lang.has(ANY) && [...lang].every((s) => words.some((w) => s.includes(w)));
  const sequenceHolds = (elements: AST.Element[]): boolean => {
    // Every run of elements in a row, each as long as its strings stay few enough to spell out.
    for (let i = 0; i < elements.length; i++) {
      let lang: Language = new Set(['']);
      for (let j = i; j < elements.length; j++) {
        const next = elementLanguage(elements[j]!, unicodeCase);
        if (lang.size * next.size > MAX_STRINGS) break;
        lang = concat(lang, next);
        if (covered(lang)) return true;
      }
      if (elementHolds(elements[i]!)) return true;
    }
    return false;
  };
  const elementHolds = (e: AST.Element): boolean => {
    if (e.type === 'Group' || e.type === 'CapturingGroup') return e.alternatives.every((alt) => sequenceHolds(alt.elements));
    if (e.type === 'Quantifier') return e.min > 0 && elementHolds(e.element);
    return false;
  };
  const pattern = new RegExpParser().parsePattern(source, 0, source.length, { unicode });
  return pattern.alternatives.every((alt) => sequenceHolds(alt.elements));
}

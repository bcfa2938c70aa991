import type { PhraseList } from './alternation';
import { mayMatch } from './needed-words';

/**
 * Every match of a global pattern, as `text.matchAll(pattern)` gives them (from the pattern's
 * `lastIndex`, which is left as it was), but run on the pattern itself. `matchAll` runs a copy made
 * with `new RegExp(pattern)`, and once a garbage collection has emptied V8's cache of compiled
 * patterns each copy is compiled again: with hundreds of patterns over a long text that both costs
 * the compiling and, past V8's limit on the pattern code a process has generated, leaves every later
 * pattern compiled without the look-ahead that skips a word list past the letters no entry starts
 * with (1 MB of digits took 8 s, not 2 s). Matches are read one at a time, so a loop that stops
 * early reads no further; the pattern's `lastIndex` is set before each match and put back after, so
 * code that uses the pattern inside the loop cannot move them. A pattern registered with the words it
 * needs (needed-words.ts) is not run on a text without them.
 */
export function* matchAll(text: string, pattern: RegExp): Generator<RegExpExecArray, void, undefined> {
  if (!pattern.global) throw new TypeError('matchAll needs a global pattern');
  if (!mayMatch(pattern, text)) return;
  const from = pattern.lastIndex;
  let next = from;
  for (;;) {
    pattern.lastIndex = next;
    const m = pattern.exec(text);
    next = pattern.lastIndex;
    pattern.lastIndex = from;
    if (!m) return;
    // An empty match moves on by one character (a whole code point in a Unicode pattern), as matchAll does.
    if (m[0] === '') next = advance(text, next, pattern.unicode || pattern.flags.includes('v'));
    yield m;
  }
}

/** The sticky copy of each list's pattern, made once, to try it where its starts say. */
const STICKY = new WeakMap<RegExp, RegExp>();

/**
 * Every match of a list of phrases, as `matchAll(text, list.pattern)` gives them, with the list run
 * only where `list.starts` finds a place a match can start. A pattern over hundreds of phrases needs
 * V8's look-ahead to skip the text fast, which V8 leaves out of patterns it compiles once a process
 * has generated about 1 MB of pattern code (a popup worker after a batch of CVs): without it the
 * list is tried at every character (1 MB of blanks took 1.7 s, not 0.01 s). A class of first
 * letters needs no look-ahead.
 */
export function* matchPhrases(text: string, list: PhraseList): Generator<RegExpExecArray, void, undefined> {
  const { pattern, starts } = list;
  let sticky = STICKY.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    STICKY.set(pattern, sticky);
  }
  let next = pattern.lastIndex;
  for (;;) {
    starts.lastIndex = next;
    const start = starts.exec(text);
    if (!start) return;
    sticky.lastIndex = start.index;
    const m = sticky.exec(text);
    if (!m) {
      next = start.index + 1;
      continue;
    }
    next = sticky.lastIndex;
    yield m;
  }
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}

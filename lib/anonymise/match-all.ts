/**
 * Every match of a global pattern, as `text.matchAll(pattern)` gives them (from the pattern's
 * `lastIndex`, which is left as it was), but run on the pattern itself. `matchAll` runs a copy made
 * with `new RegExp(pattern)`, and once a garbage collection has emptied V8's cache of compiled
 * patterns each copy is compiled again: with hundreds of patterns over a long text that both costs
 * the compiling and, past V8's limit on the pattern code a process has generated, leaves every later
 * pattern compiled without the look-ahead that skips a word list past the letters no entry starts
 * with (1 MB of digits took 8 s, not 0.6 s). The matches are all read before any is used, so code
 * that uses the pattern again inside the loop cannot move them.
 */
export function matchAll(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('matchAll needs a global pattern');
  const from = pattern.lastIndex;
  const matches: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      matches.push(m);
      // An empty match moves on by one character (a whole code point in a Unicode pattern), as matchAll does.
      if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
    }
  } finally {
    pattern.lastIndex = from;
  }
  return matches;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}

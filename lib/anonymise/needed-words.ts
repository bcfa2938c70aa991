/**
 * Patterns tried only on texts that hold a word they need. V8 compiles a pattern the first time it
 * runs, and for a long pattern that takes longer than running it over a short text, so a text
 * without the word skips the compiling as well as the scan. Each pattern's words are proved from its
 * syntax (tests/unit/anonymise/needed-words.test.ts, with `alwaysHolds` in
 * lib/wordlists/required-words.ts): every match holds one of them, read in `lowered` text.
 */
const NEEDED = new Map<RegExp, readonly string[]>();

/** The pattern, registered with the words (lower-case ASCII letters and digits) it cannot match without. */
export function needing<P extends RegExp>(words: readonly string[], pattern: P): P {
  NEEDED.set(pattern, words);
  return pattern;
}

/** Every pattern registered by `needing`, with its words: for the test that proves them. */
export function neededWords(): ReadonlyMap<RegExp, readonly string[]> {
  return NEEDED;
}

/**
 * Whether the text holds any of the literal words a pattern cannot match without: `includes` finds
 * them far faster than a scan by the pattern, which V8 runs at every character once it compiles
 * patterns late (a long-lived worker), so a text without them skips the scan. The words must be
 * spelt as the pattern spells them (a pattern that folds case needs its own reading).
 */
export function holdsAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

let last = { text: '', lower: '', held: new Map<string, boolean>() };

/**
 * The text in lower case with "ſ" as "s", as the words are looked for: a pattern with the i flag
 * matches an ASCII letter in either case, and with the u flag too "ſ" for "s" and the Kelvin sign
 * (which `toLowerCase` makes "k") for "k". The last text's is kept, as every finder asks for it;
 * `matchAll` asks once a call, so reading a text again costs no more than the scan it may save.
 */
export function lowered(text: string): string {
  if (text !== last.text) {
    const lower = text.toLowerCase();
    last = { text, lower: lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower, held: new Map() };
  }
  return last.lower;
}

/**
 * Whether the pattern may match the text: it needs no word, or the text holds one of its words (`matchAll` asks).
 * Each word's answer is kept with the last text: patterns share words ("my", the children's), and
 * a word the text lacks is looked for through all of it (1 MB of contact details: 214 searches, 166 words).
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const words = NEEDED.get(pattern);
  if (words === undefined) return true;
  const lower = lowered(text);
  const { held } = last;
  for (const word of words) {
    let found = held.get(word);
    if (found === undefined) {
      found = lower.includes(word);
      held.set(word, found);
    }
    if (found) return true;
  }
  return false;
}

import { escapeRegExp } from './escape-regexp';

/** One regex alternation of literal phrases, longest first so the longest always wins. */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .join('|');
}

/**
 * A global pattern of phrases between a look-behind and a look-ahead, and the cheap pattern that
 * finds every place a match can start (`matchPhrases` in `match-all.ts` runs the list only there).
 */
export interface PhraseList {
  pattern: RegExp;
  /** The look-behind and the first characters of the phrases as one class, with the list's flags, so case folds as in the list. */
  starts: RegExp;
}

/** `before` and `after` are the look-around groups; `flags` must hold "g" and "u". */
export function phraseList(phrases: readonly string[], before: string, after: string, flags: string): PhraseList {
  const firsts = new Set<string>();
  const seconds = new Set<string>();
  let oneLetter = false;
  for (const phrase of phrases) {
    const [first, second] = [...phrase];
    if (/\s/u.test(first!)) throw new Error(`a phrase starts with a blank: "${phrase}"`);
    addChar(firsts, first!);
    if (second === undefined) oneLetter = true;
    else addChar(seconds, second);
  }
  // The first two characters as two classes: a superset of the pairs, enough to pass over text no entry starts with.
  const starts = `${before}${charClass(firsts)}${oneLetter ? '' : charClass(seconds)}`;
  return { pattern: new RegExp(`${before}(?:${alternation(phrases)})${after}`, flags), starts: new RegExp(starts, flags) };
}

/** alternation() lets a blank be any run of blanks and an apostrophe be either. */
function addChar(set: Set<string>, char: string): void {
  if (char === ' ') set.add('\\s');
  else if (char === "'") set.add("'").add('’');
  else set.add(char.replace(/[\\\][^-]/u, '\\$&'));
}

function charClass(chars: Set<string>): string {
  return `[${[...chars].join('')}]`;
}

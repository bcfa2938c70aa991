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
  /** The sticky pattern of the phrases that can start with two given ASCII letters (`stickyAt`), made when first needed. */
  buckets: Map<string, RegExp | null>;
  phrases: readonly string[];
  before: string;
  after: string;
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
  return { pattern: new RegExp(`${before}(?:${alternation(phrases)})${after}`, flags), starts: new RegExp(starts, flags), buckets: new Map(), phrases, before, after };
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * The list's pattern, sticky, for a match that may start at text[i]. Where the text opens with two
 * ASCII letters, only the phrases that can start with them are tried (with those whose first two
 * characters are anything else: a blank, an apostrophe, a letter beyond ASCII), in the list's order,
 * so the first that matches is the one the whole list gives; null when none can. A pattern of a
 * few phrases is fast however late V8 compiles it; one of hundreds, tried at every "Ch" of 1 MB of
 * "Church", was not. Elsewhere, the whole list.
 */
export function stickyAt(list: PhraseList, text: string, i: number): RegExp | null {
  const first = text.charCodeAt(i);
  const second = text.charCodeAt(i + 1);
  const folds = list.pattern.ignoreCase;
  if (!isAsciiLetter(first) || !isAsciiLetter(second)) return bucket(list, '', () => true);
  const key = String.fromCharCode(first, second);
  const wanted = folds ? key.toLowerCase() : key;
  return bucket(list, wanted, (phrase) => {
    if (!isAsciiLetter(phrase.charCodeAt(0)) || !isAsciiLetter(phrase.charCodeAt(1))) return true;
    const opening = phrase.slice(0, 2);
    return (folds ? opening.toLowerCase() : opening) === wanted;
  });
}

function bucket(list: PhraseList, key: string, keep: (phrase: string) => boolean): RegExp | null {
  let sticky = list.buckets.get(key);
  if (sticky === undefined) {
    const phrases = list.phrases.filter(keep);
    const flags = `${list.pattern.flags.replace('g', '')}y`;
    sticky = phrases.length ? new RegExp(`${list.before}(?:${alternation(phrases)})${list.after}`, flags) : null;
    list.buckets.set(key, sticky);
  }
  return sticky;
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

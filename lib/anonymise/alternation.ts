import { escapeRegExp } from './escape-regexp';

/** One regex alternation of literal phrases, longest first so the longest always wins. */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .join('|');
}

import { makeSpan } from './make-span';
import { matchSpans } from './match-spans';
import type { Span } from './span';

/** "As a Black woman", "I am a young man", "as a British Bangladeshi woman": the writer's gender, and only the word that says it. */
const AS_A = /\b(?:[Aa]s|I am|I'm|I’m|[Bb]eing)\s+an?\s+(?:(?:\p{Lu}[\p{L}-]*|young|older|single|working|gay|trans|disabled|proud)[ \t]+){0,3}(woman|man|female|male|lady|gentleman)\b/gu;
/** A gendered title in brackets after a name: "TRAN VAN MINH (Mr)". */
const BRACKETED_TITLE = /\((?:Mr|Mrs|Ms|Miss|Mx|MR|MRS|MS|MISS)\.?\)/g;

/** Gender the writer states about themselves, and a gendered title standing apart from the name. */
export function findGender(text: string): Span[] {
  const spans = matchSpans(text, 'gender', [], [AS_A]);
  for (const m of text.matchAll(BRACKETED_TITLE)) spans.push(makeSpan('title', m.index + 1, m.index + m[0].length - 1));
  return spans;
}

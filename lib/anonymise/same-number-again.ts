import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import type { RedactionType } from './redaction-type';
import type { Span } from './span';

/** The numbers a candidate may give twice, in two forms: "PSNI reg. no. 0 8 2 1 7 … (as 08217 on the form)". */
const NUMBER_TYPES: ReadonlySet<RedactionType> = new Set(['registration-number', 'nhs-number', 'ni-number', 'phone', 'id-number']);
/** A number written whole elsewhere in the text, five digits or more, and no group of a longer number ("+44 7911 123456"). */
const BARE_NUMBER = /(?<![\w.-]|\d[ \t])\d{5,}(?![\w-]|\.\d|[ \t]\d)/g;
const DIGITS_MIN = 5;

/**
 * Every other place where a number found once is written again with its digits run together: the
 * same number, so the same detail. A short digit string is never matched, so "2019" or a band stays.
 */
export function sameNumbersAgain(text: string, spans: readonly Span[]): Span[] {
  const found = new Map<string, RedactionType>();
  for (const span of spans) {
    if (!NUMBER_TYPES.has(span.type)) continue;
    const value = text.slice(span.start, span.end);
    // A code with letters between its digits ("12A3456B") is not written again as its digits alone.
    if (/\d\p{L}+\d/u.test(value)) continue;
    const digits = value.replace(/\D/g, '');
    if (digits.length >= DIGITS_MIN) found.set(digits, span.type);
  }
  if (!found.size) return [];
  const again: Span[] = [];
  for (const m of matchAll(text, BARE_NUMBER)) {
    const type = found.get(m[0]);
    if (type) again.push(makeSpan(type, m.index, m.index + m[0].length));
  }
  return again;
}

import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { makeSpan } from './make-span';
import type { Span } from './span';

/**
 * UK-shaped numbers: +44 / 0044 (with an optional "(0)") or a leading 0, then 9–10 more digits
 * with single spaces, hyphens, dots or brackets between them.
 */
const UK_SHAPED = /(?<![\w+])(?:(?:\+|00) ?44 ?(?:\( ?0 ?\) ?)?|\(?0)\d(?:[ .-]?\)?[ .-]?\(?\d){8,10}(?![\w])/g;
/** Other international numbers: +CC then 6–14 digits. */
const INTERNATIONAL = /(?<![\w+])\+ ?(?!44)\d{1,3}(?:[ .-]?\(?\)?\d){6,14}(?!\w)/g;

function digitCount(value: string): number {
  return value.replace(/\D/g, '').length;
}

/**
 * Phone numbers. libphonenumber-js (region GB) finds valid numbers in any format; it rejects the
 * Ofcom drama ranges (07700 900xxx, 0113 496 0xxx) and other unallocated numbers, so numbers of
 * UK or international shape are also taken when libphonenumber calls them *possible* (right length).
 */
export function findPhones(text: string): Span[] {
  const spans: Span[] = [];
  for (const found of findPhoneNumbersInText(text, 'GB')) spans.push(makeSpan('phone', found.startsAt, found.endsAt));
  for (const m of text.matchAll(UK_SHAPED)) {
    const value = m[0];
    const digits = digitCount(value.replace(/\(\s?0\s?\)/, ''));
    const national = value.startsWith('+') || value.startsWith('00') ? digits - (value.startsWith('00') ? 4 : 2) : digits - 1;
    if (national < 9 || national > 10) continue;
    if (parsePhoneNumberFromString(value, 'GB')?.isPossible()) spans.push(makeSpan('phone', m.index, m.index + value.length));
  }
  for (const m of text.matchAll(INTERNATIONAL)) {
    if (parsePhoneNumberFromString(m[0].replace(/\s/g, ' '))?.isPossible()) spans.push(makeSpan('phone', m.index, m.index + m[0].length));
  }
  return spans;
}

import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import type { RedactionType } from './redaction-type';
import type { Span } from './span';

/** The numbers a candidate may give twice, in two forms: "PSNI reg. no. 0 8 2 1 7 … (as 08217 on the form)". */
const NUMBER_TYPES: ReadonlySet<RedactionType> = new Set(['registration-number', 'nhs-number', 'ni-number', 'phone', 'id-number']);
/** A number written whole elsewhere in the text, five digits or more, and no group of a longer number ("+44 7911 123456"). */
const BARE_NUMBER = /(?<![\w.-]|\d[ \t])\d{5,}(?![\w-]|\.\d|[ \t]\d)/g;
const DIGITS_MIN = 5;
/** A code of letters and five digits or more, seven characters or more, written again as it was: "C-0092817" in a form's header and footer. */
const CODE_CHARS = /^[\p{L}\d][\p{L}\d/-]{6,40}$/u;
const isCode = (value: string) => CODE_CHARS.test(value) && /\p{L}/u.test(value) && value.replace(/\D/g, '').length >= 5;
const MAX_CODES = 20;
const WORD_CHAR = /[\p{L}\p{N}_-]/u;

/**
 * Every other place where a number found once is written again with its digits run together: the
 * same number, so the same detail. A short digit string is never matched, so "2019" or a band stays.
 */
export function sameNumbersAgain(text: string, spans: readonly Span[]): Span[] {
  const found = new Map<string, RedactionType>();
  const codes = new Map<string, RedactionType>();
  for (const span of spans) {
    if (!NUMBER_TYPES.has(span.type)) continue;
    const value = text.slice(span.start, span.end);
    if (isCode(value)) codes.set(value, span.type);
    // A code with letters between its digits ("12A3456B") is not written again as its digits alone.
    if (/\d\p{L}+\d/u.test(value)) continue;
    const digits = value.replace(/\D/g, '');
    if (digits.length >= DIGITS_MIN) found.set(digits, span.type);
  }
  const again: Span[] = [];
  // A CV gives a few codes; a text with more is read no further for them, so each search of the text stays bounded.
  for (const [code, type] of codes.size <= MAX_CODES ? codes : []) {
    for (let at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + code.length)) {
      if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + code.length] ?? '')) again.push(makeSpan(type, at, at + code.length));
    }
  }
  if (!found.size) return again;
  for (const m of matchAll(text, BARE_NUMBER)) {
    const type = found.get(m[0]);
    if (type) again.push(makeSpan(type, m.index, m.index + m[0].length));
  }
  return again;
}

import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import type { Span } from './span';

/**
 * National Insurance numbers (HMRC rules, as in Presidio's UkNinoRecognizer): two prefix
 * letters (first not D F I Q U V, second not D F I O Q U V, and not BG GB NK KN NT TN ZZ),
 * six digits, spaced, hyphenated or dotted anywhere ("JT-44-81-27-C", "JG103 759A", "J G 10 37 59 A", "AB.12.34.56.C"), the prefix
 * letters written as initials ("S.Y. 04 83 61 A"), suffix A–D. Any case. NINOs have no checksum. A form's narrow
 * column may wrap the number between its digits, the rest indented under the value: "QA 27⏎                 19 54 C".
 */
const NINO =
  /(?<![A-Za-z0-9])(?!BG|GB|NK|KN|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z](?:\. ?| )?[A-CEGHJ-NPR-TW-Z](?:\. ?|[ -])?\d(?:(?:[ .-]|\r?\n[ \t]*)?\d){5}[ .-]?[A-D](?![A-Za-z0-9])/gi;

export function findNiNumbers(text: string): Span[] {
  return [...matchAll(text, NINO)].map((m) => makeSpan('ni-number', m.index, m.index + m[0].length));
}

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

/**
 * After its label the number goes whatever its letters: a dummy or mistyped prefix ("NI number: QQ 12 34 56 C") is still
 * the writer's number as they gave it, its suffix letter left off too ("NI No: QQ 12 34 56"), the label parted from it by a
 * colon, "#" or a dash ("N.I. number - TN 12 34 56 D"); a word the label only opens is none ("NIHR303417"). The label
 * stays. The blanks around the separator are bounded, as two runs side by side would be tried against each other. Text reflowed
 * by a form or a paste may wrap the number between its groups ("my NI number is QQ 12 34⏎56 C"): the label vouches for it. A sentence
 * may tell it with "is" or "was" between ("Your NI number on file is QQ 12 34 56 C", as a recruiter's quoted mail puts it).
 */
const LABELLED =
  /\b(?:NI|NINO|N\.I\.|National[ \t]+Insurance)(?![A-Za-z])(?:[ \t]+(?:no\.?|number|#))?(?:[ \t]+(?:on[ \t]+(?:file|record)[ \t]+)?(?:is|was)(?=[ \t]))?[ \t]{0,2}(?:[:#–-][ \t]{0,2})?([A-Z](?:\. ?| )?[A-Z](?:\. ?|[ -]|\r?\n[ \t]*)?\d(?:(?:[ .-]|\r?\n[ \t]*)?\d){5}(?:[ .-]?[A-Z])?)(?![A-Za-z0-9])/gi;

export function findNiNumbers(text: string): Span[] {
  const spans = [...matchAll(text, NINO)].map((m) => makeSpan('ni-number', m.index, m.index + m[0].length));
  // A valid number after its label is found by both: one span for it.
  const starts = new Set(spans.map((s) => s.start));
  for (const m of matchAll(text, LABELLED)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!starts.has(start)) spans.push(makeSpan('ni-number', start, m.index + m[0].length));
  }
  return spans;
}

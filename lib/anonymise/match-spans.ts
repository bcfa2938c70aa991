import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import type { RedactionType } from './redaction-type';
import type { Span } from './span';

/**
 * Spans of one type: every whole match of `whole`, and of `tail` only the first group, which ends its
 * match ("as a Black nurse" → "Black"; "I am British." → "British").
 */
export function matchSpans(text: string, type: RedactionType, whole: readonly RegExp[], tail: readonly RegExp[] = []): Span[] {
  const spans: Span[] = [];
  for (const pattern of whole) {
    for (const m of matchAll(text, pattern)) spans.push(makeSpan(type, m.index, m.index + m[0].length));
  }
  for (const pattern of tail) {
    for (const m of matchAll(text, pattern)) {
      const value = m[1] ?? '';
      const start = m.index + m[0].length - value.length;
      spans.push(makeSpan(type, start, start + value.length));
    }
  }
  return spans;
}

import { REDACTION_KINDS, type RedactionType } from './redaction-type';
import type { Span } from './span';

/** A span with its type's priority. `divisible` spans may be trimmed around stronger ones. */
export function makeSpan(type: RedactionType, start: number, end: number, extra: Partial<Span> = {}): Span {
  return { type, start, end, priority: REDACTION_KINDS[type].priority, ...extra };
}

import { DATE } from './date-pattern';
import { makeSpan } from './make-span';
import type { Span } from './span';

const DOB = new RegExp(
  `\\b(?:date of birth|birth ?date|d\\.?o\\.?b\\.?|born(?: on| in)?)\\s*(?:[:\\-–]\\s*)?(${DATE})(?![\\w/])`,
  'gi',
);

/** Dates of birth after "Date of birth", "DOB", "D.O.B.", "born (on|in)". The label stays. */
export function findDatesOfBirth(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(DOB)) {
    const date = m[1] ?? '';
    const start = m.index + m[0].length - date.length;
    spans.push(makeSpan('date-of-birth', start, start + date.length));
  }
  return spans;
}

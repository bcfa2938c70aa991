import { DATE } from './date-pattern';
import { makeSpan } from './make-span';
import type { Span } from './span';

const DOB = new RegExp(
  `\\b(?:(date of birth|birth ?date|d\\.?o\\.?b\\.?|data de nascimento|fecha de nacimiento|date de naissance|geburtsdatum|data urodzenia)(?:\\s+(?:is|was))?(?: ?\\([^()\\n]{0,80}\\))?|(born)(?: on| in)?)\\s*(?:[:\\-–]\\s*)?(${DATE})(?![\\w/])`,
  'gi',
);

/**
 * Dates of birth after "Date of birth (is)", "DOB", "D.O.B.", "born (on|in)" and the labels of other
 * languages' CVs, also with an aside in brackets after the label ("Date of birth (for monitoring
 * only): …"). The label stays.
 */
export function findDatesOfBirth(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(DOB)) {
    const date = m[3] ?? '';
    // "Born 1992 · Vietnamese": a bare "Born" goes with the date; a "Date of birth:" label stays.
    const label = m[0].slice(0, m[0].length - date.length);
    const start = m[2] && /^born\s+$/i.test(label) ? m.index : m.index + m[0].length - date.length;
    spans.push(makeSpan('date-of-birth', start, m.index + m[0].length));
  }
  return spans;
}

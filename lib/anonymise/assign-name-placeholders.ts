import { CANDIDATE_PLACEHOLDER } from './redaction-type';
import type { Span } from './span';

/**
 * Gives each name span its placeholder: the candidate (person 0) is `[CANDIDATE]`, everyone else
 * `[NAME 1]`, `[NAME 2]`… numbered in order of first mention, so one person always gets the same
 * placeholder within a document. `spans` must be sorted by position.
 */
export function assignNamePlaceholders(spans: Span[]): Span[] {
  const numbers = new Map<number, number>();
  return spans.map((span) => {
    if (span.type !== 'name' || span.person === undefined || span.replacement) return span;
    if (span.person === 0) return { ...span, replacement: CANDIDATE_PLACEHOLDER };
    let number = numbers.get(span.person);
    if (number === undefined) {
      number = numbers.size + 1;
      numbers.set(span.person, number);
    }
    return { ...span, replacement: `[NAME ${number}]` };
  });
}

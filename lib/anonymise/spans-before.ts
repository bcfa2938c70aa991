import type { Span } from './span';

/**
 * Whether some span ends by `at` and starts at or after `from`, asked at offsets that never go back
 * (the matches of a pattern in order): the spans are sorted once and read once, so a text with a
 * match and a span on every line stays linear.
 */
export function spansBefore(spans: readonly Span[]): (from: number, at: number) => boolean {
  const byEnd = [...spans].sort((a, b) => a.end - b.end);
  let next = 0;
  let latestStart = -1;
  return (from, at) => {
    while (next < byEnd.length && byEnd[next]!.end <= at) latestStart = Math.max(latestStart, byEnd[next++]!.start);
    return latestStart >= from;
  };
}

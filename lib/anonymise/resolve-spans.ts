import type { Span } from './span';

const EDGE = /^[\s,;:|•·()–—-]+|[\s,;:|•·(–—-]+$/g;

/**
 * Settles overlaps: spans are taken strongest first (priority, then length); a span that
 * overlaps one already taken is dropped, unless it is `divisible` (an address, a sentence), in
 * which case the pieces left around the stronger spans are kept, trimmed of separators.
 * Returns non-overlapping spans sorted by position.
 */
export function resolveSpans(text: string, spans: Span[]): Span[] {
  const ordered = [...spans].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Span[] = [];
  const overlapping = (start: number, end: number) => taken.filter((t) => t.start < end && start < t.end);
  for (const span of ordered) {
    if (span.end <= span.start) continue;
    const hits = overlapping(span.start, span.end);
    if (!hits.length) {
      taken.push(span);
      continue;
    }
    if (!span.divisible) continue;
    hits.sort((a, b) => a.start - b.start);
    let cursor = span.start;
    const pieces: [number, number][] = [];
    for (const hit of hits) {
      if (hit.start > cursor) pieces.push([cursor, hit.start]);
      cursor = Math.max(cursor, hit.end);
    }
    if (cursor < span.end) pieces.push([cursor, span.end]);
    for (const [start, end] of pieces) {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.replace(/^[\s,;:|•·()–—-]+/, '').length;
      const trimmed = raw.replace(EDGE, '');
      if (!/[\p{L}\d]/u.test(trimmed)) continue;
      const s = start + lead;
      // Re-check: pieces never overlap taken spans, but guard anyway.
      if (!overlapping(s, s + trimmed.length).length) taken.push({ ...span, start: s, end: s + trimmed.length });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

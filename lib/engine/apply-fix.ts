/** The text with [start, end) replaced: what accepting a suggestion does to a plain string. */
export function applyFix(text: string, span: { start: number; end: number }, replacement: string): string {
  if (span.start < 0 || span.end > text.length || span.start > span.end) {
    throw new RangeError(`Span ${span.start}-${span.end} is outside a text of ${text.length} characters.`);
  }
  return text.slice(0, span.start) + replacement + text.slice(span.end);
}

/**
 * The start of the line that holds `text[at - 1]`, reading back `limit` characters at most (so
 * `at - limit` when the line is longer). `text.lastIndexOf('\n', at)` reads back to the line's start
 * however far it is: called for each match on a text without line breaks, that is quadratic.
 */
export function lineStart(text: string, at: number, limit: number): number {
  const from = Math.max(0, at - limit);
  return from + text.slice(from, at).lastIndexOf('\n') + 1;
}

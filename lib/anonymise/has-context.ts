/**
 * Whether `pattern` occurs on the same line as text[start, end), within `before` characters
 * before it or `after` characters after it. Used by identifiers that are only redacted near a
 * context word ("GMC", "NHS number").
 */
export function hasContext(text: string, start: number, end: number, pattern: RegExp, before = 40, after = 20): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl === -1 ? text.length : nl;
  const windowText = `${text.slice(Math.max(lineStart, start - before), start)} ${text.slice(end, Math.min(lineEnd, end + after))}`;
  return pattern.test(windowText);
}

/**
 * Whether `pattern` occurs on the same line as text[start, end), within `before` characters
 * before it or `after` characters after it. Used by identifiers that are only redacted near a
 * context word ("GMC", "NHS number"). Reads only those windows, never the whole line.
 */
export function hasContext(text: string, start: number, end: number, pattern: RegExp, before = 40, after = 20): boolean {
  const left = text.slice(Math.max(0, start - before), start);
  const right = text.slice(end, end + after);
  const windowText = `${left.slice(left.lastIndexOf('\n') + 1)} ${right.split('\n', 1)[0]}`;
  return pattern.test(windowText);
}

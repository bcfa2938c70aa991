/** What may stand before a number that opens its line and still leaves its label on the line above: blanks and an opening bracket. */
const LINE_OPENING = /^[ \t([]*$/;

/**
 * Whether `pattern` occurs on the same line as text[start, end), within `before` characters
 * before it or `after` characters after it. Used by identifiers that are only redacted near a
 * context word ("GMC", "NHS number"). A number that opens its line reads the end of the line above
 * too, where a narrow column or a wrapped sentence left its label ("Social Work England
 * registration⏎SW104821"). Reads only those windows, never the whole line.
 */
export function hasContext(text: string, start: number, end: number, pattern: RegExp, before = 40, after = 20): boolean {
  const left = text.slice(Math.max(0, start - before), start);
  const right = text.slice(end, end + after);
  const lineBreak = left.lastIndexOf('\n');
  const own = left.slice(lineBreak + 1);
  // The line above, when only blanks or a bracket stand before the number on its own line.
  const above = lineBreak >= 0 && LINE_OPENING.test(own) ? left.slice(left.lastIndexOf('\n', lineBreak - 1) + 1, lineBreak) : '';
  const windowText = `${above} ${own} ${right.split('\n', 1)[0]}`;
  return pattern.test(windowText);
}

/**
 * Where a short aside in brackets at the end of a label or a cell starts ("Home address (PH)",
 * "North Yorkshire (TS9 area)"), or the text's length if there is none. Read back in code, not by
 * an end-anchored pattern, so a long line stays linear.
 */
export function asideStart(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (text[end - 1] !== ')') return text.length;
  const open = text.lastIndexOf('(', end - 1);
  if (open < 0 || end - open > 22 || /[()\n]/.test(text.slice(open + 1, end - 1))) return text.length;
  let start = open;
  while (start > 0 && /[ \t]/.test(text[start - 1]!)) start--;
  return start;
}

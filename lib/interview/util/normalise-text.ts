/** Text compared the way people read it: case, spacing and a trailing full stop ignored. */
export function normaliseText(text: string): string {
  const spaced = text.toLowerCase().replace(/\s+/g, ' ').trim();
  // Trailing punctuation goes one character at a time: `/[.;:,]+$/` is quadratic on a long run of it.
  let end = spaced.length;
  while (end > 0 && '.;:,'.includes(spaced[end - 1]!)) end--;
  return spaced.slice(0, end);
}

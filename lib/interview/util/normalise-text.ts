/** Text compared the way people read it: case, spacing and a trailing full stop ignored. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:,]+$/, '');
}

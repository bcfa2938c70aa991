/** Line endings to "\n", no-break and other odd spaces to " ", and no NUL or soft hyphens. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a]/g, ' ')
    .replaceAll(String.fromCharCode(0), '')
    .replace(/[\u00ad\u200b\ufeff]/g, '');
}

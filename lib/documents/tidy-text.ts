/**
 * What every reader's text gets: line endings to "\n" (so line numbers count every style),
 * no-break and other odd spaces to " ", and no NUL, soft hyphens or zero-width spaces (text copied
 * out of PDFs and Word often has them). Matching past look-alikes and other invisible characters,
 * with offsets kept, is lib/text/normalise.ts's job.
 */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a]/g, ' ')
    .replaceAll(String.fromCharCode(0), '')
    .replace(/[\u00ad\u200b\ufeff]/g, '');
}

/** A safe file name from a title: fileName('scores', 'Practice nurse (Band 5)', 'csv') → "scores-practice-nurse-band-5.csv". */
export function fileName(prefix: string, title: string, extension: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    // Runs are single dashes by now; one dash at each end goes (a trailing `-+$` is quadratic).
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${[prefix, slug].filter(Boolean).join('-')}.${extension}`;
}

// Apart from finding.ts, whose schemas zod builds when it loads: the command's scan summary needs
// only the list, and every thread of `debias scan` loads it.

/** Fixed rule families. Their order is the order the UI lists them in. */
export const CATEGORIES = [
  'gender-coded',
  'gendered-language',
  'age',
  'disability',
  'race-nationality',
  'exclusionary-requirement',
  'jargon',
  'tone',
  'plain-english',
  'structure',
] as const;

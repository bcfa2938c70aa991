import type { Category, GenderVerdict, Severity } from '@/lib/engine/finding';

/** How each rule family is named to a practice manager. */
export const CATEGORY_LABEL = {
  'gender-coded': 'Gender-coded words',
  'gendered-language': 'Gendered language',
  age: 'Age',
  disability: 'Disability and health',
  'race-nationality': 'Race, nationality and language',
  'exclusionary-requirement': 'Exclusionary requirements',
  jargon: 'NHS jargon',
  tone: 'Tone',
  structure: 'Advert structure',
} as const satisfies Record<Category, string>;

export const SEVERITY_LABEL = {
  error: 'Likely unlawful',
  warning: 'May deter applicants',
  info: 'Worth a look',
} as const satisfies Record<Severity, string>;

/** Underline colours, used on the page and in the extension's own UI. */
export const SEVERITY_COLOUR = {
  error: '#d5281b',
  warning: '#b37700',
  info: '#005eb8',
} as const satisfies Record<Severity, string>;

export const VERDICT_LABEL = {
  'strongly-masculine': 'Strongly masculine-coded',
  masculine: 'Masculine-coded',
  neutral: 'Balanced',
  feminine: 'Feminine-coded',
  'strongly-feminine': 'Strongly feminine-coded',
  empty: 'No gender-coded words',
} as const satisfies Record<GenderVerdict, string>;

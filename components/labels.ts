import type { Category, GenderVerdict, Severity } from '@/lib/engine/finding';
import type { Tally } from '@/lib/page/tally';

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
  'plain-english': 'Plain English',
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

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The summary in a few words, as the pill shows it: "3 to fix · 5 to consider". */
export function tallyLine(t: Tally): string {
  if (t.total === 0) return 'No problems found';
  if (t.fix === 0) return `${t.consider} to consider`;
  if (t.consider === 0) return `${t.fix} to fix`;
  return `${t.fix} to fix · ${t.consider} to consider`;
}

/** What the one number counts, said in full: "17 findings: 7 to fix, 10 to consider". */
export function tallySentence(t: Tally): string {
  if (t.total === 0) return 'No problems found';
  const parts = [t.fix > 0 ? `${t.fix} to fix` : '', t.consider > 0 ? `${t.consider} to consider` : ''];
  return `${count(t.total, 'finding')}: ${parts.filter(Boolean).join(', ')}`;
}

/** The toolbar button's tooltip, saying what the badge's number counts. */
export function badgeTitle(t: Tally | null): string {
  if (!t) return 'De-bias';
  if (t.total === 0) return 'De-bias: no problems found on this page';
  return `De-bias: ${tallySentence(t).replace(':', ' on this page:')}`;
}

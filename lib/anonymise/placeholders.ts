import type { RedactionType } from './redaction-type';

/**
 * The placeholder written in place of each type. Names are numbered instead: the candidate is
 * `[CANDIDATE]` and everyone else `[NAME 1]`, `[NAME 2]`… in order of first mention (see
 * `assign-name-placeholders.ts`); `NAME` is only the fallback for a name typed in by hand.
 * Pronouns are rewritten to plain words, so theirs is never used.
 */
export const PLACEHOLDERS = {
  name: '[NAME]',
  title: '[TITLE]',
  pronoun: 'they',
  gender: '[GENDER]',
  email: '[EMAIL]',
  phone: '[PHONE]',
  url: '[URL]',
  address: '[ADDRESS]',
  postcode: '[POSTCODE]',
  'date-of-birth': '[DATE OF BIRTH]',
  age: '[AGE]',
  year: '[YEAR]',
  'experience-years': '[NUMBER OF YEARS]',
  nationality: '[NATIONALITY]',
  origin: '[PLACE OF ORIGIN]',
  ethnicity: '[ETHNICITY]',
  religion: '[RELIGION]',
  'marital-status': '[MARITAL STATUS]',
  dependants: '[DEPENDANTS]',
  'parental-leave': '[PARENTAL LEAVE]',
  'immigration-status': '[IMMIGRATION STATUS]',
  health: '[HEALTH]',
  'sexual-orientation': '[SEXUAL ORIENTATION]',
  'nhs-number': '[NHS NUMBER]',
  'ni-number': '[NI NUMBER]',
  'registration-number': '[REGISTRATION NUMBER]',
  'id-number': '[ID NUMBER]',
  education: '[SCHOOL]',
  employer: '[EMPLOYER]',
  'job-title': '[JOB TITLE]',
} as const satisfies Record<RedactionType, string>;

export const CANDIDATE_PLACEHOLDER = '[CANDIDATE]';

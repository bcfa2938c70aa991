import { z } from 'zod';

/**
 * Every kind of text the anonymiser removes. The order is the order the UI lists them in.
 * `pronoun` is the only type whose replacement is a plain word ("they") rather than a placeholder.
 */
export const REDACTION_TYPES = [
  'name',
  'title',
  'pronoun',
  'gender',
  'email',
  'phone',
  'url',
  'address',
  'postcode',
  'date-of-birth',
  'age',
  'year',
  'experience-years',
  'nationality',
  'origin',
  'ethnicity',
  'religion',
  'marital-status',
  'dependants',
  'parental-leave',
  'immigration-status',
  'health',
  'sexual-orientation',
  'nhs-number',
  'ni-number',
  'registration-number',
  'id-number',
  'education',
  'employer',
  'job-title',
] as const;

export const redactionTypeSchema = z.enum(REDACTION_TYPES);
export type RedactionType = z.infer<typeof redactionTypeSchema>;

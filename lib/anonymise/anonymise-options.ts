import { z } from 'zod';
import type { RedactionType } from './redaction-type';

const keepOrRedact = z.enum(['keep', 'redact']);

/**
 * What the panel can switch on. Everything else (names, contact details, identifiers, dates of
 * birth, ages, school and graduation years, title and pronouns, nationality, ethnicity,
 * religion, family, immigration status…) is always redacted: see `ALWAYS_REDACTED`.
 *
 * The library defaults to `keep` for these four, so a shortlister sees them unless the panel
 * chooses otherwise. The CLI defaults to `redact` (see lib/cli/anonymise.ts).
 */
export const anonymiseOptionsSchema = z.object({
  /** Schools, colleges and universities → `[SCHOOL]`. */
  education: keepOrRedact.default('keep'),
  /** Employers: practices, trusts, PCNs, pharmacies, named chains → `[EMPLOYER]`. */
  employers: keepOrRedact.default('keep'),
  /** The current job title (header line, "Current role:", the entry marked "present") → `[JOB TITLE]`. */
  jobTitle: keepOrRedact.default('keep'),
  /** "20 years' experience", "over 15 years" → `[NUMBER OF YEARS]`. */
  experienceYears: keepOrRedact.default('keep'),
});

export type AnonymiseOptions = z.infer<typeof anonymiseOptionsSchema>;
export type AnonymiseOptionsInput = z.input<typeof anonymiseOptionsSchema>;
export type OptionalRedaction = keyof AnonymiseOptions;

/** Types redacted whatever the options say. */
export const ALWAYS_REDACTED = [
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
] as const satisfies readonly RedactionType[];

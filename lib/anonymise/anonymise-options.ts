import { z } from 'zod';
import type { OptionalRedaction } from './redaction-type';

const keepOrRedact = z.enum(['keep', 'redact']);

/**
 * What the panel can switch on (`OPTIONAL_REDACTIONS` in `redaction-type.ts` says what each one
 * hides). Everything else is always redacted: see `ALWAYS_REDACTED`.
 *
 * The library defaults to `keep` for these four, so a shortlister sees them unless the panel
 * chooses otherwise. The CLI defaults to `redact` (see lib/cli/anonymise.ts).
 */
export const anonymiseOptionsSchema = z.object({
  education: keepOrRedact.default('keep'),
  employers: keepOrRedact.default('keep'),
  jobTitle: keepOrRedact.default('keep'),
  experienceYears: keepOrRedact.default('keep'),
} satisfies Record<OptionalRedaction, unknown>);

export type AnonymiseOptions = z.infer<typeof anonymiseOptionsSchema>;
export type AnonymiseOptionsInput = z.input<typeof anonymiseOptionsSchema>;
export type { OptionalRedaction };

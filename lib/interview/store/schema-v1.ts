import { z } from 'zod';

/**
 * Version 1, the first draft of the stored model (never released widely; kept so any copy of it can
 * still be read). Differences from version 2, and only these are described here; everything else is
 * passed through and checked by the version 2 schema after migration:
 * - one `interviewDate` instead of `dates: {closing, shortlisting, interview}`;
 * - the independent member's role was `critical-friend`, and there was no `scores` flag;
 * - checklist statuses were bare strings, with notes in a separate `notes` map, and "not
 *   applicable" needed no reason;
 * - no outcome monitoring, and no `brokenCopies` at the root.
 */
export const vacancyV1Schema = z.looseObject({
  interviewDate: z.iso.date().nullable(),
  panel: z.array(z.looseObject({ role: z.enum(['chair', 'member', 'critical-friend', 'hr']) })),
  checklist: z.record(z.string(), z.enum(['open', 'done', 'na'])),
  notes: z.record(z.string(), z.string()),
});
export type VacancyV1 = z.infer<typeof vacancyV1Schema>;

export const stateV1Schema = z.strictObject({
  schemaVersion: z.literal(1),
  vacancies: z.array(vacancyV1Schema),
});
export type StateV1 = z.infer<typeof stateV1Schema>;

import { z } from 'zod';
import { redactionTypeSchema } from '../anonymise/redaction-type';

/** `debias anonymise --format json`: version 1, sorted by code. */
export const anonymiseOutputSchema = z.object({
  version: z.literal(1),
  results: z.array(
    z.object({
      file: z.string(),
      code: z.string().regex(/^Candidate \d{2,}$/),
      text: z.string(),
      /** Offsets of each placeholder in `text`; the original text is never printed. */
      redactions: z.array(
        z.object({ type: redactionTypeSchema, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
      ),
    }),
  ),
});
export type AnonymiseOutput = z.infer<typeof anonymiseOutputSchema>;

/** The file `--key` writes: who is behind each code. */
export const anonymiseKeySchema = z.record(z.string(), z.object({ fileName: z.string(), candidateName: z.string().nullable() }));

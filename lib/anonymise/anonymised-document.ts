import { z } from 'zod';
import { redactionTypeSchema } from './redaction-type';

/**
 * One redaction in an anonymised document. `start`/`end` are offsets of the placeholder (or
 * replacement word) in the anonymised text, so `text.slice(start, end)` is always the
 * placeholder; `original` is what it replaced.
 */
export const redactionSchema = z.object({
  type: redactionTypeSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  original: z.string(),
});
export type Redaction = z.infer<typeof redactionSchema>;

/** The result of anonymising one document. Redactions are sorted by position and never overlap. */
export const anonymisedDocumentSchema = z.object({
  text: z.string(),
  redactions: z.array(redactionSchema),
});
export type AnonymisedDocument = z.infer<typeof anonymisedDocumentSchema>;

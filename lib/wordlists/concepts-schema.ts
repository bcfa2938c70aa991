import { z } from 'zod';
import { CONCEPT_FIELDS, expandPhrase } from '../engine/concepts';

/** A phrase: lower-case words, or groups "(a|b)" of which each choice makes a phrase. */
const phraseSchema = z
  .string()
  .refine((p) => expandPhrase(p).every((words) => words.length > 0 && words.every((w) => /^[a-z0-9'&]+$/.test(w))), 'lower-case words and (a|b) groups, one space apart');

/** wordlists/concepts.json: checked by tests/unit/engine/concepts.test.ts; the engine reads it as it is. */
export const conceptsFileSchema = z
  .object({
    description: z.string().min(1),
    fields: z.record(z.enum(CONCEPT_FIELDS), z.object({ description: z.string().min(1), phrases: z.array(phraseSchema).min(1) }).strict()),
  })
  .strict();

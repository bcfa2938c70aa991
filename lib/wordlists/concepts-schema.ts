import { z } from 'zod';
import { CONCEPT_FIELDS } from '../engine/concept-fields';

/**
 * wordlists/concepts.json, checked by `npm run wordlists` (compile-concepts.ts), which also checks
 * each phrase's forms. A phrase is lower-case words with the slots of expand-phrase.ts.
 */
export const conceptsFileSchema = z
  .object({
    description: z.string().min(1),
    fields: z.record(z.enum(CONCEPT_FIELDS), z.object({ description: z.string().min(1), phrases: z.array(z.string().min(1)).min(1) }).strict()),
  })
  .strict();

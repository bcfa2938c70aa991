import { z } from 'zod';
import { categorySchema, documentFindingSchema, genderCodingSchema, severitySchema, sourceSchema, suggestionSchema } from '../engine/finding';

/** `debias scan --format json`: version 1. Offsets are JavaScript string offsets into `text`. */
export const scanOutputSchema = z.object({
  version: z.literal(1),
  results: z.array(
    z.object({
      file: z.string(),
      text: z.string(),
      words: z.number().int(),
      findings: z.array(
        z.object({
          ruleId: z.string(),
          category: categorySchema,
          severity: severitySchema,
          start: z.number().int(),
          end: z.number().int(),
          line: z.number().int().positive(),
          column: z.number().int().positive(),
          text: z.string(),
          message: z.string(),
          suggestions: z.array(suggestionSchema),
          source: sourceSchema,
        }),
      ),
      document: z.array(documentFindingSchema),
      genderCoding: genderCodingSchema,
    }),
  ),
});
export type ScanOutput = z.infer<typeof scanOutputSchema>;

import { z } from 'zod';
import { anonymiseOptionsSchema } from '../anonymise-options';
import { anonymisedDocumentSchema } from '../anonymised-document';

/** One anonymised document as the extension keeps it: by code only, never by file or candidate name. */
export const storedDocumentSchema = anonymisedDocumentSchema.extend({ code: z.string().min(1) });
export type StoredDocument = z.infer<typeof storedDocumentSchema>;

/** One batch: what was anonymised together, with the choices it was made with. */
export const storedBatchSchema = z.object({
  id: z.string().min(1),
  /** ISO date and time the batch was anonymised. */
  createdAt: z.string(),
  options: anonymiseOptionsSchema,
  documents: z.array(storedDocumentSchema),
});
export type StoredBatch = z.infer<typeof storedBatchSchema>;

/** Every batch, newest first. */
export const storedBatchesSchema = z.object({ version: z.literal(1), batches: z.array(storedBatchSchema) });
export type StoredBatches = z.infer<typeof storedBatchesSchema>;

/** Who is behind each code of one batch: the same shape the CLI writes with `--key`. */
export const batchKeySchema = z.record(z.string(), z.object({ fileName: z.string(), candidateName: z.string().nullable() }));

/** Every batch's key, by batch id. */
export const storedKeysSchema = z.record(z.string(), batchKeySchema);
export type StoredKeys = z.infer<typeof storedKeysSchema>;

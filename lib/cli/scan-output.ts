import { z } from 'zod';
import {
  categorySchema,
  documentFindingSchema,
  genderCodingSchema,
  readabilitySchema,
  severitySchema,
  sourceSchema,
  suggestionSchema,
} from '../engine/finding';
import { SCAN_OUTPUT_VERSION } from './scan-report';

/** One file's result in `debias scan --format json`. Offsets are JavaScript string offsets into `text`. */
export const scanResultSchema = z.object({
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
  /** `statement`: the model statement (lib/statements) that puts a missing statement right. */
  document: z.array(documentFindingSchema),
  genderCoding: genderCodingSchema,
  /** The reading age and what makes the text hard to read; null for texts under 30 words of prose. */
  readability: z.nullable(readabilitySchema),
});
export type ScanResult = z.infer<typeof scanResultSchema>;

/**
 * `debias scan --format json`: version 2. Written one result per line as each file is done, in
 * the order the files were given; a file that could not be read has no result (its message is on
 * standard error).
 */
export const scanOutputSchema = z.object({ version: z.literal(SCAN_OUTPUT_VERSION), results: z.array(scanResultSchema) });
export type ScanOutput = z.infer<typeof scanOutputSchema>;

const count = z.number().int().nonnegative();
const severityCounts = z.object({ error: count, warning: count, info: count });

/** `debias scan --summary --format json`: totals over all files, for an audit. */
export const scanSummarySchema = z.object({
  version: z.literal(SCAN_OUTPUT_VERSION),
  summary: z.object({
    files: count,
    /** Files that could not be read (each has a message on standard error). */
    unreadable: count,
    words: count,
    findings: severityCounts.extend({ total: count }),
    filesWithFindings: count,
    /** Most findings first; `files` is how many files have at least one. */
    categories: z.array(z.object({ category: categorySchema, findings: count, files: count })),
    rules: z.array(z.object({ ruleId: z.string(), category: categorySchema, severity: severitySchema, findings: count, files: count })),
    /** The files with most findings (up to 20), most first; ties in the order given. */
    topFiles: z.array(severityCounts.extend({ file: z.string(), findings: count })),
  }),
});
export type ScanSummary = z.infer<typeof scanSummarySchema>;

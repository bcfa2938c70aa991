// zod/mini: these schemas ship in every content script, where the tree-shakable API keeps zod small.
import * as z from 'zod/mini';
import { STATEMENT_IDS } from '../statements/ids';
import { CATEGORIES } from './categories';

export { CATEGORIES };
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

export const severitySchema = z.enum(['info', 'warning', 'error']);
export type Severity = z.infer<typeof severitySchema>;

/** Offsets and counts. */
const whole = z.int().check(z.gte(0));

/** Where a rule comes from. `url` is empty only for the user's own words. */
export const sourceSchema = z.object({ name: z.string().check(z.minLength(1)), url: z.union([z.url(), z.literal('')]) });
export type Source = z.infer<typeof sourceSchema>;

/** `replace` is a drop-in replacement for the matched text; `advice` is guidance to act on by hand. */
export const suggestionSchema = z.object({
  text: z.string().check(z.minLength(1)),
  kind: z.enum(['replace', 'advice']),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** One problem at one place: `start`/`end` are JavaScript string offsets into the analysed text. */
export const findingSchema = z.object({
  ruleId: z.string(),
  category: categorySchema,
  severity: severitySchema,
  start: whole,
  end: whole,
  text: z.string(),
  message: z.string(),
  suggestions: z.array(suggestionSchema),
  source: sourceSchema,
});
export type Finding = z.infer<typeof findingSchema>;

/** A problem with the document as a whole (a missing statement, too many criteria): no span. */
export const documentFindingSchema = z.object({
  ruleId: z.string(),
  category: categorySchema,
  severity: severitySchema,
  message: z.string(),
  source: sourceSchema,
  /** The model statement that puts a missing statement right (lib/statements), for "Add this statement". */
  statement: z.optional(z.enum(STATEMENT_IDS)),
});
export type DocumentFinding = z.infer<typeof documentFindingSchema>;

export const genderVerdictSchema = z.enum([
  'strongly-feminine',
  'feminine',
  'neutral',
  'masculine',
  'strongly-masculine',
  'empty',
]);
export type GenderVerdict = z.infer<typeof genderVerdictSchema>;

export const genderCodingSchema = z.object({
  masculine: z.array(z.string()),
  feminine: z.array(z.string()),
  verdict: genderVerdictSchema,
});
export type GenderCoding = z.infer<typeof genderCodingSchema>;

/** A section of the text, for the longest-sections list: `start`/`end` as in a finding. */
export const readabilitySectionSchema = z.object({ title: z.string(), start: whole, end: whole, words: whole });
export type ReadabilitySection = z.infer<typeof readabilitySectionSchema>;

/** How hard a text is to read (lib/plain-english/readability.ts). */
export const readabilitySchema = z.object({
  /** UK reading age in whole years (5 to 21). NHS content guidance aims for 9 to 11. */
  readingAge: z.int(),
  /** "within" NHS guidance (9 to 11), "above" it but within its limit for harder content (to 14), or "well-above". */
  band: z.enum(['within', 'above', 'well-above']),
  /** The reading age with its meaning in words, for every surface to show the same. */
  summary: z.string(),
  /** US grade levels from each formula (Automated Readability Index 1967, Coleman-Liau 1975), to one decimal. */
  grades: z.object({ automatedReadability: z.number(), colemanLiau: z.number() }),
  /** Words and sentences of prose: headings are left out. */
  words: whole,
  sentences: whole,
  /** Sentences over 25 words. */
  longSentences: whole,
  /** The three longest sections, longest first (empty when the text has only one). */
  longestSections: z.array(readabilitySectionSchema),
  /** Duties of the job found, how many are written to the reader ("You will …"), and that in words; null when none were found. */
  duties: z.nullable(z.object({ total: whole, youWill: whole, summary: z.string() })),
});
export type Readability = z.infer<typeof readabilitySchema>;

export const reportSchema = z.object({
  words: whole,
  findings: z.array(findingSchema),
  document: z.array(documentFindingSchema),
  genderCoding: genderCodingSchema,
  personSpec: z.nullable(z.object({ essential: z.int(), desirable: z.int() })),
  /** Adverts and emails long enough to score (30 words of prose); null otherwise. */
  readability: z.nullable(readabilitySchema),
});
export type Report = z.infer<typeof reportSchema>;

// zod/mini: these schemas ship in every content script, where the tree-shakable API keeps zod small.
import * as z from 'zod/mini';

/** Fixed rule families. Their order is the order the UI lists them in. */
export const CATEGORIES = [
  'gender-coded',
  'gendered-language',
  'age',
  'disability',
  'race-nationality',
  'exclusionary-requirement',
  'jargon',
  'tone',
  'structure',
] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

export const severitySchema = z.enum(['info', 'warning', 'error']);
export type Severity = z.infer<typeof severitySchema>;

const offset = z.int().check(z.gte(0));

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
  start: offset,
  end: offset,
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

export const reportSchema = z.object({
  words: offset,
  findings: z.array(findingSchema),
  document: z.array(documentFindingSchema),
  genderCoding: genderCodingSchema,
  personSpec: z.nullable(z.object({ essential: z.int(), desirable: z.int() })),
});
export type Report = z.infer<typeof reportSchema>;

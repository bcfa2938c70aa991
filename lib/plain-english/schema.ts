import { z } from 'zod';
import { severitySchema, suggestionSchema } from '../engine/finding';

/** The per-sentence checks whose logic is code (lib/plain-english/checks.ts). */
export const PLAIN_CHECKS = ['plain-words', 'long-sentence', 'passive-duty', 'stacked-acronyms'] as const;
export type PlainCheck = (typeof PLAIN_CHECKS)[number];

const sourceSchema = z.object({ name: z.string().min(1), url: z.url() }).strict();
const lowerPhrase = z.string().regex(/^[a-z]+( [a-z]+)*$/, 'lower-case words separated by single spaces');

export const plainRuleSchema = z
  .object({
    /** Stable id, kebab-case, never reused. */
    id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
    check: z.enum(PLAIN_CHECKS),
    severity: severitySchema,
    /** 1 relaxed, 2 standard (the default), 3 strict: the lowest strictness setting the rule runs at. */
    strictness: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    /** `{match}` and the check's own `{name}` placeholders are filled in. */
    message: z.string().min(10),
    suggestions: z.array(suggestionSchema).min(1),
    /** A key of `sources`. */
    source: z.string(),
  })
  .strict();
export type PlainRule = z.infer<typeof plainRuleSchema>;

export const plainWordSchema = z
  .object({
    /** Each form as written ("commenced") to its plain alternatives in the same form ("started"). */
    forms: z.record(lowerPhrase, z.array(z.string().min(1)).min(1)),
    /** Not after these words ("time off in lieu of" is an everyday HR phrase). */
    notAfter: z.array(lowerPhrase).optional(),
    source: z.string(),
  })
  .strict();
export type PlainWord = z.infer<typeof plainWordSchema>;

/** wordlists/plain-english.json */
export const plainEnglishFileSchema = z
  .object({
    category: z.literal('plain-english'),
    description: z.string(),
    sources: z.record(z.string(), sourceSchema),
    rules: z.array(plainRuleSchema).min(1),
    /** Each rule's proof, by its id: texts it flags and texts it passes. Apart from the rules, so the content script leaves them out. */
    examples: z.record(z.string(), z.object({ flag: z.array(z.string().min(1)).min(1), pass: z.array(z.string().min(1)).min(1) }).strict()),
    words: z.array(plainWordSchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const ids = file.rules.map((r) => r.id);
    if (JSON.stringify(Object.keys(file.examples)) !== JSON.stringify(ids)) {
      ctx.addIssue({ code: 'custom', message: `"examples" must list every rule, in the rules' order: ${ids.join(', ')}` });
    }
    const known = new Set(Object.keys(file.sources));
    for (const key of [...file.rules.map((r) => r.source), ...file.words.map((w) => w.source)]) {
      if (!known.has(key)) ctx.addIssue({ code: 'custom', message: `source "${key}" is not one of the file's "sources"` });
    }
    const seen = new Set<string>();
    for (const form of file.words.flatMap((w) => Object.keys(w.forms))) {
      if (seen.has(form)) ctx.addIssue({ code: 'custom', message: `"${form}" is listed twice: keep one` });
      seen.add(form);
    }
  });
export type PlainEnglishFile = z.infer<typeof plainEnglishFileSchema>;

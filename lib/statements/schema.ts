import { z } from 'zod';
import { STATEMENT_IDS } from './ids';
import { FLEXIBLE_PATTERNS } from './personalisation';

/** Details a statement part can depend on. */
export const PART_CONDITIONS = ['organisation', 'patterns', 'disabilityConfident', 'guaranteedInterview'] as const;

const sourceSchema = z.object({ name: z.string().min(1), url: z.url() }).strict();

const partSchema = z
  .object({
    text: z.string().min(1),
    /** Use this part only when the detail is set. */
    when: z.enum(PART_CONDITIONS).optional(),
    /** Use this part only when the detail is not set. */
    unless: z.enum(PART_CONDITIONS).optional(),
  })
  .strict()
  .refine((p) => !p.text.includes('{organisation}') || p.when === 'organisation', {
    message: 'a part that names {organisation} needs "when": "organisation" (and an "unless" part for when it is not set)',
  })
  .refine((p) => !p.text.includes('{patterns}') || p.when === 'patterns', {
    message: 'a part that lists {patterns} needs "when": "patterns"',
  });

export const statementSchema = z
  .object({
    /** Stable id: one of lib/statements/ids.ts. */
    id: z.enum(STATEMENT_IDS),
    title: z.string().min(1),
    /** Per-advert details without which the statement cannot be written. */
    needs: z.array(z.literal('pay')).optional(),
    parts: z.array(partSchema).min(1),
    sources: z.array(sourceSchema).min(1),
  })
  .strict()
  .refine((s) => !s.parts.some((p) => p.text.includes('{pay}')) || s.needs?.includes('pay'), {
    message: 'a statement that uses {pay} needs "needs": ["pay"]',
  });

/** wordlists/statements.json */
export const statementsFileSchema = z
  .object({
    description: z.string(),
    placeholders: z.object({ contact: z.string().min(1) }).strict(),
    /** How each flexible working pattern reads in a sentence ("a job share"). */
    patterns: z.record(z.enum(FLEXIBLE_PATTERNS), z.string().min(1)),
    statements: z.array(statementSchema).min(1),
  })
  .strict();
export type StatementsFile = z.infer<typeof statementsFileSchema>;
export type Statement = z.infer<typeof statementSchema>;

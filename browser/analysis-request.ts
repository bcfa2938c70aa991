// The requests the content scripts send the background to analyse a text (browser/messages.ts),
// checked with zod where the background receives them.
import * as z from 'zod/mini';
import type { TextKind } from '@/lib/engine';
import type { SectionRole } from '@/lib/engine/sections';
import { settingsSchema } from '@/lib/settings/schema';

const whole = z.int().check(z.gte(0));

const TEXT_KINDS = ['advert', 'email', 'question'] as const satisfies readonly TextKind[];
const SECTION_ROLES = [
  'title',
  'summary',
  'duties',
  'about',
  'description',
  'details',
  'essential',
  'desirable',
  'other',
] as const satisfies readonly SectionRole[];

// Fails to compile when the engine gains a kind of text or a section role these lists lack.
type Missing = Exclude<TextKind, (typeof TEXT_KINDS)[number]> | Exclude<SectionRole, (typeof SECTION_ROLES)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;

/** A text for the paragraph-by-paragraph check of an editor. Settings as the checker runs with them (policy applied). */
export const paragraphsRequestSchema = z.object({
  text: z.string(),
  context: z.enum(TEXT_KINDS),
  settings: settingsSchema,
});
export type ParagraphsRequest = z.input<typeof paragraphsRequestSchema>;

/**
 * A whole text for `analyse(text, options)`. `minWordsForStatements: null` means never (a selection
 * is never a whole advert): Chrome sends messages as JSON, which has no Infinity.
 */
export const analyseRequestSchema = z.object({
  ...paragraphsRequestSchema.shape,
  sections: z.optional(z.array(z.object({ role: z.enum(SECTION_ROLES), start: whole, end: whole }))),
  minWordsForStatements: z.optional(z.nullable(whole)),
});
export type AnalyseRequest = z.input<typeof analyseRequestSchema>;

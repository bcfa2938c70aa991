// The requests the content scripts send the background to analyse a text (browser/messages.ts),
// checked with zod where the background receives them.
import * as z from 'zod/mini';
import { TEXT_KINDS } from '@/lib/engine/document';
import { SECTION_ROLES } from '@/lib/engine/sections';
import { settingsSchema } from '@/lib/settings/schema';

const whole = z.int().check(z.gte(0));

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

// zod/mini: the settings are read in every content script, where the tree-shakable API keeps zod small.
import * as z from 'zod/mini';
import { CATEGORIES, type Category, categorySchema } from '../engine/finding';
import { currentRuleId } from '../engine/renamed-rules';

const ALL_ON = Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>;

export const strictnessSchema = z.enum(['relaxed', 'standard', 'strict']);
export type Strictness = z.infer<typeof strictnessSchema>;

/** Categories a word can belong to (structure is about the document, not words). */
export const WORD_CATEGORIES = CATEGORIES.filter((c): c is Exclude<Category, 'structure'> => c !== 'structure');

const text = (max: number, min = 1) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** A word or phrase the practice wants flagged, with its own reason and suggestion. */
export const customWordSchema = z.object({
  phrase: text(100),
  category: z.enum(WORD_CATEGORIES as [Exclude<Category, 'structure'>, ...Exclude<Category, 'structure'>[]]),
  reason: text(500),
  suggestion: z._default(text(200, 0), ''),
});
export type CustomWord = z.infer<typeof customWordSchema>;

export const siteSchema = z.enum(['nhs-jobs', 'gmail', 'outlook']);
export type Site = z.infer<typeof siteSchema>;

export const settingsSchema = z.object({
  version: z._default(z.literal(1), 1),
  /** Every category is on unless switched off; settings saved before a category existed gain it. */
  categories: z.pipe(
    z._default(z.partialRecord(categorySchema, z.boolean()), {}),
    z.transform((given) => ({ ...ALL_ON, ...given }) as Record<Category, boolean>),
  ),
  strictness: z._default(strictnessSchema, 'standard'),
  /** "he or she" and "his/her" are less exclusive than "he"; some organisations accept them. */
  allowHeOrShe: z._default(z.boolean(), false),
  /**
   * Feminine-coded words are counted in the gender-coding balance but not underlined: Gaucher et al.
   * (2011) found masculine wording put women off, while feminine wording did not put men off.
   */
  underlineFeminineCoded: z._default(z.boolean(), false),
  customWords: z._default(z.array(customWordSchema).check(z.maxLength(500)), []),
  /** Words and phrases never flagged, added by the user ("Ignore everywhere"). */
  allowlist: z._default(z.array(text(100)).check(z.maxLength(1000)), []),
  /** Rule ids switched off; an id since renamed is read as the rule's new id. */
  disabledRules: z.pipe(
    z._default(z.array(z.string()).check(z.maxLength(500)), []),
    z.transform((ids) => [...new Set(ids.map(currentRuleId))]),
  ),
  sites: z.pipe(
    z._default(z.partialRecord(siteSchema, z.boolean()), {}),
    z.transform((given) => ({ 'nhs-jobs': true, gmail: true, outlook: true, ...given }) as Record<Site, boolean>),
  ),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

import { z } from 'zod';
import { CATEGORIES, type Category, categorySchema } from '../engine/finding';

const ALL_ON = Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>;

export const strictnessSchema = z.enum(['relaxed', 'standard', 'strict']);
export type Strictness = z.infer<typeof strictnessSchema>;

/** A word or phrase the practice wants flagged, with its own reason and suggestion. */
export const customWordSchema = z.object({
  phrase: z.string().trim().min(1).max(100),
  category: categorySchema.exclude(['structure']),
  reason: z.string().trim().min(1).max(500),
  suggestion: z.string().trim().max(200).default(''),
});
export type CustomWord = z.infer<typeof customWordSchema>;

export const siteSchema = z.enum(['nhs-jobs', 'gmail', 'outlook']);
export type Site = z.infer<typeof siteSchema>;

export const settingsSchema = z.object({
  version: z.literal(1).default(1),
  /** Every category is on unless switched off; settings saved before a category existed gain it. */
  categories: z
    .partialRecord(categorySchema, z.boolean())
    .default({})
    .transform((given) => ({ ...ALL_ON, ...given }) as Record<Category, boolean>),
  strictness: strictnessSchema.default('standard'),
  /** "he or she" and "his/her" are less exclusive than "he"; some organisations accept them. */
  allowHeOrShe: z.boolean().default(false),
  customWords: z.array(customWordSchema).max(500).default([]),
  /** Words and phrases never flagged, added by the user ("Ignore everywhere"). */
  allowlist: z.array(z.string().trim().min(1).max(100)).max(1000).default([]),
  /** Rule ids switched off. */
  disabledRules: z.array(z.string()).max(500).default([]),
  sites: z
    .partialRecord(siteSchema, z.boolean())
    .default({})
    .transform((given) => ({ 'nhs-jobs': true, gmail: true, outlook: true, ...given }) as Record<Site, boolean>),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

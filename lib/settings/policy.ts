import * as z from 'zod/mini';
import { type Category, categorySchema } from '../engine/finding';
import { customWordSchema, type Settings, type Site, siteSchema, strictnessSchema } from './schema';

/**
 * What an organisation's IT team can set through browser enterprise policy (chrome.storage.managed).
 * Everything is optional; what is set is locked in the options page. Keys match managed_schema.json.
 */
export const managedPolicySchema = z.object({
  /** The organisation's own words, added to every user's. */
  words: z.optional(z.array(customWordSchema).check(z.maxLength(500))),
  /** Words and phrases never flagged, added to every user's allowlist. */
  allowlist: z.optional(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))).check(z.maxLength(1000))),
  /** Categories users cannot switch off. */
  requiredCategories: z.optional(z.array(categorySchema)),
  /** Categories switched off for everyone, which users cannot switch on ("plain-english", say). A required category stays on. */
  disabledCategories: z.optional(z.array(categorySchema)),
  /** Where live checking runs; locks each site named. */
  sites: z.optional(z.partialRecord(siteSchema, z.boolean())),
  strictness: z.optional(strictnessSchema),
  allowHeOrShe: z.optional(z.boolean()),
  underlineFeminineCoded: z.optional(z.boolean()),
});
export type ManagedPolicy = z.infer<typeof managedPolicySchema>;

/** Which settings the organisation has fixed. */
export interface Locks {
  categories: Category[];
  sites: Site[];
  strictness: boolean;
  allowHeOrShe: boolean;
  underlineFeminineCoded: boolean;
  words: number;
  allowlist: number;
}

export const NO_LOCKS: Locks = {
  categories: [],
  sites: [],
  strictness: false,
  allowHeOrShe: false,
  underlineFeminineCoded: false,
  words: 0,
  allowlist: 0,
};

/** The settings the checker runs with: the user's, with the organisation's policy laid over them. */
export function applyPolicy(settings: Settings, policy: ManagedPolicy | null): { settings: Settings; locks: Locks } {
  if (!policy) return { settings, locks: NO_LOCKS };
  const required = policy.requiredCategories ?? [];
  const disabled = (policy.disabledCategories ?? []).filter((c) => !required.includes(c));
  const categories = { ...settings.categories };
  for (const c of disabled) categories[c] = false;
  for (const c of required) categories[c] = true;
  const sites = { ...settings.sites, ...policy.sites };
  const allowlist = [...new Set([...(policy.allowlist ?? []), ...settings.allowlist])];
  const ownPhrases = new Set((policy.words ?? []).map((w) => w.phrase.toLowerCase()));
  return {
    settings: {
      ...settings,
      categories,
      sites,
      strictness: policy.strictness ?? settings.strictness,
      allowHeOrShe: policy.allowHeOrShe ?? settings.allowHeOrShe,
      underlineFeminineCoded: policy.underlineFeminineCoded ?? settings.underlineFeminineCoded,
      customWords: [...(policy.words ?? []), ...settings.customWords.filter((w) => !ownPhrases.has(w.phrase.toLowerCase()))],
      allowlist,
    },
    locks: {
      categories: [...required, ...disabled],
      sites: Object.keys(policy.sites ?? {}) as Site[],
      strictness: policy.strictness !== undefined,
      allowHeOrShe: policy.allowHeOrShe !== undefined,
      underlineFeminineCoded: policy.underlineFeminineCoded !== undefined,
      words: policy.words?.length ?? 0,
      allowlist: policy.allowlist?.length ?? 0,
    },
  };
}

/** Reads raw managed storage: a broken policy is reported, never half-applied. */
export function parsePolicy(raw: unknown): { policy: ManagedPolicy | null; problem: string | null } {
  if (raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0)) {
    return { policy: null, problem: null };
  }
  const parsed = managedPolicySchema.safeParse(raw);
  if (parsed.success) return { policy: parsed.data, problem: null };
  return {
    policy: null,
    problem: "Your organisation's De-bias policy could not be read, so it is not being applied. Please tell your IT team.",
  };
}

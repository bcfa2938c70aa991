// zod/mini: personalisation is read with the settings in every content script.
import * as z from 'zod/mini';

/** Flexible working patterns an employer can offer, in the order statements list them. */
export const FLEXIBLE_PATTERNS = [
  'part-time',
  'job-share',
  'compressed-hours',
  'flexible-start-finish',
  'term-time',
  'annualised-hours',
  'self-rostering',
  'home-working',
] as const;
export const flexiblePatternSchema = z.enum(FLEXIBLE_PATTERNS);
export type FlexiblePattern = z.infer<typeof flexiblePatternSchema>;

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/**
 * What a practice sets once in the options and every statement reuses. Empty means "not set". The
 * lengths keep every sentence they fill under 25 words.
 */
export const personalisationSchema = z.object({
  organisation: z._default(text(100), ''),
  /** Who applicants contact about adjustments: a name with a phone number or email. */
  contact: z._default(text(100), ''),
  patterns: z._default(z.array(flexiblePatternSchema).check(z.maxLength(FLEXIBLE_PATTERNS.length)), []),
  disabilityConfident: z._default(z.boolean(), false),
  guaranteedInterview: z._default(z.boolean(), false),
});
export type Personalisation = z.infer<typeof personalisationSchema>;
export type PersonalisationInput = z.input<typeof personalisationSchema>;

/** Agenda for Change bands that are open to new staff. */
export const AFC_BANDS = ['2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'] as const;

const pounds = z.number().check(z.positive(), z.lte(1_000_000));

/** The pay for one post: a band, an amount or range, or both. Set per advert, not once. */
export const paySchema = z
  .object({
    band: z.optional(z.enum(AFC_BANDS)),
    from: z.optional(pounds),
    to: z.optional(pounds),
    per: z._default(z.enum(['year', 'hour', 'session']), 'year'),
    /** Part-time posts are paid in proportion to the full-time amount. */
    proRata: z._default(z.boolean(), false),
  })
  .check(
    z.refine((p) => p.band !== undefined || p.from !== undefined, 'Give a band or an amount.'),
    z.refine((p) => p.to === undefined || (p.from !== undefined && p.to >= p.from), 'The top of the range must be at least the bottom.'),
  );
export type Pay = z.infer<typeof paySchema>;
export type PayInput = z.input<typeof paySchema>;

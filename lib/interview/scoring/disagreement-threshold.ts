import type { Scale } from '../schema';

/** The default: a spread of half the scale's range or more is a large disagreement (2 on 0–4). */
export const DEFAULT_DISAGREEMENT_FRACTION = 0.5;

/**
 * The smallest spread (max − min) between panel members' marks that counts as a large
 * disagreement: `fraction` × the scale's range. 0–4 at 0.5 → 2; 1–5 → 2; 0–7 → 3.5 (so 4).
 */
export function disagreementThreshold(scale: Pick<Scale, 'min' | 'max'>, fraction = DEFAULT_DISAGREEMENT_FRACTION): number {
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError('fraction must be more than 0 and at most 1');
  return fraction * (scale.max - scale.min);
}

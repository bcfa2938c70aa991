import type { Scale } from '../schema';

/** The default anchored scale, 0 to 4. The panel writes what each level looks like for each question. */
export const DEFAULT_SCALE: Scale = Object.freeze({
  min: 0,
  max: 4,
  labels: Object.freeze(['No evidence', 'Limited', 'Acceptable', 'Good', 'Excellent']) as string[],
});

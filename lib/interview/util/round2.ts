/** Rounds to 2 decimal places, half away from zero (1.005 → 1.01). */
export function round2(n: number): number {
  const r = Math.round((Math.abs(n) + Number.EPSILON) * 100) / 100;
  return n < 0 ? -r : r;
}

/**
 * How many generated cases a property test tries: `runs` in `npm test`, or FUZZ_RUNS under
 * `npm run fuzz`, which runs only the `*.property.test.ts` files for much longer.
 */
export function propertyRuns(runs: number): number {
  const fuzz = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(fuzz) && fuzz > 0 ? fuzz : runs;
}

import { expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/index';
import { worstCases } from './worst-cases';

const ALL = { education: 'redact', employers: 'redact', jobTitle: 'redact', experienceYears: 'redact' } as const;
const SMALL = 50_000;
const LARGE = 200_000;
/**
 * Linear time makes 4 times the input take about 4 times as long, quadratic 16 times; a quadratic step
 * beside the linear ones shows less (reading each number's line back from its start: 9.4 times).
 */
const MAX_RATIO = 8;
/** Below this (in ms at 200 KB) a run is too short to time, and 25 times it is still within the 1 MB target of 2 s. */
const MIN_MEASURABLE_MS = 40;

/** This process's CPU time for one run, in ms: on a shared machine the wall time mostly measures the queue. */
function cpuMs(text: string): number {
  globalThis.gc?.();
  const before = process.cpuUsage();
  const doc = anonymise(text, ALL);
  const { user, system } = process.cpuUsage(before);
  expect(doc.text.length).toBeGreaterThan(0);
  return (user + system) / 1000;
}

const large = worstCases(LARGE);
const cases = worstCases(SMALL).map(({ name, text }, i) => ({ name, small: text, large: large[i]!.text }));
cpuMs(cases[0]!.small); // warm-up: the name lists load and the patterns compile on the first call

// Catches catastrophic backtracking and quadratic steps (each once took from 30 s to hours at 100 KB,
// or 85 s at 1 MB) by timing each worst case at 50 KB and 200 KB. A ratio over the limit is timed
// again, best of five, before it fails: a quadratic step stays over it every time, a busy machine does not.
// The 1 MB timings are in `npm run bench`.
test.each(cases)('$name: 4 times the input takes about 4 times as long', ({ small, large }) => {
  let fast = cpuMs(small);
  let slow = cpuMs(large);
  for (let run = 1; run < 5 && slow > MIN_MEASURABLE_MS && slow / fast > MAX_RATIO; run++) {
    fast = Math.min(fast, cpuMs(small));
    slow = Math.min(slow, cpuMs(large));
  }
  if (slow > MIN_MEASURABLE_MS) expect(slow / fast, `${fast.toFixed(0)} ms at 50 KB, ${slow.toFixed(0)} ms at 200 KB`).toBeLessThan(MAX_RATIO);
}, 30_000);

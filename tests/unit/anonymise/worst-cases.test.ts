import { expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/index';
import { worstCases } from './worst-cases';

const ALL = { education: 'redact', employers: 'redact', jobTitle: 'redact', experienceYears: 'redact' } as const;

// Catches catastrophic backtracking or a quadratic step: each used to take from 30 s to hours at
// this size. The exact timings are in `npm run bench`; this only needs to finish.
test.each(worstCases(100_000))('$name (100 KB) is anonymised without hanging', ({ text }) => {
  const doc = anonymise(text, ALL);
  expect(doc.text.length).toBeGreaterThan(0);
}, 10_000);

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 12: family, origin, identity and status in the candidate's own words, read from word
// families (kin and caring words, upbringing verbs with a place, demonyms, naming verbs). Fresh cases,
// none from a corpus; each line is the whole output, so the spans and placeholders are exact.
describe('immigration: a qualification between status clauses stays, and settlement granted is status', () => {
  test.each([
    ['I came on a Tier 2 visa in 2017 and completed my MSc in 2019, now I hold ILR.', '[IMMIGRATION STATUS] and completed my MSc in [YEAR], now I hold [IMMIGRATION STATUS].'],
    ['I was granted settlement in 2020 and qualified as a nurse in 2014.', '[IMMIGRATION STATUS] and qualified as a nurse in [YEAR].'],
    ['I have permanent residency.', '[IMMIGRATION STATUS].'],
    ['I hold indefinite leave to remain and do not need sponsorship.', '[IMMIGRATION STATUS].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

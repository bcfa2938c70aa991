import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

/** Age and origin findings as [rule, text, start]. */
function found(text: string, context: 'advert' | 'email' = 'email'): [string, string, number][] {
  const report = analyse(text, { context, minWordsForStatements: 0, settings: { categories: { 'plain-english': false } } });
  return report.findings.filter((f) => f.category === 'age' || f.category === 'race-nationality').map((f) => [f.ruleId, f.text, f.start]);
}

describe('wording the writer proposes for the advert in quotation marks is read as the advert', () => {
  it.each<[string, [string, string, number][]]>([
    ['For the spec, just put "at least 15 years on the wards".', [['age-years-experience', 'at least 15 years', 24]]],
    ['Could we say "perfect for a recent graduate"?', [['age-graduate', 'recent graduate', 28]]],
    ['Maybe phrase it as "British nationals only" or "UK only".', [['passport-holders', 'British nationals only', 20]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Please never say "recent graduate" in an advert.',
    'We can\'t put "British nationals only" any more; HR said so.',
    'Rather than say "digital native", we now say "confident with IT".',
    'Could we add "recent graduate" before the panel meets and discuss it?',
    'A reader wrote in: "you only hire recent graduates".',
  ])('keeps quoted wording quoted: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('an applicant\'s age noted in an e-mail (age-noted)', () => {
  it.each<[string, [string, string, number][]]>([
    ['Applicant F is 59. Worth training someone who could be gone soon?', [['age-noted', 'Applicant F is 59. Worth training someone who could be gone soon', 0]]],
    ['Shortlist attached. Dr Okafor is 63 but very able.', [['age-noted', 'Dr Okafor is 63', 20]]],
    ['At 20 she would be the youngest on the ward by far.', [['age-noted', 'At 20', 0]]],
    ['At eighteen, he will need a lot of support on nights.', [['age-noted', 'At eighteen', 0]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Mrs Okafor is 83 and has lived alone since her fall.',
    'At 18 weeks she will be offered the anomaly scan.',
    'We meet at 30 Market Street; she has the keys.',
    'The previous sentence named our patients. At 90, they still walk to clinic.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

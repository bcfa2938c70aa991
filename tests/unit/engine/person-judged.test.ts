import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

/** The findings of the three clause readings and the family rules, as [rule, text], at strict (where health-judged runs). */
function judged(text: string, context: 'advert' | 'email' = 'email'): [string, string][] {
  const report = analyse(text, { context, minWordsForStatements: 0, settings: { strictness: 'strict', categories: { 'plain-english': false } } });
  return report.findings
    .filter((f) => ['age-judged', 'origin-judged', 'health-judged', 'family-judged', 'family-noted'].includes(f.ruleId))
    .map((f) => [f.ruleId, f.text]);
}

describe('a characteristic held for or against a candidate or staff (person-judged)', () => {
  it.each([
    ['Nobody much past thirty, to be honest.', [['age-judged', 'Nobody much past thirty']]],
    ["We'd like someone in the first half of their career.", [['age-judged', 'like someone in the first half of their career']]],
    ['Jo: Can we get a spring chicken this time?', [['age-judged', 'get a spring chicken']]],
    ['A bit of youth about the place would do us good.', [['age-judged', 'youth about the place would do us good']]],
    ['Please don\'t send anyone over fifty again.', [['age-judged', "don't send anyone over fifty"]]],
    ['And can we have someone English this time?', [['origin-judged', 'can we have someone English']]],
    ['Not sure about someone Nigerian on the front desk.', [['origin-judged', 'Not sure about someone Nigerian']]],
    ["Not someone with epilepsy, I can't take the risk.", [['health-judged', 'Not someone with epilepsy']]],
    ['Also the woman who came Tuesday had a stammer; can we avoid that?', [['health-judged', 'stammer']]],
  ] as const)('flags %j', (text, expected) => {
    expect(judged(text)).toEqual(expected);
  });

  it.each([
    'We welcome applicants whatever their age.',
    'You will run clinics for older patients and young people.',
    'Over 50 staff work across our three sites.',
    'We need over 40 nurses this winter.',
    'The ward cares for people over seventy.',
    'Our practice manager of fourteen years is retiring and we are looking for an experienced manager.',
    'The trust wants every man over 50 on the estates team to book a health check.',
    'Good spoken English is essential for this role.',
    'Candidate 4\'s Polish is fluent, which will help with our patients.',
    'Many of our patients live with epilepsy and diabetes, so we want someone calm.',
    'She has a stammer and asked for extra time, which we have agreed.',
    'We offer reasonable adjustments for disabled applicants and are committed to equality.',
    'We see nobody with children under five in this clinic.',
  ])('passes %j', (text) => {
    expect(judged(text, 'advert')).toEqual([]);
    expect(judged(text, 'email')).toEqual([]);
  });
});

describe('family life refused by "nobody" and pregnancy by idiom (family-judged, family-noted)', () => {
  it.each([
    ["Also we need to be realistic: nobody who'll be part-time with kids in a year or two.", [['family-judged', "nobody who'll be part-time with kids"]]],
    ['Nobody still in the nappy years please.', [['family-judged', 'Nobody still in the nappy years']]],
    ['Please do not apply if you are planning a family in the next two years.', [['family-judged', 'do not apply if you are planning a family']]],
    ['Dr Leigh: And A looked about five months gone to me.', [['family-noted', 'five months gone']]],
  ] as const)('flags %j', (text, expected) => {
    expect(judged(text)).toEqual(expected);
  });

  it.each(['The audit is five months gone and we have not started.', 'We see nobody with children under five in this clinic.'])('passes %j', (text) => {
    expect(judged(text)).toEqual([]);
  });
});

describe('a clause reading gives way to the exact rule on the same words', () => {
  it('leaves "sounds like a local" to the accent rule, with its own message', () => {
    const report = analyse('Ideally someone who sounds like a local.', { context: 'email', settings: { strictness: 'strict', categories: { 'plain-english': false } } });
    expect(report.findings.map((f) => [f.ruleId, f.text])).toEqual([['accent', 'sounds like a local']]);
  });
  it('leaves "no one with" a condition to the health bar', () => {
    const report = analyse("And no one with a diabetes or epilepsy history, I can't take the risk.", { context: 'email', settings: { strictness: 'strict', categories: { 'plain-english': false } } });
    expect(report.findings.map((f) => [f.ruleId, f.text])).toEqual([['health-barred', 'diabetes']]);
  });
});

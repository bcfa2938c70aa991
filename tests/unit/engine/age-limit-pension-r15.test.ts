import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// An age limit on applicants is one whatever reason follows, a pension scheme's included ("must be
// under 45 to join our pension scheme"); what the pension scheme itself allows (who can join, its
// normal pension age) is no limit on who may apply.

/** The age-limit findings, as [text, start]. */
function limits(text: string): [string, number][] {
  return analyse(text, { context: 'advert', minWordsForStatements: 0 })
    .findings.filter((f) => f.ruleId === 'age-limit')
    .map((f) => [f.text, f.start]);
}

describe('an age limit given with a pension as its reason', () => {
  it.each<[string, [string, number][]]>([
    ['Essential: must be under 40 to be enrolled in our pension scheme.', [['under 40', 19]]],
    ['Applicants should be aged 21-35 because of the pension rules.', [['aged 21-35', 21]]],
  ])('flags %j', (text, expected) => {
    expect(limits(text)).toEqual(expected);
  });

  it.each([
    'Staff under 55 can join the NHS Pension Scheme from their first day.',
    'The scheme’s normal pension age is 67 for new members.',
    'You may join the pension scheme at any age under 75.',
  ])('leaves %j', (text) => {
    expect(limits(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 17 (lead): each kind in other words than the sets that showed it.

/** Every finding, as [rule, text, start]. */
function read(text: string, context: 'email' | 'advert' = 'email'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => [f.ruleId, f.text, f.start]);
}

describe('a doubt about what has happened is not a doubt about a person', () => {
  it.each<[string, [string, string, number][]]>([
    ["I'm not sure a man would settle on the ward.", [['sex-preferred', 'man', 15]]],
    ['Not sure a female porter could do the heavy lifts.', [['sex-preferred', 'female', 11]]],
    ['I doubt a woman has the stomach for the mortuary.', [['sex-preferred', 'woman', 10]]],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'Not sure a man has ever applied for the health visitor posts here.',
    "I'm not sure a woman has worked in the sterile services team before, so it's worth saying we'd welcome it.",
    'Not sure a female electrician has been on the estates rota in ten years.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

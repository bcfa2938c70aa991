import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// "The ladies", "the gents" after "the" and described as cared for or served ("are elderly", "feel
// comfortable asking") are patients or customers, not staff called by their sex; the same words for
// staff, or for someone to be hired, are still read as staff.

/** The staff-called-girls findings, as [text, start]. */
function staffWords(text: string): [string, number][] {
  return analyse(text, { context: 'email', minWordsForStatements: 0 })
    .findings.filter((f) => f.ruleId === 'staff-called-girls')
    .map((f) => [f.text, f.start]);
}

describe('people cared for or served, named politely', () => {
  it.each([
    'Please book a female cleaner: the ladies on bay 4 are frail and get confused at night.',
    'We want someone patient, so the gents feel comfortable talking about their prostate results.',
  ])('leaves %j', (text) => {
    expect(staffWords(text)).toEqual([]);
  });

  it.each<[string, [string, number][]]>([
    ['The girls are comfortable with SystmOne already.', [['girls', 4]]],
    ['The lads on the ward are exhausted after the winter.', [['lads', 4]]],
    ['We need a girl who is comfortable talking to patients.', [['girl', 10]]],
  ])('flags %j', (text, expected) => {
    expect(staffWords(text)).toEqual(expected);
  });
});

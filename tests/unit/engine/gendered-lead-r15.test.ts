import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 15 (lead, from the unseen fresh15 set): a panel greeted by its sex ("Lads," alone on an
// e-mail's first line), and the post holder pictured as one sex ("the right man will…", "a man's
// environment"). Beside them: both sexes named, a wedding's best man, the word further down a list.

/** The gendered-language findings, as [rule, text, start]. */
function gendered(text: string): [string, string, number][] {
  return analyse(text, { context: 'email', minWordsForStatements: 0 })
    .findings.filter((f) => f.category === 'gendered-language')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('a panel greeted by its sex, and the post holder pictured as one sex', () => {
  it.each<[string, [string, string, number][]]>([
    ['Lads,\n\nFive on the shortlist for Thursday; notes attached.', [['staff-called-girls', 'Lads', 0]]],
    ['Subject: porters\n\nGents,\n\nInterviews are at 10.', [['staff-called-girls', 'Gents', 18]]],
    ["The stores are a man's environment, so expect some banter.", [['gendered-idioms', "a man's environment", 15]]],
    ['The ideal woman would be calm with anxious mums-to-be.', [['gendered-idioms', 'The ideal woman would', 0]]],
  ])('flags %j', (text, expected) => {
    expect(gendered(text)).toEqual(expected);
  });

  it.each([
    'Finding the right man or woman for the rota took weeks.',
    'He was best man at his brother’s wedding last year.',
    'Hi all,\n\nRooms for Thursday:\nLadies\nGents\nAccessible',
  ])('leaves %j', (text) => {
    expect(gendered(text)).toEqual([]);
  });
});

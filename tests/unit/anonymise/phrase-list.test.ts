import { expect, test } from 'vitest';
import { phraseList } from '../../../lib/anonymise/alternation';
import { matchAll, matchPhrases } from '../../../lib/anonymise/match-all';

const found = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, m[0]]);

const PHRASES = ['Friends meeting house', 'gurdwara', "St Brigid's", 'Lent', 'Lenten fast', 'x'];
const TEXTS = [
  'I help at the gurdwara on Sundays and keep the Lenten fast; St Brigid’s choir, St Brigid\'s too.',
  'GURDWARA langar, Friends  meeting\n house, friends meeting house, Lentils, xylophone x.',
  '',
  'Lent',
];

// The list is tried only where its first two characters stand: the matches are the ones the whole
// pattern finds, whatever the case, the apostrophe or the blanks between its words.
test.each(TEXTS)('phrases in %j are found as the whole pattern finds them', (text) => {
  for (const flags of ['gu', 'giu']) {
    const list = phraseList(PHRASES, '(?<![\\p{L}])', '(?![\\p{L}])', flags);
    expect(found(matchPhrases(text, list))).toEqual(found(matchAll(text, list.pattern)));
  }
});

test('case folds in the starts as in the list', () => {
  const list = phraseList(['gurdwara'], '(?<![\\p{L}])', '(?![\\p{L}])', 'giu');
  expect(found(matchPhrases('at the GURDWARA and the Gurdwara', list))).toEqual([
    [7, 'GURDWARA'],
    [24, 'Gurdwara'],
  ]);
});

test('a phrase cannot start with a blank', () => {
  expect(() => phraseList([' mosque'], '', '', 'gu')).toThrow('starts with a blank');
});

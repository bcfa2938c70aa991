import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 27, allied health, talking therapies, peer support, chaplaincy, clinical coding, interpreting
// and people-services posts: each reading in other words than the pages that showed it.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string): [string, string, number][] {
  return analyse(text, { context: 'advert', minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('a describing phrase opening with a preposition, after "and", describes the noun after it', () => {
  it.each([
    'You will need to have robust and up-to-date knowledge of the Equality Act.',
    'The post holder will need to have robust and up to date understanding of information governance.',
  ])('leaves the knowledge in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['You must be robust and up to date with manual handling training.', 'must be robust', 4],
    ['Please send someone tall and able to reach the top shelves.', 'Please send someone tall', 0],
  ])('flags the body in %j', (text, words, start) => {
    expect(read(text)).toEqual([['physique-demanded', words, start]]);
  });
});

describe('a preposition in small letters inside a name gives no capital', () => {
  it.each([
    'Our finance team works to the Commissioning by Outcomes (CbO) framework.',
    'Staff are trained in Learning from Deaths (LfD) reviews.',
    'Referrals go through the Access by Referral (ABR) route.',
  ])('reads the name as spelling the letters in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags the letters alone', () => {
    expect(read('Staff are trained in the LfD process.')).toEqual([['unexpanded-acronym', 'LfD', 25]]);
  });
});

describe('an open age limit demanded with "must be" or "should be", with no "aged" before it', () => {
  it.each([
    ['Essential:\nMust be 25 or over\nGood written English', '25 or over', 19],
    ['Successful applicants should be 21 or older at the start date.', '21 or older', 32],
    ['You need to be 30 or under to join the graduate scheme.', '30 or under', 15],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['age-limit', words, start]]);
  });
  it.each([
    'Applicants must be 18 or over.',
    'The waiting list must be 20 or under by March.',
    'Each clinic must be 12 or more patients.',
    'You must be 40 or more miles from the base.',
  ])('leaves the legal minimum or a count in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a way through life opening a clause is the experience described, not the post', () => {
  it.each([
    'Living with chronic pain can feel very challenging, and the clinic helps people plan their week.',
    'Coping with a new diagnosis can feel very challenging.',
    'Grieving is very challenging, so our bereavement service keeps in touch.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['Leading a team can be very challenging.', 27],
    ['Working nights can feel challenging.', 24],
  ])('flags work the post holder does in %j', (text, start) => {
    expect(read(text)).toEqual([['masculine-challenging', 'challenging', start]]);
  });
});

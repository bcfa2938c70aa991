import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 34 (lead): each kind in other words than the documents that showed it.

describe("round 33's review nits", () => {
  it('reads "too attractive to" as looks only when said of a person, not of "they" that may be things', () => {
    const things = read('They are far too attractive for the practice to pass up: a final salary pension and a lease car.', 'email');
    expect(things.filter(([rule]) => rule === 'appearance')).toEqual([]);
    expect(read("They're too good-looking to be nurses, one of the panel said.", 'email')).toEqual([
      ['appearance', "They're too good-looking to", 0],
    ]);
    expect(read('He is much too attractive for the front desk.', 'email')).toEqual([['appearance', 'He is much too attractive for', 0]]);
  });
  it('reads "old enough to have a NN-year-old" as the idiom, not "old enough to be" one', () => {
    expect(read('You look old enough to have a 25-year-old grandson.', 'email')).toEqual([['age-idioms', 'old enough to have a 25-year-old grandson', 9]]);
    expect(read('Applicants must be old enough to be a 16-year-old apprentice.', 'email')).toEqual([]);
  });
  it('does not read the writer promising never to use a condition as an excuse as doubting the illness', () => {
    expect(read("I didn't use the diagnosis as an excuse to leave.", 'email')).toEqual([]);
    expect(read('He keeps using his depression as an excuse.', 'email')).toEqual([['illness-doubted', 'using his depression as an excuse', 9]]);
  });
});

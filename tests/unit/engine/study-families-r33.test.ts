import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 33, the study slice's largest families after fresh32 joined it (engine-90): abbreviations
// every reader knows, cost codes read as abbreviations and a product's name. Every case is new
// wording, with a near sentence that stays quiet or still flags.

describe('abbreviations every reader knows', () => {
  it('leaves a chief executive and a named condition', () => {
    expect(read('The CEO will sit on the panel on Friday afternoon.', 'email')).toEqual([]);
    expect(read('He mentioned his PTSD at interview and asked for a quiet room.', 'email')).toEqual([]);
  });
  it('still flags an insiders\' abbreviation beside them', () => {
    expect(read('The CEO wants the CIP figures by Friday.', 'email')).toEqual([['unexpanded-acronym', 'CIP', 18]]);
  });
});

describe('a code with figures either side of its letters', () => {
  it('leaves a cost code', () => {
    expect(read('Charge the taxis to 3RT114 as last month.', 'email')).toEqual([]);
  });
  it('still flags an abbreviation that opens with a figure', () => {
    expect(read('Referrals go through the 2WW pathway.', 'email')).toEqual([['unexpanded-acronym', '2WW', 25]]);
  });
});

describe('a product named with an abbreviation', () => {
  it('leaves Power BI', () => {
    expect(read('You will build dashboards in Power BI and Excel.', 'advert')).toEqual([]);
  });
  it('still flags the letters alone', () => {
    expect(read('Our BI team will send you the figures.', 'email')).toEqual([['unexpanded-acronym', 'BI', 4]]);
  });
});

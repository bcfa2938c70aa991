import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 23, children's, substance misuse, prison, school nursing, allied health,
// imaging, maternity support, ambulance, sterile services, PALS and volunteering posts, and letters
// from Scottish boards: each reading in other words than the pages that showed it.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string): [string, string, number][] {
  return analyse(text, { context: 'advert', minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('codes with a digit after a code label are codes, not abbreviations', () => {
  it.each(['Evaluation code: PK7 - RT2, Band 4.', 'Cost codes – QA12 – ZT3 for the ward budget.'])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['Dress code: PPE is provided on the ward.', 'PPE', 12],
    ['You will work on the K4 unit.', 'K4', 21],
  ])('still reads letters with no digit, or a code with no label, in %j', (text, word, start) => {
    expect(read(text)).toEqual([['unexpanded-acronym', word, start]]);
  });
});

describe('a currency code beside an amount, and an ordinal ending set apart from its number, are no abbreviations', () => {
  it.each(['Salary: EUR 40,000 to 45,000 a year.', 'Pay of 28,000 GBP pro rata.', 'Interviews will be held on 22 ND March.'])(
    'leaves %j',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
  it.each([
    ['Experience of GBP reconciliation is useful.', 'GBP', 14],
    ['Please contact the ND service.', 'ND', 19],
  ])('still reads the letters alone in %j', (text, word, start) => {
    expect(read(text)).toEqual([['unexpanded-acronym', word, start]]);
  });
});

describe("a venue's name in capitals before its kind is a name", () => {
  it.each(['Our awards night is at the ASTOR Theatre.', 'Our staff party is at the ELAN Hotel in town.'])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still reads letters with no word in them: "the RCN Club"', () => {
    expect(read('Meet us at the RCN Club.')).toEqual([['unexpanded-acronym', 'RCN', 15]]);
  });
});

describe('letters run into a word are read with the same letters written alone', () => {
  it('flags the first use on its own, not the run-in copy', () => {
    expect(read('Ask the PALS team or email the TrustPALS inbox.')).toEqual([['unexpanded-acronym', 'PALS', 8]]);
  });
  it('still flags the run-in word when the letters never stand alone', () => {
    expect(read('Our TrustPALS desk is open daily.')).toEqual([['unexpanded-acronym', 'TrustPALS', 4]]);
  });
});

describe('a name with what the person is after a comma is a person, not a place', () => {
  it('leaves a pronoun about the member of staff quoted', () => {
    expect(read('"It is never dull," said Priya, ward manager and mentor. She has worked here for ten years.')).toEqual([]);
  });
  it('still flags a pronoun for the post-holder after a place named before a comma', () => {
    expect(read('The post is based at Ashby, near the coast, and the successful nurse will find he has a varied caseload.')).toEqual([
      ['generic-pronoun', 'he', 79],
    ]);
  });
});

describe('self-determination is a right of the people served, not a trait', () => {
  it('leaves the right', () => {
    expect(read('The team promotes self-determination and choice for people in recovery.')).toEqual([]);
  });
  it('still flags a determined candidate', () => {
    expect(read('We want a determined, self-motivated nurse.')).toEqual([['masculine-determined', 'determined', 10]]);
  });
});

describe('reports are things: an adjective before them describes the report', () => {
  it('leaves "independent written reports"', () => {
    expect(read('You will produce independent written reports for the court.')).toEqual([]);
  });
  it('still flags someone independent who writes reports', () => {
    expect(read('We want someone independent who writes clear reports.')).toEqual([['masculine-independent', 'independent', 16]]);
  });
});

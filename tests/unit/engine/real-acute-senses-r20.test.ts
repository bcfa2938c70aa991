import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 20, the posts NHS Jobs carries most in acute, teaching and district general trusts (issue 11):
// each reading in other words than the adverts that showed it.

describe('new challenges and opportunities are the work, not the person', () => {
  it.each([
    'Each shift on the assessment unit throws up fresh challenges for the whole team.',
    'On this rotation you will find fresh opportunities here.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags "fresh" said of the person hired', () => {
    expect(read('We are after someone fresh to lead the night shift.')).toEqual([['age-fresh', 'fresh', 21]]);
  });
});

describe('an ordinary word shouted among words adverts shout is no abbreviation', () => {
  it('leaves "UNTIL" in a shouted contract line', () => {
    expect(read('Contract: FIXED TERM UNTIL 31 March 2027, full time.')).toEqual([]);
  });
  it('still flags unexplained letters in the same run', () => {
    expect(read('Contract: FIXED TERM ACP post.')).toEqual([['unexpanded-acronym', 'ACP', 21]]);
  });
});

describe("an NHS body's initials may leave out the word Hospitals", () => {
  it('leaves initials the heading spells', () => {
    expect(read('Calderwick, Mardon and Essling University Hospitals NHS Trust\n\nJoin the wards at CMEUT this spring.')).toEqual([]);
  });
  it('still flags initials nothing in the text spells', () => {
    expect(read('Calderwick University Hospitals NHS Trust\n\nJoin the wards at CMEUT this spring.')).toEqual([
      ['unexpanded-acronym', 'CMEUT', 61],
    ]);
  });
});

describe('urgent and emergency care written out explains UEC', () => {
  it('leaves UEC after the words', () => {
    expect(read('You will cover urgent and emergency care and planned surgery, reporting UEC figures weekly.')).toEqual([]);
  });
  it('still flags UEC alone', () => {
    expect(read('You will report UEC figures weekly.')).toEqual([['unexpanded-acronym', 'UEC', 16]]);
  });
});

describe('a values name in capitals is spelled by the list after it', () => {
  it.each([
    'We live our KIND values – Kindness first, Integrity, Nurture and Dignity – on every ward.',
    'Staff sign up to our CRISP principles: Care for all, Respect, Integrity, Safety and Pride.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags a name the list does not spell', () => {
    expect(read('We live our KIND values – Kindness, Honesty and Care – on every ward.')).toEqual([['unexpanded-acronym', 'KIND', 12]]);
  });
});

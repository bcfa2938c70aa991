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

describe('a table copied flat with its cells split by "|"', () => {
  it('reads each cell as an item of its own', () => {
    expect(read('Essential: Registered midwife | Physically robust | Willing to work nights')).toEqual([['physically-fit', 'Physically robust', 32]]);
    expect(read('Essential: HCPC registration | A minimum of 8 years\' experience in a similar post | Budget skills')).toEqual([
      ['unexpanded-acronym', 'HCPC', 11],
      ['age-years-experience', "A minimum of 8 years' experience", 31],
    ]);
  });
  it('does not read "/20" after a score column as an age', () => {
    const note = 'Hi both, scores for the porter interviews.\nName | Practical task (/25) | Interview (/30) | Total\nR1 | 19 | 24 | 43';
    expect(read(note, 'email').filter(([rule]) => rule === 'age-noted')).toEqual([]);
  });
});

describe('a condition held against the candidate in a reply to them', () => {
  it('reads "too demanding" and "better suited to" as a doubt beside the condition', () => {
    expect(read('The panel thought that, with your epilepsy, the lone working might be too demanding for you.', 'email')).toEqual([
      ['condition-doubted', 'epilepsy, the lone working might be too demanding for', 34],
    ]);
    expect(read('Given his asthma, he would be better suited to the day clinic.', 'email')).toEqual([['condition-doubted', 'asthma, he would be better suited to', 10]]);
  });
  it('leaves the same words without a condition, and an adjustment agreed', () => {
    expect(read('We felt the caseload would be too demanding for a first post.', 'email')).toEqual([]);
    expect(read('Given her asthma, she would be better suited to days, which we have agreed.', 'email')).toEqual([]);
  });
});

describe("the reader's age reported back to them", () => {
  it('reads "noted that you are 58" as the candidate\'s age', () => {
    expect(read('The panel remarked that you are 63.', 'email')).toEqual([['age-noted', 'you are 63', 24]]);
  });
  it('leaves an age condition and a distance', () => {
    expect(read('If you are 55 or over you can join the scheme.', 'email')).toEqual([]);
    expect(read('We noted that you are 25 minutes from the surgery.', 'email')).toEqual([]);
  });
});

describe('a group by origin given a trait as inborn', () => {
  it('reads "are naturally" and "are inherently" with a trait, and "they" for the group named before', () => {
    expect(read('Ghanaian midwives are naturally calm.', 'email')).toEqual([['origin-stereotyped', 'Ghanaian midwives are naturally calm', 0]]);
    expect(read('Could we put the Polish carers on nights? They are inherently tough.', 'email')).toEqual([
      ['origin-stereotyped', 'They are inherently tough', 42],
    ]);
  });
  it('leaves what anyone new would need or feel, and a fact about the group', () => {
    expect(read('International recruits will naturally need a longer induction.', 'email')).toEqual([]);
    expect(read('We met the Indian nurses on Monday. They are naturally anxious before the OSCE.', 'email').filter(([rule]) => rule === 'origin-stereotyped')).toEqual([]);
    expect(read('We took on nine overseas nurses in May. They all passed their first review.', 'email')).toEqual([]);
  });
});

describe('one picked from those who applied', () => {
  it('reads "our preferred candidate" in an e-mail as someone in particular', () => {
    expect(read('The references for our preferred candidate are back. Could you ring her to agree a start date?', 'email')).toEqual([]);
  });
  it('still reads the one still wished for as whoever gets the post', () => {
    expect(read('Our preferred candidate will know EMIS. She will run the recalls.', 'email')).toEqual([
      ['unexpanded-acronym', 'EMIS', 34],
      ['generic-pronoun', 'She', 40],
    ]);
  });
});

describe('the wording a note asks an advert to say', () => {
  it('reads a quotation after "so that it says" as the advert\'s own words', () => {
    expect(read('We agreed to change the porter advert so that it says "strong men preferred".', 'email').map(([rule]) => rule)).toContain('one-sex-advert');
  });
  it('still reads what an advert said as quoted when nobody asks for it', () => {
    expect(read('The old advert said "young team", which we have taken out.', 'email')).toEqual([]);
  });
});

describe('a post filled without being advertised', () => {
  it('reads "didn\'t advertise the post" and "no need to advertise it" as an informal appointment', () => {
    expect(read('We chose not to advertise the vacancy, since Tom already knows the rota.', 'email')).toEqual([
      ['informal-appointment', 'chose not to advertise the vacancy', 3],
    ]);
  });
  it('leaves a post held back for funding, and one filled by redeployment', () => {
    expect(read("We won't advertise the role until the budget is signed off.", 'email')).toEqual([]);
    expect(read('The post was ring-fenced for staff at risk, so we did not advertise it.', 'email')).toEqual([]);
  });
});

describe('a name sent on', () => {
  it('does not read "send their name" as preferring someone for their name', () => {
    expect(read('If a friend is interested, send us their name and we will be in touch.', 'email')).toEqual([]);
  });
  it('still reads a name asked for', () => {
    expect(read('Can you send someone with an English name this time?', 'email')).toEqual([['name-judged', 'English name', 29]]);
  });
});

describe('"signed off" as sick leave, not as approval', () => {
  it('reads a fit note and sick leave as health', () => {
    expect(read("He was signed off for six weeks last winter, not sure he'd cope with nights.", 'email')).toEqual([
      ['condition-doubted', 'was signed off for six weeks last winter, not sure', 3],
    ]);
  });
  it('leaves a budget, a rota and competencies signed off', () => {
    expect(read("We won't fill the post until the business case is signed off, so I doubt we'll interview before May.", 'email')).toEqual([]);
    expect(read('Not sure she will cope with nights until her cannulation competencies are signed off.', 'email')).toEqual([]);
  });
});

describe("review 34's mends of the lead's readings", () => {
  it('reads a row\'s "Desirable" and "or equivalent" cells with the criterion before them (M1)', () => {
    expect(read('Car driver with a full licence | Desirable')).toEqual([]);
    expect(read("Six years' experience in a similar post | Essential | or equivalent experience in another sector")).toEqual([]);
    expect(read("Essential: Registered dietitian | Physically fit | Six years' experience in a similar post")).toEqual([
      ['physically-fit', 'Physically fit', 34],
      ['age-years-experience', "Six years' experience", 51],
    ]);
  });
  it('reads "too demanding" and "better suited to" as a doubt only of the person, not of an offer or their own account (M9)', () => {
    expect(read('If lone working feels too demanding with your asthma, we can look at paired visits.', 'email')).toEqual([]);
    expect(read('With his colitis he found the long list better suited to a later start, so we moved it.', 'email')).toEqual([]);
    expect(read('She walks with a stick. Not sure how the old lift would cope with the new trolleys, so estates are checking.', 'email')).toEqual([]);
    expect(read('The lists may be too demanding for someone with her epilepsy.', 'email')).toEqual([
      ['condition-doubted', 'too demanding for someone with her epilepsy', 17],
      ['generic-pronoun', 'her', 48],
    ]);
  });
  it('does not read a minimum age met as the reader\'s age (S2)', () => {
    expect(read('We have noted that you are 16 or over, as the apprenticeship requires.', 'email')).toEqual([]);
  });
  it('spares a wish for "one applicant" or the one picked, even after an aside (S7)', () => {
    expect(read('One applicant might ask whether he can bring notes.', 'email')).toEqual([['generic-pronoun', 'he', 32]]);
    expect(read('Our chosen candidate, when she starts, will need her own login.', 'email').map(([rule, text]) => [rule, text])).toContainEqual([
      'generic-pronoun',
      'her',
    ]);
  });
  it('reads "still signed off" as sick leave (S11)', () => {
    expect(read("Is he still signed off? He's always off.", 'email').map(([rule]) => rule)).toEqual(['condition-doubted']);
  });
});

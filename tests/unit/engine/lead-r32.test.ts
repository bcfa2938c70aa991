import { describe, expect, it } from 'vitest';
import { missing, read } from './read-findings';

// Round 32 (lead): each kind in other words than the documents that showed it.

describe('a request refused by calling it unlawful (one reading of the ruling for both paths)', () => {
  const asked = 'Some of you asked whether we could take only female applicants';
  it('lifts the request when the refusal calls it discriminatory, unlawful or illegal in any form of "be"', () => {
    expect(read(`${asked}; that would be discriminatory.`, 'email')).toEqual([]);
    expect(read(`${asked}; that is clearly unlawful.`, 'email')).toEqual([]);
    expect(read(`${asked}. That's illegal.`, 'email')).toEqual([]);
  });
  it('keeps it when the writer goes past the ruling or the answer is no ruling at all', () => {
    expect(read(`${asked}. That would be unlawful, but we will do it anyway.`, 'email')).toEqual([['one-sex-advert', 'female applicants', 45]]);
    expect(read(`${asked}; that would be lovely.`, 'email')).toEqual([['one-sex-advert', 'female applicants', 45]]);
  });
});

describe('a question script quoted line by line', () => {
  it('reads a question standing as its own numbered line as one to ask', () => {
    expect(read('Call script\n1. "Can you work weekends?"\n2. "Are you planning a family in the next year?"', 'email')).toEqual([['question-pregnancy', 'Are you planning a family', 44]]);
  });
  it('still reads a question reported, or listed under a warning, as quoted', () => {
    expect(read('The interviewer asked:\n"Are you planning a family in the next year?"', 'email')).toEqual([]);
    expect(read('Questions to avoid:\n- "Are you planning a family in the next year?"', 'email')).toEqual([]);
    // Review 32: unnumbered, after any lead-in; or numbered under a lead-in that rules the questions out.
    expect(read('A candidate has complained. One panel member put this to the candidate:\n"Do you have a wife at home?"\nPlease look into it.', 'email')).toEqual([]);
    expect(read('Never ask these, even in passing:\n1. "How old are your children?"\n2. "Where were you born?"', 'email')).toEqual([]);
  });
});

describe('what is not a person', () => {
  it('reads a condition said to be active as the illness, not a trait', () => {
    expect(read('Support patients on the unit while their eating disorder is active and their weight is low.')).toEqual([]);
    expect(read('You will be active on the ward.')).toEqual([['masculine-active', 'active', 12]]);
  });
  it('reads "religious" before a chaplaincy\'s work as the work', () => {
    expect(read('You will offer religious and spiritual care to patients of all faiths.')).toEqual([]);
    expect(read('The chaplain leads religious services in the hospital chapel.')).toEqual([]);
    expect(read('He is very religious so Fridays could be tricky.', 'email')).toEqual([['faith-noted', 'very religious', 6]]);
  });
});

const FAIR = 'We welcome applications from all backgrounds and offer reasonable adjustments at interview.';

describe('flexible working offered beside a demand', () => {
  it('reads a pattern offered after a semicolon or a dash, past a demand before it', () => {
    expect(missing(`Porter, £24,000 a year. The hours can be worked flexibly across the week – job shares considered. ${FAIR}`)).toEqual([]);
    expect(missing(`Porter, £24,000 a year. You must be flexible to cover the rota; we also welcome job share applicants. ${FAIR}`)).toEqual([]);
  });
  it('does not read a pattern in the demand\'s own part of the sentence as an offer', () => {
    expect(missing(`Porter, £24,000 a year. You will work flexibly across both sites, including job share cover when needed. ${FAIR}`)).toEqual([
      'no-flexible-working-statement',
    ]);
  });
});

describe('a person wanted or judged in other words', () => {
  it('reads "needs" before "young blood" as wanting, not as patients\' needs', () => {
    expect(read('Frankly the depot needs some young blood on the late runs.', 'email')).toEqual([['age-young-hire', 'young blood', 29]]);
    expect(read('The clinic supports young people with complex needs.')).toEqual([]);
  });
  it('reads "quite old to", "rather young for" as age judged, not said of things', () => {
    expect(read("He's rather young for a band 7 post.", 'email')).toEqual([['age-too-old', 'rather young for', 5]]);
    expect(read('The building is quite old to be fair.', 'email')).toEqual([]);
    expect(read('Our laptop is rather old for the new rostering system.', 'email')).toEqual([]);
  });
  it('reads "keep her away from" after a condition as holding it against her', () => {
    expect(read("He's epileptic, so keep him off the night rota.", 'email')).toEqual([['condition-doubted', 'epileptic, so keep him off', 5]]);
    expect(read('Keep him away from the drugs trolley until his training is signed off.', 'email')).toEqual([]);
  });
  it('reads "not another …" as refusing one more of what it names, not as a negation', () => {
    expect(read('Please, not another receptionist whose name is hard to say.', 'email')).toEqual([['name-judged', 'name is hard to say', 39]]);
    // The age word's own rule, which the clause reading ("not another boomer", age-judged) yields to.
    expect(read('And not another boomer please.', 'email')).toEqual([['age-idioms', 'boomer', 16]]);
  });
  it('reads a school named as a kind of person as judging class', () => {
    expect(read('Ideally a grammar school sort who will fit in with the partners.', 'email')).toEqual([
      ['class-school-type', 'grammar school sort', 10],
      ['culture-fit', 'fit in', 39],
    ]);
    expect(read('Our school nurses cover every state school in the borough.')).toEqual([]);
    expect(read('We particularly encourage applicants who are not from a grammar school background.')).toEqual([]);
  });
  it('reads a husband or wife said of a candidate as orientation, when it is held against them', () => {
    expect(read('He mentioned his husband at interview, which might not go down well with the crews.', 'email')).toEqual([['orientation-judged', 'his husband', 13]]);
    expect(read('Her wife works at the hospital too.', 'email')).toEqual([]);
  });
});

describe('a department written with a capital is no one the pronoun means', () => {
  it('reads "He" after "between Theatre and Recovery" as the post-holder', () => {
    expect(read('Porter\n\nPorters move patients between Theatre and Recovery. Applicants must be physically fit.\n\nHe will report to the Portering Supervisor.')).toEqual([
      ['physically-fit', 'physically fit', 79],
      ['generic-pronoun', 'He', 96],
    ]);
  });
});

describe('a person specification cell copied flat, read item by item', () => {
  it('reads each item between semicolons on its own', () => {
    expect(read('Person specification\nEssential: Registered nurse; Experience in the community; Stable mental health history\nDesirable: Phlebotomy')).toEqual([
      ['health-history-bar', 'Stable mental health', 79],
    ]);
  });
  it('reads a fair route ("or equivalent") as its own item\'s only', () => {
    expect(read('Essential: Degree in nutrition or equivalent; A minimum of 4 years\' experience; Driving licence or access to transport')).toEqual([
      ['age-years-experience', "A minimum of 4 years' experience", 46],
    ]);
    expect(read('Essential: Registration with the NMC; UK nursing degree or equivalent').filter(([rule]) => rule !== 'unexpanded-acronym')).toEqual([]);
  });
  it('still reads a ban written as an item as the ban ("No … are permitted")', () => {
    expect(read('Essential:\nNo turbans are permitted in theatre; registered practitioner; team player')).toEqual([['religious-dress-banned', 'turbans', 14]]);
  });
  it('keeps a reason in brackets, semicolons and all, with its item', () => {
    expect(read("Essential:\n- Full manual driving licence (the post drives a 3.5-tonne van; the insurer's condition)")).toEqual([]);
  });
});

describe('reasonable adjustments the post-holder makes for patients', () => {
  const EQUAL = 'We value diversity. Job shares welcome.';
  it('does not read adjustments for patients as an offer to applicants', () => {
    expect(missing(`Community Nurse, £38,000 a year. You will help hospitals make reasonable adjustments for our patients. ${EQUAL}`)).toEqual([
      'no-reasonable-adjustments-statement',
    ]);
  });
  it('still reads adjustments offered to applicants, or named beside the interview', () => {
    expect(missing(`Community Nurse, £38,000 a year. We make reasonable adjustments for disabled applicants. ${EQUAL}`)).toEqual([]);
    expect(missing(`Community Nurse, £38,000 a year. Reasonable adjustments for patients, and for you at interview. ${EQUAL}`)).toEqual([]);
  });
});

describe('overseas experience and names judged in other words', () => {
  it('reads overseas experience called less relevant as discounted', () => {
    expect(read('We felt your overseas experience was less relevant to this ward than the other candidates\' NHS experience.', 'email')).toEqual([
      ['overseas-trained-unwanted', 'overseas experience', 13],
    ]);
    expect(read('We value overseas experience; it is relevant to our patients.')).toEqual([]);
  });
  it('reads a nickname to be taken in English as a name judged', () => {
    expect(read('Many of our carers choose an English nickname for the residents.', 'email')).toEqual([['name-judged', 'choose an English nickname', 19]]);
  });
});

describe('an abbreviation renamed in brackets (review 32, N2)', () => {
  it('is explained by a name in words, not by other letters', () => {
    expect(read('Our AHP (previously PAMs) team covers the county.')).toEqual([
      ['unexpanded-acronym', 'AHP', 4],
      ['unexpanded-acronym', 'PAMs', 20],
    ]);
    expect(read('Refer to IAPT (now NHS Talking Therapies) where needed.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { flags, leaves, read } from './read-findings';

// Round 41 (lead): each kind in other words than the documents that showed it.

describe('people a verb of wanting takes as its object are the hire, however they are described', () => {
  flags([
    ['We are after a cheerful young person who is self-reliant enough to run the stores alone.', 'advert', [['age-young-hire', 'young person', 24], ['masculine-self-reliant', 'self-reliant', 44]]],
    [
      'We need sturdy young lads who are physically fit for the loading bay.',
      'advert',
      [['physique-demanded', 'need sturdy young lads', 3], ['age-young-hire', 'young lads', 15], ['staff-called-girls', 'lads', 21], ['physically-fit', 'physically fit', 34]],
    ],
    ['Young ladies wanted for the hospital shop.', 'advert', [['age-young-hire', 'Young ladies', 0], ['one-sex-advert', 'ladies wanted', 6]]],
  ]);
  leaves([
    ['We want to support young men who are leaving care into training.', 'advert'],
    ['Our clinic welcomes young men who are physically fit and want advice on sport.', 'advert'],
  ]);
});

describe('an application form asks the questions it gives an answer box for', () => {
  flags([
    [
      'Application questions\n1. Have you had any time off sick in the past year? Yes / No\n2. Any health conditions we should know about? ____',
      'advert',
      [['question-health', 'Have you had any time off sick', 25], ['question-health', 'Any health conditions', 86]],
    ],
  ]);
  leaves([['Frequently asked questions\nDo you have any health conditions? Tell us what adjustments would help at interview.', 'advert']]);
});

describe('a word starting "ex" gives the X of letters spelt out before them', () => {
  it('reads "private automatic branch exchange (PABX)" as spelt out', () => {
    expect(read('Calls are routed through the electronic exchange (EX) and the private automatic branch exchange (PABX).')).toEqual([]);
  });
  it('still asks for the letters where no words give them', () => {
    expect(read('The unit keeps its records on the PABX.')).toEqual([['unexpanded-acronym', 'PABX', 34]]);
  });
});

describe('someone said to be there, and what they did, is one person, not whoever gets the post', () => {
  leaves([["We need a new porter. There's also a porter from the agency who left his number – he could start Monday.", 'email']]);
  flags([['We need a new porter: ideally a lad who can lift, as he will move the beds.', 'email', [['one-sex-advert', 'ideally a lad', 22], ['generic-pronoun', 'he', 53]]]]);
});

describe("an applicant's own question about a car is not a demand for one", () => {
  leaves([['Will I need a vehicle? No: the team shares a pool of bikes.', 'advert']]);
  flags([['Applicants will need a vehicle for this post.', 'advert', [['own-car', 'need a vehicle', 16]]]]);
});

describe("an e-mail's greeting to colleagues, whoever is added after it", () => {
  flags([['Morning lads (and Priya!),\nThe May rota is up.', 'email', [['staff-called-girls', 'lads', 8]]]]);
  leaves([['Hi all,\nThe girls and boys clinic moves to Friday.', 'email']]);
});

describe('"man" as a verb before a desk or phones with words of their own between', () => {
  flags([
    ['You will help man the main reception desk on Saturdays.', 'advert', [['man-the-desk', 'man', 14]]],
    ['Staff take turns to man the out-of-hours phones.', 'advert', [['man-the-desk', 'man', 20]]],
  ]);
  leaves([['Calls from the Isle of Man reach the main reception desk.', 'advert']]);
});

describe('one person wanted with an age is a hire, not a patient group', () => {
  flags([["Honestly we'd like a chatty lady aged 30 to 45 for the front.", 'email', [['age-judged', 'like a chatty lady aged 30', 14], ['staff-called-girls', 'lady', 28]]]]);
  leaves([['We would like girls aged 12 to 13 to book their HPV jab.', 'email']]);
});

describe('no history of a named mental health condition, and no dependants, as requirements', () => {
  flags([
    ['Essential: no personal history of self-harm or anorexia.', 'advert', [['health-requirement', 'no personal history of self-harm', 11]]],
    ['Staff flats are let to applicants without dependent children.', 'advert', [['family-status-requirement', 'without dependent children', 34]]],
  ]);
  leaves([['The team supports young people with a history of self-harm.', 'advert']]);
});

import { describe, expect, it } from 'vitest';
import { flags, leaves, read } from './read-findings';

// Round 39 (lead): each kind in other words than the documents that showed it.

describe('young people drawn from schools are the pupils a youth scheme is for, not an age preference for staff', () => {
  flags([
    ['We hope to attract young volunteers to help on the front desk at weekends.', 'advert', [['age-young-hire', 'attract young volunteers', 11]]],
    ["We'd like a young nurse who the pupils can relate to.", 'email', [['age-young', 'young', 12]]],
  ]);
  leaves([
    ['The project recruits young ambassadors from local secondary schools to run assemblies on vaping.', 'advert'],
    ['Each summer we attract younger helpers from schools across the borough for a week of work experience.', 'advert'],
  ]);
});

describe('wording the writer says was taken out of an advert', () => {
  flags([['We are taking out the car parking bit. We want someone younger this time.', 'email', [['age-young', 'younger', 55]]]]);
  leaves([
    ['Thanks for taking out "full of energy", as it put older applicants off.', 'email'],
    ['Please take out the line about a youthful team before it goes live.', 'email'],
  ]);
});

describe('a month written in capitals after a word of time is a date, not an abbreviation', () => {
  it.each([
    'Interviews will take place in early NOVEMBER at the main hospital.',
    'The post is fixed term from AUGUST until FEBRUARY, covering a secondment.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags a trauma protocol named by the same letters as a month', () => {
    expect(read('Training in the MARCH approach is given on the first day.')).toEqual([['unexpanded-acronym', 'MARCH', 16]]);
  });
});

describe('an offer to move an interview for a carer is support, not a judgement of family life', () => {
  flags([['Interviews start at 8am; anyone with school runs will find that difficult, so we want someone without.', 'email', [['family-judged', 'school runs will find that difficult', 37]]]]);
  leaves([
    ['If Tuesday is hard for you because of childcare, say so and we can give you another date.', 'email'],
    ['Should caring responsibilities make the slot difficult, we will do our best to offer an alternative date.', 'email'],
  ]);
});

describe('own transport offered as one of two ways to travel', () => {
  flags([['You will need your own transport to reach the outreach clinic.', 'advert', [['own-car', 'own transport', 19]]]]);
  leaves([['Staff reach the satellite unit by the hospital shuttle bus or their own transport, whichever they prefer.', 'advert']]);
});

describe('a fitness test said to be built from the tasks of the job, and sickness asked after the offer', () => {
  leaves([
    ['All applicants take a fitness test based on the tasks the role involves, such as carrying a loaded chair down stairs.', 'advert'],
    ['Now that the offer has been made, the form asks how many days of sickness absence she had last year.', 'email'],
  ]);
});

describe('the fit of spectacles, hearing aids and other devices is not culture fit', () => {
  flags([['We are after a good fit with the team more than anything.', 'email', [['culture-fit', 'good fit', 15]]]]);
  leaves([
    ['You will adjust frames and check each pair of spectacles for a good fit.', 'advert'],
    ['The audiology team, fit and review hearing aids in the community.', 'advert'],
  ]);
});

describe('a title for whoever is on duty, and a language a post is designated for', () => {
  leaves([
    ['Led by: the Ward Sister on duty and the activities coordinator.', 'advert'],
    ['This role is designated Welsh essential, as you will run groups for Welsh-speaking families.', 'advert'],
  ]);
});

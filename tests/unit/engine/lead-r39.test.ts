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

import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 26 (lead, from what the unseen fresh26 set showed): each kind in other words than the
// documents that showed it, with the sense left out.

describe('a minimum stay asked of applicants', () => {
  it.each([
    ['You must be prepared to stay with us for at least three years.', 'stay with us for at least three years', 24],
    ['- Able to commit to the pharmacy for a minimum of 2 years', 'commit to the pharmacy for a minimum of 2 years', 10],
    ['We are looking for a three-year commitment from whoever we appoint.', 'three-year commitment', 21],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['minimum-stay-demanded', words, start]]);
  });
  it('leaves a fixed term, a training agreement, experience asked for and a hope', () => {
    expect(read('This secondment will last for at least two years.')).toEqual([]);
    expect(read('If we fund the course you must stay for at least two years or repay part of the fee.')).toEqual([]);
    expect(read('We hope you will stay with us for at least two years.')).toEqual([]);
  });
});

describe('body art and piercings ruled out', () => {
  it.each([
    ['Reception staff: smart dress, no body piercings.', 'no body piercings', 30],
    ['Please note that piercings are not permitted on the shop floor.', 'piercings are not permitted', 17],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['body-art-banned', words, start]]);
  });
  it('leaves a rule given with its reason or its allowance for faith', () => {
    expect(read('For infection control there are no piercings below the elbow in clinical areas.')).toEqual([]);
    expect(read('No facial piercings on the ward, with exceptions for religious reasons agreed with your manager.')).toEqual([]);
  });
});

describe('pay, shifts and preference by age and by hours', () => {
  it('flags pay set by age, the youngest given the nights, and full-timers preferred', () => {
    expect(read('Applicants aged 21 and over start on a higher rate.')).toEqual([['age-limit', 'aged 21 and over', 11]]);
    expect(read('Being the youngest in the team, you would cover the late clinics.')).toEqual([['age-young', 'youngest', 10]]);
    expect(read('Priority will be given to full-time applicants.')).toEqual([['full-time-only', 'Priority will be given to full-time applicants', 0]]);
  });
  it('leaves a patient group by age, and the legal minimum', () => {
    expect(read('Patients aged 75 and over are offered a home visit.')).toEqual([]);
    expect(read('Staff aged 18 and over may join the pension scheme.')).toEqual([]);
  });
});

describe('a faith asked of applicants', () => {
  it('flags wanting applicants of the employer’s faith, and leaves a chaplaincy that serves every faith', () => {
    expect(read('As a church-run home we prefer staff who share our Christian faith.')).toEqual([['religion-requirement', 'share our Christian faith', 41]]);
    expect(read('Our chaplains support patients of every faith and none.')).toEqual([]);
  });
});

describe('the senses left out', () => {
  it('reads a workplace’s family as its staff, a business as independent, and a monthly objective as a target', () => {
    expect(read('Come and join our young, friendly Estates Department family.')).toEqual([['age-young', 'young', 18]]);
    expect(read('We are an independent family-owned group of opticians.')).toEqual([]);
    expect(read('You will meet your monthly objective for eye tests booked.')).toEqual([]);
  });
});

describe('disabled people ruled out, and a hire the writer made', () => {
  it('flags a post said to be unsuitable for wheelchair users, and leaves a clinic room unsuitable for patients', () => {
    expect(read('Sorry, but the kitchen post isn’t suitable for wheelchair users.')).toEqual([['not-suitable-for-disabled', 'isn’t suitable for', 28]]);
    expect(read('The upstairs room isn’t suitable for patients who use a wheelchair.')).toEqual([]);
  });
  it('reads "he" or "she" after someone the writer took on as that person, and after someone wanted as anyone', () => {
    expect(read('We appointed someone in June and she moved away in August.', 'email')).toEqual([]);
    expect(read('We need someone who can start soon, and he must be flexible.', 'email')).toEqual([['generic-pronoun', 'he', 40]]);
  });
});

describe('a manner judged in interview notes', () => {
  it.each([
    ['Good clinical answers but lacking gravitas with the consultants.', 'lacking gravitas', 26],
    ['Candidate 2 was rather too reserved for a team leader post.', 'rather too reserved', 16],
    ['He was not assertive enough with the GPs in the role play.', 'was not assertive enough', 3],
  ])('flags %j', (text, words, start) => {
    expect(read(text, 'email')).toEqual([['demeanour-judged', words, start]]);
  });
  it('leaves a place too quiet, a service with no presence online, and a former post-holder', () => {
    expect(read('The clinic is far too quiet on Fridays to need two receptionists.', 'email')).toEqual([]);
    expect(read('The pharmacy lacks presence on social media, so we will post the advert there too.', 'email')).toEqual([]);
    expect(read('Our previous manager was too reserved with the partners.', 'email')).toEqual([]);
  });
});

describe('health asked before an offer, in the words of bodies', () => {
  it('flags back or joint problems asked of applicants, and sickness asked of candidates', () => {
    expect(read('When you apply, please tell us of any knee or joint problems.')).toEqual([['health-disclosure', 'joint problems', 46]]);
    expect(read('Shall I check whether any of them have gone off sick a lot?', 'email')).toEqual([['question-health', 'gone off sick a lot', 39]]);
  });
  it('leaves the joint problems a service treats', () => {
    expect(read('Our first contact practitioners see back or joint problems without a GP referral.')).toEqual([]);
  });
});

describe('a long commute held against applicants', () => {
  it('flags turning away applicants with a long commute, and leaves a commute allowed for', () => {
    expect(read('Sorry, but we cannot shortlist candidates with a long commute.')).toEqual([['residence-required', 'cannot shortlist candidates with a long commute', 14]]);
    expect(read('Some of our team have a long commute, so we offer later start times.')).toEqual([]);
  });
});

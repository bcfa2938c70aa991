import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 25 (lead, from what the unseen fresh25 set showed): each kind in other words than the
// documents that showed it, with the sense left out.

describe('wording proposed for the advert in quotation marks', () => {
  it("is the writer's own wording when a dash or a closing word ends the request", () => {
    expect(read('- Include "no gaps longer than a month" – the last two hires kept disappearing.', 'email')).toEqual([['gaps-held-against', 'gaps', 14]]);
    expect(read('Can we put "young team" – it sounds friendlier.', 'email')).toEqual([['age-young', 'young', 12]]);
    expect(read('Can we drop in "digital native"?', 'email')).toEqual([['age-digital-native', 'digital native', 16]]);
    expect(read('Can we put "young team" please?', 'email')).toEqual([['age-young', 'young', 12]]);
    expect(read('Can we put "young team" then?', 'email')).toEqual([['age-young', 'young', 12]]);
  });
  it('stays a quotation when the writer wants it out', () => {
    expect(read('The panel feels we should drop "work hard, play hard" – it reads badly.', 'email')).toEqual([]);
    expect(read('Please avoid "young team" – it puts people off.', 'email')).toEqual([]);
  });
});

describe('scoring that counts a gap or where someone qualified', () => {
  it.each([
    ['When scoring, mark any career gaps down by a point.', 'gaps-scored-down', 'mark any career gaps down', 14],
    ['Penalise employment gaps unless the candidate explains them.', 'gaps-scored-down', 'Penalise employment gaps', 0],
    ['Take off two marks for overseas training, it slows them down.', 'scored-by-origin', 'Take off two marks for overseas training', 0],
    ['A bonus point for British-educated applicants, please.', 'scored-by-origin', 'bonus point for British-educated', 2],
    ['When it is close, give priority to local applicants.', 'residence-required', 'priority to local applicants', 23],
  ])('flags %j', (text, rule, words, start) => {
    expect(read(text, 'email')).toEqual([[rule, words, start]]);
  });
  it('leaves points given for the job, and a promise not to take marks off for gaps', () => {
    expect(read('A bonus point for experience of community work.', 'email')).toEqual([]);
    expect(read('We will not penalise career gaps.')).toEqual([]);
    expect(read('We never mark gaps in employment down.')).toEqual([]);
    expect(read("We won't deduct a point for any gaps.")).toEqual([]);
  });
});

describe('a candidate asked about faith, diagnosis or childcare', () => {
  it('flags the question', () => {
    expect(read('Did her religious obligations clash with the Saturday clinics?', 'email')).toEqual([['religious-commitments-asked', 'her religious obligations', 4]]);
    expect(read('Before we can book extra time for the test, please email me your diagnosis.', 'email')).toEqual([['diagnosis-demanded', 'email me your diagnosis', 51]]);
    expect(read('During the visit we will also ask about your childcare arrangements for the late clinics.')).toEqual([['caring-responsibilities', 'childcare arrangements', 45]]);
  });
  it('leaves an offer to accommodate, a diagnosis not needed and help with childcare', () => {
    expect(read('We will accommodate your religious commitments on the rota.', 'email')).toEqual([]);
    expect(read('You do not need to give details of your diagnosis to get extra time.', 'email')).toEqual([]);
    // A diagnosis explained to the people a service cares for is the work, not a question.
    expect(read('You will help people living with dementia and their carers understand the details of their diagnosis.')).toEqual([]);
    expect(read('Children and young people are given a copy of their diagnosis report and a care plan.')).toEqual([]);
    expect(read('We offer help with childcare costs and will ask about your preferred hours.')).toEqual([]);
  });
});

describe('origin said or asked in other words', () => {
  it('flags "foreigners" and where candidates are from', () => {
    expect(read('Honestly we keep getting sent foreigners by the bank office.', 'email')).toEqual([['foreigners', 'foreigners', 30]]);
    expect(read('We will ask where candidates are from originally.')).toEqual([['question-nationality', 'where candidates are from', 12]]);
  });
  it('leaves where candidates park and equality monitoring', () => {
    expect(read('We will ask where candidates can park on the day.')).toEqual([]);
    expect(read('Our equality monitoring shows where applicants are from, and we publish it.')).toEqual([]);
  });
});

describe('a ceiling on experience', () => {
  it('flags years had capped', () => {
    expect(read('We want someone who has worked as a receptionist for no more than two years, so they have no bad habits.')).toEqual([
      ['experience-capped', 'worked as a receptionist for no more than two years', 24],
    ]);
  });
  it('leaves patients and a welcome to the newly qualified', () => {
    expect(read('Patients who have been registered for under two years are offered a health check.')).toEqual([]);
    expect(read('Nurses who have been qualified for under a year are also welcome.')).toEqual([]);
    expect(read('Our preceptorship programme supports nurses who have been qualified for less than one year.')).toEqual([]);
    expect(read('Many of our nurses have worked in primary care for up to ten years before joining us.')).toEqual([]);
  });
});

describe('physical demands and forces backgrounds', () => {
  it('flags both words of "physically fit and strong" and a background said to suit', () => {
    expect(read('You will need to be physically fit and strong for the lifting.')).toEqual([['physically-fit', 'physically fit and strong', 20]]);
    expect(read('Most of our engineers are ex-forces, and that background would suit the role.')).toEqual([['forces-background-preferred', 'ex-forces', 26]]);
  });
  it('leaves support for veterans', () => {
    expect(read('We support ex-forces applicants through the Step into Health programme.')).toEqual([]);
  });
});

describe('senses that describe no candidate', () => {
  it.each([
    'The drop-in service for school leavers runs on Thursdays.',
    'The play team sets up active play for children on the ward.',
    'A competitive private split is offered for NHS and private work.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('origin and faith said of staff in other words', () => {
  it('flags a people named with its part of the world, dress on the head refused and "proper English" asked', () => {
    expect(read('The West African lads from the agency were quick.', 'email')).toEqual([['origin-labelled', 'West African lads', 4]]);
    expect(read('Please make sure the new starters have nothing on their heads on the ward.', 'email')).toEqual([['religious-dress-banned', 'nothing on their heads', 39]]);
    expect(read('Can the bank send someone proper English-speaking this time?', 'email')).toEqual([['proper-english', 'proper English-speaking', 26]]);
  });
  it('leaves a greeting, a patient in a scanner and clear English asked of everyone', () => {
    expect(read('Ladies and gentlemen, thank you for coming.', 'email')).toEqual([]);
    expect(read('Please make sure patients have nothing on their heads during the scan.', 'email')).toEqual([]);
    expect(read('You will need clear spoken English to explain care to parents.', 'email')).toEqual([]);
  });
});

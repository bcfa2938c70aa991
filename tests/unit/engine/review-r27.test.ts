import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 27's independent review: each fault it found, in its examples and others, with what must still be flagged.

describe('clinical, service and welcoming wording left alone', () => {
  it.each([
    ['I called the outreach team as she was white and clammy.', 'email'],
    ['He went to recovery as he was white as a sheet.', 'email'],
    ['Antenatal classes are held in the evenings, outside working hours, for expectant parents.', 'advert'],
    ['Our midwives run antenatal classes after work on Tuesdays; too many were booked so we added a second.', 'email'],
    ['Our community nursing team has worked continuously with local GPs since 2015.', 'advert'],
    ['On a home visit, how would you check whether there are any children at home?', 'question'],
    ['Scenario: a patient\'s husband is in hospital. Will you need to look after him at home, or arrange a package of care?', 'question'],
    ['Mrs Green prefers a female nurse when her leg dressings are changed, please roster accordingly.', 'email'],
    ['Mr Khan needs a male interpreter at his appointment.', 'email'],
    ['We welcome international nursing qualifications; we cannot accept paper applications.', 'advert'],
    ['Theatre headwear must be removed when leaving the department.', 'advert'],
    ['Our nursing apprenticeship can fast-track someone into a registered nursing career.', 'advert'],
    ['Our care home follows Jewish dietary laws, so cooking is not permitted on Shabbat.', 'advert'],
  ] as const)('%j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('a remark reported in an interview scenario', () => {
  it('is no remark of the writer', () => {
    const found = read('A patient says she wants a different doctor because he is white. How would you respond?', 'question');
    expect(found.filter(([rule]) => rule === 'race-remark')).toEqual([]);
  });
});

describe('what those rules must still flag', () => {
  it.each([
    ["He didn't get the job because he's black, I'd say.", 'email', [['race-remark', "because he's black", 22]]],
    ['Got any kids at home?', 'question', [['family-status-screening', 'Got any kids at home', 0]]],
    ['Our lead orthodontist likes a female assistant.', 'email', [['sex-preferred', 'female', 30]]],
    ['You must have worked continuously in a pharmacy since qualifying.', 'advert', [['employment-gaps', 'must have worked continuously', 4]]],
    ['Candidate 2 is getting married next year - possible mat leave?', 'email', [['family-noted', 'getting married next year - possible mat leave', 15]]],
  ] as const)('%j', (text, context, found) => {
    expect(read(text, context)).toEqual(found);
  });
});

describe("a signature's title, not a heading's post", () => {
  it('flags a title asked for under a heading of the shift', () => {
    expect(read('Hi all,\n\nUrgent Saturday Cover\nSenior Sister needed on Ward 4, 8am-8pm.', 'email')).toEqual([['sister-title', 'Senior Sister', 31]]);
  });
});

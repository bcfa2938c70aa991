import { describe, expect, it } from 'vitest';
import { type Found, flags, leaves, read } from './read-findings';

// Round 46 (lead): each kind the unseen fresh46 set showed, in other words than the documents that showed it.

describe('a scoring sheet\'s question number opening its line starts no name', () => {
  flags([
    ['Q3 Culture fit with the reception team – mark out of 5', 'email', [['culture-fit', 'Culture fit', 3]]],
    ['Question 7 Young and lively presence – mark out of 5', 'email', [['age-young', 'Young', 11], ['age-energetic', 'lively', 21]]],
    ['Q11 Youthfulness and drive – mark out of 5', 'email', [['age-young', 'Youthfulness', 4], ['masculine-driven', 'drive', 21]]],
  ]);
  leaves([
    // A name after the number is still a name.
    ['Q3 Sister Young will score this one.', 'email'],
    ['Q4 Dr Young asks about audit.', 'email'],
  ]);
});

describe('the sense of a word a masculine-coded, age or culture-fit rule reads', () => {
  leaves([
    ['You will pot on the young plants for the hospice garden.', 'advert'],
    ['A mature stoma needs less frequent review.', 'advert'],
    ['Fresh lists go out on Monday.', 'email'],
    ['Spot when a dominant feature of the presentation masks a second condition.', 'advert'],
    ['Analytical and judgemental skills: level 3', 'email'],
    ['The regression curve is a good fit for the ten years of data we hold.', 'email'],
  ]);
  flags([
    ['We want someone analytical, dominant and a good fit for the team.', 'advert', [['masculine-analytical', 'analytical', 16], ['masculine-dominant', 'dominant', 28], ['culture-fit', 'good fit for the team', 43]]],
  ]);
});

describe('abbreviations: message formats listed with messages, question words in capitals, a radio band, a standard audited against', () => {
  // flags() and leaves() set abbreviations aside, so these read every finding.
  it.each([
    'You will reply to emails and DMs within a day.',
    'WHY APPLY?\n- A pension',
    'RADIO ADVERT\nBramley FM, mid-morning slot',
    'As our clinical safety officer, check the hazard logs against ISO 14971.',
  ])('leaves %j', (text) => expect(read(text, 'advert')).toEqual([]));
  it.each<[string, Found]>([
    ['Our Soft FM contract covers portering.', [['unexpanded-acronym', 'FM', 9]]],
    ['Check the hazard logs against HTM 01-05 each quarter.', [['unexpanded-acronym', 'HTM', 30]]],
    ['Reply to emails and DMs; the SMS team sends reminders.', [['unexpanded-acronym', 'SMS', 29]]],
  ])('flags %j', (text, expected) => expect(read(text, 'advert')).toEqual(expected));
});

describe('a thrill-seeking trait asked of the hire', () => {
  flags([['We are after adrenaline-fuelled nurses for the trauma bay.', 'advert', [['masculine-adventurous', 'adrenaline-fuelled', 13]]]]);
  leaves([['Adrenaline autoinjectors are checked each shift.', 'advert']]);
});

describe('a nationality bar written as a double negative', () => {
  flags([
    ['For this unit we will not appoint candidates who are not UK citizens.', 'advert', [['passport-holders', 'will not appoint candidates who are not UK citizens', 17]]],
  ]);
  leaves([['We cannot appoint candidates who are not registered with the HCPC by their start date.', 'advert']]);
});

describe('marriage asked about in a briefing, and readers called girls or ladies after "you"', () => {
  flags([
    ['Can you find out if she is engaged before we offer?', 'email', [['question-marital-status', 'find out if she is engaged', 8]]],
    ['Thanks to you ladies for covering the clinic.', 'email', [['staff-called-girls', 'ladies', 14]]],
    ['The rota suits a nurse whose husband can look after the children at weekends.', 'advert', [['spouse-care-assumed', 'whose husband can look after', 23]]],
  ]);
  leaves([
    ['Ask whether they are able to start in May.', 'email'],
    ['Check if she is single-handed on the late shift.', 'email'],
    ['We visit patients whose wives can no longer manage at home.', 'advert'],
  ]);
});


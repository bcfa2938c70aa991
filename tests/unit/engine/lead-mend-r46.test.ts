import { describe, expect, it } from 'vitest';
import { type Found, flags, leaves, read } from './read-findings';

// Round 46 (lead): the review's findings on the lead's own changes, in other words than the review's.

describe('marriage asked about: not when the asking is forbidden, nor another sense of the word', () => {
  leaves([
    ['Panel members must never ask whether a candidate is married.', 'email'],
    ['Please do not check if she is single; it has no bearing on the post.', 'email'],
    ['Can you check whether he is engaged with the recovery college this term?', 'email'],
    ['Find out if she is single or twin occupancy for the conference hotel.', 'email'],
    ['Ask the service user whether they are separated, for the housing form.', 'email'],
  ]);
  flags([['Check whether he is divorced before you ring his referee.', 'email', [['question-marital-status', 'Check whether he is divorced', 0]]]]);
});

describe('a statistical fit, and a good fit for a team that works with data', () => {
  flags([['She would be a good fit for our team of data engineers.', 'advert', [['culture-fit', 'good fit for our team', 15]]]]);
  leaves([['The line of best fit for last winter\'s admissions is a good fit for planning.', 'email']]);
});

describe('a husband or wife pictured taking on the care is a rule of its own, silent for the mothers a service supports', () => {
  flags([['Late shifts would suit nurses whose wives can cover childcare.', 'advert', [['spouse-care-assumed', 'whose wives can cover', 30], ['caring-responsibilities', 'childcare', 52]]]]);
  leaves([['Our health visitors support mums whose husbands can help with the night feeds.', 'advert']]);
});

describe('readers called girls after "you", and a question number in capitals', () => {
  flags([
    ['Can you lads move the beds before nine?', 'email', [['staff-called-girls', 'lads', 8]]],
    ['QUESTION 4 Mature and settled – score out of 5', 'email', [['age-mature', 'Mature', 11]]],
  ]);
  leaves([['Youthfulness of skin is not what our dermatology nurses promise.', 'advert']]);
});

describe('abbreviations: FM only after a station\'s name in a text about radio; DMs only listed with messages', () => {
  it.each<[string, Found]>([
    ['Our FM team answers the radio calls from the wards.', [['unexpanded-acronym', 'FM', 4]]],
    ['Sort the referral letters and DMs each morning.', [['unexpanded-acronym', 'DMs', 30]]],
  ])('flags %j', (text, expected) => expect(read(text, 'advert')).toEqual(expected));
  it('leaves a station\'s name in a radio script', () => expect(read('RADIO SCRIPT\nMarshside FM, drive time', 'advert')).toEqual([]));
});

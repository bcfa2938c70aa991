import { describe, expect, it } from 'vitest';
import { read, type Context, type Found } from './read-findings';

// Round 30, mends to the checker items of the round's review (mend-30b): a view of a sex asks for a
// judging word after a light verb, a workplace reading of "competitive" leaves a field or market, a
// refusal of overseas applicants tied to visa sponsorship is read once, schooling is judged only of a
// person, and "women make great <post>" is one-sex. Every case in fresh words.

describe('a view of a whole sex needs a judging word after a light verb (review, must-fix 6)', () => {
  it.each<[string, Context, Found]>([
    ['Women are far too sensitive for the front desk.', 'email', [['sex-preferred', 'Women are', 0]]],
    ['Men get stroppy on long shifts.', 'email', [['sex-preferred', 'Men get', 0]]],
    ['Women take criticism personally, in my view.', 'email', [['sex-preferred', 'Women take', 0]]],
    ['Men are so messy in the staff room.', 'email', [['sex-preferred', 'Men are', 0]]],
    ['Women can be very moody on nights.', 'email', [['sex-preferred', 'Women can', 0]]],
    ['Men are calmer than women on the phones.', 'email', [['sex-preferred', 'Men are', 0]]],
    ['Men make lousy listeners, in my experience.', 'question', [['sex-preferred', 'Men make', 0]]],
    // A verb of opinion keeps being paid a view: what the writer thinks should happen to the sex.
    ["Women shouldn't be paid as much as men.", 'email', [['sex-preferred', "Women shouldn't", 0]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Women are welcome at the staff menopause café on Thursday.', 'email'],
    ['Men are asked to use the changing room on the first floor.', 'email'],
    ['Women are reminded that the lockers are emptied on Fridays.', 'email'],
    ['Men get given the old uniform until the new stock arrives.', 'email'],
    ['Women get a free taxi home after a late finish.', 'email'],
    ["Men aren't offered the flu jab at work yet, so please book at your GP.", 'email'],
    ['Women do the handover at eight on the day unit.', 'email'],
    ['Men go to the Movember quiz after work.', 'email'],
    ['Women take the minutes in turn with the men.', 'email'],
    ['Men make the tea at the Friday huddle.', 'email'],
    ['Women can park in the bays by the pharmacy.', 'email'],
  ])('leaves what staff are offered, given, asked or do: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('"women make great nurses" says a post suits one sex, one rule for both sexes (review, should-fix 9)', () => {
  it.each<[string, Context, Found]>([
    ['Women make wonderful receptionists.', 'email', [['one-sex-advert', 'Women make wonderful receptionists', 0]]],
    ['Men make poor receptionists.', 'email', [['one-sex-advert', 'Men make poor receptionists', 0]]],
    ['Honestly, men make better porters.', 'email', [['one-sex-advert', 'men make better', 10]]],
    ['Women make ideal practice managers, so we will shortlist them first.', 'advert', [['one-sex-advert', 'Women make ideal practice managers', 0]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Women make up most of the nursing workforce.', 'email'],
    ['Men make appointments less often than women.', 'email'],
  ])('leaves a fact: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('"competitive" of a workplace leaves a field or a market said to be one (review, should-fix 3)', () => {
  it.each<[string, Found]>([
    ['Our sales team is a fiercely competitive environment.', [['masculine-competitive', 'competitive', 29]]],
    ['It is a highly competitive environment, and you will thrive in it.', [['masculine-competitive', 'competitive', 15]]],
    ["You'll work in a competitive environment with weekly targets.", [['masculine-competitive', 'competitive', 17]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'advert')).toEqual(expected);
  });
  it.each([
    'Community pharmacy is a competitive environment, so we look after our staff.',
    'Locum recruitment is a very competitive environment at the moment.',
    'Dental care in the town is a competitive environment for practices.',
  ])('leaves a field or a market: %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
});

describe('overseas applicants refused: one reading, sponsorship named or not (review, should-fix 4)', () => {
  it.each<[string, Found]>([
    ['We will not appoint foreign candidates to this post.', [['overseas-applicants-refused', 'will not appoint foreign candidates', 3]]],
    ['Sorry, we cannot take on non-British staff.', [['overseas-applicants-refused', 'cannot take on non-British staff', 10]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'advert')).toEqual(expected);
  });
  it.each([
    "We can't consider overseas applicants, since the role carries no visa sponsorship.",
    'We are unable to consider foreign applicants because sponsorship is not available for this band.',
  ])('leaves a refusal tied to visa sponsorship, as the older rule does: %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
});

describe('schooling judged only of a person, not a school as a workplace (review, should-fix 6)', () => {
  it.each<[string, Context, Found]>([
    ['She was educated at a fee-paying school, which the panel liked.', 'email', [['class-judged', 'educated at a fee-paying school', 8]]],
    ['Most of our partners went to fee-paying schools.', 'advert', [['class-judged', 'went to fee-paying schools', 21]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each([
    'The school nursing team visits two fee-paying schools each term.',
    'Based at a fee-paying school, you will run the medical room.',
  ])('leaves a school as the place of work: %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
});

describe('"Yoda" is a nickname for a wise person, not an age idiom (review, nit)', () => {
  it('leaves it', () => {
    expect(read('Our IT Yoda will set up your laptop on day one.', 'email')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import type { TextKind } from '@/lib/engine/document';

// Round 26, the study slice's misses and flagged traps by family (round 25's fresh25-* first): each
// family in other words than the documents that showed it, with the senses a reviewer would leave alone.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string, context: TextKind = 'advert'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('a hashtag is read word by word', () => {
  it.each([
    ['Come and join us! #GrindHardPlayHard #NHSCareers', [['work-hard-play-hard', 'PlayHard', 28]]],
    ['Apply by Friday. #YoungAndHungry', [['age-young', 'Young', 18], ['age-hungry', 'Hungry', 26]]],
    ['New post on the blog. #WorkHardPartyHard', [['work-hard-play-hard', 'WorkHardPartyHard', 23]]],
  ])('flags the words inside %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each([
    'We are hiring! #TeamGP #NHSJobs #KentAndMedway',
    'Proud of our ward this week #TeamICU #HCAsOfInstagram',
  ])('leaves hashtags of names, places and letters in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a predecessor known only by role, or the successor of one, gives the advertised post a sex", () => {
  it.each([
    ['Our previous administrator ran the office for fifteen years and he knew every patient by name.', 'he', 64],
    ['Our senior technician retires in June and we are looking for his replacement.', 'his', 61],
    ['Our outgoing receptionist has been with us for a decade, and she will be hard to replace.', 'she', 61],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['generic-pronoun', words, start]]);
  });
  it.each([
    'Maria, our current practice manager, retires in June and we are looking for her successor.',
    'Our practice nurse will mentor you; she has run the clinic for years.',
  ])('leaves a named predecessor and a colleague who stays in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('leaves the last one sent in an e-mail, someone in particular', () => {
    expect(read('The last receptionist you sent was great and she stayed late every night.', 'email')).toEqual([]);
  });
});

describe('tattoos and piercings banned outright, and head coverings among them', () => {
  it.each([
    ['Essential\n- No visible tattoos\n- Good keyboard skills', 'body-art-banned', 'No visible tattoos', 12],
    ['Our standards: no facial piercings on the counter.', 'body-art-banned', 'no facial piercings', 15],
    ['Dress code is strict - no jewellery and no head coverings on the shop floor.', 'religious-dress-banned', 'head coverings', 43],
  ])('flags %j', (text, rule, words, start) => {
    expect(read(text)).toEqual([[rule, words, start]]);
  });
  it.each([
    'Tattoos should be covered in clinical areas where the uniform policy asks.',
    'Religious head coverings are welcome and must be kept clean.',
    'Donors with no tattoos in the last four months can give blood at the session.',
  ])('leaves a dress code with room for them, and patients, in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a gap in a candidate's years held against them in notes", () => {
  it.each([
    ['No. 6 has an eighteen-month gap before this job. Bit of a red flag for me.', 'month gap', 22],
    ['Candidate B: five-year gap on the CV, so probably not reliable.', 'year gap', 18],
    ['Applicant 9 has a long gap after 2020, which makes me wonder.', 'long gap', 18],
  ])('flags %j', (text, words, start) => {
    expect(read(text, 'email')).toEqual([['gap-judged', words, start]]);
  });
  it.each([
    'Candidate 4 has a two-year gap after redundancy; she meets every essential criterion, so shortlist.',
    "There's a two-hour gap between the morning and afternoon clinics, which is a nuisance.",
    'The results make you wonder how we managed without the new booking system.',
  ])('leaves a gap passed over, a gap in a day and a wonder about a thing in %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('"a job for a man": the post said to suit one sex', () => {
  it.each([
    ['Night portering really is a job for a bloke.', 'is a job for a bloke', 23],
    ["Let's be honest, the estates post is no role for a woman.", 'no role for a woman', 37],
    ["It's not a job for girls, lifting all day.", 'not a job for girls', 5],
  ])('flags %j', (text, words, start) => {
    expect(read(text, 'email')).toEqual([['gendered-idioms', words, start]]);
  });
  it('leaves a job found for a patient', () => {
    expect(read('Our employment adviser found a job for a man leaving the ward.')).toEqual([]);
  });
});

describe('the hope that the one hired stays for decades, put as a question or a wish', () => {
  it.each([
    ['Are you the GP to take us into the next twenty years?', 'take us into the next twenty years', 18],
    ['We want a partner who will see the practice through the next couple of decades.', 'see the practice through the next couple of decades', 27],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['age-years-ahead', words, start]]);
  });
  it.each([
    'Could you lead us through the next two years of change?',
    'The new building will carry us through the next 30 years.',
  ])('leaves a plan and a short horizon in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("hours bound only by the rota's gaps, or any shift thrown at the person", () => {
  it.each([
    ['You must be willing to cover whenever the rota is short, including nights.', 'whenever the rota is short', 29],
    ['Essential: able to work any shift pattern the rota demands', 'any shift pattern the rota demands', 24],
    ['We need people who will take whatever shifts we throw at them.', 'whatever shifts we throw at', 29],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['unbounded-availability', words, start]]);
  });
  it.each([
    'Bank staff pick up any shift pattern that suits them.',
    'Whenever the rota is published, staff can swap shifts between themselves.',
  ])('leaves shifts chosen by staff in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('senses a reviewer leaves alone', () => {
  it.each([
    'We run staff networks for carers and a forum for older colleagues.',
    'Our network for older staff meets every month.',
  ])('a staff network for older workers: %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags older staff wanted', () => {
    expect(read('We would rather have older staff on nights.')).toEqual([['age-older', 'older', 21]]);
  });
  it('"drive" beside home visits is driving a car', () => {
    expect(read('The nurse will need to drive, as home visits take up most of the week.')).toEqual([]);
  });
  it('still flags drive as a trait', () => {
    expect(read('We want a nurse with real drive and ambition.')).toEqual([['masculine-driven', 'drive and ambition', 26]]);
  });
  it.each([
    'Send someone else if you can - the last bloke you sent was brilliant with the patients.',
    'Our previous gentleman on nights retired in the spring.',
  ])('one man who has been and gone, called chap or bloke: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it('still flags the lad sent, and staff called chaps', () => {
    expect(read('The last lad you sent spent the shift on his phone.', 'email')).toEqual([['staff-called-girls', 'lad', 9]]);
    expect(read("You'll join the chaps in the workshop.")).toEqual([['staff-called-girls', 'chaps', 16]]);
  });
});

import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 46 (engine-146): readings for the misses and false alarms of the fresh45 set, each in new words beside the
// near-miss that must stay as it is.

describe('"fit" beside "young": a body asked for with an age', () => {
  flags([['The depot wants young, fit drivers for the early round.', 'advert', [['age-young', 'young', 16], ['physically-fit', 'fit', 23]]]]);
  leaves([['Staff fit young patients with hearing aids every Tuesday.', 'advert']]);
});

describe('help offered to the reader is no doubt of what they may need', () => {
  leaves([['Should you need any adjustment for the interview or help with your relocation paperwork, just ask.', 'email']]);
  flags([['She asked for an adjustment at interview, which could be a problem for the rota.', 'email', [['condition-doubted', 'adjustment at interview, which could be a problem', 17]]]]);
});

describe('"drive" needed of the person, not a needs-driven service', () => {
  flags([['The post will need drive and resilience.', 'advert', [['masculine-driven', 'drive', 19]]]]);
  leaves([['We offer a needs driven service to every family.', 'advert']]);
});

describe('unpaid work so the employer can see the candidate work', () => {
  flags([['Could he work two shifts unpaid so we can see how he gets on?', 'email', [['unpaid-trial', 'unpaid', 25]]]]);
  leaves([['The lunch break is unpaid so we can see patients until two.', 'email']]);
});

describe('marks taken off for a gap or a career break', () => {
  flags([["I'd dock two marks for her career break.", 'email', [['gaps-scored-down', 'dock two marks for her career break', 4]]]]);
  leaves([['We never knock a point off for a gap.', 'email']]);
});

describe('another maternity leave refused', () => {
  flags([['Honestly we cannot afford another maternity leave on a team of four.', 'email', [['maternity-unwanted', 'cannot afford another maternity leave', 12]]]]);
  leaves([['We have another maternity cover post coming up in March.', 'email']]);
});

describe('"no time for" a kind of applicant', () => {
  flags([
    ["Please don't send more; we haven't got time for IMGs at the moment.", 'email', [['people-excluded', "haven't got time for IMGs", 27]]],
    ["We've no time for international recruits.", 'email', [['people-excluded', 'no time for international recruits', 6]]],
  ]);
  leaves([["I don't have time for the students this week, can you take them?", 'email']]);
});

describe('a pronoun proposed for the post-holder after people in the plural or someone described', () => {
  flags([
    ['- Previous trainees took ages to settle.\n- In the job description, change "the trainee" to "she", it flows better.', 'email', [['generic-pronoun', 'she', 92]]],
    ["1. We'd like someone who's worked in a hospice before.\n2. In the duties, could it read \"he will lead the evening rounds\"?", 'email', [['generic-pronoun', 'he', 88]]],
  ]);
  leaves([["One of last year's trainees was lovely, but her handwriting was hard to read.", 'email']]);
});

describe('staff called by their sex are the staff an age is said of', () => {
  flags([['My girls are young and quick on the phones.', 'email', [['staff-called-girls', 'girls', 3], ['age-young', 'young', 13]]]]);
  leaves([['The girls on the ward are elderly and frail.', 'email']]);
});

describe('a doubt that someone would take to technology, with no "new" before it', () => {
  flags([["Nice manner, but at his age I doubt he'd get the hang of computers.", 'email', [['age-retirement', 'at his age', 17], ['age-new-tech-doubted', "doubt he'd get the hang of computers", 30]]]]);
  leaves([["I wonder if she'd cope with the technology, but we give full training.", 'email']]);
});

describe('details of any spent convictions asked for', () => {
  flags([['We will also take up details of any spent convictions.', 'advert', [['spent-convictions-asked', 'any spent convictions', 32]]]]);
  leaves([['You do not have to tell us about any spent convictions.', 'advert']]);
});

describe('staff called "the girls" are the team the hire must match: their ages read as the nurses\' would', () => {
  flags([["You'd fit in well, the girls on the front desk are in their twenties.", 'email', [['culture-fit', 'fit in well', 6], ['reception-girls', 'girls on the front desk', 23], ['age-decade', 'in their twenties', 51]]]]);
});

describe('a year out wanted ahead is a plan, not a gap held against someone', () => {
  leaves([["I'd like someone keen who wants a year out before specialty training.", 'email']]);
  flags([['Candidate 4 has a year out on her CV, not sure about her.', 'email', [['gap-judged', 'year out', 18]]]]);
});

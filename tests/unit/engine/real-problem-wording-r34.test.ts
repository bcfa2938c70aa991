import { describe, expect, it } from 'vitest';
import { read, type Found, type Context } from './read-findings';

// Round 34, a thirteenth set of problem wording real employers used (engine-92), weighted to promotion, leave,
// dress and hair, pregnancy at work, carers and disability brushed off. Each reading is shown in other words than
// the sources, with a near sentence it leaves quiet.
/** Findings other than abbreviations, which the quiet cases may contain for reasons of their own. */
const judged = (text: string, context: Context): Found => read(text, context).filter(([rule]) => rule !== 'unexpanded-acronym');

const flags = (cases: [string, Context, Found][]) =>
  it.each(cases)('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });
const leaves = (cases: [string, Context][]) =>
  it.each(cases)('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });

describe('age-idioms: a person pointed to a more traditional workplace', () => {
  flags([['Frankly she would be better suited to a more traditional practice.', 'email', [['age-idioms', 'better suited to a more traditional practice', 21]]]]);
  leaves([['The building is better suited to a modern open-plan office.', 'email']]);
});

describe('grooming-rule: locs, braids and the like called untidy or messy', () => {
  flags([['Her braids are always messy on the ward, so speak to her.', 'email', [['grooming-rule', 'braids are always messy', 4]]]]);
  leaves([['Long braids are tied back on the ward, like any long hair.', 'email']]);
});

describe('religious-dress-banned: a jilbab, abaya or cross restricted', () => {
  flags([
    ['Staff must not wear a crucifix on reception.', 'email', [['religious-dress-banned', 'crucifix', 22]]],
    ['We can offer Amina the post if Amina wears a shorter abaya.', 'email', [['religious-dress-banned', 'abaya', 53]]],
    ['The practice manager objects to turbans on reception.', 'email', [['religious-dress-banned', 'turbans', 32]]],
  ]);
  leaves([['Staff who wear a jilbab or abaya are welcome, and tunics come in longer lengths.', 'email']]);
});

describe('question-pregnancy: return to work after maternity leave asked', () => {
  flags([['Are you coming back part time after the baby?', 'question', [['question-pregnancy', 'Are you coming back part time after the baby', 0]]]]);
  leaves([['Will you be returning to the clinic after lunch?', 'question']]);
});

describe('orientation-disparaged: a gay or lesbian colleague said to be likely to make advances', () => {
  flags([['She is a lesbian, so she might make advances to colleagues on the team.', 'email', [['orientation-disparaged', 'She is a lesbian, so she might make advances', 0]]]]);
  leaves([['The gay staff network will make approaches to new starters about mentoring.', 'email']]);
});

describe('mental-health-dismissed: a health condition called no concern of the employer', () => {
  flags([["His medical condition isn't the trust's problem.", 'email', [['mental-health-dismissed', "His medical condition isn't the trust's problem", 0]]]]);
  leaves([["The heating fault isn't the trust's problem; the landlord fixes it.", 'email']]);
});

describe('illness-doubted: a condition called just aches and pains', () => {
  flags([['Endometriosis is just aches and pains, she can work through it.', 'email', [['illness-doubted', 'Endometriosis is just aches and pains', 0]]]]);
  leaves([['Aches and pains after the flu jab are common and pass in a day.', 'email']]);
});

describe('hormones-blamed: a pregnancy given as the reason for a mood', () => {
  flags([['Since her pregnancy Priya has got so moody with the team.', 'email', [['hormones-blamed', 'Since her pregnancy Priya has got so moody', 0]]]]);
  leaves([['Since her pregnancy Priya has been working from the Leeds office.', 'email']]);
});

describe('faith-leave-refused: festival leave shared out by faith', () => {
  flags([
    ['We always deny Eid leave to the Muslim drivers in December.', 'email', [['faith-leave-refused', 'deny Eid leave to the Muslim', 10]]],
    ['Christmas leave goes only to the Christians on the ward.', 'email', [['faith-leave-refused', 'Christmas leave goes only to the Christians', 0]]],
  ]);
  leaves([['We refuse Christmas leave to nobody; the rota decides who works the bank holidays.', 'email']]);
});

describe('illness-doubted: a grievance reply that does not accept the illness', () => {
  flags([["We don't believe that she has endometriosis, so the absences stand.", 'email', [['illness-doubted', "We don't believe that she has endometriosis", 0]]]]);
  leaves([['We do not accept that the rota caused the delay.', 'email']]);
});

describe('mental-health-dismissed: a condition called no excuse', () => {
  flags([['His dyslexia is no excuse for the spelling in the handover notes.', 'email', [['mental-health-dismissed', 'His dyslexia is no excuse', 0]]]]);
  leaves([['Lateness is no excuse for skipping the safety briefing.', 'email']]);
});

describe('disability-held-against: a disability given as the reason for a probation or career decision', () => {
  flags([
    ['Owing to his epilepsy we are unable to confirm the appointment.', 'email', [['disability-held-against', 'Owing to his epilepsy we are unable to confirm', 0]]],
    ['Her deafness would be a barrier to her progression in the clinic.', 'email', [['disability-held-against', 'Her deafness would be a barrier to her progression', 0]]],
  ]);
  leaves([
    ['Owing to his epilepsy he cannot drive, so we have arranged a pool car driver for visits.', 'email'],
    ['Her hearing loss is no barrier here; the loop system is fitted in every room.', 'email'],
  ]);
});

describe('caring-held-against: caring for a child or relative held against the person', () => {
  flags([
    ["He can't do the job and care for his dad, so we won't agree the hours.", 'email', [['caring-held-against', "can't do the job and care for his dad", 3]]],
    ['She is taking too much time off for her daughter.', 'email', [['caring-held-against', 'too much time off for her daughter', 14]]],
  ]);
  leaves([["Staff who can't work and care for a relative at the same time can ask about carer's leave.", 'email']]);
});

describe('age: a task called too much for someone of that age, and the oldest singled out', () => {
  flags([
    ['Night shifts would be too demanding for someone your age.', 'email', [['age-idioms', 'too demanding for someone your age', 22]]],
    ["Nothing personal, but she's the oldest, so she goes first.", 'email', [['age-idioms', "Nothing personal, but she's the oldest", 0]]],
  ]);
  leaves([['The loan is too much for someone on a band 2 salary.', 'email']]);
});

describe('question-age: reporting to younger people, and the stage of life, asked', () => {
  flags([
    ['How would you feel about reporting to a manager younger than you?', 'question', [['question-age', 'reporting to a manager younger than you', 25]]],
    ['What stage of life are you at right now?', 'question', [['question-age', 'What stage of life are you at', 0]]],
  ]);
  leaves([['What stage of the project are you at?', 'question']]);
});

describe('family: a spouse asked about, plans to marry or have children held against, marriage rewarded', () => {
  flags([
    ['How old is your wife?', 'question', [['question-marital-status', 'How old is your wife', 0]]],
    ["You're engaged, so you'll get married soon and quit, won't you?", 'question', [['question-pregnancy', 'get married soon and quit', 26]]],
    ['You should have told us you were planning to have a baby.', 'email', [['family-plans', 'should have told us you were planning to have a baby', 4]]],
    ['The bonus is for married staff only.', 'email', [['marital-status', 'for married staff only', 13]]],
    ['Her household income is enough, so she does not need the increment.', 'email', [['marital-status', 'Her household income is enough', 0]]],
  ]);
  leaves([
    ['The form asks for household income only for the bursary.', 'email'],
    ['Married and unmarried staff get the same discount.', 'email'],
  ]);
});

describe('full-time-only: a flexible pattern said to hinder a career', () => {
  flags([['A job share would damage your career prospects here.', 'email', [['full-time-only', 'A job share would damage your career prospects', 0]]]]);
  leaves([['A job share would suit the reception rota well.', 'email']]);
});

describe('race-remark: colour given as a drawback, a "white area", and curry smells', () => {
  flags([
    ['Although she is Asian, the team took to her.', 'email', [['race-remark', 'Although she is Asian', 0]]],
    ['You do realise this is a mainly white town?', 'question', [['race-remark', 'this is a mainly white town', 15]]],
    ['His jacket smells of curry again.', 'email', [['race-remark', 'His jacket smells of curry', 0]]],
  ]);
  leaves([
    ['Although she is new, the team took to her.', 'email'],
    ['This is a white goods recycling area.', 'email'],
  ]);
});

describe('name-judged: applications sorted by the sound of the name', () => {
  flags([['Put the foreign-sounding names in a separate pile for now.', 'email', [['name-judged', 'foreign-sounding names in a separate pile', 8]]]]);
  leaves([['Put the late applications in a separate pile for now.', 'email']]);
});

describe('gendered-idioms: a job said to be for a lad or a lass', () => {
  flags([['This is a job for a lad, with all the lifting.', 'email', [['gendered-idioms', 'is a job for a lad', 5]]]]);
  leaves([['This is a job for a lifelong learner.', 'email']]);
});

describe('trans-status-mocked: a trans colleague steered to the disabled toilets', () => {
  flags([
    ['Since she is transitioning; the disabled toilets would suit her better.', 'email', [['trans-status-mocked', 'transitioning; the disabled toilets', 13]]],
    ['You will need to use the disabled loo instead of the gents.', 'email', [['trans-status-mocked', 'use the disabled loo instead of the gents', 17]]],
  ]);
  leaves([['The disabled toilets on level 2 have a hoist.', 'email']]);
});

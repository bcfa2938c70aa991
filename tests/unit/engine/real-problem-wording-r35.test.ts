import { describe, expect, it } from 'vitest';
import { read, type Found, type Context } from './read-findings';

// Round 35, a fourteenth set of problem wording real employers used (engine-96), weighted to interview
// questions on family, faith, partners and postings, agency instructions, references, person specifications
// and generalisations about women and men. Each reading is shown in other words than the sources, with a near
// sentence it leaves quiet.
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

describe('question-religion: which faith, how it would affect the work, campaigning groups', () => {
  flags([
    ['Which religion do you follow?', 'question', [['question-religion', 'Which religion do you follow', 0]]],
    ['How will your faith affect your work with clients?', 'question', [['question-religion', 'How will your faith affect', 0]]],
    ['Do you belong to any political groups?', 'question', [['question-religion', 'Do you belong to any political groups', 0]]],
  ]);
  leaves([
    ['Which rota do you follow?', 'question'],
    ['How will the new rota affect your commute?', 'question'],
  ]);
});

describe('question-children: who cares for the children, sick children, nursery costs, a parent assumed', () => {
  flags([
    ['Who will take care of your kids while you work nights?', 'question', [['question-children', 'Who will take care of your kids', 0]]],
    ['Would you miss work if one of your kids gets ill?', 'question', [['question-children', 'miss work if one of your kids gets ill', 10]]],
    ['Can you afford the nursery fees on this salary?', 'question', [['question-children', 'afford the nursery fees', 8]]],
    ["I take it you don't have kids?", 'question', [['question-children', "I take it you don't have kids", 0]]],
    ['Do you need to work to support your children?', 'question', [['question-children', 'Do you need to work to support your children', 0]]],
  ]);
  leaves([['Who will take care of the stock while you are on leave?', 'question']]);
});

describe('question-pregnancy: a baby or an abortion asked about', () => {
  flags([
    ["You won't go off and have a baby on us, will you?", 'question', [['question-pregnancy', "won't go off and have a baby", 4]]],
    ['Would you have an abortion to keep the job?', 'question', [['question-pregnancy', 'Would you have an abortion', 0]]],
  ]);
  leaves([['Will the ward have a baby-changing room?', 'question']]);
});

describe("question-marital-status: a partner's postings, following a partner, marriage against a career", () => {
  flags([
    ["How will you fit the job around the demands of your husband's postings?", 'question', [['question-marital-status', "demands of your husband's postings", 36]]],
    ['Would you resign to follow your partner abroad?', 'question', [['question-marital-status', 'resign to follow your partner', 10]]],
    ['If he were posted, would you move with him?', 'question', [['question-marital-status', 'posted, would you move with him', 11]]],
    ['Which matters more, your career or getting married?', 'question', [['question-marital-status', 'your career or getting married', 20]]],
    ['Your husband is well off, so why work?', 'question', [['question-marital-status', 'Your husband is well off', 0]]],
    ["She wouldn't be distracted by family commitments.", 'email', [['question-marital-status', 'be distracted by family commitments', 13]]],
  ]);
  leaves([
    ['Would you move with the team to the new site?', 'question'],
    ['She was not distracted by the fire alarm.', 'email'],
  ]);
});

describe('photo-request: a full-length professional photograph', () => {
  flags([['Please send a full length professional photograph with your CV.', 'email', [['photo-request', 'full length professional photograph', 14]]]]);
  leaves([['Your ID badge needs a professional photograph.', 'email']]);
});

describe('question-criminal-record and spent-convictions-asked: every caution, and spent convictions, asked for', () => {
  flags([
    ['Do you have any cautions or convictions?', 'question', [['question-criminal-record', 'Do you have any cautions or convictions', 0]]],
    ['Have you ever had a conviction or caution?', 'question', [['question-criminal-record', 'Have you ever had a conviction or caution', 0]]],
    ['Declare all convictions, both spent and unspent.', 'advert', [['spent-convictions-asked', 'both spent and unspent', 25]]],
    ['List any cautions, whether spent or not.', 'advert', [['spent-convictions-asked', 'cautions, whether spent', 9]]],
  ]);
  leaves([
    ['Do you have any unspent convictions?', 'question'],
    ['You need not tell us about spent convictions.', 'advert'],
  ]);
});

describe('age-retirement and age limits: retirement urged, anyone over an age turned away', () => {
  flags([
    ["It's high time for her to retire.", 'email', [['age-retirement', 'high time for her to retire', 5]]],
    ["Please don't send anyone over the age of forty.", 'email', [['age-judged', "don't send anyone over the age of forty", 7]]],
  ]);
  leaves([
    ["It's time for her to retire the old printer.", 'email'],
    ['Colleagues over the age of 50 may request a pension forecast.', 'email'],
  ]);
});

describe('illness-doubted: sickness absence called suspicious', () => {
  flags([["I'm suspicious of his sickness absences.", 'email', [['illness-doubted', 'suspicious of his sickness absences', 4]]]]);
  leaves([["I'm suspicious of the broken lock on the store.", 'email']]);
});

describe('grooming-rule: hair said to have been too big or wild', () => {
  flags([['The manager said her hair was too wild for reception.', 'email', [['grooming-rule', 'her hair was too wild', 17]]]]);
  leaves([['The hair net was too big for her.', 'email']]);
});

describe('mental-health-dismissed: a condition called "this thing"', () => {
  flags([["I'm tired of this autism thing holding up the rota.", 'email', [['mental-health-dismissed', 'this autism thing', 13]]]]);
  leaves([['That thing with the disabled parking bay is sorted.', 'email']]);
});

describe('equality-statement-dismissed: the equal opportunities statement belittled', () => {
  flags([['Stick the usual diversity blah at the bottom of the advert.', 'email', [['equality-statement-dismissed', 'the usual diversity blah', 6]]]]);
  leaves([['We are an equal opportunities employer.', 'advert']]);
});

describe('sex-generalised: what women or men are like, used to choose', () => {
  flags([
    ['Men tend to be more reliable on nights, so pick him.', 'email', [['sex-generalised', 'Men tend to be more reliable', 0]]],
    ['Women are naturally more caring, so she suits the ward.', 'email', [['sex-generalised', 'Women are naturally more caring', 0]]],
  ]);
  leaves([['Women are more likely to work part time, so we offer job shares.', 'email']]);
});

describe('age-young(-hire): a younger profile wanted, with another adjective listed before the noun', () => {
  flags([['The practice needs a younger, sharper profile on reception.', 'advert', [['age-young', 'younger', 21]]]]);
  leaves([['The patient profile is younger this year.', 'advert']]);
});

describe('religious-dress-banned: covering the hair said not to fit the business', () => {
  flags([['It would not be consistent with our brand for staff to cover their hair.', 'email', [['religious-dress-banned', 'cover their hair', 55]]]]);
  leaves([['Theatre staff must cover their hair with a cap.', 'email']]);
});

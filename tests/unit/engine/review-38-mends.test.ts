import { describe, expect, it } from 'vitest';
import { flags, leaves, read } from './read-findings';

// Round 38 review (M7-M10, S2): this round's new race, family, faith, health, availability and age
// wordings, each kept for the remark it was made for and quiet for the ordinary NHS sense next door.
// Every case is in other words than the review's.

/** The findings of one rule in a text, where another rule may rightly flag a word of it ("older"). */
const ofRule = (rule: string, text: string) => read(text, 'email').filter(([id]) => id === rule);

describe('M7: a flight home said to send someone, a people likened to slaves', () => {
  flags([
    ['Honestly, we should send him on a plane back to Nigeria.', 'email', [['race-remark', 'on a plane back to Nigeria', 29]]],
    ['They treat the porters like Hebrew slaves down there.', 'email', [['race-remark', 'Hebrew slaves', 28]]],
  ]);
  leaves([
    ["Tomasz is on the first flight back to Poland for his grandmother's funeral, so the rota is short.", 'email'],
    ['The museum trip includes a talk on Hebrew slaves in ancient Egypt.', 'email'],
  ]);
});

describe('M7: flexible hours refused as floodgates, not welcomed', () => {
  flags([
    ['Say no to the job share, because it would open the floodgates for part-time requests across the team.', 'email', [['caring-held-against', 'open the floodgates', 42]]],
  ]);
  leaves([
    ['The new policy should open the floodgates to flexible working for every band.', 'email'],
    ['Self-rostering could open the floodgates for part-time returners, and we are delighted.', 'email'],
  ]);
});

describe('M7: a condition said to make someone a danger at work, not clinical risk', () => {
  flags([
    ["Because of his epilepsy he's a danger to himself at work.", 'email', [['condition-dismissed', "Because of his epilepsy he's a danger to himself", 0]]],
  ]);
  leaves([
    ['Due to his depression he is a danger to himself, so the crisis team will see him twice a day.', 'email'],
    ['With her illness she is a danger to herself on the unit, and needs close observations overnight.', 'email'],
  ]);
});

describe('M7: a child asked about, not time off for dependants explained', () => {
  flags([
    ['If you had to fetch your daughter from school at short notice, what would you do?', 'question', [['question-children', 'If you had to fetch your daughter', 0]]],
  ]);
  leaves([
    ['If you had to collect your children early because the school closed, tell your manager and take it as dependant leave.', 'email'],
  ]);
});

describe('M7: maternity leave mocked, not reassurance about it', () => {
  flags([
    ["She'll lose it all during maternity leave anyway.", 'email', [['pregnancy-mocked', 'lose it all during maternity leave', 7]]],
  ]);
  leaves([
    ["You won't lose everything while on maternity leave, because we run keeping in touch days.", 'email'],
  ]);
});

describe('M7: "cannot be both" said, not condemned', () => {
  flags([
    ["Let's face it, a woman cannot be both a mother and a consultant.", 'email', [['sex-generalised', 'cannot be both a mother and a consultant', 23]]],
  ]);
  leaves([
    ["No one should tell you that you can't be both a mum and a registrar.", 'email'],
  ]);
});

describe('M7: a rota refused around faith, not a request for notice', () => {
  flags([
    ['We are not going to arrange the rota around prayer times, full stop.', 'email', [['faith-practice-not-planned-for', 'not going to arrange the rota around prayer times', 7]]],
  ]);
  leaves([
    ["Unless you tell us in good time, we can't plan the shifts around your fasting.", 'email'],
  ]);
});

describe('M8: always reachable, not a paid on-call rota', () => {
  flags([
    ['You will need to be reachable on your mobile in the evenings.', 'advert', [['unbounded-availability', 'reachable on your mobile in the evenings', 20]]],
  ]);
  leaves([
    ['While on-call you need to be reachable on your mobile at weekends, and each session attracts a standby payment.', 'advert'],
  ]);
});

describe('M10, S2: staff said not to stay, not patients on a unit', () => {
  flags([
    ['Frankly, older recruits seldom stay long enough to make the training worthwhile.', 'email', [['age-years-left', 'older recruits seldom stay long enough', 9]]],
  ]);
  leaves([
    ['Younger people never stay long enough in the day hospital to finish the group programme.', 'email'],
  ]);
  it('reads a stay on a ward as a patient\'s (the age word alone is another rule\'s)', () => {
    expect(ofRule('age-years-left', 'Older ones rarely stay long enough on the ward to see the dietitian twice.')).toEqual([]);
  });
});

describe('M9: a mental health professional the reader was seen by, not the reader\'s own role', () => {
  flags([
    ['Have you ever been seen by a mental health clinician?', 'question', [['question-health', 'Have you ever been seen by a mental health', 0]]],
    ['Are you under a mental health worker at present?', 'question', [['question-health', 'Are you under a mental health', 0]]],
  ]);
  leaves([
    ['Are you a qualified mental health professional ready for a new challenge?', 'question'],
    ['Tell us about your experience as a mental health worker in the community.', 'question'],
  ]);
});

describe('S2: any group whose stay is weighed against the cost of training them', () => {
  flags([
    ['Older folk seldom stay long enough to repay the preceptorship.', 'email', [['age-years-left', 'Older folk seldom stay long enough', 0]]],
  ]);
  it('leaves a group whose stay is a length of stay in hospital', () => {
    expect(ofRule('age-years-left', 'Younger men rarely stay long enough in hospital to finish rehab.')).toEqual([]);
  });
});

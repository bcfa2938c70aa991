import { describe, expect, it } from 'vitest';
import { read, type Found, type Context } from './read-findings';
import { analyse } from '@/lib/engine';

// Round 28's review (mend-28b): the readings its checker items asked for, each in other words than the
// review's own sentences (those are the rules' pass and flag examples), with a trap for the sense left out.

describe('working seven days a week: a demand, not a rota across the week', () => {
  it.each<[string, Context, Found]>([
    ['He would have to work 7 days a week during the audit.', 'email', [['availability-24-7', 'to work 7 days a week', 14]]],
    ['You will be expected to work seven days a week, with no fixed days off.', 'advert', [['availability-24-7', 'to work seven days a week', 21]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Nurses in the crisis team are required to work seven days a week on a rotating pattern of shifts.', 'advert'],
    ['Consultants agree to work 7 days a week as rostered, with weekends shared equally.', 'advert'],
    ['Porters may be asked to work seven days a week on a planned basis across the month.', 'advert'],
  ])('leaves a rota, a roster and a planned basis: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('a young and lively workplace, not a person described by age', () => {
  it.each<[string, Found]>([
    ['Ours is a friendly, young and buzzy high-street optician practice.', [['age-young-workplace', 'young and buzzy', 20]]],
    ['Join a lively and young independent dental group based in Leeds.', [['age-young-workplace', 'lively and young', 7]]],
    ['We are a young, upbeat pharmacy.', [['age-young-workplace', 'young, upbeat pharmacy', 9]]],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it.each<[string, Found]>([
    ['We want a young, energetic physiotherapist for our clinic.', [['age-young', 'young', 10], ['age-energetic', 'energetic', 17]]],
    ['Young and vibrant dentist sought to join our surgery.', [['age-young', 'Young', 0], ['age-vibrant', 'vibrant', 10]]],
  ])('reads the person hired as before, not the workplace, in %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('caste named in an equality statement, not asked or ranked', () => {
  it.each<[string, Context, Found]>([
    ["He won't be shortlisted, given his caste.", 'email', [['caste-judged', 'his caste', 31]]],
    ['Could you tell me what his caste is?', 'question', [['caste-judged', 'his caste', 23]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each([
    'Nobody will be harassed at work over their caste or their religion.',
    'Applicants are assessed fairly, irrespective of their caste.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('difficulty walking asked or assumed, not an offer of help', () => {
  it.each<[string, Found]>([
    ['Do you have trouble walking far?', [['question-health', 'Do you have trouble walking', 0]]],
    ['Does she have some difficulty walking up stairs?', [['question-health', 'Does she have some difficulty walking', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it('leaves an invitation that offers a ground-floor room', () => {
    expect(read('If you have trouble walking, tell us and we will book a ground-floor room.', 'email')).toEqual([]);
  });
});

describe('hearing the phone, asked of a deaf candidate and not of every call handler', () => {
  it('flags the question tied to a hearing aid', () => {
    expect(read('How will you hear the phone if your hearing aid is out?', 'question')).toEqual([
      ['question-health', 'How will you hear the phone', 0],
    ]);
  });
  it('leaves the question asked of everyone for a switchboard post', () => {
    expect(read('How would you hear the phone when the waiting room is busy?', 'question')).toEqual([]);
  });
});

describe('"camp" said of a person, not of a party or a film', () => {
  it.each<[string, Found]>([
    ["She's a bit camp, isn't she?", [['orientation-slur', "She's a bit camp", 0]]],
    ['I thought him rather camp at the interview.', [['orientation-slur', 'thought him rather camp', 2]]],
    ['Isn\'t the new porter too camp for the front desk?', [['orientation-slur', 'too camp for the front desk', 21]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(['The pantomime was very camp and the children loved it.', 'That film is a bit camp for my taste.'])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('old and frail said of a person, not the people a service cares for', () => {
  it('flags it of a colleague', () => {
    expect(read("Honestly, she's old and frail now, not up to nights.", 'email')).toEqual([
      ['age-idioms', "she's old and frail", 10],
    ]);
  });
  it('leaves the group a service supports', () => {
    expect(read('Our day centre offers lunch clubs for the old and frail.')).toEqual([]);
  });
});

describe('an age limit on donors or participants is not on staff', () => {
  it.each(['Blood donors must be 17 or over.', 'Study participants must be 18 or over.'])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still reads a doer the lexicon lacks as the person hired', () => {
    expect(read('Translators must be 25 or under.')).toEqual([['age-limit', '25 or under', 20]]);
  });
});

describe('recent graduates invited alone, in any word order, and beside others', () => {
  it.each<[string, Found]>([
    ['We invite applications from recent graduates.', [['age-graduate', 'recent graduates', 28]]],
    ['New graduates are very welcome to apply.', [['age-graduate', 'New graduates', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it('leaves graduates invited beside experienced staff', () => {
    expect(read('We welcome applications from new graduates as well as experienced nurses.')).toEqual([]);
  });
});

describe('a racist nickname, under its own rule and message', () => {
  it('flags a nickname with the racist-name message', () => {
    const found = analyse('The porters nicknamed him Osama.', { context: 'email' }).findings.filter((f) => f.ruleId === 'racist-nickname');
    expect(found.map((f) => [f.text, f.start])).toEqual([['nicknamed him Osama', 12]]);
    expect(found[0]!.message).toBe('“nicknamed him Osama” is a racist name or slur. Said of a colleague or candidate it is racial harassment under the Equality Act 2010 (section 26), however it was meant.');
  });
  it('leaves a complaint about it', () => {
    expect(read('She complained that they called her Sooty.', 'email')).toEqual([]);
  });
});

describe("a writer's initials dated with a short month", () => {
  it.each(['The post holder leads the clinic.\nSLP Sept 2018\nMain duties', 'The post holder leads the clinic.\nJKW Jan 2022\nMain duties'])(
    'leaves %j',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
});

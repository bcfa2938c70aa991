import { describe, expect, it } from 'vitest';
import { read, type Found, type Context } from './read-findings';

// Round 33, a twelfth set of problem wording real employers used (engine-89), weighted to panel notes,
// references and messages on disability, orientation, part-time staff, age, looks and dress, trans staff and
// interview questions. Each reading is shown in other words than the sources, with a near sentence it leaves quiet.
/** Findings other than abbreviations, which the quiet cases may contain for reasons of their own. */
const judged = (text: string, context: Context): Found => read(text, context).filter(([rule]) => rule !== 'unexpanded-acronym');

describe('disability-group-judged: disabled people said as a group to be unable to do the work, or not worth the cost', () => {
  it.each<[string, Context, Found]>([
    ['Blind applicants cannot do the job on the switchboard, so skip this one.', 'email', [['disability-group-judged', 'Blind applicants cannot do the job', 0]]],
    ["A dyslexic candidate won't be able to do this role, in my view.", 'email', [['disability-group-judged', "A dyslexic candidate won't be able to do this role", 0]]],
    ['Honestly, is it worth the cost to take on someone with his condition?', 'email', [['disability-group-judged', 'worth the cost to take on', 16]]],
  ])('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Blind staff cannot use the old rota screen, so we provide a screen reader.', 'email'],
    ['It is not cost effective to keep on the agency porters after March.', 'email'],
  ])('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });
});

describe('orientation-disparaged: refusing to work with, employ or hire gay, lesbian or bisexual people', () => {
  it.each<[string, Context, Found]>([
    ["I won't work with a gay man on nights.", 'email', [['orientation-disparaged', "won't work with a gay man", 2]]],
    ["Lesbian staff shouldn't work in the children's changing rooms.", 'email', [['orientation-disparaged', "Lesbian staff shouldn't work", 0]]],
    ['We would never hire a gay couple to run the lodge.', 'email', [['orientation-disparaged', 'We would never hire a gay', 0]]],
    ['His sexuality is wrong and he should keep it to himself.', 'email', [['orientation-disparaged', 'His sexuality is wrong', 0]]],
  ])('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['We happily employ a gay couple as wardens at the lodge.', 'email'],
    ['Whether you tell the team about your partner is your choice.', 'email'],
  ])('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });
});

describe('full-time-only: working part time given as the reason a person is passed over', () => {
  it.each<[string, Context, Found]>([
    ['He was not put forward for the band 7 post because he works part time.', 'email', [['full-time-only', 'not put forward for the band 7 post because he works part time', 7]]],
    ['Being a part-timer, she will not be considered for the lead role.', 'email', [['full-time-only', 'Being a part-timer, she will not be considered', 0]]],
  ])('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['She works part time because she studies on Fridays.', 'email'],
  ])('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });
});

describe("age: a person's age in further words (old enough to be a parent, growing up to do, is it your age) and ranges ending in a decade", () => {
  it.each<[string, Context, Found]>([
    ["Honestly, he's old enough to be my grandad.", 'email', [['age-idioms', 'old enough to be my grandad', 15]]],
    ['The new registrar is old enough to have a 15-year-old son.', 'email', [['age-idioms', 'old enough to have a 15-year-old son', 21]]],
    ["You've got a lot of growing up to do before we trust you with keys.", 'email', [['age-idioms', 'a lot of growing up to do', 11]]],
    ['Is it his age that makes him slow on the new system?', 'question', [['age-idioms', 'Is it his age that', 0]]],
    ['Ideal candidates will be aged 21 to late twenties.', 'advert', [['age-limit', 'aged 21 to late twenties', 25]]],
    ["Interview notes: she is way over 60 and I doubt she'd manage.", 'email', [['age-noted', "she is way over 60 and I doubt she'd manage", 17]]],
  ])('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['He is old enough to sign his own consent form.', 'email'],
    ['Patients aged 40 to late 60s are invited for screening.', 'advert'],
  ])('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });
});

describe('looks and dress: make-up to be worn, too attractive for a post', () => {
  it.each<[string, Context, Found]>([
    ['Receptionists: make-up is to be worn at all times.', 'advert', [['grooming-rule', 'make-up is to be worn', 15]]],
    ['She is much too attractive for the warehouse floor.', 'email', [['appearance', 'She is much too attractive for', 0]]],
  ])('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['The budget is far too tight to refit the foyer.', 'email'],
  ])('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });
});

describe('trans staff: chosen pronouns called ridiculous', () => {
  it.each<[string, Context, Found]>([
    ['Their chosen pronouns are ridiculous, frankly.', 'email', [['trans-status-mocked', 'pronouns are ridiculous', 13]]],
  ])('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Please use the pronouns they have chosen for themselves.', 'email'],
  ])('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });
});

describe('questions: family plans, periods, a disability remarked on', () => {
  it.each<[string, Context, Found]>([
    ['Are you thinking about adding to your family in the next year?', 'question', [['question-pregnancy', 'Are you thinking about adding to your family', 0]]],
    ['Do you get painful periods?', 'question', [['question-health', 'Do you get painful periods', 0]]],
    ['So you are blind, then?', 'question', [['question-health', 'So you are blind', 0]]],
  ])('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['I see you are deaf, so we have booked an interpreter for the interview.', 'email'],
  ])('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });
});

describe('illness-doubted: a condition said to be faked or used as an excuse', () => {
  it.each<[string, Context, Found]>([
    ["He's faking his depression to get out of nights.", 'email', [['illness-doubted', 'faking his depression', 5]]],
    ['She uses her ADHD as an excuse for missing deadlines.', 'email', [['illness-doubted', 'uses her ADHD as an excuse', 4]]],
  ])('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['We discussed her ADHD and agreed extra time for written tasks.', 'email'],
  ])('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });
});

describe('origin: which part of a region someone is from; a racist remark about a colour', () => {
  it.each<[string, Context, Found]>([
    ['Which part of the Caribbean are you originally from?', 'question', [['question-nationality', 'Which part of the Caribbean are you originally from', 0]]],
    ['Tell him to shut his brown face.', 'email', [['race-remark', 'shut his brown face', 12]]],
  ])('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Which part of the ward are you from, A or B?', 'question'],
  ])('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });
});

describe('sex: trust in one sex withheld, read as a doubt only when negated', () => {
  it.each<[string, Context, Found]>([
    ['I could never fully rely on female paramedics on a night shift.', 'email', [['sex-group-judged', 'female paramedics', 28]]],
  ])('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['We depend on our female paramedics for chaperoning.', 'email'],
  ])('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });
});

describe('accent: having or lacking an accent remarked on', () => {
  it.each<[string, Context, Found]>([
    ["The trainee didn't have an accent on the phone, which surprised the panel.", 'email', [['accent', 'have an accent', 19]]],
  ])('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['If a caller has an accent, ask them to spell the address.', 'email'],
  ])('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { read, type Found, type Context } from './read-findings';

// Round 32, an eleventh set of problem wording real employers used (engine-86), weighted to
// pregnancy at offer and probation, flexible working, generations, orientation at small employers,
// language rules, class, ex-offenders and religious practice; and two review findings (S2: a
// conviction for a named offence is no blanket ban; S3: fertility treatment as a service's work).
// Each reading in other words than the sources, with a trap for the sense it leaves out.

describe('S2: a blanket ban on people with a criminal record, and a bar for a named offence', () => {
  it.each<[string, Context, Found]>([
    ['We will not employ anyone with a criminal record on our patient-facing wards.', 'advert', [['criminal-record-blanket-ban', 'will not employ anyone with a criminal record', 3]]],
    ['We do not recruit anyone with a criminal record for reception roles.', 'advert', [['criminal-record-blanket-ban', 'do not recruit anyone with a criminal record', 3]]],
    ['Since she has a criminal record, we will not be progressing her application.', 'email', [['criminal-record-blanket-ban', 'Since she has a criminal record, we will not be progressing', 0]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['We will not hire anyone with a conviction for violence, as the post involves lone home visits.', 'advert'],
    ['Since you have a conviction for theft, we cannot offer you the pharmacy post.', 'email'],
    ['We do not employ anyone with a criminal record in regulated activity with children.', 'advert'],
  ])('leaves a bar for a named offence and regulated activity: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('S3: fertility words as the clinic’s own work, and treatment held against the person', () => {
  it.each([
    'Priya covers the IVF list on Mondays; could she have a lot of time off in August?',
    'The embryologists said embryo transfer ran late, so Tom missed a lot of work on the rota.',
    'Our patients say egg collection can feel rushed, and she missed a lot of work covering it.',
  ])('leaves the service: %j', (text) => {
    expect(read(text, 'email').filter(([rule]) => rule !== 'unexpanded-acronym')).toEqual([]);
  });
  it.each<[string, Found]>([
    ["She's starting IVF so she'll miss a lot of work this spring.", [['family-judged', "IVF so she'll miss a lot of work", 15]]],
    ['He is doing another fertility cycle, so he will miss a lot of work.', [['family-judged', 'fertility cycle, so he will miss a lot of work', 20]]],
  ])('flags the person’s own treatment: %j', (text, expected) => {
    expect(read(text, 'email').filter(([rule]) => rule !== 'unexpanded-acronym')).toEqual(expected);
  });
});

describe('gay, lesbian and bisexual people condemned, or told to keep it quiet', () => {
  it.each<[string, Found]>([
    ['Gay men are sinners, whatever the new policy says.', [['orientation-disparaged', 'Gay men are sinners', 0]]],
    ["Please don't tell the patients that you are gay.", [['orientation-disparaged', "don't tell the patients that you are gay", 7]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'He said lesbians are unnatural, which I reported to HR as homophobic.',
    'Whether you let the team know that you are bisexual is your choice.',
  ])('leaves a report and a choice left to the person: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('staff stopped from speaking their own language, beyond what the work needs', () => {
  it.each<[string, Context, Found]>([
    ['Night staff keep talking in their own language at the nurses’ station, which has to stop.', 'email', [['other-language-banned', 'talking in their own language', 17]]],
    ['It is not permitted to speak any language other than English in the canteen.', 'advert', [['other-language-banned', 'not permitted to speak any language other than English', 6]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each([
    'Staff may speak their own language on breaks.',
    'We have interpreters for patients who speak their own language at home.',
    'When giving a handover, everyone must speak English.',
  ])('leaves languages allowed, patients’ languages and English for a task: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('colour, origin and class remarks', () => {
  it.each<[string, Found]>([
    ['Tell him to go back to where he came from.', [['race-remark', 'go back to where he came from', 12]]],
    ['Perhaps she should bleach her skin, he joked.', [['race-remark', 'bleach her skin', 19]]],
    ['Ask Borat to do the bins.', [['racist-nickname', 'Borat', 4]]],
    ['A half-caste lad from the agency covered nights.', [['racist-nickname', 'half-caste', 2]]],
    ['Nice enough, but short of polish for the front desk.', [['class-judged', 'short of polish', 17]]],
    ['He came across as a barrow boy.', [['class-judged', 'barrow boy', 20]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it('leaves bleach that must not touch the skin', () => {
    expect(read('The bleach in the sluice room must not touch your skin.', 'email')).toEqual([]);
  });
});

describe('a graduating class preferred, and the menopause blamed for a mood', () => {
  it('flags a class year preferred', () => {
    expect(read('Trainee analyst: Class of 2024 preferred.', 'advert')).toEqual([['age-graduate', 'Class of 2024 preferred', 17]]);
  });
  it('leaves a reunion', () => {
    expect(read('Class of 2019 reunion photos are on the staff intranet.', 'advert')).toEqual([]);
  });
  it('flags a mood put down to the change', () => {
    expect(read("She's only snapping because she's going through the change.", 'email')).toContainEqual(['hormones-blamed', "because she's going through the change", 20]);
  });
  it('leaves the change with support agreed', () => {
    expect(read('She is going through the change and we agreed a fan and later starts.', 'email')).toEqual([]);
  });
});

describe('family life, age and faith held against people in further words', () => {
  it.each<[string, Found]>([
    ['Mothers with small children are a burden on the rota.', [['family-judged', 'children are a burden', 19]]],
    ['Nothing you did wrong, you just have a lot on your plate with the kids.', [['family-judged', 'a lot on your plate with the kids', 37]]],
    ['We had reservations about hiring a boomer.', [['age-judged', 'reservations about hiring a boomer', 7]]],
    ['Not hired: he needs a break for Friday prayer.', [['faith-judged', 'Not hired: he needs a break for Friday prayer', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'Parents with children under five are welcome to ask about our nursery.',
    'She has a lot on her plate with the audit this month.',
  ])('leaves parents welcomed and a workload: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('a language rule the writer says there is not', () => {
  it('leaves "there is no requirement" to speak only English', () => {
    expect(read('There is no requirement for staff to speak only English with each other.', 'email')).toEqual([]);
  });
  it('flags staff wanted who speak only English', () => {
    expect(read('We only want staff who speak only English.', 'email')).toEqual([['origin-judged', 'only English', 29]]);
  });
});

import { describe, expect, it } from 'vitest';
import { read, type Found, type Context } from './read-findings';

// Round 28, a seventh set of problem wording real employers used (engine-74), weighted to natural hair
// rules, caste, disability and deafness raised at interview, age labels pinned on a person, and the fair
// versions of each. Each reading in other words than the sources, with a trap for the sense it leaves out.

describe('natural hair banned, sized, vetted or pried into', () => {
  it.each<[string, Context, Found]>([
    ['Cornrows are not allowed on the ward.', 'advert', [['grooming-rule', 'Cornrows are not allowed', 0]]],
    ['Her afro must be kept to a modest length.', 'email', [['grooming-rule', 'afro must be kept to a modest length', 4]]],
    ['His hair is too wild for reception.', 'email', [['grooming-rule', 'His hair is too wild', 0]]],
    [
      'Bring the note in case your locs are questioned at the door.',
      'email',
      [['grooming-rule', 'in case your locs are questioned', 15]],
    ],
    ['Can she show us her real hair before Monday?', 'question', [['grooming-rule', 'show us her real hair', 8]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Long hair must be tied back in clinical areas.', 'advert'],
    ['Braids, locs and head wraps are all welcome here.', 'advert'],
    ['Her hair is too long to reach the top shelf, she says.', 'email'],
  ])('leaves infection control, a welcome and a length that is not a rule: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('a person asked about or ranked by caste', () => {
  it.each<[string, Context, Found]>([
    ['Which caste does his family belong to?', 'question', [['caste-judged', 'Which caste', 0]]],
    ['He refuses to share a kitchen with low caste colleagues.', 'email', [['caste-judged', 'low caste', 35]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Our dignity at work policy names caste discrimination.', 'advert'],
    ['We do not ask about your caste.', 'email'],
  ])('leaves a policy and a promise not to ask: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('racist nicknames for a colleague', () => {
  it.each<[string, Found]>([
    ['Leave it for the golliwog on nights.', [['racist-nickname', 'golliwog', 17]]],
    ['Get that thick paddy off the phones.', [['racist-nickname', 'thick paddy', 9]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'He was called a golliwog, which is racist and unacceptable.',
    "St Patrick's Day lunch: Paddy from estates is bringing soda bread.",
  ])('leaves a complaint reported and a colleague named Paddy: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('disability or deafness probed at interview', () => {
  it.each<[string, Found]>([
    ['Would the night shifts worsen your disability?', [['question-health', 'worsen your disability', 23]]],
    ['Was she born with it?', [['question-health', 'Was she born with it', 0]]],
    ['Is it a congenital condition, then?', [['question-health', 'Is it a congenital condition', 0]]],
    ["So she's deaf, then?", [['question-health', "So she's deaf", 0]]],
    ['How would you hear the alarm on the ward?', [['question-health', 'How would you hear the alarm', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Is there anything we can change so the interview suits you?', 'question'],
    ['The fire alarm has flashing beacons, so everyone can see it as well as hear it.', 'advert'],
    ['Did you have an accident at work in the last year that we should report?', 'email'],
  ])('leaves an adjustment offered, a safety feature and an accident at work: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('age labels and idioms pinned on a person', () => {
  it.each<[string, Found]>([
    ['She is stuck in her ways and will not use the new system.', [['age-idioms', 'stuck in her ways', 7]]],
    ['Back in her day nobody had email.', [['age-idioms', 'Back in her day', 0]]],
    ["He's a pensioner now, let him go.", [['age-idioms', "He's a pensioner", 0]]],
    ['They want a younger model on reception.', [['age-idioms', 'younger model', 12]]],
    ['The team call him Grandad.', [['age-idioms', 'call him Grandad', 9]]],
    ['He is old and frail, poor thing.', [['age-idioms', 'He is old and frail', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Our patients include pensioners and carers.', 'advert'],
    ['The new care model suits younger patients.', 'advert'],
    ['We got stuck in traffic on the way.', 'email'],
  ])('leaves patients, a care model and traffic: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('prying about gender surgery, and objective criteria', () => {
  it('flags a question about surgery put crudely', () => {
    expect(read('Is he getting his bits cut off then?', 'question')).toEqual([
      ['question-orientation', 'getting his bits cut off', 6],
    ]);
  });
  it('leaves a dressing cut off at clinic', () => {
    expect(read('The surgeon will cut off the dressing at the clinic.', 'email')).toEqual([]);
  });
  it('leaves targets that are objective and measurable, and still reads objective of a person', () => {
    expect(read('Targets will be objective and measurable.', 'email')).toEqual([]);
    expect(read('You will need to stay objective with upset relatives.', 'advert')).toEqual([
      ['masculine-objective', 'objective', 22],
    ]);
  });
});

describe('age, faith, sickness, fit and orientation remarks about a named colleague', () => {
  it.each<[string, Context, Found]>([
    ['Frankly she should have retired years ago.', 'email', [['age-retirement', 'she should have retired', 8]]],
    [
      "Shouldn't he be at home with his grandkids by now?",
      'question',
      [['age-late-career', 'at home with his grandkids', 16]],
    ],
    ['He is a bit of an old fossil about the new rota.', 'email', [['age-idioms', 'old fossil', 18]]],
    ["She only struggles with the app cos she's old.", 'email', [['age-idioms', "cos she's old", 32]]],
    ['Not the best fit with our team, in my view.', 'email', [['culture-fit', 'best fit with our team', 8]]],
    [
      'Her sales dropped because she is fasting this month.',
      'email',
      [['fasting-held-against', 'because she is fasting', 18]],
    ],
    [
      'He has been off sick too often to be trusted with a caseload.',
      'email',
      [['sickness-expected', 'off sick too often', 12]],
    ],
    [
      'She will need to work seven days a week if she wants the post.',
      'email',
      [['availability-24-7', 'to work seven days a week', 14]],
    ],
    ['Everyone calls him Borat behind his back.', 'email', [['racist-nickname', 'calls him Borat', 9]]],
    ['Ask Sooty and Sweep to restock the store room.', 'email', [['racist-nickname', 'Sooty and Sweep', 4]]],
    ['Honestly, he is so camp it is embarrassing.', 'email', [['orientation-slur', 'he is so camp', 10]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Staff who retire and return under the pension scheme keep their band.', 'email'],
    ['Our carers support patients at home with their grandchildren nearby.', 'advert'],
    ['The museum has an old fossil from the Jurassic coast.', 'email'],
    ['He can consent because he is old enough.', 'email'],
    ['We match each patient with the best fit for their needs.', 'advert'],
    ['Because you are fasting, we have moved your interview to the morning.', 'email'],
    ['Please phone in if you are off sick, so we can cover the clinic.', 'advert'],
    ['The pharmacy is open seven days a week.', 'advert'],
    ['District teams work seven days a week from 8am to 10pm.', 'advert'],
    ['Sooty and Sweep puppets are in the play room for the children.', 'advert'],
    ['The team building day is at a camp site near Keswick.', 'email'],
  ])('leaves retire and return, patients, a museum, consent, care, an adjustment, a rule, opening hours, toys and a camp site: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('a hiring decision refused in hindsight, for a pregnancy or a family', () => {
  it.each<[string, Found]>([
    [
      'We would not have recruited her had we known she was pregnant.',
      [['family-judged', 'not have recruited her had we known she was pregnant', 9]],
    ],
    [
      'They would never have appointed her with three kids at home.',
      [['family-judged', 'never have appointed her with three kids', 11]],
    ],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it('leaves an appointment held back for references', () => {
    expect(read('We did not appoint him; his references were not back in time.', 'email')).toEqual([]);
  });
});

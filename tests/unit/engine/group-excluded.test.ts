import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

const RULES = ['age-group-excluded', 'circumstance-excluded', 'physique-demanded', 'looks-demanded', 'unbounded-availability'];

/** The findings of the rules read here, as [rule, text, start]. */
function found(text: string, context: 'advert' | 'email' = 'email'): [string, string, number][] {
  const report = analyse(text, { context, minWordsForStatements: 0, settings: { categories: { 'plain-english': false } } });
  return report.findings.filter((f) => RULES.includes(f.ruleId)).map((f) => [f.ruleId, f.text, f.start]);
}

describe('a kind of person turned away as a group (age-group-excluded, circumstance-excluded)', () => {
  it.each([
    // After the group: the exclusion closes it.
    ['Pensioners need not apply for the van round.', 'email', [['age-group-excluded', 'Pensioners need not apply', 0]]],
    ['Career breakers will not be considered for this post.', 'advert', [['circumstance-excluded', 'Career breakers will not be considered', 0]]],
    // Before it: an opener turns the group away.
    ['The stores post is not for millennials.', 'email', [['age-group-excluded', 'not for millennials', 19]]],
    ["Honestly, don't send me any teenagers.", 'email', [['age-group-excluded', "don't send me any teenagers", 10]]],
    ['This vacancy would not suit career returners or new mums.', 'email', [['circumstance-excluded', 'would not suit career returners or new mums', 13]]],
    // A bare "no" opening a list item or its clause.
    ['What we want from the agency:\n- band 3 or above\n- no college leavers\n- weekend cover', 'email', [['age-group-excluded', 'no college leavers', 50]]],
    ['Keen to fill it soon, and no busy mothers please.', 'email', [['circumstance-excluded', 'no busy mothers', 26]]],
  ] as const)('flags %j', (text, context, expected) => {
    expect(found(text, context)).toEqual(expected);
  });

  it.each([
    // Who is there, not who may apply.
    'There are no teenagers on the ward this week.',
    'We have no parents on the interview panel.',
    'No students were on shift when the alarm went off.',
    // Patients, their families or a service.
    'The clinic is not suitable for parents with prams.',
    'We do not want parents to wait more than an hour.',
    // A reason the post has, or a welcome.
    'Student nurses need not apply, as the post needs NMC registration.',
    'We warmly welcome returners and career changers.',
    'Students will not be considered part of the staffing numbers.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['No recent graduates, please.', 'age-graduate'],
    ['Single dads will not be considered for this post.', 'caring-responsibilities'],
  ])('yields %j to the rule on the group\'s own words', (text, rule) => {
    expect(analyse(text, { context: 'advert', minWordsForStatements: 0 }).findings.map((f) => f.ruleId)).toEqual([rule]);
  });
});

describe('a body demanded with a job word as its head (physique-demanded)', () => {
  it.each([
    ['For nights we want a healthy porter.', [['physique-demanded', 'want a healthy porter', 14]]],
    ['Ideally a tall pharmacist for the top shelves.', [['physique-demanded', 'Ideally a tall pharmacist', 0]]],
  ] as const)('flags %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // Words whose other sense is common before a job word, and a healthy thing rather than a person.
    'We need a strong leader and a big-picture thinker as our new manager.',
    'We are building a healthy workforce and a healthy team culture.',
    'You will run the healthy eating group with the dietitian.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('looks demanded in idioms of grooming (looks-demanded)', () => {
  it.each([
    ["You'll greet everyone who comes in, so you must be impeccably turned out.", [['looks-demanded', 'must be impeccably turned out', 43]]],
    ['Essential\n- Perfectly groomed\n- Till experience', [['looks-demanded', 'Perfectly groomed', 12]]],
  ] as const)('flags %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each(['Our waiting room is always perfectly presented.', 'The audit reports are impeccably presented.'])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('availability without bounds as an expectation (unbounded-availability)', () => {
  it.each([
    ['You will be expected to be permanently contactable.', [['unbounded-availability', 'permanently contactable', 27]]],
    ['The ideal person is happy to be first in and last out.', [['unbounded-availability', 'first in and last out', 32]]],
  ] as const)('flags %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'The duty manager is always contactable on the bleep for patients.',
    'Shifts are 8am to 4pm; you will not be expected to be the last to leave.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

/** Every finding, as [rule, text, start]. */
function all(text: string, context: 'advert' | 'email' = 'email'): [string, string, number][] {
  const report = analyse(text, { context, minWordsForStatements: 0, settings: { categories: { 'plain-english': false } } });
  return report.findings.map((f) => [f.ruleId, f.text, f.start]);
}

describe('an item of a list under a line that asks for it is a demand, as a criterion is', () => {
  it('flags bare items under "what we would like:"', () => {
    expect(all('What we would like from the bank:\n- aged under 35\n- contactable around the clock')).toEqual([
      ['age-limit', 'under 35', 41],
      ['availability-24-7', 'contactable around the clock', 52],
    ]);
  });

  it('flags a bare item under "Requirements:"', () => {
    expect(all('Requirements:\n- own scrubs\n- over 21 and under 40')).toEqual([
      ['age-limit', 'over 21', 29],
      ['age-limit', 'under 40', 41],
    ]);
  });

  it.each([
    // A list of what is offered, and an item that counts the work asked for.
    'What we offer:\n- discounts for staff under 30\n- cover at short notice paid at time and a half',
    'What we need from the bank this week:\n- 3 shifts at short notice\n- 2 long days',
  ])('passes %j', (text) => {
    expect(all(text)).toEqual([]);
  });
});

describe('a characteristic that ends a relative clause on the person wanted (person-demanded)', () => {
  it.each([
    ["We're hoping for a runner who is cheerful, keen to learn, and who is tall.", [['physique-demanded', 'tall', 69]]],
  ] as const)('flags %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // "who" said of patients, or a clause that is not the writer's want.
    'We want patients who are healthy enough to go home discharged before noon.',
    'The ward has a healthcare assistant who is tall and strong.',
    'We support carers who are healthy and those who are not.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

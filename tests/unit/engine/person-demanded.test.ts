import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

const RULES = ['physique-demanded', 'looks-demanded', 'residence-demanded', 'birthplace-demanded', 'faith-demanded'];

/** The findings of the demand rules, as [rule, text, start]. */
function demanded(text: string, context: 'advert' | 'email' = 'email'): [string, string, number][] {
  const report = analyse(text, { context, minWordsForStatements: 0, settings: { categories: { 'plain-english': false } } });
  return report.findings.filter((f) => RULES.includes(f.ruleId)).map((f) => [f.ruleId, f.text, f.start]);
}

describe('a characteristic demanded of the person without a modal (person-demanded)', () => {
  it.each([
    // Listed bare, as a criterion or a list item.
    ['Essential\n- NVQ level 2\n- Tall and slim\n- Able to use a PC', 'advert', [['physique-demanded', 'Tall and slim', 26]]],
    ['Person specification\nEssential\n- Brought up locally\n- Good written English', 'advert', [['birthplace-demanded', 'Brought up locally', 33]]],
    ['Requirements:\n- Lives nearby\n- Forklift licence', 'email', [['residence-demanded', 'Lives nearby', 16]]],
    ['Essential\n- CSCS card\n- Good balance, able to work at height all shift', 'advert', [['physique-demanded', 'at height all shift', 51]]],
    ['Essential\n- Able to physically lift an adult\n- Clean DBS', 'advert', [['physique-demanded', 'Able to physically lift', 12]]],
    // An exclusion of the kind of person.
    ['For the stores job: nobody too slight, please.', 'email', [['physique-demanded', 'nobody too slight', 20]]],
    ['And no one from Africa or Asia this round.', 'email', [['birthplace-demanded', 'no one from Africa', 4]]],
    // An instruction to the panel or an agency.
    ["Before the interviews, can you check they're strong?", 'email', [['physique-demanded', "can you check they're strong", 23]]],
    ['Please make sure whoever you book is pretty.', 'email', [['looks-demanded', 'pretty', 37]]],
    ['Please make sure they grew up round here.', 'email', [['birthplace-demanded', 'Please make sure they grew up round here', 0]]],
    ['Can you check the agency staff have a British address history?', 'email', [['birthplace-demanded', 'British address history', 38]]],
    ['Ideally a receptionist with the right surname for a village practice.', 'email', [['birthplace-demanded', 'right surname', 32]]],
    ['2. Priya: good answers, and she has the right look we need on the counter.', 'email', [['looks-demanded', 'right look', 40]]],
    // A requirement or a want.
    ["For the porters you'll need bags of energy and a good back.", 'email', [['physique-demanded', "you'll need bags of energy", 16]]],
    ['Ideally somebody local to the depot.', 'email', [['residence-demanded', 'Ideally somebody local to', 0]]],
    // Glamour and grooming are appearance-led's words, which this reading gives way to.
    ['We want glamorous and always well groomed staff on the desk.', 'email', []],
    ['We want staff of striking appearance on the desk.', 'email', [['looks-demanded', 'want staff of striking appearance', 3]]],
    // A faith or its practice demanded (added after round 11's unseen measurement).
    ['Essential\n- Level 2 customer service\n- Weekly temple attendance\n- Able to use a till', 'advert', [['faith-demanded', 'Weekly temple attendance', 39]]],
    ['Ideally someone with strong Christian values for the front desk.', 'email', [['faith-demanded', 'Ideally someone with strong Christian values', 0]]],
    // A faith noted of someone is faith-noted's, which this reading gives way to.
    ['Ideally a devout Catholic, as the rest of the reception team are.', 'email', []],
  ] as const)('flags %j', (text, context, expected) => {
    expect(demanded(text, context)).toEqual(expected);
  });

  it.each([
    // A thing, not the person.
    'You must have strong IT skills and be strong in clinical reasoning.',
    'We need a strong and experienced clinical leader.',
    'We are a small team in a large building with local parking.',
    'We offer an attractive salary, and the ward is pretty busy.',
    'You will need good strength of character.',
    'Essential\n- Fitness instructor qualification\n- Experience of strength and balance classes',
    // Wellbeing, outreach and statements, not demands.
    'We want our staff to stay healthy and well.',
    // A faith of the organisation or of patients, stated, not asked of the person.
    'St Anne\'s Hospice was founded on Catholic values and welcomes staff of every faith and none.',
    'Many of our patients are devout Muslims, and the ward has a prayer room.',
    'We particularly want to recruit local people into healthcare careers.',
    'We are keen to hear from local people.',
    'Nobody from round here applied last time.',
    'No one is too small to make a difference.',
    'Please send strong candidates only.',
    // Patients and services.
    'The clinic is not suitable for anyone who is small or frail.',
    'Our patients must be well enough to travel home.',
    // The fair version: the task with its equipment, the need itself.
    'Good physical strength helps with moving patients; hoists are provided and full training is given.',
    'Ideally someone local who knows the area and its bus routes.',
    'You must live within 30 minutes of the hospital when on call.',
    'Must be local or willing to relocate.',
    "You won't need to be tall for this desk-based post.",
    'We rotate the team so that nobody is lifting all day.',
    'Essential\n- Able to physically restrain patients, with full PMVA training given',
    'No one who is lifting all day gets a break, which we are changing.',
  ])('passes %j', (text) => {
    expect(demanded(text, 'advert')).toEqual([]);
    expect(demanded(text, 'email')).toEqual([]);
  });
});

describe('regional speech wanted (origin-judged, from the origin field)', () => {
  const origin = (text: string) =>
    analyse(text, { context: 'email', minWordsForStatements: 0, settings: { categories: { 'plain-english': false } } })
      .findings.filter((f) => f.ruleId === 'origin-judged')
      .map((f) => [f.text, f.start]);

  it('flags a want for someone who speaks broad dialect', () => {
    expect(origin('We would really like a porter who talks broad Geordie.')).toEqual([['like a porter who talks broad', 16]]);
  });

  it('passes speech described of patients', () => {
    expect(origin('Many of our patients speak broad Scots, so a translator app is on every ward.')).toEqual([]);
  });
});

describe('an instruction to the panel or an agency about a characteristic (judgement vocabulary)', () => {
  const judged = (text: string) =>
    analyse(text, { context: 'email', minWordsForStatements: 0, settings: { categories: { 'plain-english': false } } })
      .findings.filter((f) => f.ruleId === 'family-judged' || f.ruleId === 'faith-judged')
      .map((f) => [f.ruleId, f.text, f.start]);

  it.each([
    ['Before Thursday, please check they have no kids under five.', [['family-judged', 'check they have no kids', 24]]],
    ["Make sure whoever you send isn't Muslim this time.", [['faith-judged', "Make sure whoever you send isn't Muslim", 0]]],
  ] as const)('flags %j', (text, expected) => {
    expect(judged(text)).toEqual(expected);
  });

  it.each(['Please make sure the children on the ward have their lunch.', 'Check they know the Muslim prayer room is on level 2 for patients.'])('passes %j', (text) => {
    expect(judged(text)).toEqual([]);
  });
});

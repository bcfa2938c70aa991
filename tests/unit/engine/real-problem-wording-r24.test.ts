import { describe, expect, it } from 'vitest';
import { read, type Found } from './read-findings';

// Round 24, a third set of problem wording real employers used (engine-62), weighted to adverts and
// person specifications, notes between managers, HR and agencies, references and interview
// questions. Each reading in other words than the sources, with a trap for the sense it leaves out.

describe('a height demanded of the person', () => {
  it.each<[string, Found]>([
    ['Porters must be taller than 175 cm.', [['physique-demanded', 'must be taller than', 8]]],
    ['Staff must meet a minimum height requirement of 160 cm.', [['physique-demanded', 'must meet a minimum height', 6]]],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it.each([
    'Patients taller than 190 cm need the long bed.',
    'The new atrium is taller than the old one.',
    'The hoist has a height requirement for the ceiling track.',
  ])('leaves a height of patients, a building or equipment: %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('domestic commitments held against the person', () => {
  it('flags a post said to suit someone with few of them', () => {
    expect(read('This post would suit a person with few domestic commitments.')).toEqual([['family-judged', 'suit a person with few domestic commitments', 16]]);
  });
  it('flags a post refused to whoever collects children from school or nursery', () => {
    expect(read('Not suitable if you have to pick up your children from nursery.')).toEqual([
      ['family-judged', 'Not suitable if you have to pick up your children from nursery', 0],
    ]);
  });
  it.each(['We can talk about your domestic responsibilities when we plan the rota.', 'Parents can pick up their children from nursery at 5.'])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a clean-cut look asked for', () => {
  it.each<[string, Found]>([
    ['You must look clean-cut at all times.', [['appearance-led', 'look clean-cut', 9]]],
    ['A clean cut appearance is required.', [['appearance-led', 'clean cut appearance', 2]]],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it('leaves a cut that is clean', () => {
    expect(read('Make a clean cut across the tape.')).toEqual([]);
  });
});

describe('time off held against a candidate in a note or a reference', () => {
  it('flags a lot of time off with a doubt about coping', () => {
    expect(read("He has had considerable time off sick and I doubt he'd cope with nights.", 'email')).toEqual([
      ['condition-doubted', 'considerable time off sick and I doubt', 11],
    ]);
  });
  it('leaves time off the employer gives', () => {
    expect(read('Staff can take time off work to study.', 'email')).toEqual([]);
  });
});

describe('hiring or re-employing refused, negated, for what follows', () => {
  it.each<[string, Found]>([
    ["We won't re-employ him given his back problems.", [['condition-doubted', "won't re-employ him given his back problems", 3]]],
    ['I would not recommend him because of his stammer.', [['condition-doubted', 'not recommend him because of his stammer', 8]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it('leaves a refusal to hire for a reason about the post', () => {
    expect(read('We would not hire anyone until the funding is agreed.', 'email')).toEqual([]);
  });
});

describe('a candidate asked about, or talked about, having a baby', () => {
  it('flags the question', () => {
    expect(read('Are you thinking about getting pregnant?', 'question')).toEqual([['question-pregnancy', 'Are you thinking about getting pregnant', 0]]);
  });
  it('flags the same asked of a candidate in a note', () => {
    expect(read("I need to know whether she's going to have kids.", 'email')).toEqual([['question-pregnancy', "whether she's going to have kids", 15]]);
  });
  it.each(['Are you planning to get the bus?', 'Is she going to have a break before starting?'])('leaves %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

describe("questions about a candidate's partner", () => {
  it.each<[string, Found]>([
    ['Would your girlfriend mind the night shifts?', [['question-marital-status', 'Would your girlfriend mind', 0]]],
    ['What would your wife think about the travel?', [['question-marital-status', 'What would your wife think', 0]]],
    ['What happens if you fall out with your partner?', [['question-marital-status', 'fall out with your partner', 20]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it.each(['Would your manager mind us contacting them?', 'What would your patients say about you?'])('leaves %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

describe("questions about the candidate's age in further words", () => {
  it.each<[string, Found]>([
    ['Would your age be an issue with the team?', [['question-age', 'Would your age be an issue', 0]]],
    ['Does your age affect how you work?', [['question-age', 'Does your age affect', 0]]],
    ['Were you born in 1980?', [['question-age', 'Were you born in 1980', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
});

describe('"were you born" asks when as well as where', () => {
  it('reads "what year were you born" as a question about age only', () => {
    expect(read('What year were you born?', 'question')).toEqual([['question-age', 'What year were you born', 0]]);
  });
  it('still reads "were you born" followed by a place as a question about origin', () => {
    expect(read('Were you born in Leeds?', 'question')).toEqual([['question-nationality', 'Were you born', 0]]);
  });
});

describe('where a candidate grew up', () => {
  it('flags "growing up" after "where"', () => {
    expect(read('Where were you living when you were growing up?', 'question')).toEqual([
      ['question-nationality', 'Where were you living when you were growing up', 0],
    ]);
  });
  it.each(['Where do you want to grow in this role?', 'Where do you see yourself growing in five years?'])('leaves growing in a career: %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

describe('a car asked about at interview', () => {
  it('flags the question', () => {
    expect(read('Have you got your own car?', 'question')).toEqual([['question-car', 'Have you got your own car', 0]]);
  });
  it.each(['Have you got your own stethoscope?', 'How would you travel between the two sites?'])('leaves %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

describe('candidates of one colour or people asked of an agency', () => {
  it.each<[string, Found]>([
    ['Only send white applicants, please.', [['origin-judged', 'Only send white applicants', 0]]],
    ["We don't want Hispanics on the night shift.", [['origin-group-label', 'Hispanics', 14]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(['White applicants were more likely to be shortlisted than Black applicants.', 'Our patients include many Latinos.'])('leaves equality figures and patients: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('a post "pitched at" a career stage', () => {
  it('flags the stage it is pitched at', () => {
    expect(read("We're pitching the role at newly qualified candidates.", 'email')).toEqual([['age-recently-qualified-preferred', 'newly qualified', 27]]);
  });
  it('leaves a post pitched at a band', () => {
    expect(read('We are pitching the role at band 6.', 'email')).toEqual([]);
  });
});

describe('another language demanded with no reason the job needs it', () => {
  it.each<[string, Found]>([
    ['Kitchen porter wanted. Must be Romanian speaking.', [['language-demanded', 'Must be Romanian speaking', 23]]],
    ['Punjabi speakers only.', [['language-demanded', 'Punjabi speakers only', 0]]],
    ['You must speak fluent Tamil.', [['language-demanded', 'must speak fluent Tamil', 4]]],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it.each([
    'You must speak Somali to support the Somali-speaking families on our caseload.',
    'Speaking Bengali would be an advantage.',
    'You do not need to speak Polish.',
  ])('leaves a language the job needs, a desirable one or one not asked for: %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a colour asked for as the person wanted', () => {
  it.each<[string, Found]>([
    ['The bank nurse for Friday has to be white.', [['colour-demanded', 'has to be white', 26]]],
    ['Send over white, please.', [['colour-demanded', 'Send over white', 0]]],
    ['Asian only for the weekend shifts.', [['colour-demanded', 'Asian only', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(['Staff uniform: tunics must be white.', 'The mug has to be black.', 'Please send over black and white copies of your certificates.'])('leaves a colour of things: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe("a candidate asked whether they mind a manager of one sex", () => {
  it.each<[string, Found]>([
    ['How would you feel about taking orders from a woman?', [['question-boss-sex', 'feel about taking orders from a woman', 14]]],
    ['Would you be happy being managed by a man?', [['question-boss-sex', 'happy being managed by a man', 13]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it.each(['Are you comfortable reporting to a manager based at another site?', 'Are you happy working with a female chaperone present?'])('leaves %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { read, type Found } from './read-findings';

// Round 25, a fourth set of problem wording real employers used (engine-65), weighted to interview
// questions about partners, children and pregnancy, reference requests about absence and family
// leave, agency and locum messages, and notes that hold a faith, a sexuality or a family against a
// candidate. Each reading in other words than the sources, with a trap for the sense it leaves out.

describe('a partner or a wedding asked about in further words', () => {
  it.each<[string, Found]>([
    ['Would your wife be happy with you working nights?', [['question-marital-status', 'Would your wife', 0]]],
    ['Does your fiancee work locally?', [['question-marital-status', 'Does your fiancee', 0]]],
    ['Would you be moving with your husband?', [['question-marital-status', 'moving with your husband', 13]]],
    ['Do you have a working wife?', [['question-marital-status', 'Do you have a working wife', 0]]],
    ['Are you hoping to get married soon?', [['question-marital-status', 'Are you hoping to get married', 0]]],
    ['Who do you live with at the moment?', [['question-marital-status', 'Who do you live with', 0]]],
    ['You have a husband, then?', [['question-marital-status', 'You have a husband', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it.each([
    'Will your partner organisation fund the post?',
    'Could your practice release you for training?',
    'Would your referee be happy to be contacted?',
  ])('leaves a partner organisation, a practice or a referee: %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

describe('children and family weighed against the job in a question', () => {
  it.each<[string, Found]>([
    ['Do you have or want to have kids?', [['question-children', 'Do you have or want to have kids', 0]]],
    ['How would you juggle the job and kids?', [['question-children', 'How would you juggle the job and kids', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it.each(['How do you balance clinical work and teaching?', 'How would you juggle competing deadlines?'])('leaves other things balanced: %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

describe('contraception and the timing of a pregnancy asked about', () => {
  it.each<[string, Found]>([
    ['Are you taking the pill?', [['question-pregnancy', 'Are you taking the pill', 0]]],
    ['Do you use contraception?', [['question-pregnancy', 'Do you use contraception', 0]]],
    ['When are you planning to become pregnant?', [['question-pregnancy', 'When are you planning to become pregnant', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it.each(['Do you use the electronic prescribing system?', 'When are you planning to start?'])('leaves %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

describe('celibacy, a sex life and weight asked about', () => {
  it.each<[string, Found]>([
    ['Would you stay celibate if appointed?', [['question-orientation', 'Would you stay celibate', 0]]],
    ['Tell me about your sex life.', [['question-orientation', 'Tell me about your sex life', 0]]],
    ['What is your weight?', [['question-health', 'What is your weight', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it.each([
    'Tell me about your clinical history.',
    'Are you comfortable discussing sexual health with patients?',
    'What do you weigh up when you prioritise a caseload?',
  ])('leaves %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

describe("the person's own possessive opening what a note holds against them", () => {
  it.each<[string, Found]>([
    ['Her faith could be a problem on Fridays.', [['faith-judged', 'Her faith could be a problem', 0]]],
    ['His sexuality might be an issue with some of the team.', [['orientation-judged', 'His sexuality might be an issue', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(['Her faith is her own business.', 'Their religion was never discussed.'])('leaves a faith named without a judgement: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('a relationship, a run of babies and a poor fit held against a candidate', () => {
  it.each<[string, Found]>([
    ['We need to know if she is in a relationship before we decide.', [['family-judged', 'need to know if she is in a relationship', 3]]],
    ['Not sure about her; she has had one baby after another.', [['family-judged', 'Not sure about her; she has had one baby after another', 0]]],
    ['He seems a poor fit, as he is so religious.', [['faith-judged', 'a poor fit, as he is so religious', 9]]],
    ["I'd warn against hiring anyone with young kids.", [['family-judged', 'against hiring anyone with young kids', 9]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'We support patients in a relationship with a controlling partner.',
    'We warn against hiring without references.',
    'She runs a family business, which could be a problem for the rota.',
  ])('leaves patients, a warning about process and a family business: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('absence and family leave asked of a referee', () => {
  it.each<[string, Found]>([
    ['Could you also ask for his sickness record?', [['absence-asked', 'ask for his sickness record', 15]]],
    ['How much time off work has she had this year?', [['absence-asked', 'How much time off work has she had', 0]]],
    ['Please state their total periods of absence.', [['absence-asked', 'their total periods of absence', 13]]],
    ['Weeks the candidate has taken maternity leave:', [['question-family-leave', 'Weeks the candidate has taken maternity leave', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'How much time off work have you got for the course?',
    'The policy sets out the longest period of absence before a review.',
    'Our nurses have taken maternity leave in the past.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('one sex asked for in a booking, a brief or a claim', () => {
  it.each<[string, Found, 'email' | 'advert']>([
    ['Men make better porters.', [['one-sex-advert', 'Men make better', 0]], 'email'],
    ['Please book female bank HCAs for Saturday.', [['one-sex-advert', 'female bank HCAs', 12]], 'email'],
    ['Female cleaning and catering staff wanted.', [['one-sex-advert', 'Female cleaning and catering staff wanted', 0]], 'advert'],
  ])('flags %j', (text, expected, context) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, 'email' | 'advert']>([
    ['Please book a female chaperone for the patient.', 'email'],
    ["Book a female nurse for Mrs Ahmed's coil check.", 'email'],
    ['Male and female cleaning staff wanted.', 'advert'],
  ])('leaves a chaperone or a clinician booked for a patient, and both sexes: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('a colour hyphenated to "only", a visa held, a name to be changed', () => {
  it.each<[string, Found]>([
    ['Agency brief: white-only temps please.', [['colour-demanded', 'white-only', 14]]],
    ['Candidates with a spouse visa will not be considered.', [['visa-holders-refused', 'Candidates with a spouse visa', 0]]],
    ['Could she adopt an English name at work?', [['name-judged', 'adopt an English name', 10]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'White-only labels go on the specimen bags.',
    'Candidates with a spouse visa are welcome to apply.',
    "Use the patient's preferred name.",
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('mums, managing one sex and a suitable fit', () => {
  it('flags a mum returning as the person wanted', () => {
    expect(read('We are keen to hear from a mum looking to return to work.')).toEqual([['working-mums', 'a mum looking to return to work', 25]]);
  });
  it('flags managing one sex asked about', () => {
    expect(read('Are you comfortable managing men?', 'question')).toEqual([['question-boss-sex', 'comfortable managing men', 8]]);
  });
  it('flags a suitable fit for the team', () => {
    expect(read('Sadly not a suitable fit for the team.', 'email')).toEqual([['culture-fit', 'suitable fit for the team', 12]]);
  });
  it.each<[string, 'email' | 'advert' | 'question']>([
    ['We support staff returning to work after maternity leave.', 'advert'],
    ['Are you comfortable managing a budget?', 'question'],
    ['Check the respirator is a suitable fit for your face.', 'email'],
  ])('leaves %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('guidance that names the discrimination it warns of', () => {
  it('leaves "objectively justified" and recent graduates in a sentence about age discrimination', () => {
    expect(read('Criteria must be objectively justified.')).toEqual([]);
    expect(read('Asking for recent graduates can be age discrimination.')).toEqual([]);
  });
  it('still flags recent graduates asked for', () => {
    expect(read('Recent graduates wanted.')).toEqual([['age-graduate', 'Recent graduates', 0]]);
  });
});

describe('a mental illness asked of the applicant on a form', () => {
  it('flags it', () => {
    expect(read('Have you ever been treated for a mental illness?')).toEqual([['health-disclosure', 'mental illness', 33]]);
  });
  it.each(['Have you ever had experience of supporting people with a mental illness?', 'Our team supports adults with a mental illness.'])(
    'leaves experience of it and a service: %j',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
});

describe('a candidate the writer can reach is someone in particular', () => {
  it('leaves her pronoun in an e-mail about one candidate', () => {
    expect(read('Please ring the candidate and let her know the outcome.', 'email')).toEqual([]);
  });
  it('still flags the post-holder as "she" in an e-mail', () => {
    expect(read('The successful candidate will bring her own stethoscope.', 'email')).toEqual([['generic-pronoun', 'her', 36]]);
  });
});

describe('a plan B for the children demanded', () => {
  it('flags it', () => {
    expect(read('Have you got a plan B for the children in the holidays?', 'email')).toEqual([['caring-responsibilities', 'plan B for the children', 15]]);
  });
  it('leaves a plan B for a clinic', () => {
    expect(read('Our plan B for the clinic is a locum.', 'email')).toEqual([]);
  });
});

// Mended after the unseen check (engine-65-real/unseen.ts), so that check is no longer unseen.
describe('citizenship, national origin and skin colour asked', () => {
  it.each<[string, Found]>([
    ['Which citizenship do you have?', [['question-nationality', 'Which citizenship do you', 0]]],
    ["What's your national origin, out of interest?", [['question-nationality', "What's your national origin", 0]]],
    ['What is your complexion described as?', [['question-nationality', 'What is your complexion', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it.each(['What colour scheme do you prefer?', 'Which languages do you speak?'])('leaves %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

describe('religious holidays, a place of worship and a maiden name asked', () => {
  it.each<[string, Found]>([
    ['Which religious festivals do you keep?', [['question-religion', 'Which religious festivals do you keep', 0]]],
    ['Would you need religious holy days off?', [['question-religion', 'Would you need religious holy days off', 0]]],
    ['What is your place of worship?', [['question-religion', 'What is your place of worship', 0]]],
    ["What's your maiden name?", [['question-marital-status', "What's your maiden name", 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it.each(['Which holidays do you need off in August?', 'What is your preferred name?'])('leaves %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

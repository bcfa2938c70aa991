import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 25, therapy, orthoptics, midwifery, psychology, primary care, facilities and children's
// hospital posts and shortlisting guidance: each reading in other words than the pages that showed it.

describe('"over" or "under" before a range counted in months or weeks is a duration', () => {
  it.each([
    'The programme runs over 12-15 months on placement.',
    'Induction runs over 10 to 12 weeks on the ward.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags an age', () => {
    expect(read('Applicants over 40 will not be shortlisted.')).toEqual([['age-limit', 'over 40', 11]]);
  });
});

describe("a known abbreviation's expansion written with another form of its words explains it", () => {
  it.each([
    'Senior Speech & Language Therapist. You will supervise the SLT assistants.',
    "We are growing our speech and language therapists' team, and SLT students join us each spring.",
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['Join the SLT team this spring.', 'SLT', 9],
    // Another expansion than the dictionary's, not tied to the letters, stays to be explained.
    ['Band 7 First Contact Physiotherapist. Our FCP clinics run every weekday.', 'FCP', 42],
  ])('flags %j', (text, word, start) => {
    expect(read(text)).toEqual([['unexpanded-acronym', word, start]]);
  });
});

describe('square brackets after a name explain its letters as round ones do', () => {
  it('leaves the letters after their name', () => {
    expect(read('Our Paediatric Intensive Care Unit [PICU] has twelve beds.')).toEqual([]);
  });
  it('flags letters whose brackets say something else', () => {
    expect(read('The PICU team works nights [rota attached].')).toEqual([['unexpanded-acronym', 'PICU', 4]]);
  });
});

describe('"St" in a place\'s name gives both its letters', () => {
  it('leaves a trust named by its initials', () => {
    expect(read('Bramley and St Agnes Hospitals is recruiting. BSTA staff get free parking.')).toEqual([]);
  });
  it('reads no letters from a title before a name', () => {
    expect(read('Experience of PMR systems is useful. Send your CV to the Lead Pharmacist, Mr Lowe.')).toEqual([['unexpanded-acronym', 'PMR', 14]]);
  });
});

describe('a pay band run into its letter, where the text writes the band, is no jargon', () => {
  it('leaves "B5" and "B6" beside "Band 5" and "Band 6"', () => {
    expect(read('Newly qualified staff start on B5. This Band 5 post moves to Band 6 after a year, and B6 pay follows.')).toEqual([]);
  });
  it.each([
    ['A B7 post in our memory service.', 'B7', 2],
    ['Check vitamin B6 levels in this Band 5 role.', 'B6', 14],
  ])('flags %j', (text, word, start) => {
    expect(read(text)).toEqual([['unexpanded-acronym', word, start]]);
  });
});

describe('"objective" said of a process is fairness, not a trait', () => {
  it.each([
    'Applications are scored in a fair and objective manner.',
    'The panel reaches an objective decision from the scores.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it.each([
    ['You will stay objective when families are upset.', 'masculine-objective', 'objective', 14],
    ['Please act in a decisive manner on the ward.', 'masculine-decisive', 'decisive', 16],
  ])('flags the person in %j', (text, rule, word, start) => {
    expect(read(text)).toEqual([[rule, word, start]]);
  });
});

describe('the pay point new graduates start on is no call for graduates', () => {
  it('leaves the band a graduate starts on', () => {
    expect(read('New graduates start on Band 5 and move up once the competencies are signed off.')).toEqual([]);
  });
  it('flags a post pitched at graduates', () => {
    expect(read('The post suits new graduates.')).toEqual([['age-graduate', 'new graduates', 15]]);
  });
});

describe('NHS experience made a condition is flagged at the default setting', () => {
  it.each([
    ['Candidates must have experience in the NHS.', 'experience in the NHS', 21],
    ['You must have previous experience working in the NHS.', 'experience working in the NHS', 23],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['nhs-experience-essential', words, start]]);
  });
  it.each([
    'NHS experience is desirable but not essential.',
    'Previous NHS experience is essential, or equivalent experience in private practice.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a quality named by its noun has no head after "and"', () => {
  it.each([
    ['Physical fitness and knowledge of safe lifting techniques help you on long shifts.', 'Physical fitness', 0],
    ['You need physical fitness and knowledge of handling techniques.', 'physical fitness', 9],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['physically-fit', words, start]]);
  });
  it.each([
    "Our physiotherapists rebuild patients' physical fitness and confidence after surgery.",
    'The staff gym supports physical fitness and wellbeing.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

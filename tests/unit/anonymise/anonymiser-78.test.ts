import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 40 (helper anonymiser-78): the 22nd audit on real first-person staff stories. Each detail they let through is mended
// by a general reading; the cases here are fresh lines in our own words, each with a near case that must stay.

describe('age: a stage of a working life reached at an age closing the clause', () => {
  test.each([
    ['I chose to retire at 58. Bank shifts keep me busy.', 'I chose to retire at [AGE]. Bank shifts keep me busy.'],
    ['I retired at 61 and came back as a locum.', 'I retired at [AGE] and came back as a locum.'],
    ['I finished my pharmacy degree apprenticeship at 47, alongside work.', 'I finished my pharmacy degree apprenticeship at [AGE], alongside work.'],
    ['I retrained at 39, then joined the surgery team.', 'I retrained at [AGE], then joined the surgery team.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    'My degree at 21 sites ran in parallel.',
    'I supported a patient who retired at 62.',
    'Our retirement clinic starts at 19:30.',
    'I returned to work after my apprenticeship at 20 to 8 each morning.',
  ])('stays: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('age: a decade of life by its order', () => {
  test('as I reach my fifth decade', () => {
    expect(redact('As I reach my fifth decade I want a new challenge.')).toBe('As I reach my [AGE] I want a new challenge.');
  });
  test('a decade of a career stays', () => {
    const text = 'I am now in my third decade of practice nursing.';
    expect(redact(text)).toBe(text);
  });
});

describe('nationality: "National" in capitals closing its clause', () => {
  test('A Latvian National, I …', () => {
    expect(redact('A Latvian National, I trained in Riga before moving here.')).toContain('A [NATIONALITY], I trained');
  });
  test('a body named with National stays', () => {
    const text = 'I follow the British National Formulary daily.';
    expect(redact(text)).toBe(text);
  });
});

describe('origin: a country abroad the writer went back to, or lived in', () => {
  test.each([
    ['After school I moved back to Ghana with my aunt.', 'After school I moved back to [PLACE OF ORIGIN] with [FAMILY].'],
    ['I hope to return to Kenya one day.', 'I hope to return to [PLACE OF ORIGIN] one day.'],
    ['My early life in Guyana shaped my values.', 'My early life in [PLACE OF ORIGIN] shaped my values.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    'I returned to Sheffield to take up a band 6 post.',
    'Patients who returned to Poland were discharged with a letter.',
    'My life in general practice is busy.',
  ])('stays: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('family: a later child told short after the first', () => {
  test('and my third in 2004', () => {
    expect(redact('I took a break when my first son arrived in 2001 and my third in 2004.')).toBe(
      'I took a break when [FAMILY] arrived in 2001 and [FAMILY] in 2004.',
    );
  });
  test('a second exam stays', () => {
    const text = 'I sat my first exam in 2012 and my second in 2013.';
    expect(redact(text)).toBe(text);
  });
});

describe('sexual orientation: the writer naming their own', () => {
  test('because of my sexuality', () => {
    expect(redact('I left that post because of my sexuality and the abuse it drew.')).toBe(
      'I left that post because of [SEXUAL ORIENTATION] and the abuse it drew.',
    );
  });
  test("patients' sexuality stays", () => {
    const text = 'I ask patients about their sexuality only where it is clinically relevant.';
    expect(redact(text)).toBe(text);
  });
});

describe('health: speech therapy the writer received', () => {
  test('I had speech and language therapy', () => {
    expect(redact('At primary school I had speech and language therapy for a stammer.')).toContain('I had [HEALTH]');
  });
  test('therapy the writer trains in stays', () => {
    const text = 'I had speech and language therapy training as part of my stroke rotation.';
    expect(redact(text)).toBe(text);
  });
});

describe('health: a clinical placement the writer did with a condition word', () => {
  test.each(['I enjoyed my stroke rotation most.', 'I chose my epilepsy placement for its caseload.'])('stays: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
  test('the writer\'s own stroke still goes', () => {
    expect(redact('I had a stroke in 2019 and returned part-time.')).toContain('[HEALTH]');
  });
});

describe('year: a decade after a qualification word', () => {
  test('graduated in the late 1980s', () => {
    expect(redact('I graduated in the late 1980s from Leeds.')).toBe('I graduated in the late [YEAR] from Leeds.');
  });
  test('a decade of work stays', () => {
    const text = 'Since the 1990s I have worked in general practice.';
    expect(redact(text)).toBe(text);
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 48 (helper mend-48d): findings of review 48d on anonymiser-102, each mended by a general reading, with the
// reviewer's cases, a fresh line in our own words and a near case that must stay.

describe('a surname that is also a place’s word, before a word in lower case', { timeout: 30_000 }, () => {
  test('after a title and a given name it ends the name before "in", "on", "and", "was"', () => {
    expect(redact('I was mentored by Mrs Jane Ward in 2019.')).toBe('I was mentored by [NAME 1] in 2019.');
    expect(redact('Mrs Jane Ward on nights.')).toBe('[NAME 1] on nights.');
    expect(redact('Mrs Jane Ward and Mr Ali supervised me.')).toBe('[NAME 1] and [NAME 2] supervised me.');
    expect(redact('My preceptor was Mr David Marsh on the renal ward.')).toBe('My preceptor was [NAME 1] on the renal ward.');
  });

  test('before a word of work or a round it stays the ward', () => {
    expect(redact('Ask Ms Rita Ward manager cover for Bay 3.')).toBe('Ask Ms Rita Ward manager cover for Bay 3.');
    expect(redact('With Dr Ali Ward round daily.')).toBe('With Dr Ali Ward round daily.');
  });
});

describe('a district in brackets after a town, in a trainee’s line', { timeout: 30_000 }, () => {
  test('a town after "in" is a place, whatever post comes before it', () => {
    expect(redact('Doctor in Hanley (ST1)')).toBe('Doctor in Hanley ([POSTCODE])');
    expect(redact('GP Registrar in Hanley (ST1)')).toBe('GP Registrar in Hanley ([POSTCODE])');
    expect(redact('Trainee in Stoke (ST4) area')).toBe('Trainee in Stoke ([POSTCODE]) area');
    expect(redact('Core trainee in Newport (NP20) rotation, 2020')).toBe('Core trainee in Newport ([POSTCODE]) rotation, 2020');
  });

  test('a specialty before a grade stays', () => {
    expect(redact('Speciality Trainee in Anaesthetics (ST4)')).toBe('Speciality Trainee in Anaesthetics (ST4)');
    expect(redact('Specialty Registrar in Rheumatology (ST5), 2018-2021')).toBe('Specialty Registrar in Rheumatology (ST5), 2018-2021');
  });
});

describe('the writer’s own visits to a clinic or unit', { timeout: 30_000 }, () => {
  test('"my" before the treatment and a visit after its place make it the writer’s care', () => {
    expect(redact('My IVF unit appointments are on Tuesdays.')).toBe('[HEALTH].');
    expect(redact('My IVF clinic appointments are on Tuesdays.')).toBe('[HEALTH].');
    expect(redact('My IVF clinic scans are early, so I start at ten.')).toBe('[HEALTH], so I start at ten.');
  });

  test('the unit as a workplace stays', () => {
    expect(redact('I worked in the IVF unit for two years.')).toBe('I worked in the IVF unit for two years.');
    expect(redact('My IVF clinic runs every Saturday.')).toBe('My IVF clinic runs every Saturday.');
    expect(redact('Our IVF unit appointments run on Saturdays for patients.')).toBe('Our IVF unit appointments run on Saturdays for patients.');
  });
});

describe('a faith described after "as a" and before "who"', { timeout: 30_000 }, () => {
  test('a lower-case "as a" mid-sentence is someone else: what they wear stays', () => {
    expect(redact('I was asked to see a man described as a Sikh who wears a kara.')).toBe('I was asked to see a man described as a [RELIGION] who wears a kara.');
  });

  test('"As a" opening the sentence or a clause is the writer', () => {
    expect(redact('As a Muslim woman who wears the hijab, I understand patients’ worries.')).toBe('As a [RELIGION] [GENDER] who [RELIGION], I understand patients’ worries.');
    expect(redact('In clinic, as a Sikh who wears a turban, I am often asked about it.')).toBe('In clinic, as a [RELIGION] who [RELIGION], I am often asked about it.');
  });
});

describe('a faith before patients, after "As a"', { timeout: 30_000 }, () => {
  test('a post for patients of a faith stays', () => {
    expect(redact("As a Muslim patients' advocate I helped them fast safely.")).toBe("As a Muslim patients' advocate I helped them fast safely.");
    expect(redact("As a Sikh patients' liaison I booked interpreters.")).toBe("As a Sikh patients' liaison I booked interpreters.");
  });

  test('the writer’s own faith goes', () => {
    expect(redact('As a Hindu, I keep a vegetarian diet.')).toBe('As a [RELIGION], I keep a vegetarian diet.');
  });
});

describe('a union listed under memberships, in any case and layout', { timeout: 30_000 }, () => {
  test('after a label in capitals or a dash, or in a list under its heading, the union goes', () => {
    expect(redact('PROFESSIONAL MEMBERSHIPS: NMC, UNISON')).toBe('PROFESSIONAL MEMBERSHIPS: NMC, [TRADE UNION]');
    expect(redact('AFFILIATIONS: NMC, UNISON')).toBe('AFFILIATIONS: NMC, [TRADE UNION]');
    expect(redact('Memberships – Unite, RCN')).toBe('Memberships – [TRADE UNION], RCN');
    expect(redact('Memberships:\nUnison')).toBe('Memberships:\n[TRADE UNION]');
    expect(redact('PROFESSIONAL MEMBERSHIPS\n• NMC registered\n• Unison')).toBe('PROFESSIONAL MEMBERSHIPS\n• NMC registered\n• [TRADE UNION]');
    expect(redact('Affiliations\n- HCPC registered\n- Unite\n- College of Paramedics')).toBe('Affiliations\n- HCPC registered\n- [TRADE UNION]\n- College of Paramedics');
  });

  test('the verb in another list, or past a blank line, stays', () => {
    expect(redact('SKILLS\n• Team work\n• Unite staff around change')).toBe('SKILLS\n• Team work\n• Unite staff around change');
    expect(redact('Memberships\n\nUnite staff around change.')).toBe('Memberships\n\nUnite staff around change.');
  });
});

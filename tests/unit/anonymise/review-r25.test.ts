import { describe, expect, it } from 'vitest';
import { anonymise } from '@/lib/anonymise';

// Round 25 review (helper mend-25a): the reviewer's examples, and fresh ones in other words, for the one reader of
// authors' lists (M3, S6), the child told with their age (S4) and the places moved to the data (S8).

const HEAD = 'Dr Farah Siddiqui\nSpecialty Doctor\n\nI work in the emergency department.\n\n';
const BODY = 'Dr [CANDIDATE]\nSpecialty Doctor\n\nI work in the emergency department.\n\n';
const redact = (text: string) => anonymise(HEAD + text).text;

describe('one reader of the authors of a publication', () => {
  it.each([
    // The reviewer's: a citation on the text's last line, with no line break after it.
    [
      'Publications\nOgunleye OA, Danjuma AB, Chan WY. Same-day emergency care in a district hospital. Emerg Med J 2021;38:12-15.',
      'Publications\n[NAME], [NAME], [NAME]. Same-day emergency care in a district hospital. Emerg Med J 2021;38:12-15.',
    ],
    // Fresh: the same under another heading, a hyphenated surname first.
    [
      'Selected papers\nAdeyemi-Cole TO, Nakamura K, Brennan PJ. Falls clinics in rural practice. BJGP Open 2020;4:1-6.',
      'Selected papers\n[NAME], [NAME], [NAME]. Falls clinics in rural practice. BJGP Open 2020;4:1-6.',
    ],
    // A section of posters and presentations vouches for a list without a year.
    [
      'Posters and presentations\nNakamura K, Osei-Bonsu AB. Hand hygiene audit on a surgical ward. Regional nursing conference.\n',
      'Posters and presentations\n[NAME], [NAME]. Hand hygiene audit on a surgical ward. Regional nursing conference.\n',
    ],
    // Both ways of writing an author in one list: the name in full is a person found again later, the initials go with theirs.
    [
      'Wei Liu, Mensah KA, Hoang TT. Sepsis screening at triage. Emerg Nurse 2022;30:4-9.\n',
      '[NAME 1], [NAME], [NAME]. Sepsis screening at triage. Emerg Nurse 2022;30:4-9.\n',
    ],
    // An author closing a column's cell beside another ("Dietetic Manager" to its left), "et al" after.
    [
      'Mrs Rhian Pugh, Renal Dietitian          1. Tanaka HS, Perera S, Aung KK, et al.\n',
      '[NAME 1], Renal Dietitian          1. [NAME], [NAME], [NAME], et al.\n',
    ],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(BODY + expected);
  });

  it.each([
    // The reviewer's: grades and wards with a year are no citation.
    'GCSEs: English A, Maths A, Double Science AA. Completed 2012.\n',
    'Ward rotations: Ward A, Ward B, Critical Care ICU. 2019-2020.\n',
    // Fresh: subjects with two letters of grade, a wider list of places, skills.
    'A-levels: Maths AB, Biology BC, Chemistry AB. 2014.\n',
    'Grades: Physics A, Further Maths AB, Chemistry B. 2016.\n',
    'Placements: Bay C, Theatre D, Recovery DB. 2018-2019.\n',
    'Skills\nMaths GCSE, Moving and Handling, Basic Life Support. Updated yearly.\n',
  ])('leaves %j', (text) => {
    expect(redact(text)).toBe(BODY + text);
  });
});

describe("one child told with their age is the writer's own, not a patient", () => {
  it.each([
    ['Married, baby aged 6 weeks, so I would start after my leave.\n', '[MARITAL STATUS], [FAMILY], so I would start after my leave.\n'],
    ['Widowed; son aged 16, at college.\n', '[MARITAL STATUS]; [FAMILY].\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(BODY + expected);
  });

  it.each([
    // The reviewer's.
    'Ward work, baby aged 6 weeks admitted with bronchiolitis; I led the family meeting.\n',
    'Worked with twins aged 3 months on the neonatal unit.\n',
    // Fresh: the writer's "I" with care given after, and a clause of work with none.
    'I worked with twins aged 3 months on the neonatal unit.\n',
    'Neonatal outreach, twins aged 5 weeks discharged home on oxygen.\n',
  ])('leaves %j', (text) => {
    expect(redact(text)).toBe(BODY + text);
  });
});

describe('countries and US states after a town, read from the data', () => {
  it.each([
    'Tao Lin\nClinical scientist in Palo Alto, CA.',
    'Tao Lin\nResearch fellow in Sophia Antipolis, France.',
  ])('leaves the place in %j', (text) => {
    expect(anonymise(text).text).toBe(text.replace('Tao Lin', '[CANDIDATE]'));
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 50 (helper mend-50d): an independent review's findings on the anonymiser, each mended by a general reading, with the
// reviewer's lines, a fresh line in our own words and a near case that must stay.

describe('a home place after the people’s word', { timeout: 60_000 }, () => {
  test('the country after a comma goes with the town', () => {
    expect(redact('I am Polish from Lodz, Poland.')).toBe('I am [NATIONALITY].');
    expect(redact('I am Yoruba from Ibadan, Nigeria, and qualified in 2012.')).toBe('I am [NATIONALITY], and qualified in [YEAR].');
    expect(redact('I am Kenyan from Kisumu, Kenya, and work nights.')).toBe('I am [NATIONALITY], and work nights.');
  });

  test('a day, a month or an institution after "from" stays', () => {
    expect(redact('I am Irish from Monday to Friday.')).toBe('I am [NATIONALITY] from Monday to Friday.');
    expect(redact('I am Nigerian from Lagos State University Teaching Hospital.')).toBe('I am [NATIONALITY] from Lagos State University Teaching Hospital.');
    expect(redact('I am Welsh from September onwards.')).toBe('I am [NATIONALITY] from September onwards.');
  });
});

describe('a role after a union membership and "and"', { timeout: 60_000 }, () => {
  test('another body’s post without an article stays', () => {
    expect(redact('Member of Unite and chair of the patient participation group.')).toBe('[TRADE UNION] and chair of the patient participation group.');
    expect(redact('Unison member and secretary of the staff social committee.')).toBe('[TRADE UNION] and secretary of the staff social committee.');
    expect(redact('Unison member and representative for patients on the trust\'s PLACE panel.')).toBe('[TRADE UNION] and representative for patients on the trust\'s PLACE panel.');
    expect(redact('GMB member and treasurer of the allotment society.')).toBe('[TRADE UNION] and treasurer of the allotment society.');
  });

  test('a union’s own role without an article joins', () => {
    expect(redact('Member of GMB and steward for the stores branch.')).toBe('[TRADE UNION].');
    expect(redact('Unite member and steward for the night porters.')).toBe('[TRADE UNION].');
  });
});

describe('a child’s age after a name and a comma', { timeout: 60_000 }, () => {
  test('an age before a full stop goes', () => {
    expect(redact('Mother of two: Jonas, 7, and Mia, 4.')).toBe('[FAMILY]: [NAME 1], [FAMILY], and [NAME 2], [FAMILY].');
    expect(redact('My son Jonas, 7.')).toBe('[FAMILY] [NAME 1], [FAMILY].');
    expect(redact('Father of one daughter: Priya, 5; she starts school soon.')).toContain('[FAMILY];');
  });

  test('a decimal after the comma stays', () => {
    expect(redact('My two children live near Leeds, 4.5 miles away.')).toContain('Leeds, 4.5 miles');
  });
});

describe('grandchildren opening a line', { timeout: 60_000 }, () => {
  test('their ages go', () => {
    expect(redact('Grandchildren: Kwame (4) and Efua (2).')).not.toMatch(/\([42]\)/);
    expect(redact('Grandsons: Olek (3) and Tymon (1).')).not.toMatch(/\([31]\)/);
  });
});

describe('a place’s number near a kin word', { timeout: 60_000 }, () => {
  test('a bay’s, ward’s or block’s number stays', () => {
    expect(redact('As a mother of two, I ran Bay C (6) and Bay D (8) on Ward 12.')).toContain('Bay C (6) and Bay D (8)');
    expect(redact('Mother of three children, and Bay Area (12) lead.')).toContain('Bay Area (12) lead');
    expect(redact('As a father of one, I led Bay F (5) on nights.')).not.toContain('([FAMILY])');
    expect(redact('Mother of two; I moved patients from Ward 7 to Block C, 4 and 5 beds at a time.')).toContain('Block C, 4 and');
  });

  test('a child’s age still goes', () => {
    expect(redact('Mother of two: Bea (6) and Cal (8).')).not.toMatch(/\([68]\)/);
  });
});

describe('a wrapped line that runs on into a capitalised word and a colon', { timeout: 60_000 }, () => {
  test('the children’s ages keep their kin word', () => {
    expect(redact('I am the mother of three children and have returned to practice after a career\nBreak: Oscar is 9, Freya is 6.')).not.toMatch(/is [96]/);
    expect(redact('I am a father of two and came back to the ward after a long parental leave\nGap: Idris is 8, Noor is 5.')).not.toMatch(/is [85]/);
  });
});

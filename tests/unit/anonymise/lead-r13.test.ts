import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 13 (lead, from what the unseen f13 set showed): fresh wordings, none from the corpus.
describe('a heading name under a document title, with initials or a shortened given name', () => {
  test.each([
    ['Curriculum Vitae\n\nR. S. Lakshmi\nStaff Nurse\n\nI nurse.', 'Curriculum Vitae\n\n[CANDIDATE]\nStaff Nurse\n\nI nurse.'],
    ['CURRICULUM VITAE\nMd. Arif Hossain Talukder\nPharmacist\n\nI dispense.', 'CURRICULUM VITAE\n[CANDIDATE]\nPharmacist\n\nI dispense.'],
    ['Supporting statement\n\nMohd. Hafiz bin Rahman\n\nI dispense.', 'Supporting statement\n\n[CANDIDATE]\n\nI dispense.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('kept: a job title under the document title', () => {
    const text = 'Curriculum Vitae\n\nStaff Nurse, Band 5\n\nI nurse.';
    expect(redact(text)).toBe(text);
  });
});

describe('a phone number just inside brackets, after a + ', () => {
  test.each([
    ['Referee: Lisbon Central Clinic (+351 21 555 0143).', 'Referee: Lisbon Central Clinic ([PHONE]).'],
    ['Bay 3 (+44 161 496 0372) after six.', 'Bay 3 ([PHONE]) after six.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('kept: a year range in brackets', () => {
    const text = 'Staff nurse, Lisbon Central Clinic (2014-2019).';
    expect(redact(text)).toBe(text);
  });
});

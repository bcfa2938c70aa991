import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 14 (lead, from what the unseen f14 set showed): fresh wordings, none from the corpus.
describe('a two-column CV merged line by line: a label and its value on two lines', () => {
  test.each([
    [
      'Contact                     PROFILE\nDate of birth:              Band 6 sonographer with\n02/11/1986                   ten years in obstetric scanning.',
      'Contact                     PROFILE\nDate of birth:              Band 6 sonographer with\n[DATE OF BIRTH]                   ten years in obstetric scanning.',
    ],
    ['DOB\n3rd March 1979\nSkills', 'DOB\n[DATE OF BIRTH]\nSkills'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('kept: a date under another label', () => {
    const text = 'Started                     Band 5 post at\n02/11/2016                  the Royal Infirmary.';
    expect(redact(text)).toBe(text);
  });

  test('an e-mail wrapped in a narrow column: its local part opens one line, its domain the next', () => {
    const text = 'Phone 07700 900 461          Seeking a Band 5 post\nk.oyelaran                   in community nursing.\n@example.org\n';
    expect(redact(text)).toBe('Phone [PHONE]          Seeking a Band 5 post\n[EMAIL]                   in community nursing.\n[EMAIL]\n');
  });
});

describe('a registration number in two parts after "reg." or "registration no"', () => {
  test.each([
    ['RCCP registered physiologist, reg. 2016-0912', 'RCCP registered physiologist, reg. [REGISTRATION NUMBER]'],
    ['Overseas council registration no: 07/44718', 'Overseas council registration no: [REGISTRATION NUMBER]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('kept: years on the register', () => {
    const text = 'Registered with the RCCP, reg. 2016-2024 in cardiac physiology.';
    expect(redact(text)).toBe(text);
  });
});

describe("a name after a statement's title on the same line, in any tradition", () => {
  test.each([
    [
      'Band 4 Health Trainer – Northside PCN\nPersonal statement – Şirin Doğan\n\nI coach people.\nA\nB\nC\nD\nE\n\nŞirin Doğan',
      'Band 4 Health Trainer – Northside PCN\nPersonal statement – [CANDIDATE]\n\nI coach people.\nA\nB\nC\nD\nE\n\n[CANDIDATE]',
    ],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('kept: a title with the post after it', () => {
    const text = 'Supporting statement for the Band 5 post\n\nI am applying.';
    expect(redact(text)).toBe(text);
  });
});

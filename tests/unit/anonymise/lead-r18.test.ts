import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 18 (lead, from what the unseen f18 set showed): fresh wordings, none from the corpus.
describe('a date of birth as the value of its field, in any calendar or form', () => {
  test.each([
    ['Date of birth 3 Farvardin 1365 (23 March 1986)   Age 40', 'Date of birth [DATE OF BIRTH]   Age [AGE]'],
    ['Phone 07700 900 118  |  DOB 2nd of Feb \u201990  |  Derby', 'Phone [PHONE]  |  DOB [DATE OF BIRTH]  |  [ADDRESS]'],
    ['D.O.B: 1987/06/19 (39)', 'D.O.B: [DATE OF BIRTH] ([AGE])'],
  ])('%j', (text, expected) => {
    expect(redact(`Tomasz Wrona\n${text}`)).toBe(`[CANDIDATE]\n${expected}`);
  });
  test('kept: the words in running prose, where they open no field', () => {
    const text = 'Tomasz Wrona\nAt booking I check the date of birth 2 ways against the wristband.';
    expect(redact(text)).toBe('[CANDIDATE]\nAt booking I check the date of birth 2 ways against the wristband.');
  });
});

describe('an NHS number straight after an abbreviation\'s dot', () => {
  test('"No." with no space before the number', () => {
    expect(redact('Tomasz Wrona\nNHS no.4010 232 137 (for occupational health)')).toBe('[CANDIDATE]\nNHS no.[NHS NUMBER] (for occupational health)');
  });
  test('kept: a decimal is not a number read from its middle', () => {
    expect(redact('Tomasz Wrona\nThe audit scored 3.4010232137 on the index.')).toBe('Tomasz Wrona\nThe audit scored 3.4010232137 on the index.'.replace('Tomasz Wrona', '[CANDIDATE]'));
  });
});

describe('registration numbers spaced digit by digit, and a trade register\'s ID', () => {
  test.each([
    ['HCPC number: PH 2 0 4 8 1 7', 'HCPC number: [REGISTRATION NUMBER]'],
    ['GDC reg. 1 7 3 4 0 5', 'GDC reg. [REGISTRATION NUMBER]'],
    ['On the Gas Safe Register, ID 612034, since 2011.', 'On the Gas Safe Register, ID [REGISTRATION NUMBER], since 2011.'],
  ])('%j', (text, expected) => {
    expect(redact(`Tomasz Wrona\n${text}`)).toBe(`[CANDIDATE]\n${expected}`);
  });
  test('kept: counted things and years near the word register', () => {
    const text = 'Tomasz Wrona\nI cleaned the disease register of 2300 patients in 2021.';
    expect(redact(text)).toBe('[CANDIDATE]\nI cleaned the disease register of 2300 patients in 2021.');
  });
});

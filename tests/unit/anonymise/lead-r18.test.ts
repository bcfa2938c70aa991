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

describe('names and job titles told apart', () => {
  test('a job in brackets after a referee is no nickname', () => {
    expect(redact('Tomasz Wrona\nReferees: Colin Barker (Estates Supervisor); Ewa Nowak (former ward manager)')).toBe(
      '[CANDIDATE]\nReferees: [NAME 1] (Estates Supervisor); [NAME 2] (former ward manager)',
    );
  });
  test('a nickname in quotes and brackets closes with its name', () => {
    expect(redact('Statement\nApplicant: Sofia Andreou ("Fifi")   Band 6\nFifi is what the team call me.')).toBe('Statement\nApplicant: [CANDIDATE]   Band 6\n[CANDIDATE] is what the team call me.');
  });
  test('a nickname in quotes after a dash on the heading line', () => {
    expect(redact('Anna Maria Reyes — "Annie"\nStaff nurse\nAnnie to my patients.')).toBe('[CANDIDATE] — "[CANDIDATE]"\nStaff nurse\n[CANDIDATE] to my patients.');
  });
  test.each([
    ['I hold an MA Grace Studies from Leeds.', 'I hold an MA Grace Studies from Leeds.'],
    ['I hold a BSc Art Therapy (2014).', 'I hold a BSc Art Therapy ([YEAR]).'],
  ])('kept: a degree\'s subject named like a person: %j', (text, expected) => {
    expect(redact(`Tomasz Wrona\n${text}`)).toBe(`[CANDIDATE]\n${expected}`);
  });
  test('a titled referee whose surname is also a place', () => {
    expect(redact('Tomasz Wrona\nREFERENCES   Mrs Janet Derby, Practice Manager  |  Dr Ian Shaw, GP')).toBe('[CANDIDATE]\nREFERENCES   [NAME 1], Practice Manager  |  Dr [NAME 2], GP');
  });
  test('kept: a place after a titled name and "in"', () => {
    expect(redact('Tomasz Wrona\nI worked for Mrs Okafor in Derby for two years.')).toBe('[CANDIDATE]\nI worked for [NAME 1] in Derby for two years.');
  });
});

describe('review mends', () => {
  test("a referee's name after their letters still goes", () => {
    expect(redact('Tomasz Wrona\nReferees:\nRGN Mary Brown, Matron\nMSc Priya Patel, Lecturer')).toBe('[CANDIDATE]\nReferees:\nRGN [NAME 1], Matron\nMSc [NAME 2], Lecturer');
  });
  test("a date of birth's field ends at its last digit", () => {
    expect(redact('Tomasz Wrona\nDate of birth 12 Mehr 1370 Place of birth Tehran')).toBe('[CANDIDATE]\nDate of birth [DATE OF BIRTH] Place of birth Tehran');
  });
});

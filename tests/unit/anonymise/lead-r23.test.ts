import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 23 (lead): fresh wordings, none from the corpus.
describe('a number spelt out digit by digit', () => {
  test.each([
    ['HCPC no. five-five-eight-nought-one-two', 'HCPC no. [REGISTRATION NUMBER]'],
    ['Reach me on oh seven seven oh oh nine oh oh four four two.', 'Reach me on [PHONE].'],
    ['Ref: six two nine nine four one', 'Ref: [ID NUMBER]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('broken over two lines of the right-hand column of a merged two-column CV: each part goes, the left column stays', () => {
    const text = ['Skills                        GPhC registered (number one-', 'Dispensing, audit             seven-four-four-two-nine), 2019', ''].join('\n');
    expect(redact(text)).toBe(['Skills                        GPhC registered (number [REGISTRATION NUMBER]', 'Dispensing, audit             [REGISTRATION NUMBER]), 2019', ''].join('\n'));
  });
  test.each([
    'I ran one-to-one and two-to-one sessions.',
    'We saw one, two or three patients an hour.',
    'Scored four out of five in two of three audits.',
    'Five-a-side, one two three four: warm-ups for the team.',
  ])('kept: counts and phrases, %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe("a phone's own label inside the bracket of its extension", () => {
  test.each([
    ['Tel 0161 496 0712 (office, ext 318)', 'Tel [PHONE]'],
    ['0117 496 0021 (direct: extension 44) or e-mail', '[PHONE] or e-mail'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('kept: a label bracket with no extension stays as written', () => {
    expect(redact('Mobile 07700 900 441 (evenings)')).toBe('Mobile [PHONE] (evenings)');
  });
});

describe('a referee listed surname first, in capitals, with a comma', () => {
  test.each([
    ['References\nOYELARAN, Bisi – Practice Manager, Hillcrest Surgery\n', 'References\n[NAME 1] – Practice Manager, Hillcrest Surgery\n'],
    ['1.\tNOVÁKOVÁ, Petra\tLead Nurse, Royal Infirmary\n', '1.\t[NAME 1]\tLead Nurse, Royal Infirmary\n'],
    ['Referees: HUSSEIN, Amal (Ward Manager); Dr Tom Rees\n', 'Referees: [NAME 1] (Ward Manager); Dr [NAME 2]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each(['Worked in LONDON, Ontario for two years.', 'Scores: NHS, Trust-wide – 4th\n'])('kept: a place or a heading, %j', (text) => {
    expect(redact(text)).toBe(text);
  });
  test('a name at the end of a long line does not run into the next entry', () => {
    const text = 'Referees: Mrs Joan Whitfield (Lead, Community Nursing, Riverside); Ms Kemi Ade\nBOATENG, Kofi – Charge Nurse, Ward 7\n';
    expect(redact(text)).toBe('Referees: [NAME 1] (Lead, Community Nursing, Riverside); [NAME 2]\n[NAME 3] – Charge Nurse, Ward 7\n');
  });
});

describe("the file name of the candidate's own CV or statement, printed in a footer", () => {
  test.each([
    ['Page 2 of 2        OKORO_Ada_CV_2025.docx', 'Page 2 of 2        [CANDIDATE]'],
    ['mcgrath-niamh-personalstatement.pdf', '[CANDIDATE]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('kept: other files', () => {
    expect(redact('I wrote the audit_report_2024.pdf and the NICE_summary.docx.')).toBe('I wrote the audit_report_2024.pdf and the NICE_summary.docx.');
  });
});

describe('a phone number before a numbered list', () => {
  test('the next item is not read as the rest of the number', () => {
    expect(redact('Referees\n1. Ward 4 – 0161 496 0712\n2. Ward 9 – 0161 496 0713\n')).toBe('Referees\n1. Ward 4 – [PHONE]\n2. Ward 9 – [PHONE]\n');
  });
});

describe('names the candidate goes by, beside their name', () => {
  test.each([
    ['Olufemi Adeyemi-Cole\nPharmacist\nCall me Femi.', '[CANDIDATE]\nPharmacist\nCall me [CANDIDATE].'],
    ['Name: Marguerite Ní Dhuibhir (M. Ní Dhuibhir; "Maggie")\nMaggie to the team.', 'Name: [CANDIDATE] ([CANDIDATE]; "[CANDIDATE]")\n[CANDIDATE] to the team.'],
    ['Nadia Rahman Chowdhury\nHCA\nBest wishes,\nNadi (Nadia Rahman Chowdhury)', '[CANDIDATE]\nHCA\nBest wishes,\n[CANDIDATE] ([CANDIDATE])'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('kept: a quoted word in a bracket that is not about the candidate', () => {
    expect(redact('Nadia Rahman\nHCA\nI led the falls audit ("Safer Steps").')).toBe('[CANDIDATE]\nHCA\nI led the falls audit ("Safer Steps").');
  });
});

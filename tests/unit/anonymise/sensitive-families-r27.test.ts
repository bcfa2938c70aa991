import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 27 (helper anonymiser-40): families of names and details the tuned slice still let through, each mended by a
// general reading. Fresh lines in our own words, none from the corpus, each with what a panel needs beside it.

describe("the candidate's name in their own script, on a line of its own near the heading", () => {
  test.each([
    // Under the name in Latin letters, or above it.
    [
      'LEE SO-YEON\nCommunity Pharmacist\n이소연\n\nProfile\nPharmacist with six years in community practice.',
      '[CANDIDATE]\nCommunity Pharmacist\n[CANDIDATE]\n\nProfile\nPharmacist with six years in community practice.',
    ],
    ['이소연\nLEE SO-YEON                         07700 900 123\nCommunity Pharmacist', '[CANDIDATE]\n[CANDIDATE]                         [PHONE]\nCommunity Pharmacist'],
    // Two lines down, under the job title, with a title's one-letter abbreviation that stays.
    [
      'YUSUF IBRAHIM AL-HADDAD            MPharm\nClinical Pharmacist\nد. يوسف إبراهيم الحداد\n\nProfile\nClinical pharmacist.',
      '[CANDIDATE]            MPharm\nClinical Pharmacist\nد. [CANDIDATE]\n\nProfile\nClinical pharmacist.',
    ],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a line in another script further from the heading stays', () => {
    const text = 'YUSUF AL-HADDAD\nClinical Pharmacist\nPharmacist in Leeds\n\nتمريض\nProfile';
    expect(redact(text)).toBe('[CANDIDATE]\nClinical Pharmacist\nPharmacist in Leeds\n\nتمريض\nProfile');
  });
});

describe('a statement whose writer greets the reader and gives their name', () => {
  test('a greeting in any language, set off by a comma, then "I\'m" and the name', () => {
    const text = "Supporting statement for the Social Prescriber post\n\nAbout me: Salaam, I'm Daoud Rahimi-Noor (Dee). I moved to Bradford in 2015.\nI have worked as a link worker since then.";
    expect(redact(text)).toBe(
      "Supporting statement for the Social Prescriber post\n\nAbout me: Salaam, I'm [CANDIDATE]. I moved to Bradford in 2015.\nI have worked as a link worker since then.",
    );
  });

  test('a grade after "I\'m" stays', () => {
    const text = "Statement for the Band 3 post\n\nHonestly, I'm Band 3 ready and keen to grow.";
    expect(redact(text)).toBe(text);
  });
});

describe('a referee in capitals, restated in brackets with the marks of its letters', () => {
  test('both spellings are the referee, and a later mention too', () => {
    const text =
      'AMINA YUSUF\nPhysiotherapist\n\nREFERENCES\nDILAN ZERE (Dîlan Zêre), Senior Physiotherapist, St James\'s\nSEE ATTACHED (See Attached)\n\nI shadowed Dîlan on the stroke unit.';
    expect(redact(text)).toBe(
      "[CANDIDATE]\nPhysiotherapist\n\nREFERENCES\n[NAME 1], Senior Physiotherapist, St James's\nSEE ATTACHED (See Attached)\n\nI shadowed [NAME 1] on the stroke unit.",
    );
  });
});

describe("a candidate's initial spelt out beside their name", () => {
  test('the word with the initial\'s letter next to a part is the candidate\'s, and alone after that', () => {
    const text =
      'Name: S. Pradeepa\nThe S. stands for my father\'s name, which my passport spells out as "Sivakumar Pradeepa"; Sivakumar is used as a surname in the UK.\nI worked on the Sexual Health ward with Pradeepa Sister.';
    expect(redact(text)).toBe(
      'Name: [CANDIDATE]\nThe S. stands for [FAMILY]\'s name, which my passport spells out as "[CANDIDATE]"; [CANDIDATE] is used as a surname in the UK.\nI worked on the Sexual Health ward with [CANDIDATE] Sister.',
    );
  });
});

describe('the place after a date of birth in any calendar, and after the bracket that restates it', () => {
  test.each([
    ['I was born on 3 Muharram 1410 in Mardan and grew up there.', 'I was born on [DATE OF BIRTH] in [PLACE OF ORIGIN] and grew up there.'],
    ['Born        2040 Chaitra 5 B.S. (Nepali calendar), Butwal', 'Born        [DATE OF BIRTH], [PLACE OF ORIGIN]'],
    [
      'I was born on 4 Tir 1365\n(25 June 1986), in Tabriz, and trained as a nurse.',
      'I was born on [DATE OF BIRTH]\n([DATE OF BIRTH]), in [PLACE OF ORIGIN], and trained as a nurse.',
    ],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a status, a weekday, or a capital opening the next sentence is no place', () => {
    expect(redact('Born 4 Feb 1985, Married')).toBe('[DATE OF BIRTH], [MARITAL STATUS]');
    expect(redact('I was born on 9 Safar 1405, Friday, at home.')).toBe('I was born on [DATE OF BIRTH], Friday, at home.');
    expect(redact('I was born on 2 May 1990. In March 2010 I started nursing.')).toBe('I was born on [DATE OF BIRTH]. In March 2010 I started nursing.');
  });
});

describe('personal reference numbers after their labels, and a vehicle registration', () => {
  test.each([
    ['Student no. 190345112 (BSc Nursing)', 'Student no. [ID NUMBER] (BSc Nursing)'],
    ['Level 3 Diploma – student ID 30571928', 'Level 3 Diploma – student ID [ID NUMBER]'],
    ['Vacancy ref: 231-PHA-0912     Applicant ID 0048213', 'Vacancy ref: 231-PHA-0912     Applicant ID [ID NUMBER]'],
    ['Applicant ref: 2025/RX/11820', 'Applicant ref: [ID NUMBER]'],
    ['My ESR assignment number is 30219944-1.', 'My ESR assignment number is [ID NUMBER].'],
    ['Royal Logistic Corps, 2004 - 2016 (service no. 25533102)', 'Royal Logistic Corps, 2004 - 2016 (service no. [ID NUMBER])'],
    ['Moving and Handling Trainer   Cert. no. MHT-4471', 'Moving and Handling Trainer   Cert. no. [ID NUMBER]'],
    ['Full UK licence, own car (reg. LB19 XKD)', 'Full UK licence, own car (reg. [ID NUMBER])'],
    ['Vehicle registration: FG70 TNE', 'Vehicle registration: [ID NUMBER]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test("a service that no longer runs, a helpline's number, a ward's code and a grade stay as they should", () => {
    expect(redact('Our service no. 1 priority in 2019 was access; call customer service number 0800 123 4567.')).toBe(
      'Our service no. 1 priority in 2019 was access; call customer service number [PHONE].',
    );
    const text = 'I drive to clinics and cover Ward AB12 CDE, Band 6, on the car park rota.';
    expect(redact(text)).toBe(text);
  });
});

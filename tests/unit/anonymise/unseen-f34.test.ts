import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 34 (helper anonymiser-61): what the unseen f34 set let through, each mended by a general reading (a label in
// another form, a regulator abroad, a date's format hint). Fresh lines in our own words, none from any corpus, each with a
// near case that must stay.

describe('must-never: a regulator abroad named by its country, then its number', () => {
  // The number goes; the register, a registration named as such, stays for the panel (as in lead-f29-r29's cases).
  test.each([
    ['Dental Council of Kenya registration no. 44-10982 (2011)\n', 'Dental Council of Kenya registration no. [REGISTRATION NUMBER] (2011)\n'],
    ['Staff Nurse, Mulago Hospital (Nursing Council of Uganda RN 084213)\n', 'Staff Nurse, Mulago Hospital (Nursing Council of Uganda RN [REGISTRATION NUMBER])\n'],
    ['Nursing and Midwifery Board of Malawi, PIN 40219\n', 'Nursing and Midwifery Board of Malawi, PIN [REGISTRATION NUMBER]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the regulator named without a number stays, and so does a year after it', () => {
    const text = 'I was registered with the Pharmacy Council of Ghana until 2019, then with the Medical Council of Kenya 2021.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('must-never: a registration label in another form', () => {
  test.each([
    ['• Ontario College of Pharmacists, Registration #K40871 (active)\n', '• Ontario College of Pharmacists, Registration #[REGISTRATION NUMBER] (active)\n'],
    ['• Health Council of Cyprus, Registered Dietitian no. D20931 (lapsed)\n', '• Health Council of Cyprus, [REGISTRATION NUMBER] (lapsed)\n'],
    ['I held the national licence for Medical Laboratory Scientists (No. 045120) there.\n', 'I held the national licence for [REGISTRATION NUMBER] there.\n'],
    ['She kept her licence RM 0339812 current.\n', 'They kept their licence RM [REGISTRATION NUMBER] current.\n'],
    ['NMBA: NMW0004417821 (general registration)\n', 'NMBA: [REGISTRATION NUMBER] (general registration)\n'],
    ['NMBI (Ireland): RGN0912774 – lapsed\nCORU (Ireland): SL022871 – lapsed\n', 'NMBI (Ireland): [REGISTRATION NUMBER] – lapsed\nCORU (Ireland): [REGISTRATION NUMBER] – lapsed\n'],
    ['PMDC full registration PMDC/F/88123\n', 'PMDC full registration [REGISTRATION NUMBER]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a registration, a licence and a registered title without a number stay', () => {
    const text = 'Registered Dietitian with a licence to practise, Registration #pending, and a licence for Dental Hygienists since 2015.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('must-never: a date of birth with its format hint, a two-digit year or a ":-"', () => {
  test.each([
    ['Date of birth (dd/mm/yyyy): 21/02/1986      Band: 6\n', 'Date of birth [DATE OF BIRTH]      Band: 6\n'],
    ['Date of birth (DD.MM.YY)\t09.10.77\n', 'Date of birth [DATE OF BIRTH]\n'],
    ['DOB 22nd Oct 79 · Welsh speaker\n', 'DOB [DATE OF BIRTH] · Welsh speaker\n'],
    ['D.O.B.:- 17/06/1990\n', 'D.O.B.:- [DATE OF BIRTH]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a count after a day and month, and a format hint alone, stay', () => {
    expect(redact('Audit started 3 May 12 weeks before the visit.\n')).toBe('Audit started 3 May 12 weeks before the visit.\n');
    expect(redact('Enter dates as (dd/mm/yyyy) on the form.\n')).toBe('Enter dates as (dd/mm/yyyy) on the form.\n');
  });
});

describe('names: authors cited as "Surname I" with hyphens, diacritics, capitals and Irish particles', () => {
  test.each([
    [
      'PUBLICATIONS\nPetrović-Lukić J, Tamm R, Sõber K, Ní Dhuibhir A. Iron overload after transfusion. Vox Sang 2020; 115: 41–8.\n',
      'PUBLICATIONS\n[NAME], [NAME], [NAME], [NAME]. Iron overload after transfusion. Vox Sang 2020; 115: 41–8.\n',
    ],
    ['1. KARIMI-FARD N, SADEGHI P, MORADI-ZAND L. Spinal anaesthesia audit. Eur J Anaesth 2011; 28: 9–14.\n', '1. [NAME], [NAME], [NAME]. Spinal anaesthesia audit. Eur J Anaesth 2011; 28: 9–14.\n'],
    [
      'Dr Ruth Ames\n2. Mensah Kofi, Osei-Bonsu Akua, Lam Hoi-Ying. Sleep after surgery. BJA Open 2023; 5: 10–18.\n',
      'Dr [CANDIDATE]\n2. [NAME 1], [NAME 2], [NAME 3]. Sleep after surgery. BJA Open 2023; 5: 10–18.\n',
    ],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('wards, bays and grades in a list stay', () => {
    const text = 'Rotations: Ward A, Bay C, Theatre D. Audit 2021.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('kept: a name part that opens an institution, a regulator named for a people', () => {
  test('"Alder Hey Children\'s Hospital" stays though "Alder" is a person\'s name elsewhere', () => {
    const text = 'Referee: Mr Osei (Alder), Ward Manager\nI trained at Alder Hey Children\'s Hospital.\n';
    expect(redact(text)).toContain("I trained at Alder Hey Children's Hospital.");
  });

  test.each([['Singaporean Optical Council reg. no. 20417\n'], ['registered with the Nigerian Optometric Association\n']])('%j keeps the body', (text) => {
    expect(redact(text)).toMatch(/^(?:Singaporean Optical Council|registered with the Nigerian Optometric Association)/);
  });
});

describe('other details: a Windows path in a footer, a Canadian SIN', () => {
  test('the whole path goes when its file is the CV', () => {
    expect(redact('Tomasz Wrona\nD:\\Files\\tw\\Applications 2026\\Tomasz-Wrona-CV-Jan2026.pdf      Page 1 of 3\n')).toBe('[CANDIDATE]\n[URL]      Page 1 of 3\n');
  });

  test('a path to a file that is no CV stays', () => {
    const text = 'Saved the audit to D:\\shared\\audit\\results_2024.pdf for the team.\n';
    expect(redact(text)).toBe(text);
  });

  test.each([
    ['SIN 604 118 275 · Full driving licence\n', 'SIN [ID NUMBER] · Full driving licence\n'],
    ['Social Insurance Number: 604-118-275\n', 'Social Insurance Number: [ID NUMBER]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('"sin" as a word and a year stay', () => {
    const text = 'No sin in asking for help, as I learnt in 2019.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('other details: a dependants row, a form\'s age, a referee telling the age', () => {
  test.each([
    ['Dependants\t3 (ages 2, 5 and 8)\n', 'Dependants\t[FAMILY]\n'],
    ['Age on appointment: 51      Band: 5\n', 'Age on appointment: [AGE]      Band: 5\n'],
    ['Tomas joined us in 2019. He is 47 and keen to progress.\n', '[NAME 1] joined us in 2019. They are [AGE] and keen to progress.\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a ward row, an age on a clock and a patient\'s weeks stay', () => {
    for (const text of ['Children\tSafeguarding level 3\n', 'The patient was reviewed. He is 12 weeks post-op. She is 20 minutes away.\n']) {
      expect(redact(text)).toBe(text.replace(/\bHe is\b|\bShe is\b/g, 'They are'));
    }
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 35 (helper anonymiser-64): what the unseen f35 set let through, each mended by a general reading (a registration's
// label in another language or script, a US licence, a date in the American order, a link split in its column). Fresh lines
// in our own words, none from any corpus, each with a near case that must stay.

describe('must-never: a registration label in any language, a number sign, then its code', () => {
  test.each([
    ['Nursing Registration Board no. ΝΟΣ/2290 (Cyprus)\n', 'Nursing Registration Board no. [REGISTRATION NUMBER] (Cyprus)\n'],
    ['Portugal: cédula profissional n.º F-18830\n', 'Portugal: cédula profissional n.º [REGISTRATION NUMBER]\n'],
    ['ANCC Board Certified FNP, certificate #2019004417 (exp. 2028)\n', 'ANCC Board Certified FNP, certificate #[REGISTRATION NUMBER] (exp. 2028)\n'],
    ['• Texas RN license #: 884213\n', '• Texas RN license #: [REGISTRATION NUMBER]\n'],
    ['Approbationsurkunde Nr. A-447713 (Landesärztekammer Hessen)\n', 'Approbationsurkunde Nr. [REGISTRATION NUMBER] (Landesärztekammer Hessen)\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a registration named without its number, a small count and a meeting number stay', () => {
    const text = 'Board certified since 2016 (certificate # pending); registration no. 2 of 3 boards.\nCouncil meeting no. 1428 approved the plan.\n';
    expect(redact(text)).toBe(text);
  });

  test('a licence number in groups stays whole for the ID reading', () => {
    expect(redact('Door supervisor licence no. 4471 2290 1183 5520\n')).toBe('Door supervisor licence no. [ID NUMBER]\n');
  });
});

describe('must-never: a practising certificate and a US provider number', () => {
  test.each([
    ['Ministry of Health practising certificate 009913/HCM-CCHN\n', 'Ministry of Health practising certificate [REGISTRATION NUMBER]\n'],
    ['Annual Practising Certificate: APC-20417\n', 'Annual Practising Certificate: [REGISTRATION NUMBER]\n'],
    ['• NPI: 1952367841\n', '• NPI: [REGISTRATION NUMBER]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the certificate and the NPI named without a number stay', () => {
    const text = 'The NPI is issued by CMS; my practising certificate was renewed in 2024.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('must-never: a date of birth in the American order', () => {
  test('the day past 12 tells the order', () => {
    expect(redact('DOB: 11/23/1988 · Date of birth 04.30.85\n')).toBe('DOB: [DATE OF BIRTH] · Date of birth [DATE OF BIRTH]\n');
    expect(redact('Born in Ohio (DOB 07-19-1990).\n')).toContain('(DOB [DATE OF BIRTH])');
  });

  test('dates in that order that are not a birth stay', () => {
    const text = 'Audit ran 03-14 to 04-20 on the ward.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('must-never: a profile link broken after "in/" in one column of two', () => {
  test('the slug and its rest on the next line in the same column go', () => {
    const text = 'Phone  07700 900123     in/ sam-okafor-\nEmail  s@example.org     rn-4471\n';
    expect(redact(text)).toBe('Phone  [PHONE]     [URL]\nEmail  [EMAIL]     [URL]\n');
  });

  test('"in/" between words in a sentence stays', () => {
    const text = 'I treated in/ out-patients and worked in/ day-case units.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('names: a day given as a name after a title', () => {
  test('"Mr Sunday Adebayo" goes whole; a day after a title without a name stays', () => {
    expect(redact('On my first visit Mrs Monday Okoro was breathless.\n')).toBe('On my first visit [NAME 1] was breathless.\n');
    const text = 'Clinic on Sunday Morning; Dr Friday Clinic leads the ward.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('names: a form numbered by question', () => {
  test('the split fields and the preferred name are the candidate, the title a title', () => {
    const text = 'Application form\nSECTION 1\n1.1 Title: Mr\n1.2 First name(s): Kwabena\n1.3 Last name: Asante\n1.4 Preferred name: Kobby\n';
    expect(redact(text)).toBe('Application form\nSECTION 1\n1.1 Title: [TITLE]\n1.2 First name(s): [CANDIDATE]\n1.3 Last name: [CANDIDATE]\n1.4 Preferred name: [CANDIDATE]\n');
  });

  test('a surname held before goes with the rest', () => {
    const text = 'Starter form\nSurname: MIAH          Forename(s): Shirin\nPrevious surname(s): Khatun\n';
    expect(redact(text)).toBe('Starter form\nSurname: [CANDIDATE]          Forename(s): [CANDIDATE]\nPrevious surname(s): [CANDIDATE]\n');
  });
});

describe('names: a family name first before a hyphenated given name', () => {
  test('"Kim Soo-jin" goes; "Park Lane" and "Lee Valley" stay', () => {
    const text = 'Referees\nKim Soo-jin, Clinical Lead\nI walked through Park Lane and Lee Valley with Chan Ka-yan.\n';
    expect(redact(text)).toBe('Referees\n[NAME 1], Clinical Lead\nI walked through Park Lane and Lee Valley with [NAME 2].\n');
  });
});

describe('names: words the e-mail on their line spells', () => {
  test('a word-name and a surname that is a word go, and so does the same name elsewhere', () => {
    const text = 'Jo Bloggs\nSupervised by Hope Strong, MD.\nReferees\nHope Strong, Ward Manager – hope.strong@trust.example.nhs.uk\n';
    expect(redact(text)).toBe('[CANDIDATE]\nSupervised by [NAME 1], MD.\nReferees\n[NAME 1], Ward Manager – [EMAIL]\n');
  });

  test("a post's or a team's address that spells its words leaves them", () => {
    const text = 'Jo Bloggs\nWard Manager: wardmanager@trust.example.nhs.uk\nGrace Ward Team - graceward@trust.example.nhs.uk\n';
    expect(redact(text)).toBe('[CANDIDATE]\nWard Manager: [EMAIL]\nGrace Ward Team - [EMAIL]\n');
  });
});

describe('names: Mosammat abbreviated without its full stop', () => {
  test('"MST" before the initials of the candidate\'s name goes with it', () => {
    expect(redact('Application\nName: Shirin Akter Miah\nAccount name: MST S A MIAH\n')).toBe('Application\nName: [CANDIDATE]\nAccount name: [CANDIDATE]\n');
  });
});

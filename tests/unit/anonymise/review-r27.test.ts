import { describe, expect, it } from 'vitest';
import { anonymise } from '@/lib/anonymise';

// Round 27 (helper mend-27a): the anonymiser items of the round's independent review, each with the reviewer's
// examples and fresh ones in other words, what must stay beside what must go.

const HEAD = 'Dr Farah Siddiqui\nSpecialty Doctor\n\nI work in the emergency department.\n\n';
const BODY = 'Dr [CANDIDATE]\nSpecialty Doctor\n\nI work in the emergency department.\n\n';
const body = (text: string) => anonymise(HEAD + text).text;
const kept = (text: string) => expect(body(text)).toBe(BODY + text);

describe('two phones set apart by a spaced stroke or hyphen are two numbers', () => {
  it.each([
    // The reviewer's: a mobile written 5+6, then a city's code of four digits.
    ['Mobile: 07700 900123 / 0161 496 0000\n', 'Mobile: [PHONE] / [PHONE]\n'],
    ['Mobile: 07700 900123 - 0161 496 0000\n', 'Mobile: [PHONE] - [PHONE]\n'],
    // Fresh: other city codes, a dash, no label, the landline first, a bracket after.
    ['Mob: 07911 123456 - 0121 496 0123\n', 'Mob: [PHONE] - [PHONE]\n'],
    ['07700 900654 / 0113 496 0777\n', '[PHONE] / [PHONE]\n'],
    ['Home 0141 496 0555 – 07700 900321\n', 'Home [PHONE] – [PHONE]\n'],
    ['Contact: 07700 900321 - 0131 496 0555 (evenings)\n', 'Contact: [PHONE] - [PHONE] (evenings)\n'],
    // One number in groups set apart so stays one.
    ['Tel: 07700 / 900 / 629\n', 'Tel: [PHONE]\n'],
    ['Tel: 07700 - 900 - 418\n', 'Tel: [PHONE]\n'],
    ['0 7 7 0 0 – 9 0 0 – 6 4 4\n', '[PHONE]\n'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });

  it('keeps years and shift times set apart the same way', () => {
    kept('Bank work 2015 - 2019 - 2021 on the same ward.\nShifts 0800 - 2000 - 0800 over the weekend.\n');
  });
});

describe('a register letters-and-number code only with its register', () => {
  it.each([
    // The reviewer's: a register's letters, and the register's own label before a code.
    ['Registered on the Public Voluntary Register of Sonographers (RCR/SoR): PVRS-04418\n', 'Registered on the Public Voluntary Register of Sonographers (RCR/SoR): [REGISTRATION NUMBER]\n'],
    ['HCPC practitioner psychologist (PYL-35017)\n', 'HCPC practitioner psychologist ([REGISTRATION NUMBER])\n'],
    // Fresh: another register's letters; letters no list knows under "reg. no.", a register's label or a council's letters.
    ['Clinical physiologist on the Register of Clinical Technologists (RCT-30581)\n', 'Clinical physiologist on the Register of Clinical Technologists ([REGISTRATION NUMBER])\n'],
    ['Clinical physiologist, reg no. CPT-30581\n', 'Clinical physiologist, reg no. [REGISTRATION NUMBER]\n'],
    ['AHCS accredited register: HSC-40912\n', 'AHCS accredited register: [REGISTRATION NUMBER]\n'],
    ['Overseas-trained nurse, NMC KNC-204417 (Kenya)\n', 'Overseas-trained nurse, NMC [REGISTRATION NUMBER] (Kenya)\n'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });

  it.each([
    // The reviewer's: a standard, a course, an accreditation near a register word.
    'Registered with the HCPC since 2014. Competent in SNOMED-CT and ISO-9001 audits.\n',
    'Course codes: NURS-5012, HLTH-7012 (NMC approved programme)\n',
    'Registered nurse (NMC), UKAS-8123 lab.\n',
    // Fresh: a module, a fire standard and an ambulance standard near a register.
    'NMC registered since 2011; completed module WND-2041 in wound care.\n',
    'GDC registered dental nurse, trained to BS-5839 fire safety.\n',
    'HCPC paramedic; vehicle checks to EN-1789 and HTM-0701 in the trust.\n',
  ])('%j', (text) => {
    kept(text);
  });

  it.each([
    ['NMC registration: 12A3456E. Trained in ABCDE-12345 at St Mary’s.\n', 'NMC registration: [REGISTRATION NUMBER]. Trained in ABCDE-12345 at St Mary’s.\n'],
    // A student number named as such is an ID, not a registration, a register named after it or not.
    ['Student number: UOB-123456 (NMC registration pending)\n', 'Student number: [ID NUMBER] (NMC registration pending)\n'],
    ['Student ID: KCL-204418 (HCPC registration to follow)\n', 'Student ID: [ID NUMBER] (HCPC registration to follow)\n'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });
});

describe('a Signal handle is a Signal username, not the word', () => {
  it.each([
    ['Signal: dawa.hackney.11\n', 'Signal: [URL]\n'],
    ['Signal dilani.27\n', 'Signal [URL]\n'],
    ['Signal – kofi_m.204\n', 'Signal – [URL]\n'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });

  it.each([
    'Signal-to-noise ratio (SNR) optimisation on 3T MRI protocols.\n',
    'Signal 4G-coverage audit across the community bases.\n',
    'Signal boost-2024 campaign for flu jabs.\n',
    'Signal - poor in the basement wards.\n',
  ])('%j', (text) => {
    kept(text);
  });
});

describe('"(a)" as an "@" only joined to the address or under an e-mail label', () => {
  it.each([
    ['anahit.grigoryan(a)example.am\n', '[EMAIL]\n'],
    ['Email: tomas.r (a)example.ie\n', 'Email: [EMAIL]\n'],
    ['Contact: jo.bloggs (a) nhs.net\n', 'Contact: [EMAIL]\n'],
    ['E-mail - kwame.o ( a ) outlook.com\n', 'E-mail - [EMAIL]\n'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });

  it.each([
    // A list's items: the domain goes as a link, as at the round's start; the words before it stay.
    ['Duties included (a) nhs.net account set-up for new starters, (b) rota planning.\n', 'Duties included (a) [URL] account set-up for new starters, (b) rota planning.\n'],
    ['Aims: (a) gov.uk forms online, (b) triage by phone.\n', 'Aims: (a) [URL] forms online, (b) triage by phone.\n'],
    ['My IT role covered (a) NHSmail.net migration and (b) training.\n', 'My IT role covered (a) NHSmail.net migration and (b) training.\n'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });
});

describe('a bracket after a date of birth keeps its own types', () => {
  it('reads a faith and a right to work as such, not as more of the birth', () => {
    const doc = anonymise(`${HEAD}DOB 12.03.1990 (Buddhist; full UK right to work, no sponsorship needed)\n`);
    expect(doc.redactions.map((r) => r.type).slice(-3)).toEqual(['date-of-birth', 'religion', 'immigration-status']);
  });
  it.each([
    // A people's word with a calendar noun is a calendar.
    ['DOB: 1 Farvardin 1369 (Persian date)\n', 'DOB: [DATE OF BIRTH]\n'],
    ['DOB 14/04/1992 (Nepali date 2049 Baisakh 2)\n', 'DOB [DATE OF BIRTH]\n'],
    ['Born 3 Aban 1368 (Solar Hijri)\n', 'Born [DATE OF BIRTH]\n'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });
});

import { describe, expect, it } from 'vitest';
import { anonymise } from '@/lib/anonymise';

// Round 27 (lead, from what the unseen f27 set showed): each form in other words than the documents
// that showed it, with what must stay.

const HEAD = 'Dr Farah Siddiqui\nSpecialty Doctor\n\nI work in the emergency department.\n\n';
const BODY = 'Dr [CANDIDATE]\nSpecialty Doctor\n\nI work in the emergency department.\n\n';

describe('f27: a date of birth with the same birth in another calendar in brackets', () => {
  it.each([
    // The year in another era, with its month's name.
    ['Born 4 May 1991 (1353 ME, the month of Kasone), Yangon.\n', '[DATE OF BIRTH], [PLACE OF ORIGIN].\n'],
    // A value in another script, its era's letters and a full stop, then the bracket with both dates.
    ['DOB: ጥቅምት 5 1983 ዓ.ም.  (Tikimt 5, 1983 E.C.; 15 October 1990)\n', 'DOB: [DATE OF BIRTH]\n'],
    // The calendar named in the bracket.
    ['Born 3 Aban 1368 (Solar Hijri)\n', 'Born [DATE OF BIRTH]\n'],
  ])('%j', (text, expected) => {
    expect(anonymise(HEAD + text).text).toBe(BODY + expected);
  });
});

describe('f27: registration numbers in the forms registers write them', () => {
  it.each([
    // A profession's prefix that is also a word, joined to its number in lower case.
    ['HCPC registered Physiotherapist\nph061234\n', 'HCPC registered Physiotherapist\n[REGISTRATION NUMBER]\n'],
    // Digits in pairs after the prefix.
    ['HCPC: AS 12 34 56 (Arts Therapist)\n', 'HCPC: [REGISTRATION NUMBER] (Arts Therapist)\n'],
    // The register's letters, a hyphen and the number.
    ['HCPC practitioner psychologist (PYL-04417)\n', 'HCPC practitioner psychologist ([REGISTRATION NUMBER])\n'],
    ['Register of Clinical Technologists: RCT-20871\n', 'Register of Clinical Technologists: [REGISTRATION NUMBER]\n'],
    // The interpreters' register by its letters.
    ['Interpreter on the NRPSI, number 31187\n', 'Interpreter on the NRPSI, number [REGISTRATION NUMBER]\n'],
  ])('%j', (text, expected) => {
    expect(anonymise(HEAD + text).text).toBe(BODY + expected);
  });
  it('keeps a count near a register word, and a programme named with its year', () => {
    const text = 'Member of the RCSLT and HCPC, and I had 12345 contacts a year.\nHCPC registered since the NHS-2019 intake.\n';
    expect(anonymise(HEAD + text).text).toBe(BODY + text);
  });
});

describe('f27: contacts written to dodge harvesters or spaced by a form', () => {
  it.each([
    ['Email: ola.ade(a)example.org\n', 'Email: [EMAIL]\n'],
    ['Email: ola.ade @ example punto org\n', 'Email: [EMAIL]\n'],
    ['Phone: 07700 / 900 / 118\n', 'Phone: [PHONE]\n'],
    ['Signal: ola.ade.42\n', 'Signal: [URL]\n'],
  ])('%j', (text, expected) => {
    expect(anonymise(HEAD + text).text).toBe(BODY + expected);
  });
  it('keeps the signal on a ward, a list marked (a), and years set apart by a stroke', () => {
    const text = 'Signal strength on the wards was poor.\nSee section (a) of the policy.\nOur 2009 / 2013 audit cycles were repeated.\n';
    expect(anonymise(HEAD + text).text).toBe(BODY + text);
  });
});

describe('f27: a tab is a cell break, not a blank inside a name', () => {
  it('keeps a profession after a row label that a tab sets apart', () => {
    const text = 'Previous\tSpeech and Language Therapist, Leeds\nCurrent post\tSpeech and Language Therapist, Hull\n';
    expect(anonymise(HEAD + text).text).toBe(BODY + text);
  });
});

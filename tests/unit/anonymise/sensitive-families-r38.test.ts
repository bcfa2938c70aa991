import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 38 (helper anonymiser-71): the families the tuned CVs still let through once the f37-* CVs joined them, read by
// general rules. Fresh lines in our own words, none from the corpus, each with a near case where the panel's word stays.

describe('"her" as the object before an adverb of place or manner', () => {
  test.each([
    ['The ward moved her nearer to the nurses’ station.', 'The ward moved them nearer to the nurses’ station.'],
    ['I showed her how to check the pump.', 'I showed them how to check the pump.'],
    ['We left her alone to rest.', 'We left them alone to rest.'],
    ['I saw her twice in clinic.', 'I saw them twice in clinic.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('her own noun after an adverb-like word stays possessive', () => {
    expect(redact('Her now-retired mentor praised her care.')).toBe('Their now-retired mentor praised their care.');
  });
});

describe('a date of birth with the same date in another calendar in brackets', () => {
  test('the bracket goes whole, closing bracket and all', () => {
    expect(redact('Name: Sunita Rai\nDate of birth: 03/02/1986 (2042/10/20 B.S.)\nPhone: 07700 900 118\n')).toBe(
      'Name: [CANDIDATE]\nDate of birth: [DATE OF BIRTH]\nPhone: [PHONE]\n',
    );
  });

  test('a bracket with a reference number after a qualification date stays', () => {
    expect(redact('Qualified: 03/02/2009 (ref 2042/10/20)\n')).toBe('Qualified: 03/02/2009 (ref 2042/10/20)\n');
  });
});

describe('a marital status and children under a French label', () => {
  test.each([
    ['Nom : Aminata Diallo\nSituation matrimoniale : mariée, 3 enfants (9, 6 et 2 ans)\n', 'Nom : [CANDIDATE]\nSituation matrimoniale : [MARITAL STATUS]\n'],
    ['Nom : Aminata Diallo\nSituation de famille : célibataire\n', 'Nom : [CANDIDATE]\nSituation de famille : [MARITAL STATUS]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a work situation stays', () => {
    expect(redact('Situation : infirmière de bloc, CHU de Lille\n')).toBe('Situation : infirmière de bloc, CHU de Lille\n');
  });
});

describe("a spouse named in a bracket's label or after 'wife to'", () => {
  test.each([
    ['Personal: married (husband: Zoltán), two sons.', 'Personal: [MARITAL STATUS] ([MARITAL STATUS]: [NAME 1]), [FAMILY].'],
    ['Married (wife: Priyanka Menon), 1 daughter', '[MARITAL STATUS] ([MARITAL STATUS]: [NAME 1]), [FAMILY]'],
    ['Proud mum of three and wife to Tobiah, who keeps me sane.', 'Proud [FAMILY] and [MARITAL STATUS] to [NAME 1], who keeps me sane.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test("a word after a spouse's label, or a patient's note in a bracket, stays", () => {
    expect(redact('Husband: Retired\n')).toBe('[MARITAL STATUS]: Retired\n');
    expect(redact('Escorted a patient home (husband: unavailable).')).toBe('Escorted a patient home (husband: unavailable).');
  });
});

describe("a monitoring form's age band", () => {
  test('the band goes, the label stays', () => {
    expect(redact('Name: Grace Boateng\nAge band: 35-39\n')).toBe('Name: [CANDIDATE]\nAge band: [AGE]\n');
  });

  test("a caseload's age range stays", () => {
    expect(redact('Age range of caseload: 0-19\n')).toBe('Age range of caseload: 0-19\n');
  });
});

describe("the initials of the candidate's given names before their surname", () => {
  test('"JP" for Jean-Paul goes with the surname', () => {
    expect(redact('Jean-Paul KALONJI\nStaff nurse\n\nFooter: JP Kalonji – CV\n')).toBe('[CANDIDATE]\nStaff nurse\n\nFooter: [CANDIDATE] – CV\n');
  });

  test("a body's letters before the surname stay", () => {
    expect(redact('Jean-Paul KALONJI\nStaff nurse\n\nNHS Kalonji file\n')).toBe('[CANDIDATE]\nStaff nurse\n\nNHS [CANDIDATE] file\n');
  });
});

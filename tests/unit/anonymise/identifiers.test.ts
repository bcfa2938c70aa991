import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';
import { findNiNumbers } from '../../../lib/anonymise/find-ni-numbers';
import { findPostcodes } from '../../../lib/anonymise/find-postcodes';
import { isValidNhsNumber } from '../../../lib/anonymise/is-valid-nhs-number';

const spans = (find: (text: string) => { start: number; end: number }[], text: string) => find(text).map((s) => [s.start, s.end]);

describe('NHS number modulus 11 (vectors from Presidio test_uk_nhs_recognizer.py)', () => {
  test.each(['401-023-2137', '221 395 1837', '0032698674', '943 476 5919'])('valid: %s', (value) => {
    expect(isValidNhsNumber(value)).toBe(true);
  });
  test.each(['401-023-2138', '401 023 213', '40102321377', 'ABC-023-2137', '1234567890'])('invalid: %s', (value) => {
    expect(isValidNhsNumber(value)).toBe(false);
  });
});

describe('NHS numbers in text', () => {
  test.each([
    ['NHS number: 401 023 2137', 'NHS number: [NHS NUMBER]'],
    ['Patient ref 221 395 1837 on file', 'Patient ref [NHS NUMBER] on file'],
    ['Number 0032698674.', 'Number [NHS NUMBER].'],
    // Decision: a number that fails the check is still redacted next to "NHS" (a mistyped NHS
    // number identifies someone), and left alone without that context.
    ['NHS no. 401-023-2138', 'NHS no. [NHS NUMBER]'],
    ['Order reference 401-023-2138', 'Order reference 401-023-2138'],
  ])('%s', (text, expected) => {
    expect(anonymise(text).text).toBe(expected);
  });
});

describe('NI numbers (vectors from Presidio test_uk_nino_recognizer.py)', () => {
  test.each([
    ['AA 12 34 56 B', [[0, 13]]],
    ['hh 01 02 03 d', [[0, 13]]],
    ['tw987654a', [[0, 9]]],
    ['nino: PR 123612C', [[6, 16]]],
    ['Here is my National Insurance Number YZ 61 48 68 B', [[37, 50]]],
  ])('valid: %s', (text, expected) => {
    expect(spans(findNiNumbers, text)).toEqual(expected);
  });
  test.each([
    'AA 12 34 56 H',
    'AB 12 34 56 1',
    'FQ 00 00 00 C',
    'BG123612A',
  ])('invalid: %s', (text) => {
    expect(spans(findNiNumbers, text)).toEqual([]);
  });
  // Decision (round 47): after its label a number goes whatever its prefix, as a mistyped NHS number does beside "NHS":
  // the writer's number as they gave it still identifies them. Presidio's vectors count these two as no number.
  test.each([
    ['nino: nt 99 88 77 a', [[6, 19]]],
    ["This isn't a valid national insurance number UV 98 76 54 B", [[45, 58]]],
  ])('after its label: %s', (text, expected) => {
    expect(spans(findNiNumbers, text)).toEqual(expected);
  });
  test('redacted in a CV', () => {
    expect(anonymise('NI number: JT 48 27 91 B').text).toBe('NI number: [NI NUMBER]');
  });
});

describe('postcodes (vectors from Presidio test_uk_postcode_recognizer.py)', () => {
  test.each([
    ['M1 1AA', [[0, 6]]],
    ['M60 1NW', [[0, 7]]],
    ['W1A 1HQ', [[0, 7]]],
    ['CR2 6XH', [[0, 7]]],
    ['DN55 1PT', [[0, 8]]],
    ['EC1A 1BB', [[0, 8]]],
    ['GIR 0AA', [[0, 7]]],
    ['M11AA', [[0, 5]]],
    ['EC1A1BB', [[0, 7]]],
    ['DN551PT', [[0, 7]]],
    ['GIR0AA', [[0, 6]]],
    ['My address is SW1A 1AA in London', [[14, 22]]],
    ['Send to postcode EC2A 1NT please', [[17, 25]]],
    ['From SW1A 1AA to EC1A 1BB', [[5, 13], [17, 25]]],
  ])('valid: %s', (text, expected) => {
    expect(spans(findPostcodes, text)).toEqual(expected);
  });
  test.each(['QA1 1AA', 'VA1 1AA', 'XA1 1AA', 'M1 1CA', 'M1 1AI', '1A1 1AA', 'ABCM11AADEF'])('invalid: %s', (text) => {
    expect(spans(findPostcodes, text)).toEqual([]);
  });
});

describe('professional registration numbers', () => {
  test.each([
    ['GMC No: 7123456', 'GMC No: [REGISTRATION NUMBER]'],
    ['GMC reference number 7654321 (PA register)', 'GMC reference number [REGISTRATION NUMBER] (PA register)'],
    ['GPhC registration number 2076543', 'GPhC registration number [REGISTRATION NUMBER]'],
    ['Pharmacy Technician (GPhC 5023987)', 'Pharmacy Technician (GPhC [REGISTRATION NUMBER])'],
    ['GDC No. 212345', 'GDC No. [REGISTRATION NUMBER]'],
    ['NMC PIN: 02I1234E', 'NMC PIN: [REGISTRATION NUMBER]'],
    ['Registered nurse 15J0823O.', 'Registered nurse [REGISTRATION NUMBER].'],
    ['HCPC: PA12345', 'HCPC: [REGISTRATION NUMBER]'],
    ['Physiotherapist PH123456', 'Physiotherapist [REGISTRATION NUMBER]'],
    ['HCPC registration SL123456', 'HCPC registration [REGISTRATION NUMBER]'],
    ['GOC 01-12345; dispensing optician D-12345.', 'GOC [REGISTRATION NUMBER]; dispensing optician [REGISTRATION NUMBER].'],
    // Bare numbers without a register nearby stay.
    ['Audit of 7123456 prescriptions', 'Audit of 7123456 prescriptions'],
    ['List size 12000 patients', 'List size 12000 patients'],
    // A phone number next to "GMC" is a phone number, not a registration number.
    ['GMC: 7345678 | 0151 496 0123', 'GMC: [REGISTRATION NUMBER] | [PHONE]'],
  ])('%s', (text, expected) => {
    expect(anonymise(text).text).toBe(expected);
  });
});

describe('other identifiers', () => {
  test.each([
    ['DBS certificate number 001234567890', 'DBS certificate number [ID NUMBER]'],
    ['ORCID 0000-0002-1825-0097', 'ORCID [ID NUMBER]'],
    ['Enhanced DBS on the Update Service (2024)', 'Enhanced DBS on the Update Service (2024)'],
  ])('%s', (text, expected) => {
    expect(anonymise(text).text).toBe(expected);
  });
});

describe('identifiers in unusual forms (round 9)', () => {
  test.each([
    ['e-mail: olena.kovalenko(@)example.com', 'e-mail: [EMAIL]'],
    ['GDC registration: 284 117', 'GDC registration: [REGISTRATION NUMBER]'],
    // A spaced number without a register, a year pair and a count stay.
    ['Bleep the ward on 284 117 any time.\nGMC 2019 2020 | GDC: 1500 patients', 'Bleep the ward on 284 117 any time.\nGMC 2019 2020 | GDC: 1500 patients'],
    ['Born:            17 Agustus 1990', 'Born:            [DATE OF BIRTH]'],
    ['My address for correspondence: 31 Beech Hill Road, Luton', 'My address for correspondence: [ADDRESS]'],
  ])('%j', (text, expected) => {
    expect(anonymise(text).text).toBe(expected);
  });

  test.each([
    ['Ana Ruiz\nc/ Alcalá 145, 3º izq., Madrid\ntel: 07700 900268', '[CANDIDATE]\n[ADDRESS]\ntel: [PHONE]'],
    ['Ana Ruiz\nAvda. de la Paz 12, Sevilla\ntel: 07700 900268', '[CANDIDATE]\n[ADDRESS]\ntel: [PHONE]'],
  ])('%j', (text, expected) => {
    expect(anonymise(text).text).toBe(expected);
  });
});

describe('identifiers in unusual forms, second check (round 9)', () => {
  test.each([
    ['NMC PIN 16I 2345E.', 'NMC PIN [REGISTRATION NUMBER].'],
    ['My portfolio is at github . com / tadeleke-mhn.', 'My portfolio is at [URL].'],
    // A sentence with a spaced full stop is no link.
    ['I work at the ward . Then I go home / rest.', 'I work at the ward . Then I go home / rest.'],
    ['Született / Born: 1988. 03. 14.', 'Született / Born: [DATE OF BIRTH]'],
  ])('%j', (text, expected) => {
    expect(anonymise(text).text).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Identifiers in unusual forms (issue 12, round 10): split by text extraction, grouped oddly,
// labelled a line away, in Welsh and other languages, after a town or a title. Each family with
// the things beside it that a panel needs and that must stay.
describe('e-mail addresses and links split by a blank or a line', () => {
  test.each([
    ['Email: aled.pugh@example.\nco.uk', 'Email: [EMAIL]'],
    ['Email: aled.pugh@example.co.\nuk', 'Email: [EMAIL]'],
    ['Contact: nia.rowlands\n@example.org | Tel 07700 900456', 'Contact: [EMAIL] | Tel [PHONE]'],
    // A blank beside a dot of the domain, or after a dot of the local part at a field's start.
    ['E-mail: nia.rowlands@example .co.uk', 'E-mail: [EMAIL]'],
    ['E-mail: nia.rowlands@example. co.uk', 'E-mail: [EMAIL]'],
    ['E-mail: nia. rowlands@example.co.uk', 'E-mail: [EMAIL]'],
    ['Email: nia.row lands@example.com', 'Email: [EMAIL]'],
    ['Email: nia.rowlands@exam ple.com', 'Email: [EMAIL]'],
    ['Email: nia.rowlands@example.co. uk', 'Email: [EMAIL]'],
    ['Website: www.example .co.uk/nia-rowlands', 'Website: [URL]'],
    ['LinkedIn: linkedin.com/in/ nia-rowlands-3b', 'LinkedIn: [URL]'],
    ['https://www. linkedin.com/in/nia-rowlands', '[URL]'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    // A word before a full stop is no part of the address after it, nor a sentence after its end.
    ['Please contact me. nia.rowlands@example.com', 'Please contact me. [EMAIL]'],
    ['Email jo@nhs.net. Uk based.', 'Email [EMAIL]. Uk based.'],
    // A whole address ending a line with a full stop: the next line is its own, and its number goes whole.
    ['Email: jo.ade@example.com.\n JT 48 27 91 B.', 'Email: [EMAIL].\n [NI NUMBER].'],
    ['Contact jo.ade@example.org.\nMy manager can confirm.', 'Contact [EMAIL].\nMy manager can confirm.'],
    ['I can be reached at nia@home or on the ward.', 'I can be reached at nia@home or on the ward.'],
    ['I used linkedin.com/ and indeed.', 'I used [URL] and indeed.'],
  ])('only the address: %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('NHS numbers grouped any way (the modulus-11 check still guards)', () => {
  test.each([
    ['NHS number: 401 0232 137', 'NHS number: [NHS NUMBER]'],
    ['NHS No 40 1023 2137', 'NHS No [NHS NUMBER]'],
    ['Patient ID 401.023.2137', 'Patient ID [NHS NUMBER]'],
    // Wrapped once by the layout, next to "NHS".
    ['NHS number 401\n023 2137', 'NHS number [NHS NUMBER]'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    // Ten digits that fail the check, with no NHS nearby; years on two lines.
    'Stock code 40 1023 2138 on the order.',
    'Band 6\n2019 2020',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('registration numbers with a lower-case prefix, after a code, or under their label', () => {
  test.each([
    // The profession's prefix goes with the number; the register's name stays.
    ['HCPC registration: ch 52913', 'HCPC registration: [REGISTRATION NUMBER]'],
    ['HCPC: sl 204517', 'HCPC: [REGISTRATION NUMBER]'],
    // "RN1" (adult nursing, the register's part) is a qualification the panel needs.
    ['Reg no. RN1 8123456', 'Reg no. RN1 [REGISTRATION NUMBER]'],
    ['GMC:\n7345612', 'GMC:\n[REGISTRATION NUMBER]'],
    ['NMC PIN: 09i4821c', 'NMC PIN: [REGISTRATION NUMBER]'],
    ['GPhC reg. 2 087 431', 'GPhC reg. [REGISTRATION NUMBER]'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('dates of birth in Welsh and other languages, and a birth year as a generation', () => {
  test.each([
    ['I was born on 3 Mawrth 1988 in Carmarthen.', 'I was born on [DATE OF BIRTH] in [PLACE OF ORIGIN].'],
    ['Ganwyd: 14 Hydref 1990', 'Ganwyd: [DATE OF BIRTH]'],
    ['DOB: 21ain o Ionawr 1985', 'DOB: [DATE OF BIRTH]'],
    ['Personal: born 12. März 1986.', 'Personal: [DATE OF BIRTH].'],
    ['I was born on 7 października 1984.', 'I was born on [DATE OF BIRTH].'],
    ['born on 9 de março de 1987', 'born on [DATE OF BIRTH]'],
    ["I was born in '88 and qualified in 2012.", 'I was born in [DATE OF BIRTH] and qualified in [YEAR].'],
    ["I'm a 1990 baby who loves the outdoors.", "I'm a [AGE] baby who loves the outdoors."],
    ['As a 1980s kid I loved science.', 'As a [AGE] kid I loved science.'],
    ['I celebrated my 40th birthday last year.', 'I celebrated my [AGE] birthday last year.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    // The place after a date of birth and a comma; a status or nationality there is no place.
    ['Born 21 Rhagfyr 1979, Bangor.', '[DATE OF BIRTH], [PLACE OF ORIGIN].'],
    ['Born 4 Feb 1985, Married, 2 children', '[DATE OF BIRTH], [MARITAL STATUS], [FAMILY]'],
    ['Born 1979, Nursing was my calling.', '[DATE OF BIRTH], Nursing was my calling.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('kept: years of employment and a month alone', () => {
    const text = "I worked at St James's from 2010 to 2015 and mentor in May.";
    expect(redact(text)).toBe(text);
  });
});

describe('outward postcodes after a town', () => {
  test('a postcode in capitals wrapped between its codes', () => {
    expect(redact('Postcode: CF10\n3AT')).toBe('Postcode: [POSTCODE]');
  });
  test('kept: a ward and the floor on the next line', () => {
    expect(redact('Ward B12\n3rd floor')).toBe('Ward B12\n3rd floor');
  });
  test.each([
    // Where the writer lives, the town goes with its district.
    ['Based near Leeds LS6.', 'Based near [ADDRESS].'],
    ['We moved to Lampeter SA48 in 2019.', 'We moved to [ADDRESS] in 2019.'],
    ['Home is Swansea SA1, close to the bay.', 'Home is [ADDRESS], close to the bay.'],
    // A sector digit after the district goes with it, in a contact line or a sentence.
    ['jo@example.com | Norwich NR2 4 | 07700 900123', '[EMAIL] | Norwich [POSTCODE] | [PHONE]'],
    ['I now live in Hove BN3 6, near the seafront.', 'I now live in [ADDRESS], near the seafront.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    // Motorways, roads, bands, tubes, training grades, vitamins and wards.
    'I drive from Leeds M1 motorway daily, on the M62 and A1; Band 5; NG tubes.',
    'Leeds ST4 3 years, then Leeds ST5.',
    'Rotation in Cardiology ST3, then Leeds ST4 training; Vitamin B12 clinics on Ward B12.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('titles that tell gender, faith or office go with the name', () => {
  test.each([
    // A title alone on the line above the name, as a table's title column leaves it.
    ['Referees\nMrs\nAngharad Hughes\nPractice Manager', 'Referees\n[NAME 1]\nPractice Manager'],
    ['Referee: Mr van der Merwe, Lead Pharmacist', 'Referee: [NAME 1], Lead Pharmacist'],
    ['Referees: Mr and Mrs Thomas (family friends)', 'Referees: [NAME 1] (family friends)'],
    ['Referee: Sister Bernadette Kelly, Ward Manager', 'Referee: [NAME 1], Ward Manager'],
    ['Referee: Cllr Rhodri Price, Chair of Governors', 'Referee: [NAME 1], Chair of Governors'],
    ['Title\tMs', 'Title\t[TITLE]'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    // A professional title stays; a ward sister's job stays.
    ['Referee: Dr Amara Okafor and Prof Huw Jenkins', 'Referee: Dr [NAME 1] and Prof [NAME 2]'],
    ['Ward Sister, Ward 7; I worked as a Sister on Ward 7.', 'Ward Sister, Ward 7; I worked as a Sister on Ward 7.'],
  ])('kept: %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('National Insurance numbers with dots', () => {
  test('NI No. AB.12.34.56.C', () => {
    expect(redact('NI No. AB.12.34.56.C')).toBe('NI No. [NI NUMBER]');
  });
});

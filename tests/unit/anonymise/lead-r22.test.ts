import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 22 (lead, from what the unseen f22 set showed): fresh wordings, none from the corpus.
describe('a date of birth in the Hebrew or Hijri calendar (an ordinal day, a Hebrew year), and the same date written again', () => {
  test.each([
    ['Born 12 Nisan 5750 (7 April 1990).', '[DATE OF BIRTH] ([DATE OF BIRTH]).'],
    ['D.O.B. 3rd Shawwal 1405 AH / 21st June 1985', 'D.O.B. [DATE OF BIRTH] / [DATE OF BIRTH]'],
    ['Date of birth: 9 Elul 5748', 'Date of birth: [DATE OF BIRTH]'],
    ['Geboren am 2 Adar 5751.', '[DATE OF BIRTH].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('kept: a festival date that is no one\'s birth', () => {
    expect(redact('The clinic closes on 10 Tishrei 5785 for the holiday.')).toBe('The clinic closes on 10 Tishrei 5785 for the holiday.');
  });
});

describe('a Skype name with "live:", and a Teams or Zoom name', () => {
  test.each([
    ['Skype: live:.cid.91ab0c77e2', 'Skype: [URL]'],
    ['Skype – live:amara.osei_88', 'Skype – [URL]'],
    ['Mob 07700 900 118 · MS Teams: k.mensah.rn', 'Mob [PHONE] · MS Teams: [URL]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('kept: the teams someone worked in', () => {
    expect(redact('Teams: Renal, Stroke and Frailty')).toBe('Teams: Renal, Stroke and Frailty');
  });
});

describe('registration numbers of the GOC with a blank, Social Work England and a chaplaincy board', () => {
  test.each([
    ['Dispensing optician, GOC registration no. D 20417', 'Dispensing optician, GOC registration no. [REGISTRATION NUMBER]'],
    ['Registered social worker with Social\nWork England, SW204417.', 'Registered social worker with Social\nWork England, [REGISTRATION NUMBER].'],
    ['Registered chaplain (UKBHC registration 03318).', 'Registered chaplain (UKBHC registration [REGISTRATION NUMBER]).'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('kept: a grade and a code that are no registration', () => {
    expect(redact('Paid on grade D 20417 of the old scale.')).toBe('Paid on grade D 20417 of the old scale.');
  });
});

describe('the name in full or in another script on the line under the heading, and a nickname after a title or a line break', () => {
  test('a bracketed line sharing the surname, or in another script, is the candidate\'s name', () => {
    expect(redact('DAN LEVY\n(Daniel Chaim Levy – דניאל חיים לוי)\nPharmacy Technician\n')).toBe(
      '[CANDIDATE]\n([CANDIDATE] – [CANDIDATE])\nPharmacy Technician\n',
    );
  });
  test('kept: a bracketed line of job words under the name', () => {
    expect(redact('ROSA MENDES\n(Senior Staff Nurse)\nProfile\n')).toBe('[CANDIDATE]\n(Senior Staff Nurse)\nProfile\n');
  });
  test('a nickname after "calls me" across a line break', () => {
    expect(redact('Kwabena Owusu\nHealthcare Assistant\nEveryone on nights calls\nme Kobby.')).toBe('[CANDIDATE]\nHealthcare Assistant\nEveryone on nights calls\nme [CANDIDATE].');
  });
});

describe('after the review: services, shifts, wards and hobbies are no personal details', () => {
  test.each([
    'Volunteered at an undocumented migrant health clinic in Leeds.',
    'Worked in a removal centre supporting detainees facing deportation.',
    'Worked 0700 - 1930 - 0700 long days and nights.',
    'MS Teams: 08.45 safety huddle with the MDT.',
    'Teams: NICU_SCBU and Transitional Care.',
    'I am a girl guide leader in my spare time.',
  ])('kept: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
  test('still taken: the writer\'s own status, a phone with spaced dashes, a chosen Teams name', () => {
    expect(redact('I was brought here as an undocumented migrant.')).toBe('[IMMIGRATION STATUS].');
    expect(redact('Mobile 0917 - 555 - 0142')).toBe('Mobile [PHONE]');
    expect(redact('Teams: ama.owusu_rn')).toBe('Teams: [URL]');
  });
});

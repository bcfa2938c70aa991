import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 37 (helper anonymiser-68): the families the tuned CVs still let through once the f36-* CVs joined them, read by
// general rules. Fresh lines in our own words, none from the corpus, each with a near case where the panel's word stays.

describe('a district and its town before an outward code on the contact line', () => {
  test.each([
    ['Tomasz Wrona\nt.wrona@example.org · 07700 900 615 · Moseley, Birmingham B13\n\nPROFILE\nBand 6 physiotherapist.', '[CANDIDATE]\n[EMAIL] · [PHONE] · [ADDRESS]\n\nPROFILE\nBand 6 physiotherapist.'],
    ['Efua Mensah\nMobile 07700 900 271  |  efua.m@example.com  |  Kings Heath, Birmingham, B14\n', '[CANDIDATE]\nMobile [PHONE]  |  [EMAIL]  |  [ADDRESS]\n'],
    ['Rhys Bowen\nrhys.b@example.net • 07700 900 330 • Cardiff CF24\n', '[CANDIDATE]\n[EMAIL] • [PHONE] • [ADDRESS]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a post and its grade, or a job beside a town, stay', () => {
    expect(redact('Rhys Bowen\nrhys.b@example.net · 07700 900 330 · Registrar ST4\n')).toBe('[CANDIDATE]\n[EMAIL] · [PHONE] · Registrar ST4\n');
    expect(redact('Rhys Bowen\nrhys.b@example.net · 07700 900 330 · Ward Manager, Leeds LS6\n')).toBe('[CANDIDATE]\n[EMAIL] · [PHONE] · Ward Manager, Leeds [POSTCODE]\n');
  });
});

describe("a relative's label opening a field goes with the name after it", () => {
  test.each([
    ['PERSONAL\nFather: Matiss Ozols (emergency contact)\n', 'PERSONAL\n[FAMILY]: [NAME 1] (emergency contact)\n'],
    ['Driving licence. Partner: Bogdan Ionescu (a porter at the same trust).', 'Driving licence. [MARITAL STATUS]: [NAME 1] (a porter at the same trust).'],
    ['OTHER\nMother (emergency only): Daw Khin Myo, 07700 900 442\n', 'OTHER\n[FAMILY]: [NAME 1], [PHONE]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a partnership, a ward sister\'s post and a mother tongue stay', () => {
    const text = 'EXPERIENCE\nPartner: Riverside Surgery, 2015–2020\nSister: Ward 7, 2012–2014\nMother Tongue: Tamil\n';
    expect(redact(text)).toBe(text);
  });
});

describe('an identifier after its label in the forms a CV gives it', () => {
  test.each([
    ['Service number 30417726 (RAF) | Rank on leaving: Corporal', 'Service number [ID NUMBER] (RAF) | Rank on leaving: Corporal'],
    ['DBS Update Service subscription ID K8R2 7TQ4 ZW', 'DBS Update Service subscription ID [ID NUMBER]'],
    ['IELTS Academic 7.0 (TRF no. 23UK004417PATN002B)', 'IELTS Academic 7.0 (TRF no. [ID NUMBER])'],
    ['Standard Learning Credits claim ref. SLC/RA/2025/01934.', 'Standard Learning Credits claim ref. [ID NUMBER].'],
    ['Payroll no. 30718845 · NHS Pensions scheme no. 5128834', 'Payroll no. [ID NUMBER] · NHS Pensions scheme no. [ID NUMBER]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test("a guideline's code, a customer line and a pension's figures stay", () => {
    expect(redact('Infection control to HTM 01-05 and CPR updates every year.')).toBe('Infection control to HTM 01-05 and CPR updates every year.');
    expect(redact('Customer service number 0800 123 4567')).toBe('Customer service number [PHONE]');
    expect(redact('The NHS Pensions team answered 1200 queries.')).toBe('The NHS Pensions team answered 1200 queries.');
  });
});

describe('an age told beside a date of birth or an event', () => {
  test.each([
    ['Mob. 07700 900 552 | born 12.6.97 (28)\n', 'Mob. [PHONE] | [DATE OF BIRTH] ([AGE])\n'],
    ['DOB: 3/2/90   (35)\nDriving licence', 'DOB: [DATE OF BIRTH]   ([AGE])\nDriving licence'],
    ['Thanks.\n> At 44 I am the oldest on my course, and glad of it.', 'Thanks.\n> At [AGE] I am the oldest on my course, and glad of it.'],
    ['Enlisted in the Royal Navy from Kingston,\nJamaica, in 2003 at 18 years of age.', 'Enlisted in the Royal Navy from Kingston,\nJamaica, in 2003 at [AGE].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test("a place in brackets after a date, a clock's time and a screening age stay", () => {
    expect(redact('DOB 3 May 1990 (Leeds)\n')).toBe('DOB [DATE OF BIRTH] (Leeds)\n');
    expect(redact('> At 9 I open the clinic.')).toBe('> At 9 I open the clinic.');
    expect(redact('Bowel screening starts at 50 years of age.')).toBe('Bowel screening starts at 50 years of age.');
  });
});

describe("a place whose name opens with a place of worship's word is a district", () => {
  test.each([
    'Community physiotherapy, Chapel Allerton, Leeds',
    'I covered the Chapel Allerton and Seacroft clinics.',
    'We moved to Temple Fortune in 2019.',
  ])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });

  test('worship told around it, or a chapel named after its word, still goes', () => {
    expect(redact('I sing in the choir at Chapel Allerton Methodist.')).toBe('I [RELIGION].');
    expect(redact('Volunteer at Bethel Chapel, Leeds')).toBe('Volunteer at [RELIGION]');
  });
});

describe("a service rank before a referee's name is a title of a profession", () => {
  test.each([
    ['I was mentored by Sgt Peni Vaka at Larkhill.', 'I was mentored by Sgt [NAME 1] at Larkhill.'],
    ['Referee: Capt Mele Tonga, Adjutant', 'Referee: Capt [NAME 1], Adjutant'],
    ['Referee: Cpl Ana Latu (section commander)', 'Referee: Cpl [NAME 1] (section commander)'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a rank alone stays', () => {
    expect(redact('I was promoted to Sgt in 2015 and to Cpl before that.')).toBe('I was promoted to Sgt in 2015 and to Cpl before that.');
  });
});

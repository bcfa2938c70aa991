import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 50 (helper anonymiser-109): what the unseen f50 CVs let through, each mended by a general reading. Fresh lines in
// our own words (other names, languages and layouts), each with a near case that must stay.

describe('a label in the writer’s own language glossed in English in brackets', { timeout: 30_000 }, () => {
  test('the gloss names the field: a date of birth and a citizenship go', () => {
    expect(redact('Doğum tarihi (date of birth): 1988-11-02\nVatandaşlık (citizenship): Türk (Turkish)')).toBe(
      'Doğum tarihi (date of birth): [DATE OF BIRTH]\nVatandaşlık (citizenship): [NATIONALITY]',
    );
  });

  test('a date under a glossed label in running prose goes; a gloss that names no field keeps its value', () => {
    expect(redact('Data urodzenia (date of birth): 3 maja 1991')).toBe('Data urodzenia (date of birth): [DATE OF BIRTH]');
    expect(redact('Stanowisko (post): Band 5 staff nurse, Ward 12')).toBe('Stanowisko (post): Band 5 staff nurse, Ward 12');
  });
});

describe('a performer number with its register in brackets before the colon', () => {
  test('the number goes, in the second column of a flattened header too', () => {
    expect(redact('07700 900461                       Performers list number (Wales): 48213')).toBe(
      '[PHONE]                       Performers list number (Wales): [REGISTRATION NUMBER]',
    );
    expect(redact('Performer number (NHS England): 702215')).toBe('Performer number (NHS England): [REGISTRATION NUMBER]');
  });

  test('a performer number not yet given stays', () => {
    expect(redact('Performer number (NHS England): awaiting')).toBe('Performer number (NHS England): awaiting');
  });
});

describe('a number typed a digit to a box whose last box wrapped', () => {
  test('the wrapped digits go with the number', () => {
    expect(redact('GPhC registration number: 2 0 8 7 4 3\n    5\nRegistration expiry date: 2027')).toBe(
      'GPhC registration number: [REGISTRATION NUMBER]\nRegistration expiry date: 2027',
    );
  });

  test('a line that goes on past a digit is the next line, not the number', () => {
    expect(redact('Registration number: 4 1 2 9 7 3\n2 references attached')).toBe('Registration number: [REGISTRATION NUMBER]\n2 references attached');
  });
});

describe('a care charity that carries its founder’s name, as an employer', () => {
  test('in brackets after the body it runs, or paired with a body by "and", it is the charity', () => {
    expect(redact('Lena Petrova, Band 5 Nurse\nStaff nurse, Dorothy House Hospice (Leonard Cheshire), Bath')).toBe(
      '[CANDIDATE], Band 5 Nurse\nStaff nurse, Dorothy House Hospice (Leonard Cheshire), Bath',
    );
    expect(redact('Lena Petrova, Band 5 Nurse\nNight sitting with Marie Curie and Rowcroft Hospice teams')).toBe(
      '[CANDIDATE], Band 5 Nurse\nNight sitting with Marie Curie and Rowcroft Hospice teams',
    );
  });

  test('another name in brackets after a body, and a founder’s name paired with a person, stay names', () => {
    expect(redact('Lena Petrova, Band 5 Nurse\nReferee: Ward 7 Manager (Joan Pike)')).toBe('[CANDIDATE], Band 5 Nurse\nReferee: Ward 7 Manager ([NAME 1])');
  });
});

describe('a Teams or Zoom name with a hyphenated surname', () => {
  test('the hyphen is part of the name', () => {
    expect(redact('Zoom: ada.nwosu-bello')).toBe('Zoom: [URL]');
  });

  test('a hyphenated team with no dot stays a team', () => {
    expect(redact('Teams: Day-Surgery, Renal')).toBe('Teams: Day-Surgery, Renal');
  });
});

describe('a bardic, pen or stage name the writer gives', () => {
  test('the name goes, small words inside it too', () => {
    expect(redact('I write for the Gorsedh; my bardic name is Gwas an Dowr.')).toBe('I write for the Gorsedh; my bardic name is [NAME 1].');
    expect(redact('My stage name is Lulu Kay.')).toBe('My stage name is [NAME 1].');
  });

  test('a name the writer gives for something else stays', () => {
    expect(redact('The ward’s bardic tradition is a Christmas poem.')).toBe('The ward’s bardic tradition is a Christmas poem.');
  });
});

describe('a union role after "and" with no article', () => {
  test('the second role goes with the membership, with what it is for and its years', () => {
    expect(redact('Member of Unite and rep for the catering branch since 2019.')).toBe('[TRADE UNION].');
  });

  test('a role in something else after "and" stays', () => {
    expect(redact('A member of GMB and treasurer for our darts club.')).toBe('A [TRADE UNION] and treasurer for our darts club.');
  });
});

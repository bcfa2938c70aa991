import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 36 (helper anonymiser-67): what the unseen f36 set let through, each mended by a general reading. Fresh lines in
// our own words, none from any corpus, each with a near case that must stay.

describe('must-never: the number after a regulator abroad, in Markdown or joined to its letter', () => {
  test.each([
    ['- Surgical ward; Nurses and Midwives Council of Malawi PIN **NMW 0388120**\n', '- Surgical ward; Nurses and Midwives Council of Malawi PIN **[REGISTRATION NUMBER]**\n'],
    ['Dental Council of Singapore registration D20417, 2015 to 2019\n', 'Dental Council of Singapore registration [REGISTRATION NUMBER], 2015 to 2019\n'],
    ['Nursing Council of Kenya RN30981 and KRCHN\n', 'Nursing Council of Kenya [REGISTRATION NUMBER] and KRCHN\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the council with a year or a word after it stays', () => {
    const text = 'Medical Council of Sri Lanka registration (2014); Pharmacy Board of Ghana PIN renewal due.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('must-never: a profile link broken after a dot inside its name', () => {
  test('the rest alone on the next line goes', () => {
    expect(redact('Instagram: https://www.instagram.com/efua.\nmensah_rn\n')).toBe('Instagram: [URL].\n[URL]\n');
  });

  test('a sentence after a link that ends one stays', () => {
    expect(redact('Our page is https://www.facebook.com/wardnine.\nThanks to everyone who posts.\n')).toBe('Our page is [URL].\nThanks to everyone who posts.\n');
  });
});

describe('must-never: a display name given after "on Teams as"', () => {
  test('the name and its organisation go', () => {
    expect(redact('Message me on Teams as Yewande O-A (GSTT) or call the ward.\n')).toBe('Message me on Teams as [URL] or call the ward.\n');
  });

  test('a role given so stays', () => {
    const text = 'I joined on Teams as Deputy Lead (Renal) each Friday.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('must-never: a date of birth in words in a Markdown table', () => {
  test('a year in words after a bar', () => {
    expect(redact('| Date of birth | the second of June nineteen ninety-one |\n')).toBe('| Date of birth | the [DATE OF BIRTH] |\n');
  });

  test('a place in the next row stays', () => {
    const text = '| Place of work | Leeds |\n';
    expect(redact(text)).toBe(text);
  });
});

describe('names: the candidate in a Markdown table row of two cells', () => {
  test('"| Name | … |" is the candidate', () => {
    expect(redact('| Name | Nadeesha Kumari Herath |\n| Post | Dietitian |\n\nNadeesha led the clinic.\n')).toBe(
      '| Name | [CANDIDATE] |\n| Post | Dietitian |\n\n[CANDIDATE] led the clinic.\n',
    );
  });
});

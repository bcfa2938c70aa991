import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;
const found = (text: string) => anonymise(text).redactions.map(({ type, original }) => [type, original]);

// Round 28 (helper anonymiser-42): the must-never details round 27's f27-* documents let through, mended by general
// readings of a number in words, a layout and a calendar's year name. Fresh lines in our own words, none from the
// corpus, each with what must stay beside it.

describe('a phone spelt in words, with "hundred" for a pair of noughts', () => {
  test.each([
    ['Mobile: oh seven eight hundred, 123 456', [['phone', 'oh seven eight hundred, 123 456']]],
    ['Landline: oh one one three, four nine six, oh two hundred', [['phone', 'oh one one three, four nine six, oh two hundred']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('counts and amounts in hundreds stay', () => {
    const text =
      'We saw one hundred and twenty patients, between seven hundred and eight hundred referrals a year, and handed out two hundred, 300 or 400 leaflets. The list grew from nine hundred to one thousand.';
    expect(redact(text)).toBe(text);
  });
});

describe('a phone in words whose line broke after "double-" goes on in its column of the next line', () => {
  test('both halves are the phone, and the other column stays', () => {
    const text = 'CONTACT                        PROFILE\nphone: oh-seven-nine-double-   Pharmacy technician with four\none two-three-triple-four      years in community pharmacy.';
    expect(redact(text)).toBe('CONTACT                        PROFILE\nphone: [PHONE]   Pharmacy technician with four\n[PHONE]      years in community pharmacy.');
    expect(found(text)).toEqual([
      ['phone', 'oh-seven-nine-double-'],
      ['phone', 'one two-three-triple-four'],
    ]);
  });

  test('a "double-" the line broke after in prose, with no number to go on, stays', () => {
    const text = 'The clinic list was one-double-\nbooked twice last week.';
    expect(redact(text)).toBe(text);
  });
});

describe("a bracket an extension opens goes whole with the phone, the writer's note in it too", () => {
  test.each([
    ['Work: 0161 496 0732 (ext. 4120, pharmacy stores)', 'Work: [PHONE]'],
    ['Desk 020 7946 0155 (extension 88, rehab gym) or bleep me.', 'Desk [PHONE] or bleep me.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a bracket of words alone after a phone stays', () => {
    expect(redact('0161 496 0732 (answerphone after 5pm)')).toBe('[PHONE] (answerphone after 5pm)');
  });
});

describe('a year of birth named in the sixty-year cycle of element and animal', () => {
  test.each([
    ['I was born in the Year of the Fire Horse, and nobody lets me forget it.', [['date-of-birth', 'the Year of the Fire Horse']]],
    [
      'I was born in a Wood Rat year according to the Mongolian lunar calendar and moved south later.',
      [['date-of-birth', 'a Wood Rat year according to the Mongolian lunar calendar']],
    ],
    ['I was born in 1976, the Year of the Dragon, so I am meant to lead.', [['date-of-birth', '1976, the Year of the Dragon']]],
    ['I was born in the female Iron-Tiger year (Tibetan calendar).', [['date-of-birth', 'the female Iron-Tiger year (Tibetan calendar)']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('the cycle named without a birth, and a year of something else, stay', () => {
    const text = 'Our Lunar New Year stall for the Year of the Dragon raised £300, and the service was born in the year of the pandemic.';
    expect(redact(text)).toBe(text);
  });
});

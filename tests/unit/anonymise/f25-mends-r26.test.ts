import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 26 (helper anonymiser-38): the must-never details round 25's f25-* documents let through, each mended by a
// general reading (a layout, an identifier's shape, a date's form). Fresh lines in our own words, none from the corpus,
// each with what must stay beside it.

describe('a phone spelt in words, its groups parted by spaced dashes, carried down its column', () => {
  test.each([
    // The run ends at the column's gap; the next line's field in the same column goes on with it, however few its digits.
    [
      'Tel: oh one one three - four nine six        Summary\nzero - two seven                         Practice nurse for ten years.',
      'Tel: [PHONE]        Summary\n[PHONE]                         Practice nurse for ten years.',
    ],
    ['Phone: oh seven seven zero zero – nine zero zero\n', 'Phone: [PHONE]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('counts and scores between spaced dashes, a span of years, and a line that gives no number stay', () => {
    const text = 'Our clinic runs one - two sessions a week, scored seven - eight.\nRota 2019 - 2021 two weekends.\nTel: see below        Experience\nnine - nine                 Band 5\n';
    expect(redact(text)).toBe(text);
  });
});

describe("an outward postcode after a home's number and a comma", () => {
  test.each([
    ['We have a pitch on the traveller site, pitch 6, BD4 - post goes to the office.', 'We have a pitch on the traveller site, pitch 6, [POSTCODE] - post goes to the office.'],
    ['Post reaches me at 7 Larch Grove, LS14.', 'Post reaches me at [ADDRESS], [POSTCODE].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test("a ward's, a bay's, a room's and a band's number before a code stay", () => {
    const text = 'I covered Ward 14, LS9 and Bay 3, M13 on nights. Clinic room 4, B12 injections and Band 6, M1 rota.';
    expect(redact(text)).toBe(text);
  });
});

describe('a year of birth given in another calendar beside the Gregorian, in brackets after the place', () => {
  test.each([
    ['I was born in Herat (1370 Hijri Shamsi; 1991) and came to Leeds.', 'I was born in [PLACE OF ORIGIN] ([DATE OF BIRTH]) and came to Leeds.'],
    ['Born in Pokhara (2047 B.S., 1990).', 'Born in [PLACE OF ORIGIN] ([DATE OF BIRTH]).'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a bracket of a later year or of a calendar with no year stays', () => {
    expect(redact('I was born in Poland (moved here in 2004).')).toBe('I was born in [PLACE OF ORIGIN] (moved here in 2004).');
    expect(redact('I was born in Tehran (the calendar there differs).')).toBe('I was born in [PLACE OF ORIGIN] (the calendar there differs).');
  });
});

describe('a hyphenated name given as a way to reach the writer on a messaging platform', () => {
  test.each([
    ['Contact: Tashi-Dolma on Signal, 07700 900 512', 'Contact: [URL] on Signal, [PHONE]'],
    ['Message me as Rinzin-Bhote on Telegram.', 'Message me as [URL] on Telegram.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a campaign told in a sentence, and a name before a feed rather than a messenger, stay', () => {
    const text = 'We promoted Stoptober-Ready on Facebook Messenger last year.\nContact: Quit-Ready on Instagram\n';
    expect(redact(text)).toBe(text);
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 27 (helper anonymiser-40): the must-never detail round 26's f26-* documents let through, mended by a general
// reading of a date's form. Fresh lines in our own words, none from the corpus, each with what must stay beside it.

describe('the weekday of a birth told without its date is part of the date of birth', () => {
  test.each([
    // An Akan day name explained: the weekday is the birth's.
    ['My Akan day name tells everyone I was born on a Thursday.', 'My Akan day name tells everyone I was born on [DATE OF BIRTH].'],
    // A time of the day goes with it, and the place after it is the place of birth.
    ['I was born on a Saturday night in Tamale, so I was named for it.', 'I was born on [DATE OF BIRTH] in [PLACE OF ORIGIN], so I was named for it.'],
    ['Being Wednesday-born, I carry the name of that day.', 'Being [DATE OF BIRTH], I carry the name of that day.'],
    // The weekday and the date after it are one date, and the place after them the place of birth.
    ['I was born on a Monday, 2 June 1980, in Leeds.', 'I was born on [DATE OF BIRTH], in [PLACE OF ORIGIN].'],
    // A paragraph's line wrapped after "a": read on the prose.
    [
      'As the midwives on my first placement liked to remind me at every handover we held, I was born on a\nFriday and the name came with it, which I have always been proud to carry at work.',
      'As the midwives on my first placement liked to remind me at every handover we held, I was born on [DATE OF BIRTH] and the name came with it, which I have always been proud to carry at work.',
    ],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a weekday that is the time of a clinic, a round or a shift stays', () => {
    const text =
      'I run the anticoagulation clinic on a Tuesday and the leg ulcer clinic on Thursdays. Our new triage rota was born on a Monday ward round, the pop-up clinic was born on a Sunday shift, and the idea was born on a Friday afternoon huddle with the pharmacists.';
    expect(redact(text)).toBe(text);
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 25 (helper anonymiser-36): families of details the tuned CV slice still let through, each read by a general
// reading. Fresh lines in our own words, none from the corpus, each with what must stay beside it.

describe('faiths the list did not name, and how devout the writer is', () => {
  test.each([
    // Faiths of Kurdish, Yazidi, Albanian and Levantine communities, named as the writer's.
    ['I am Alevi but not practising.', 'I am [RELIGION].'],
    ['We are Yezidi and came over in 2015.', 'We are [RELIGION] and came over in 2015.'],
    ['I was raised Druze in the mountains.', 'I was [RELIGION] in the mountains.'],
    // "practising" or "devout" before a membership goes with it, as "active" already did.
    ['I am a practising member of the Coptic church.', 'I am a [RELIGION].'],
    ['A devout member of the Baptist chapel in town.', 'A [RELIGION] in town.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    // A club's membership, a profession practised, and a community's patients stay.
    'I am an active member of the Rotary club.',
    'I am a practising solicitor turned nurse.',
    'I treated Yazidi patients in the camp clinic.',
  ])('stays: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe("a condition's kind and a stammer the writer has", () => {
  test.each([
    // Two words of kind or management before the condition, not only one.
    ['I have mild psoriatic arthritis, so I prefer clinic work.', 'I have [HEALTH], so I prefer clinic work.'],
    ['I have well-controlled rheumatoid arthritis.', 'I have [HEALTH].'],
    // A stammer as a noun the writer has.
    ['I have a mild stammer myself, which rarely shows.', 'I have a [HEALTH] myself, which rarely shows.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    // Clients who stammer and a stammer clinic are work.
    'I run a stammer clinic for children who stammer.',
    'I run a mild asthma clinic on Tuesdays.',
  ])('stays: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe("one child with their age, and a named child's age after a parent", () => {
  test.each([
    // No count, no "my": a child and their age opening a clause or a cell, or after "have".
    ['Married; son aged 3.', '[MARITAL STATUS]; [FAMILY].'],
    ['Divorced, daughter aged 12 at secondary school.', '[MARITAL STATUS], [FAMILY].'],
    ['We have twins of eight months, so I prefer early shifts.', 'We have [FAMILY], so I prefer early shifts.'],
    // The bracket after a child a parent names.
    ['Single dad of Tariq (7); I can do Saturdays.', '[MARITAL STATUS] of [NAME 1] [FAMILY]; I can do Saturdays.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    // A clinic's population is plural, and a child treated is a patient.
    '• children aged 5 to 11 with asthma',
    'I treated a son aged 3 with croup.',
  ])('stays: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 43 (helper mend-43d): the review of anonymiser-88's rules. Each reading is narrowed to its sense, in fresh words, with the
// case that went wrong before and the writer's own that must still go.

describe('the writer as the parent of someone named', { timeout: 30_000 }, () => {
  test('a parent with a possessive after is someone else’s (the patient’s)', () => {
    expect(redact('I was his mother’s key worker on the stroke ward.')).toBe('I was their mother’s key worker on the stroke ward.');
    expect(redact("I am their grandad's main contact at the surgery.")).toBe("I am their grandad's main contact at the surgery.");
  });

  test('the writer as the parent still goes', () => {
    expect(redact('I left the ward early because I am their dad.')).toBe('I left the ward early because I am [FAMILY].');
  });
});

describe('a family carer', () => {
  test('with an employer after it is a post', () => {
    expect(redact('I was a family carer with Home Instead in Derby for two years.')).toBe('I was a family carer with Home Instead in Derby for two years.');
    expect(redact('I am a working carer at Hollybank House.')).toBe('I am a working carer at Hollybank House.');
  });

  test('caring for the writer’s own still goes', () => {
    expect(redact('I am a family carer for my grandmother and study part time.')).toBe('I am a [FAMILY] and study part time.');
  });
});

describe('an infection is the writer’s only once had', () => {
  test('run or treated, it is work', () => {
    expect(redact('I manage covid and flu outbreaks across six care homes.')).toBe('I manage covid and flu outbreaks across six care homes.');
    expect(redact('I manage pneumonia on the respiratory ward.')).toBe('I manage pneumonia on the respiratory ward.');
    expect(redact('My COVID booster clinics ran every Saturday.')).toBe('My COVID booster clinics ran every Saturday.');
    expect(redact('I had pneumonia patients in every bay that winter.')).toBe('I had pneumonia patients in every bay that winter.');
  });

  test('caught or had, it goes, and so does another joined to it', () => {
    expect(redact('I caught COVID, so I shielded for a fortnight.')).toBe('I caught [HEALTH], so I shielded for a fortnight.');
    expect(redact('I also got Covid twice.')).toBe('I also got [HEALTH] twice.');
    expect(redact("I've had pneumonia twice and asthma since childhood.")).toBe("I've had [HEALTH] twice and [HEALTH].");
    expect(redact('I have eczema and migraines.')).toBe('I have [HEALTH] and [HEALTH].');
  });

  test('a clinic joined to it stays', () => {
    expect(redact('I had covid in 2020 and asthma reviews were paused.')).toBe('I had [HEALTH] and asthma reviews were paused.');
  });
});

describe('coming to have a condition, told next to it', () => {
  test('"started getting" or "caused me to" far from the condition is work', () => {
    expect(redact('I began getting referrals for epilepsy from three practices.')).toBe('I began getting referrals for epilepsy from three practices.');
    expect(redact('Winter pressures caused me to move wards, and I now audit anxiety care plans.')).toBe('Winter pressures caused me to move wards, and I now audit anxiety care plans.');
  });

  test('the condition as its object or its subject goes', () => {
    expect(redact('In 2019 I began getting symptoms of the menopause.')).toBe('In 2019 I began getting symptoms of [HEALTH].');
    expect(redact('A night-shift rota left me with depression.')).toBe('A night-shift rota left me with [HEALTH].');
    expect(redact('In 2021 fibromyalgia caused me to cut my hours.')).toBe('In 2021 [HEALTH] caused me to cut my hours.');
  });
});

describe('the menopause with a hyphen', () => {
  test('"peri-menopausal" said of the writer goes whole', () => {
    expect(redact('I am peri-menopausal and sleep badly.')).toBe('I am [HEALTH] and sleep badly.');
  });

  test('a clinic for it stays', () => {
    expect(redact('I run the post-menopause clinic.')).toBe('I run the post-menopause clinic.');
  });
});

describe('ethnicity said of the writer', () => {
  test('"Black Country" is a region', () => {
    expect(redact('I am glad to be a Black Country lad and a Band 6 nurse.')).toBe('I am glad to be a Black Country lad and a Band 6 nurse.');
  });

  test('"being black" said of a thing stays; opening a clause it goes', () => {
    expect(redact('The monitor risks being black if the cable is loose.')).toBe('The monitor risks being black if the cable is loose.');
    expect(redact('Being black, I was often the only one in the room.')).toBe('Being [ETHNICITY], I was often the only one in the room.');
    expect(redact('I wrote about being brown in nursing.')).toBe('I wrote about being [ETHNICITY] in nursing.');
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 43 (helper anonymiser-88): what public first-person staff stories (menopause and long-COVID stories, staff network
// members, Black History Month and South Asian Heritage Month features, carers, porters) let through or took wrongly, each
// mended by a general reading. Fresh lines in our own words, each with a near case that must stay.

describe('a decade of life after "during", "throughout" or "into my"', { timeout: 30_000 }, () => {
  test('the writer’s decade goes', () => {
    expect(redact('Throughout my late forties I worked nights on the stroke unit.')).toBe('Throughout my [AGE] I worked nights on the stroke unit.');
    expect(redact('During my mid thirties I retrained as a midwife.')).toBe('During my [AGE] I retrained as a midwife.');
  });

  test('a career’s decade stays', () => {
    expect(redact('During my third year I led the audit.')).toBe('During my third year I led the audit.');
  });
});

describe('Covid is no name', () => {
  test('a heading "Pre Covid" stays', () => {
    expect(redact('Pre Covid\nI worked in the community.')).toBe('Pre Covid\nI worked in the community.');
  });
});

describe('the menopause told as the writer’s own', () => {
  test('"I started experiencing" and "For me," make it the writer’s', () => {
    expect(redact('Last spring I started experiencing the perimenopause at work.')).toBe('Last spring I started experiencing [HEALTH] at work.');
    expect(redact('For me, the menopause brought broken sleep and low mood.')).toBe('For me, [HEALTH] brought broken sleep and low mood.');
  });

  test('menopause work for others stays', () => {
    expect(redact('For me, the menopause clinic was the best placement.')).toBe('For me, the menopause clinic was the best placement.');
    expect(redact('We wrote a menopause policy for staff.')).toBe('We wrote a menopause policy for staff.');
  });
});

describe('ethnicity said of the writer', () => {
  test('"proud to be a Black …" and "being brown" go', () => {
    expect(redact('I am glad to be a Black paramedic.')).toBe('I am glad to be a [ETHNICITY] paramedic.');
    expect(redact('Being brown in a mostly white team taught me a lot.')).toBe('Being [ETHNICITY] in a mostly white team taught me a lot.');
  });

  test('a colour of things stays', () => {
    expect(redact('I am proud to be a Black History Month speaker.')).toBe('I am proud to be a Black History Month speaker.');
    expect(redact('I was black and blue after the fall drill.')).toBe('I was black and blue after the fall drill.');
  });
});

describe('the writer as a parent or a spouse, told with the one they care for', () => {
  test('"I am her father" and "a nurse, husband and dad" go, the spouse as a marital status', () => {
    expect(redact('I gave up my evenings because I am her father.')).toBe('I gave up my evenings because I am [FAMILY].');
    expect(redact('I felt I was failing as a nurse, husband and dad.')).toBe('I felt I was failing as a nurse, [MARITAL STATUS] and [FAMILY].');
    expect(redact('I was a wife and mother before I trained.')).toBe('I was a [MARITAL STATUS] and [FAMILY] before I trained.');
  });

  test('another person’s parent stays', () => {
    expect(redact('I called her father to explain the discharge plan.')).toBe('I called their father to explain the discharge plan.');
  });
});

describe('a family carer', () => {
  test('"a working carer", "an unpaid carer", "a carer for two relatives" go', () => {
    expect(redact('I am a working carer and work three long days.')).toBe('I am a [FAMILY] and work three long days.');
    expect(redact('As an unpaid carer, I plan my week closely.')).toBe('As an [FAMILY], I plan my week closely.');
    expect(redact('I am a carer for three relatives.')).toBe('I am a [FAMILY].');
  });

  test('a paid carer stays', () => {
    expect(redact('I am a carer at a nursing home in Selby.')).toBe('I am a carer at a nursing home in Selby.');
  });
});

describe('health the writer had', () => {
  test('covid had, a condition caused, a corneal transplant', () => {
    expect(redact('I had COVID-19 in 2021 and needed two months off.')).toBe('I had [HEALTH] and needed two months off.');
    expect(redact('Standing for long shifts caused me to develop arthritis in both knees.')).toBe('Standing for long shifts caused me to develop [HEALTH].');
    expect(redact('I live with Ehlers-Danlos Syndrome and had a corneal transplant last year.')).toBe('I live with [HEALTH] and had a [HEALTH].');
  });

  test('covid as work stays', () => {
    expect(redact('I had covid patients on every bay in 2020.')).toBe('I had covid patients on every bay in 2020.');
  });
});

describe('work with a condition, and an article cut off by a stronger span', () => {
  test('"and now support autistic adults" is work', () => {
    expect(redact('I qualified in 2015 and now support autistic adults in supported living.')).toBe('I qualified in [YEAR] and now support autistic adults in supported living.');
  });

  test('"a" before an age stays a word', () => {
    expect(redact('I am a 41-year-old autistic man who retrained in IT.')).toBe('I am a [AGE] [HEALTH] who retrained in IT.');
  });
});

describe('a plural noun after "but" with its own auxiliary is no verb of the pronoun', () => {
  test('"but referrals don’t" keeps its noun', () => {
    expect(redact('She runs the clinic but referrals don\'t always arrive on time.')).toBe('They run the clinic but referrals don\'t always arrive on time.');
  });

  test('"but works" is still the pronoun’s verb', () => {
    expect(redact('He finished his degree but works nights.')).toBe('They finished their degree but work nights.');
  });
});

describe('a country the writer goes back to', () => {
  test('"going back to" a country goes', () => {
    expect(redact('I always meant to go back to Mauritius one day.')).toBe('I always meant to go back to [PLACE OF ORIGIN] one day.');
  });

  test('going back to work stays', () => {
    expect(redact('I always meant to go back to nursing one day.')).toBe('I always meant to go back to nursing one day.');
  });
});

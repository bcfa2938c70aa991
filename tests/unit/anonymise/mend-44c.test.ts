import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 44 (helper mend-44c): the findings of review 44c of anonymiser-91's readings, each mended by a general rule.
// Fresh lines in our own words: each reading's false alarm now stays, and a near case of the writer's own still goes.

describe('a move or journey to Britain', { timeout: 30_000 }, () => {
  test('a workplace or a record system moved from stays', () => {
    expect(redact('Our move from Sheffield Children’s Hospital to Wales took a year.')).toBe('Our move from Sheffield Children’s Hospital to Wales took a year.');
    expect(redact('The migration from SystmOne to the UK shared record finished in May.')).toBe('The migration from SystmOne to the UK shared record finished in May.');
  });

  test('a place the writer came from still goes', () => {
    expect(redact('I often speak about my journey from Nairobi to the UK.')).toBe('I often speak about my journey from [PLACE OF ORIGIN] to the UK.');
  });
});

describe('a capitalised condition after "my"', () => {
  test('a rotation, a clinic, a course or a charity named after a condition stays', () => {
    expect(redact('My Epilepsy and Neurology placement was in Hull.')).toBe('My Epilepsy and Neurology placement was in Hull.');
    expect(redact('My Arthritis, Gout and Lupus clinic doubled in size.')).toBe('My Arthritis, Gout and Lupus clinic doubled in size.');
    expect(redact('I redesigned my Anxiety Management group.')).toBe('I redesigned my Anxiety Management group.');
  });

  test('the writer’s own condition still goes, before a stop, a comma and "I", or a verb', () => {
    expect(redact('I talk openly about my Dyspraxia.')).toBe('I talk openly about my [HEALTH].');
    expect(redact('I control my Asthma, and I run marathons.')).toBe('I control my [HEALTH], and I run marathons.');
  });
});

describe('a bare "Having" before a condition', () => {
  test('a verb of work between "Having" and the condition keeps both', () => {
    expect(redact('Having taught dementia awareness, I joined the audit team.')).toBe('Having taught dementia awareness, I joined the audit team.');
    expect(redact('Having coded sepsis, I then trained my ward in it.')).toBe('Having coded sepsis, I then trained my ward in it.');
  });

  test('the writer having a condition, with a degree word, still goes', () => {
    expect(redact('Having severe epilepsy, I plan my rota carefully.')).toBe('Having [HEALTH], I plan my rota carefully.');
  });
});

describe('a condition listed after one of the writer’s', () => {
  test('a clinical term after the writer’s condition stays', () => {
    expect(redact('My diabetes and dementia outreach work keep me busy.')).toBe('My [HEALTH] and dementia outreach work keep me busy.');
  });

  test('a second condition of the writer’s still goes', () => {
    expect(redact('I manage my depression and anxiety with exercise.')).toBe('I manage my [HEALTH] and [HEALTH] with exercise.');
  });
});

describe('a decade the writer grew up in, not a service’s', () => {
  test('standards raised or a child service in a decade stays', () => {
    expect(redact('Targets were raised in the 1990s for every ward.')).toBe('Targets were raised in the 1990s for every ward.');
    expect(redact('Child health clinics in the 2000s moved online.')).toBe('Child health clinics in the 2000s moved online.');
  });

  test('the writer raised in a decade still goes', () => {
    expect(redact('I was raised in the 1970s by my gran.')).toBe('I was raised in the [YEAR] by my gran.');
  });
});

describe('small readings', () => {
  test('an orientation naming a cause or a group stays; the writer’s own goes', () => {
    expect(redact('As a proud lesbian rights campaigner I spoke.')).toBe('As a proud lesbian rights campaigner I spoke.');
    expect(redact('As a proud lesbian I spoke.')).toBe('As a proud [SEXUAL ORIENTATION] I spoke.');
  });

  test('"ex" before a named employer is "former"; a former partner still goes', () => {
    expect(redact('I thank my ex NHS employer for the reference.')).toBe('I thank my ex NHS employer for the reference.');
    expect(redact('I moved here after my ex and I parted.')).toBe('I moved here after [MARITAL STATUS] and I parted.');
  });

  test('family roles listed after a job of two words go', () => {
    expect(redact('I am a staff nurse, daughter, sister and volunteer.')).toBe('I am a staff nurse, [FAMILY], [FAMILY] and volunteer.');
  });
});

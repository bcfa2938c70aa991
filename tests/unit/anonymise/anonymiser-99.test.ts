import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 47 (helper anonymiser-99): the 28th real-text audit. What first-person staff stories (veterans, carers, staff
// networks, returners, international recruits) and CV sections (LinkedIn exports, publications, references, personal
// details) let through, each mended by a general reading. Fresh lines in our own words, each with a near case that must stay.

describe('an identifier typed a character at a time', { timeout: 30_000 }, () => {
  test('after its label it goes whole, letters too', () => {
    expect(redact('Staff number 4 4 8 2 2 1 9 0')).toBe('Staff number [ID NUMBER]');
    expect(redact('Driving licence: W A L S H 7 0 3 1 5 2 F 9 Z X')).toBe('Driving licence: [ID NUMBER]');
  });

  test('letters spaced out with no label stay', () => {
    expect(redact('Theatre list: A B C D E F on Monday, 2023')).toBe('Theatre list: A B C D E F on Monday, 2023');
  });
});

describe('a National Insurance number after its label, whatever its prefix', () => {
  test('a prefix HMRC never issues still goes after "National Insurance no."', () => {
    expect(redact('National Insurance no. ZZ 99 88 77 A')).toBe('National Insurance no. [NI NUMBER]');
  });

  test('"NI" before a year stays', () => {
    expect(redact('Skills: NI 2023 audit lead')).toBe('Skills: NI 2023 audit lead');
  });
});

describe('two authors, each with one initial', () => {
  test('a citation of two goes', () => {
    expect(redact('Brennan K, Osei A. Pressure ulcer audit on a surgical ward. J Wound Care 2020;29:14.')).toBe(
      '[NAME], [NAME]. Pressure ulcer audit on a surgical ward. J Wound Care 2020;29:14.',
    );
  });

  test('a bay and a ward with their letters stay', () => {
    expect(redact('Rota 2022: Bay A, Ward C. Nights only.')).toBe('Rota 2022: Bay A, Ward C. Nights only.');
  });
});

describe('pronouns in brackets, and "she/they"', () => {
  test('a name’s bracket of pronouns goes', () => {
    expect(redact('Sunita Rao (she/they) – Lead Pharmacist')).toBe('[CANDIDATE] ([GENDER]) – Lead Pharmacist');
    expect(redact('My pronouns are he/they.')).toBe('My pronouns are [GENDER].');
  });

  test('"he/she", which says no one’s, stays', () => {
    expect(redact('Ask whether the patient wants (he/she) on the leaflet.')).toBe('Ask whether the patient wants (he/she) on the leaflet.');
  });
});

describe('a union that is a professional body, by its name in full', () => {
  test('with a role after it, it goes', () => {
    expect(redact('I was a British Medical Association rep for the junior doctors.')).toBe('I was a [TRADE UNION].');
  });

  test('alone it stays', () => {
    expect(redact('I gave a talk to the Royal College of Midwives conference.')).toBe('I gave a talk to the Royal College of Midwives conference.');
  });
});

describe('an orientation after another thing the writer is and "and"', () => {
  test('"as an autistic woman and a lesbian" goes', () => {
    expect(redact('As an autistic woman and a lesbian, I notice sensory overload on the ward.')).toBe(
      '[HEALTH] [GENDER] and a [SEXUAL ORIENTATION], I notice sensory overload on the ward.',
    );
  });

  test('a cause stays', () => {
    expect(redact('I was a chef and a gay rights campaigner before nursing.')).toBe('I was a chef and a gay rights campaigner before nursing.');
  });
});

describe('the writer’s age after a joiner', () => {
  test('"but at 44 I…" goes', () => {
    expect(redact('I retrained as a nurse, but at 44 I found the maths hard.')).toBe('I retrained as a nurse, but at [AGE] I found the maths hard.');
  });

  test('a clock’s hour stays', () => {
    expect(redact('The clinic shuts and at 9 I restock the room.')).toBe('The clinic shuts and at 9 I restock the room.');
  });
});

describe('a profile’s fragment opening "Proud" and the writer’s colour', () => {
  test('the colour goes', () => {
    expect(redact('Proud Mixed-race midwife and mother of three.')).toBe('Proud [ETHNICITY] midwife and [FAMILY].');
  });

  test('a region stays', () => {
    expect(redact('Proud Black Country lad and porter.')).toBe('Proud Black Country lad and porter.');
  });
});

describe('a condition after "I" and an adverb', () => {
  test('"I still have", "I sometimes get" go', () => {
    expect(redact('Outside work I still have epilepsy, well controlled.')).toBe('Outside work I still have [HEALTH].');
    expect(redact('I sometimes get panic attacks before audits.')).toBe('I sometimes get [HEALTH] before audits.');
  });

  test('a clinic the writer runs stays', () => {
    expect(redact('I also run epilepsy clinics.')).toBe('I also run epilepsy clinics.');
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 44 (helper anonymiser-89): what the f43 CVs and statements let through or took wrongly, each mended by a general
// reading. Fresh lines in our own words, each with a near case that must stay.

describe('a name in capitals over the document’s title', { timeout: 30_000 }, () => {
  test('given names that are also words, a hyphenated surname and "- CURRICULUM VITAE" after them go', () => {
    expect(redact('From: Grace Okoro-Bell <g.ob@example.com>\n\nGRACE MERCY OKORO-BELL - CURRICULUM VITAE\nReceptionist')).toBe(
      'From: [CANDIDATE] <[EMAIL]>\n\n[CANDIDATE] - CURRICULUM VITAE\nReceptionist',
    );
  });

  test('the same words in prose stay', () => {
    expect(redact('Grace Okoro-Bell\nReceptionist\n\nI show grace and mercy to upset callers.')).toBe('[CANDIDATE]\nReceptionist\n\nI show grace and mercy to upset callers.');
  });
});

describe('the name the writer asks to be called by', () => {
  test('"please use X, or Y as …" gives both', () => {
    expect(redact('Sanduni Fernando\nPharmacist\n\nPlease use Sanduni, or Sandu as the team does. Sandu runs the clinic.')).toBe(
      '[CANDIDATE]\nPharmacist\n\nPlease use [CANDIDATE], or [CANDIDATE] as the team does. [CANDIDATE] runs the clinic.',
    );
  });

  test('"please use" before a system stays', () => {
    expect(redact('Sanduni Fernando\nPharmacist\n\nPlease use Teams or Zoom for the interview.')).toBe('[CANDIDATE]\nPharmacist\n\nPlease use Teams or Zoom for the interview.');
  });
});

describe('a name word joined to a second tool is a tool', () => {
  test('"X and ACRONYM-based" and "X and ACRONYM model" stay', () => {
    expect(redact('On placement I used Kawa and PEOP-based goal setting.')).toBe('On placement I used Kawa and PEOP-based goal setting.');
    expect(redact('We used Kawa and MOHO model assessments.')).toBe('We used Kawa and MOHO model assessments.');
  });

  test('two people joined by "and" still go', () => {
    expect(redact('On placement I shadowed Amira and Kawa on the ward.')).toBe('On placement I shadowed [NAME 1] and [NAME 2] on the ward.');
  });
});

describe('a Welsh health board named after a person', () => {
  test('"UHB" after the name and the Welsh "Bwrdd Iechyd Prifysgol" before it keep the board', () => {
    expect(redact('Staff no. 5531 (Hywel Dda UHB)')).toBe('Staff no. [ID NUMBER] (Hywel Dda UHB)');
    expect(redact('Employer: Bwrdd Iechyd Prifysgol Gwilym Ddu')).toBe('Employer: Bwrdd Iechyd Prifysgol Gwilym Ddu');
  });

  test('a person before a post still goes', () => {
    expect(redact('Referee: Gwilym Ddu, Ward Manager')).toBe('Referee: [NAME 1], Ward Manager');
  });
});

describe('time off for a faith, told after the faith', () => {
  test('"cannot work from Friday at sundown…" and "each April I take three days’ leave for …" go', () => {
    expect(redact('I observe the Sabbath, so I cannot work from Friday at sundown until Saturday evening; I can do Sundays.')).toBe(
      '[RELIGION], so I [RELIGION]; I can do Sundays.',
    );
    expect(redact('I am Buddhist, and each April I take three days’ leave for Losar.')).toBe('I am [RELIGION], and [RELIGION].');
  });

  test('the same time off with no faith told stays', () => {
    expect(redact('I cannot work from Friday at sundown until Saturday evening; I can do Sundays.')).toBe(
      'I cannot work from Friday at sundown until Saturday evening; I can do Sundays.',
    );
    expect(redact('Each April I take three days’ leave for the audit.')).toBe('Each April I take three days’ leave for the audit.');
  });
});

describe('faith words in other spellings and languages', () => {
  test('Charedim, the rebbetzin, the shul and Songkran go', () => {
    expect(redact('I help the rebbetzin of our shul with a drop-in.')).toBe('I help the [RELIGION] of our [RELIGION] with a drop-in.');
    expect(redact('Our clinic is trusted by the Charedim.')).toBe('Our clinic is trusted by the [RELIGION].');
    expect(redact('I volunteer at the Lao temple at Songkran.')).toBe('I volunteer at the [RELIGION] at [RELIGION].');
  });
});

describe('aids the writer uses for hearing and blood sugar', () => {
  test('"I use a hearing loop", "an amplified stethoscope", "I wear a CGM" go', () => {
    expect(redact('In meetings I use a hearing loop.')).toBe('In meetings I [HEALTH].');
    expect(redact('On the ward I use an amplified stethoscope.')).toBe('On the ward I [HEALTH].');
    expect(redact('I wear a CGM on my arm.')).toBe('I [HEALTH] on my arm.');
  });

  test('the same aids fitted or taught for patients stay', () => {
    expect(redact('I fitted hearing loops in clinic rooms.')).toBe('I fitted hearing loops in clinic rooms.');
    expect(redact('We trained patients to use a CGM.')).toBe('We trained patients to use a CGM.');
    expect(redact('The ward bought amplified stethoscopes.')).toBe('The ward bought amplified stethoscopes.');
  });
});

describe('time off for a faith with a festival inside it', () => {
  test('"cannot work … or on Pesach" goes whole, and the writer’s next clause stays', () => {
    expect(redact('I observe the Sabbath, so I cannot work on Saturdays or on Pesach; evenings suit me.')).toBe('[RELIGION], so I [RELIGION]; evenings suit me.');
    expect(redact('At Diwali I ask for two days off and I’m glad to cover Easter for others.')).toBe('At [RELIGION] I [RELIGION] and I’m glad to cover Easter for others.');
  });
});

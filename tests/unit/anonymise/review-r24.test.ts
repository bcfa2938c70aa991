import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 24's review (helper mend-24a): anonymiser readings that took a panel's facts for personal details. The
// review's example sentences, then our own wording of each sense kept and each still taken.

describe('"medium/…" is a Medium profile only among contacts or with a handle\'s mark', () => {
  test.each([
    ['Managed a caseload of medium/high risk patients and medium/long-term placements.', 'Managed a caseload of medium/high risk patients and medium/long-term placements.'],
    ['I triaged low, medium/high acuity calls and wrote medium/short-term plans.', 'I triaged low, medium/high acuity calls and wrote medium/short-term plans.'],
    // Beside an e-mail address, or with its "@", it is the writer's profile.
    ['Sani Bello\nsani@example.com | medium/saniwrites\nI write about ward life.\n', '[CANDIDATE]\n[EMAIL] | [URL]\nI write about ward life.\n'],
    ['Sani Bello\nsani@example.com | medium/@sani_writes\nI write about ward life.\n', '[CANDIDATE]\n[EMAIL] | [URL]\nI write about ward life.\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('bare years in a header cell are an age only beside a marital status or a marked age', () => {
  test.each([
    ['Tomasz Nowak\nHealthcare Assistant    15 years\ntomasz.nowak@example.com\nI work nights.\n', '[CANDIDATE]\nHealthcare Assistant    15 years\n[EMAIL]\nI work nights.\n'],
    ['Grace Adeyemi\nRegistered Nurse | 12 years\ngrace.adeyemi@example.com | 07700 900123\nI love theatre work.\n', '[CANDIDATE]\nRegistered Nurse | 12 years\n[EMAIL] | [PHONE]\nI love theatre work.\n'],
    ['Olu Ade\nPharmacy Technician | 9 yrs\nolu@example.com\nI run a clinic.\n', '[CANDIDATE]\nPharmacy Technician | 9 yrs\n[EMAIL]\nI run a clinic.\n'],
    ['Olu Ade\nExperience    11 years\nolu@example.com\nI run a clinic.\n', '[CANDIDATE]\nExperience    11 years\n[EMAIL]\nI run a clinic.\n'],
    // Beside a marital status the same years are an age.
    ['Olu Ade\nMarried | 34 years\nolu@example.com\nI run a clinic.\n', '[CANDIDATE]\n[MARITAL STATUS] | [AGE]\n[EMAIL]\nI run a clinic.\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('a date in the header after a label is that label\'s date, not a birth', () => {
  test.each([
    [
      'Grace Adeyemi\ngrace.adeyemi@example.com   07700 900123\nNMC PIN: 01A2345E    Qualified:    12/07/2002\nI love theatre work.\n',
      '[CANDIDATE]\n[EMAIL]   [PHONE]\nNMC PIN: [REGISTRATION NUMBER]    Qualified:    12/07/2002\nI love theatre work.\n',
    ],
    [
      'Olu Ade\nolu@example.com    07700 900456\nRevalidated:    03/04/2001    Registered    05/06/2000\nI run a clinic in 2024.\n',
      '[CANDIDATE]\n[EMAIL]    [PHONE]\nRevalidated:    03/04/2001    Registered    05/06/2000\nI run a clinic in 2024.\n',
    ],
    // After a place, with no label, the date alone is still the writer's birth.
    ['Olu Ade\nolu@example.com    07700 900456\nLagos    03/04/1990\nI run a clinic in 2024.\n', '[CANDIDATE]\n[EMAIL]    [PHONE]\nLagos    [DATE OF BIRTH]\nI run a clinic in 2024.\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('"not available" beside a faith is its practice only with a time of worship', () => {
  test.each([
    ['As a Muslim I volunteer at the mosque, but I am not available for interview on 3 June.', 'As a [RELIGION] I volunteer at the [RELIGION], but I am not available for interview on 3 June.'],
    [
      'I am a practising Christian and lead the church food bank, which taught me to organise volunteers; I am not available to start until September because of my notice period.',
      'I am a [RELIGION] and lead the [RELIGION] food bank, which taught me to organise volunteers; I am not available to start until September because of my notice period.',
    ],
    ['I sing in the Catholic choir, and I am not available for the induction week in August.', 'I [RELIGION], and I am not available for the induction week in August.'],
    // A day of worship or a fast after it is the when of the practice.
    ['As a Seventh-day Adventist I keep the Sabbath, so I am not available on Saturdays.', 'As a [RELIGION], so I am [RELIGION].'],
    ['I am a practising Muslim and am not available during Ramadan evenings.', 'I am a [RELIGION] and am [RELIGION].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('the place around a place of origin is never an organisation, nor half of one', () => {
  test.each([
    ['I grew up in Leeds, near Seacroft Hospital, where I now work as a porter.', 'I grew up in [PLACE OF ORIGIN], near Seacroft Hospital, where I now work as a porter.'],
    ['I was born in Bradford, in Bradford Royal Infirmary, and trained in Hull.', 'I was born in [PLACE OF ORIGIN], in Bradford Royal Infirmary, and trained in Hull.'],
    ['I was raised in Kirkcaldy, near Victoria Hospital, and now live in Leeds.', 'I was raised in [PLACE OF ORIGIN], near Victoria Hospital, and now live in [ADDRESS].'],
    // A town around it is still more of where.
    ['I grew up in Luton, near Dunstable, and trained in Bedford.', 'I grew up in [PLACE OF ORIGIN], and trained in Bedford.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 17 (lead, from what the unseen f17 set showed): fresh wordings, none from the corpus.
describe('a date of birth under its label in the second of two merged columns', () => {
  test('the date below the label, in its column', () => {
    const text = 'Ola Bakare\nWard clerk with four years on surgical wards.   DATE OF BIRTH\nI manage the admissions list and discharge      22.07.1993\nletters.';
    expect(redact(text)).toBe('[CANDIDATE]\nWard clerk with four years on surgical wards.   DATE OF BIRTH\nI manage the admissions list and discharge      [DATE OF BIRTH]\nletters.');
  });
  test('kept: a date in another column under the label, or prose after it', () => {
    const text = 'Ola Bakare\nKey dates for the audit.                 DOB\nThe audit closed on                      14/03/2021 for every ward.';
    expect(redact(text)).toBe('[CANDIDATE]\nKey dates for the audit.                 DOB\nThe audit closed on                      14/03/2021 for every ward.');
  });
});

describe('one name used alone', () => {
  test('a heading of one name, written again where a name is introduced', () => {
    const text = 'Statement in support of my application\nWahida\n\nI have a single name; the NMC lists me as Wahida. Colleagues call me Wahida too.';
    expect(redact(text)).toBe('Statement in support of my application\n[CANDIDATE]\n\nI have a single name; the NMC lists me as [CANDIDATE]. Colleagues call me [CANDIDATE] too.');
  });
  test('kept: a heading of one word that names a department worked in', () => {
    const text = 'Supporting statement\nAudiology\n\nI have worked in Audiology for six years.';
    expect(redact(text)).toBe(text);
  });
});

describe('registration and membership numbers in any register format', () => {
  test.each([
    ['HCPC (orthoptist): OR08812', 'HCPC (orthoptist): [REGISTRATION NUMBER]'],
    ['Orthoptist since 2015, OR 08812.', 'Orthoptist since 2015, [REGISTRATION NUMBER].'],
    ['Registered with the PVRS, registration number 03-PV-11872.', 'Registered with the PVRS, registration number [REGISTRATION NUMBER].'],
    ['Royal College membership no. MB004512', 'Royal College membership no. [REGISTRATION NUMBER]'],
  ])('%j', (text, expected) => {
    expect(redact(`Ola Bakare\n${text}`)).toBe(`[CANDIDATE]\n${expected}`);
  });
  test.each(['Registration number: to follow', 'My membership number is with HR.', 'Registration no. 2019'])('kept: %j', (text) => {
    expect(redact(`Ola Bakare\n${text}`)).toBe(`[CANDIDATE]\n${text}`);
  });
});

describe('professional bodies of Britain and Ireland', () => {
  test('kept: a body named for both islands; a diaspora association still goes', () => {
    const text = 'Ola Bakare\nMember, British & Irish Association of Stroke Physicians.\nTreasurer, Ghanaian Nurses Association UK.';
    expect(redact(text)).toBe('[CANDIDATE]\nMember, British & Irish Association of Stroke Physicians.\nTreasurer, [ETHNICITY].');
  });
});

// From the round's review.
describe('review mends', () => {
  test.each([
    ['As Muslim women, my sister and I set up a prayer room at work.', 'As [RELIGION] women, [FAMILY] and I set up a [RELIGION] at work.'],
    ['My husband and I are Catholic parents of two.', '[MARITAL STATUS] and I are [RELIGION] parents of two.'],
    ['I supported Muslim colleagues during Ramadan.', 'I supported Muslim colleagues during Ramadan.'],
    ['DOB: 04/07/1986 (39)', 'DOB: [DATE OF BIRTH] ([AGE])'],
  ])('%j', (text, expected) => {
    expect(redact(`Ola Bakare\n${text}`)).toBe(`[CANDIDATE]\n${expected}`);
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;
const HEAD = 'Dr Farah Siddiqui\nSpecialty Doctor\n\n';

// Round 25 (helper anonymiser-36): the must-never details round 24's f24-* documents let through, each mended by a
// general reading (a layout, an identifier's shape, a date's form). Fresh lines in our own words, none from the corpus,
// each with what must stay beside it.

describe("a registration number in a table's cell beside its register", () => {
  test.each([
    // Any shape the register writes it in, in the next cell that is not empty: a tab, a bar or a column's gap between.
    ['Body\tNumber\tRenewal\nHCPC\t\tCS-22817\t\tMarch 2026\n', 'Body\tNumber\tRenewal\nHCPC\t\t[REGISTRATION NUMBER]\t\tMarch 2026\n'],
    ['Register | Membership number | Since\nUK Board of Healthcare Chaplaincy | 7731-CH | 2019\n', 'Register | Membership number | Since\nUK Board of Healthcare Chaplaincy | [REGISTRATION NUMBER] | 2019\n'],
    ['Academy for Healthcare Science    AHS40218    Registered\n', 'Academy for Healthcare Science    [REGISTRATION NUMBER]    Registered\n'],
  ])('%j', (text, expected) => {
    expect(redact(HEAD + text)).toBe(`Dr [CANDIDATE]\nSpecialty Doctor\n\n${expected}`);
  });

  test('a year, a date, a count beside a register of patients and a heading stay', () => {
    const text = 'GMC\t\t2015\t\tFull registration\nNMC revalidation\t\t04/2025\t\tDone\nDiabetes register\t\t1450\t\tpatients\nBody\tNumber\tStatus\n';
    expect(redact(HEAD + text)).toBe(HEAD.replace('Farah Siddiqui', '[CANDIDATE]') + text);
  });
});

describe("a phone's last digits spelt in the bracket after it", () => {
  test.each([
    // The figures before the bracket are too few to ring; with the spelt ones they are a number.
    ['Call me on 01632 960 (eight-eight-one) after six.', 'Call me on [PHONE] after six.'],
    ['Home 0113 496 0 (two-seven-five) or text.', 'Home [PHONE] or text.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('figures that make no phone with the spelt ones stay', () => {
    expect(redact('Audit of 2023 2024 (two-three) cycles.')).toBe('Audit of 2023 2024 (two-three) cycles.');
  });
});

describe('a phone spaced digit by digit between dashes', () => {
  test.each([
    ['Ring 0 1 6 3 2 – 9 6 0 – 4 1 7 any time.', 'Ring [PHONE] any time.'],
    ['Contact: 0 7 7 0 0 - 9 0 0 - 1 2 3', 'Contact: [PHONE]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('bands and scores between dashes stay', () => {
    expect(redact('Bands 5 – 6 – 7 and 1 2 – 3 4 scores.')).toBe('Bands 5 – 6 – 7 and 1 2 – 3 4 scores.');
  });
});

describe('a link broken over a line keeps its query', () => {
  test.each([
    ['LinkedIn: linkedin.com/in/\nmei-ling-ong-4471?utm_source=share\nSkills', 'LinkedIn: [URL]\nSkills'],
    ['Profile: https://www.linkedin.com/in/olu-\nadeyemi-rn/?locale=en_GB\n', 'Profile: [URL]\n'],
    // A question mark after a blank is the sentence's.
    ['Details at www.example.nhs.uk/\ncareers then press Apply? Yes.', 'Details at [URL] then press Apply? Yes.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe("a meeting display name before an organisation's code", () => {
  test.each([
    // Names no list knows, shown as Teams shows a guest: the organisation's code in brackets.
    ['Teams: Tsering Lhamo (LPT) for quick questions.', 'Teams: [URL] for quick questions.'],
    ['Zoom: Ihaia Tapsell (CNWL)\n', 'Zoom: [URL]\n'],
    // The label in capitals, and a dot leader for its colon.
    ['SKYPE ....... Otgonbayar Enkh (BSUH)\n', 'SKYPE ....... [URL]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test("a team's name of work words stays", () => {
    const text = 'Teams: Renal Outreach (UHCW)\nTeams: Cardiac Rehab (NUH)\nTeams: Discharge Hub (LTHT)\n';
    expect(redact(text)).toBe(text);
  });
});

describe('a date of birth in more forms', () => {
  test.each([
    // "b." goes with its year, as a bare "Born" does.
    ['Personal: mid-thirties (b. 1990), full driving licence.', 'Personal: mid-thirties ([DATE OF BIRTH]), full driving licence.'],
    // The day of the week before the date.
    ['I was born on Friday 13th of March 1987 in Leeds.', 'I was born on [DATE OF BIRTH] in [PLACE OF ORIGIN].'],
    ['Date of birth: Sunday, 2 February 1992', 'Date of birth: [DATE OF BIRTH]'],
    // "Born" set off by a column's gap is a field's label and stays, as "Date of birth" does.
    ['Born  1992', 'Born  [DATE OF BIRTH]'],
    // A birthday told by its day.
    ["I'm a Burns Night baby, so January is busy.", "I'm [DATE OF BIRTH], so January is busy."],
    ['Off on my Christmas Eve birthday every year.', 'Off on [DATE OF BIRTH] every year.'],
    ["Yes, a St Andrew's Day birthday.", 'Yes, [DATE OF BIRTH].'],
    // A long bracket after the date: its first part when that is the birth's note.
    ['DOB 22/01/1990 (Year of the Snake in the Chinese zodiac; noted on the form as well)', 'DOB [DATE OF BIRTH] ([DATE OF BIRTH]; noted on the form as well)'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    'I started on Monday 3 March 2025 at the practice.',
    "Our ward had a New Year's Day baby and a Christmas Day shift. My birthday is private.",
  ])('stays: %j', (text) => {
    expect(redact(text)).toBe(text);
  });

  test('a long bracket whose first part is no note stays', () => {
    expect(redact('DOB 22/01/1990 (as on my passport, issued in Hanoi in 2015)')).toBe('DOB [DATE OF BIRTH] (as on my passport, issued in Hanoi in 2015)');
  });
});

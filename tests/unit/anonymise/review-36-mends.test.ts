import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 36's review (M16): "X, one of our …" names a person only when the noun after "one of our" is
// a person's; places and organisations set off the same way stay for the panel.

describe('a name set off as "one of our" people (M16)', () => {
  test.each([
    // The review's lines: hospitals, sites, trusts, centres, units and wards.
    'Broadmoor, one of our three high secure hospitals, is where I worked for five years.',
    'In 2019 Rampton, one of our high-secure sites, took me on as a nursing assistant.',
    'Wythenshawe, one of our two acute sites, is where I did my preceptorship.',
    'Airedale, one of our partner trusts, hosted my community placement.',
    'Papworth, one of our regional cardiothoracic centres, trained me in ECMO.',
    'This month Rosewood, one of our dementia units, won an award for its garden.',
    // Fresh ones: a practice, a team by name, a branch.
    'Bramble, one of our GP practices, ran my first clinic.',
    'Kingfisher, one of our community teams, won the Chief Nurse award.',
    'In 2021 Fernlea, one of our dispensing branches, took me on as a pharmacy assistant.',
  ])('keeps the place or body in %j', (text) => {
    expect(redact(`Amina Okafor\n${text}`)).toBe(`[CANDIDATE]\n${text}`);
  });

  test('keeps a ward set off after "Meet"', () => {
    const text = "Meet Sunflower, one of our children's wards, where I work nights.";
    expect(redact(`Amina Okafor\n${text}`)).toBe(`[CANDIDATE]\n${text}`);
  });

  test.each([
    ['Saeeda, one of our Registered Nurse Apprentices, shares her first year.', '[NAME 1], one of our Registered Nurse Apprentices, shares their first year.'],
    ['In 2022 Oyelaran, one of our most experienced theatre practitioners, retired.', 'In 2022 [NAME 1], one of our most experienced theatre practitioners, retired.'],
    ['This month Zuleikha, one of our healthcare support workers, tells her story.', 'This month [NAME 1], one of our healthcare support workers, tells their story.'],
    ['Tamsin, one of our volunteers at the hospice, drives patients to clinic.', '[NAME 1], one of our volunteers at the hospice, drives patients to clinic.'],
  ])('still removes a person in %j', (text, expected) => {
    expect(redact(`Amina Okafor\n${text}`)).toBe(`[CANDIDATE]\n${expected}`);
  });
});

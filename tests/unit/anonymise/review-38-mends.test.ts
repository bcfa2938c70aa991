import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 38 review, must-fix M11 and M12 (mend-38b): fresh lines in our own words, none from the review or the corpus.

describe("an age field's value is the writer's age only when it reads as an age or a band of years", () => {
  test.each([
    ['Name: Tendai Moyo\nAge group: 45 to 49\n', 'Name: [CANDIDATE]\nAge group: [AGE]\n'],
    ['Name: Tendai Moyo\nAge bracket: 30–34 years\n', 'Name: [CANDIDATE]\nAge bracket: [AGE]\n'],
    ['Name: Tendai Moyo\nAge: fifty-one\n', 'Name: [CANDIDATE]\nAge: [AGE]\n'],
    ['Name: Tendai Moyo\nAge: in my late thirties\n', 'Name: [CANDIDATE]\nAge: [AGE]\n'],
  ])('the age goes: %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    'Rotation 2\nAge group: adolescents 12-17 (inpatient CAMHS)\n',
    'Rotation 2\nAge group: frail older people\n',
    'Rotation 2\nAge range: 16-25 (transition service)\n',
    'Rotation 2\nAge: newborns to 2 years (neonatal outreach)\n',
  ])("a post's patient group stays: %j", (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('after "wife to" or "husband to", only a name', () => {
  test('a service and a job before the spouse\'s given name are kept, the name goes', () => {
    expect(redact('Name: Leila Mansour\nI am husband to Marines captain Oliver, and a keen swimmer.')).toBe(
      'Name: [CANDIDATE]\nI am [MARITAL STATUS] to Marines captain [NAME 1], and a keen swimmer.',
    );
  });

  test('a service and a job with no name after them take nothing as a name', () => {
    expect(redact('Name: Leila Mansour\nProud wife to Army nurse and mum of one.')).toBe('Name: [CANDIDATE]\nProud [MARITAL STATUS] to Army nurse and [FAMILY].');
  });

  test.each([
    ['Name: Leila Mansour\nProud wife to Kofi and a keen runner.', 'Name: [CANDIDATE]\nProud [MARITAL STATUS] to [NAME 1] and a keen runner.'],
    ['Name: Leila Mansour\nLoving husband to Radek Zielinski since 2012.', 'Name: [CANDIDATE]\nLoving [MARITAL STATUS] to [NAME 1] since 2012.'],
  ])('the spouse\'s name still goes: %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

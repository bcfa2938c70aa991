import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;
/** Each redaction as "type: original", to show exactly what went. */
const found = (text: string) => anonymise(text).redactions.map((r) => `${r.type}: ${r.original}`);

// Round 18 (helper anonymiser-28): readings kept because they also moved text their author had not
// studied (the other half of the tuned CV slice, or the held-out totals). Fresh sentences, none from
// the corpus, each with what must stay beside it.

describe('a marital status after the writer’s age or another state', () => {
  test.each([
    ['I am 33 and single, so relocating is easy.', 'I am [AGE] and [MARITAL STATUS], so relocating is easy.'],
    ["I'm 52, engaged, and looking for a new challenge.", "I'm [AGE], [MARITAL STATUS], and looking for a new challenge."],
    // Not a state of the writer's: a word that only starts with "single", or a single point of contact.
    ['I am organised and single-minded about patient safety.', 'I am organised and single-minded about patient safety.'],
    ['I am the single point of contact for audits.', 'I am the single point of contact for audits.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('childcare the writer shares', () => {
  test.each([
    ['My husband and I share the childcare, so early starts are fine.', '[MARITAL STATUS] and I [FAMILY], so early starts are fine.'],
    ['We split the school runs between us.', 'We [FAMILY].'],
    // Advice or leaflets shared at work stay.
    ['I share childcare advice with parents at baby clinic.', 'I share childcare advice with parents at baby clinic.'],
    ['I shared parenting leaflets with the families on the ward.', 'I shared parenting leaflets with the families on the ward.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the sharing goes with the childcare, the spouse as a marital status', () => {
    expect(found('My husband and I share the childcare, so early starts are fine.')).toEqual(['marital-status: My husband', 'dependants: share the childcare']);
  });
});

describe('a nationality granted or given', () => {
  test.each([
    ['In 2011 I was granted British citizenship.', 'In 2011 I was [NATIONALITY].'],
    ['I was given British nationality after ten years here.', 'I was [NATIONALITY] after ten years here.'],
    // Leave granted for study is no nationality.
    ['I was granted study leave for my MSc.', 'I was granted study leave for my MSc.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('gender and nationality over a paragraph’s soft line break', () => {
  test.each([
    [
      'In every team I have joined I have been open that I am a trans\nman, and it has never been an issue.',
      'In every team I have joined I have been open that I am a [GENDER], and it has never been an issue.',
    ],
    [
      'I have worked in general practice for nine years, mostly in Hull, and I am a proud Polish\ncitizen who still visits family every summer.',
      'I have worked in general practice for nine years, mostly in Hull, and I am a proud [NATIONALITY] who still visits family every summer.',
    ],
    // A hard line break between a language list and the next line is no nationality.
    ['Languages spoken: English, Polish\nCitizen science: two published projects', 'Languages spoken: English, Polish\nCitizen science: two published projects'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('a bracket just after a detail the writer tells', () => {
  test.each([
    ['I am deaf in my right ear (an infection when I was small) and sit on the left in meetings.', 'I am [HEALTH] and sit on the left in meetings.'],
    ['I sing with the choir at my chapel (Bethel, Treorchy) most weeks.', 'I [RELIGION] most weeks.'],
    ["I am a practising Catholic (I go to Mass at St Teresa's).", 'I am a [RELIGION].'],
    // A bracket holding a detail of another kind keeps it apart; a bracket after work stays.
    ['Nationality: Sri Lankan (Tamil) (age 41)', 'Nationality: [NATIONALITY] ([AGE])'],
    ['I run diabetes clinics (twice weekly) and foot checks.', 'I run diabetes clinics (twice weekly) and foot checks.'],
    ['I volunteer at the food bank (Tuesdays).', 'I volunteer at the food bank (Tuesdays).'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the bracket is part of the detail’s own redaction', () => {
    expect(found('I am deaf in my right ear (an infection when I was small) and sit on the left in meetings.')).toEqual(['health: deaf in my right ear (an infection when I was small)']);
  });
});

describe('a status clause after the writer’s work', () => {
  test.each([
    [
      'I have run the dispensary at a busy high street pharmacy for six years and I am a British citizen with no restrictions on my right to work.',
      'I have run the dispensary at a busy high street pharmacy for six years and [IMMIGRATION STATUS].',
    ],
    // A clause that already tells a route or an arrival stays with the status after it.
    ['I have permission to stay under the family scheme and I have the right to work without sponsorship.', '[IMMIGRATION STATUS].'],
    ['I moved to Swansea from Vilnius in 2016 and I am a Lithuanian national with settled status.', '[IMMIGRATION STATUS].'],
    ['I hold indefinite leave to remain and I am looking for a Band 6 post.', '[IMMIGRATION STATUS] and I am looking for a Band 6 post.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

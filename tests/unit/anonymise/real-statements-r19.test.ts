import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;
/** Each redaction as "type: original", to show exactly what went. */
const found = (text: string) => anonymise(text).redactions.map((r) => `${r.type}: ${r.original}`);

// Round 19 (helper anonymiser-29): readings from an audit of real, public personal and supporting
// statements. Fresh sentences in our own words, none from those pages, each with what must stay beside it.

describe('"on the way" is a baby only when nothing says where the way leads', () => {
  test.each([
    ['In sixth form I was well on the way to a place at drama school.', 'In sixth form I was well on the way to a place at drama school.'],
    ['The new rota was on its way towards sign-off when I left.', 'The new rota was on its way towards sign-off when I left.'],
    ["I'm on my way home from nights most mornings by eight.", "I'm on my way home from nights most mornings by eight."],
    // A baby on the way stays a pregnancy.
    ['We have a toddler and another on the way in August.', 'We have [FAMILY] [PARENTAL LEAVE].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('a condition the people the writer cares for are suffering from is work', () => {
  test.each([
    ['On the ward I nursed patients suffering from Parkinson’s and learned to pace each meal.', 'On the ward I nursed patients suffering from Parkinson’s and learned to pace each meal.'],
    ['I ran a reminiscence group for residents who suffer from dementia.', 'I ran a reminiscence group for residents who suffer from dementia.'],
    // The writer's own, or a relative's, still goes.
    ['I have been suffering from anxiety since my finals.', 'I have been suffering from [HEALTH] since my finals.'],
    ['My grandad, who suffers from Parkinson’s, lives with us.', '[FAMILY], who suffers from [HEALTH], lives with us.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('the writer as a parent or a spouse, in the past or after another thing they are', () => {
  test.each([
    ['I am a returning student and a mother, so I plan my reading around the school day.', 'I am a returning student and a [FAMILY], so I plan my reading around the school day.'],
    ['Back then I was a father, working nights in a warehouse.', 'Back then I was a [FAMILY], working nights in a warehouse.'],
    ['I became a young dad and young husband before I finished college.', 'I [FAMILY] before I finished college.'],
    ['I am a firefighter’s wife, so I understand shift patterns at home.', 'I am a [MARITAL STATUS], so I understand shift patterns at home.'],
    // A role or a post the writer holds stays.
    ['I am a link nurse and a practice supervisor.', 'I am a link nurse and a practice supervisor.'],
    ['I was a deputy manager for four years.', 'I was a deputy manager for four years.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the spouse goes as a marital status, the parent as family', () => {
    expect(found('As a husband and father, I value a settled rota.')).toEqual(['marital-status: husband', 'dependants: father']);
  });
});

describe('the writer’s sex said by a word built on it, or as the only one of it', () => {
  test.each([
    ['As a sportsman myself, I understand how injury takes away confidence.', 'As a [GENDER] myself, I understand how injury takes away confidence.'],
    ['I was the only female porter on nights for a year.', 'I was the only [GENDER] porter on nights for a year.'],
    ['As one of the few men in the health visiting team, I ran the dads’ group.', 'As one of the few [GENDER] in the health visiting team, I ran the dads’ group.'],
    // A role built on "man", and someone else set apart, stay.
    ['As a chairman of the patient group I set the agendas.', 'As a chairman of the patient group I set the agendas.'],
    ['I shadowed the only female surgeon in the department.', 'I shadowed the only female surgeon in the department.'],
    ['I was the only qualified nurse on the night shift.', 'I was the only qualified nurse on the night shift.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('an age beside the candidate’s name on its line', () => {
  test.each([
    ['Oluwaseun Adebayo, 31\nStaff Nurse, Ward 12\n', '[CANDIDATE], [AGE]\nStaff Nurse, Ward 12\n'],
    ['WIKTORIA ZIELINSKA (45)\nDomestic Assistant\n', '[CANDIDATE] ([AGE])\nDomestic Assistant\n'],
    // A band, hours or years of work after the name stay numbers.
    ['Oluwaseun Adebayo, Band 5, 37.5 hours\n', '[CANDIDATE], Band 5, 37.5 hours\n'],
    ['Oluwaseun Adebayo, 12 years on acute wards\n', '[CANDIDATE], 12 years on acute wards\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('only the number goes, as an age', () => {
    expect(found('Oluwaseun Adebayo | 31 | Sheffield\n')).toContain('age: 31');
  });
});

describe('the eldest or oldest of the writer’s children, with how many', () => {
  test.each([
    ['My oldest three children live with their dad in Kampala.', '[FAMILY] live with their dad in Kampala.'],
    // Patients who are the oldest on a ward stay.
    ['I looked after the oldest residents on the dementia unit.', 'I looked after the oldest residents on the dementia unit.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('pronouns rewritten keep the grammar, and a pair that names no one’s gender stays', () => {
  test.each([
    ['Nor has she ever missed a handover.', 'Nor have they ever missed a handover.'],
    ['Only then was he offered a permanent post.', 'Only then were they offered a permanent post.'],
    ['The crew took her home once the wound was dressed.', 'The crew took them home once the wound was dressed.'],
    // A possessive "her home" and a verb after the pronoun keep their readings.
    ['I visited her home every week.', 'I visited their home every week.'],
    ['She has led the team since March.', 'They have led the team since March.'],
    ['Ask whether he or she needs an interpreter, and note his or her preference.', 'Ask whether he or she needs an interpreter, and note his or her preference.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('an age in years that belongs to a client group or a patient', () => {
  test.each([
    ['I led a walking group for adults over 60 years old.', 'I led a walking group for adults over 60 years old.'],
    ['At 3am a 67-year-old admitted with sepsis became confused.', 'At 3am a 67-year-old admitted with sepsis became confused.'],
    // The writer's own stays an age.
    ['I am a 46-year-old with twenty years in the ambulance service.', 'I am a [AGE] with twenty years in the ambulance service.'],
    ['I am 52 years old and live near the station.', 'I am [AGE] and live near the station.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

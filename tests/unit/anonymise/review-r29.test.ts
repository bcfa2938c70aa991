import { describe, expect, it } from 'vitest';
import { anonymise } from '@/lib/anonymise';

// Round 29 (helper mend-29b): the anonymiser items S4 and S5 of the round's independent review, each with fresh
// cases in our own words, what must stay beside what must go.

const HEAD = 'Dr Farah Siddiqui\nSpecialty Doctor\n\nI work in the emergency department.\n\n';
const BODY = 'Dr [CANDIDATE]\nSpecialty Doctor\n\nI work in the emergency department.\n\n';
const body = (text: string) => anonymise(HEAD + text).text;
const kept = (text: string) => expect(body(text)).toBe(BODY + text);
/** The names taken after the candidate's; other recognisers may read the children themselves as family. */
const names = (text: string) => anonymise(HEAD + text).redactions.filter((r) => r.type === 'name').map((r) => r.original);

describe('S4: children counted or "our" are named only by a known name or a list that ends its clause', () => {
  it.each([
    // A caseload: an age band, the people around the children, a setting.
    'Ran a clinic for 4 children Aged 2 to 5 with eczema.',
    'I saw two children Under 5s weekly at the hub.',
    // Title case away from a line's or a field's start stays a phrase.
    'The ward cared for Two Children In Need appeal families.',
  ])('keeps %j', (text) => {
    kept(text);
  });

  it.each([
    'A drop-in for our children, Families and schools in the town.',
    'Three boys Attending the unit were given a buddy.',
    'Our kids, Teachers and governors planted the garden.',
  ])('takes no name in %j', (text) => {
    expect(names(text)).toEqual(['Farah Siddiqui']);
  });

  it.each([
    // A known given name after a count or "our".
    ['We have three sons, Kwame, Yaw and Kojo.', 'We have [FAMILY], [NAME 1], [NAME 2] and [NAME 3].'],
    // A list of names no list knows, ending its clause.
    ['Our two girls, Haf and Macsen; both at school.', '[FAMILY], [NAME 1] and [NAME 2]; both at school.'],
    // Title case opening a line or a field's value.
    ['Two Sons: Macsen and Cara.', '[FAMILY]: [NAME 1] and [NAME 2].'],
    ['Personal: Three Girls, Haf, Cara and Ebrill.', 'Personal: Three Girls, [NAME 1], [NAME 2] and [NAME 3].'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });
});

describe("S5: someone's surname other than a relative's is followed by a name only when the name data knows it", () => {
  it.each([
    "Before each scan I read the patient's surname Aloud to them.",
    "Staff confirm every client's last name Against the referral form.",
    "A resident's family name Goes on the door sign.",
  ])('keeps %j', (text) => {
    kept(text);
  });

  it.each([
    // A patient's name the data knows still goes, and a relative's any name.
    ["The baby's surname Okonkwo was spelt wrongly on the band.", "The baby's surname [NAME 1] was spelt wrongly on the band."],
    ["My brother's surname is Quist, not mine.", '[FAMILY] is [NAME 1], not mine.'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });
});

describe('already so at round start: people cared for read as a status or as the writer\'s family', () => {
  it.each([
    // Residents counted or a place's are people cared for, not a status held.
    'Looked after 24 permanent residents and 6 short-stay guests.',
    "Reviewed the home's permanent residents each quarter.",
    // A service for children and young people, or a children's ward, is the writer's work.
    'I joined our Children and Young People’s Mental Health Service in 2019.',
    'Most of my shifts were on our children’s ward.',
  ])('keeps %j', (text) => {
    kept(text);
  });

  it.each([
    ['My parents became permanent residents of Australia in 2004.', '[IMMIGRATION STATUS].'],
    ['Our children are at the village school.', '[FAMILY].'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });
});

// Round 29 (lead, a last read against the round's real CVs): a family word opening a line and then a field's label.
describe('a family word opening a line before a label, no relative named', () => {
  it.each(['Mother Tongue: Yoruba', 'Father Occupation: Farmer', 'Father Occupation | Teacher | Retired |'])('keeps %j', (text) => {
    kept(text);
  });
  it('still takes a relative named after a field opens with the family word', () => {
    expect(names('Family: husband Tadeusz; we have two dogs.')).toEqual(['Farah Siddiqui', 'Tadeusz']);
  });
});

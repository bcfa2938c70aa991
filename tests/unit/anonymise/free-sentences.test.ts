import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 10: names and personal details said in the candidate's own sentences. Fresh cases, none from a
// corpus; each line is the whole output, so the spans and placeholders are exact.
describe('where the writer grew up, read past a setting ("rural", "a small town outside")', () => {
  test.each([
    ['Having grown up in rural Donegal, I know how isolated older people can feel.', 'Having grown up in rural [PLACE OF ORIGIN], I know how isolated older people can feel.'],
    ['I was brought up in a small town outside Accra.', 'I was brought up in a small town outside [PLACE OF ORIGIN].'],
    ['I originally come from a fishing village near Kochi.', 'I originally come from a fishing village near [PLACE OF ORIGIN].'],
    ['I was raised in a Catholic family in Cork.', 'I was raised in a [RELIGION] family in [PLACE OF ORIGIN].'],
    // Where the writer's family lives says where they come from.
    ['My extended family in Accra sends me photos every week.', 'My extended family in [PLACE OF ORIGIN] sends me photos every week.'],
    ['Our parents still live in Multan.', '[FAMILY] still live in [PLACE OF ORIGIN].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    // A country is too wide to find anyone by; families the writer supports are work.
    'My family in England are all nurses.',
    'I support families in Bradford with housing problems.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('health, disability and recovery said in the writer’s words', () => {
  test.each([
    ['I am registered blind and use a long cane.', 'I am [HEALTH] and use a [HEALTH].'],
    ['I have a hearing impairment, so I sit facing the room in meetings.', 'I have a [HEALTH], so I sit facing the room in meetings.'],
    ['I am a recovering alcoholic and have been sober for eight years.', 'I am a [HEALTH] and [HEALTH].'],
    ['I use screen-reading software at work.', 'I use [HEALTH] at work.'],
    // An age inside the condition's "since when" no longer drops the condition.
    ["I've had type 1 since I was 12.", "I've had [HEALTH] [AGE]."],
    ['I have asthma since I was 12.', 'I have [HEALTH] [AGE].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each(['I run alcohol clinics for recovering alcoholic patients.', 'We use blind shortlisting for every post.'])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('nationality, faith, family and status in a clause of the writer’s', () => {
  test.each([
    ['My Jamaican grandmother raised me in Birmingham.', 'My [NATIONALITY] raised me in Birmingham.'],
    ['My Nigerian husband cooks on Sundays.', 'My [NATIONALITY] cooks on Sundays.'],
    ["I'm at mosque on Friday lunchtimes, so I would prefer a late start that day.", '[RELIGION], so I would prefer a late start that day.'],
    ['I attend my local gurdwara every Sunday.', '[RELIGION].'],
    ['I came here as an asylum seeker and now work in A&E.', '[IMMIGRATION STATUS].'],
    ['I am the main carer for my son, who is autistic.', 'I am the [FAMILY], who [HEALTH].'],
    ['Since my divorce I have been the only parent at home.', 'Since [MARITAL STATUS] I have been [MARITAL STATUS].'],
    ['I recently returned from maternity leave after the birth of my second child.', 'I recently [PARENTAL LEAVE] after the birth of [FAMILY].'],
    // What a relative owns, across a wrapped line.
    ["My wife's\nshifts change every week.", '[MARITAL STATUS] change every week.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    // The panel's needs: faith named in care for patients, and humanitarian work, are experience.
    'I have supported Muslim patients during Ramadan with their insulin doses.',
    'I volunteered in a refugee camp in Greece for a summer.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('other people named in sentences and in referees’ lines', () => {
  test.each([
    // A word-like given name after a relation, with a verb or the writer beside it.
    ['My husband Tom and I moved to Hull last year.', '[MARITAL STATUS] [NAME 1] and I moved to Hull last year.'],
    ['My colleague Precious covered the front desk.', 'My colleague [NAME 1] covered the front desk.'],
    // A title and a given name ending a line, the surname opening the next: one person, one number.
    [
      'Aisha Rahman\nPractice Nurse\n\nReferees\nDr Oluwafemi\nAdebayo-Johnson, GP Partner, Elm Surgery\nMrs Kerry-Ann\nWhitfield, Practice Manager',
      '[CANDIDATE]\nPractice Nurse\n\nReferees\nDr [NAME 1]\n[NAME 1], GP Partner, Elm Surgery\n[NAME 2]\n[NAME 2], Practice Manager',
    ],
    [
      'Priya Nair\nPharmacist\n\nContact my referee, Ms Anjali\nDeshpande (Lead Pharmacist), at the practice.',
      '[CANDIDATE]\nPharmacist\n\nContact my referee, [NAME 1]\n[NAME 1] (Lead Pharmacist), at the practice.',
    ],
    // A particle name opening a sentence is still the candidate; a sentence's first word is no place's.
    ['Pieter van den Broek\nIT Analyst\n\nVan den Broek led the migration.', '[CANDIDATE]\nIT Analyst\n\n[CANDIDATE] led the migration.'],
    [
      'Fatima El Idrissi\nNurse\n\nMy mentor, Yusuf, encouraged me to apply. Later Yusuf became my line manager.',
      '[CANDIDATE]\nNurse\n\nMy mentor, [NAME 1], encouraged me to apply. Later [NAME 1] became my line manager.',
    ],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'Profile\nI trained at St Mary’s Hospital and then\nSt Mary’s Hospital’s Chronic Disease Hub.',
    'Profile\nPlease contact the practice, or Mr Shah at\nHeadteacher Oak School.',
    'Profile\nMy colleague Will took over the clinic.',
    'Profile\nI worked with Hope Street practice’s team.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text.replace('Mr Shah', '[NAME 1]'));
  });
});

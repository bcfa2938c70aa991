import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;
const found = (text: string) => anonymise(text).redactions.map((r) => [r.type, r.original]);

// Round 24 (helper anonymiser-35): the largest families of details the tuned CV slice still let through, each read
// by a general reading. Fresh lines in our own words, none from the corpus, each with what must stay beside it.

describe('time off in a sentence that tells the faith, in more wordings', () => {
  test.each([
    // "don't", "can't", "won't": the negation inside the word, which a word boundary before "n't" never matched.
    ['I am a member of the Baptist church, so I don\'t work Sundays unless I am on call.', 'I am a [RELIGION], so I [RELIGION] unless I am on call.'],
    ['I teach at the Methodist Sunday school, so I can\'t do Sunday shifts, but I am happy to do Saturdays.', 'I teach at the [RELIGION], so I [RELIGION], but I am happy to do Saturdays.'],
    // The day opening the clause before the writer's "I" goes with the request.
    ['I sing with the gospel choir at Mount Zion Church and on Sundays I am not available before 1pm.', 'I [RELIGION] and [RELIGION].'],
    ['Elder, Free Church of Scotland; I won\'t work Sundays except in an emergency.', '[RELIGION]; I [RELIGION] except in an emergency.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the end of a Sabbath at nightfall is its when, as sunset is', () => {
    expect(found('I keep Shabbat from Friday sunset to Saturday nightfall.')).toEqual([['religion', 'I keep Shabbat from Friday sunset to Saturday nightfall']]);
    expect(redact('I am observant, so I am free to work again from Saturday nightfall.')).toBe('I am observant, so I am free to work again from [RELIGION].');
  });

  test.each([
    // No faith in the sentence: a day off says nothing.
    "I don't work Sundays because I coach my under-11s football team.",
    // Someone else's rota, and the writer's work with a chaplaincy.
    "Our chaplaincy team can't do Sunday visits on the stroke ward, so I covered them.",
    'I volunteer with the hospital chaplaincy on Friday afternoons.',
  ])('stays: %j', (text) => {
    expect(redact(text)).toBe(text);
  });

  test('a request in the next sentence is not the faith\'s', () => {
    expect(redact('I am a practising Catholic. I am not available for the Tuesday training day because of a course.')).toBe(
      'I am a [RELIGION]. I am not available for the Tuesday training day because of a course.',
    );
  });
});

describe('the place around a place of origin', () => {
  test.each([
    // After a comma and "in", "outside" or "near": more of where, whatever the place.
    ['I grew up in Gozo, in Xagħra, and trained in Valletta.', 'I grew up in [PLACE OF ORIGIN], and trained in Valletta.'],
    ['I was raised in Soweto, outside Johannesburg, before nursing school.', 'I was raised in [PLACE OF ORIGIN], before nursing school.'],
    // "Co." for County after a comma, and "County" itself no part of a name ("Clare", "Kerry" are given names too).
    ['I was born in Tralee, Co. Kerry, and qualified in Cork.', 'I was born in [PLACE OF ORIGIN], and qualified in Cork.'],
    ['Born in Cobh, County Clare. Irish citizen.', 'Born in [PLACE OF ORIGIN]. [NATIONALITY].'],
    // A direction before the region, over a wrapped line.
    ['I grew up in Enugu in\neastern Nigeria and qualified there.', 'I grew up in [PLACE OF ORIGIN] and qualified there.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    // A month after the comma is a date; a trust named after a county and a person called Clare are what they are.
    ['I was born in Lagos, in March, and grew up in Leeds.', 'I was born in [PLACE OF ORIGIN], in March, and grew up in [PLACE OF ORIGIN].'],
    ['I worked at County Durham and Darlington NHS Foundation Trust with Clare Hughes.', 'I worked at County Durham and Darlington NHS Foundation Trust with [NAME 1].'],
    ['I grew up in Leeds, in a big family.', 'I grew up in [PLACE OF ORIGIN], in a big family.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe("a leave's length, a child's age after their name, a detail opening its sentence", () => {
  test.each([
    ['We are expecting twins in May, and I will take six months\' shared parental leave.', 'We are [PARENTAL LEAVE], and I will take [PARENTAL LEAVE].'],
    ['I live with my partner and our son Idris (6) in Swansea.', 'I live with [MARITAL STATUS] and [FAMILY] [NAME 1] [FAMILY] in [ADDRESS].'],
    ['I hold settled status.\nCurrently on adoption leave; able to start in June.', '[IMMIGRATION STATUS].\n[PARENTAL LEAVE]; able to start in June.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    // A colleague's leave, with its length, is work; a patient's age in brackets is care (the patient's name goes).
    ["I covered a colleague's twelve months maternity leave on the ward.", "I covered a colleague's twelve months maternity leave on the ward."],
    ['I ran a clinic for a boy, Kacper (8), with eczema.', 'I ran a clinic for a boy, [NAME 1] (8), with eczema.'],
  ])('stays: %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a wrapped line goes on: the "now" of a status still goes with it', () => {
    expect(redact('I came here to study and I am now a\nBritish citizen.')).toBe('I came here to study and I am [NATIONALITY].');
  });
});

describe("a people's own hub", () => {
  test.each([
    ['I volunteer at the Luton Eritrean Community Hub on Saturdays.', 'I volunteer at the [ETHNICITY] on Saturdays.'],
    // A hub not named after a people, and a language spoken, stay.
    ['I ran a weekly session at the NHS Digital Hub for Polish speakers.', 'I ran a weekly session at the NHS Digital Hub for Polish speakers.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe("when a visa ends, after a comma or in its bracket", () => {
  test.each([
    ['Right to work: Skilled Worker visa (sponsored, valid until 2029).', 'Right to work: [IMMIGRATION STATUS].'],
    ['I am on a Graduate visa, valid to March 2027, and will need sponsorship after that.', '[IMMIGRATION STATUS].'],
    ['I hold a Health and Care Worker visa sponsored by my current trust,\nvalid until 2028.', '[IMMIGRATION STATUS].'],
    // A certificate's expiry, and help given to patients with their status, stay.
    ['My enhanced DBS certificate is valid until 2027, and my BLS is up to date.', 'My enhanced DBS certificate is valid until 2027, and my BLS is up to date.'],
    ['I helped patients apply to the EU Settlement Scheme, valid until 2025 as a route.', 'I helped patients apply to the EU Settlement Scheme, valid until 2025 as a route.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('an arrival at an age in words', () => {
  test.each([
    ['I came to the UK at sixteen to study.', 'I [IMMIGRATION STATUS] to study.'],
    ['We moved here at fourteen, so I speak Polish.', 'We [AGE], so I speak Polish.'],
    // A clinic's move at a time of day is no one's arrival.
    ['The clinic moved to the UK site at nine.', 'The clinic moved to the UK site at nine.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe("a condition's when and cause", () => {
  test.each([
    ['I have had epilepsy since 2009 and I work full time.', 'I have had [HEALTH] and I work full time.'],
    ['I had sepsis two years ago and made a full recovery.', 'I had [HEALTH] and made a full recovery.'],
    ['I was treated for anxiety during my training.', 'I was [HEALTH].'],
    ['I am blind in my right eye following an accident as a child.', 'I am [HEALTH].'],
    ['I had long COVID for about three months in my first job.', 'I had [HEALTH] in my first job.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('work with a condition keeps its when', () => {
    expect(redact('I managed the epilepsy clinic since 2009 and audited it for two years.')).toBe(
      'I managed the epilepsy clinic since 2009 and audited it for two years.',
    );
  });
});

describe('what a panel needs beside an address and a faith word', () => {
  test.each([
    // An address in a paragraph ends with its sentence: the postcode's letters are no abbreviation.
    ['Home: 4 Mill Lane, Otley LS21 3AB. Referees on request.', 'Home: [ADDRESS] [POSTCODE]. Referees on request.'],
    ['Home: Flat 2, 7 Kirkgate, Otley. Happy to travel.', 'Home: [ADDRESS]. Happy to travel.'],
    // A practice named after a place with "Chapel" in it is an employer.
    ['2016–2021\tChapel Allerton Medical Centre\tHealthcare Assistant', '2016–2021\tChapel Allerton Medical Centre\tHealthcare Assistant'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

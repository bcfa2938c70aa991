import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 32 (helper anonymiser-54): readings from 42 real, public CVs, statements and staff stories (paramedics, midwives,
// radiographers, biomedical scientists, psychologists, social workers, care and support workers, receptionists, NHS
// graduate trainees in finance and management, returners; CVs kept as JSON Resume, JS data, plain text and Markdown).
// Fresh lines in our own words, none from those documents, each with what must stay beside it.

describe('"My name’s …" gives the name as "My name is …" does, with a surname’s initial after it', () => {
  test.each([
    ['Welcome to my page. My name’s Tomasz K, and I work nights on the stroke unit.', 'Welcome to my page. My name’s [CANDIDATE], and I work nights on the stroke unit.'],
    ['My name’s Bernadette and I run the front desk.', 'My name’s [CANDIDATE] and I run the front desk.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('"I" after the name is the writer, never an initial', () => {
    expect(redact('My name is Ifeoma I am a nurse.')).toContain('I am a nurse.');
  });
});

describe('a workmate’s word names a colleague as "colleague" does', () => {
  test.each([
    ['We covered the rural patch, me and my crewmate Priyanka, for six winters.', 'We covered the rural patch, me and my crewmate [NAME 1], for six winters.'],
    ['My teammate Oluwaseun took the handover.', 'My teammate [NAME 1] took the handover.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('a post in capitals before a colleague’s given name, as staff stories write it', () => {
  test('the name after the post goes, the post stays', () => {
    expect(redact('Patient Transport Coordinator Rachel and Control Room Dispatcher Stephen met the crews.')).toBe(
      'Patient Transport Coordinator [NAME 1] and Control Room Dispatcher [NAME 2] met the crews.',
    );
    expect(redact('I thanked our Ward Receptionist Angela.')).toBe('I thanked our Ward Receptionist [NAME 1].');
  });

  test('a word after the post, or a place named after someone, stays', () => {
    expect(redact('She moved to Support Worker Training in 2020.')).toContain('Support Worker Training');
    expect(redact('I trained as a Healthcare Assistant Bernadette Walsh Unit.')).toBe('I trained as a Healthcare Assistant Bernadette Walsh Unit.');
  });
});

describe('an age after a person’s name, set off by a comma', () => {
  test.each([
    ['Staff nurse Maeve Doherty, 47, has worked on the unit since it opened.', 'Staff nurse [NAME 1], [AGE], has worked on the unit since it opened.'],
    ['Daniel, 31, joined the bank team last spring.', '[NAME 1], [AGE], joined the bank team last spring.'],
    // A given name that is also a word is a person with an age after it.
    ['Morgan, 29 has been a healthcare assistant since 2020.', '[NAME 1], [AGE] has been a healthcare assistant since 2020.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a number after a place or a bay stays', () => {
    expect(redact('Bay 4, 16, was closed for cleaning.')).toBe('Bay 4, 16, was closed for cleaning.');
    expect(redact('Leeds, 25 miles away, has a teaching hospital.')).toContain('25 miles');
  });
});

describe('the writer’s age at an event', () => {
  test.each([
    ['I qualified at the age of 42 after a career in retail.', 'I qualified at the age of [AGE] after a career in retail.'],
    ['I first volunteered at just 12 years old with the Red Cross.', 'I first volunteered at just [AGE] with the Red Cross.'],
    ['At 17 I left school to work in a care home.', 'At [AGE] I left school to work in a care home.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a rule’s age, a child patient’s and a clock’s stay', () => {
    expect(redact('The scheme lets staff retire at the age of 60.')).toBe('The scheme lets staff retire at the age of 60.');
    expect(redact('Children at 5 years old are offered the booster.')).toBe('Children at 5 years old are offered the booster.');
    expect(redact('At 10 I take the drugs round.')).toBe('At 10 I take the drugs round.');
  });
});

describe('children the writer had, their ages sharing the words', () => {
  test('"a 6 and 3-year-old" goes whole', () => {
    expect(redact('We had a 6 and 3-year-old when I retrained.')).toBe('We had [FAMILY] when I retrained.');
  });

  test('patients of those ages stay', () => {
    expect(redact('I triaged a 6 and 3-year-old after the crash.')).toBe('I triaged a 6 and 3-year-old after the crash.');
  });
});

describe('conditions told in more words: hearing difficulties, a birth trauma, a stoma', () => {
  test.each([
    ['Living with my hearing difficulties taught me patience.', 'Living with my [HEALTH] taught me patience.'],
    ['I manage my stoma with no adjustments needed.', 'I manage my [HEALTH] with no adjustments needed.'],
    ['I became a doula after my own birth trauma.', 'I became a doula after my own [HEALTH].'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('clinical work with them stays', () => {
    expect(redact('I have run hearing difficulties clinics for older patients.')).toBe('I have run hearing difficulties clinics for older patients.');
    expect(redact('Our stoma nurses run a weekly clinic.')).toBe('Our stoma nurses run a weekly clinic.');
  });
});

describe('an ethnicity in lower case before a person’s noun', () => {
  test('"being a brown woman" tells a people', () => {
    expect(redact('The experience of being a brown woman in theatres shaped how I lead.')).toBe(
      'The experience of being a [ETHNICITY] [GENDER] in theatres shaped how I lead.',
    );
  });

  test('a colour before anything else stays', () => {
    expect(redact('As a black belt in karate I teach self-defence.')).toBe('As a black belt in karate I teach self-defence.');
  });
});

describe('a blog post’s author line: the account between "by" and "@" and a date', () => {
  test('the account goes, the date stays', () => {
    expect(redact('Night shift diaries\nby wardnightowl @ 2019-03-02 21:10')).toBe('Night shift diaries\nby [URL] @ 2019-03-02 21:10');
  });

  test('a team of several words stays', () => {
    expect(redact('Written by Theatre Team @ 2019-03-02')).toBe('Written by Theatre Team @ 2019-03-02');
  });
});

describe('keys of data kept as code: quoted, and in camel case', () => {
  test('quoted JSON keys label their values', () => {
    expect(redact('{\n  "nationality": "Filipino",\n  "postalCode": "M14 5RT"\n}')).toBe('{\n  "nationality": "[NATIONALITY]",\n  "postalCode": "[POSTCODE]"\n}');
  });

  test('camel-case keys are read as their words', () => {
    expect(redact("  placeOfBirth: 'Cebu City',")).toBe("  placeOfBirth: '[PLACE OF ORIGIN]',");
    expect(redact("  employeeId: 'E-4471902',")).toBe("  employeeId: '[ID NUMBER]',");
    expect(redact("    { type: 'rn', licenseNumber: 'RN-551903', compact: false },")).toBe("    { type: 'rn', licenseNumber: '[ID NUMBER]', compact: false },");
  });

  test('a key opening an object is no value, and a job’s place stays', () => {
    expect(redact('    "location": {\n      "city": "Wigan"\n    }')).toBe('    "location": {\n      "city": "[ADDRESS]"\n    }');
    expect(redact('  "company": "Royal Bolton Hospital",\n  "location": "Bolton",')).toBe('  "company": "Royal Bolton Hospital",\n  "location": "Bolton",');
  });
});

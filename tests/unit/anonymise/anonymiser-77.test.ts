import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';
import petNames from '../../../lib/anonymise/data/pet-names.json';
import { nameLexicon } from '../../../lib/anonymise/name-lexicon';

const redact = (text: string) => anonymise(text).text;

// Round 40 (helper anonymiser-77): the known gaps of the f39 set and issue 12, each mended by a general reading. Fresh lines in
// our own words, none from any corpus, each with a near case that must stay.

describe('a well-known pet name of a given name the document names in full', () => {
  test.each([
    // Polish: Kasia for Katarzyna, told alone in the body.
    ['Katarzyna Lewandowska\nDental Nurse\n\nKasia runs the decontamination room.', '[CANDIDATE]\nDental Nurse\n\n[CANDIDATE] runs the decontamination room.'],
    // Spanish: a double given name's pet name beside the surname.
    ['Supporting statement\nMaría José Ortega Ruiz\n\nI am a porter.\n\nMajo Ortega · 07700 900 123', 'Supporting statement\n[CANDIDATE]\n\nI am a porter.\n\n[CANDIDATE] · [PHONE]'],
    // Russian: Sasha for Aleksandr, after "knows me as".
    ['Aleksandr Petrov\nPorter\n\nMy team knows me as Sasha.', '[CANDIDATE]\nPorter\n\nMy team knows me as [CANDIDATE].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a referee with the pet name and another surname is someone else', () => {
    expect(redact('Aleksandr Petrov\nPorter\n\nReferee: Sasha Ivanova, Estates Manager. Sasha knows my work.')).toBe(
      '[CANDIDATE]\nPorter\n\nReferee: [NAME 1], Estates Manager. [NAME 1] knows my work.',
    );
  });

  test('without the full given name in the document, the pet name is no one found', () => {
    expect(redact('Jan Kowalski\nPorter\n\nPepe runs the stores.')).toBe('[CANDIDATE]\nPorter\n\nPepe runs the stores.');
  });

  test('the table is data: capitalised names, no pet name a word the lists know', () => {
    const entries = Object.entries(petNames.names);
    expect(entries.filter(([full]) => !/^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?$/u.test(full))).toEqual([]);
    const pets = entries.flatMap(([, list]) => list);
    expect(pets.filter((pet) => !/^\p{Lu}\p{Ll}+$/u.test(pet) || nameLexicon.notNames.has(pet) || nameLexicon.wordLike.has(pet))).toEqual([]);
  });
});

describe('a heading name over a "Known as:" field is one person', () => {
  test('the heading and the name one goes by are both the candidate', () => {
    expect(redact('RUTENDO MAPFUMO\nKnown as: Ru\nHealthcare Assistant\n\nRu trained as a phlebotomist.')).toBe(
      '[CANDIDATE]\nKnown as: [CANDIDATE]\nHealthcare Assistant\n\n[CANDIDATE] trained as a phlebotomist.',
    );
  });

  test('a form with its name fields still reads them', () => {
    expect(redact('Forename: Ifeoma\nSurname: Chukwu\nPreferred name: Ify\n\nIfy leads the clinic. Ifeoma Chukwu')).toBe(
      'Forename: [CANDIDATE]\nSurname: [CANDIDATE]\nPreferred name: [CANDIDATE]\n\n[CANDIDATE] leads the clinic. [CANDIDATE]',
    );
  });
});

describe('a name field whose value a narrow column wrapped onto the next line', () => {
  test('a house name on the label line, the given names under it', () => {
    expect(redact('PERSONAL                           EDUCATION\nFull name (passport): Cheruvathur      BSc Nursing (2010)\nJoseph Mathew\nDOB: 12/03/1988')).toBe(
      'PERSONAL                           EDUCATION\nFull name (passport): [CANDIDATE]      BSc Nursing ([YEAR])\n[CANDIDATE]\nDOB: [DATE OF BIRTH]',
    );
  });

  test('a whole name on the label line and a field under it stay two lines', () => {
    expect(redact('Full name: Grace Adeyemi\nStaff Nurse, Band 5\nDOB: 12/03/1988')).toBe('Full name: [CANDIDATE]\nStaff Nurse, Band 5\nDOB: [DATE OF BIRTH]');
  });
});

describe('the writer\'s "i" and "im" typed in lower case', () => {
  test.each([
    ['about me\nim 41 and i care for my nan.', 'about me\nim [AGE] and i [FAMILY].'],
    ['about me\ni am 52 and work nights.', 'about me\ni am [AGE] and work nights.'],
    // "Im Roma" reads as "I'm Roma" does, which the nationality reader labels (since r40-start): removed either way.
    ['other\nim Roma and proud of it.', 'other\nim [NATIONALITY] and proud of it.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('German "im", a Polish "im." and a list\'s "(i)" stay', () => {
    const text = 'Praktikum im Krankenhaus, im 3. Jahr. Szpital im. Kopernika. (i) audits\n';
    expect(redact(text)).toBe(text);
  });
});

describe('a verb of getting in touch opening a sentence before the candidate\'s given name', () => {
  test('"Contact" and "Call" are no place\'s first word', () => {
    expect(redact('Winston Achterberg\nStaff Nurse\n\nContact Winston on the ward. Call Winston after 5pm.')).toBe(
      '[CANDIDATE]\nStaff Nurse\n\nContact [CANDIDATE] on the ward. Call [CANDIDATE] after 5pm.',
    );
  });

  test('a street and a team named so stay', () => {
    const text = 'Winston Achterberg\nPorter\n\nI worked on Call Lane in Leeds for a Contact Centre.';
    expect(redact(text)).toBe('[CANDIDATE]\nPorter\n\nI worked on Call Lane in Leeds for a Contact Centre.');
  });
});

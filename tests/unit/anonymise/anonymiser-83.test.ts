import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 42 (helper anonymiser-83): gaps the f41 CVs and issue 12's open list showed, each mended by a general reading. Fresh
// lines in our own words, none from any corpus, each with a near case that must stay.

describe('an NHS number in three unlabelled groups whose first two read as years', { timeout: 30_000 }, () => {
  test('alone on its line and passing the check, it is a number', () => {
    expect(redact('Hospital no. on file\n1985 1991 06\nStaff nurse\n')).toBe('Hospital no. on file\n[NHS NUMBER]\nStaff nurse\n');
  });

  test('before a comma that ends its field, it is a number too', () => {
    expect(redact('Patient ID 1985 1987 03, seen in clinic.\n')).toBe('Patient ID [NHS NUMBER], seen in clinic.\n');
  });

  test('a span of years then a figure in a sentence stays, checksum or not', () => {
    const text = 'Charge nurse 1985 1991 06 bedded ward, then theatres 1985-1991 06 months.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('"Ad:" as a short label for a home address', () => {
  test('before a house number, in a column beside other text, the address goes', () => {
    expect(redact('Ad: 14 Quarry Bank Lane,            – Audit lead for sepsis bundle\n')).toBe('Ad: [ADDRESS]            – Audit lead for sepsis bundle\n');
  });

  test('before a flat, the address goes', () => {
    expect(redact('Ad. Flat 6, 3 Orchard Mews, Ripon\n')).toBe('Ad. [ADDRESS]\n');
  });

  test('before words of a post, it is no address', () => {
    const text = 'Ad: Band 6 sister post seen on NHS Jobs\n';
    expect(redact(text)).toBe(text);
  });
});

describe("the writer's people stated in capitals or after \"we are\"", () => {
  test('"WE ARE" and "I AM" in capitals before a people\'s word', () => {
    expect(redact('ABOUT ME\nWE ARE TURKISH AND SPEAK IT AT HOME.\nI AM ERITREAN.\n')).toBe('ABOUT ME\nWE ARE [NATIONALITY] AND SPEAK IT AT HOME.\nI AM [NATIONALITY].\n');
  });

  test('"we are" in ordinary case, ending its clause', () => {
    expect(redact('We are Albanian, like most of our street.\n')).toBe('We are [NATIONALITY], like most of our street.\n');
  });

  test('capitals before a plain word or a charity stay', () => {
    const text = 'I AM FLEXIBLE ON SHIFTS. WE ARE BRITISH RED CROSS FIRST AIDERS.\n';
    expect(redact(text)).toBe(text);
  });
});

describe("the region of a place of birth after \"in the\", wrapped or not", () => {
  test('a region wrapped over a line goes with the town', () => {
    expect(redact('I was born in Buea in the South West\nRegion and trained in Douala.\n')).toBe('I was born in [PLACE OF ORIGIN] and trained in Douala.\n');
  });

  test('a province on one line goes too', () => {
    expect(redact('I was born in Kakamega in the Western Province and moved here.\n')).toBe('I was born in [PLACE OF ORIGIN] and moved here.\n');
  });

  test('a team named after a district is no region', () => {
    expect(redact('I grew up in Hull in the Royal Infirmary District Nurses team.\n')).toBe('I grew up in [PLACE OF ORIGIN] in the Royal Infirmary District Nurses team.\n');
  });
});

describe('a district below a street line is a place, not a person', () => {
  test('the locality of an address, and its later mention, are no name', () => {
    const text = 'Efua Mensimah\nHealth visitor\n\n22 Beechcroft Avenue\nNorbury Vale\nSurrey\nCR4 6PT\n\nLed the Norbury Vale baby clinic.\n';
    expect(redact(text)).toBe('[CANDIDATE]\nHealth visitor\n\n[ADDRESS]\n[POSTCODE]\n\nLed the Norbury Vale baby clinic.\n');
  });

  test('a referee named under a plain heading stays a name', () => {
    expect(redact('REFERENCES\nGideon Ashworth\nWard Manager\n')).toBe('REFERENCES\n[NAME 1]\nWard Manager\n');
  });
});

describe('words that find no one, kept to win back room under the ceiling', () => {
  test('the UK in brackets closing an address stays; the address and postcode go', () => {
    const text = 'Jonas Petrauskas\nPorter\n\n\t9 Cedar Walk, Flat 4\n\tMoortown, Leeds\n\tLS17 6QT (United Kingdom)\n\t+44 7700 900 318\n';
    expect(redact(text)).toBe('[CANDIDATE]\nPorter\n\n\t[ADDRESS]\n\t[POSTCODE] (United Kingdom)\n\t[PHONE]\n');
  });

  test('a share code note after a status stays; the status goes', () => {
    expect(redact('Nurse from Gdańsk; Skilled Worker visa, share code available on request\n')).toBe('Nurse from Gdańsk; [IMMIGRATION STATUS], share code available on request\n');
  });

  test('a share code told alone is the status', () => {
    expect(redact('I can send my share code on request.\n')).toBe('[IMMIGRATION STATUS].\n');
  });
});

describe('a first language written in its own script', () => {
  test('after a first-language label, a word in another script goes', () => {
    expect(redact('Mother tongue: ಕನ್ನಡ\nAlso: English (fluent)\n')).toBe('[NATIONALITY]\nAlso: English (fluent)\n');
  });

  test('a plain word in lower case after the label stays', () => {
    const text = 'Home language: the one we used at the clinic\n';
    expect(redact(text)).toBe(text);
  });
});

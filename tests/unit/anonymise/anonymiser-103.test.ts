import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 48 (helper anonymiser-103): what the unseen f48 CVs showed, each mended by a general reading. Fresh lines in our
// own words, each with a near case that must stay.

describe('a contact card’s birthday', { timeout: 30_000 }, () => {
  test('"BDAY:" and "BDAY;VALUE=date:" give the date of birth', () => {
    expect(redact('BEGIN:VCARD\nFN:Tomasz Wierzbicki\nBDAY:1991-08-07\nEND:VCARD')).toBe('BEGIN:VCARD\nFN:[NAME 1]\nBDAY:[DATE OF BIRTH]\nEND:VCARD');
    expect(redact('BDAY;VALUE=date:19910807')).toBe('BDAY;VALUE=date:[DATE OF BIRTH]');
  });

  test('the card’s other dates stay', () => {
    expect(redact('BEGIN:VCARD\nREV:2025-11-03\nEND:VCARD')).toBe('BEGIN:VCARD\nREV:2025-11-03\nEND:VCARD');
  });
});

describe('a heading in capitals the writer’s address spells', () => {
  test('marks set round it are no part of it', () => {
    expect(redact('🌸 MAREK DVORAK 🌸\nHospital Porter\nmarek.dvorak@example.cz')).toBe('🌸 [CANDIDATE] 🌸\nHospital Porter\n[EMAIL]');
  });

  test('a few lines down, under the post and a section’s heading', () => {
    expect(redact('Healthcare Assistant\nBand 3\nPROFILE\nOLUWAKEMI FASHOLA\nCaring HCA with four years on surgical wards.\nCONTACT\noluwakemi.fashola@example.com')).toBe(
      'Healthcare Assistant\nBand 3\nPROFILE\n[CANDIDATE]\nCaring HCA with four years on surgical wards.\nCONTACT\n[EMAIL]',
    );
  });

  test('a heading the address does not spell stays', () => {
    expect(redact('⭐ KEY SKILLS ⭐\nHospital Porter\nmarek.dvorak@example.cz')).toBe('⭐ KEY SKILLS ⭐\nHospital Porter\n[EMAIL]');
  });
});

describe('training named after a person, by its tier', () => {
  test('"Oliver McGowan Tier 2" stays', () => {
    expect(redact('Completed Oliver McGowan Tier 2 in March and the Tier 1 e-learning.')).toBe('Completed Oliver McGowan Tier 2 in March and the Tier 1 e-learning.');
  });

  test('a person before a tier’s role still goes', () => {
    expect(redact('My supervisor Oliver Pryce, Tier 3 trainer, signed me off.')).toBe('My supervisor [NAME 1], Tier 3 trainer, signed me off.');
  });
});

describe('the name written out in full in its own script', () => {
  test('the words joined to the name already known in that script go', () => {
    expect(redact('Reza Karimi رضا کریمی\nFull name in Persian: رضا کریمی تهرانی')).toBe('[CANDIDATE]\nFull name in Persian: [CANDIDATE]');
  });

  test('a sentence in that script stays', () => {
    const languages = 'Languages: فارسی خوب است و من خوب می نویسم';
    expect(redact(`Reza Karimi رضا کریمی\n${languages}`)).toBe(`[CANDIDATE]\n${languages}`);
  });
});

describe('health: part of a sense lost, and a diabetic’s glucose', () => {
  test('"lost much of my hearing", "I keep glucose gel" go', () => {
    expect(redact('I lost much of my hearing as a teenager.')).toBe('I [HEALTH].');
    expect(redact('I keep glucose gel in my bag.')).toBe('I [HEALTH] in my bag.');
  });

  test('something else lost, and the ward’s glucose, stay', () => {
    expect(redact('I lost some of my confidence after the move.')).toBe('I lost some of my confidence after the move.');
    expect(redact('We keep glucose gel in the hypo box on the ward.')).toBe('We keep glucose gel in the hypo box on the ward.');
  });
});

describe('a parent called by the family’s word, as a name', () => {
  test('"Granny passed away", "Dad went into a care home" go', () => {
    expect(redact('Granny passed away last year, so I can now work weekends.')).toBe('[FAMILY], so I can now work weekends.');
    expect(redact('Dad went into a care home in 2023.')).toBe('[FAMILY].');
  });

  test('someone else’s mum stays', () => {
    expect(redact('The patient’s Mum died in 2019.')).toBe('The patient’s Mum died in 2019.');
  });
});

describe('a Parsi initiation and new year', () => {
  test('"navjote" and "Navroz" go', () => {
    expect(redact('I had my navjote at seven and we keep Navroz at home.')).toBe('I had my [RELIGION] at seven and we [RELIGION] at home.');
  });

  test('the given name Navjot stays a name', () => {
    expect(redact('My mentor Navjot Gill taught me phlebotomy.')).toBe('My mentor [NAME 1] taught me phlebotomy.');
  });
});

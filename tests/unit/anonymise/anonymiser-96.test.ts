import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 46 (helper anonymiser-96): what an unseen set of 21 CVs and statements (forms, Europass, tables, contact lines,
// registrations abroad) let through, each mended by a general reading. Fresh lines in our own words, each with a near case
// that must stay.

describe('identifiers a layout broke or a long label put far from its value', { timeout: 30_000 }, () => {
  test('an NHS number wrapped under a long bracketed label goes', () => {
    // 943 476 5919 passes the modulus-11 check.
    expect(redact('NHS number (if known, only for the vaccination team):\t943 476\n5919\n\nReferences')).toBe(
      'NHS number (if known, only for the vaccination team):\t[NHS NUMBER]\n\nReferences',
    );
  });

  test('a wrapped pair of figures far from any NHS word stays', () => {
    expect(redact('Beds managed across the two sites in the winter of the review:\t943 476\n5919')).toBe(
      'Beds managed across the two sites in the winter of the review:\t943 476\n5919',
    );
  });

  test('a postcode broken after its digit in a cell of a contact line goes', () => {
    expect(redact('t.okafor@example.org  ·  0161 496 0734  ·  M14 6\nLJ (Fallowfield)')).toBe('[EMAIL]  ·  [PHONE]  ·  [POSTCODE] [ADDRESS]');
  });

  test('a code and letters broken the same way at a line’s start with no contacts near stay', () => {
    expect(redact('Supervised the new starters.\nB12 6\nAB rota lead, nights.')).toBe('Supervised the new starters.\nB12 6\nAB rota lead, nights.');
  });

  test('a bare link with a query goes, whatever its top-level domain', () => {
    expect(redact('Publications: profiles.research.example/people?id=tk_okafor')).toBe('Publications: [URL]');
    expect(redact('Staff page: staff.uni.ac.nz/view?person=m.ruatapu')).toBe('Staff page: [URL]');
  });

  test('a ratio with a question and a dose with a stroke stay', () => {
    expect(redact('Dose 0.5 mg/kg? Checked with the pharmacist = safe.')).toBe('Dose 0.5 mg/kg? Checked with the pharmacist = safe.');
  });

  test('a French register’s number after "inscription n°" goes', () => {
    expect(redact('Ordre des Pharmaciens (Senegal): inscription n° 4-30218')).toBe('Ordre des Pharmaciens (Senegal): inscription n° [REGISTRATION NUMBER]');
  });

  test('a French RPPS or ADELI number goes', () => {
    expect(redact('\t\tBelgium and France: RPPS 10003456789 (lapsed)')).toBe('\t\tBelgium and France: RPPS [REGISTRATION NUMBER] (lapsed)');
    expect(redact('ADELI 751234567')).toBe('ADELI [REGISTRATION NUMBER]');
  });

  test('a count after the letters and an order number with no register word stay', () => {
    expect(redact('The RPPS team answered 4200 calls.')).toBe('The RPPS team answered 4200 calls.');
    expect(redact('Purchase order n° 4-30218 was paid.')).toBe('Purchase order n° 4-30218 was paid.');
  });
});

describe('names in forms the lists miss', { timeout: 30_000 }, () => {
  test('one name the writer says is their only one is theirs, wherever it stands', () => {
    expect(redact('Statement\n\nIn my family we have no surnames, so I have only one name,\nWidodo. My passport shows "WIDODO" and I sign as Widodo.')).toBe(
      'Statement\n\nIn my family we have no surnames, so I have only one name,\n[CANDIDATE]. My passport shows "[CANDIDATE]" and I sign as [CANDIDATE].',
    );
  });

  test('"one name" said of something else stays', () => {
    expect(redact('Statement\n\nThe ward has one name for two bays, Beech.')).toBe('Statement\n\nThe ward has one name for two bays, Beech.');
  });

  test('a place’s name after a title and before a surname, or after a title and an initial, is a name', () => {
    expect(redact('Referees\nMrs Devon Okafor, Practice Manager\nMr T. Durham (Clinical Lead)')).toBe('Referees\n[NAME 1], Practice Manager\n[NAME 2] (Clinical Lead)');
  });

  test('a place after a title with no name after it, and a place in a hospital’s name, stay', () => {
    expect(redact('We trained at the Mr Durham Clinic and the Dr Gray Hospital in Elgin.')).toBe('We trained at the Mr Durham Clinic and the Dr Gray Hospital in Elgin.');
  });

  test('a surname with an elided prefix is the same name without its apostrophe', () => {
    expect(redact('Aoife O’Driscoll\nPhysiotherapist\n\nMy passport reads ODRISCOLL; the old rota has Odriscoll.')).toBe(
      '[CANDIDATE]\nPhysiotherapist\n\nMy passport reads [CANDIDATE]; the old rota has [CANDIDATE].',
    );
  });

  test('a Turkic patronymic goes with the name it follows', () => {
    expect(redact('Nigar Huseynova\nAnalyst\n\nID card: HUSEYNOVA NIGAR RAUF QIZI')).toBe('[CANDIDATE]\nAnalyst\n\nID card: [CANDIDATE]');
    expect(redact('My referee is Dr Kamran Rauf oğlu, our lead.')).toBe('My referee is Dr [NAME 1], our lead.');
  });
});

describe('terms a panel keeps that read as names', () => {
  test('a relief scheme named "Aid" and a hospital’s pavilion keep their words', () => {
    expect(redact('Jo Bloggs\nClerk\n\nI checked Gift Aid forms for the appeal, then met Gift Phiri at the Princess Beatrice Eye Pavilion.')).toBe(
      '[CANDIDATE]\nClerk\n\nI checked Gift Aid forms for the appeal, then met [NAME 1] at the Princess Beatrice Eye Pavilion.',
    );
  });
});

describe('a people or a place of birth in forms the readers missed', () => {
  test('a Europass label of several words alone on its line, its value’s country in brackets', () => {
    expect(redact('Place of birth Ouagadougou (Burkina)\nCountry of birth Nepal')).toBe('Place of birth [PLACE OF ORIGIN]\nCountry of birth [PLACE OF ORIGIN]');
  });

  test('a one-word label alone on its line, and a label in a sentence, stay', () => {
    expect(redact('Nationality Act guidance\nPlace of birth registers are kept by the council.')).toBe('Nationality Act guidance\nPlace of birth registers are kept by the council.');
  });

  test('two passports of peoples the list now knows, and a people with its group in brackets', () => {
    expect(redact('I hold Irish and Manx passports.')).toBe('I hold [NATIONALITY].');
    expect(redact('I am Kabyle (At Yenni) and work nights.')).toBe('I am [NATIONALITY] and work nights.');
  });

  test('a language’s level in brackets after a people’s word stays a language', () => {
    expect(redact('I am Polish (Fluent) in three languages.')).toBe('I am Polish (Fluent) in three languages.');
  });

  test('a bare "Born" opening a line, a town no list knows and its country after a comma', () => {
    expect(redact('Jo Bloggs\nPorter\n\nBorn Mzuzu, Malawi; moved to Hull in 2015')).toBe('[CANDIDATE]\nPorter\n\nBorn [PLACE OF ORIGIN]; moved to Hull in 2015');
  });

  test('a town no list knows with no country after it stays', () => {
    expect(redact('Jo Bloggs\nPorter\n\nBorn Mzuzu as the youngest.')).toBe('[CANDIDATE]\nPorter\n\nBorn Mzuzu as the youngest.');
  });

  test('a nationality after "I am" and an age set off by commas', () => {
    expect(redact('I am 29, Peruvian, and settled in Hull.')).toBe('I am [AGE], [NATIONALITY], and settled in Hull.');
    expect(redact('I am 29, Band 5, and settled in Hull.')).toBe('I am [AGE], Band 5, and settled in Hull.');
  });

  test('a district in brackets after a postcode goes with it; an organisation’s word stays', () => {
    expect(redact('N1 9GU (Islington)  ·  jo.p@example.org')).toBe('[POSTCODE] [ADDRESS]  ·  [EMAIL]');
    expect(redact('Site: LS1 3EX (Infirmary)')).toBe('Site: [POSTCODE] (Infirmary)');
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 48 (helper anonymiser-102): the 29th real-text audit, in layouts the corpus has least (person-specification boxes, page
// headers repeated, vCards and JSON, pipe tables, phone-typed CVs, forwarded mails, referee blocks) and name traditions it has
// few of. Each leak or wrong removal mended by a general reading; fresh lines in our own words, each with a near case.

describe('a training grade in brackets after a specialty', { timeout: 30_000 }, () => {
  test('is the post’s grade, no postcode district, even beside the contacts', () => {
    expect(redact('Dr Nkechi Obi | 07712 000 111\nSpecialty registrar in Paediatrics (ST6), Royal Stoke')).toBe(
      'Dr [CANDIDATE] | [PHONE]\nSpecialty registrar in Paediatrics (ST6), Royal Stoke',
    );
  });

  test('a district in brackets after where the writer lives still goes', () => {
    expect(redact('Ben Okoro | 07712 000 111\nLiving near Hanley (ST1) with family')).toBe('[CANDIDATE] | [PHONE]\nLiving near [ADDRESS] ([POSTCODE]) with family');
  });
});

describe('Unite by its full name, and a union in a line of memberships', () => {
  test('"Unite the Union" goes wherever it stands, and a union listed after "Memberships:"', () => {
    expect(redact('I joined Unite the Union and the College of ODPs.')).toBe('I joined [TRADE UNION] and the College of ODPs.');
    expect(redact('Professional affiliations: HCPC, UNISON')).toBe('Professional affiliations: HCPC, [TRADE UNION]');
  });

  test('the verb, and a professional body listed as a membership, stay', () => {
    expect(redact('We aim to unite the union and management behind the plan.')).toBe('We aim to unite the union and management behind the plan.');
    expect(redact('Memberships: Royal College of Nursing')).toBe('Memberships: Royal College of Nursing');
  });
});

describe('a "Family:" field', () => {
  test('its value goes as a "Children:" field’s does', () => {
    expect(redact('Family status: married with one son')).toBe('Family status: [FAMILY]');
  });

  test('a post whose title starts with the word stays', () => {
    expect(redact('Family support worker: 2019–2021')).toBe('Family support worker: 2019–2021');
  });
});

describe('a faith the writer says is theirs in a sentence about patients', () => {
  test('"As a Muslim woman who wears the hijab" and "Being a practising Sikh" go though patients follow', () => {
    expect(redact('Statement\nAs a Jewish man who wears a kippah I know the worries some patients bring.')).toBe(
      'Statement\nAs a [RELIGION] [GENDER] who [RELIGION] I know the worries some patients bring.',
    );
    expect(redact('Being a practising Sikh, I know how patients feel about hospital food.')).toBe('Being a [RELIGION], I know how patients feel about hospital food.');
  });

  test('the faith of the patients served, and patients who wear it, stay', () => {
    expect(redact('I ran Ramadan medication reviews for Muslim patients.')).toBe('I ran Ramadan medication reviews for Muslim patients.');
    expect(redact('As a nurse who supports patients who wear the hijab, I arrange female chaperones.')).toBe(
      'As a nurse who supports patients who wear the hijab, I arrange female chaperones.',
    );
    expect(redact('As Muslim patients fast during Ramadan, I adjust insulin doses.')).toBe('As Muslim patients fast during Ramadan, I adjust insulin doses.');
  });
});

describe('a referee after "Ref:"', () => {
  test('the name goes, with a role or a registration after it', () => {
    expect(redact('Ref: Tsegereda Alemu, Ward Manager')).toBe('Ref: [NAME 1], Ward Manager');
  });

  test('a reference number and a post after the label stay', () => {
    expect(redact('NHS Jobs Ref: 123-BC-4567')).toBe('NHS Jobs Ref: 123-BC-4567');
    expect(redact('Ref: Band 5 Staff Nurse, Ward 7')).toBe('Ref: Band 5 Staff Nurse, Ward 7');
  });
});

describe('an unknown given name opening the line a known name ends', () => {
  test('goes with the name, under a contact block', () => {
    expect(redact('CONTACT\nEmail: s.karim@example.com\n\nShwan Ahmed Karim\nTheatre Support Worker')).toBe(
      'CONTACT\nEmail: [EMAIL]\n\n[NAME 1]\nTheatre Support Worker',
    );
  });

  test('a post or a title before the name stays', () => {
    expect(redact('CONTACT\nTel: 07501 234 567\n\nParamedic Mohammed Ali\nBand 6')).toBe('CONTACT\nTel: [PHONE]\n\nParamedic [NAME 1]\nBand 6');
  });
});

describe('a surname that is also a ward’s word, after a title', () => {
  test('"Mrs Jane Ward" and a priest’s "Fr Tom Ward" go whole', () => {
    expect(redact('I was mentored by Mrs Jane Ward.')).toBe('I was mentored by [NAME 1].');
    expect(redact('Referee: Fr Liam Ward, Parish Priest')).toBe('Referee: [NAME 1], [RELIGION]');
  });

  test('titles stacked before the name go with it', () => {
    expect(redact('Referees: Revd Fr Michael Byrne, Ward 3 chaplain')).toBe('Referees: [NAME 1], Ward 3 chaplain');
  });

  test('wards named after people, and "Fr" as French, stay', () => {
    expect(redact('I worked on Florence Ward and Jane Ward at the Royal.')).toBe('I worked on Florence Ward and Jane Ward at the Royal.');
    expect(redact('Languages: En/Fr fluent')).toBe('Languages: En/Fr fluent');
  });
});

describe('a condition naming a unit or a ward', () => {
  test('"the IVF unit" and "the cancer ward" the writer works on stay', () => {
    expect(redact('I worked in the IVF unit at Hammersmith.')).toBe('I worked in the IVF unit at Hammersmith.');
    expect(redact('I ran the cancer ward for two years.')).toBe('I ran the cancer ward for two years.');
  });

  test('the writer’s own treatment still goes', () => {
    expect(redact('We went through IVF and I took a year out.')).toBe('We [HEALTH] and I took a year out.');
  });
});

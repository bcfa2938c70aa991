import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 48 (helper anonymiser-101, issue 12): what the tuned CVs and issue 12's known list still let through or took
// wrongly, each mended by a general reading. Fresh lines in our own words, each with a near case that must stay.

describe('pronouns that fill a field of their own', { timeout: 30_000 }, () => {
  test('after a name and a comma, between bars or dots, alone on a line, and with a gloss in the writer’s language', () => {
    expect(redact('Kieran Doyle, he/him\nHealthcare Assistant, Ward 12')).toBe('[CANDIDATE], [GENDER]\nHealthcare Assistant, Ward 12');
    expect(redact('Occupational Therapist (Band 6) · she/they · Bristol')).toBe('Occupational Therapist (Band 6) · [GENDER] · Bristol');
    expect(redact('Mina Rahimi\nthey/them\nPharmacy Technician')).toBe('[CANDIDATE]\n[GENDER]\nPharmacy Technician');
    expect(redact('Pronouns: he/him (él)')).toBe('Pronouns: [GENDER]');
  });

  test('pronoun sets in running prose are patients’, and stay', () => {
    expect(redact('On the ward we ask patients whether they use he/him or she/her, and record it.')).toBe(
      'On the ward we ask patients whether they use he/him or she/her, and record it.',
    );
  });
});

describe('a title and an initial before a place’s name make it a surname', () => {
  test('before a word in lower case, as a sentence goes on', () => {
    expect(redact('In 2022 Mr K. Lancaster was my practice educator on the stroke unit.')).toBe('In 2022 [NAME 1] was my practice educator on the stroke unit.');
    expect(redact('Mrs P. Chester supervised my first year as a practice nurse.')).toBe('[NAME 1] supervised my first year as a practice nurse.');
    expect(redact('I was supervised by Dr T. Durham on the ward.')).toBe('I was supervised by Dr [NAME 1] on the ward.');
  });

  test('a place named after someone, and a place beside a titled name, stay', () => {
    expect(redact('I did my elective at the Mr Lincoln Clinic in Accra.')).toBe('I did my elective at the Mr Lincoln Clinic in Accra.');
    expect(redact('I worked at Lancaster Royal Infirmary under Dr P. Okoro.')).toBe('I worked at Lancaster Royal Infirmary under Dr [NAME 1].');
  });
});

describe('a language with its level in brackets is no name', () => {
  test('"Danish (Intermediate)", "Shona (conversational)" stay as skills', () => {
    expect(redact('Languages: German (Fluent), Danish (Intermediate), French (A2)')).toBe('Languages: German (Fluent), Danish (Intermediate), French (A2)');
    expect(redact('Other skills: Shona (conversational) and Excel.')).toBe('Other skills: Shona (conversational) and Excel.');
  });

  test('the same word as a colleague’s given name, with who they are in brackets, goes', () => {
    expect(redact('I mentored Danish (our new HCA) through her first month.')).toBe('I mentored [NAME 1] (our new HCA) through their first month.');
  });
});

describe('a national care charity that carries its founder’s whole name is the body', () => {
  test('kept with or without a charity’s word after it', () => {
    expect(redact('I raised money for Leonard Cheshire and worked weekends at a Sue Ryder hospice.')).toBe('I raised money for Leonard Cheshire and worked weekends at a Sue Ryder hospice.');
    expect(redact('Palliative care: six months with the Marie Curie nursing service.')).toBe('Palliative care: six months with the Marie Curie nursing service.');
  });

  test('a person with a like name, and a surname alone after a title, go', () => {
    expect(redact('My mentor was Sue Rydings, a district nursing sister.')).toBe('My mentor was [NAME 1], a district nursing sister.');
    expect(redact('Dr Ryder was my educational supervisor.')).toBe('Dr [NAME 1] was my educational supervisor.');
  });
});

describe('a French phone label before ten digits that pass the NHS check', () => {
  test('"Tél." makes them a phone, its extension with it', () => {
    expect(redact('Secrétariat : Tél. 01 23 45 67 89 poste 3310')).toBe('Secrétariat : Tél. [PHONE]');
  });

  test('the same digits under a hospital’s number label stay an NHS number', () => {
    expect(redact('Hospital number 943 476 5919 was on the wristband.')).toBe('Hospital number [NHS NUMBER] was on the wristband.');
  });
});

describe('what a union membership goes on to say', () => {
  test('its branch in brackets, and a rep’s role after a comma with what it is for', () => {
    expect(redact('Member of the GMB (Estates branch) since 2018.')).toBe('[TRADE UNION].');
    expect(redact('Unison member, workplace rep for the theatres team')).toBe('[TRADE UNION]');
    expect(redact('Unite member, shop steward')).toBe('[TRADE UNION]');
  });

  test('the workplace after a comma, and someone else’s reps, stay', () => {
    expect(redact('UNISON member, Ward 7, Leeds General Infirmary')).toBe('[TRADE UNION], Ward 7, Leeds General Infirmary');
    expect(redact('I liaised with the Unison rep, workplace rep and HR on the rota.')).toBe('I liaised with the Unison rep, workplace rep and HR on the rota.');
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 26 (helper anonymiser-38): families of names the tuned CV slice still missed, each read generally. Fresh lines in
// our own words, none from the corpus, each with what must stay beside it.

describe("a name label's field ends at its cell, and vouches for a family name that is also a word", () => {
  test('the field before a form\'s next cell, the family name after a known given name', () => {
    expect(redact('Maeve Ward\nPorter\n\nCandidate: Maeve Ward          Post ref: 31-EST-008\n\nI have covered Ward 4 for the Ward Manager.')).toBe(
      '[CANDIDATE]\nPorter\n\nCandidate: [CANDIDATE]          Post ref: 31-EST-008\n\nI have covered Ward 4 for the Ward Manager.',
    );
  });
});

describe('a heading name with a professional title in lower case', () => {
  test.each([['dr nimali perera\nClinical Psychologist\n\nnimali.perera@example.com', 'dr [CANDIDATE]\nClinical Psychologist\n\n[EMAIL]']])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('a transliterated heading on the line after one in another script', () => {
  test('both lines, and later mentions in Latin letters', () => {
    expect(redact('ГАННА ОЛЕГІВНА ШЕВЧУК\nHANNA OLEHIVNA SHEVCHUK\nWard Clerk\n\nHanna Shevchuk, references on request.')).toBe(
      '[CANDIDATE]\n[CANDIDATE]\nWard Clerk\n\n[CANDIDATE], references on request.',
    );
  });

  test('a job title on the next line stays', () => {
    expect(redact('ГАННА ШЕВЧУК\nWard Clerk\nBand 3\n')).toBe('[CANDIDATE]\nWard Clerk\nBand 3\n');
  });
});

describe('a heading in spaced capitals that spells the name', () => {
  test('the whole heading is the candidate', () => {
    expect(redact('D E E P A   R A G H A V A N\nDeepa Raghavan\nPharmacy Technician\n\nI trained at DMU.')).toBe('[CANDIDATE]\n[CANDIDATE]\nPharmacy Technician\n\nI trained at DMU.');
  });

  test('a section heading in spaced capitals stays', () => {
    expect(redact('Ama Boateng\nStaff Nurse\n\nS K I L L S\nTriage and wound care.')).toBe('[CANDIDATE]\nStaff Nurse\n\nS K I L L S\nTriage and wound care.');
  });
});

describe('"SURNAME, Given" told in a sentence', () => {
  test('after a comma, with a known given name', () => {
    expect(redact('Ama Boateng\nStaff Nurse\n\nMy references are my matron, ADJEI-BROWN, Esther (no relation), and Dr Kofi Mensah.')).toBe(
      '[CANDIDATE]\nStaff Nurse\n\nMy references are my matron, [NAME 1] (no relation), and Dr [NAME 2].',
    );
  });

  test('a list of places and a ward named after someone stay', () => {
    const text = 'Ama Boateng\nStaff Nurse\n\nWe covered the wards, ICU, Grace Ward and the HDU.';
    expect(redact(text)).toBe(text.replace('Ama Boateng', '[CANDIDATE]'));
  });
});

describe("the person's initials after their name", () => {
  test.each([
    // Run together, as a citation gives them, each letter one of their other names.
    ['Registered as "Mensah, Kwabena O" on the NMC register.', 'Registered as "[CANDIDATE], [CANDIDATE]" on the NMC register.'],
    ['The audit lead was Mensah KO.', 'The audit lead was [CANDIDATE].'],
  ])('%j', (text, expected) => {
    expect(redact(`Kwabena Osei Mensah\nNurse\n\n${text}`)).toBe(`[CANDIDATE]\nNurse\n\n${expected}`);
  });

  test("letters that are not their other names' initials, and a grade in quotes after a blank, stay", () => {
    expect(redact('Kwabena Osei Mensah\nNurse\n\nMensah AB was another author.')).toBe('[CANDIDATE]\nNurse\n\n[CANDIDATE] AB was another author.');
    expect(redact('Ama Boateng\nNurse\n\nGrades: "A" and "B"; Ama A "keen" said one.')).toBe('[CANDIDATE]\nNurse\n\nGrades: "A" and "B"; [CANDIDATE] A "keen" said one.');
  });
});

describe("a form's row of the name's fields", () => {
  test('every field of the row, and the other name wherever it is used', () => {
    expect(redact('Application form\nTitle: Mr     Forename: Tomasz     Surname: Wiśniewski     Other names: Tomek\n\nTomek is what colleagues call me.')).toBe(
      'Application form\nTitle: [TITLE]     Forename: [CANDIDATE]     Surname: [CANDIDATE]     Other names: [CANDIDATE]\n\n[CANDIDATE] is what colleagues call me.',
    );
  });

  test('a job title in the row stays', () => {
    expect(redact('Application form\nTitle: Ms     Job title: Nurse     Forename: Ama\n')).toBe('Application form\nTitle: [TITLE]     Job title: Nurse     Forename: [CANDIDATE]\n');
  });
});

describe('a patronymic after the given names, and "Rabbi" as a title of faith before a name', () => {
  test.each([
    ['My Hebrew name is Chaya Rivka bat Moshe Aharon.', 'My Hebrew name is [CANDIDATE].'],
    ['I shadowed Rabbi Dovid Stern last year.', 'I shadowed [NAME 1] last year.'],
  ])('%j', (text, expected) => {
    expect(redact(`Chaya Rivka Klein\nChaplain\n\n${text}`)).toBe(`[CANDIDATE]\nChaplain\n\n${expected}`);
  });

  test('a place named after someone with "ben" stays', () => {
    expect(redact('Chaya Rivka Klein\nChaplain\n\nChaya Rivka said the ben Gurion airport was busy.')).toBe('[CANDIDATE]\nChaplain\n\n[CANDIDATE] said the ben Gurion airport was busy.');
  });
});

describe('a referee typed in lower case with a title and particles', () => {
  test('the title stays, as a professional one does', () => {
    expect(redact('Ama Boateng\nNurse\n\nReferences\nName            dr. anna de vries\nJob title       GP Partner\n')).toBe(
      '[CANDIDATE]\nNurse\n\nReferences\nName            dr. [NAME 1]\nJob title       GP Partner\n',
    );
  });
});

describe("a contact field's label is no place", () => {
  test('"Landline", "Bleep" and "Fax" beside a number stay, and the town below still goes', () => {
    expect(redact('Jo Bloggs\nLandline        0113 496 0111\nBleep           4471\nHarehills, Leeds\njo@example.com\n\nProfile\nNurse.')).toBe(
      '[CANDIDATE]\nLandline        [PHONE]\nBleep           4471\n[ADDRESS]\n[EMAIL]\n\nProfile\nNurse.',
    );
    expect(redact('Jo Bloggs\n07700 900 123 | Fax | jo@example.com\n\nProfile')).toBe('[CANDIDATE]\n[PHONE] | Fax | [EMAIL]\n\nProfile');
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 35 (helper anonymiser-62): the name families the tuned CVs still let through once the f34-* CVs joined them, read
// by general rules. Fresh lines in our own words, none from the corpus, each with a near case where an ordinary word stays.

describe('a relation used as a form of address goes with the name ("Auntie Efua")', () => {
  test.each([
    ['My mentor, Efua Boateng ("Auntie Efua" to the whole unit), taught me to cannulate.', 'My mentor, [NAME 1] ("[NAME 1]" to the whole unit), taught me to cannulate.'],
    ['Priya Nair\nStaff Nurse\n\nUncle Kwabena drove me to every exam.', '[CANDIDATE]\nStaff Nurse\n\n[NAME 1] drove me to every exam.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the word alone, or a relative in small letters, stays', () => {
    expect(redact('Everyone on the ward calls her Auntie. I cared for my auntie after her fall.')).toBe(
      'Everyone on the ward calls them Auntie. I cared for my auntie after their fall.',
    );
  });
});

describe('a patronymic between the given name and the surname', () => {
  test.each([
    ['I was supervised by Galina Andreyevna Sokolova at the memory clinic.', 'I was supervised by [NAME 1] at the memory clinic.'],
    ['Referee: Tetiana Ivanivna Melnyk, Ward Manager', 'Referee: [NAME 1], Ward Manager'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('towns whose names end much alike stay', () => {
    const text = 'I worked at Ipswich Hospital and in Norwich, and trained with the Sandwich team.';
    expect(redact(text)).toBe(text);
  });
});

describe("an e-mail's cc line names a person", () => {
  test('the name after "cc:" goes', () => {
    expect(redact('From: Priya Nair\nTo: Rachel Dunn\ncc: Farida Osei-Mensah (HR Business Partner)\n\nPlease see below.')).toBe(
      'From: [CANDIDATE]\nTo: [NAME 1]\ncc: [NAME 2] (HR Business Partner)\n\nPlease see below.',
    );
  });

  test('a file or an engine size stays', () => {
    expect(redact('Priya Nair\ncc: HR file\nTransport: 125 cc scooter')).toBe('[CANDIDATE]\ncc: HR file\nTransport: 125 cc scooter');
  });
});

describe('a given name that is also a place, where a message addresses or signs with it', () => {
  test('the addressees opening a line and the sender closing it', () => {
    expect(redact("From: Paris Okoro <p.okoro@example.com>\nTo: Dr Jordan Blake; Ifeoma Nwosu\n\nJordan, Ifeoma – CV attached for Tuesday's panel. Thanks. Paris\n")).toBe(
      "From: [CANDIDATE] <[EMAIL]>\nTo: Dr [NAME 1]; [NAME 2]\n\n[NAME 1], [NAME 2] – CV attached for Tuesday's panel. Thanks. [CANDIDATE]\n",
    );
  });

  test('below a close, alone on its line', () => {
    expect(redact('From: Paris Okoro\nTo: HR\n\nThe CV is below.\nKind regards,\nParis\n')).toBe('From: [CANDIDATE]\nTo: HR\n\nThe CV is below.\nKind regards,\n[CANDIDATE]\n');
  });

  test('a list of places opening a line stays', () => {
    expect(redact('From: Paris Okoro\nTo: HR\n\nParis, Lyon and Nice were my placements.\n')).toBe('From: [CANDIDATE]\nTo: HR\n\nParis, Lyon and Nice were my placements.\n');
  });
});

describe("a nickname in Markdown's emphasis", () => {
  test('the name the candidate goes by', () => {
    expect(redact('Oluwatobi Adeyemi\nStaff Nurse\n\nColleagues call me *Tobi*. I am calm under pressure.')).toBe(
      '[CANDIDATE]\nStaff Nurse\n\nColleagues call me *[CANDIDATE]*. I am calm under pressure.',
    );
  });

  test('a word in emphasis stays', () => {
    expect(redact('Oluwatobi Adeyemi\nStaff Nurse\n\nColleagues call me *reliable*. I am calm under pressure.')).toBe(
      '[CANDIDATE]\nStaff Nurse\n\nColleagues call me *reliable*. I am calm under pressure.',
    );
  });
});

describe('a labelled name in a bracket, and the next entry of a list of referees after a semicolon', () => {
  test.each([
    ['Paediatric feeding clinic, 2024 (supervisor: Amaia Zubizarreta Olano, Highly Specialist SLT)', 'Paediatric feeding clinic, 2024 (supervisor: [NAME 1], Highly Specialist SLT)'],
    [
      'References: Tomasz Wierzbicki, Charge Nurse, Ward 4; Anne-Sophie Brault-Lemieux, Practice Lead, Montfort.',
      'References: [NAME 1], Charge Nurse, Ward 4; [NAME 2], Practice Lead, Montfort.',
    ],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a place after the semicolon stays', () => {
    expect(redact('References: Tomasz Wierzbicki, Charge Nurse; available on request.')).toBe('References: [NAME 1], Charge Nurse; available on request.');
  });
});

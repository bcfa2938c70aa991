import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;
/** The text with only its heading's name (the candidate) redacted: what a near case must come out as. */
const onlyHeading = (text: string, name: string) => text.replace(name, '[CANDIDATE]');

// Round 31 (helper anonymiser-50): families the tuned CVs still let through once the f30-* CVs joined them, read by
// general rules: a file name with blanks, a copy's number or a photo's word; a doctor's title in another language; a form's
// word for a missing surname; particles in capitals, abbreviated or after hyphenated initials; a referee in lower case; a
// name in its own script after "my … name is"; and identifiers by label or shape. Fresh lines in our own words, none from
// the corpus, each with what a panel needs kept beside it.

describe("the candidate's file name in a footer", () => {
  test.each([
    ['Olamide Fashola\nPhysiotherapist\n\nOlamide_Fashola_CV_final(3).pdf          2', '[CANDIDATE]\nPhysiotherapist\n\n[CANDIDATE]          2'],
    ['Olamide Fashola\nPhysiotherapist\n\n[photo: Olamide_Fashola_photo.png]', '[CANDIDATE]\nPhysiotherapist\n\n[photo: [CANDIDATE]]'],
    ['Olamide Fashola\nPhysiotherapist\n\nolamide_fashola_statement_v2.docx', '[CANDIDATE]\nPhysiotherapist\n\n[CANDIDATE]'],
    ['Olamide Fashola\nPhysiotherapist\n\nfashola_olamide_SS_v4.docx', '[CANDIDATE]\nPhysiotherapist\n\n[CANDIDATE]'],
    ['Olamide Fashola\nPhysiotherapist\n\nPage 1 of 2\t\tFashola OF – CV.docx', '[CANDIDATE]\nPhysiotherapist\n\nPage 1 of 2\t\t[CANDIDATE]'],
    ['Olamide Fashola\nPhysiotherapist\n\nMilena Horvátová CV.pdf\t\t2', '[CANDIDATE]\nPhysiotherapist\n\n[CANDIDATE]\t\t2'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test("a document's own file, a team's photo and a word before a CV's file stay", () => {
    const text = 'Olamide Fashola\nPhysiotherapist\n\nI attached CV.docx and the falls_audit_statement.pdf; see team_photo.jpg.';
    expect(redact(text)).toBe(onlyHeading(text, 'Olamide Fashola'));
  });
});

describe("a doctor's title in another language goes with the name", () => {
  test('Italian, Swahili and Spanish', () => {
    expect(
      redact(
        'Halima Mwangi\nPractice Nurse\n\nReferees: Dott. Lorenzo Bianchi – l.bianchi@example.it\nMy mentor Dr Wairimu Otieno, called "Daktari Wairimu" on the ward.\nDra. Inés Robles, GP',
      ),
    ).toBe('[CANDIDATE]\nPractice Nurse\n\nReferees: [NAME 1] – [EMAIL]\nMy mentor Dr [NAME 2], called "[NAME 2]" on the ward.\n[NAME 3], GP');
  });

  test('the title without a name stays', () => {
    const text = 'Halima Mwangi\nPractice Nurse\n\nPatients in Mombasa called every doctor daktari.';
    expect(redact(text)).toBe(onlyHeading(text, 'Halima Mwangi'));
  });
});

describe("a form's word for a surname it lacks", () => {
  test('after a single name and after its initial', () => {
    expect(redact('Name: Gulalai (one name only)\n\nThe bank wrote "Gulalai Unknown", the payslip "G. Unknown" and the register Gulalai FNU.')).toBe(
      'Name: [CANDIDATE] (one name only)\n\nThe bank wrote "[CANDIDATE]", the payslip "[CANDIDATE]" and the register [CANDIDATE].',
    );
  });

  test('"unknown" as a word stays, and so does an initial before an ordinary phrase', () => {
    const text = 'Name: Gulalai (one name only)\n\nCause: unknown. G. Unknown causes were audited.\nOutcome: Unknown';
    expect(redact(text)).toBe(onlyHeading(text, 'Gulalai'));
  });
});

describe('particles in capitals, abbreviated, or after hyphenated initials', () => {
  test('"VAN HOUTEN" in capitals and "Ria v. H." signed', () => {
    expect(redact('Maria van Houten\nArt Therapist\n\nForms print VAN HOUTEN. Colleagues call me Ria.\nRia v. H.')).toBe(
      '[CANDIDATE]\nArt Therapist\n\nForms print [CANDIDATE]. Colleagues call me [CANDIDATE].\n[CANDIDATE]',
    );
  });

  test('hyphenated initials and particles before a surname', () => {
    expect(redact('Anne-Sophie du Plessis\nData Officer\n\nSigned: A-S. du Plessis')).toBe('[CANDIDATE]\nData Officer\n\nSigned: [CANDIDATE]');
  });

  test('a case name, "versus" and a grade stay', () => {
    const text = 'Maria van Houten\nArt Therapist\n\nI read Bolam v. Friern on consent.\nThe DO list is long; LA MAY vary.';
    expect(redact(text)).toBe(onlyHeading(text, 'Maria van Houten'));
  });
});

describe('a referee in lower case', () => {
  test('after a title, with a nickname or a role in brackets', () => {
    expect(
      redact(
        'Ffion Jenkins\nWard Clerk\n\nReferences\nmrs. k. owusu-ansah (practice manager) will confirm dates.\n\nReferee 2: mr rajinder (raj) bhogal, Ward Manager',
      ),
    ).toBe('[CANDIDATE]\nWard Clerk\n\nReferences\n[NAME 1] (practice manager) will confirm dates.\n\nReferee 2: [NAME 2], Ward Manager');
  });

  test('a title before a phrase that is no name stays', () => {
    const text = 'Ffion Jenkins\nWard Clerk\n\nReferee 1: mr available on request\nReferee 2: dr on call rota';
    expect(redact(text)).toBe(onlyHeading(text, 'Ffion Jenkins'));
  });
});

describe('a name in its own script after "my … name is"', () => {
  test('Chinese and Tamil', () => {
    expect(redact('Lim Wei Ling\nPharmacist\n\nMy Chinese name is 林慧玲 and my name in Tamil is மீனா.')).toBe(
      '[CANDIDATE]\nPharmacist\n\nMy Chinese name is [NAME 1] and my name in Tamil is [NAME 2].',
    );
  });

  test("the name of a ward or a word in another script stays", () => {
    const text = "Lim Wei Ling\nPharmacist\n\nThe clinic's name is 康复 and the word for peace is 和平.";
    expect(redact(text)).toBe(onlyHeading(text, 'Lim Wei Ling'));
  });
});

describe('identifiers by label or by shape', () => {
  test.each([
    ['ESR 41872236 · ESR assignment 50913377', '[ID NUMBER] · ESR assignment [ID NUMBER]'],
    ['My UCI is 3307-1184-9920.', 'My UCI is [ID NUMBER].'],
    ['HKID Z683365(A); old card: M927103(4)', '[ID NUMBER]; old card: [ID NUMBER]'],
    ['Codice fiscale: BNCLRN88M12F205K', '[ID NUMBER]'],
    ['Candidate no. 774120\nCandidate number: K-4471902 … footer K-4471902', 'Candidate no. [ID NUMBER]\nCandidate number: [ID NUMBER] … footer [ID NUMBER]'],
    ['DBS Update Service subscription ID Q7T2-49WX-81B', 'DBS Update Service subscription ID [ID NUMBER]'],
    ['Private – application 2025/HCA/19 – page 2', 'Private – application [ID NUMBER] – page 2'],
  ])('%j', (line, expected) => {
    expect(redact(`Owen Pryce\nHealthcare Assistant\n\n${line}`)).toBe(`[CANDIDATE]\nHealthcare Assistant\n\n${expected}`);
  });

  test('a blood test, a ward, a grade and a span of qualifications stay', () => {
    const text = 'Owen Pryce\nHealthcare Assistant\n\nFBC, ESR and CRP on 120455 samples; ESR 12 mm/hr.\nWard B4-12-A1; ST3-ST4-2019; RGN/RMN/2019.';
    expect(redact(text)).toBe(onlyHeading(text, 'Owen Pryce'));
  });
});

// Round 31 review (helper mend-31b), S5: a month's short name between a year and a day makes a date, not a case reference.
describe('S5: a date written year/month/day stays', () => {
  test.each(['I started on 2021/MAR/15 and left on 2023/JUN/30.', 'Rotation from 15/Sept/2022 to 14/Feb/2023.'])('%j', (line) => {
    const text = `Amina Yusuf\nStaff Nurse\n\n${line}`;
    expect(redact(text)).toBe(onlyHeading(text, 'Amina Yusuf'));
  });

  test('a case reference with letters between its numbers still goes', () => {
    expect(redact('Amina Yusuf\nStaff Nurse\n\nMy appeal 2024/PMA/17 was upheld.')).toContain('[ID NUMBER]');
  });
});

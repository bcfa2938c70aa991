import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 26 (helper anonymiser-39): readings from an audit of 16 real, public CVs, biodata, personal-information pages,
// an Indian admission form read by OCR, a jsPDF cover letter and CV and a nurse's signature block (Filipino, Somali,
// Ethiopian, Tamil, Vietnamese, Portuguese and US layouts). Fresh lines in our own words, none from those texts, each
// with what must stay beside it.

describe("a phone's label in capitals before ten digits that pass the NHS check", () => {
  test.each([
    ['Divya Krishnan\nMobile: 9845012345', '[CANDIDATE]\nMobile: [PHONE]'],
    ['Kwame Mensah\nMOBILE: 9845012345', '[CANDIDATE]\nMOBILE: [PHONE]'],
    ['Ana Lima\nTel. 9845012345', '[CANDIDATE]\nTel. [PHONE]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('an NHS number beside its own word is still one', () => {
    expect(redact('Referral form: NHS number 943 476 5919')).toBe('Referral form: NHS number [NHS NUMBER]');
  });
});

describe("a relative's name after a label with no possessive, initials and all", () => {
  test.each([
    ['Divya Krishnan\nFather Name: S. Krishnan\nMother Name: R. Lakshmi (Teacher)', '[CANDIDATE]\nFather Name: [FAMILY]\nMother Name: [FAMILY]'],
    ['Femi Adeyemi\nGuardian Name: Mrs T. Bello', '[CANDIDATE]\nGuardian Name: [FAMILY]'],
    ['Ravi Nair\nFathers name: Gopal Nair\nMothers Name: Lakshmi', '[CANDIDATE]\nFathers name: [FAMILY]\nMothers Name: [FAMILY]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a sentence after a relative named without initials ends the value', () => {
    expect(redact('Next of kin: my sister. She lives nearby.')).toBe('Next of kin: [FAMILY]. They live nearby.');
  });
});

describe('a stage, pen or screen name is the name the candidate goes by', () => {
  test.each([
    ['Bongani Dlamini\nStage Name: Bonzo\nGender: Male', '[CANDIDATE]\nStage Name: [CANDIDATE]\nGender: [GENDER]'],
    [
      'Lucia Ferreira\nPen name: Lulu\nI write for the ward newsletter. Lulu signs each column.',
      '[CANDIDATE]\nPen name: [CANDIDATE]\nI write for the ward newsletter. [CANDIDATE] signs each column.',
    ],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe("a caste or a lineage in its own field tells descent", () => {
  test('each value goes', () => {
    expect(redact('Rahul Verma\nCaste: Agarwal\nSub caste: Garg\nGotra: Kashyap')).toBe(
      '[CANDIDATE]\nCaste: [ETHNICITY]\nSub caste: [ETHNICITY]\nGotra: [ETHNICITY]',
    );
  });

  test('the word in a sentence stays', () => {
    expect(redact('We recorded ethnicity, not caste, at triage.')).toBe('We recorded ethnicity, not caste, at triage.');
  });
});

describe('where the candidate lives, labelled as their residence', () => {
  test('each value goes', () => {
    expect(redact('Selam Tesfaye\nCity of Residence: Mekelle, Ethiopia\nCurrent Residence: Bristol')).toBe(
      '[CANDIDATE]\nCity of Residence: [ADDRESS]\nCurrent Residence: [ADDRESS]',
    );
  });

  test('a residence status is an immigration status, and a residence in a sentence stays', () => {
    expect(redact('Residence status: pre-settled')).toBe('Residence status: [IMMIGRATION STATUS]');
    expect(redact('The nurses’ residence was closed in 2010.')).toBe('The nurses’ residence was closed in 2010.');
  });
});

describe('a designer is a job, not a name', () => {
  test('the role line under a referee stays', () => {
    expect(redact('REFERENCES\n\nJoy Malabanan\nGraphic Designer\n07700 900733')).toBe('REFERENCES\n\n[NAME 1]\nGraphic Designer\n[PHONE]');
  });

  test('the word in a sentence stays', () => {
    expect(redact('We hired a designer for the leaflets. Designers met on Tuesday.')).toBe('We hired a designer for the leaflets. Designers met on Tuesday.');
  });
});

describe('an address written by its village, post office or district, with its PIN code', () => {
  test.each([
    [
      'Priya Das\nVill- Kalna, P.O.- Kalna, P.S.- Bardhaman\nPurba Bardhaman, West Bengal, (713409)\npriya@example.com',
      '[CANDIDATE]\n[ADDRESS]\n[ADDRESS], ([POSTCODE])\n[EMAIL]',
    ],
    ['Imran Shaikh\nPresent Address:AT POST KHED\nTALUKA:RATNAGIRI\n(415709)', '[CANDIDATE]\nPresent Address:[ADDRESS]\n[ADDRESS]\n([POSTCODE])'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('counts after a district or a village stay', () => {
    expect(redact('The district team: 4 nurses, 120 000 contacts a year.')).toBe('The district team: 4 nurses, 120 000 contacts a year.');
    expect(redact('Village: Moreton, 2 practices and 12000\nhomes')).toBe('Village: Moreton, 2 practices and 12000\nhomes');
  });
});

describe('a second number listed after a labelled phone', () => {
  test.each([
    ['Anil Kumar\nContact: 9845012346, 9812340000', '[CANDIDATE]\nContact: [PHONE], [PHONE]'],
    ['Anil Kumar\nMobile: 07700 900123 or 07700 900456.', '[CANDIDATE]\nMobile: [PHONE] or [PHONE].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a count after the comma stays', () => {
    expect(redact('Anil Kumar\nTel: 0113 496 0000, 3 days a week')).toBe('[CANDIDATE]\nTel: [PHONE], 3 days a week');
  });
});

describe('"MD" opening a name is Muhammad abbreviated', () => {
  test.each([
    ['MD RAFIQUL ISLAM\nStaff Nurse\nI am MD RAFIQUL ISLAM.', '[CANDIDATE]\nStaff Nurse\nI am [CANDIDATE].'],
    ['Skills\nLinkedin: linkedin.com/in/er-md-rafiq-islam-7712\nMD RAFIQ ISLAM\nSite Engineer', 'Skills\nLinkedin: [URL]\n[CANDIDATE]\nSite Engineer'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the degree after a name stays', () => {
    expect(redact('Jane Smith MD\nConsultant')).toBe('[CANDIDATE] MD\nConsultant');
  });
});

describe('name fields after a bullet or in bold, in Portuguese and Spanish', () => {
  test.each([
    ['**Nome completo:Luana Ferreira Costa**\n**Data de nascimento:1990-05-02**', '**Nome completo:[CANDIDATE]**\n**Data de nascimento:[DATE OF BIRTH]**'],
    ['- Nombre: Lucía\n- Apellidos: Gómez Herrera\n- Ciudad: Valencia', '- Nombre: [CANDIDATE]\n- Apellidos: [CANDIDATE]\n- Ciudad: [ADDRESS]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a bullet that names a thing stays', () => {
    expect(redact('Skills\n- Name: badges for the ward team')).toBe('Skills\n- Name: badges for the ward team');
  });
});

describe('a postal code before its country, in a cell of its own', () => {
  test.each([
    ['Ana Pop\nMobil: +49 151 00000000\n10115 Berlin, Germany', '[CANDIDATE]\nMobil: [PHONE]\n[ADDRESS]'],
    ['Ana Pop\nhttps://github.com/anapop | Hauptstraße 5, 80331, Germany', '[CANDIDATE]\n[URL] | [ADDRESS]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a year before a country stays', () => {
    expect(redact('Presented at ECCMID 2019, Germany and Spain.')).toBe('Presented at ECCMID 2019, Germany and Spain.');
  });
});

describe('a skills heading is no name', () => {
  test('the line stays', () => {
    expect(redact('Key Strengths\nProblem Solving Capability\nTeam leadership')).toBe('Key Strengths\nProblem Solving Capability\nTeam leadership');
  });
});

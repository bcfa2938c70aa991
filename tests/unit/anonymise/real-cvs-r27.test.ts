import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 27 (helper anonymiser-41): readings from an audit of 41 real, public CVs, profiles and bylines (Burmese, Thai,
// Armenian, Georgian, Hungarian, Icelandic, Sinhala, Tamil, Telugu, Gujarati, Punjabi, Igbo, Yoruba, Persian and Japanese
// names; tables with the labels in the left column, Markdown tables, CV data kept as code). Fresh lines in our own words,
// none from those texts, each with what must stay beside it.

describe("the candidate's name in a table's row or a key of data kept as code", () => {
  test.each([
    // A left column's label with no colon, the value in the next cell.
    ['Name\tThiri Aung Myint\nPost\tCommunity Midwife\n', 'Name\t[CANDIDATE]\nPost\tCommunity Midwife\n'],
    // A Markdown table's row, the label in bold, the family name first.
    ['| **Name:** | OKONKWO, Chidinma Ruth |\n| **Post:** | Health Visitor |\n', '| **Name:** | [CANDIDATE] |\n| **Post:** | Health Visitor |\n'],
    // A Markdown heading before "CV:".
    ['# CV: ADEBAYO, Tolulope Grace\n\nPharmacy technician, Leeds\n', '# CV: [CANDIDATE]\n\nPharmacy technician, Leeds\n'],
    // Keys in quotes, camel case, snake case, indented; a value in back-quotes.
    ['  "Name": "Sai Kiran Reddy",\n  "Role": "Clinical Coder",\n', '  "Name": "[CANDIDATE]",\n  "Role": "Clinical Coder",\n'],
    [
      "const me = {\n    firstName: 'Anahit',\n    lastName: 'Sargsyan',\n    role: 'Practice Manager',\n};\n",
      "const me = {\n    firstName: '[CANDIDATE]',\n    lastName: '[CANDIDATE]',\n    role: 'Practice Manager',\n};\n",
    ],
    ['profile:\n  full_name: "Dilani Perera Wickramasinghe"\n  preferred_name: "Dilani"\n', 'profile:\n  full_name: "[CANDIDATE]"\n  preferred_name: "[CANDIDATE]"\n'],
    ['- Name: `Haruka MORI`\n- Role: interpreter\n', '- Name: `[CANDIDATE]`\n- Role: interpreter\n'],
    // A nickname's key in camel case.
    ['  nickName: "Mint",\n  name: "Siriporn",\n  lastName: "Chaiyasit",\n', '  nickName: "[CANDIDATE]",\n  name: "[CANDIDATE]",\n  lastName: "[CANDIDATE]",\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test("the name's text has no quotes from the code", () => {
    expect(anonymise("    firstName: 'Anahit',\n    lastName: 'Sargsyan',\n").redactions.map((r) => r.original)).toEqual(['Anahit', 'Sargsyan']);
  });

  test.each([
    // A table's header row is no name's field.
    ['Name\tPost\tBand\n'],
    // A thesis's title under "title:" stays.
    ["title: 'Band 6 Physiotherapist',\n"],
  ])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a date of birth in a Markdown table or under a key of data kept as code', () => {
  test.each([
    ['    dateOfBirth: "04/11/1993",\n', '    dateOfBirth: "[DATE OF BIRTH]",\n'],
    ["  birthDay: '12-03-1990',\n", "  birthDay: '[DATE OF BIRTH]',\n"],
    ['| **Date of Birth:** | 30-01-1999 |\n', '| **Date of Birth:** | [DATE OF BIRTH] |\n'],
    ['Birthday: 7 June 1987\n', 'Birthday: [DATE OF BIRTH]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([['Date of birth of first child not needed here\n'], ['| Start date | 03-02-2020 |\n']])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a phone under a key of data kept as code, and numbers joined by "&"', () => {
  test.each([
    ["    mobile: '077-12-34-56',\n", "    mobile: '[PHONE]',\n"],
    ['  "phone": "091 234 5678",\n', '  "phone": "[PHONE]",\n'],
    ["  phone: '9845012346 & 9812340000',\n", "  phone: '[PHONE] & [PHONE]',\n"],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a count after "&" keeps its words', () => {
    expect(redact('Tel: 0113 496 0000 & 3 days a week\n')).toBe('Tel: [PHONE] & 3 days a week\n');
  });
});

describe("a number that is a whole cell of the header's contact line", () => {
  test('any plan: it is a phone, and the place beside it goes', () => {
    expect(redact('Nimmi Perera\n0771234567 | Kandy, Sri Lanka\n')).toBe('[CANDIDATE]\n[PHONE] | [ADDRESS]\n');
  });

  test('grades and years in cells stay', () => {
    expect(redact('Nimmi Perera\nBand 5 | 2019 | Kandy\n')).toBe('[CANDIDATE]\nBand 5 | 2019 | Kandy\n');
  });
});

describe("a town's postal code of digits in the next cell after a spaced dash", () => {
  test.each([
    ['Meena Shah\n9824012345 | Rajkot, Gujarat - 360001\n', '[CANDIDATE]\n[PHONE] | [ADDRESS] - [POSTCODE]\n'],
    // A mobile in five and six digits marks a contact line too.
    ['Meena Shah\n07700 900288 | Kochi, Kerala - 682 001\n', '[CANDIDATE]\n[PHONE] | [ADDRESS] - [POSTCODE]\n'],
    ['Meena Shah\n07700 900288 | Rajkot, Gujarat\n', '[CANDIDATE]\n[PHONE] | [ADDRESS]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a year after the dash stays', () => {
    expect(redact('Meena Shah\n9824012345 | Rajkot, Gujarat - 2019\n')).toBe('[CANDIDATE]\n[PHONE] | [ADDRESS] - 2019\n');
  });
});

describe("a handle under a platform's key in data kept as code", () => {
  test.each([
    ['  telegram: "AramPetrosyan",\n', '  telegram: "[URL]",\n'],
    ["  line: 'ploy_1991',\n", "  line: '[URL]',\n"],
    ["  username: 'midwife.sara',\n", "  username: '[URL]',\n"],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([["  line: 'Jubilee',\n"], ["Bus line: 'X84' stops outside\n"]])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe("a Markdown link's text with escaped marks that is the handle", () => {
  test('read without its backslashes, and the same handle shown for another link', () => {
    expect(redact('- Qiita: [\\_haru\\_mori\\_](https://qiita.com/_haru_mori_)\n- LINE: [\\_haru\\_mori\\_](https://line.me/ti/p/Zx81aQ)\n')).toBe(
      '- Qiita: [[URL]]([URL])\n- LINE: [[URL]]([URL])\n',
    );
  });

  test("a site's name as the text stays", () => {
    expect(redact('See [NHS\\_Jobs](https://www.jobs.nhs.uk/) for posts\n')).toBe('See [NHS\\_Jobs]([URL]) for posts\n');
  });
});

describe('an address written with "[at]" whose domain has a hyphen inside a label', () => {
  test.each([
    ['Email: aiko.tanaka [at] med.k-uni.ac.jp\n', 'Email: [EMAIL]\n'],
    ['Email: jo [at] north-east.nhs.uk\n', 'Email: [EMAIL]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('a list of authors with the initials first', () => {
  test('each author goes whole, the last after "and"', () => {
    expect(redact('Publications\nR. K. Menon, A. Joseph and T. S. Pillai; Hand hygiene on a renal ward. J Ren Care 2019, 4, 10-15.\n')).toBe(
      'Publications\n[NAME], [NAME] and [NAME]; Hand hygiene on a renal ward. J Ren Care 2019, 4, 10-15.\n',
    );
  });

  test('referees in a sentence are no list of authors', () => {
    const text = 'My referees are A. Smith, who taught me, and B. Jones.\n';
    expect(redact(text)).toBe(text);
  });
});

describe("a degree's letters stay: no given name after an initial, no part of a name", () => {
  test.each([
    ['Ravi Kumar\nM.Phil (Nursing)\t2014\nLecturer in Nursing\n', '[CANDIDATE]\nM.Phil (Nursing)\t2014\nLecturer in Nursing\n'],
    ['Nurse educator\n\nSiobhan Daly Bsc(Hons) PGCert RN\nSenior Lecturer\n', 'Nurse educator\n\n[NAME 1] Bsc(Hons) PGCert RN\nSenior Lecturer\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the given name after a word is still a person', () => {
    expect(redact('Met Phil Evans at the clinic.\n')).toBe('Met [NAME 1] at the clinic.\n');
  });
});

describe("after a person's label, initials with their full stops and a surname no list knows", () => {
  test.each([
    ['Kasun Perera\nEngineer\n  * Supervisor: J.A.K.S. Jayasinghe\n', '[CANDIDATE]\nEngineer\n  * Supervisor: [NAME 1]\n'],
    ['Kasun Perera\nReferee: R. Wijeratne, Senior Lecturer\n', '[CANDIDATE]\nReferee: [NAME 1], Senior Lecturer\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([['Kasun Perera\nSupervisor: A. Ward Sister\n'], ['Kasun Perera\nContact: M. Community Team\n']])('%j: a role or a team stays', (text) => {
    expect(redact(text)).toBe(text.replace('Kasun Perera', '[CANDIDATE]'));
  });
});

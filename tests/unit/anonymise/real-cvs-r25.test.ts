import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 25 (helper anonymiser-37): readings from an audit of 42 real, public CVs, LinkedIn profiles saved as PDF,
// a Europass CV, academic pages with publication lists, cover letters, an application form and career stories (UK,
// Scotland, Northern Ireland, Ireland and graduates from abroad). Fresh lines in our own words, none from those
// texts, each with what must stay beside it.

describe('a year of birth is a date of birth', () => {
  test.each([
    ['Ayesha Siddiqui\nNationality: Pakistani\nYear of birth: 1994\nGender: Female', '[CANDIDATE]\nNationality: [NATIONALITY]\nYear of birth: [DATE OF BIRTH]\nGender: [GENDER]'],
    ['Jonas Weber\nGeburtsjahr 1988', '[CANDIDATE]\nGeburtsjahr [DATE OF BIRTH]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the words in a sentence stay', () => {
    expect(redact('We record each patient’s year of birth and 2 forms of ID at booking.')).toBe('We record each patient’s year of birth and 2 forms of ID at booking.');
  });
});

describe("a phone's kind in brackets after the number, as a LinkedIn profile prints it", () => {
  test.each([
    ['Contact\n07700900461 (Mobile)\nkofi@example.com', 'Contact\n[PHONE] (Mobile)\n[EMAIL]'],
    ['Contact\n2025550147 (Work)', 'Contact\n[PHONE] (Work)'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('years and a ward in brackets stay', () => {
    expect(redact('2019 - 2021 (Work)\nWard 12 (Home)')).toBe('2019 - 2021 (Work)\nWard 12 (Home)');
  });
});

describe('an e-mail written out whose later label starts with a digit', () => {
  test('every label goes', () => {
    expect(redact('Contact: amara [dot] 12jan99 [at] example [dot] com')).toBe('Contact: [EMAIL]');
  });

  test('a bay and a hospital in short stay', () => {
    expect(redact('I covered Bay 4 at Leeds.Gen on nights.')).toBe('I covered Bay 4 at Leeds.Gen on nights.');
  });
});

describe("a LinkedIn profile saved as PDF: the name heads the right column, spelt by the profile's slug", () => {
  test('the name under the left column, the slug broken after a hyphen', () => {
    expect(
      redact('Contact\nlin.tao@example.com\nwww.linkedin.com/in/tao-\nlin-4471ab (LinkedIn)\nTop Skills\nFlow Cytometry\nTao Lin\nResearch Scientist\nExperience\nCrick Institute\nResearch Scientist'),
    ).toBe('Contact\n[EMAIL]\n[URL]\nTop Skills\nFlow Cytometry\n[CANDIDATE]\nResearch Scientist\nExperience\nCrick Institute\nResearch Scientist');
  });
});

describe("a Markdown link whose text is its target's last piece", () => {
  test('the text goes with the link', () => {
    expect(redact('- **LinkedIn:** [tunde-bello](https://www.linkedin.com/in/tunde-bello/)')).toBe('- **LinkedIn:** [[URL]]([URL])');
  });

  test('a link with words for its text keeps them', () => {
    expect(redact('See [my audit poster](https://example.org/posters/audit-2023) for the results.')).toBe('See [my audit poster]([URL]) for the results.');
  });
});

describe("a CV's file name run onto its name, or in a link's path", () => {
  test.each([
    ['Footer: OkonkwoCV.pdf', 'Footer: [CANDIDATE]'],
    ['Download: /files/ada_resume.pdf', 'Download: [URL]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a file that is no one’s CV stays', () => {
    expect(redact('Attached: /docs/audit_results_2024.pdf and MyCV.pdf')).toBe('Attached: /docs/audit_results_2024.pdf and MyCV.pdf');
  });
});

describe("a US state's code goes with its ZIP code", () => {
  test('the town stays, the state and ZIP code go', () => {
    expect(redact('I volunteered at a free clinic in Dayton, OH 45402 for a summer.')).toBe('I volunteered at a free clinic in Dayton, OH [POSTCODE] for a summer.');
  });
});

describe('front matter and JSON fields', () => {
  test('a quoted value is the whole quote, marks between cells and all', () => {
    expect(redact('author: Wanjiku Njeri\naddress: "Kibera · Nairobi · Kenya"\njobtitle: "Data Analyst"')).toBe('author: [CANDIDATE]\naddress: "[ADDRESS]"\njobtitle: "Data Analyst"');
  });

  test('"author:" names the CV\'s owner, in quotes too', () => {
    expect(redact('---\ntitle: Curriculum Vitae\nauthor: "Rohan P. Mehta"\n---\nRohan trained in Pune.')).toBe('---\ntitle: Curriculum Vitae\nauthor: "[CANDIDATE]"\n---\n[CANDIDATE] trained in Pune.');
  });

  test('a title field holds a form of address only', () => {
    expect(redact('Title: Mrs\nTitle: Audit of falls on Ward 7')).toBe('Title: [TITLE]\nTitle: Audit of falls on Ward 7');
  });

  test("a job's location under its company stays; the writer's own goes", () => {
    expect(redact("location: Leeds, UK\njobs:\n  - role: 'Staff Nurse'\n    company: \"Leeds Teaching Hospitals\"\n    location: 'Harrogate, UK'")).toBe(
      "location: [ADDRESS]\njobs:\n  - role: 'Staff Nurse'\n    company: \"Leeds Teaching Hospitals\"\n    location: 'Harrogate, UK'",
    );
  });

  test("a link ending in a slash does not run into the next line's field", () => {
    expect(redact('web: kamau.example.dev/\nupdated: FALSE')).toBe('web: [URL]\nupdated: FALSE');
  });
});

describe('names an academic CV gives', () => {
  test.each([
    ['  * Supervisor: Rupa Das\n  * Duties: audit', '  * Supervisor: [NAME 1]\n  * Duties: audit'],
    ['Funded by the MRC (Helen K. Marsh, PI).', 'Funded by the MRC ([NAME 1], PI).'],
    ['Hello, I’m **Wanjiru Kamau**. I research malaria.', 'Hello, I’m **[CANDIDATE]**. I research malaria.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('two people who share a surname are two people', () => {
    expect(redact('Hi, I am Wei Liu. I trained under Prof. Ming Liu and worked with Ming Liu again in 2021.')).toBe(
      'Hi, I am [CANDIDATE]. I trained under Prof. [NAME 1] and worked with [NAME 1] again in 2021.',
    );
  });

  test('every author of a list in which two are names already', () => {
    expect(redact('Sepsis bundles on the ward, Sarah Jones, Tao Wu, Mark Evans, Lin Qi. BMJ Open Quality.')).toBe(
      'Sepsis bundles on the ward, [NAME 1], [NAME 2], [NAME 3], [NAME 4]. BMJ Open Quality.',
    );
  });

  test('a list of skills, a section letter and a greeting with a post stay', () => {
    expect(redact('Skills: Wound Care, Patient Flow, Infection Control, Team Work\nSection B. Patient safety\nHi, I am Head of Nursing here.')).toBe(
      'Skills: Wound Care, Patient Flow, Infection Control, Team Work\nSection B. Patient safety\nHi, I am Head of Nursing here.',
    );
  });
});

describe('places and bodies named like people', () => {
  test.each([
    'Tao Lin\nCrick Institute\nScientist\nJanuary 2024 - Present\nSan Francisco Bay Area',
    'Tao Lin\nQA engineer at a firm in Sophia Antipolis, France.',
    'Tao Lin\nResearch post in Palo Alto, California.',
    'Tao Lin\nLecturer at Mohamed bin Rashid University of Medicine.',
    'Tao Lin\nNVIDIA Conference Grant  Recipient, 2019.',
  ])('%j stays but the name', (text) => {
    expect(redact(text)).toBe(text.replace('Tao Lin', '[CANDIDATE]'));
  });

  test('two known name parts before a country stay a person', () => {
    expect(redact('I shadowed Grace Mensah, Ghana lead for the programme.')).toBe('I shadowed [NAME 1], Ghana lead for the programme.');
  });

  test('a body word, words in lower case after it, then the name the body bears', () => {
    expect(redact('Maturità, Liceo classico statale Ugo Foscolo, 2012')).toBe('Maturità, Liceo classico statale Ugo Foscolo, 2012');
  });
});

describe('what a panel needs stays', () => {
  test.each([
    'Languages: English C1, French B2 (DELF)',
    'West African Senior School Certificate Examination (WASSCE): six credits',
    'Equality: we do not discriminate on the grounds of age, disability, marriage and civil partnership, pregnancy and maternity.',
  ])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });

  test('a district, a people’s school and a civil partnership the writer has still go', () => {
    expect(redact('I live in Birmingham B2 and help at the Polish Saturday School. I am in a civil partnership.')).toBe(
      'I live in [ADDRESS] and help at the [ETHNICITY]. I am [MARITAL STATUS].',
    );
  });

  test("a page footer's count is no one's children", () => {
    expect(redact('Site Lead\nMay 2013 - June 2018 (5 years 2 months)\nPage 1 of 2\nBoys & Girls Club\nYouth Worker')).toBe(
      'Site Lead\nMay 2013 - June 2018 (5 years 2 months)\nPage 1 of 2\nBoys & Girls Club\nYouth Worker',
    );
  });
});

describe('faith told by a school', () => {
  test('a seminary is a faith school', () => {
    expect(redact('Secondary school: St. Joseph’s Junior Seminary, Kumasi')).toBe('Secondary school: [RELIGION], Kumasi');
  });
});

describe('a number an NHS check passes, after a phone’s label, is a phone', () => {
  test.each([
    ['m: 0770 090052 | e: jo@example.com', 'm: [PHONE] | e: [EMAIL]'],
    ['"phone": "3035550123",', '"phone": "[PHONE]",'],
    ['NHS number: 943 476 5919', 'NHS number: [NHS NUMBER]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

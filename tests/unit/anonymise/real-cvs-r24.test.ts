import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 24 (helper anonymiser-34): readings from an audit of 40 real, public CVs, résumés, staff profiles, cover
// letters and "About" pages not used before (LaTeX, JSON résumés, Markdown, HTML and PDF text kept in code
// repositories; CVs in French, German, Portuguese, Spanish, Polish, Russian and Chinese). Fresh lines in our own
// words, none from those texts, each with what must stay beside it.

describe('letters after the heading name end it', () => {
  test.each([
    ['Wenjing ZHAO PhD Candidate\nwenjing.zhao@example.ac.uk\nI study sepsis in older adults.', '[CANDIDATE] PhD Candidate\n[EMAIL]\nI study sepsis in older adults.'],
    ['Tobenna Eze MSc RN\ntobenna.eze@example.com', '[CANDIDATE] MSc RN\n[EMAIL]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a post with letters after it is no name', () => {
    expect(redact('Senior Staff Nurse RN\nI lead a team of twelve.')).toBe('Senior Staff Nurse RN\nI lead a team of twelve.');
  });
});

describe('a heading name run on into the contacts, and a hyphen PDF text split from its word', () => {
  test('the name, its e-mail address and a profile whose slug lost its hyphen', () => {
    expect(redact('Noa Bar -Lev noa.barlev@example.com | +972 50 555 0101 | linkedin.com/in/noa -bar-lev EDUCATION Tel Aviv University')).toBe(
      '[CANDIDATE] -[CANDIDATE] [EMAIL] | [PHONE] | [URL] EDUCATION Tel Aviv University',
    );
  });
});

describe("a phone's label in the languages of CVs from abroad", () => {
  test.each([
    ['Telemóvel 912 345 678', 'Telemóvel [PHONE]'],
    ['Móvil: 612 34 56 78', 'Móvil: [PHONE]'],
    ['Mi móvil: 612 34 56 78', 'Mi móvil: [PHONE]'],
    ['Mobil Nr. +49 (0) 151/ 2345678', 'Mobil Nr. [PHONE]'],
    ['Handy: 0171 2345678', 'Handy: [PHONE]'],
    ['Portable : 06 12 34 56 78', 'Portable : [PHONE]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the same words in a sentence, and a year range after "Work", stay', () => {
    expect(redact('We used a portable 12-lead ECG and a handy 3 step guide.\nWork 2015-2019 2020-2023')).toBe(
      'We used a portable 12-lead ECG and a handy 3 step guide.\nWork 2015-2019 2020-2023',
    );
  });
});

describe('a handle that is all its platform field holds, and a profile written site/handle', () => {
  test.each([
    ['GitHub: kwamedev', 'GitHub: [URL]'],
    ['Github: ngozio — https://github.com/ngozio', 'Github: [URL] — [URL]'],
    ['linkedin: ramanpreetk (https://www.linkedin.com/in/ramanpreetk/)', 'linkedin: [URL] ([URL])'],
    ['Ayo Bello\nayo@example.ng | github/ayo-dev | in/ayodele-k', '[CANDIDATE]\n[EMAIL] | [URL] | [URL]'],
    ['Ayo Bello\ngithub/tunde88\ncodepen/tundeo\nSkills', '[CANDIDATE]\n[URL]\n[URL]\nSkills'],
    ['Ayo Bello\nGitHub: https://github.com/<ayo-b>/', '[CANDIDATE]\nGitHub: [URL]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a platform in a sentence, a field of words and a slash between words stay', () => {
    expect(
      redact(
        'GitHub: version control for our audit scripts\nLinkedIn: available on request\nPatients moved in/out of the bay. Share it on LinkedIn/Twitter. The check-in/check-out desk.',
      ),
    ).toBe(
      'GitHub: version control for our audit scripts\nLinkedIn: available on request\nPatients moved in/out of the bay. Share it on LinkedIn/Twitter. The check-in/check-out desk.',
    );
  });
});

describe('a full date alone in a cell of the header, among the contacts', () => {
  test.each([
    ['Mateo Ruiz Herrera\nStaff Nurse\n14-Feb-1991\nmateo@example.es\n\nI joined the renal ward in March 2016.', '[CANDIDATE]\nStaff Nurse\n[DATE OF BIRTH]\n[EMAIL]\n\nI joined the renal ward in March 2016.'],
    ['Ana Petrović\n21.06.1993 | Zagreb\nana.p@example.rs\nI have nursed in Zagreb since 2017.', '[CANDIDATE]\n[DATE OF BIRTH] | Zagreb\n[EMAIL]\nI have nursed in Zagreb since 2017.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test("a letter's own date, and a date that is not all its cell holds, stay", () => {
    expect(redact('Ruth Adeyemi\nruth@example.com\n12 March 2025\n\nI write about the post advertised in 2024.')).toBe(
      '[CANDIDATE]\n[EMAIL]\n12 March 2025\n\nI write about the post advertised in 2024.',
    );
    expect(redact('Ana Petrović\nana.p@example.rs\nAudit presented 21 June 1993 | 2019 | 2024')).toBe('[CANDIDATE]\n[EMAIL]\nAudit presented 21 June 1993 | 2019 | 2024');
  });
});

describe('a postal code of any country after its label', () => {
  test.each([
    ['Código Postal 2750-123 Cascais', 'Código Postal [POSTCODE] Cascais'],
    ['PLZ: 10115 Berlin', 'PLZ: [POSTCODE] Berlin'],
    ['Zip code 94110', 'Zip code [POSTCODE]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the word in a sentence stays', () => {
    expect(redact('The postcode lottery of access to care.')).toBe('The postcode lottery of access to care.');
  });
});

describe("the writer's first language in a row of a languages list, in other languages and layouts", () => {
  test.each([
    ['Languages\nArabe -- maternelle\nFrancais -- courant', 'Languages\n[NATIONALITY]\nFrancais -- courant'],
    ['Idiomas\nPortuguês — Nativo\nInglês — Fluente', 'Idiomas\n[NATIONALITY]\nInglês — Fluente'],
    ['Languages\nArabic:      Native\nEnglish:     Very Good', 'Languages\n[NATIONALITY]\nEnglish:     Very Good'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('English as the first language, and a level alone, stay', () => {
    expect(redact('English:   Native\nEnglish -- maternelle\nTigrinya -- B2')).toBe('English:   Native\nEnglish -- maternelle\nTigrinya -- B2');
  });
});

describe('personal fields labelled in the languages of CVs from abroad', () => {
  test('a place of birth after its label, and labels with no colon in a row of cells', () => {
    expect(redact('Lukas Berger\nPersönliche Daten\nGeburtsort:\tKempten\nFamilienstand:\tverheiratet')).toBe(
      '[CANDIDATE]\nPersönliche Daten\nGeburtsort:\t[PLACE OF ORIGIN]\nFamilienstand:\t[MARITAL STATUS]',
    );
    expect(
      redact('Joana Ferreira Lima\njoana@example.pt\nData de Nascimento 3 de Maio de 1990     Sexo Feminino\nNacionalidade Brasileira       Naturalidade Braga\nI nursed in Porto from 2015.'),
    ).toBe('[CANDIDATE]\n[EMAIL]\nData de Nascimento [DATE OF BIRTH]     Sexo [GENDER]\nNacionalidade [NATIONALITY]       Naturalidade [PLACE OF ORIGIN]\nI nursed in Porto from 2015.');
  });

  test('the same words that head other things stay', () => {
    expect(redact('Sexual health clinic    Nationality Day celebrations')).toBe('Sexual health clinic    Nationality Day celebrations');
  });
});

describe("a US town, state and ZIP code: the writer's own in the header, a ZIP code anywhere", () => {
  test("a letterhead's street and town beside the phone go whole", () => {
    expect(redact('Ann Lee, RN\n2308 NW Elm Drive\nKansas City, MO. 64154\n913.555.0101\n\nDear Hiring Manager,')).toBe(
      '[CANDIDATE], RN\n[ADDRESS]\n[PHONE]\n\nDear Hiring Manager,',
    );
  });

  test("a workplace's town stays, its ZIP code goes", () => {
    expect(redact('Ann Lee, RN\nann.lee@example.com\n\nI worked at Mercy Hospital, Joplin, MO 64804 from 2019.')).toBe(
      '[CANDIDATE], RN\n[EMAIL]\n\nI worked at Mercy Hospital, Joplin, MO [POSTCODE] from 2019.',
    );
  });

  test('a code that is no state stays', () => {
    expect(redact('The Paris, FR 75001 office sends the audit reports.')).toBe('The Paris, FR 75001 office sends the audit reports.');
  });
});

describe('a marital status or an age alone in a cell of the header', () => {
  test.each([
    ['Karim Haddad                     Marié, 31 ans\n                                 karim@example.fr\nProfile\nInfirmier depuis 2015.', '[CANDIDATE]                     [MARITAL STATUS], [AGE]\n                                 [EMAIL]\nProfile\nInfirmier depuis 2015.'],
    ['Olu Ade\nMarried | 34 years old | olu@example.com\nI run a single-handed clinic.', '[CANDIDATE]\n[MARITAL STATUS] | [AGE] | [EMAIL]\nI run a single-handed clinic.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the same words heading more than the cell stay', () => {
    expect(redact('Olu Ade\nolu@example.com\nSingle point of contact for 2 wards')).toBe('[CANDIDATE]\n[EMAIL]\nSingle point of contact for 2 wards');
  });
});

test('years after a role in the header are experience, and stay', () => {
  expect(redact('Olu Ade\nolu@example.com\nTheatre portering, 12 years')).toBe('[CANDIDATE]\n[EMAIL]\nTheatre portering, 12 years');
});

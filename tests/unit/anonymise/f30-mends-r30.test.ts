import { describe, expect, test, vi } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

// The first date of birth compiles the long date patterns, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const redact = (text: string) => anonymise(text).text;
const found = (text: string) => anonymise(text).redactions.map(({ type, original }) => [type, original]);

// Round 30 (helper anonymiser-49): what the unseen f30-* documents let through or took out, mended by general readings.
// Fresh lines in our own words, none from the set, each with what must stay beside it.

describe('a date of birth restated in another calendar or form goes with it', () => {
  test.each([
    // A chain of restatements after a dash and "which is": the Hijri date in letters, then the Gregorian one.
    [
      'Born 1402 H (Hijri) – 9 Muharram 1402, which is 7 November 1981 – in a small town.',
      'Born [DATE OF BIRTH] – [DATE OF BIRTH], which is [DATE OF BIRTH] – in a small town.',
      [['date-of-birth', '1402 H (Hijri)'], ['date-of-birth', '9 Muharram 1402'], ['date-of-birth', '7 November 1981']],
    ],
    // A year of another calendar named by its calendar, after the year of birth a place gave.
    [
      'I was born in Dhaka in 1983 – Bengali year 1390 – and moved here after school.',
      'I was born in [PLACE OF ORIGIN] in [DATE OF BIRTH] – [DATE OF BIRTH] – and moved here after school.',
      [['origin', 'Dhaka'], ['date-of-birth', '1983'], ['date-of-birth', 'Bengali year 1390']],
    ],
    // "born in the year … in the … calendar", then the Gregorian year in brackets.
    [
      'I was born in the year 1367 in the Persian calendar (1988). I am 37.',
      'I was born in [DATE OF BIRTH] ([DATE OF BIRTH]). I am [AGE].',
      [['date-of-birth', 'the year 1367 in the Persian calendar'], ['date-of-birth', '1988'], ['age', '37']],
    ],
    // A Czech, Slovak or German date with a blank after each dot, after a birth's label.
    ['Born 14. 3. 1987, Brno', 'Born [DATE OF BIRTH], [PLACE OF ORIGIN]', [['date-of-birth', '14. 3. 1987'], ['origin', 'Brno']]],
    // The French first of the month, shortly after "born"; "Le 1er mars 2020" with no birth stays (below).
    [
      'I am Breton (born in Rennes, 1er avril 1992) and moved to Exeter.',
      'I am Breton (born in [PLACE OF ORIGIN], [DATE OF BIRTH]) and moved to Exeter.',
      [['origin', 'Rennes'], ['date-of-birth', '1er avril 1992']],
    ],
    // A footnote the date of birth points to, which gives it again; the years of the lines between stay.
    [
      'Born 12 Adar 5750 (note ³)\n\nExperience\n2019–2023   Staff Nurse\n³ 9 March 1990. I am happy to explain.',
      '[DATE OF BIRTH] (note ³)\n\nExperience\n2019–2023   Staff Nurse\n³ [DATE OF BIRTH]. I am happy to explain.',
      [['date-of-birth', 'Born 12 Adar 5750'], ['date-of-birth', '9 March 1990']],
    ],
  ])('%j', (text, expected, redactions) => {
    expect(redact(text)).toBe(expected);
    expect(found(text)).toEqual(redactions);
  });

  test.each([
    'I joined in 2015 – the year the unit opened – and led the 2019 – 2020 audit.',
    'Year 2 of the programme ran in 2021, which is when I qualified as a nurse.',
    'Le 1er mars 2020 I started on the ward.',
  ])('years told without a birth stay: %j', (text) => {
    expect(found(text).filter(([type]) => type === 'date-of-birth')).toEqual([]);
  });
});

describe('contacts in other digits, shortened links, districts and meeting accounts', () => {
  test.each([
    // Eastern Arabic-Indic and Devanagari digits are read as digits; a number and its copy in brackets both go.
    ['Mobile: ۰۷۷۰۰ ۹۰۰ ۴۳۱', 'Mobile: [PHONE]'],
    ['Mobile: ०७७०० ९०० ४३१ (07700 900 431)', 'Mobile: [PHONE])'],
    ['Call +1 (416) 555-0163 after six.', 'Call [PHONE] after six.'],
    // A link shortener's domain without a scheme.
    ['Scan for my audit dashboard → bit.ly/ward-audit-22', 'Scan for my audit dashboard → [URL]'],
    // A district in brackets after the place the writer lives, a town after a comma.
    ['I live in Heaton, Newcastle (NE6) and work at the RVI.', 'I live in [ADDRESS] ([POSTCODE]) and work at the RVI.'],
    // The organisation a Teams account shows in brackets goes with it; a note in brackets stays.
    ['Teams: ab.cdefgh (Kent FT)', 'Teams: [URL]'],
    ['Teams: jo.bloggs (working hours 9-5)', 'Teams: [URL] (working hours 9-5)'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    'I rotated through Cardiology, Leeds (ST3) last year.',
    'Shift pattern 0800 (12 hours) and 2000 (12 hours).',
  ])('grades and counts stay: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe("a register's letters and number after a registration's word", () => {
  test.each([
    ['Registered Dental Hygienist (ABC 0123, Society of Hygienists) with six years in practice.', 'ABC 0123'],
    ['From 2008 I was authorised as a sosionom XYZ 7654321 (Norway).', 'XYZ 7654321'],
    ['I am a registered play worker (BCD number BCD-1234) with five years on wards.', 'BCD-1234'],
  ])('%j', (text, number) => {
    expect(found(text)).toEqual([['registration-number', number]]);
    expect(redact(text)).toBe(text.replace(number, '[REGISTRATION NUMBER]'));
  });

  test.each([
    'Registered Manager since 2019; the lab is accredited to ISO 15189 and passed its CQC 2022 visit.',
    'Registered nurse on Ward 12 with 1500 patients a year.',
  ])('years, standards and counts stay: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('what a panel needs stays', () => {
  test('capitals after a name in mixed case are letters after it, not a given name', () => {
    const text = 'CV – Aisha-Noor Tahiri, AMHP\t\tCONFIDENTIAL\nRole: AMHP and Senior Social Worker\nAMHP Postgraduate Certificate\tNorthumbria University';
    expect(redact(text)).toBe(
      'CV – [CANDIDATE], AMHP\t\tCONFIDENTIAL\nRole: AMHP and Senior Social Worker\nAMHP Postgraduate Certificate\tNorthumbria University',
    );
  });

  test("a status in one column ends at the column's gap: the course in the next column stays", () => {
    const text =
      'PERSONAL                         TRAINING\nPolish / EU settled status       Paediatric Life Support (RCUK) 2024\nRight to work     Pre-settled status granted 2021; applying for settled status\n                  in 2026';
    expect(redact(text)).toBe('PERSONAL                         TRAINING\n[IMMIGRATION STATUS]       Paediatric Life Support (RCUK) 2024\nRight to work     [IMMIGRATION STATUS]');
  });
});

describe('names', () => {
  test('a name in spaced capitals under a box of skills, spelt by the e-mail address', () => {
    const text = 'S K I L L S\nTriage        ●●●○○\nM I L E N A   H O R Á K O V Á\nClinical Scientist\nC O N T A C T\n✉ milka.horakova@example.sk\nEveryone calls me Milka.';
    expect(redact(text)).toBe('S K I L L S\nTriage        ●●●○○\n[CANDIDATE]\nClinical Scientist\nC O N T A C T\n✉ [EMAIL]\nEveryone calls me [CANDIDATE].');
  });

  test('a nickname in a CV in the third person, and after a dash', () => {
    expect(redact('Anjali Sen\nMedical Secretary\nAnjali types clinic letters, and colleagues call her\nAnji. Anji runs the rota and calls her team daily.')).toBe(
      '[CANDIDATE]\nMedical Secretary\n[CANDIDATE] types clinic letters, and colleagues call them\n[CANDIDATE]. [CANDIDATE] runs the rota and calls their team daily.',
    );
    expect(redact('My name is Natasha Priya Fernandes – Tash to most children – and I love play. Ask for Tash.')).toBe(
      'My name is [CANDIDATE] – [CANDIDATE] to most children – and I love play. Ask for [CANDIDATE].',
    );
  });

  test('a statement whose writer opens a paragraph with "I am" and their full name, and a nickname after', () => {
    expect(redact('Supporting statement\n\nWhy I am applying\nI am Kwabena Osei Mensah, a registered nurse. Colleagues call me "Kobby"; Kobby is fine.')).toBe(
      'Supporting statement\n\nWhy I am applying\nI am [CANDIDATE], a registered nurse. Colleagues call me "[CANDIDATE]"; [CANDIDATE] is fine.',
    );
    for (const text of ['Statement\n\nI am Band 6 Staff Nurse, keen to progress.', 'Statement\n\nI am Deputy Ward Manager, Ward 4, and I lead.']) expect(redact(text)).toBe(text);
  });

  test("the candidate's initials signing a line, a hyphenated part's joined by its hyphen; other initials stay", () => {
    expect(redact('Candidate: Rosa Achieng-Bett (NMC)\nI am a nurse.\nR. A-B.   04/12/2026\nT-R. A.')).toBe(
      'Candidate: [CANDIDATE]\nI am a nurse.\n[CANDIDATE]   04/12/2026\nT-R. A.',
    );
  });

  test("a heading's word before the candidate's name opening its line: the name goes; a place's first word keeps its place", () => {
    expect(redact('PRIYA BOSE\nSecretary\n\nContact Priya\nMobile on request')).toBe('[CANDIDATE]\nSecretary\n\nContact [CANDIDATE]\nMobile on request');
    expect(redact('Ross Evans\nNurse\n\nI walked in Wester Ross last year.')).toBe('[CANDIDATE]\nNurse\n\nI walked in Wester Ross last year.');
  });

  test("authors cited in the APA style, with the year in brackets after them (the candidate's entry theirs); a town and its county stay", () => {
    const text = 'Jo Bloggs\nNurse\nPublications\nBloggs, J., Adeyemi-Clarke, T. & Reed, K. (2020). A trial of ward rounds. Journal of Nursing, 3, 1.\nI trained in Leeds, W. Yorks. (2019 intake).';
    expect(redact(text)).toBe(
      '[CANDIDATE]\nNurse\nPublications\n[CANDIDATE], [NAME] & [NAME] (2020). A trial of ward rounds. Journal of Nursing, 3, 1.\nI trained in Leeds, W. Yorks. (2019 intake).',
    );
  });
});

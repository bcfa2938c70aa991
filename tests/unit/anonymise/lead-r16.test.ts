import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 16 (lead, from what the unseen f16 set showed): fresh wordings, none from the corpus.
describe('labels with no colon in a row of cells, as Europass lays them out', () => {
  test.each([
    ['Ewa Nowak\n\n    Gender Female  |  Nationality Polish  |  Marital status Married\n', 'Ewa Nowak\n\n    Gender [GENDER]  |  Nationality [NATIONALITY]  |  Marital status [MARITAL STATUS]\n'],
    ['Ewa Nowak\n\nDate of birth 04.11.1990    Sex Male\n', 'Ewa Nowak\n\nDate of birth [DATE OF BIRTH]    Sex [GENDER]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text).replace('[CANDIDATE]', 'Ewa Nowak')).toBe(expected);
  });
  test('kept: a row whose first cell is a theme, not a field ("Gender equality")', () => {
    expect(redact('Ewa Nowak\n\nGender equality | Carers network | Race Code')).toBe('[CANDIDATE]\n\nGender equality | Carers network | Race Code');
  });
  test('kept: a job title that starts with a label word, alone on its line', () => {
    expect(redact('Ewa Nowak\n\nHealth Care Assistant\nReligion Studies tutor')).toBe('[CANDIDATE]\n\nHealth Care Assistant\nReligion Studies tutor');
  });
});

describe('the candidate named under several labels, or beside a section label', () => {
  test('"Name:" and "Full name:" are one person', () => {
    const text = 'CV\n\nName:\tK. Sivanesan\nFull name:\tKanagaratnam Sivanesan\n\nKanagaratnam led the audit.';
    expect(redact(text)).toBe('CV\n\nName:\t[CANDIDATE]\nFull name:\t[CANDIDATE]\n\n[CANDIDATE] led the audit.');
  });
  test('"PERSONAL INFORMATION" and the name across the column', () => {
    const text = 'Europass CV\n\nPERSONAL INFORMATION      Ana Luísa da Costa Pereira\n\nWORK EXPERIENCE\nAna Luísa ran the clinic.';
    expect(redact(text)).toBe('Europass CV\n\nPERSONAL INFORMATION      [CANDIDATE]\n\nWORK EXPERIENCE\n[CANDIDATE] ran the clinic.');
  });
});

describe('parts of a name the mention did not reach', () => {
  test.each([
    ['ANA PAULA DA SILVA COSTA\nMidwife\n\nA. P. da Silva Costa — page 2', '[CANDIDATE]\nMidwife\n\n[CANDIDATE] — page 2'],
    ['MA. LOURDES P. SANTOS\nStaff nurse\n\nI also hold an MA in Nursing.', '[CANDIDATE]\nStaff nurse\n\nI also hold an MA in Nursing.'],
    ['Jane Hill\n\nReferee: Dr Farai Chidzam-\nbwa, consultant.', '[CANDIDATE]\n\nReferee: Dr [NAME 1], consultant.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('registration and licence numbers of other registers', () => {
  test.each([
    ['Jane Hill\n\nRegistration number AHCS 2021/00417', 'Registration number AHCS [REGISTRATION NUMBER]'],
    ['Jane Hill\n\nRegistered with the Academy for Healthcare Science, AHCS 2016/11873.', 'Registered with the Academy for Healthcare Science, AHCS [REGISTRATION NUMBER].'],
    ['Jane Hill\n\nNursing licence (Kenya) 0034512, renewed 2020.', 'Nursing licence (Kenya) 0034512, renewed 2020.'],
    ['Jane Hill\n\nPhysiotherapy licence no. 0078120 (Ghana).', 'Physiotherapy licence no. [REGISTRATION NUMBER] (Ghana).'],
  ])('%j', (text, expected) => {
    expect(redact(text).split('\n').at(-1)).toBe(expected);
  });
  test('kept: a driving licence and a year range', () => {
    expect(redact('Jane Hill\n\nFull driving licence; audit 2019/2020.')).toBe('[CANDIDATE]\n\nFull driving licence; audit 2019/2020.');
  });
});

// From the round's review: readings of the writer's own words that had reached other people's.
describe('work, moves within the UK and job titles stay', () => {
  test.each([
    'I teach patients to check and use inhalers for asthma control.',
    'I have lived in Scotland since 2001, after moving from Leeds.',
    'I worked as a parent support adviser for the council.',
  ])('%j', (sentence) => {
    expect(redact(`Jane Hill\n\n${sentence}`)).toBe(`[CANDIDATE]\n\n${sentence}`);
  });
});

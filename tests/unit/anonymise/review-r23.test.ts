import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 23 review mends (mend-23a): each by a general change, with fresh wordings that must go and that must stay.

describe('a birth on a named day, with "Born" opening the sentence', () => {
  test.each([
    ['Born on St Andrew’s Day 1990 in Ayr, I came south to train.', 'Born on [DATE OF BIRTH] in [PLACE OF ORIGIN], I came south to train.'],
    ['Born on New Year’s Eve 1979, I moved here to study.', 'Born on [DATE OF BIRTH], I moved here to study.'],
    ['Born on Diwali, 4 November 1983, in Leicester.', 'Born on [DATE OF BIRTH], in [PLACE OF ORIGIN].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a day that is no birthday stays', () => {
    expect(redact('Born out of a wish to help, our project ran on Boxing Day 2021.')).toBe('Born out of a wish to help, our project ran on Boxing Day 2021.');
  });
});

describe('a bracket on the line after a date of birth', () => {
  test('a bare year opening the next line is what follows, not the birth', () => {
    expect(redact('Bola Ade\nDOB: 02/07/1990\n(2016) Diploma in Midwifery, Salford')).toBe('[CANDIDATE]\nDOB: [DATE OF BIRTH]\n(2016) Diploma in Midwifery, Salford');
  });

  test('a full date there is the birth in another form', () => {
    expect(redact('Bola Ade\nDOB: 02/07/1990\n(2 July 1990)')).toBe('[CANDIDATE]\nDOB: [DATE OF BIRTH]\n([DATE OF BIRTH])');
  });
});

describe('a person named straight after a hospital or another body', () => {
  test.each([
    ['Referees\nRoyal Free Hospital  Nkechi Eze, Sister, 020 7946 0456', 'Referees\nRoyal Free Hospital  [NAME 1], Sister, [PHONE]'],
    ['Referees\nGuy’s Hospital Daniel Mensah, Clinical Lead', 'Referees\nGuy’s Hospital [NAME 1], Clinical Lead'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a body whose name opens with its word stays whole', () => {
    expect(redact('Enfermera, Hospital Juan Pablo II, Cusco (2015 - 2019)\nResidente en Universidad Diego Portales')).toBe(
      'Enfermera, Hospital Juan Pablo II, Cusco (2015 - 2019)\nResidente en Universidad Diego Portales',
    );
  });
});

describe('the writer’s sex, not the sex of someone cared for', () => {
  test.each([
    'As a home carer visiting one frail lady each morning, I learnt to listen.',
    'As a volunteer befriending my elderly neighbour, a retired gentleman, I grew in confidence.',
    'As a physio assistant walking about with one unsteady gentleman a day, I learnt pacing.',
    'As a healthcare assistant caring after two elderly men and one woman, I learnt patience.',
  ])('%j', (text) => {
    expect(redact(text)).toBe(text);
  });

  test.each([
    ['As a shy, caring and loving young woman, I chose nursing.', 'As a shy, caring and loving young [GENDER], I chose nursing.'],
    ['I am a determined young man who loves a challenge.', 'I am a determined young [GENDER] who loves a challenge.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('a sex in a cell', () => {
  test('both sexes on one line are categories, and so is a cell after another label', () => {
    expect(redact('Tomi Bello\nBays covered:\tFemale\tMale\tSide rooms\nUnits led: | Female |')).toBe('[CANDIDATE]\nBays covered:\tFemale\tMale\tSide rooms\nUnits led: | Female |');
  });

  test('a sex alone, or after its own label, is the writer’s', () => {
    expect(redact('Tomi Bello\nMale\ntomi@example.com\nSex:\tMale\nCitizenship: Irish · Male')).toBe('[CANDIDATE]\n[GENDER]\n[EMAIL]\nSex:\t[GENDER]\nCitizenship: [NATIONALITY] · [GENDER]');
  });
});

describe('counting in words', () => {
  test.each([
    'In the nursery we sang one, two, three, four, five, six and seven every morning.',
    'The group counted down six, five, four, three, two before the fun run.',
  ])('%j', (text) => {
    expect(redact(text)).toBe(text);
  });

  test.each([
    ['My NMC PIN is one two three four five six seven', 'My NMC PIN is [REGISTRATION NUMBER]'],
    ['Locker number: five six seven eight nine', 'Locker number: [ID NUMBER]'],
    ['Ring me on zero seven seven zero zero nine zero zero four five six', 'Ring me on [PHONE]'],
    ['My badge reads eight two two seven one four', 'My badge reads [ID NUMBER]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('English as a first language in a languages table', () => {
  test('stays, as the post needs to see it; another first language goes', () => {
    expect(redact('Chidi Eze\nLanguages\nEnglish\t\tNative\nIgbo\t\tMother tongue\nSpanish\t\tA2')).toBe('[CANDIDATE]\nLanguages\nEnglish\t\tNative\n[NATIONALITY]\nSpanish\t\tA2');
  });

  test('in a table with bars', () => {
    expect(redact('Chidi Eze\n| English | First language |\n| Hausa | Fluent |')).toBe('[CANDIDATE]\n| English | First language |\n| Hausa | Fluent |');
  });
});

describe('file names with "Statement" or "Application"', () => {
  test('a document of the workplace stays', () => {
    const text = 'I updated the Falls-Policy-Statement.docx and drafted the Grant_Application_Form.pdf and Hope_Statement.docx for the unit.';
    expect(redact(text)).toBe(text);
  });

  test('a CV’s own file name with a name part goes', () => {
    expect(redact('Page 1 of 2\tAdeyemi_Statement_Band5.docx')).toBe('Page 1 of 2\t[CANDIDATE]');
    expect(redact('File: OKONJO-Application.pdf')).toBe('File: [CANDIDATE]');
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 50 (lead): issue 12's list of details a table, a flag or a wrapped initial let through or mangled.

describe('a table column headed by a personal detail', () => {
  test('each cell under "Date of birth", "Religion" or "Nationality" goes', () => {
    expect(redact('| Name | Date of birth | Religion |\n|---|---|---|\n| Priya Nair | 12/05/1991 | Hindu |\n')).toBe(
      '| Name | Date of birth | Religion |\n|---|---|---|\n| [CANDIDATE] | [DATE OF BIRTH] | [RELIGION] |\n',
    );
    expect(redact('Name\tDOB\tNationality\nOla Bello\t3 March 1988\tNigerian\n')).toBe('Name\tDOB\tNationality\n[CANDIDATE]\t[DATE OF BIRTH]\t[NATIONALITY]\n');
  });
  test('a column headed by something else keeps its cells', () => {
    expect(redact('Qualification | Institution | Year\nBSc Nursing | University of Ghana | 2012\n')).toBe('Qualification | Institution | Year\nBSc Nursing | University of Ghana | [YEAR]\n');
  });
});

describe('a flag on a job’s line', () => {
  test('the flag goes, the job’s years in brackets after it stay', () => {
    expect(redact('Staff nurse, Auckland 🇳🇿 (2012–2016)')).toBe('Staff nurse, Auckland [NATIONALITY] (2012–2016)');
  });
  test('a place in brackets after a flag beside a name still goes with it', () => {
    expect(redact('Amina Yusuf 🇳🇬 (Lagos)')).toBe('[NAME 1] [NATIONALITY]');
  });
});

describe('a name after a number that ends in a letter', () => {
  test('the full stop between them stays', () => {
    expect(redact('My NMC PIN is 09I1234C. Tomasz supervised my preceptorship.')).toBe('My NMC PIN is [REGISTRATION NUMBER]. [NAME 1] supervised my preceptorship.');
  });
});

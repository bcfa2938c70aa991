import { describe, expect, test } from 'vitest';
import { combinedExportText, documentExportText, documentFileName } from '../../../components/anonymise/export-text';
import { anonymise } from '../../../lib/anonymise';

const doc = anonymise('Jane Doe\njane.doe@example.com\nPractice nurse.\n\n');

describe('documentExportText', () => {
  test('the code, a rule, then the text with trailing space trimmed', () => {
    expect(documentExportText('Candidate 07', doc)).toBe('Candidate 07\n============\n\n[CANDIDATE]\n[EMAIL]\nPractice nurse.\n');
  });
});

describe('combinedExportText', () => {
  test('a heading, then every candidate between rules, in the order given', () => {
    const text = combinedExportText([
      { code: 'Candidate 01', ...doc },
      { code: 'Candidate 02', ...doc },
    ]);
    expect(text.startsWith('Anonymised CVs for shortlisting: 2 candidates\n')).toBe(true);
    expect(text.indexOf('Candidate 01\n====')).toBeLessThan(text.indexOf('Candidate 02\n===='));
    expect(text).toContain(`${'-'.repeat(60)}\n${documentExportText('Candidate 02', doc)}`);
  });
  test('one candidate is "1 candidate"', () => {
    expect(combinedExportText([{ code: 'Candidate 01', ...doc }]).split('\n')[0]).toBe('Anonymised CVs for shortlisting: 1 candidate');
  });
});

test.each([
  ['Candidate 07', 'candidate-07.txt'],
  ['Candidate 100', 'candidate-100.txt'],
])('documentFileName(%j) is %j', (code, name) => {
  expect(documentFileName(code)).toBe(name);
});

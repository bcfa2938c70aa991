import { describe, expect, test } from 'vitest';
import demonyms from '../../../lib/anonymise/data/demonyms.json';
import givenNames from '../../../lib/anonymise/data/given-names.json';
import jobTitles from '../../../lib/anonymise/data/job-titles.json';
import notNames from '../../../lib/anonymise/data/not-names.json';
import religionTerms from '../../../lib/anonymise/data/religion-terms.json';
import * as anonymiseApi from '../../../lib/anonymise/index';
import { PLACEHOLDERS } from '../../../lib/anonymise/placeholders';
import { PRIORITIES } from '../../../lib/anonymise/priorities';
import { REDACTION_TYPES } from '../../../lib/anonymise/redaction-type';
import * as documentsApi from '../../../lib/documents/index';

const duplicates = (list: string[]) => list.filter((item, i) => list.indexOf(item) !== i);

describe('word lists', () => {
  const all = Object.values(givenNames.groups).flat();

  test('given names: about 1,500+ across communities, each listed once, capitalised', () => {
    expect(all.length).toBeGreaterThanOrEqual(1500);
    expect(duplicates(all), 'a name is in two groups: keep it in the first').toEqual([]);
    expect(all.filter((n) => !/^\p{Lu}[\p{L}'’-]+$/u.test(n)), 'names start with a capital and have only letters').toEqual([]);
    expect(Object.keys(givenNames.groups)).toEqual([
      'english',
      'welsh',
      'scottish',
      'irish',
      'south_asian',
      'west_african',
      'east_african',
      'caribbean',
      'eastern_european',
      'chinese',
      'arabic_middle_eastern',
      'filipino',
      'other_european',
      'other_asian',
    ]);
  });

  test('every word-like name is also a given name (the issue: Will, Grace, Hope, May, Faith, Joy, Bill, Sunny)', () => {
    const names = new Set(all);
    expect(givenNames.wordLike.filter((n) => !names.has(n)), 'add these to a group').toEqual([]);
    for (const name of ['Will', 'Grace', 'Hope', 'May', 'Faith', 'Joy', 'Bill', 'Sunny']) expect(givenNames.wordLike).toContain(name);
  });

  test('NHS systems, months and organisation words are never names', () => {
    const never = new Set(Object.values(notNames.groups).flat());
    for (const word of ['EMIS', 'SystmOne', 'Vision', 'Docman', 'ICE', 'January', 'Monday', 'Surgery', 'NHS', 'Trust', 'Practice', 'Manager']) {
      expect(never.has(word), `${word} should be in not-names.json`).toBe(true);
    }
    expect(notNames.organisationSuffixes).toContain('Hospital');
  });

  test('the other lists have no duplicates', () => {
    expect(duplicates(demonyms.demonyms)).toEqual([]);
    expect(duplicates(religionTerms.capitalised)).toEqual([]);
    expect(duplicates(religionTerms.anyCase)).toEqual([]);
    expect(duplicates(jobTitles.titles)).toEqual([]);
  });
});

test('every redaction type has a placeholder and a priority', () => {
  expect(Object.keys(PLACEHOLDERS).sort()).toEqual([...REDACTION_TYPES].sort());
  expect(Object.keys(PRIORITIES).sort()).toEqual([...REDACTION_TYPES].sort());
});

test('the public exports', () => {
  expect(Object.keys(anonymiseApi).sort()).toEqual([
    'ALWAYS_REDACTED',
    'CANDIDATE_PLACEHOLDER',
    'PLACEHOLDERS',
    'REDACTION_TYPES',
    'anonymise',
    'anonymiseBatch',
    'anonymiseDetailed',
    'anonymiseOptionsSchema',
    'anonymisedDocumentSchema',
    'isValidNhsNumber',
    'redactSpan',
    'redactionSchema',
    'redactionTypeSchema',
    'restoreRedaction',
  ]);
  expect(Object.keys(documentsApi).sort()).toEqual(['DOCUMENT_LIMITS', 'DOCUMENT_MESSAGES', 'readDocument']);
});

test('options: the four optional types default to keep and accept only keep or redact', () => {
  expect(anonymiseApi.anonymiseOptionsSchema.parse({})).toEqual({ education: 'keep', employers: 'keep', jobTitle: 'keep', experienceYears: 'keep' });
  expect(anonymiseApi.anonymiseOptionsSchema.safeParse({ education: true }).success).toBe(false);
  expect(() => anonymiseApi.anonymise('x', { jobTitle: 'maybe' as 'keep' })).toThrow();
});

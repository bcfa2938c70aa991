import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import demonyms from '../../../lib/anonymise/data/demonyms.json';
import familyFirst from '../../../lib/anonymise/data/family-names-first.json';
import givenNames from '../../../lib/anonymise/data/given-names.json';
import jobTitles from '../../../lib/anonymise/data/job-titles.json';
import nameParts from '../../../lib/anonymise/data/name-parts.json';
import notNames from '../../../lib/anonymise/data/not-names.json';
import religionTerms from '../../../lib/anonymise/data/religion-terms.json';
import * as anonymiseApi from '../../../lib/anonymise/index';
import { RECOGNISERS } from '../../../lib/anonymise/recognisers';
import { ALWAYS_REDACTED, OPTIONAL_REDACTIONS, REDACTION_KINDS, REDACTION_TYPES } from '../../../lib/anonymise/redaction-type';
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

  test('family names written first: each once, capitalised, by tradition', () => {
    const names = Object.values(familyFirst.groups).flat();
    expect(duplicates(names), 'a name is in two groups: keep it in the first').toEqual([]);
    expect(names.filter((n) => !/^\p{Lu}\p{Ll}+$/u.test(n))).toEqual([]);
    expect(Object.keys(familyFirst.groups)).toEqual(['korean', 'chinese', 'japanese', 'vietnamese', 'hungarian']);
  });

  test('the wide name data (derived by scripts/build-name-data.ts): sorted, each once, none a not-name word or a hand-kept given name', () => {
    const { names } = nameParts;
    expect(names.length).toBeGreaterThan(20000);
    expect(names.filter((n, i) => i > 0 && n.localeCompare(names[i - 1]!, 'en') <= 0)).toEqual([]);
    const excluded = new Set([...Object.values(notNames.groups).flat(), ...notNames.organisationSuffixes, ...all]);
    expect(names.filter((n) => excluded.has(n))).toEqual([]);
    // Ordinary English words are left to the context rules ("Mark", "Grace", "Green", "Hill").
    expect(names.filter((n) => ['Mark', 'Grace', 'Green', 'Hill', 'Street', 'Nurse', 'Ward', 'Band', 'Service'].includes(n))).toEqual([]);
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

  test('not-names.json has its shape: groups of words, the organisation words, and the countries and US states kept apart', () => {
    const words = z.array(z.string().min(1)).min(1);
    const schema = z.strictObject({
      '//': z.string(),
      groups: z.record(z.string(), words),
      organisationSuffixes: words,
      tradeSuffixes: words,
      organisationPrefixes: words,
      countries: words,
      usStates: words,
    });
    expect(schema.safeParse(notNames).error?.issues ?? []).toEqual([]);
    expect(notNames.tradeSuffixes.filter((word) => !notNames.organisationSuffixes.includes(word))).toEqual([]);
    expect(duplicates(notNames.countries)).toEqual([]);
    expect(duplicates(notNames.usStates)).toEqual([]);
  });

  test('the other lists have no duplicates', () => {
    expect(duplicates(demonyms.demonyms)).toEqual([]);
    expect(duplicates(religionTerms.capitalised)).toEqual([]);
    expect(duplicates(religionTerms.anyCase)).toEqual([]);
    expect(duplicates(jobTitles.titles)).toEqual([]);
  });
});

describe('the registry of redaction types', () => {
  test('every type has a placeholder, a priority and a label; each option switches on exactly one type', () => {
    for (const type of REDACTION_TYPES) {
      const kind = REDACTION_KINDS[type];
      expect(kind.placeholder, type).toMatch(type === 'pronoun' ? /^they$/ : /^\[[A-Z ]+\]$/);
      expect(kind.label.length, type).toBeGreaterThan(2);
    }
    const optional = REDACTION_TYPES.filter((t) => REDACTION_KINDS[t].optional !== null);
    expect(optional.map((t) => REDACTION_KINDS[t].optional).sort()).toEqual(Object.keys(OPTIONAL_REDACTIONS).sort());
    expect([...ALWAYS_REDACTED, ...optional].sort()).toEqual([...REDACTION_TYPES].sort());
  });

  test('every type has a recogniser (or is only redacted by hand: the fallback name placeholder covers none)', () => {
    const found = new Set(RECOGNISERS.flatMap((r) => r.types));
    expect(REDACTION_TYPES.filter((t) => !found.has(t))).toEqual([]);
  });
});

test('the public exports', () => {
  expect(Object.keys(anonymiseApi).sort()).toEqual([
    'ALWAYS_REDACTED',
    'CANDIDATE_PLACEHOLDER',
    'OPTIONAL_REDACTIONS',
    'PLACEHOLDERS',
    'REDACTION_KINDS',
    'REDACTION_LABELS',
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
    'startBatch',
  ]);
  expect(Object.keys(documentsApi).sort()).toEqual(['DOCUMENT_LIMITS', 'DOCUMENT_MESSAGES', 'readDocument', 'refusedFile']);
});

test('options: the four optional types default to keep and accept only keep or redact', () => {
  expect(anonymiseApi.anonymiseOptionsSchema.parse({})).toEqual({ education: 'keep', employers: 'keep', jobTitle: 'keep', experienceYears: 'keep' });
  expect(anonymiseApi.anonymiseOptionsSchema.safeParse({ education: true }).success).toBe(false);
  expect(() => anonymiseApi.anonymise('x', { jobTitle: 'maybe' as 'keep' })).toThrow();
});

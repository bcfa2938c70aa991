import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  type AnonymisedDocument,
  anonymise,
  anonymisedDocumentSchema,
  CANDIDATE_PLACEHOLDER,
  PLACEHOLDERS,
  redactSpan,
  restoreRedaction,
} from '../../../lib/anonymise/index';

const CORPUS = join(import.meta.dirname, '../../fixtures/cvs');
const ALL = { education: 'redact', employers: 'redact', jobTitle: 'redact', experienceYears: 'redact' } as const;

/** Puts every original back, from the end, and so rebuilds the input exactly. */
function rebuild(doc: AnonymisedDocument): string {
  let text = doc.text;
  for (const r of [...doc.redactions].reverse()) text = text.slice(0, r.start) + r.original + text.slice(r.end);
  return text;
}

function checkInvariants(doc: AnonymisedDocument, original: string): void {
  anonymisedDocumentSchema.parse(doc);
  let previousEnd = 0;
  for (const r of doc.redactions) {
    expect(r.start).toBeGreaterThanOrEqual(previousEnd);
    const slice = doc.text.slice(r.start, r.end);
    if (r.type === 'name') expect(slice).toMatch(/^\[(?:CANDIDATE|NAME \d+)\]$/);
    else if (r.type === 'pronoun') expect(slice).toMatch(/^(?:they|them|their|theirs|themselves|they're|they've)(?:\s+\w+)?$/i);
    else expect(slice).toBe(PLACEHOLDERS[r.type]);
    previousEnd = r.end;
  }
  expect(rebuild(doc)).toBe(original);
}

describe('offsets', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
  test.each(files)('every redaction in %s points at its placeholder, and undoing them all gives the input back', (file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    checkInvariants(anonymise(text), text);
    checkInvariants(anonymise(text, ALL), text);
  });

  test('one whole result, pinned', () => {
    expect(anonymise('Dr Amina Okafor\nAmina.Okafor@example.com\n\nProfile\nShe trained Mrs J. Smith.')).toEqual({
      text: 'Dr [CANDIDATE]\n[EMAIL]\n\nProfile\nThey trained [NAME 1].',
      redactions: [
        { type: 'name', start: 3, end: 14, original: 'Amina Okafor' },
        { type: 'email', start: 15, end: 22, original: 'Amina.Okafor@example.com' },
        { type: 'pronoun', start: 32, end: 36, original: 'She' },
        { type: 'name', start: 45, end: 53, original: 'Mrs J. Smith' },
      ],
    });
  });
});

describe('placeholders are consistent within a document', () => {
  test('the candidate is always [CANDIDATE]; each other person keeps one number', () => {
    const doc = anonymise(
      'Amina Okafor\n\nProfile\nAmina worked with Helen Marsh and Joanne Pritchard. Dr Marsh supervised Amina; Joanne managed the rota. Okafor, Marsh, Pritchard.',
    );
    expect(doc.text).toBe(
      '[CANDIDATE]\n\nProfile\n[CANDIDATE] worked with [NAME 1] and [NAME 2]. Dr [NAME 1] supervised [CANDIDATE]; [NAME 2] managed the rota. [CANDIDATE], [NAME 1], [NAME 2].',
    );
    const byPlaceholder = new Map<string, Set<string>>();
    for (const r of doc.redactions) {
      const key = doc.text.slice(r.start, r.end);
      byPlaceholder.set(key, (byPlaceholder.get(key) ?? new Set()).add(r.original));
    }
    expect(Object.fromEntries([...byPlaceholder].map(([k, v]) => [k, [...v].sort()]))).toEqual({
      [CANDIDATE_PLACEHOLDER]: ['Amina', 'Amina Okafor', 'Okafor'],
      '[NAME 1]': ['Helen Marsh', 'Marsh'],
      '[NAME 2]': ['Joanne', 'Joanne Pritchard', 'Pritchard'],
    });
  });
});

describe('restoreRedaction', () => {
  const doc = anonymise('Grace Mensah\ngrace@example.com | 07700 900123\n\nProfile\nGrace met Helen Marsh.');

  test('puts one original back and shifts the later offsets', () => {
    expect(doc.text).toBe('[CANDIDATE]\n[EMAIL] | [PHONE]\n\nProfile\n[CANDIDATE] met [NAME 1].');
    expect(doc.redactions.length).toBe(5);
    const restored = restoreRedaction(doc, 1);
    expect(restored.text).toBe('[CANDIDATE]\ngrace@example.com | [PHONE]\n\nProfile\n[CANDIDATE] met [NAME 1].');
    expect(restored.redactions.map((r) => restored.text.slice(r.start, r.end))).toEqual(['[CANDIDATE]', '[PHONE]', '[CANDIDATE]', '[NAME 1]']);
    checkInvariants(restored, rebuild(doc));
  });

  test('is pure and rejects an index that does not exist', () => {
    restoreRedaction(doc, 0);
    expect(doc.text.startsWith('[CANDIDATE]')).toBe(true);
    expect(() => restoreRedaction(doc, 99)).toThrow(new RangeError('No redaction 99: the document has 5.'));
  });
});

describe('redactSpan', () => {
  const doc = anonymise('Profile\nI trained at Riverside Surgery with Helen Marsh and Brennagh.');

  test('redacts a selection by hand with the type placeholder', () => {
    expect(doc.text).toBe('Profile\nI trained at Riverside Surgery with [NAME 1] and Brennagh.');
    const start = doc.text.indexOf('Riverside Surgery');
    const result = redactSpan(doc, start, start + 'Riverside Surgery'.length, 'employer');
    expect(result.text).toBe('Profile\nI trained at [EMPLOYER] with [NAME 1] and Brennagh.');
    expect(result.redactions.map((r) => [r.type, result.text.slice(r.start, r.end), r.original])).toEqual([
      ['employer', '[EMPLOYER]', 'Riverside Surgery'],
      ['name', '[NAME 1]', 'Helen Marsh'],
    ]);
  });

  test('a new name gets the next number; the same name again gets the same one', () => {
    const at = doc.text.indexOf('Brennagh');
    const once = redactSpan(doc, at, at + 'Brennagh'.length, 'name');
    expect(once.text).toBe('Profile\nI trained at Riverside Surgery with [NAME 1] and [NAME 2].');
    const twice = anonymise('Profile\nHelen Marsh and Helen Marsh');
    const undone = restoreRedaction(twice, 1);
    expect(undone.text).toBe('Profile\n[NAME 1] and Helen Marsh');
    const at2 = undone.text.indexOf('Helen');
    expect(redactSpan(undone, at2, at2 + 'Helen Marsh'.length, 'name').text).toBe('Profile\n[NAME 1] and [NAME 1]');
  });

  test('trims spaces and swallows a redaction it cuts into, keeping the true original', () => {
    const at = doc.text.indexOf('with [NAME');
    const result = redactSpan(doc, at - 1, at + 'with [NA'.length, 'name');
    expect(result.text).toBe('Profile\nI trained at Riverside Surgery [NAME 2] and Brennagh.');
    expect(result.redactions).toEqual([{ type: 'name', start: 39, end: 47, original: 'with Helen Marsh' }]);
    checkInvariants(result, 'Profile\nI trained at Riverside Surgery with Helen Marsh and Brennagh.');
  });

  test('rejects an empty or out-of-range selection', () => {
    expect(() => redactSpan(doc, 5, 5, 'name')).toThrow(RangeError);
    expect(() => redactSpan(doc, 0, 9999, 'name')).toThrow(RangeError);
    expect(() => redactSpan({ text: 'a  b', redactions: [] }, 1, 3, 'name')).toThrow(new RangeError('Cannot redact only spaces.'));
  });
});

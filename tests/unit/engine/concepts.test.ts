import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCEPT_FIELDS, CONCEPTS, expandPhrase } from '@/lib/engine/concepts';
import { conceptsFileSchema } from '@/lib/wordlists/concepts-schema';

const FILE = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../wordlists/concepts.json'), 'utf8'));

describe('wordlists/concepts.json', () => {
  it('passes its schema, with every field', () => {
    const parsed = conceptsFileSchema.parse(FILE);
    expect(Object.keys(parsed.fields).sort()).toEqual([...CONCEPT_FIELDS].sort());
  });

  it('lists no phrase twice in a field', () => {
    for (const field of CONCEPT_FIELDS) {
      const phrases = CONCEPTS[field].map((w) => w.join(' '));
      expect(phrases.filter((p, i) => phrases.indexOf(p) !== i), field).toEqual([]);
    }
  });

  it('expands (a|b) groups into every phrase they stand for', () => {
    expect(expandPhrase('(start|end) of (her|his) career').map((w) => w.join(' '))).toEqual([
      'start of her career',
      'start of his career',
      'end of her career',
      'end of his career',
    ]);
    expect(expandPhrase('(school|nursery) (pick up|drop off)').map((w) => w.join(' '))).toEqual([
      'school pick up',
      'school drop off',
      'nursery pick up',
      'nursery drop off',
    ]);
  });

  it('rejects a phrase with capitals or stray brackets', () => {
    const bad = { description: 'x', fields: { age: { description: 'x', phrases: ['Young'] } } };
    expect(conceptsFileSchema.safeParse(bad).success).toBe(false);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { anonymiseBatch } from '../../../lib/anonymise/index';
import { annotationSchema, evaluateCorpus } from './corpus';

const CORPUS = join(import.meta.dirname, '../../fixtures/cvs');
const figures = evaluateCorpus(CORPUS);

describe('the corpus of CVs and supporting statements', () => {
  test('has at least 30 documents, each with a valid annotation', () => {
    const texts = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
    expect(texts.length).toBeGreaterThanOrEqual(30);
    for (const file of texts) annotationSchema.parse(JSON.parse(readFileSync(join(CORPUS, file.replace(/\.txt$/, '.json')), 'utf8')));
    expect(figures.documents).toBe(texts.length);
  });

  test('no e-mail, phone, postcode, NHS, NI or registration number survives', () => {
    expect(figures.leaks).toEqual([]);
  });

  test('at least 97% of annotated name occurrences are removed', () => {
    expect(figures.namesMissed).toEqual([]);
    expect(figures.nameRecall).toBeGreaterThanOrEqual(0.97);
  });

  test('every other annotated personal detail (address, religion, family, status…) is removed', () => {
    expect(figures.sensitiveMissed).toEqual([]);
  });

  test('no more than 2% of the other words are removed', () => {
    expect(figures.otherWordsRemovedRate).toBeLessThanOrEqual(0.02);
  });

  test('every keep term (skills, clinical terms, NHS systems) survives', () => {
    expect(figures.keepMissing).toEqual([]);
  });
});

test('100 two-page CVs anonymise in under 2 s', () => {
  const texts = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(CORPUS, f), 'utf8'));
  // Two corpus documents back to back make one two-page CV (about 600 words).
  const docs = Array.from({ length: 100 }, (_, i) => ({ name: `cv${i}.txt`, text: `${texts[i % texts.length]}\n\n${texts[(i * 7 + 3) % texts.length]}` }));
  const started = performance.now();
  const { results } = anonymiseBatch(docs, { education: 'redact', employers: 'redact', jobTitle: 'redact', experienceYears: 'redact' });
  const elapsed = performance.now() - started;
  expect(results).toHaveLength(100);
  expect(elapsed).toBeLessThan(2000);
});

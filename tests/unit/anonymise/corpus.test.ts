import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
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

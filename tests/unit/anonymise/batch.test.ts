import { describe, expect, test } from 'vitest';
import { anonymiseBatch, startBatch } from '../../../lib/anonymise/index';

const docs = [
  { name: 'okafor.txt', text: 'Dr Amina Okafor\nSalaried GP' },
  { name: 'mensah.docx', text: 'Grace Mensah\nHealthcare Assistant' },
  { name: 'statement.pdf', text: 'Supporting statement\n\nI enjoy reception work.' },
];

/** A repeatable source of "random" numbers. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
}

describe('anonymiseBatch', () => {
  test('deals codes in the order the random source decides, and returns results sorted by code', () => {
    const { results, key } = anonymiseBatch(docs, {}, () => 0);
    expect(results.map((r) => [r.code, r.text])).toEqual([
      ['Candidate 01', 'Supporting statement\n\nI enjoy reception work.'],
      ['Candidate 02', 'Dr [CANDIDATE]\nSalaried GP'],
      ['Candidate 03', '[CANDIDATE]\nHealthcare Assistant'],
    ]);
    expect(key).toEqual({
      'Candidate 01': { fileName: 'statement.pdf', candidateName: null },
      'Candidate 02': { fileName: 'okafor.txt', candidateName: 'Amina Okafor' },
      'Candidate 03': { fileName: 'mensah.docx', candidateName: 'Grace Mensah' },
    });
  });

  test('the same random source gives the same codes; another gives others', () => {
    const codes = (random: () => number) => Object.fromEntries(Object.entries(anonymiseBatch(docs, {}, random).key).map(([code, k]) => [k.fileName, code]));
    expect(codes(sequence(0.9, 0.1))).toEqual(codes(sequence(0.9, 0.1)));
    expect(codes(sequence(0.99, 0.99))).toEqual({ 'okafor.txt': 'Candidate 01', 'mensah.docx': 'Candidate 02', 'statement.pdf': 'Candidate 03' });
    expect(codes(() => 0)).toEqual({ 'okafor.txt': 'Candidate 02', 'mensah.docx': 'Candidate 03', 'statement.pdf': 'Candidate 01' });
  });

  test('the key is a separate object: no result carries a file or candidate name', () => {
    const { results } = anonymiseBatch(docs, {}, () => 0.5);
    for (const r of results) {
      expect(Object.keys(r).sort()).toEqual(['code', 'redactions', 'text']);
      expect(r.text).not.toMatch(/Okafor|Mensah/);
    }
  });

  test('codes have three digits from 100 documents, and every code is used once', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ name: `cv${i}.txt`, text: 'Profile\nI am a nurse.' }));
    const { results } = anonymiseBatch(many, {}, Math.random);
    expect(results[0]?.code).toBe('Candidate 001');
    expect(new Set(results.map((r) => r.code)).size).toBe(120);
    expect(results.at(-1)?.code).toBe('Candidate 120');
  });

  test('an empty batch', () => {
    expect(anonymiseBatch([], {})).toEqual({ results: [], key: {} });
  });

  test('options apply to every document', () => {
    const { results } = anonymiseBatch([{ name: 'a.txt', text: 'Profile\nOver 20 years of experience.' }], { experienceYears: 'redact' }, () => 0);
    expect(results[0]?.text).toBe('Profile\n[NUMBER OF YEARS] of experience.');
  });

  test('startBatch: one document a step, with progress, and the results so far when stopped early (a cancel)', () => {
    const run = startBatch(docs, {}, () => 0);
    expect([run.done, run.total]).toEqual([0, 3]);
    expect(run.step()).toBe(true);
    expect(run.done).toBe(1);
    const early = run.finish();
    expect(early.results.map((r) => r.code)).toEqual(['Candidate 02']);
    expect(early.key).toEqual({ 'Candidate 02': { fileName: 'okafor.txt', candidateName: 'Amina Okafor' } });
    while (run.step()) {}
    expect(run.done).toBe(3);
    expect(run.step()).toBe(false);
    expect(run.finish()).toEqual(anonymiseBatch(docs, {}, () => 0));
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { type BatchStep, type PendingItem, runBatch, UNOPENABLE_FILE } from '../../../components/anonymise/batch-job';
import { anonymiseBatch, anonymiseOptionsSchema } from '../../../lib/anonymise';
import { DOCUMENT_MESSAGES, readDocument } from '../../../lib/documents';
import { loadNodePdfjs } from '../../../lib/documents/load-node-pdfjs';

const FILES = join(import.meta.dirname, '../../fixtures/cvs/files');
const file = (name: string): PendingItem => ({ id: name, kind: 'file', name, file: new File([readFileSync(join(FILES, name))], name) });
const OPTIONS = anonymiseOptionsSchema.parse({});
const read = (f: { name: string; bytes: Uint8Array }) => readDocument(f, { loadPdfjs: loadNodePdfjs });

/** A repeatable "random" source. */
const sequence = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

/** A file that has gone from where it was chosen: reading it fails. */
const gone: PendingItem = {
  id: 'gone',
  kind: 'file',
  name: 'moved.docx',
  file: Object.assign(new File([], 'moved.docx'), { arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) }),
};

test('reads each file, then anonymises each document read, naming each as it starts; one bad file never stops the batch', async () => {
  const items = [
    file('03-hca-grace-mensah.docx'),
    file('corrupt.docx'),
    { id: 'p', kind: 'text', name: 'Pasted text 1', text: 'Dr Amina Okafor\nSalaried GP' } as const,
    gone,
    file('protected.pdf'),
    file('14-paramedic-callum-mackenzie.pdf'),
  ] satisfies PendingItem[];
  const steps: BatchStep[] = [];
  const outcome = await runBatch(items, OPTIONS, read, (step) => steps.push(step), sequence(0.9, 0.1));

  expect(steps).toEqual([
    ...items.map((item, done) => ({ stage: 'reading', done, total: 6, name: item.name })),
    { stage: 'anonymising', done: 0, total: 3, name: '03-hca-grace-mensah.docx' },
    { stage: 'anonymising', done: 1, total: 3, name: 'Pasted text 1' },
    { stage: 'anonymising', done: 2, total: 3, name: '14-paramedic-callum-mackenzie.pdf' },
  ]);
  expect(outcome.failures).toEqual([
    `corrupt.docx: ${DOCUMENT_MESSAGES.corruptDocx}`,
    `moved.docx: ${UNOPENABLE_FILE}`,
    `protected.pdf: ${DOCUMENT_MESSAGES.passwordPdf}`,
  ]);

  // The same codes, texts and key as the whole batch anonymised at once with the same random draws.
  const texts = await Promise.all(
    [items[0], items[5]].map(async (item) => {
      if (item.kind !== 'file') throw new Error('a file was expected');
      const result = await read({ name: item.name, bytes: new Uint8Array(await item.file.arrayBuffer()) });
      return result.ok ? result.text : '';
    }),
  );
  const docs = [
    { name: '03-hca-grace-mensah.docx', text: texts[0]! },
    { name: 'Pasted text 1', text: 'Dr Amina Okafor\nSalaried GP' },
    { name: '14-paramedic-callum-mackenzie.pdf', text: texts[1]! },
  ];
  const { results, key } = outcome;
  expect({ results, key }).toEqual(anonymiseBatch(docs, OPTIONS, sequence(0.9, 0.1)));
  // Draws 0.9 then 0.1 swap the first two codes: the pasted text, read second, is Candidate 01.
  expect(Object.entries(key).map(([code, k]) => [code, k.fileName])).toEqual([
    ['Candidate 01', 'Pasted text 1'],
    ['Candidate 02', '03-hca-grace-mensah.docx'],
    ['Candidate 03', '14-paramedic-callum-mackenzie.pdf'],
  ]);
});

test('a batch where nothing could be read anonymises nothing', async () => {
  const steps: BatchStep[] = [];
  const outcome = await runBatch([file('empty.txt')], OPTIONS, read, (step) => steps.push(step));
  expect(steps).toEqual([{ stage: 'reading', done: 0, total: 1, name: 'empty.txt' }]);
  expect(outcome).toEqual({ results: [], key: {}, failures: [`empty.txt: ${DOCUMENT_MESSAGES.empty}`] });
});

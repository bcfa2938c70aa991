import { type AnonymiseOptions, type BatchKey, type BatchResult, type RandomSource, startBatch } from '@/lib/anonymise';
import type { ReadDocumentResult } from '@/lib/documents';

/** Something waiting to be anonymised: a chosen file, or text pasted into the page. */
export type PendingItem = { id: string; kind: 'file'; name: string; file: File } | { id: string; kind: 'text'; name: string; text: string };

/** Where a batch is: the document being read or anonymised ("Anonymising 12 of 30: cv-smith.docx"). */
export interface BatchStep {
  stage: 'reading' | 'anonymising';
  /** Documents finished in this stage; the one named is number `done + 1`. */
  done: number;
  total: number;
  name: string;
}

export interface BatchOutcome {
  results: BatchResult[];
  key: BatchKey;
  /** "corrupt.docx: This Word document could not be opened: …" for each file that could not be read. */
  failures: string[];
}

export const UNOPENABLE_FILE = 'The file could not be opened. Check it is still where it was and try again.';

/**
 * A whole batch, for the anonymiser's worker: each file is read in turn (`read` is `readDocument`,
 * which never throws, so one bad file never stops the batch), then the documents read are
 * anonymised one at a time with `startBatch`, which deals the codes at random over all of them.
 * `onStep` is called before each document of each stage, so the page can show where it is.
 */
export async function runBatch(
  items: readonly PendingItem[],
  options: AnonymiseOptions,
  read: (file: { name: string; bytes: Uint8Array }) => Promise<ReadDocumentResult>,
  onStep: (step: BatchStep) => void,
  random?: RandomSource,
): Promise<BatchOutcome> {
  const docs: { name: string; text: string }[] = [];
  const failures: string[] = [];
  for (const [index, item] of items.entries()) {
    onStep({ stage: 'reading', done: index, total: items.length, name: item.name });
    if (item.kind === 'text') {
      docs.push({ name: item.name, text: item.text });
      continue;
    }
    let bytes: Uint8Array;
    try {
      // Read here, in the worker: the page only passed the File, never its bytes.
      bytes = new Uint8Array(await item.file.arrayBuffer());
    } catch {
      failures.push(`${item.name}: ${UNOPENABLE_FILE}`);
      continue;
    }
    const result = await read({ name: item.name, bytes });
    if (result.ok) docs.push({ name: item.name, text: result.text });
    else failures.push(`${item.name}: ${result.message}`);
  }
  const batch = startBatch(docs, options, random);
  for (let doc = docs[0]; doc; doc = docs[batch.done]) {
    onStep({ stage: 'anonymising', done: batch.done, total: batch.total, name: doc.name });
    batch.step();
  }
  return { ...batch.finish(), failures };
}

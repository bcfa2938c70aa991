import { type AnonymiseOptionsInput, anonymiseOptionsSchema } from './anonymise-options';
import type { AnonymisedDocument } from './anonymised-document';
import { anonymiseDetailed } from './anonymise';

export interface BatchInput {
  /** The file name, kept only in the key. */
  name: string;
  text: string;
}

export interface BatchResult extends AnonymisedDocument {
  /** "Candidate 07". */
  code: string;
}

/** Who is behind each code. Shown only on request, so it is a separate object from the results. */
export type BatchKey = Record<string, { fileName: string; candidateName: string | null }>;

/** A number in [0, 1), like Math.random. Inject a seeded one for repeatable tests. */
export type RandomSource = () => number;

/**
 * A batch anonymised one document at a time, for a Web Worker that reports progress and checks
 * for a cancel between documents: call `step()` until it returns false (or stop early), then
 * `finish()` for the results done so far. `done` and `total` give the progress.
 */
export interface BatchRun {
  readonly total: number;
  readonly done: number;
  /** Anonymises the next document; false when there was none left. */
  step(): boolean;
  /** The results so far, sorted by code, and their key. */
  finish(): { results: BatchResult[]; key: BatchKey };
}

/**
 * Starts a batch. Codes "Candidate 01"… are dealt in random order (Fisher–Yates with `random`)
 * before any document is read, so the panel reads them in an order unrelated to the upload order.
 * Codes have two digits, or three from 100 documents.
 */
export function startBatch(docs: readonly BatchInput[], options: AnonymiseOptionsInput = {}, random: RandomSource = Math.random): BatchRun {
  const parsed = anonymiseOptionsSchema.parse(options);
  const numbers = docs.map((_, i) => i + 1);
  for (let i = numbers.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [numbers[i], numbers[j]] = [numbers[j]!, numbers[i]!];
  }
  const width = Math.max(2, String(docs.length).length);
  const results: BatchResult[] = [];
  const key: BatchKey = {};
  return {
    total: docs.length,
    get done() {
      return results.length;
    },
    step() {
      const i = results.length;
      const doc = docs[i];
      if (!doc) return false;
      const code = `Candidate ${String(numbers[i]).padStart(width, '0')}`;
      const { document, candidateName } = anonymiseDetailed(doc.text, parsed);
      key[code] = { fileName: doc.name, candidateName };
      results.push({ code, ...document });
      return true;
    },
    finish() {
      const sorted = [...results].sort((a, b) => a.code.localeCompare(b.code));
      const sortedKey: BatchKey = {};
      for (const r of sorted) sortedKey[r.code] = key[r.code]!;
      return { results: sorted, key: sortedKey };
    },
  };
}

/** Anonymises a whole batch at once (the CLI and tests); see `startBatch` for codes and order. */
export function anonymiseBatch(
  docs: readonly BatchInput[],
  options: AnonymiseOptionsInput = {},
  random: RandomSource = Math.random,
): { results: BatchResult[]; key: BatchKey } {
  const run = startBatch(docs, options, random);
  while (run.step()) {}
  return run.finish();
}

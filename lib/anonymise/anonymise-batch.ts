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
 * Anonymises a batch. Codes "Candidate 01"… are dealt in random order (Fisher–Yates with
 * `random`), and the results are returned sorted by code, so the panel reads them in an order
 * unrelated to the upload order. Codes have two digits, or three from 100 documents.
 */
export function anonymiseBatch(
  docs: BatchInput[],
  options: AnonymiseOptionsInput = {},
  random: RandomSource = Math.random,
): { results: BatchResult[]; key: BatchKey } {
  const parsed = anonymiseOptionsSchema.parse(options);
  const numbers = docs.map((_, i) => i + 1);
  for (let i = numbers.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [numbers[i], numbers[j]] = [numbers[j]!, numbers[i]!];
  }
  const width = Math.max(2, String(docs.length).length);
  const key: BatchKey = {};
  const results: BatchResult[] = docs.map((doc, i) => {
    const code = `Candidate ${String(numbers[i]).padStart(width, '0')}`;
    const { document, candidateName } = anonymiseDetailed(doc.text, parsed);
    key[code] = { fileName: doc.name, candidateName };
    return { code, ...document };
  });
  results.sort((a, b) => a.code.localeCompare(b.code));
  const sortedKey: BatchKey = {};
  for (const r of results) sortedKey[r.code] = key[r.code]!;
  return { results, key: sortedKey };
}

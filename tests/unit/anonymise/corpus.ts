import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type AnonymiseOptionsInput, anonymise } from '../../../lib/anonymise/index';
import type { AnonymisedDocument } from '../../../lib/anonymise/index';

/** The annotation beside each corpus document: what must go, and what must stay. */
export const annotationSchema = z.strictObject({
  names: z.array(z.string().min(1)),
  emails: z.array(z.string().min(1)),
  phones: z.array(z.string().min(1)),
  postcodes: z.array(z.string().min(1)),
  identifiers: z.array(z.string().min(1)),
  /** Other personal details that must go: addresses, dates of birth, religion, family, immigration status… */
  sensitive: z.array(z.string().min(1)).default([]),
  keep: z.array(z.string().min(1)),
});
export type Annotation = z.infer<typeof annotationSchema>;

export interface DocumentFigures {
  file: string;
  namesFound: number;
  namesTotal: number;
  otherWords: number;
  otherWordsRemoved: number;
}

export interface CorpusFigures {
  documents: number;
  /** Annotated name occurrences whose every word was redacted. */
  namesFound: number;
  namesTotal: number;
  nameRecall: number;
  /** Share of the other words (outside annotated items) that the anonymiser removed or rewrote. */
  otherWordsRemovedRate: number;
  /** "file: email x@y survives" for every e-mail, phone, postcode or identifier not fully removed. */
  leaks: string[];
  /** "file: name" for each name occurrence that survived, even in part. */
  namesMissed: string[];
  /** "file: text" for each sensitive item not wholly inside a redaction. */
  sensitiveMissed: string[];
  /** "file: term" for each keep term no longer in the output. */
  keepMissing: string[];
  perDocument: DocumentFigures[];
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
const TITLES = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Prof', 'Professor', 'Sister']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where each redaction sat in the original text (the result records placeholder offsets). */
function originalRanges(doc: AnonymisedDocument): [number, number][] {
  let shift = 0;
  return doc.redactions.map((r) => {
    const start = r.start - shift;
    shift += r.end - r.start - r.original.length;
    return [start, start + r.original.length];
  });
}

/** Occurrences of each item, longest first, never overlapping (so "Amina" inside "Amina Okafor" counts once). */
function occurrences(text: string, items: { kind: string; value: string }[]): { kind: string; value: string; start: number; end: number }[] {
  const taken: { kind: string; value: string; start: number; end: number }[] = [];
  for (const item of [...items].sort((a, b) => b.value.length - a.value.length)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(item.value)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!taken.some((t) => t.start < end && start < t.end)) taken.push({ ...item, start, end });
    }
  }
  return taken;
}

/**
 * Runs the anonymiser over every `*.txt` in `dir` against its `*.json` annotation and measures:
 * name recall (annotated name occurrences with every word redacted; titles such as "Dr" may stay),
 * leaks (any e-mail, phone, postcode or identifier not wholly inside a redaction, or still in the
 * output), sensitive items not removed, the rate of other words removed (words outside every
 * annotated item, including `sensitive`, that fall inside a redaction), and keep terms lost. Uses the library defaults
 * (`options`), so the optional types (education, employers…) are kept.
 */
export function evaluateCorpus(dir: string, options: AnonymiseOptionsInput = {}): CorpusFigures {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const figures: CorpusFigures = {
    documents: files.length,
    namesFound: 0,
    namesTotal: 0,
    nameRecall: 0,
    otherWordsRemovedRate: 0,
    leaks: [],
    namesMissed: [],
    sensitiveMissed: [],
    keepMissing: [],
    perDocument: [],
  };
  let otherWords = 0;
  let otherRemoved = 0;
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const annotation = annotationSchema.parse(JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.json')), 'utf8')));
    const doc = anonymise(text, options);
    const ranges = originalRanges(doc);
    const covered = (start: number, end: number) => ranges.some(([s, e]) => s <= start && end <= e);

    const items = [
      ...annotation.names.map((value) => ({ kind: 'name', value })),
      ...annotation.emails.map((value) => ({ kind: 'email', value })),
      ...annotation.phones.map((value) => ({ kind: 'phone', value })),
      ...annotation.postcodes.map((value) => ({ kind: 'postcode', value })),
      ...annotation.identifiers.map((value) => ({ kind: 'identifier', value })),
      ...annotation.sensitive.map((value) => ({ kind: 'sensitive', value })),
    ];
    const found = occurrences(text, items);
    // A gendered title belongs to the name after it ("Mrs Joanne Pritchard"): it is not an "other word".
    for (const occurrence of found) {
      const title = occurrence.kind === 'name' ? /(?:Mr|Mrs|Ms|Miss|Mx)\.? $/.exec(text.slice(Math.max(0, occurrence.start - 6), occurrence.start)) : null;
      if (title) occurrence.start -= title[0].length;
    }
    for (const item of items) {
      if (!found.some((f) => f.value === item.value)) throw new Error(`${file}: annotated ${item.kind} "${item.value}" is not in the text`);
    }
    const perDocument: DocumentFigures = { file, namesFound: 0, namesTotal: 0, otherWords: 0, otherWordsRemoved: 0 };
    for (const occurrence of found) {
      if (occurrence.kind === 'name') {
        perDocument.namesTotal++;
        const value = text.slice(occurrence.start, occurrence.end);
        const words = [...value.matchAll(WORD)].filter((w) => !TITLES.has(w[0]));
        const removed = words.every((w) => covered(occurrence.start + w.index, occurrence.start + w.index + w[0].length));
        if (removed) perDocument.namesFound++;
        else figures.namesMissed.push(`${file}: ${occurrence.value} (at ${occurrence.start})`);
      } else if (occurrence.kind === 'sensitive') {
        const words = [...occurrence.value.matchAll(WORD)];
        if (!words.every((w) => covered(occurrence.start + w.index, occurrence.start + w.index + w[0].length))) {
          figures.sensitiveMissed.push(`${file}: ${occurrence.value}`);
        }
      } else if (!covered(occurrence.start, occurrence.end) || doc.text.includes(occurrence.value)) {
        figures.leaks.push(`${file}: ${occurrence.kind} ${occurrence.value} survives`);
      }
    }
    for (const m of text.matchAll(WORD)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      perDocument.otherWords++;
      if (ranges.some(([s, e]) => s < end && start < e)) perDocument.otherWordsRemoved++;
    }
    for (const term of annotation.keep) {
      if (!text.includes(term)) throw new Error(`${file}: keep term "${term}" is not in the text`);
      if (!doc.text.includes(term)) figures.keepMissing.push(`${file}: ${term}`);
    }
    figures.namesFound += perDocument.namesFound;
    figures.namesTotal += perDocument.namesTotal;
    otherWords += perDocument.otherWords;
    otherRemoved += perDocument.otherWordsRemoved;
    figures.perDocument.push(perDocument);
  }
  figures.nameRecall = figures.namesTotal ? figures.namesFound / figures.namesTotal : 1;
  figures.otherWordsRemovedRate = otherWords ? otherRemoved / otherWords : 0;
  return figures;
}

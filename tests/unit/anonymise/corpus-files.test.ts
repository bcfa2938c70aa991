import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/index';
import { readDocument } from '../../../lib/documents/index';
import { loadNodePdfjs } from '../../../lib/documents/load-node-pdfjs';
import { corpusDocuments, TUNED_SLICES } from './corpus';

const DIR = join(import.meta.dirname, '../../..', TUNED_SLICES.tuned);
const FILES = join(DIR, 'files');
const documents = new Map(corpusDocuments(DIR).map((d) => [d.file.replace(/\.txt$/, ''), d]));
const files = readdirSync(FILES).filter((f) => /\.(?:docx|pdf)$/.test(f) && documents.has(f.replace(/\.(?:docx|pdf)$/, '')));
/**
 * Files whose text lib/documents does not yet read as their .txt reads: paragraphs or table cells
 * run together ("NMC PIN 21I0457ERegistered"), so an identifier loses its edge. To be fixed in
 * the readers (helper cli); this list may only shrink.
 */
const READER_RUNS_TOGETHER = new Set([
  '01-cv-staff-nurse-kavya-u.docx',
  '64-cv-business-analyst-sam-okafor-whitby.docx',
]);
const HARD = new Set(['email', 'phone', 'postcode', 'url', 'handle', 'nhs-number', 'ni-number', 'registration-number', 'date-of-birth']);
/** Spacing and invisible characters evened out: a file's text is laid out differently from the .txt. */
const even = (text: string) => text.replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff]+/g, ' ');

// Real .docx and .pdf files made by Word- and LibreOffice-like generators: every identifier that
// the .txt version has removed is removed from the file's text too. (Not yet the very same
// redactions: lib/documents runs some .docx paragraphs together, "0151 496 0133Mr Kevin", which
// changes what the recognisers see; see the anonymiser's report.)
describe('corpus files read through lib/documents', () => {
  test('there are files to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  test.each(files)('%s: no identifier gets through', async (file) => {
    const doc = documents.get(file.replace(/\.(?:docx|pdf)$/, ''))!;
    const read = await readDocument({ name: file, bytes: new Uint8Array(readFileSync(join(FILES, file))) }, { loadPdfjs: loadNodePdfjs });
    if (!read.ok) throw new Error(read.message);
    const fromText = even(anonymise(doc.text).text);
    const fromFile = even(anonymise(read.text).text);
    const hard = doc.annotation.identifiers.filter((i) => HARD.has(i.type)).map((i) => even(i.text));
    const leaked = (out: string) => hard.filter((value) => out.includes(value));
    expect(leaked(fromText)).toEqual([]);
    if (READER_RUNS_TOGETHER.has(file)) expect(leaked(fromFile), 'fixed: remove it from READER_RUNS_TOGETHER').not.toEqual([]);
    else expect(leaked(fromFile)).toEqual([]);
  }, 20_000);
});

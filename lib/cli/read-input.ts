import { Window } from 'happy-dom';
import type { Section } from '../engine/sections';
import { extractNhsJobsAdvert } from '../page/nhs-jobs';
import { readableText } from '../page/readable-text';
import { CliUsageError, type CliIo } from './io';

export const MAX_BYTES = 5 * 1024 * 1024;

/** A file's text as the engine should see it, with the sections of an NHS Jobs advert where known. */
export interface ScanInput {
  text: string;
  sections?: Section[];
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function parseHtml(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true } } });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Reads a .txt, .md or .html file (or standard input as text). Throws CliUsageError for what it cannot read. */
export async function readScanInput(path: string, io: CliIo): Promise<ScanInput> {
  if (path !== '-') {
    const size = await io.fileSize(path);
    if (size === null) throw new CliUsageError(`${path}: no such file`);
    if (size > MAX_BYTES) throw new CliUsageError(`${path}: the file is over 5 MB; split it or check a smaller part`);
  }
  const bytes = await io.readFile(path);
  if (bytes.length > MAX_BYTES) throw new CliUsageError(`${path}: the input is over 5 MB`);
  if (looksBinary(bytes)) throw new CliUsageError(`${path}: this looks like a binary file; give a .txt, .md or .html file`);
  const raw = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (!/\.html?$/i.test(path) && !(path === '-' && /^\s*<(!doctype|html)/i.test(raw))) return { text: raw };
  const doc = parseHtml(raw);
  const advert = extractNhsJobsAdvert(doc);
  if (advert) return { text: advert.text, sections: advert.sections };
  return { text: readableText(doc) };
}

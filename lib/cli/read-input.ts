import { decodeText } from '../documents/decode-text';
import { DOCUMENT_LIMITS } from '../documents/document-limits';
import { DOCUMENT_MESSAGES } from '../documents/document-messages';
import { loadNodePdfjs } from '../documents/load-node-pdfjs';
import { extensionOf, readDocument } from '../documents/read-document';
import type { Section } from '../engine/sections';
import { flatText, nestingDepth } from './flat-html';
import type { CliIo } from './io';

/** A file's text as the engine or anonymiser should see it, or one sentence saying why not. */
export type InputText =
  | {
      ok: true;
      text: string;
      /** The sections of an NHS Jobs advert page. */
      sections?: Section[];
      /** Set when the file could be read only in part, or only as plain text. */
      notice?: string;
    }
  | { ok: false; message: string };

/**
 * Deeper than this, a page is read as plain text: the DOM code (cloning for Readability, the text
 * walk) recurses once per level, and real pages nest a few dozen deep.
 */
export const MAX_HTML_DEPTH = 400;

/** Standard input is HTML when it starts like a page; a file when its name says so. */
function isHtml(name: string, bytes: Uint8Array): boolean {
  if (name !== '-') return ['html', 'htm'].includes(extensionOf(name));
  const head = String.fromCharCode(...bytes.subarray(0, 64)).replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*/, '');
  return /^<(?:!doctype html|html)/i.test(head);
}

/**
 * The one reader for `scan` and `anonymise`: .txt, .md, .docx and .pdf through lib/documents (as
 * in the extension), .html through read-html.ts, standard input as text or HTML.
 */
export async function readInput(name: string, bytes: Uint8Array): Promise<InputText> {
  if (!isHtml(name, bytes)) return readDocument({ name: name === '-' ? 'standard-input.txt' : name, bytes }, { loadPdfjs: loadNodePdfjs });
  const html = decodeText(bytes);
  if (html === null) return { ok: false, message: DOCUMENT_MESSAGES.binaryText };
  const deep = nestingDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH;
  const page = deep ? { text: flatText(html) } : await (await import('./read-html')).readHtml(html);
  if (!page.text.trim()) return { ok: false, message: DOCUMENT_MESSAGES.empty };
  return deep ? { ok: true, ...page, notice: `The page is nested more than ${MAX_HTML_DEPTH} elements deep, so it was checked as plain text.` } : { ok: true, ...page };
}

/** Reads a file (or standard input for `-`) within the size limit, then its text. */
export async function readInputFile(name: string, io: CliIo): Promise<InputText> {
  const file = await io.readFile(name, DOCUMENT_LIMITS.bytes);
  return file.ok ? readInput(name, file.bytes) : file;
}

import { decodeText } from './decode-text';
import { DOCUMENT_MESSAGES } from './document-messages';
import { normaliseText } from './normalise-text';
import type { PdfjsLike } from './pdfjs-like';
import type { ReadDocumentResult } from './read-document-result';
import { readDocx } from './read-docx';
import { readPdf } from './read-pdf';

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export interface ReadDocumentDeps {
  /**
   * Returns the pdfjs module to use: `loadNodePdfjs` in Node, the extension's own in the browser.
   * Required, so that a browser bundle never carries the Node build it would not load.
   */
  loadPdfjs: () => Promise<PdfjsLike>;
}

/** The file's extension, lower case ("" without one). */
const extensionOf = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * Why a file of this name cannot be read, from its name and size alone, or null when it may be:
 * lets a page refuse an unsupported file as soon as it is dropped.
 */
export function refusedFile(file: { name: string; size: number }): string | null {
  const extension = extensionOf(file.name);
  if (file.size > MAX_DOCUMENT_BYTES) return DOCUMENT_MESSAGES.tooLarge;
  if (extension === 'doc') return DOCUMENT_MESSAGES.oldWord;
  if (!['txt', 'text', 'docx', 'pdf'].includes(extension)) return DOCUMENT_MESSAGES.unsupported(extension);
  return null;
}

/**
 * Turns an uploaded file into text: .txt (UTF-8, BOM stripped; binary refused), .docx (mammoth)
 * or .pdf (pdfjs, injectable for the browser). Never throws: a file that cannot be read gives
 * `{ok: false, message}` with one plain-English sentence, so one bad file never stops a batch.
 */
export async function readDocument(file: { name: string; bytes: Uint8Array }, deps: ReadDocumentDeps): Promise<ReadDocumentResult> {
  const extension = extensionOf(file.name);
  const refused = refusedFile({ name: file.name, size: file.bytes.length });
  if (refused) return { ok: false, message: refused };
  if (file.bytes.length === 0) return { ok: false, message: DOCUMENT_MESSAGES.empty };

  let result: ReadDocumentResult;
  try {
    if (extension === 'docx') result = await readDocx(file.bytes);
    else if (extension === 'pdf') result = await readPdf(file.bytes, await deps.loadPdfjs());
    else {
      const text = decodeText(file.bytes);
      result = text === null ? { ok: false, message: DOCUMENT_MESSAGES.binaryText } : { ok: true, text };
    }
  } catch {
    result = { ok: false, message: extension === 'pdf' ? DOCUMENT_MESSAGES.corruptPdf : DOCUMENT_MESSAGES.corruptDocx };
  }
  if (!result.ok) return result;
  const text = normaliseText(result.text);
  return text.trim() ? { ok: true, text } : { ok: false, message: DOCUMENT_MESSAGES.empty };
}

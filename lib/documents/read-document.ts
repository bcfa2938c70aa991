import { decodeText } from './decode-text';
import { DOCUMENT_LIMITS } from './document-limits';
import { DOCUMENT_MESSAGES } from './document-messages';
import type { PdfjsLike } from './pdfjs-like';
import type { ReadDocumentResult } from './read-document-result';
import { readPdf } from './read-pdf';
import { tidyText } from './tidy-text';

export interface ReadDocumentDeps {
  /**
   * Returns the pdfjs module to use: `loadNodePdfjs` in Node, the extension's own in the browser.
   * Required, so that a browser bundle never carries the Node build it would not load.
   */
  loadPdfjs: () => Promise<PdfjsLike>;
}

/** Extensions read as plain text. */
const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md']);

/** The file's extension, lower case, without the dot ('' when it has none). */
export const extensionOf = (name: string): string => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * Why a file of this name cannot be read, from its name and size alone, or null when it may be:
 * lets a page refuse an unsupported file as soon as it is dropped.
 */
export function refusedFile(file: { name: string; size: number }): string | null {
  const extension = extensionOf(file.name);
  if (file.size > DOCUMENT_LIMITS.bytes) return DOCUMENT_MESSAGES.tooLarge;
  if (extension === 'doc') return DOCUMENT_MESSAGES.oldWord;
  if (!TEXT_EXTENSIONS.has(extension) && extension !== 'docx' && extension !== 'pdf') return DOCUMENT_MESSAGES.unsupported(extension);
  return null;
}

/**
 * Turns an uploaded file into text: .txt or .md (see `decodeText`), .docx (mammoth) or .pdf (pdfjs,
 * injectable for the browser), within `DOCUMENT_LIMITS`. Never throws: a file that cannot be read
 * gives `{ok: false, message}` with one plain-English sentence, so one bad file never stops a batch.
 */
export async function readDocument(file: { name: string; bytes: Uint8Array }, deps: ReadDocumentDeps): Promise<ReadDocumentResult> {
  const refused = refusedFile({ name: file.name, size: file.bytes.length });
  if (refused) return { ok: false, message: refused };
  if (file.bytes.length === 0) return { ok: false, message: DOCUMENT_MESSAGES.empty };

  const extension = extensionOf(file.name);
  let result: ReadDocumentResult;
  try {
    // Loaded on the first .docx: fflate builds its tables when loaded, and mammoth is large.
    if (extension === 'docx') result = await (await import('./read-docx')).readDocx(file.bytes);
    else if (extension === 'pdf') result = await readPdf(file.bytes, await deps.loadPdfjs());
    else {
      const text = decodeText(file.bytes);
      result = text === null ? { ok: false, message: DOCUMENT_MESSAGES.binaryText } : { ok: true, text };
    }
  } catch {
    result = { ok: false, message: extension === 'pdf' ? DOCUMENT_MESSAGES.corruptPdf : DOCUMENT_MESSAGES.corruptDocx };
  }
  if (!result.ok) return result;
  const text = tidyText(result.text);
  return text.trim() ? { ok: true, text } : { ok: false, message: DOCUMENT_MESSAGES.empty };
}

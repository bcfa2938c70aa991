import { DOCUMENT_LIMITS } from './document-limits';
import { DOCUMENT_MESSAGES } from './document-messages';
import type { PdfjsLike } from './pdfjs-like';
import type { ReadDocumentResult } from './read-document-result';

interface TextItem {
  str?: unknown;
  hasEOL?: unknown;
}

/**
 * Text of a PDF, page by page; a password, too many pages, a missing text layer or damage each
 * get their own message. The page count is checked before any page is read.
 */
export async function readPdf(bytes: Uint8Array, pdfjs: PdfjsLike): Promise<ReadDocumentResult> {
  if (!isPdf(bytes)) return { ok: false, message: DOCUMENT_MESSAGES.corruptPdf };
  let doc: Awaited<ReturnType<PdfjsLike['getDocument']>['promise']>;
  try {
    // pdfjs may transfer (and so empty) the buffer it is given, and refuses a Node Buffer: pass a
    // plain copy.
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
      .promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return { ok: false, message: DOCUMENT_MESSAGES.passwordPdf };
    return { ok: false, message: DOCUMENT_MESSAGES.corruptPdf };
  }
  try {
    if (doc.numPages > DOCUMENT_LIMITS.pdfPages) return { ok: false, message: DOCUMENT_MESSAGES.tooManyPages(doc.numPages) };
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      let page = '';
      for (const item of content.items as TextItem[]) {
        if (typeof item.str === 'string') page += item.str;
        if (item.hasEOL === true) page += '\n';
      }
      // Spaces before each line end go (trimEnd per line: /[ \t]+\n/ is quadratic on a long run of spaces).
      pages.push(page.split('\n').map((line) => line.trimEnd()).join('\n'));
    }
    const text = pages.join('\n\n');
    if ((text.match(/\p{L}/gu)?.length ?? 0) < 20) return { ok: false, message: DOCUMENT_MESSAGES.imageOnlyPdf };
    return { ok: true, text };
  } catch {
    return { ok: false, message: DOCUMENT_MESSAGES.corruptPdf };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

function isPdf(bytes: Uint8Array): boolean {
  // "%PDF-" within the first kilobyte (some generators put junk before it).
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * The part of pdfjs-dist that `readPdf` uses. In Node the legacy build is loaded by default
 * (`load-node-pdfjs.ts`); in the browser the caller passes its own pdfjs module, with
 * `GlobalWorkerOptions.workerSrc` already set.
 */
export interface PdfjsLike {
  getDocument(params: Record<string, unknown> & { data: Uint8Array }): { promise: Promise<PdfDocumentLike> };
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
  destroy(): Promise<void>;
}

import type { PdfjsLike } from './pdfjs-like';

/** Loads the pdfjs-dist legacy build, which runs in Node without a worker file or DOM. */
export async function loadNodePdfjs(): Promise<PdfjsLike> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs as unknown as PdfjsLike;
}

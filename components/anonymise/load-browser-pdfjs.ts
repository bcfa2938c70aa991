import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfjsLike } from '@/lib/documents';

let loading: Promise<PdfjsLike> | undefined;

/**
 * The extension's own pdfjs, loaded the first time a PDF arrives. Its worker is a file bundled in
 * the extension (Vite `?url`), run as a module worker from the extension's origin: allowed by the
 * MV3 page CSP (`script-src 'self'`), with no eval (readPdf passes `isEvalSupported: false`) and no
 * network request.
 */
export function loadBrowserPdfjs(): Promise<PdfjsLike> {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs as unknown as PdfjsLike;
  });
  return loading;
}

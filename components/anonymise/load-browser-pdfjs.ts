import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfjsLike } from '@/lib/documents';

let loading: Promise<PdfjsLike> | undefined;

/**
 * The extension's own pdfjs, loaded in the anonymiser's worker the first time a PDF arrives. Its own
 * worker is a file bundled in the extension (Vite `?url`), started here as a module worker from the
 * extension's origin and shared by every PDF of the run: allowed by the MV3 CSP (`script-src
 * 'self'`), with no eval (readPdf passes `isEvalSupported: false`) and no network request. It is
 * passed as `workerPort` because pdfjs, left to start it, looks at `window`, which a worker lacks,
 * and would parse the PDF in the anonymiser's worker instead, talking over that worker's own port.
 */
export function loadBrowserPdfjs(): Promise<PdfjsLike> {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module' });
    return pdfjs as unknown as PdfjsLike;
  });
  return loading;
}

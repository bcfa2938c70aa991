// The anonymiser, off the page's main thread: a long or hostile CV, or a large .docx being read,
// never freezes the popup or the workspace, and a run can be cancelled by ending the worker.
import { z } from 'zod';
import { anonymise } from '@/lib/anonymise';
import { readDocument } from '@/lib/documents';
import type { WorkerReply, WorkerRequest, WorkerStep } from './anonymise-in-worker';
import { runBatch } from './batch-job';
import { loadBrowserPdfjs } from './load-browser-pdfjs';

// Extension pages (and their workers) may not evaluate strings as code (MV3 CSP): zod must not try.
z.config({ jitless: true });

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let reply: WorkerReply;
  try {
    reply =
      request.kind === 'one'
        ? { ok: true, kind: 'one', document: anonymise(request.text, request.options) }
        : {
            ok: true,
            kind: 'batch',
            outcome: await runBatch(
              request.items,
              request.options,
              (file) => readDocument(file, { loadPdfjs: loadBrowserPdfjs }),
              (step) => self.postMessage({ kind: 'step', step } satisfies WorkerStep),
            ),
          };
  } catch (e) {
    reply = { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
};

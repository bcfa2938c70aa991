// The anonymiser, off the page's main thread: a long or hostile CV never freezes the popup or the
// workspace, and a run can be cancelled by ending the worker.
import { z } from 'zod';
import { anonymise, anonymiseBatch } from '@/lib/anonymise';
import type { WorkerReply, WorkerRequest } from './anonymise-in-worker';

// Extension pages (and their workers) may not evaluate strings as code (MV3 CSP): zod must not try.
z.config({ jitless: true });

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let reply: WorkerReply;
  try {
    reply =
      request.kind === 'one'
        ? { ok: true, kind: 'one', document: anonymise(request.text, request.options) }
        : { ok: true, kind: 'batch', ...anonymiseBatch(request.docs, request.options) };
  } catch (e) {
    reply = { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
};

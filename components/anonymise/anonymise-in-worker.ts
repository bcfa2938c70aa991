import type { AnonymisedDocument, AnonymiseOptions, BatchInput, BatchKey, BatchResult } from '@/lib/anonymise';

export type WorkerRequest = { kind: 'one'; text: string; options: AnonymiseOptions } | { kind: 'batch'; docs: BatchInput[]; options: AnonymiseOptions };
export type WorkerReply =
  | { ok: true; kind: 'one'; document: AnonymisedDocument }
  | { ok: true; kind: 'batch'; results: BatchResult[]; key: BatchKey }
  | { ok: false; message: string };

/** A run in progress: its result, and a way to stop it (the promise then rejects with `Cancelled`). */
export interface Run<T> {
  result: Promise<T>;
  cancel: () => void;
}

export class Cancelled extends Error {
  constructor() {
    super('Cancelled.');
  }
}

/** Runs one request in a fresh worker, ended once it answers or is cancelled. */
function run(request: WorkerRequest): Run<WorkerReply & { ok: true }> {
  const worker = new Worker(new URL('./anonymise.worker.ts', import.meta.url), { type: 'module' });
  let cancel: () => void = () => undefined;
  const result = new Promise<WorkerReply & { ok: true }>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new Cancelled());
    };
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The anonymiser stopped unexpectedly.'));
    };
  });
  worker.postMessage(request);
  return { result, cancel };
}

/** Anonymises one text off the main thread. */
export function anonymiseInWorker(text: string, options: AnonymiseOptions): Run<AnonymisedDocument> {
  const { result, cancel } = run({ kind: 'one', text, options });
  return { result: result.then((r) => (r.kind === 'one' ? r.document : Promise.reject(new Error('Unexpected reply.')))), cancel };
}

/** Anonymises a batch off the main thread: codes dealt at random, and the key. */
export function anonymiseBatchInWorker(docs: BatchInput[], options: AnonymiseOptions): Run<{ results: BatchResult[]; key: BatchKey }> {
  const { result, cancel } = run({ kind: 'batch', docs, options });
  return { result: result.then((r) => (r.kind === 'batch' ? { results: r.results, key: r.key } : Promise.reject(new Error('Unexpected reply.')))), cancel };
}

import type { AnonymisedDocument, AnonymiseOptions } from '@/lib/anonymise';
import type { BatchOutcome, BatchStep, PendingItem } from './batch-job';

export type WorkerRequest = { kind: 'one'; text: string; options: AnonymiseOptions } | { kind: 'batch'; items: PendingItem[]; options: AnonymiseOptions };
export type WorkerReply =
  | { ok: true; kind: 'one'; document: AnonymisedDocument }
  | { ok: true; kind: 'batch'; outcome: BatchOutcome }
  | { ok: false; message: string };
/** What the worker says during a batch, before its one reply. */
export type WorkerStep = { kind: 'step'; step: BatchStep };

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

/** Runs one request in a fresh worker, ended once it replies or is cancelled; steps go to `onStep`. */
function run(request: WorkerRequest, onStep: (step: BatchStep) => void = () => undefined): Run<WorkerReply & { ok: true }> {
  const worker = new Worker(new URL('./anonymise.worker.ts', import.meta.url), { type: 'module' });
  let cancel: () => void = () => undefined;
  // Once cancelled, a message the worker sent just before it ended must not bring back its progress.
  let cancelled = false;
  const result = new Promise<WorkerReply & { ok: true }>((resolve, reject) => {
    cancel = () => {
      cancelled = true;
      worker.terminate();
      reject(new Cancelled());
    };
    worker.onmessage = (event: MessageEvent<WorkerReply | WorkerStep>) => {
      const data = event.data;
      if (cancelled) return;
      if ('kind' in data && data.kind === 'step') return onStep(data.step);
      worker.terminate();
      if (data.ok) resolve(data);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The anonymiser stopped unexpectedly.'));
    };
  });
  // Files go as File objects: the worker reads their bytes itself, so none are copied here.
  worker.postMessage(request);
  return { result, cancel };
}

/** Anonymises one text off the main thread. */
export function anonymiseInWorker(text: string, options: AnonymiseOptions): Run<AnonymisedDocument> {
  const { result, cancel } = run({ kind: 'one', text, options });
  return { result: result.then((r) => (r.kind === 'one' ? r.document : Promise.reject(new Error('Unexpected reply.')))), cancel };
}

/**
 * Reads and anonymises a batch off the main thread, one document at a time, calling `onStep` before
 * each: codes dealt at random, the key, and a message for each file that could not be read.
 */
export function anonymiseBatchInWorker(items: PendingItem[], options: AnonymiseOptions, onStep: (step: BatchStep) => void): Run<BatchOutcome> {
  const { result, cancel } = run({ kind: 'batch', items, options }, onStep);
  return { result: result.then((r) => (r.kind === 'batch' ? r.outcome : Promise.reject(new Error('Unexpected reply.')))), cancel };
}

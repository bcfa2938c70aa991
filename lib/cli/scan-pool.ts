import { Worker, workerData } from 'node:worker_threads';
import type { FileOutcome, ScanSettings, ScanTask } from './scan-file';

/** What a scan worker is told at start (`workerData`), and how it knows it is one. */
export const SCAN_WORKER = 'debias-scan-worker';
export interface ScanWorkerData {
  role: typeof SCAN_WORKER;
  settings: ScanSettings;
}
/** Whether this thread was started by `startScanWorkers`. */
export const isScanWorker = (): boolean => (workerData as ScanWorkerData | undefined)?.role === SCAN_WORKER;

export interface ScanRequest {
  index: number;
  task: ScanTask;
}
/** A worker's messages: ready (loaded and warmed up), then one outcome per request. */
export type ScanReply = { ready: true } | { index: number; outcome: FileOutcome };

/** Files sent to a worker before it answers, so it never waits for the main thread. */
const IN_FLIGHT = 2;
/** How far ahead of the output the workers may run, per worker: bounds what waits to be printed. */
const AHEAD = 32;

export interface ScanWorkers {
  /** Whether a worker has loaded the command and warmed the engine up. */
  ready(): boolean;
  /**
   * Checks `tasks` on the workers and passes each outcome to `deliver` in the order of `tasks`,
   * as soon as it and all before it are done; then stops the workers. Files are handed out one at
   * a time as workers finish, so a long file holds up no other worker. A worker that dies fails
   * the files it held, and a fresh one takes its place.
   */
  run(tasks: ScanTask[], deliver: (outcome: FileOutcome) => void | Promise<void>): Promise<void>;
}

/** Starts `count` worker threads running `module` (the built command), each loading it on its own. */
export function startScanWorkers(count: number, module: URL, settings: ScanSettings): ScanWorkers {
  const held = new Map<Worker, Set<number>>();
  const waiting = new Map<number, { resolve: (outcome: FileOutcome) => void; reject: (error: Error) => void }>();
  const outcomes = new Map<number, Promise<FileOutcome>>();
  let tasks: ScanTask[] = [];
  let next = 0;
  let delivered = 0;
  let ready = false;
  let closing = false;
  let failure: Error | undefined;

  const feed = () => {
    for (const [worker, indices] of held) {
      while (!failure && indices.size < IN_FLIGHT && next < tasks.length && next < delivered + AHEAD * count) {
        const index = next++;
        const outcome = new Promise<FileOutcome>((resolve, reject) => waiting.set(index, { resolve, reject }));
        outcome.catch(() => undefined); // a failure is thrown where the outcome is awaited, in order
        outcomes.set(index, outcome);
        indices.add(index);
        worker.postMessage({ index, task: tasks[index]! } satisfies ScanRequest);
      }
    }
  };
  const finish = (index: number, outcome: FileOutcome) => {
    waiting.get(index)?.resolve(outcome);
    waiting.delete(index);
  };
  // No worker left to run: every file waiting fails with the error. (Not Promise.race against one
  // long-lived promise: each race would stay attached to it, holding its outcome, until the end.)
  const fatal = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  const start = () => {
    const worker = new Worker(module, { workerData: { role: SCAN_WORKER, settings } satisfies ScanWorkerData });
    held.set(worker, new Set());
    worker.on('message', (reply: ScanReply) => {
      if ('ready' in reply) ready = true;
      else {
        held.get(worker)?.delete(reply.index);
        finish(reply.index, reply.outcome);
      }
      feed();
    });
    // A worker that dies (an error it did not catch, running out of memory) fails only the files it held.
    const lost = (error: Error) => {
      const indices = held.get(worker);
      if (!indices || closing) return;
      held.delete(worker);
      if (indices.size === 0) return fatal(error);
      for (const index of indices) finish(index, { ok: false, file: tasks[index]!.file, message: `De-bias stopped while checking this file (${error.message}).` });
      start();
      feed();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the worker thread exited with code ${code}`)));
  };
  for (let i = 0; i < count; i++) start();

  return {
    ready: () => ready,
    async run(given, deliver) {
      tasks = given;
      try {
        for (let index = 0; index < tasks.length; index++) {
          feed();
          if (failure) throw failure;
          const outcome = await outcomes.get(index)!;
          outcomes.delete(index);
          delivered = index + 1;
          await deliver(outcome);
        }
      } finally {
        closing = true;
        await Promise.all([...held.keys()].map((worker) => worker.terminate()));
      }
    },
  };
}

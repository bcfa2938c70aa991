import { Worker, workerData } from 'node:worker_threads';
import type { FileOutcome, ScanSettings, ScanTask } from './scan-file';

/** What a scan worker is told at start (`workerData`), and how it knows it is one. */
export const SCAN_WORKER = 'debias-scan-worker';
export interface ScanWorkerData {
  role: typeof SCAN_WORKER;
  settings: ScanSettings;
}
/** Whether this thread was started by `scanInWorkers`. */
export const isScanWorker = (): boolean => (workerData as ScanWorkerData | undefined)?.role === SCAN_WORKER;

export interface ScanRequest {
  index: number;
  task: ScanTask;
}
export interface ScanReply {
  index: number;
  outcome: FileOutcome;
}

/** Files sent to a worker before it answers, so it never waits for the main thread. */
const IN_FLIGHT = 2;
/** How far ahead of the output the workers may run, per worker: bounds what waits to be printed. */
const AHEAD = 32;

/**
 * Checks `tasks` on `count` worker threads running `module` (the built command), and passes each
 * outcome to `deliver` in the order of `tasks`, as soon as it and all before it are done. Files are
 * handed out one at a time as workers finish, so a long file holds up no other worker. A worker
 * that dies fails the files it held, and a fresh one takes its place.
 */
export async function scanInWorkers(
  tasks: ScanTask[],
  count: number,
  module: URL,
  settings: ScanSettings,
  deliver: (outcome: FileOutcome) => void | Promise<void>,
): Promise<void> {
  const held = new Map<Worker, Set<number>>();
  const settle = new Map<number, (outcome: FileOutcome) => void>();
  const outcomes = new Map<number, Promise<FileOutcome>>();
  let next = 0;
  let delivered = 0;
  let closing = false;
  let fatal: (error: Error) => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => {
    fatal = reject;
  });

  const feed = () => {
    for (const [worker, indices] of held) {
      while (indices.size < IN_FLIGHT && next < tasks.length && next < delivered + AHEAD * count) {
        const index = next++;
        outcomes.set(index, new Promise((resolve) => settle.set(index, resolve)));
        indices.add(index);
        worker.postMessage({ index, task: tasks[index]! } satisfies ScanRequest);
      }
    }
  };
  const finish = (index: number, outcome: FileOutcome) => {
    settle.get(index)?.(outcome);
    settle.delete(index);
  };
  const start = () => {
    const worker = new Worker(module, { workerData: { role: SCAN_WORKER, settings } satisfies ScanWorkerData });
    held.set(worker, new Set());
    worker.on('message', ({ index, outcome }: ScanReply) => {
      held.get(worker)?.delete(index);
      finish(index, outcome);
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
  stopped.catch(() => undefined);
  try {
    for (let index = 0; index < tasks.length; index++) {
      feed();
      const outcome = await Promise.race([outcomes.get(index)!, stopped]);
      outcomes.delete(index);
      delivered = index + 1;
      await deliver(outcome);
    }
  } finally {
    closing = true;
    await Promise.all([...held.keys()].map((worker) => worker.terminate()));
  }
}

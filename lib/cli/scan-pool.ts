import { Worker } from 'node:worker_threads';
import type { FileOutcome, ScanSettings, ScanTask } from './scan-file';

/** What a scan worker (scan-worker.ts) is told at start, as its `workerData`. */
export interface ScanWorkerData {
  settings: ScanSettings;
}

export interface ScanRequest {
  index: number;
  task: ScanTask;
}
/** A worker's reply: one outcome per request. */
export interface ScanReply {
  index: number;
  outcome: FileOutcome;
}

/** Files sent to a worker before it answers, so it never waits for this thread. */
const IN_FLIGHT = 8;
/** Near the end, each worker holds no more than its share of the files left, but still this many. */
const IN_FLIGHT_AT_END = 2;
/** How far ahead of the output the workers may run, per worker: bounds what waits to be printed. */
const AHEAD = 32;

/** One turn of the event loop, for worker replies to come in. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks `tasks` on `workers` worker threads running `module` (the built scan-worker.ts), and
 * passes each outcome to `deliver` in the order of `tasks`, as soon as it and all before it are
 * done; then stops the workers. Files are handed out a few at a time as workers finish, so a long
 * file holds up no other worker. A worker that dies fails the files it held, and a fresh one takes
 * its place. This thread only hands out files and writes the output: checking files as well (with
 * one worker fewer) took the same processor time and longer (1,500 adverts on 2 processors, busy
 * with other work: 15.7 s against 13.7 s), since workers then wait for it between its files.
 */
export async function checkInParallel(
  tasks: ScanTask[],
  workers: number,
  module: URL,
  settings: ScanSettings,
  deliver: (outcome: FileOutcome) => void | Promise<void>,
): Promise<void> {
  const held = new Map<Worker, Set<number>>();
  const waiting = new Map<number, { resolve: (outcome: FileOutcome) => void; reject: (error: Error) => void }>();
  const outcomes = new Map<number, Promise<FileOutcome>>();
  const limit = AHEAD * workers;
  let next = 0;
  let delivered = 0;
  let closing = false;
  let failure: Error | undefined;

  /** The next file to check, or undefined when all are taken or the output is too far behind. */
  const take = (): number | undefined => {
    if (failure || next >= tasks.length || next >= delivered + limit) return undefined;
    const index = next++;
    const outcome = new Promise<FileOutcome>((resolve, reject) => waiting.set(index, { resolve, reject }));
    outcome.catch(() => undefined); // a failure is thrown where the outcome is awaited, in order
    outcomes.set(index, outcome);
    return index;
  };
  // A worker holds up to IN_FLIGHT files, and near the end only its share of those not yet handed
  // out: otherwise one could finish while another still had 7 to check.
  const room = (indices: Set<number>) => indices.size < Math.max(IN_FLIGHT_AT_END, Math.min(IN_FLIGHT, Math.ceil((tasks.length - next) / held.size)));
  const feed = () => {
    for (const [worker, indices] of held) {
      for (let index = room(indices) ? take() : undefined; index !== undefined; index = room(indices) ? take() : undefined) {
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
    const worker = new Worker(module, { workerData: { settings } satisfies ScanWorkerData });
    held.set(worker, new Set());
    worker.on('message', (reply: ScanReply) => {
      held.get(worker)?.delete(reply.index);
      finish(reply.index, reply.outcome);
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
  for (let i = 0; i < workers; i++) start();
  feed();

  const inOrder = async () => {
    try {
      for (let index = 0; index < tasks.length; index++) {
        // Taken in order, so only a run of failed workers can leave this one untaken for now.
        while (!outcomes.has(index) && !failure) await turn();
        if (failure) throw failure;
        const outcome = await outcomes.get(index)!;
        outcomes.delete(index);
        delivered = index + 1;
        feed();
        await deliver(outcome);
      }
    } finally {
      closing = true;
      await Promise.all([...held.keys()].map((worker) => worker.terminate()));
    }
  };
  await inOrder();
}

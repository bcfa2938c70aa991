import { Worker } from 'node:worker_threads';
import { restoreBudget } from './engine-budget';
import { CLAIMS, claim } from './scan-claims';
import type { FileOutcome, ScanSettings, ScanTask } from './scan-file';

/** What a scan worker (scan-worker.ts) is told at start, as its `workerData`. */
export interface ScanWorkerData {
  settings: ScanSettings;
  tasks: ScanTask[];
  /** The counters of scan-claims.ts, shared by all threads. */
  claims: SharedArrayBuffer;
  /** The worker's own place in `claims` (CLAIMS.held + slot). */
  slot: number;
}

/** A worker's reply: one outcome per file it took. */
export interface ScanReply {
  index: number;
  outcome: FileOutcome;
}

/** How far ahead of the output the threads may run, per thread: bounds what waits to be printed. */
const AHEAD = 32;

/** How often to ask again for more worker threads, while fewer than the most run. */
const ASK_EVERY_MS = 1000;

/** The worker threads to start. */
export interface WorkerPlan {
  /** At most this many. */
  most: number;
  /**
   * How many more to start now: asked once this thread has checked its first file (the engine
   * loaded), then every ASK_EVERY_MS while fewer than `most` run. Without it, all start at once.
   */
  more?: () => number;
}

/** The tasks with standard input's bytes in memory the workers share, not copied to each of them. */
function sharingBytes(tasks: ScanTask[]): ScanTask[] {
  const copies = new Map<Uint8Array, Uint8Array>();
  return tasks.map((task) => {
    if (!task.bytes) return task;
    let bytes = copies.get(task.bytes);
    if (!bytes) {
      bytes = new Uint8Array(new SharedArrayBuffer(task.bytes.length));
      bytes.set(task.bytes);
      copies.set(task.bytes, bytes);
    }
    return { ...task, bytes };
  });
}

/** One turn of the event loop, for worker replies to come in. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks `tasks` on this thread (with `check`) and on worker threads running `module` (the built
 * scan-worker.ts), as `plan` says, and passes each outcome to `deliver` in the order of `tasks`, as
 * soon as it and all before it are done; then stops the workers.
 *
 * Every thread takes the next file from a counter they share (scan-claims.ts), so no thread waits
 * for another to be handed work, and a long file holds up no other thread. This thread checks
 * files too, between writing out what is done, so a machine with 2 processors runs 2 threads, not
 * 3, each loading and warming up the engine. A worker that dies fails the file it held, and a
 * fresh one takes its place; one that dies holding none (it could not start) stops the run.
 */
export async function checkInParallel(
  tasks: ScanTask[],
  plan: WorkerPlan,
  module: URL,
  settings: ScanSettings,
  check: (task: ScanTask) => Promise<FileOutcome>,
  deliver: (outcome: FileOutcome) => void | Promise<void>,
): Promise<void> {
  const total = tasks.length;
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (CLAIMS.held + plan.most)));
  const ahead = AHEAD * (plan.most + 1);
  Atomics.store(claims, CLAIMS.limit, ahead);
  /** Outcomes not yet delivered, by index. */
  const done = new Map<number, FileOutcome>();
  const running: Worker[] = [];
  let delivered = 0;
  let closing = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;

  const arrived = (index: number, outcome: FileOutcome) => {
    // A reply can follow the failure given for a worker that died just after sending it.
    if (index >= delivered && !done.has(index)) done.set(index, outcome);
    wake?.();
  };
  const forWorkers = sharingBytes(tasks);
  const start = (slot: number) => {
    Atomics.store(claims, CLAIMS.held + slot, -1);
    // Started under V8's own budget, so that it takes Node's code cache; it raises the budget again itself.
    restoreBudget();
    const worker = new Worker(module, { workerData: { settings, tasks: forWorkers, claims: claims.buffer as SharedArrayBuffer, slot } satisfies ScanWorkerData });
    running[slot] = worker;
    let ended = false;
    worker.on('message', (reply: ScanReply) => arrived(reply.index, reply.outcome));
    const lost = (error: Error) => {
      if (ended || closing) return;
      ended = true;
      const index = Atomics.load(claims, CLAIMS.held + slot);
      if (index < 0) {
        failure ??= error;
        wake?.();
        return;
      }
      arrived(index, { ok: false, file: tasks[index]!.file, message: `De-bias stopped while checking this file (${error.message}).` });
      start(slot);
    };
    worker.on('error', lost);
    // A worker ends by itself, with code 0, once no file is left to take.
    worker.on('exit', (code) => code !== 0 && lost(new Error(`the worker thread exited with code ${code}`)));
  };
  /** Starts up to `count` more workers, never more than `plan.most` in all. */
  const add = (count: number) => {
    for (let slot = running.length; slot < Math.min(plan.most, running.length + count); slot++) start(slot);
  };
  let asked = -Infinity;
  if (!plan.more) add(plan.most);

  try {
    while (delivered < total) {
      if (failure) throw failure;
      const outcome = done.get(delivered);
      if (outcome) {
        done.delete(delivered);
        delivered++;
        Atomics.store(claims, CLAIMS.limit, delivered + ahead);
        Atomics.notify(claims, CLAIMS.limit);
        await deliver(outcome);
        continue;
      }
      const index = claim(claims, total);
      if (typeof index === 'number') {
        done.set(index, await check(tasks[index]!));
        if (plan.more && running.length < plan.most && performance.now() - asked >= ASK_EVERY_MS) {
          asked = performance.now();
          add(plan.more());
        }
        await turn();
      } else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closing = true;
    // No more files to take, and no worker left waiting for the output.
    Atomics.store(claims, CLAIMS.next, total);
    Atomics.notify(claims, CLAIMS.limit);
    await Promise.all(running.map((worker) => worker.terminate()));
  }
}

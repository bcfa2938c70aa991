// A scan worker thread's code, bundled on its own as dist/debias-scan-worker.mjs (see
// scripts/build-cli.ts) and started by scan-pool.ts: it takes files from the shared counter,
// checks each and replies with the outcome, until none are left.
import { parentPort, workerData } from 'node:worker_threads';
import { CLAIMS, claim } from './scan-claims';
import { nodeIo } from './node-io';
import { scanFile } from './scan-file';
import type { ScanReply, ScanWorkerData } from './scan-pool';

const { settings, tasks, claims: shared, slot } = workerData as ScanWorkerData;
const claims = new Int32Array(shared);
const io = nodeIo();
const encoder = new TextEncoder();

for (;;) {
  const limit = Atomics.load(claims, CLAIMS.limit);
  const index = claim(claims, tasks.length);
  if (index === 'none') break;
  if (index === 'later') {
    // Woken when the main thread has written more (or is stopping); at once if it already has.
    Atomics.wait(claims, CLAIMS.limit, limit);
    continue;
  }
  Atomics.store(claims, CLAIMS.held + slot, index);
  const outcome = await scanFile(tasks[index]!, io, settings);
  if (outcome.ok) {
    // The report is made here and sent as UTF-8 whose memory moves to the main thread, not copied:
    // that thread only writes it out (as text it would copy it, keep it in its heap, then encode it).
    const report = Array.from(outcome.report, (piece) => (typeof piece === 'string' ? encoder.encode(piece) : piece));
    parentPort!.postMessage({ index, outcome: { ...outcome, report } } satisfies ScanReply, report.map((bytes) => bytes.buffer as ArrayBuffer));
  } else parentPort!.postMessage({ index, outcome } satisfies ScanReply);
  Atomics.store(claims, CLAIMS.held + slot, -1);
}

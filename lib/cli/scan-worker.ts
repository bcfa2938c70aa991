// A scan worker thread's code, bundled on its own as dist/debias-scan-worker.mjs (see
// scripts/build-cli.ts) and started by scan-pool.ts: it checks each file it is sent and replies
// with the outcome.
import { parentPort, workerData } from 'node:worker_threads';
import { nodeIo } from './node-io';
import { scanFile } from './scan-file';
import type { ScanReply, ScanRequest, ScanWorkerData } from './scan-pool';

const { settings } = workerData as ScanWorkerData;
const io = nodeIo();
const encoder = new TextEncoder();
parentPort!.on('message', async ({ index, task }: ScanRequest) => {
  const outcome = await scanFile(task, io, settings);
  if (!outcome.ok) {
    parentPort!.postMessage({ index, outcome } satisfies ScanReply);
    return;
  }
  // The report is made here and sent as UTF-8 whose memory moves to the main thread, not copied:
  // that thread only writes it out (as text it would copy it, keep it in its heap, then encode it).
  const report = Array.from(outcome.report, (piece) => (typeof piece === 'string' ? encoder.encode(piece) : piece));
  parentPort!.postMessage({ index, outcome: { ...outcome, report } } satisfies ScanReply, report.map((bytes) => bytes.buffer as ArrayBuffer));
});

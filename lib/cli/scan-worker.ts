// A scan worker thread's code, bundled on its own as dist/debias-scan-worker.mjs (see
// scripts/build-cli.ts) and started by scan-pool.ts: it checks each file it is sent and replies
// with the outcome.
import { parentPort, workerData } from 'node:worker_threads';
import { nodeIo } from './node-io';
import { scanFile } from './scan-file';
import type { ScanReply, ScanRequest, ScanWorkerData } from './scan-pool';

const { settings } = workerData as ScanWorkerData;
const io = nodeIo();
parentPort!.on('message', async ({ index, task }: ScanRequest) => {
  const outcome = await scanFile(task, io, settings);
  // The report's pieces are made here, as an array that can pass between threads.
  parentPort!.postMessage({ index, outcome: outcome.ok ? { ...outcome, report: [...outcome.report] } : outcome } satisfies ScanReply);
});

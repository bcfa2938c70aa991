import { parentPort, workerData } from 'node:worker_threads';
import { nodeIo } from './node-io';
import { scanFile } from './scan-file';
import type { ScanReply, ScanRequest, ScanWorkerData } from './scan-pool';

/** A scan worker: checks each file it is sent and replies with the outcome. */
export function runScanWorker(): void {
  const { settings } = workerData as ScanWorkerData;
  const io = nodeIo();
  parentPort!.on('message', async ({ index, task }: ScanRequest) => {
    parentPort!.postMessage({ index, outcome: await scanFile(task, io, settings) } satisfies ScanReply);
  });
}

import { parentPort, workerData } from 'node:worker_threads';
import { nodeIo } from './node-io';
import { scanFile } from './scan-file';
import type { ScanReply, ScanRequest, ScanWorkerData } from './scan-pool';

/** A scan worker: checks each file it is sent and replies with the outcome. */
export async function runScanWorker(): Promise<void> {
  const { settings } = workerData as ScanWorkerData;
  const io = nodeIo();
  parentPort!.on('message', async ({ index, task }: ScanRequest) => {
    parentPort!.postMessage({ index, outcome: await scanFile(task, io, settings) } satisfies ScanReply);
  });
  // The engine compiles its rules on first use: do it before saying so, while the main thread
  // goes on checking files itself.
  await scanFile({ file: 'warm-up.txt', bytes: new TextEncoder().encode('We want a young, energetic team player.') }, io, settings);
  parentPort!.postMessage({ ready: true } satisfies ScanReply);
}

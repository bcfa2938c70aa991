// The entry point that scripts/build-cli.ts bundles into dist/debias.mjs, which bin/debias.js runs.
// The same module is the scan workers' code: a worker thread started by scan-pool.ts runs it too.
import { main } from './main';
import { nodeIo } from './node-io';
import { isScanWorker } from './scan-pool';

if (isScanWorker()) (await import('./scan-worker')).runScanWorker();
else {
  // `debias scan … | head` closes the pipe early: stop quietly, as other command-line tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2), nodeIo(new URL(import.meta.url)));
}

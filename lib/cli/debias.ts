// The entry point that scripts/build-cli.ts bundles into dist/debias.mjs, which bin/debias.js runs.
// It holds only the help and the option parser: each subcommand is a bundle of its own, loaded
// when asked for, so `debias help` and `debias --version` start as fast as Node itself.
import { main } from './main';
import { nodeIo } from './node-io';

// Scan's worker threads run their own bundle, built beside this one.
process.exitCode = await main(process.argv.slice(2), nodeIo(new URL('./debias-scan-worker.mjs', import.meta.url)));

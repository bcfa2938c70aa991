// The entry point that scripts/build-cli.ts bundles into dist/debias.mjs, which bin/debias.js runs.
// It holds only the help and the option parser: each subcommand is a bundle of its own, loaded
// when asked for, so `debias help` and `debias --version` start as fast as Node itself.
import { main } from './main';
import { nodeIo, outputSettled } from './node-io';

// Scan's worker threads run their own bundle, built beside this one.
const code = await main(process.argv.slice(2), nodeIo(new URL('./debias-scan-worker.mjs', import.meta.url)));
// Left to end by itself, Node first tears its environment and V8 down: from the command's last
// output to its end took 80 ms against 46 ms when it exits at once (300 adverts), and 137 ms against
// 28 ms (5 adverts; medians of 7 at load 15). So it exits at once, unless output is still queued.
if (outputSettled()) process.exit(code);
process.exitCode = code;

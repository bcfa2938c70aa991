#!/usr/bin/env node
// The `debias` command: runs the CLI that `npm run build:cli` (also part of `npm install` and
// `npm run build`) bundles from lib/cli/ into dist/ (see scripts/build-cli.ts).
//
// CommonJS (bin/package.json), so that `debias help` prints the usage text the build wrote, from
// the same option definitions, without starting Node's ES module loader: about 20 ms of Node 20's
// start-up. Everything else loads the built command.
const { readFileSync } = require('node:fs');
const path = require('node:path');

/** Prints the built usage text for `debias help`; false when the command is not built yet. */
function printBuiltUsage() {
  try {
    process.stdout.write(readFileSync(path.join(__dirname, '../dist/usage.txt')));
    return true;
  } catch {
    return false;
  }
}

const [given] = process.argv.slice(2);
if (!((given === 'help' || given === '--help' || given === '-h') && printBuiltUsage())) {
  // Node 22 and later can keep the compiled command between runs, for a faster start. Node 20
  // cannot, and loading node:module just to find that out costs it a few milliseconds of start-up.
  if (!process.versions.node.startsWith('20.')) require('node:module').enableCompileCache?.();
  import('../dist/debias.mjs').catch((error) => {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/debias.mjs')) throw error;
    process.stderr.write('debias: the command is not built yet. Run `npm run build:cli` (or `npm install`) in the De-bias folder.\n');
    process.exitCode = 2;
  });
}

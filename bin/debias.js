#!/usr/bin/env node
// The `debias` command: runs the CLI that `npm run build:cli` (also part of `npm install` and
// `npm run build`) bundles from lib/cli/ into dist/ (see scripts/build-cli.ts).

// Node 22 and later can keep the compiled command between runs, for a faster start. Node 20 cannot,
// and loading node:module just to find that out costs it a few milliseconds of start-up.
if (!process.versions.node.startsWith('20.')) (await import('node:module')).enableCompileCache?.();
try {
  await import('../dist/debias.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/debias.mjs')) throw error;
  process.stderr.write('debias: the command is not built yet. Run `npm run build:cli` (or `npm install`) in the De-bias folder.\n');
  process.exitCode = 2;
}

// `npm run build:cli` (also run by `npm run build` and npm's `prepare`): bundles the CLI into
// dist/, ES modules with the engine and its compiled rules inlined. Needs
// lib/engine/compiled-rules.json (`npm run wordlists`).
//
// Each run loads only what it needs, since compiling code is most of a short run's start-up:
// - dist/debias.mjs, the entry: the help, --version and the option parser only (a few kilobytes);
// - dist/usage.txt, the help text from the same option definitions, which bin/debias.js prints
//   for `debias help` without loading any of these modules;
// - dist/debias-scan.mjs, the scan command, without the engine: with worker threads, this thread
//   only hands out files and prints;
// - dist/debias-scan-file.mjs, reading and checking one file, with the engine: loaded by the scan
//   command when it checks files itself, and by each worker thread;
// - dist/debias-scan-worker.mjs, what scan's worker threads run;
// - dist/debias-anonymise.mjs, the anonymise command with the anonymiser, zod and libphonenumber;
// - dist/debias-html.mjs, the HTML reader with happy-dom and Readability, loaded when a page is
//   read (happy-dom's 600 modules cost about a second to load one by one, a quarter of that as
//   one file).
// mammoth (.docx) and pdfjs-dist (.pdf) load from node_modules. DEBIAS_CLI_MINIFY=0 keeps the
// names, for profiling (`node --cpu-prof bin/debias.js …`).
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type BuildOptions, build } from 'esbuild';
import { usage } from '../lib/cli/options';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
export const CLI_BUNDLE = path.join(dist, 'debias.mjs');

/** Modules bundled on their own: the import that loads each (from lib/cli/), and its file. */
const APART: Record<string, { entry: string; file: string; commonJs?: true }> = {
  './scan': { entry: 'lib/cli/scan.ts', file: 'debias-scan.mjs' },
  './scan-file': { entry: 'lib/cli/scan-file.ts', file: 'debias-scan-file.mjs' },
  './anonymise': { entry: 'lib/cli/anonymise.ts', file: 'debias-anonymise.mjs' },
  // happy-dom's dependencies are CommonJS and call require().
  './read-html': { entry: 'lib/cli/read-html.ts', file: 'debias-html.mjs', commonJs: true },
};
/** Started as a worker thread by its path, which debias.ts gives, not imported. */
const SCAN_WORKER: { entry: string; file: string; commonJs?: true } = { entry: 'lib/cli/scan-worker.ts', file: 'debias-scan-worker.mjs' };

const common: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['mammoth', 'pdfjs-dist'],
  alias: { '@': root },
  minify: process.env.DEBIAS_CLI_MINIFY !== '0',
  legalComments: 'eof',
  logLevel: 'warning',
  plugins: [
    {
      name: 'bundled-apart',
      setup: (b) =>
        b.onResolve({ filter: /^\.\/(?:scan|scan-file|anonymise|read-html)$/ }, (args) => {
          const apart = APART[args.path];
          // Only where lib/cli loads it, and not inside its own bundle.
          if (!apart || path.dirname(args.importer) !== path.join(root, 'lib/cli') || path.resolve(root, apart.entry) === args.importer) return undefined;
          return { path: `./${apart.file}`, external: true };
        }),
    },
  ],
};

/** For bundled CommonJS code that calls require(). */
const REQUIRE = "import { createRequire as __debiasRequire } from 'node:module'; const require = __debiasRequire(import.meta.url);";

export async function buildCli(): Promise<void> {
  if (!existsSync(path.join(root, 'lib/engine/compiled-rules.json'))) throw new Error('lib/engine/compiled-rules.json is missing: run `npm run wordlists` first.');
  await Promise.all([
    build({ ...common, entryPoints: [path.join(root, 'lib/cli/debias.ts')], outfile: CLI_BUNDLE }),
    ...[...Object.values(APART), SCAN_WORKER].map(({ entry, file, commonJs }) =>
      build({ ...common, ...(commonJs && { banner: { js: REQUIRE } }), entryPoints: [path.join(root, entry)], outfile: path.join(dist, file) }),
    ),
  ]);
  writeFileSync(path.join(dist, 'usage.txt'), usage());
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await buildCli();

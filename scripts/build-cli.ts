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
// - dist/debias-scan-file.mjs, reading and checking one file (the engine apart, below): loaded by
//   the scan command when it checks files itself, and by each worker thread;
// - dist/debias-engine.cjs, the engine, which debias-scan-file.mjs loads with V8's code cache
//   dist/debias-engine.cache, written here by checking the test fixtures and the tuned corpus with it (see
//   lib/cli/load-engine.ts);
// - dist/debias-scan-worker.mjs, what scan's worker threads run;
// - dist/debias-anonymise.mjs, the anonymise command with the anonymiser, zod and libphonenumber;
// - dist/debias-html.mjs, the HTML reader with happy-dom and Readability, loaded when a page is
//   read (happy-dom's 600 modules cost about a second to load one by one, a quarter of that as
//   one file).
// mammoth (.docx) and pdfjs-dist (.pdf) load from node_modules. DEBIAS_CLI_MINIFY=0 keeps the
// names, for profiling (`node --cpu-prof bin/debias.js …`).
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  // esbuild's table has Node without `\p{…}` in patterns, so it would write each such literal as
  // `new RegExp(source)`. Node 20 reads them, and a literal inside a function is then made from
  // the pattern it already holds, compiled, where `new RegExp` looks the source up in V8's cache of
  // patterns each call, and after a garbage collection empties that cache, parses and compiles it again.
  supported: { 'regexp-unicode-property-escapes': true },
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

/** In the built command, scan-file.ts gets the engine from its own bundle, with its code cache. */
const ENGINE_LOADER: NonNullable<BuildOptions['plugins']>[number] = {
  name: 'engine-loader',
  setup: (b) =>
    b.onResolve({ filter: /^\.\.\/engine$/ }, (args) =>
      args.importer === path.join(root, 'lib/cli/scan-file.ts') ? { path: path.join(root, 'lib/cli/load-engine.ts') } : undefined,
    ),
};

/**
 * Texts the engine checks while its code cache is made: the fixtures, adverts and emails, and the
 * tuned corpus (tests/corpus/adverts, 230 adverts and e-mails), whose variety reaches functions the
 * 8 fixtures never call. The cache grows from 1.33 to 1.40 MB; checking the study slice's 316 texts
 * after the corpus adds 5 KB of bytecode to it (after the fixtures alone, 300 synthetic adverts added
 * 58 KB), and 100 of those texts, none among the cache's, take 0.6 % fewer instructions on one thread
 * (3.172 -> 3.152 billion, cachegrind): a few milliseconds per thread.
 */
const CACHE_TEXTS = ['tests/fixtures/adverts', 'tests/fixtures/emails', 'tests/corpus/adverts'].flatMap((dir) =>
  existsSync(path.join(root, dir)) ? readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, dir, f)) : [],
);

/**
 * The compiled rules and concepts (640 KB) as a string that JSON.parse reads at load, not as an object
 * literal: V8 parses JSON several times faster than it runs the code that builds the same objects,
 * and every thread of a scan loads the engine.
 */
/** JSON with every character past ASCII escaped (“ as \u201c): V8 keeps an ASCII string in one byte per character, half the memory and code cache. */
const asciiJson = (json: string) => JSON.stringify(JSON.parse(json)).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const JSON_PARSED: NonNullable<BuildOptions['plugins']>[number] = {
  name: 'json-parsed',
  setup: (b) =>
    b.onLoad({ filter: /compiled-(?:rules|concepts)\.json$/ }, (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(asciiJson(readFileSync(args.path, 'utf8')))});`,
      loader: 'js',
    })),
};

/**
 * The engine bundle with every character past ASCII written as an escape (– as \u2013), so that
 * every thread reads it as Latin-1, fast (see lib/cli/load-engine.ts). esbuild escapes them in
 * strings but leaves them in regular expressions, where the escape means the same character. One
 * after a backslash is left, and the build then stops: there the escape would not mean the same.
 */
function writeAscii(file: string): void {
  const ascii = readFileSync(file, 'utf8').replace(/(?<!\\)[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (!isAscii(Buffer.from(ascii))) throw new Error(`${file} has a character past ASCII that cannot be escaped.`);
  writeFileSync(file, ascii);
}

/** Bundles the engine on its own and writes its code cache, made by a run of plain Node. */
async function buildEngine(): Promise<void> {
  const maker = path.join(dist, 'debias-make-engine-cache.mjs');
  const engine = path.join(dist, 'debias-engine.cjs');
  rmSync(path.join(dist, 'debias-engine.cache'), { force: true });
  await Promise.all([
    build({
      ...common,
      format: 'cjs',
      plugins: [...common.plugins!, JSON_PARSED],
      entryPoints: [path.join(root, 'lib/engine/index.ts')],
      outfile: engine,
    }),
    build({ ...common, entryPoints: [path.join(root, 'lib/cli/make-engine-cache.ts')], outfile: maker }),
  ]);
  writeAscii(engine);
  const made = spawnSync(process.execPath, [maker, ...CACHE_TEXTS], { encoding: 'utf8' });
  rmSync(maker);
  if (made.status !== 0) throw new Error(`The engine's code cache could not be made: ${made.stderr}`);
}

/** For bundled CommonJS code that calls require(). */
const REQUIRE = "import { createRequire as __debiasRequire } from 'node:module'; const require = __debiasRequire(import.meta.url);";

export async function buildCli(): Promise<void> {
  if (!existsSync(path.join(root, 'lib/engine/compiled-rules.json'))) throw new Error('lib/engine/compiled-rules.json is missing: run `npm run wordlists` first.');
  await Promise.all([
    build({ ...common, entryPoints: [path.join(root, 'lib/cli/debias.ts')], outfile: CLI_BUNDLE }),
    ...[...Object.values(APART), SCAN_WORKER].map(({ entry, file, commonJs }) =>
      build({
        ...common,
        ...(commonJs && { banner: { js: REQUIRE } }),
        plugins: [...common.plugins!, ENGINE_LOADER],
        entryPoints: [path.join(root, entry)],
        outfile: path.join(dist, file),
      }),
    ),
    buildEngine(),
  ]);
  writeFileSync(path.join(dist, 'usage.txt'), usage());
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await buildCli();

// `npm run build:cli` (also run by `npm run build` and npm's `prepare`): bundles the CLI into
// dist/debias.mjs, one ES module with `help`, `scan`, the engine and its compiled rules inlined,
// which is also what scan's worker threads run. Needs lib/engine/compiled-rules.json
// (`npm run wordlists`).
//
// What only some runs need is bundled apart and loaded only then, so that start-up (and each
// worker) compiles a quarter of the code: the anonymise command with the anonymiser, zod and
// libphonenumber (dist/debias-anonymise.mjs), and the HTML reader with happy-dom and Readability
// (dist/debias-html.mjs; happy-dom's 600 modules cost about a second to load one by one, a quarter
// of that as one file). mammoth (.docx) and pdfjs-dist (.pdf) load from node_modules.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type BuildOptions, build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
export const CLI_BUNDLE = path.join(dist, 'debias.mjs');

/** Modules bundled on their own: the import that loads each (from lib/cli/), and its file. */
const APART: Record<string, { entry: string; file: string }> = {
  './anonymise': { entry: 'lib/cli/anonymise.ts', file: 'debias-anonymise.mjs' },
  './read-html': { entry: 'lib/cli/read-html.ts', file: 'debias-html.mjs' },
};

const common: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['mammoth', 'pdfjs-dist'],
  alias: { '@': root },
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
  // Their own dependencies may be CommonJS and call require() (happy-dom's do).
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  plugins: [
    {
      name: 'bundled-apart',
      setup: (b) =>
        b.onResolve({ filter: /^\.\/(?:anonymise|read-html)$/ }, (args) => {
          const apart = APART[args.path];
          // Only where lib/cli loads it, and not inside its own bundle.
          if (!apart || path.dirname(args.importer) !== path.join(root, 'lib/cli') || path.resolve(root, apart.entry) === args.importer) return undefined;
          return { path: `./${apart.file}`, external: true };
        }),
    },
  ],
};

export async function buildCli(): Promise<void> {
  if (!existsSync(path.join(root, 'lib/engine/compiled-rules.json'))) throw new Error('lib/engine/compiled-rules.json is missing: run `npm run wordlists` first.');
  await Promise.all([
    build({ ...common, entryPoints: [path.join(root, 'lib/cli/debias.ts')], outfile: CLI_BUNDLE }),
    ...Object.values(APART).map(({ entry, file }) => build({ ...common, entryPoints: [path.join(root, entry)], outfile: path.join(dist, file) })),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await buildCli();

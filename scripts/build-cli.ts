// `npm run build:cli` (also run by `npm run build` and npm's `prepare`): bundles the CLI into
// dist/debias.mjs, one ES module with the engine, its compiled rules, the anonymiser and zod
// inlined. Needs lib/engine/compiled-rules.json (`npm run wordlists`).
//
// What only some files need is loaded only for them. The HTML reader (happy-dom, Readability, the
// NHS Jobs extractor) is bundled on its own into dist/debias-html.mjs: happy-dom's 600 modules
// cost about a second to load one by one, a quarter of that as one file. mammoth (.docx) and
// pdfjs-dist (.pdf) load from node_modules.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
export const CLI_BUNDLE = path.join(root, 'dist/debias.mjs');
const HTML_BUNDLE = 'debias-html.mjs';

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
};

export async function buildCli(): Promise<void> {
  if (!existsSync(path.join(root, 'lib/engine/compiled-rules.json'))) throw new Error('lib/engine/compiled-rules.json is missing: run `npm run wordlists` first.');
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(root, 'lib/cli/debias.ts')],
      outfile: CLI_BUNDLE,
      plugins: [
        {
          name: 'html-reader-apart',
          setup: (b) => b.onResolve({ filter: /^\.\/read-html$/ }, () => ({ path: `./${HTML_BUNDLE}`, external: true })),
        },
      ],
    }),
    build({
      ...common,
      entryPoints: [path.join(root, 'lib/cli/read-html.ts')],
      outfile: path.join(path.dirname(CLI_BUNDLE), HTML_BUNDLE),
      // happy-dom's own dependencies are CommonJS and call require().
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    }),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await buildCli();

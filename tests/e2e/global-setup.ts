import path from 'node:path';
import { build } from 'esbuild';

/** Builds the one fixture page that needs a bundle: the React-controlled form. */
export default async function globalSetup(): Promise<void> {
  const pages = path.resolve(import.meta.dirname, '../pages');
  await build({
    entryPoints: [path.join(pages, 'src/employer-react.tsx')],
    outfile: path.join(pages, 'nhs-jobs/employer-react.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}

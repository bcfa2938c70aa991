// Vitest global setup: the CLI tests spawn the built command (dist/debias.mjs), so build it first
// when any source is newer than the build. Cheap when nothing changed: one walk over file times.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildCli, CLI_BUNDLE } from '../../../scripts/build-cli';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function newest(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

export default async function setup(): Promise<void> {
  const sources = ['lib', 'scripts/build-cli.ts', 'package.json'].map((p) => newest(path.join(ROOT, p)));
  if (!existsSync(CLI_BUNDLE) || Math.max(...sources) > statSync(CLI_BUNDLE).mtimeMs) await buildCli();
}

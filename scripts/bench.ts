// `npm run bench`: the speed and size figures the issues set targets for. Medians of repeated
// runs in this process; sizes gzipped from the built extension (run `npm run build` first).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchEngine } from './bench/engine';

const root = path.resolve(import.meta.dirname, '..');

function contentScriptSizes(): void {
  const dir = path.join(root, '.output/chrome-mv3/content-scripts');
  if (!existsSync(dir)) {
    console.log('Content scripts: not built (run `npm run build` first)');
    return;
  }
  console.log('\nContent scripts, gzipped (target under 150 KB each):');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const kb = gzipSync(readFileSync(path.join(dir, file))).length / 1024;
    console.log(`  ${file.padEnd(28)} ${kb.toFixed(1)} KB`);
  }
}

async function main(): Promise<void> {
  await benchEngine(root);
  contentScriptSizes();
  const extra = path.join(root, 'scripts/bench');
  for (const file of readdirSync(extra).filter((f) => f !== 'engine.ts' && f.endsWith('.ts')).sort()) {
    execFileSync('npx', ['tsx', path.join(extra, file)], { stdio: 'inherit', cwd: root });
  }
}

await main();

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { text as alexText } from 'alex';
import { build } from 'esbuild';
import { analyse } from '../../lib/engine';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The median of `runs` calls after `warmUp` more. The first call compiles the rules; V8 then takes
 * about a hundred calls of a 1,000-word advert to optimise the engine's own code, so a median of the
 * 100 calls after the first measured mostly that (1.3 to 2.7 times the time of later calls, on a
 * loaded machine on 2026-12-02), and the 10,000-word figure, taken after them, looked cheaper per
 * word than the 1,000-word one.
 */
function time(fn: () => void, runs: number, warmUp: number): number {
  for (let i = 0; i < warmUp; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** An advert of about `words` words, built from the realistic fixture adverts. */
export function advertOfWords(root: string, words: number): string {
  const dir = path.join(root, 'tests/fixtures/adverts');
  const base = ['practice-nurse.txt', 'dental-nurse.txt', 'clinical-pharmacist.txt']
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n\n');
  const parts: string[] = [];
  let count = 0;
  while (count < words) {
    for (const word of base.split(/(\s+)/)) {
      parts.push(word);
      if (/\S/.test(word) && ++count >= words) break;
    }
    parts.push('\n\n');
  }
  return parts.join('');
}

export async function benchEngine(root: string): Promise<void> {
  console.log('Engine: median time to analyse an advert (targets: 1,000 words under 2 ms, 10,000 words under 15 ms)');
  console.log('  "cold" is the calls right after the first (V8 still optimising, as on a page checked once); "warm" the same number after them.');
  for (const words of [1000, 10000]) {
    const text = advertOfWords(root, words);
    const runs = words > 5000 ? 30 : 100;
    const cold = time(() => analyse(text, { context: 'advert' }), runs, 1);
    const warm = time(() => analyse(text, { context: 'advert' }), runs, 0);
    const alex = time(() => alexText(text), words > 5000 ? 5 : 15, 1);
    console.log(
      `  ${words.toLocaleString('en-GB').padStart(6)} words: De-bias cold ${cold.toFixed(2)} ms, warm ${warm.toFixed(2)} ms; alex ${alex.toFixed(1)} ms (De-bias warm is ${(alex / warm).toFixed(0)}x faster)`,
    );
  }
  const bundle = await build({
    entryPoints: [path.join(root, 'lib/engine/index.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
  });
  const code = bundle.outputFiles[0]!.contents;
  console.log(`  Engine bundle (rules included): ${(code.length / 1024).toFixed(1)} KB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzipped`);
}

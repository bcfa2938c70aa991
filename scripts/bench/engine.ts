import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** The engine as the extension and the `debias` command run it: one esbuild bundle, minified. */
export async function bundleEngine(root: string): Promise<Uint8Array> {
  const bundle = await build({
    entryPoints: [path.join(root, 'lib/engine/index.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
  });
  return bundle.outputFiles[0]!.contents;
}

/**
 * The targets are judged on the bundle, which is the code users run. The figure under tsx (the
 * tests' and eval's loader) is printed beside it: tsx keeps function names, wrapping each closure in
 * a call that the bundle does not make, so it reads slower (lib/engine/README.md).
 */
export async function benchEngine(root: string): Promise<void> {
  const code = await bundleEngine(root);
  const dir = mkdtempSync(path.join(tmpdir(), 'debias-engine-'));
  const file = path.join(dir, 'engine.mjs');
  writeFileSync(file, code);
  const shipped = (await import(pathToFileURL(file).href)) as { analyse: typeof analyse };
  rmSync(dir, { recursive: true, force: true });
  console.log('Engine: median time to analyse an advert (targets: 1,000 words under 2 ms, 10,000 words under 15 ms, as shipped)');
  console.log('  "cold" is the calls right after the first (V8 still optimising, as on a page checked once); "warm" the same number after them.');
  console.log('  "as shipped" is the esbuild bundle the extension and the CLI run; "under tsx" the source as the tests load it.');
  for (const words of [1000, 10000]) {
    const text = advertOfWords(root, words);
    const runs = words > 5000 ? 30 : 100;
    const figures = (engine: typeof analyse) => {
      const cold = time(() => engine(text, { context: 'advert' }), runs, 1);
      const warm = time(() => engine(text, { context: 'advert' }), runs, 0);
      return { cold, warm };
    };
    const bundled = figures(shipped.analyse);
    const source = figures(analyse);
    const alex = time(() => alexText(text), words > 5000 ? 5 : 15, 1);
    const limit = words > 5000 ? 15 : 2;
    console.log(
      `  ${words.toLocaleString('en-GB').padStart(6)} words: as shipped cold ${bundled.cold.toFixed(2)} ms, warm ${bundled.warm.toFixed(2)} ms (warm: ${bundled.warm <= limit ? 'met' : 'NOT met'}); ` +
        `under tsx cold ${source.cold.toFixed(2)} ms, warm ${source.warm.toFixed(2)} ms; alex ${alex.toFixed(1)} ms (as shipped, warm, ${(alex / bundled.warm).toFixed(0)}x faster)`,
    );
  }
  console.log(`  Engine bundle (rules included): ${(code.length / 1024).toFixed(1)} KB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzipped`);
}

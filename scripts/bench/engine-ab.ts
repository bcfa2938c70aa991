// Interleaved A/B timing of two copies of the engine in one process, for a speed change:
//   git worktree add --detach /tmp/base main && ln -s "$PWD/node_modules" /tmp/base/ && (cd /tmp/base && npm run -s wordlists)
//   npx tsx scripts/bench/engine-ab.ts /tmp/base . [rounds] [--bundle]
// With --bundle, each side is its esbuild bundle, as shipped (the targets are judged on it); without,
// the source under tsx.
// Blocks of calls alternate between the two (A first in odd rounds, B first in even ones); each
// block's median wall time and its CPU time per call are kept, and the median of the rounds' B/A
// ratios is printed. On a shared machine CPU time (process.cpuUsage) is far steadier than wall time;
// an A/A run (the same commit twice) still differs by up to about 4 %, so smaller gains are noise.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { advertOfWords, bundleEngine } from './engine';

type Analyse = (text: string, options: { context: 'advert' }) => unknown;

const args = process.argv.slice(2).filter((a) => a !== '--bundle');
const bundled = process.argv.includes('--bundle');
const [rootA, rootB] = [path.resolve(args[0] ?? '.'), path.resolve(args[1] ?? '.')];
const rounds = Number(args[2] ?? 20);
const dir = mkdtempSync(path.join(tmpdir(), 'debias-ab-'));

/** The engine of a worktree: its bundle written out and imported, or its source. */
async function engineOf(root: string, name: string): Promise<Analyse> {
  if (!bundled) return (await import(path.join(root, 'lib/engine/index.ts'))).analyse;
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, await bundleEngine(root));
  return (await import(pathToFileURL(file).href)).analyse;
}
const A = await engineOf(rootA, 'a');
const B = await engineOf(rootB, 'b');
rmSync(dir, { recursive: true, force: true });

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The median wall time of `calls` calls, and their CPU time per call. */
function block(analyse: Analyse, text: string, calls: number): [number, number] {
  const times: number[] = [];
  const cpu = cpuMs();
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    analyse(text, { context: 'advert' });
    times.push(performance.now() - t);
  }
  return [median(times), (cpuMs() - cpu) / calls];
}

for (const words of [1000, 10000]) {
  const text = advertOfWords(rootB, words);
  const calls = words > 5000 ? 4 : 30;
  // Both warmed up past V8's optimisation of the engine's code (see time() in engine.ts).
  for (let i = 0; i < (words > 5000 ? 30 : 200); i++) {
    A(text, { context: 'advert' });
    B(text, { context: 'advert' });
  }
  const wall: number[] = [];
  const cpu: number[] = [];
  const cpuA: number[] = [];
  const cpuB: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const [a, b] = r % 2 ? [block(A, text, calls), block(B, text, calls)] : [block(B, text, calls), block(A, text, calls)].reverse();
    wall.push(b![0] / a![0]);
    cpu.push(b![1] / a![1]);
    cpuA.push(a![1]);
    cpuB.push(b![1]);
  }
  console.log(
    `${words.toLocaleString('en-GB').padStart(6)} words: CPU per call A ${median(cpuA).toFixed(2)} ms, B ${median(cpuB).toFixed(2)} ms; B/A CPU ${median(cpu).toFixed(3)}, wall ${median(wall).toFixed(3)} (${rounds} rounds, ${bundled ? 'bundles' : 'source under tsx'})`,
  );
}

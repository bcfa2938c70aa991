// Interleaved A/B timing of two copies of the engine in one process, for a speed change:
//   git worktree add --detach /tmp/base main && ln -s "$PWD/node_modules" /tmp/base/ && (cd /tmp/base && npm run -s wordlists)
//   npx tsx scripts/engine-ab.ts /tmp/base . [rounds] [--bundle]   (a tool for comparing builds, not part of `npm run bench`)
// With --bundle, each side is its esbuild bundle, as shipped (the targets are judged on it); without,
// the source under tsx.
// Each engine runs in a worker thread of its own, one at a time. Loaded side by side in one thread,
// the engine loaded second read 3-5 % slower than the same engine loaded first (an A/A run gave
// 1.048, and base13 against round 13's first changes 1.002 one way round and 1.052 the other): V8
// shares a thread's compiled code and regular expressions, so the second copy was compiled and laid
// out in what the first left. Blocks of calls alternate between the two (A first in odd rounds, B
// first in even ones); each block's median wall time and its CPU time per call are kept, and the
// median of the rounds' B/A ratios is printed. On a shared machine CPU time (process.cpuUsage) is
// far steadier than wall time; run it both ways round when a few per cent matter.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { advertOfWords, bundleEngine } from './bench/engine';

const args = process.argv.slice(2).filter((a) => a !== '--bundle');
const bundled = process.argv.includes('--bundle');
const [rootA, rootB] = [path.resolve(args[0] ?? '.'), path.resolve(args[1] ?? '.')];
const rounds = Number(args[2] ?? 20);
const dir = mkdtempSync(path.join(tmpdir(), 'debias-ab-'));

/**
 * A worker's code: loads one engine, then answers each request with the median wall time of its
 * calls and their CPU time per call (the process's, while the other thread waits).
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
import(workerData.engine).then(({ analyse }) => {
  parentPort.on('message', ({ text, calls }) => {
    const times = [];
    const cpu = cpuMs();
    for (let i = 0; i < calls; i++) {
      const t = performance.now();
      analyse(text, { context: 'advert' });
      times.push(performance.now() - t);
    }
    parentPort.postMessage([median(times), (cpuMs() - cpu) / calls]);
  });
  parentPort.postMessage('ready');
});
`;

/** A worker thread running the engine of a worktree: its bundle written out, or its source. */
async function engineOf(root: string, name: string): Promise<Worker> {
  let engine = pathToFileURL(path.join(root, 'lib/engine/index.ts')).href;
  if (bundled) {
    const file = path.join(dir, `${name}.mjs`);
    writeFileSync(file, await bundleEngine(root));
    engine = pathToFileURL(file).href;
  }
  const worker = new Worker(WORKER, { eval: true, workerData: { engine } });
  await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return worker;
}
const A = await engineOf(rootA, 'a');
const B = await engineOf(rootB, 'b');
rmSync(dir, { recursive: true, force: true });

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The median wall time of `calls` calls in the worker, and their CPU time per call. */
function block(worker: Worker, text: string, calls: number): Promise<[number, number]> {
  return new Promise((resolve) => {
    worker.once('message', resolve);
    worker.postMessage({ text, calls });
  });
}

for (const words of [1000, 10000]) {
  const text = advertOfWords(rootB, words);
  const calls = words > 5000 ? 4 : 30;
  // Both warmed up past V8's optimisation of the engine's code (see time() in engine.ts).
  for (let i = 0; i < (words > 5000 ? 30 : 200) / 10; i++) {
    await block(A, text, 10);
    await block(B, text, 10);
  }
  const wall: number[] = [];
  const cpu: number[] = [];
  const cpuA: number[] = [];
  const cpuB: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let a: [number, number];
    let b: [number, number];
    if (r % 2) {
      a = await block(A, text, calls);
      b = await block(B, text, calls);
    } else {
      b = await block(B, text, calls);
      a = await block(A, text, calls);
    }
    wall.push(b[0] / a[0]);
    cpu.push(b[1] / a[1]);
    cpuA.push(a[1]);
    cpuB.push(b[1]);
  }
  console.log(
    `${words.toLocaleString('en-GB').padStart(6)} words: CPU per call A ${median(cpuA).toFixed(2)} ms, B ${median(cpuB).toFixed(2)} ms; B/A CPU ${median(cpu).toFixed(3)}, wall ${median(wall).toFixed(3)} (${rounds} rounds, ${bundled ? 'bundles' : 'source under tsx'}, a worker thread each)`,
  );
}
await Promise.all([A.terminate(), B.terminate()]);

// Instruction counts of the `debias` command (issue 16): the whole process, all its threads, under
// valgrind's cachegrind without its cache simulation. On a machine shared by several agents, wall and
// processor time of one build varied by up to 30 % from run to run. Instruction counts of one build
// varied by 0.7 % when the machine was quiet, and by about 2 % at load 20-25 (V8's garbage collector
// and compiler threads depend on timing), so compare builds with runs taken side by side.
//
//   npx tsx scripts/cli-instructions.ts [count] [first]   (a tool for comparing builds, not part of `npm run bench`)
//
// Writes the synthetic corpus of `count` adverts (300 by default, the bench's; 14842 gives the
// NHS-Jobs-sized one of scripts/bench/cli.ts, the same files), and runs `scan --format json` on its
// first `first` adverts (all by default), once with this checkout's built command and, with
// BENCH_CLI_BASELINE=<folder>, once with that checkout's, then says whether their JSON outputs are
// byte-identical. Needs valgrind and the built command (`npm run build:cli`); slow: about 20 million
// instructions an advert under valgrind, a few minutes for 300.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { NHS_JOBS_ADVERTS, NHS_JOBS_WORDS, writeSyntheticAdverts } from './bench/cli/synthetic-adverts';

const ROOT = path.resolve(import.meta.dirname, '..');
const count = Number(process.argv[2] ?? 300);
const first = Number(process.argv[3] ?? count);
const baseline = process.env.BENCH_CLI_BASELINE ? path.resolve(process.env.BENCH_CLI_BASELINE) : undefined;

/** The instruction count of `scan --format json` by the checkout at `root`, and what it wrote. */
function counted(root: string, names: string[], dir: string): { instructions: number; output: Buffer } {
  const result = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, path.join(root, 'bin/debias.js'), 'scan', '--format', 'json', ...names],
    { cwd: dir, maxBuffer: 1024 * 1024 * 1024 },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(result.stderr.toString());
  if (result.error || !refs) throw new Error(`valgrind did not run the command in ${root}: ${result.error?.message ?? result.stderr.toString().slice(-500)}`);
  return { instructions: Number(refs[1]!.replaceAll(',', '')), output: result.stdout };
}

const work = mkdtempSync(path.join(tmpdir(), 'debias-instructions-'));
try {
  const { files } = writeSyntheticAdverts(work, count, count === NHS_JOBS_ADVERTS ? NHS_JOBS_WORDS / NHS_JOBS_ADVERTS : 400);
  const names = files.slice(0, first).map((f) => path.basename(f));
  const billions = (n: number) => `${(n / 1e9).toFixed(3)} billion`;
  console.log(`scan --format json, the first ${names.length} of ${count} synthetic adverts (load ${loadavg()[0]!.toFixed(1)})`);
  const ours = counted(ROOT, names, work);
  console.log(`  ${ROOT}: ${billions(ours.instructions)} instructions`);
  if (baseline) {
    const base = counted(baseline, names, work);
    const change = ((ours.instructions / base.instructions - 1) * 100).toFixed(1);
    console.log(`  ${baseline}: ${billions(base.instructions)} instructions (this checkout ${change} %)`);
    console.log(`  JSON output ${ours.output.equals(base.output) ? 'byte-identical' : 'DIFFERS'}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Temporary (engine-speed-12): base17's engine and this worktree's over every corpus document but the
// held-out slices (never read) and the real adverts of engine-29/30/35/39/43, in an advert at the
// default and strict settings and in an e-mail; prints every report that differs (there must be none).
//   npx tsx scripts/zz-engine-speed-12-diff.ts [/work/wt/base17]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleEngine } from './bench/engine';

const ROOT = path.resolve(import.meta.dirname, '..');
const BASE = path.resolve(process.argv[2] ?? '/work/wt/base17');
const DIRS = [
  ...['adverts', 'study', 'cvs'].map((d) => path.join(ROOT, 'tests/corpus', d)),
  ...['29', '30', '35', '39', '43'].map((n) => `/work/wt/engine-${n}-real/docs`),
];
type Analyse = (text: string, options: object) => unknown;

const dir = mkdtempSync(path.join(tmpdir(), 'zz-diff-'));
async function engineOf(root: string, name: string): Promise<Analyse> {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, await bundleEngine(root));
  return ((await import(pathToFileURL(file).href)) as { analyse: Analyse }).analyse;
}
const before = await engineOf(BASE, 'before');
const after = await engineOf(ROOT, 'after');
rmSync(dir, { recursive: true, force: true });

const RUNS: [string, object][] = [
  ['advert', { context: 'advert' }],
  ['advert strict', { context: 'advert', settings: { strictness: 'strict' } }],
  ['email', { context: 'email' }],
];
let texts = 0;
let differ = 0;
for (const d of DIRS) {
  for (const file of readdirSync(d).filter((f) => f.endsWith('.txt') && !f.startsWith('findings.')).sort()) {
    const text = readFileSync(path.join(d, file), 'utf8');
    texts++;
    for (const [name, options] of RUNS) {
      const a = JSON.stringify(before(text, options));
      const b = JSON.stringify(after(text, options));
      if (a === b) continue;
      differ++;
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      console.log(`DIFFERS ${path.relative('/work', path.join(d, file))} (${name}): …${a.slice(Math.max(0, i - 80), i + 120)}\n   now …${b.slice(Math.max(0, i - 80), i + 120)}`);
    }
  }
}
console.log(`${texts} texts, ${texts * RUNS.length} reports compared, ${differ} differ`);

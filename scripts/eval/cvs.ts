// The CV anonymiser on its annotated corpora (issue 12): leaks per identifier type, name recall,
// terms a panel needs kept, and other words removed, per slice. Run by `npm run eval`, or alone:
// `npx tsx scripts/eval/cvs.ts [--show-held-out]`. The held-out slice prints aggregates only,
// unless --show-held-out: whoever tunes the anonymiser must not see its misses.
import path from 'node:path';
import { type CorpusFigures, corpusDocuments, evaluate, HELD_OUT_SLICE, TUNED_SLICES } from '../../tests/unit/anonymise/corpus';

const ROOT = path.resolve(import.meta.dirname, '../..');
const showHeldOut = process.argv.includes('--show-held-out');
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(name: string, dir: string, details: boolean): void {
  const documents = corpusDocuments(path.join(ROOT, dir));
  if (!documents.length) {
    console.log(`CV anonymiser, ${name} (${dir}): no documents`);
    return;
  }
  const f: CorpusFigures = evaluate(documents);
  console.log(`CV anonymiser, ${name} (${dir}): ${f.documents} documents, library defaults`);
  console.log(`  Name recall:         ${f.nameRecall.toFixed(3)} (${f.namesFound} of ${f.namesTotal} name occurrences removed)`);
  console.log(`  Kept for the panel:  ${f.keepRate.toFixed(3)} (${f.keepKept} of ${f.keepTotal} keep terms)`);
  console.log(`  Other words removed: ${percent(f.otherWordsRemovedRate)}`);
  const leaked = Object.values(f.byType).reduce((n, t) => n + t.leaked, 0);
  console.log(`  Identifiers leaked:  ${leaked} (each one a failure)`);
  for (const [type, t] of Object.entries(f.byType).sort()) console.log(`    ${type.padEnd(20)} ${t.leaked} of ${t.total} leaked`);
  if (!details) return;
  for (const leak of f.leaks) console.log(`    LEAK ${leak}`);
  for (const name of f.namesMissed) console.log(`    NAME ${name}`);
  for (const term of f.keepMissing) console.log(`    LOST ${term}`);
}

for (const [name, dir] of Object.entries(TUNED_SLICES)) report(name, dir, true);
report('held-out', HELD_OUT_SLICE, showHeldOut);

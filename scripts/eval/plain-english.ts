// Plain English on the advert and email corpus (tests/corpus), apart from `scripts/eval/adverts.ts`:
// the corpus is annotated for biased wording, not for plain English, so there are no expected spans
// to score against. Printed: how often each rule fires (per document and per 1,000 words), the
// reading ages, and how duties are written; with --show-plain, every plain-English finding on the
// tuned slice in its sentence, to be read and judged. The held-out slice is summarised only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyse, type Finding, type Readability } from '../../lib/engine';
import { lineColumnMap } from '../../lib/engine/position';
import { CORPUS, SLICES, type Slice } from './adverts';

const ON = { categories: { 'plain-english': true } } as const;

interface Doc {
  id: string;
  text: string;
  words: number;
  findings: Finding[];
  readability: Readability | null;
}

function read(slice: Slice): Doc[] {
  const dir = path.join(CORPUS, SLICES[slice]);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const id = file.slice(0, -4);
      const text = readFileSync(path.join(dir, file), 'utf8');
      const { kind } = JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')) as { kind: 'advert' | 'email' };
      const report = analyse(text, { context: kind, settings: ON });
      return { id, text, words: report.words, findings: report.findings.filter((f) => f.category === 'plain-english'), readability: report.readability };
    });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

function summarise(name: string, docs: Doc[]): void {
  const words = docs.reduce((n, d) => n + d.words, 0);
  const findings = docs.flatMap((d) => d.findings);
  console.log(`\n== ${name}: ${docs.length} documents, ${words.toLocaleString('en-GB')} words, ${findings.length} plain-English findings ==`);
  const byRule = new Map<string, { findings: number; docs: number }>();
  for (const d of docs) {
    for (const rule of new Set(d.findings.map((f) => f.ruleId))) {
      const v = byRule.get(rule) ?? { findings: 0, docs: 0 };
      v.docs++;
      v.findings += d.findings.filter((f) => f.ruleId === rule).length;
      byRule.set(rule, v);
    }
  }
  for (const [rule, v] of [...byRule].sort((a, b) => b[1].findings - a[1].findings)) {
    console.log(`  ${rule.padEnd(20)} ${String(v.findings).padStart(4)} findings in ${String(v.docs).padStart(3)} documents, ${((v.findings / words) * 1000).toFixed(2)} per 1,000 words`);
  }
  const scored = docs.flatMap((d) => (d.readability ? [d.readability] : []));
  const bands = { within: 0, above: 0, 'well-above': 0 };
  for (const r of scored) bands[r.band]++;
  console.log(
    `  Reading age: ${scored.length} documents scored, median ${median(scored.map((r) => r.readingAge))}; within NHS guidance ${bands.within}, a little harder ${bands.above}, harder ${bands['well-above']}`,
  );
  const duties = scored.flatMap((r) => (r.duties ? [r.duties] : []));
  const total = duties.reduce((n, d) => n + d.total, 0);
  const youWill = duties.reduce((n, d) => n + d.youWill, 0);
  console.log(`  Duties: found in ${duties.length} documents, ${youWill} of ${total} written as "You will …"`);
}

function list(docs: Doc[]): void {
  console.log('\nEvery plain-English finding on the tuned slice (document line:column rule [text]):');
  for (const d of docs) {
    const at = lineColumnMap(d.text);
    for (const f of d.findings) {
      const { line, column } = at(f.start);
      const shown = f.text.length > 160 ? `${f.text.slice(0, 70)} … ${f.text.slice(-70)}` : f.text;
      const plain = f.suggestions.find((s) => s.kind === 'replace');
      console.log(`  ${d.id}:${line}:${column} ${f.ruleId} [${shown.replace(/\s+/g, ' ')}]${plain ? ` -> ${plain.text}` : ''}`);
    }
  }
}

const argv = process.argv.slice(2);
console.log('\nPlain English (the category switched on) on the same corpus; not annotated for it, so read, not scored.');
const tuned = read('tuned');
summarise('Tuned slice (tests/corpus/adverts)', tuned);
if (argv.includes('--show-plain')) list(tuned);
if (!argv.includes('--tuned')) {
  const heldOut = read('held-out');
  if (heldOut.length > 0) summarise('Held-out slice (tests/corpus/held-out), counts only', heldOut);
}

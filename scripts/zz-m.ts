import { analyse } from '../lib/engine';
for (const t of process.argv.slice(2)) {
  const r = analyse(t, { context: t.startsWith('Hi') ? 'email' : 'advert', minWordsForStatements: 1e9 } as never);
  console.log(JSON.stringify(t.slice(0, 80)), JSON.stringify(r.findings.map((f: { ruleId: string; start: number; end: number }) => `${f.ruleId}:${t.slice(f.start, f.end)}`)));
}

// `npm run eval`: precision, recall and leak figures on the annotated corpora. Each file in
// scripts/eval/ measures one corpus; arguments (e.g. --show-held-out) are passed to each.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const dir = path.join(import.meta.dirname, 'eval');
const files = existsSync(dir) ? readdirSync(dir) : [];
if (files.length === 0) console.log('No evaluations in scripts/eval/ yet.');
for (const file of files.filter((f) => f.endsWith('.ts')).sort()) {
  execFileSync('npx', ['tsx', path.join(dir, file), ...process.argv.slice(2)], { stdio: 'inherit' });
}

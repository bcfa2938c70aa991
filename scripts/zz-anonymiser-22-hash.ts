// Temporary (anonymiser-22): one hash of every output per CV slice, defaults and all options on.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { anonymise } from '../lib/anonymise/index';

const ROOT = path.resolve(import.meta.dirname, '..');
const all = { education: 'redact', employers: 'redact', jobTitle: 'redact', experienceYears: 'redact' } as const;
for (const slice of ['tests/fixtures/cvs', 'tests/corpus/cvs', 'tests/corpus/cvs-held-out']) {
  const dir = path.join(ROOT, slice);
  const hash = createHash('sha256');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      hash.update(JSON.stringify(anonymise(text)));
      hash.update(JSON.stringify(anonymise(text, all)));
    }
  }
  console.log(slice, hash.digest('hex').slice(0, 16));
}
{
  const { worstCases } = await import('../tests/unit/anonymise/worst-cases');
  const hash = createHash('sha256');
  for (const { text } of worstCases(100_000)) hash.update(JSON.stringify(anonymise(text, all)));
  console.log('worst cases 100 KB', hash.digest('hex').slice(0, 16));
}

// Run once by scripts/build-cli.ts, bundled, with the engine bundle just built beside it: checks
// the texts it is given, so that V8 compiles the engine's functions as a run of `debias scan`
// would, then writes what it compiled as the engine's code cache (see load-engine.ts).
// optimise-later comes first, as in scan-file.ts: V8 takes a cache only under the flags it was
// made with, so it is made under the main thread's, where a small batch is checked.
import './optimise-later';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { analyse, ENGINE_CACHE, engineCache } from './load-engine';

/** An e-mail by its folder (the fixtures) or by the kind its corpus case gives (file.json beside file.txt). */
function isEmail(file: string): boolean {
  if (file.includes('/emails/')) return true;
  const caseFile = file.replace(/\.txt$/, '.json');
  return existsSync(caseFile) && (JSON.parse(readFileSync(caseFile, 'utf8')) as { kind?: string }).kind === 'email';
}

for (const file of process.argv.slice(2)) analyse(readFileSync(file, 'utf8'), { context: isEmail(file) ? 'email' : 'advert' });
writeFileSync(ENGINE_CACHE, engineCache());

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtRegExps, type FoundRegExp, literalRegExps, ROOT } from './collect-regexps';
import { committedVerdicts, VERDICTS_FILE, verdictKey as key, verdicts } from './recheck-verdict';
import knownUnsafe from './redos-known-unsafe.json';

/** Sample texts that make the engine and the anonymiser build every pattern they build lazily. */
function samples(dir: string): string[] {
  const full = path.join(ROOT, dir);
  return readdirSync(full)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(full, f), 'utf8'));
}

async function runEverything(): Promise<void> {
  const { analyse } = await import('../../../lib/engine/index');
  const { anonymise } = await import('../../../lib/anonymise/index');
  const adverts = [...samples('tests/fixtures/adverts'), ...samples('tests/fixtures/emails')];
  for (const text of adverts) {
    for (const context of ['advert', 'email', 'question'] as const) {
      analyse(text, { context, settings: { strictness: 'strict' } });
    }
  }
  const everything = { education: 'redact', employers: 'redact', jobTitle: 'redact', experienceYears: 'redact' };
  for (const text of samples('tests/fixtures/cvs')) {
    anonymise(text);
    anonymise(text, everything as Parameters<typeof anonymise>[1]);
  }
}

describe('every regular expression runs in linear time', async () => {
  const found: FoundRegExp[] = [...literalRegExps(), ...(await builtRegExps(runEverything))];
  const unique = new Map<string, FoundRegExp>();
  for (const r of found) if (!unique.has(key(r))) unique.set(key(r), r);
  const listed = new Set(knownUnsafe.map(key));

  // recheck reads the expression as written; only the flags that change matching matter to it.
  const checked = [...unique.values()].map((r) => ({ ...r, flags: r.flags.replace(/[^imsuv]/g, '') }));
  const committed = committedVerdicts();
  const unrecorded = checked.filter((r) => !(key(r) in committed));
  const results = (await verdicts(checked)).map((v, i) => ({ ...checked[i]!, ...v }));

  it('finds the code’s regular expressions', () => {
    expect(unique.size).toBeGreaterThan(100);
  });

  // CI checks an unrecorded expression itself, which can take minutes: commit the file this run wrote.
  it(`had a committed verdict for every expression (commit ${path.relative(ROOT, VERDICTS_FILE)})`, () => {
    expect(unrecorded.map((r) => `${r.where}: ${key(r)}`)).toEqual([]);
  });

  it('has no unsafe expression except those still listed for fixing', () => {
    const unsafe = results.filter((v) => v.status !== 'safe' && !listed.has(key(v)));
    expect(unsafe.map((v) => `${v.where}: ${key(v)} is ${v.status} (${v.detail})`)).toEqual([]);
  });

  it('lists no expression that is now safe or gone (remove it from redos-known-unsafe.json)', () => {
    const stillUnsafe = new Set(results.filter((v) => v.status !== 'safe').map(key));
    expect(knownUnsafe.filter((r) => !stillUnsafe.has(key(r))).map(key)).toEqual([]);
  });
});

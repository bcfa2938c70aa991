import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtRegExps, type FoundRegExp, literalRegExps, ROOT } from './collect-regexps';
import { committedVerdicts, VERDICTS_FILE, verdictKey as key, verdicts } from './recheck-verdict';

/** Sample texts that make the engine and the anonymiser build every pattern they build lazily. */
function samples(dir: string): string[] {
  const full = path.join(ROOT, dir);
  return readdirSync(full)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(full, f), 'utf8'));
}

/**
 * A text holding every word a compiled rule pattern needs before it is tried (CompiledRule.patternWords):
 * the matcher builds a pattern's expression only for a text that holds them (matcher.ts, regexOf), so
 * patterns the fixtures never reach would otherwise go unchecked.
 */
function everyPatternsWords(): string {
  const compiled = JSON.parse(readFileSync(path.join(ROOT, 'lib/engine/compiled-rules.json'), 'utf8')) as {
    rules: { patternWords?: ({ lists: string[][] } | null)[] }[];
  };
  const words = new Set<string>();
  for (const rule of compiled.rules) for (const needed of rule.patternWords ?? []) for (const list of needed?.lists ?? []) for (const word of list) words.add(word);
  return [...words].join(' ');
}

async function runEverything(): Promise<void> {
  const { analyse } = await import('../../../lib/engine/index');
  const { anonymise } = await import('../../../lib/anonymise/index');
  const adverts = [...samples('tests/fixtures/adverts'), ...samples('tests/fixtures/emails'), everyPatternsWords()];
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

  it('has no unsafe expression (an undecided one counts as unsafe)', () => {
    const unsafe = results.filter((v) => v.status !== 'safe');
    expect(unsafe.map((v) => `${v.where}: ${key(v)} is ${v.status} (${v.detail})`)).toEqual([]);
  });
});

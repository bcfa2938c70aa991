import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { check } from 'recheck';
import { version as recheckVersion } from 'recheck/package.json';
import { ROOT } from './collect-regexps';

export interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  /** "exponential", "2nd degree polynomial", or why the check gave up. */
  detail: string;
}

// Verdicts are a pure function of the expression and recheck's version, so a machine that has
// checked an expression once need not check it again. The cache lives under node_modules, so a
// fresh clone (and CI) checks everything.
const CACHE = path.join(ROOT, 'node_modules/.cache/de-bias-redos/verdicts.json');

function loadCache(): Record<string, Verdict> {
  try {
    return JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, Verdict>;
  } catch {
    return {};
  }
}

const cacheKey = (source: string, flags: string) =>
  createHash('sha256').update(`${recheckVersion}\u0000${JSON.stringify(DETERMINISTIC)}\u0000${source}\u0000${flags}`).digest('hex');

/**
 * recheck decides each expression with its automaton checker where the expression is small enough,
 * and by fuzzing otherwise. Every time limit is off, so that the verdict depends only on the
 * expression (the fuzzer's limits count characters read and its random seed is fixed), never on how
 * busy the machine is.
 */
const DETERMINISTIC = {
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  recallTimeout: -1,
  randomSeed: 0,
} as const;

async function verdictOf(source: string, flags: string): Promise<Verdict> {
  const d = await check(source, flags, DETERMINISTIC);
  if (d.status === 'safe') return { status: 'safe', detail: d.complexity.summary };
  if (d.status === 'vulnerable') return { status: 'vulnerable', detail: d.complexity.summary };
  return { status: 'unknown', detail: d.error.kind };
}

/** Verdicts for many expressions, checked a few at a time. */
export async function verdicts(expressions: { source: string; flags: string }[]): Promise<Verdict[]> {
  const cache = loadCache();
  const results: Verdict[] = new Array(expressions.length);
  let next = 0;
  const worker = async () => {
    while (next < expressions.length) {
      const i = next++;
      const { source, flags } = expressions[i]!;
      const key = cacheKey(source, flags);
      const cached = cache[key];
      results[i] = cached ?? (await verdictOf(source, flags));
      if (!cached && results[i]!.status !== 'unknown') cache[key] = results[i]!;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  mkdirSync(path.dirname(CACHE), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(cache));
  return results;
}

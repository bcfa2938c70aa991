import { readFileSync, writeFileSync } from 'node:fs';
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

// Verdicts are a pure function of the expression, recheck's version and the parameters below, so
// they are kept in the repository: CI then checks only expressions that have no verdict yet. Each run
// rewrites the file with exactly the code's expressions, so a changed expression shows in the diff.
export const VERDICTS_FILE = path.join(ROOT, 'tests/unit/security/redos-verdicts.json');

interface VerdictFile {
  checker: string;
  verdicts: Record<string, Verdict>;
}

const CHECKER = () => `recheck ${recheckVersion} ${JSON.stringify(DETERMINISTIC)}`;

/** The committed verdicts, or none when they were made by another recheck or other parameters. */
export function committedVerdicts(): Record<string, Verdict> {
  try {
    const file = JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as VerdictFile;
    return file.checker === CHECKER() ? file.verdicts : {};
  } catch {
    return {};
  }
}

export const verdictKey = (r: { source: string; flags: string }) => `/${r.source}/${r.flags}`;

/**
 * recheck decides each expression with its automaton checker where the expression is small enough,
 * and by fuzzing otherwise. The fuzzer's own time limits are off, so that its verdict depends only on
 * the expression (its limits then count characters read, and its random seed is fixed), never on how
 * busy the machine is. An expression still undecided after two minutes counts as unsafe: one that
 * complex should be simplified anyway.
 */
const DETERMINISTIC = {
  timeout: 120_000,
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

/** Verdicts for many expressions, checked a few at a time; the verdict file is rewritten with them. */
export async function verdicts(expressions: { source: string; flags: string }[]): Promise<Verdict[]> {
  const known = committedVerdicts();
  const results: Verdict[] = new Array(expressions.length);
  let next = 0;
  const worker = async () => {
    while (next < expressions.length) {
      const i = next++;
      const { source, flags } = expressions[i]!;
      results[i] = known[verdictKey({ source, flags })] ?? (await verdictOf(source, flags));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  const sorted = expressions.map((e, i) => [verdictKey(e), results[i]!] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const file: VerdictFile = { checker: CHECKER(), verdicts: Object.fromEntries(sorted) };
  writeFileSync(VERDICTS_FILE, `${JSON.stringify(file, null, 1)}\n`);
  return results;
}

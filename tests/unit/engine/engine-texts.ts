// The texts the engine's soundness tests (pattern-words, handler-triggers) run every rule over.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Every .txt file under `dir` (from the repository's root). */
export function textsUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(ROOT, dir, f), 'utf8'));
}

/** Every rule's own flag and pass examples, from the wordlists as written. */
export function ruleExamples(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(path.join(ROOT, 'wordlists')).filter((f) => f.endsWith('.json'))) {
    const json = JSON.parse(readFileSync(path.join(ROOT, 'wordlists', file), 'utf8')) as { rules?: { examples?: { flag: string[]; pass: string[] } }[] };
    for (const rule of json.rules ?? []) out.push(...(rule.examples?.flag ?? []), ...(rule.examples?.pass ?? []));
  }
  return out;
}

/** Every rule's patterns as its wordlist writes them (the compiled rules spell out their cases), by rule id. */
export function writtenPatterns(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of readdirSync(path.join(ROOT, 'wordlists')).filter((f) => f.endsWith('.json'))) {
    const json = JSON.parse(readFileSync(path.join(ROOT, 'wordlists', file), 'utf8')) as { rules?: { id: string; patterns?: string[] }[] };
    for (const rule of json.rules ?? []) if (rule.patterns) out.set(rule.id, rule.patterns);
  }
  return out;
}

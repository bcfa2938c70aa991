import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { type RuleEntry, wordlistSchema } from '@/lib/wordlists/schema';
import { isRuleList } from '../../../scripts/compile-wordlists';

const DIR = path.resolve(import.meta.dirname, '../../../wordlists');
const lists = readdirSync(DIR)
  .filter(isRuleList)
  .map((f) => [f, wordlistSchema.parse(JSON.parse(readFileSync(path.join(DIR, f), 'utf8')))] as const);

// Strict, with feminine-coded words underlined, so that every rule's own examples show it firing.
const SETTINGS = { strictness: 'strict', underlineFeminineCoded: true } as const;

function ruleIdsIn(text: string, rule: RuleEntry): string[] {
  const report = analyse(text, {
    context: rule.contexts?.[0] ?? 'advert',
    settings: SETTINGS,
    minWordsForStatements: 0,
  });
  return [...report.findings.map((f) => f.ruleId), ...report.document.map((d) => d.ruleId)];
}

// Every rule carries its own proof: sentences where it must fire and NHS traps where it must not.
describe.each(lists)('%s', (_file, list) => {
  for (const rule of list.rules) {
    describe(rule.id, () => {
      it.each(rule.examples.flag)('flags %j', (text) => {
        expect(ruleIdsIn(text, rule)).toContain(rule.id);
      });
      it.each(rule.examples.pass)('passes %j', (text) => {
        expect(ruleIdsIn(text, rule)).not.toContain(rule.id);
      });
    });
  }
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULESET } from '@/lib/engine';
import { STATEMENT_IDS, STATEMENTS, statementFor } from '@/lib/statements';
import { statementsFileSchema } from '@/lib/statements/schema';

const FILE = statementsFileSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../wordlists/statements.json'), 'utf8')),
);
const missingStatementRules = RULESET.rules.filter((r) => r.handler?.startsWith('no-')).map((r) => r.id);

describe('wordlists/statements.json', () => {
  it('passes its schema, and lists the statements the code knows', () => {
    expect(FILE.statements.map((s) => s.id)).toEqual(STATEMENT_IDS);
  });

  it('answers only missing-statement rules that exist', () => {
    for (const rules of Object.values(STATEMENTS)) for (const ruleId of rules) expect(missingStatementRules).toContain(ruleId);
  });

  it('has a statement for every missing-statement rule', () => {
    expect(Object.fromEntries(missingStatementRules.map((id) => [id, statementFor(id)]))).toEqual({
      'no-reasonable-adjustments-statement': 'reasonable-adjustments',
      'no-flexible-working-statement': 'flexible-working',
      'no-equality-statement': 'equality',
      'no-salary': 'salary',
    });
  });

  it('maps nothing else', () => {
    expect(statementFor('masculine-confident')).toBeUndefined();
  });
});

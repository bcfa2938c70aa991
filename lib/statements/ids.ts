/**
 * Every model statement's id, in the order the options page lists them (wordlists/statements.json
 * holds the same ids in the same order: tests/unit/statements/data.test.ts), and the
 * missing-statement rules (wordlists/structure.json) each puts right. Code, not data, so that the
 * engine can name a finding's statement without carrying the statements' text into every content script.
 */
export const STATEMENTS = {
  'reasonable-adjustments': ['no-reasonable-adjustments-statement'],
  'flexible-working': ['no-flexible-working-statement'],
  equality: ['no-equality-statement'],
  salary: ['no-salary'],
  'anonymised-shortlisting': [],
} as const satisfies Record<string, readonly string[]>;

export type StatementId = keyof typeof STATEMENTS;
export const STATEMENT_IDS = Object.keys(STATEMENTS) as [StatementId, ...StatementId[]];

const BY_RULE = new Map<string, StatementId>(STATEMENT_IDS.flatMap((id) => STATEMENTS[id].map((rule: string) => [rule, id] as const)));

/** The statement that puts right a missing-statement finding, if there is one. */
export function statementFor(ruleId: string): StatementId | undefined {
  return BY_RULE.get(ruleId);
}

/**
 * Every model statement's id, in the order the options page lists them (wordlists/statements.json
 * holds the same ids in the same order: tests/unit/statements/data.test.ts). A list in code, so the
 * engine's report schema can name them without loading the statements' text.
 */
export const STATEMENT_IDS = ['reasonable-adjustments', 'flexible-working', 'equality', 'salary', 'anonymised-shortlisting'] as const;
export type StatementId = (typeof STATEMENT_IDS)[number];

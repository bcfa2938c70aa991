/** Rules whose logic is code, named by wordlist entries through their `handler` field. */
export const HANDLERS = [
  'generic-pronoun',
  'acronym',
  'years-experience',
  'origin-question',
  'one-sex',
  'age-limit',
  'health-question',
  'sister-post',
  'age-noted',
  'young-hire',
  'working-pattern-refused',
  'family-noted',
  'condition-doubted',
  'sex-preferred',
  'too-many-essential-criteria',
  'essential-reads-as-preference',
  'no-reasonable-adjustments-statement',
  'no-flexible-working-statement',
  'no-equality-statement',
  'no-salary',
] as const;
export type HandlerName = (typeof HANDLERS)[number];

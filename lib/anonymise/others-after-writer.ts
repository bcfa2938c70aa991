import { matchAll } from './match-all';

/** How far back the clause before a detail is read. */
const CLAUSE_REACH = 80;

/**
 * Whether, in the clause before `at` (back to its last sentence or line break, 80 characters at
 * most), words for other people (`others`) stand after the writer's last word (`writer`, a global
 * pattern): "I helped patients apply to …", "I supported a patient who was fasting". The detail is
 * then theirs, not the writer's.
 */
export function othersAfterWriter(text: string, at: number, writer: RegExp, others: RegExp): boolean {
  const before = text.slice(Math.max(0, at - CLAUSE_REACH), at);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1);
  let last = 0;
  for (const m of matchAll(clause, writer)) last = m.index + m[0].length;
  return others.test(clause.slice(last));
}

import type { z } from 'zod';

/**
 * One stored record as read: usable, or damaged. A damaged record is never used and never written
 * over until the user chooses what to do (restore the last good copy, or delete it after downloading
 * it): `raw` is its exact stored content as JSON text, `lastGood` the last good copy if it can be read.
 */
export type Stored<T> = { status: 'ok'; value: T } | { status: 'damaged'; problem: string; raw: string; lastGood: T | null };

const asText = (raw: unknown): string => {
  try {
    return JSON.stringify(raw, null, 2) ?? String(raw);
  } catch {
    return String(raw);
  }
};

/** The first problem zod found, in words: "batches[0].documents: Invalid input". */
const firstProblem = (error: z.ZodError): string => {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return where ? `${where}: ${issue.message}` : issue.message;
};

/** Reads a record and its last good copy. Nothing stored reads as `empty`. */
export function readStored<T>(primary: unknown, lastGood: unknown, schema: z.ZodType<T>, empty: T): Stored<T> {
  if (primary === null || primary === undefined) return { status: 'ok', value: empty };
  const parsed = schema.safeParse(primary);
  if (parsed.success) return { status: 'ok', value: parsed.data };
  const backup = lastGood === null || lastGood === undefined ? null : schema.safeParse(lastGood);
  return { status: 'damaged', problem: firstProblem(parsed.error), raw: asText(primary), lastGood: backup?.success ? backup.data : null };
}

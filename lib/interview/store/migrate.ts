import { type InterviewState, SCHEMA_VERSION, stateSchema } from '../schema';
import { formatIssues, plainIssueMessage } from './format-issues';
import { MIGRATIONS, type Migration } from './migrations';

export type MigrateResult =
  | { ok: true; state: InterviewState; migratedFrom: number | null }
  | { ok: false; errors: string[] };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Brings stored data of any known version up to the current one and validates it. Never throws and
 * never returns data that fails the current schema. `migratedFrom` is the version read, when older.
 */
export function migrate(raw: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): MigrateResult {
  if (!isObject(raw)) return { ok: false, errors: ['The saved data is not in a form De-bias recognises.'] };
  const version = raw.schemaVersion;
  if (version === undefined) return { ok: false, errors: ['schemaVersion: is missing'] };
  const oldest = Math.min(SCHEMA_VERSION, ...Object.keys(migrations).map(Number));
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION)
    return {
      ok: false,
      errors: [`schemaVersion: this was saved by a newer version of De-bias (version ${version}); update the extension to read it`],
    };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < oldest)
    return { ok: false, errors: [`schemaVersion: must be a whole number from ${oldest} to ${SCHEMA_VERSION}`] };

  let data: unknown = raw;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, errors: [`schemaVersion: there is no way to upgrade version ${v}`] };
    const parsed = step.input.safeParse(data, { error: plainIssueMessage });
    if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues, 'saved data') };
    data = step.up(parsed.data as never);
  }
  const parsed = stateSchema.safeParse(data, { error: plainIssueMessage });
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues, 'saved data') };
  return { ok: true, state: parsed.data, migratedFrom: version === SCHEMA_VERSION ? null : version };
}

import { SCHEMA_VERSION } from '../schema';
import { type Backup, BACKUP_FORMAT, backupSchema } from './backup-schema';
import { formatIssues, plainIssueMessage } from './format-issues';
import { migrate } from './migrate';

export type ImportResult = { ok: true; data: Backup } | { ok: false; errors: string[] };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads a JSON backup (the file's text, or already-parsed JSON). Backups from older versions are
 * upgraded. On any problem nothing is loaded and `errors` lists what is wrong, in plain English,
 * with the place: "vacancies[0].panel[1].name: must not be empty".
 */
export function importBackup(input: unknown): ImportResult {
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch {
      return { ok: false, errors: ['This file is not a De-bias interview backup: it is not valid JSON.'] };
    }
  }
  if (!isObject(raw)) return { ok: false, errors: ['This file is not a De-bias interview backup.'] };
  if (raw.format !== BACKUP_FORMAT)
    return { ok: false, errors: [`format: must be "${BACKUP_FORMAT}" (this is not a De-bias interview backup)`] };
  const { version } = raw;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION)
    return {
      ok: false,
      errors: [`version: this backup was made by a newer version of De-bias (version ${version}); update the extension to import it`],
    };

  let candidate: unknown = raw;
  if (typeof version === 'number' && Number.isInteger(version) && version < SCHEMA_VERSION) {
    const upgraded = migrate({ schemaVersion: version, vacancies: raw.vacancies });
    if (!upgraded.ok) return { ok: false, errors: upgraded.errors.map((e) => e.replace(/^schemaVersion:/, 'version:')) };
    candidate = { ...raw, version: SCHEMA_VERSION, vacancies: upgraded.state.vacancies };
  }
  const parsed = backupSchema.safeParse(candidate, { error: plainIssueMessage });
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues, 'backup') };
  return { ok: true, data: parsed.data };
}

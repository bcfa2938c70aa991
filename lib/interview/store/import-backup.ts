import { issueSentence } from '../../issues/issue-sentence';
import { SCHEMA_VERSION } from '../schema';
import { type Backup, BACKUP_FORMAT, backupSchema } from './backup-schema';
import { backupWords } from './backup-words';
import { listProblems, plainIssueMessage } from './format-issues';
import { migrate } from './migrate';

/** The largest backup file read: far more than hundreds of vacancies need, and small enough to check at once. */
export const MAX_BACKUP_BYTES = 10_000_000;
export const TOO_LARGE = 'This file is too large to be a De-bias interview backup (the limit is 10 MB).';

export type ImportResult = { ok: true; data: Backup } | { ok: false; errors: string[] };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads a JSON backup (the file's text, or already-parsed JSON). Backups from older versions are
 * upgraded. On any problem nothing is loaded and `errors` lists what is wrong, each a plain sentence
 * naming the field: "Vacancy 1, panel member 2: the name must not be empty."
 */
export function importBackup(input: unknown): ImportResult {
  let raw = input;
  if (typeof input === 'string') {
    if (input.length > MAX_BACKUP_BYTES) return { ok: false, errors: [TOO_LARGE] };
    try {
      raw = JSON.parse(input);
    } catch {
      return { ok: false, errors: ['This file is not a De-bias interview backup: it is not valid JSON.'] };
    }
  }
  if (!isObject(raw)) return { ok: false, errors: ['This file is not a De-bias interview backup.'] };
  if (raw.format !== BACKUP_FORMAT) return { ok: false, errors: ['This file is not a De-bias interview backup.'] };
  const { version } = raw;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION)
    return {
      ok: false,
      errors: [`This backup was made by a newer version of De-bias (version ${version}): update the extension to import it.`],
    };

  let candidate: unknown = raw;
  if (typeof version === 'number' && Number.isInteger(version) && version < SCHEMA_VERSION) {
    const upgraded = migrate({ schemaVersion: version, vacancies: raw.vacancies });
    if (!upgraded.ok) return { ok: false, errors: upgraded.errors.map((e) => e.replace(/^schemaVersion:/, 'version:')) };
    candidate = { ...raw, version: SCHEMA_VERSION, vacancies: upgraded.state.vacancies };
  }
  const parsed = backupSchema.safeParse(candidate, { error: plainIssueMessage });
  if (!parsed.success) return { ok: false, errors: listProblems(parsed.error.issues.map((i) => issueSentence(i, backupWords, 'the file'))) };
  return { ok: true, data: parsed.data };
}


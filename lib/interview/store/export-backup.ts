import { type InterviewDeps, SCHEMA_VERSION, type Vacancy } from '../schema';
import { BACKUP_FORMAT, type Backup } from './backup-schema';

/** The JSON backup of some or all vacancies, as the text of a `.json` file. `importBackup` reads it back. */
export function exportBackup(vacancies: readonly Vacancy[], deps: Pick<InterviewDeps, 'now'>): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: SCHEMA_VERSION, exportedAt: deps.now(), vacancies: [...vacancies] };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

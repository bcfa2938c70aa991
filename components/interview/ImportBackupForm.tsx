import { type ChangeEvent, useId, useState } from 'react';
import type { UpdateInterview } from './interview-store';
import { BACKUP_TOO_LARGE, type Backup, type InterviewState, importBackup, importVacancies, MAX_BACKUP_BYTES } from '@/lib/interview';
import { useClearOnNextAction } from '../use-clear-on-next-action';
import { StatusMessage } from './StatusMessage';

/**
 * Imports a JSON backup. The file is checked first; if anything is wrong nothing is loaded and every
 * problem is listed. Vacancies that are already here are replaced only after the user agrees.
 */
export function ImportBackupForm({ state, update }: { state: InterviewState; update: UpdateInterview }) {
  const id = useId();
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState<{ data: Backup; replacing: string[] } | null>(null);
  const [status, setStatus] = useState('');
  useClearOnNextAction(errors.length > 0, () => setErrors([]));

  const finish = (data: Backup) => {
    let added = 0;
    let replaced = 0;
    const problem = update((s) => {
      const r = importVacancies(s, data.vacancies);
      added = r.added.length;
      replaced = r.replaced.length;
      return r.state;
    });
    setPending(null);
    if (problem) setErrors([problem]);
    else setStatus(`Imported ${added} new and replaced ${replaced} existing ${added + replaced === 1 ? 'vacancy' : 'vacancies'}.`);
  };

  const read = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    setErrors([]);
    setStatus('');
    setPending(null);
    if (!file) return;
    // Refused before the file is read into memory.
    const result = file.size > MAX_BACKUP_BYTES ? { ok: false as const, errors: [BACKUP_TOO_LARGE] } : importBackup(await file.text());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const here = new Set(state.vacancies.map((v) => v.id));
    const replacing = result.data.vacancies.filter((v) => here.has(v.id)).map((v) => v.title);
    if (replacing.length > 0) setPending({ data: result.data, replacing });
    else finish(result.data);
  };

  return (
    <div className="card">
      <label htmlFor={`${id}-file`}>Import a backup file</label>
      <p className="hint" id={`${id}-hint`}>
        A .json file downloaded from De-bias. It is checked before anything is loaded.
      </p>
      <input id={`${id}-file`} type="file" accept=".json,application/json" aria-describedby={`${id}-hint`} onChange={read} />
      {errors.length > 0 && (
        <div role="alert" className="iv-import-errors">
          <p className="error-message">This file was not imported, because:</p>
          <ul>
            {errors.map((err) => (
              <li key={err}>{err}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <fieldset className="iv-confirm">
          <legend>Replace vacancies that are already here?</legend>
          <p>
            This backup has {pending.data.vacancies.length === 1 ? 'a vacancy' : 'vacancies'} that {pending.replacing.length === 1 ? 'is' : 'are'}{' '}
            already here: {pending.replacing.join(', ')}. Importing replaces {pending.replacing.length === 1 ? 'it' : 'them'} with
            the copy in the file.
          </p>
          <div className="row">
            <button type="button" onClick={() => finish(pending.data)}>
              Replace and import
            </button>
            <button type="button" className="secondary" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </fieldset>
      )}
      <StatusMessage message={status} />
    </div>
  );
}

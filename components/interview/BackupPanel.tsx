import { useId, useState } from 'react';
import { interviewDeps, type UpdateInterview } from './interview-store';
import { exportBackup, type InterviewState } from '@/lib/interview';
import { downloadText } from '../download';
import { fileName } from './file-name';
import { ImportBackupForm } from './ImportBackupForm';
import { StatusMessage } from './StatusMessage';

/** Backing up every vacancy to a JSON file, and importing a backup. */
export function BackupPanel({ state, update }: { state: InterviewState; update: UpdateInterview }) {
  const id = useId();
  const [status, setStatus] = useState('');
  const download = () => {
    const name = fileName('interview-backup', 'all-vacancies', 'json');
    downloadText(name, exportBackup(state.vacancies, interviewDeps), 'application/json');
    setStatus(`Downloaded ${name}.`);
  };
  return (
    <section className="no-print iv-backups" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Backups</h2>
      <p>
        Your interview records are kept in this browser only. Download a backup now and then, and keep it somewhere safe
        (your practice’s shared drive), as you would any recruitment record.
      </p>
      <button type="button" className="secondary" disabled={state.vacancies.length === 0} onClick={download}>
        Download a backup of all vacancies (JSON)
      </button>
      <StatusMessage message={status} />
      <ImportBackupForm state={state} update={update} />
    </section>
  );
}

import { useId, useState } from 'react';
import { interviewDeps } from './interview-store';
import { exportBackup, scoresCsv, type Vacancy } from '@/lib/interview';
import { downloadText } from '../download';
import { fileName } from './file-name';
import { StatusMessage } from './StatusMessage';

/** The record of one vacancy: a print-ready view, the scores as CSV, and a JSON backup. */
export function ExportView({ vacancy, onPrintView }: { vacancy: Vacancy; onPrintView: () => void }) {
  const id = useId();
  const [status, setStatus] = useState('');
  const csv = () => {
    const name = fileName('scores', vacancy.title, 'csv');
    downloadText(name, scoresCsv([vacancy], { bom: true }), 'text/csv;charset=utf-8');
    setStatus(`Downloaded ${name}.`);
  };
  const json = () => {
    const name = fileName('interview-backup', vacancy.title, 'json');
    downloadText(name, exportBackup([vacancy], interviewDeps), 'application/json');
    setStatus(`Downloaded ${name}.`);
  };
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Record and export</h3>
      <p>
        Keep a record of how this vacancy was run: the checklist, the questions and scoring guide, every panel member’s
        marks and evidence, the moderation, the decisions and their reasons, and outcome monitoring. Files are saved to
        this computer only.
      </p>
      <div className="row">
        <button type="button" onClick={onPrintView}>
          Open the print view
        </button>
        <button type="button" className="secondary" onClick={csv}>
          Download the scores (CSV)
        </button>
        <button type="button" className="secondary" onClick={json}>
          Download a backup of this vacancy (JSON)
        </button>
      </div>
      <p className="hint">
        The CSV has one row per candidate, question and panel member, from submitted marks only. It opens in Excel. A backup
        can be imported again on this or another computer (see “Backups” at the foot of the page).
      </p>
      <StatusMessage message={status} />
    </section>
  );
}

import { type FormEvent, useId, useState } from 'react';
import { interviewDeps, type UpdateInterview } from './interview-store';
import { addVacancy } from '@/lib/interview';
import { ActionError } from './ActionError';

/** Creates a vacancy from a title, an optional reference and an optional interview date. */
export function NewVacancyForm({ update, onCreated }: { update: UpdateInterview; onCreated: (id: string) => void }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [reference, setReference] = useState('');
  const [interview, setInterview] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    let created = '';
    const problem = update((s) => {
      const r = addVacancy(s, { title, reference, dates: { interview: interview || null } }, interviewDeps);
      created = r.id;
      return r.state;
    });
    setError(problem);
    if (problem) return;
    setTitle('');
    setReference('');
    setInterview('');
    onCreated(created);
  };
  return (
    <form className="card iv-new-vacancy" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>New vacancy</h3>
      <div className="row iv-fields">
        <div>
          <label htmlFor={`${id}-title`}>Job title</label>
          <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-ref`}>Reference (optional)</label>
          <input id={`${id}-ref`} value={reference} onChange={(e) => setReference(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-date`}>Interview date (optional)</label>
          <input id={`${id}-date`} type="date" value={interview} onChange={(e) => setInterview(e.target.value)} />
        </div>
      </div>
      <ActionError message={error} />
      <button type="submit">Create vacancy</button>
    </form>
  );
}

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { interviewDeps, type UpdateInterview } from './interview-store';
import { addVacancy } from '@/lib/interview';
import { ActionError } from './ActionError';
import { UkDateField } from './UkDateField';

/** Creates a vacancy from a title, an optional reference and an optional interview date. */
export function NewVacancyForm({
  update,
  onCreated,
  onCancel,
}: {
  update: UpdateInterview;
  onCreated: (id: string) => void;
  /** Closes the form; absent when there is no vacancy yet (the form is the page's first step). */
  onCancel?: () => void;
}) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [reference, setReference] = useState('');
  const [interview, setInterview] = useState('');
  const [error, setError] = useState<string | null>(null);
  const titleBox = useRef<HTMLInputElement>(null);
  // Opened with the "New vacancy" button: ready to type.
  useEffect(() => {
    if (onCancel) titleBox.current?.focus();
  }, [onCancel]);
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
          <input id={`${id}-title`} ref={titleBox} value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-ref`}>Reference (optional)</label>
          <input id={`${id}-ref`} value={reference} onChange={(e) => setReference(e.target.value)} />
        </div>
        <UkDateField
          legend="Interview date (optional)"
          value={interview}
          onCommit={(iso) => {
            setInterview(iso);
            return null;
          }}
        />
      </div>
      <ActionError message={error} />
      <div className="row">
        <button type="submit">Create vacancy</button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

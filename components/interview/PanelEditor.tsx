import { type FormEvent, useId, useState } from 'react';
import { interviewDeps } from './interview-store';
import { addPanelMember, ROLE_LABELS, ROLES, type Role } from '@/lib/interview';
import { ActionError } from './ActionError';
import { PanelMemberRow } from './PanelMemberRow';
import type { VacancyProps } from './vacancy-props';

/** The interview panel: who sits on it, in which role, and whether they mark candidates. */
export function PanelEditor({ vacancy, update }: VacancyProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [error, setError] = useState<string | null>(null);
  const add = (e: FormEvent) => {
    e.preventDefault();
    const problem = update((s) => addPanelMember(s, vacancy.id, { name, role }, interviewDeps).state);
    setError(problem);
    if (!problem) setName('');
  };
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Interview panel</h3>
      <p className="hint">
        A diverse panel of at least two people, with an independent member (critical friend) who observes and challenges
        rather than marks.
      </p>
      {vacancy.panel.length === 0 ? (
        <p>Nobody is on the panel yet.</p>
      ) : (
        <ul className="iv-panel">
          {vacancy.panel.map((m) => (
            <PanelMemberRow key={m.id} vacancyId={vacancy.id} member={m} update={update} />
          ))}
        </ul>
      )}
      <form className="card no-print" onSubmit={add} aria-labelledby={`${id}-add`}>
        <h4 id={`${id}-add`}>Add a panel member</h4>
        <div className="row iv-fields">
          <div>
            <label htmlFor={`${id}-name`}>Name</label>
            <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <div>
            <label htmlFor={`${id}-role`}>Role</label>
            <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ActionError message={error} />
        <button type="submit">Add to panel</button>
      </form>
    </section>
  );
}

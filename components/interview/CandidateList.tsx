import { type FormEvent, useId, useState } from 'react';
import { interviewDeps } from './interview-store';
import { addCandidate, removeCandidate, renameCandidate } from '@/lib/interview';
import { ActionError } from './ActionError';
import { DraftField } from './DraftField';
import type { VacancyProps } from './vacancy-props';

/** Candidates, known only by a code such as the anonymiser's “Candidate 07”. */
export function CandidateList({ vacancy, update }: VacancyProps) {
  const id = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (e: FormEvent) => {
    e.preventDefault();
    const problem = update((s) => addCandidate(s, vacancy.id, code.trim() ? code : undefined, interviewDeps).state);
    setError(problem);
    if (!problem) setCode('');
  };
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Candidates</h3>
      {vacancy.candidates.length === 0 ? (
        <p>No candidates yet.</p>
      ) : (
        <ul className="iv-candidates">
          {vacancy.candidates.map((c) => (
            <li key={c.id} className="row">
              <DraftField
                label={`Code for ${c.code}`}
                quietLabel
                value={c.code}
                onCommit={(next) => update((s) => renameCandidate(s, vacancy.id, c.id, next))}
              />
              <button
                type="button"
                className="secondary no-print"
                onClick={() => setError(update((s) => removeCandidate(s, vacancy.id, c.id)))}
              >
                Remove {c.code}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="row no-print" onSubmit={add}>
        <div>
          <label htmlFor={`${id}-code`}>Candidate code</label>
          <p className="hint" id={`${id}-hint`}>
            Use the code from the anonymised application, never a name. Leave it empty for the next “Candidate NN”.
          </p>
          <input id={`${id}-code`} aria-describedby={`${id}-hint`} value={code} onChange={(e) => setCode(e.target.value)} />
        </div>
        <button type="submit">Add candidate</button>
      </form>
      <ActionError message={error} />
    </section>
  );
}

import { type FormEvent, useId, useMemo, useState } from 'react';
import { interviewDeps } from './interview-store';
import { addCriteria, parseCriteria } from '@/lib/interview';
import { ActionError } from './ActionError';
import { CriterionRow } from './CriterionRow';
import { StatusMessage } from './StatusMessage';
import type { VacancyProps } from './vacancy-props';

/**
 * The person-specification criteria. Paste them (from the NHS Jobs advert or the person
 * specification); headings "Essential" and "Desirable" set the kind of the lines after them.
 */
export function CriteriaEditor({ vacancy, update }: VacancyProps) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const parsed = useMemo(() => parseCriteria(pasted), [pasted]);

  const add = (e: FormEvent) => {
    e.preventDefault();
    let added = 0;
    let skipped = 0;
    const problem = update((s) => {
      const r = addCriteria(s, vacancy.id, parsed, 'typed', interviewDeps);
      added = r.ids.length;
      skipped = r.skipped;
      return r.state;
    });
    setError(problem);
    if (problem) return;
    setPasted('');
    setStatus(
      `Added ${added} ${added === 1 ? 'criterion' : 'criteria'}${skipped ? ` (${skipped} already in the list)` : ''}.`,
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Person-specification criteria</h3>
      {vacancy.criteria.length === 0 ? (
        <p>No criteria yet.</p>
      ) : (
        <ul className="iv-criteria">
          {vacancy.criteria.map((c) => (
            <CriterionRow key={c.id} vacancyId={vacancy.id} criterion={c} update={update} />
          ))}
        </ul>
      )}
      <form className="card no-print" onSubmit={add}>
        <label htmlFor={`${id}-paste`}>Paste or type criteria, one per line</label>
        <p className="hint" id={`${id}-hint`}>
          Copy the person specification from your NHS Jobs advert (or your own document) and paste it here. Lines after a
          line saying “Essential” or “Desirable” get that kind; bullets and numbers are removed.
        </p>
        <textarea
          id={`${id}-paste`}
          rows={6}
          aria-describedby={`${id}-hint`}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
        />
        {parsed.length > 0 && (
          <div className="iv-preview">
            <p>
              {parsed.length} {parsed.length === 1 ? 'criterion' : 'criteria'} found:
            </p>
            <ul>
              {parsed.map((c) => (
                <li key={c.text}>
                  <span className="tag sev-info">{c.kind === 'essential' ? 'Essential' : 'Desirable'}</span> {c.text}
                </li>
              ))}
            </ul>
          </div>
        )}
        <ActionError message={error} />
        <button type="submit" disabled={parsed.length === 0}>
          Add {parsed.length || ''} {parsed.length === 1 ? 'criterion' : 'criteria'}
        </button>
        <StatusMessage message={status} />
      </form>
    </section>
  );
}

import { type FormEvent, useId, useState } from 'react';
import {
  ETHNIC_GROUP_LABELS,
  ETHNIC_GROUPS,
  type EthnicGroup,
  type InterviewState,
  type Monitoring,
  setMonitoring,
  totalMonitoring,
  wresIndicator2,
} from '@/lib/interview';
import { ActionError } from './ActionError';
import { StatusMessage } from './StatusMessage';
import type { VacancyProps } from './vacancy-props';
import { WresSummary } from './WresSummary';

type Draft = Record<EthnicGroup, { shortlisted: string; appointed: string }>;
const toDraft = (m: Monitoring): Draft =>
  Object.fromEntries(
    ETHNIC_GROUPS.map((g) => [g, { shortlisted: String(m[g].shortlisted), appointed: String(m[g].appointed) }]),
  ) as Draft;
/** "" counts as 0; anything else must be read by the model ("2.5" and "-1" are refused there). */
const count = (text: string) => (text.trim() === '' ? 0 : Number(text));

/**
 * Outcome monitoring: how many people of each ethnic group were shortlisted and appointed, and WRES
 * indicator 2 for this vacancy and for all vacancies together.
 */
export function MonitoringView({ vacancy, update, all }: VacancyProps & { all: InterviewState['vacancies'] }) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(vacancy.monitoring));
  // When the saved counts change (saved here, on another page or by an import), show them.
  const saved = JSON.stringify(vacancy.monitoring);
  const [shown, setShown] = useState(saved);
  if (saved !== shown) {
    setShown(saved);
    setDraft(toDraft(vacancy.monitoring));
  }
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const field = (g: EthnicGroup, key: 'shortlisted' | 'appointed', value: string) =>
    setDraft((d) => ({ ...d, [g]: { ...d[g], [key]: value } }));

  const save = (e: FormEvent) => {
    e.preventDefault();
    const problem = update((s) =>
      ETHNIC_GROUPS.reduce(
        (next, g) =>
          setMonitoring(next, vacancy.id, g, {
            shortlisted: count(draft[g].shortlisted),
            appointed: count(draft[g].appointed),
          }),
        s,
      ),
    );
    setError(problem);
    setStatus(problem ? '' : 'Counts saved.');
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Outcome monitoring</h3>
      <p className="hint">
        From the equal opportunities monitoring forms, which are kept apart from the applications: how many people of each
        ethnic group were shortlisted, and how many were appointed.
      </p>
      <form onSubmit={save} className="no-print">
        <table className="iv-table">
          <caption className="visually-hidden">Shortlisted and appointed by ethnic group</caption>
          <thead>
            <tr>
              <th scope="col">Ethnic group</th>
              <th scope="col">Shortlisted</th>
              <th scope="col">Appointed</th>
            </tr>
          </thead>
          <tbody>
            {ETHNIC_GROUPS.map((g) => (
              <tr key={g}>
                <th scope="row">{ETHNIC_GROUP_LABELS[g]}</th>
                {(['shortlisted', 'appointed'] as const).map((key) => (
                  <td key={key}>
                    <label htmlFor={`${id}-${g}-${key}`} className="visually-hidden">
                      {ETHNIC_GROUP_LABELS[g]}: {key}
                    </label>
                    <input
                      id={`${id}-${g}-${key}`}
                      type="number"
                      min={0}
                      step={1}
                      inputMode="numeric"
                      className="iv-count"
                      value={draft[g][key]}
                      onChange={(e) => field(g, key, e.target.value)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <ActionError message={error} />
        <button type="submit">Save the counts</button>
        <StatusMessage message={status} />
      </form>
      <WresSummary title="WRES indicator 2 for this vacancy" result={wresIndicator2(vacancy.monitoring)} testId="wres-vacancy" />
      {all.length > 1 && (
        <WresSummary
          title={`WRES indicator 2 for all ${all.length} vacancies together`}
          result={wresIndicator2(totalMonitoring(all))}
          testId="wres-all"
        />
      )}
    </section>
  );
}

import { useId, useState } from 'react';
import { removeVacancy, updateVacancy, type VacancyDates } from '@/lib/interview';
import { ActionError } from './ActionError';
import { DraftField } from './DraftField';
import { UkDateField } from './UkDateField';
import type { VacancyProps } from './vacancy-props';

const DATE_LABELS = {
  closing: 'Closing date',
  shortlisting: 'Shortlisting date',
  interview: 'Interview date',
} as const satisfies Record<keyof VacancyDates, string>;

/** The vacancy's title, reference and dates, saved as they are changed; and deleting the vacancy. */
export function VacancyDetails({ vacancy, update }: VacancyProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Vacancy details</h3>
      <div className="row iv-fields">
        <DraftField
          label="Job title"
          value={vacancy.title}
          onCommit={(title) => update((s) => updateVacancy(s, vacancy.id, { title }))}
        />
        <DraftField
          label="Reference"
          value={vacancy.reference}
          onCommit={(reference) => update((s) => updateVacancy(s, vacancy.id, { reference }))}
        />
      </div>
      <div className="row iv-fields">
        {(Object.keys(DATE_LABELS) as (keyof VacancyDates)[]).map((key) => (
          <UkDateField
            key={key}
            legend={DATE_LABELS[key]}
            value={vacancy.dates[key] ?? ''}
            onCommit={(date) => update((s) => updateVacancy(s, vacancy.id, { dates: { [key]: date || null } }))}
          />
        ))}
      </div>
      <div className="no-print">
        {confirming ? (
          <fieldset className="card iv-confirm">
            <legend>Delete this vacancy?</legend>
            <p>
              Delete “{vacancy.title}” and everything recorded for it: checklist, questions, marks and decisions? This
              cannot be undone. Download a backup first (step 7, Record) if you may need it.
            </p>
            <div className="row">
              <button
                type="button"
                className="danger"
                onClick={() => setError(update((s) => removeVacancy(s, vacancy.id)))}
              >
                Yes, delete this vacancy
              </button>
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </div>
          </fieldset>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            Delete this vacancy…
          </button>
        )}
        <ActionError message={error} />
      </div>
    </section>
  );
}

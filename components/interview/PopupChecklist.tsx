import { useId, useState } from 'react';
import type { UpdateInterview } from './interview-store';
import { checklistProgress, nextOpenItems, setItemStatus, type Vacancy } from '@/lib/interview';
import { ActionError } from './ActionError';
import { ProgressSummary } from './ProgressSummary';

/** How many next open items the popup lists. */
const NEXT_ITEMS = 3;

/** One vacancy's checklist in the popup: progress, the next open items with a “Done” button each. */
export function PopupChecklist({
  vacancy,
  vacancies,
  onChoose,
  update,
  onOpenPage,
}: {
  vacancy: Vacancy;
  vacancies: readonly Vacancy[];
  onChoose: (id: string) => void;
  update: UpdateInterview;
  onOpenPage: () => void;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const next = nextOpenItems(vacancy, NEXT_ITEMS);
  const done = (itemId: string) => {
    setError(update((s) => setItemStatus(s, vacancy.id, itemId, 'done')));
    onChoose(vacancy.id);
  };
  return (
    <>
      {vacancies.length > 1 && (
        <div>
          <label htmlFor={`${id}-vacancy`}>Vacancy</label>
          <select id={`${id}-vacancy`} value={vacancy.id} onChange={(e) => onChoose(e.target.value)}>
            {vacancies.map((v) => (
              <option key={v.id} value={v.id}>
                {v.title}
                {v.reference ? ` (${v.reference})` : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      <h2>{vacancy.title}</h2>
      <ProgressSummary progress={checklistProgress(vacancy)} compact />
      {next.length === 0 ? (
        <p>Every checklist item is done or marked not applicable.</p>
      ) : (
        <section aria-labelledby={`${id}-next`}>
          <h3 id={`${id}-next`}>Next items</h3>
          <ul className="iv-popup-items">
            {next.map((item) => (
              <li key={item.id} className="iv-popup-item" data-testid={`popup-item-${item.id}`}>
                <p>
                  {item.critical && <span className="tag sev-error">Critical</span>} {item.text}
                </p>
                {item.critical && item.warning && <p className="iv-warning">{item.warning}</p>}
                <button type="button" className="secondary" aria-label={`Mark done: ${item.text}`} onClick={() => done(item.id)}>
                  Done
                </button>
              </li>
            ))}
          </ul>
          <ActionError message={error} />
        </section>
      )}
      <button type="button" onClick={onOpenPage}>
        Open the interview page
      </button>
    </>
  );
}

import { type FormEvent, useId, useState } from 'react';
import type { UpdateInterview } from './interview-store';
import {
  type ChecklistItem,
  ITEM_STATUS_LABELS,
  ITEM_STATUSES,
  type ItemState,
  type ItemStatus,
  setItemNote,
  setItemStatus,
} from '@/lib/interview';
import { ActionError } from './ActionError';
import { DraftField } from './DraftField';
import { SourceLinks } from './SourceLinks';

/**
 * One checklist item: what to do, why, the source, its status (open, done, or not applicable with a
 * reason) and a note. A critical item shows its warning while it is open.
 */
export function ChecklistItemRow({
  vacancyId,
  item,
  state,
  update,
}: {
  vacancyId: string;
  item: ChecklistItem;
  state: ItemState;
  update: UpdateInterview;
}) {
  const id = useId();
  const [choosingNa, setChoosingNa] = useState(false);
  const savedReason = state.status === 'na' ? state.reason : '';
  const [reason, setReason] = useState(savedReason);
  // When the saved reason changes (here or on another page), show it.
  const [shownReason, setShownReason] = useState(savedReason);
  if (savedReason !== shownReason) {
    setShownReason(savedReason);
    setReason(savedReason);
  }
  const [error, setError] = useState<string | null>(null);
  const shown: ItemStatus = choosingNa ? 'na' : state.status;

  const save = (status: ItemStatus, why?: string) => {
    const problem = update((s) => setItemStatus(s, vacancyId, item.id, status, why));
    setError(problem);
    if (!problem) setChoosingNa(false);
  };
  const choose = (status: ItemStatus) => {
    if (status === 'na') {
      setChoosingNa(true);
      setError(null);
    } else save(status);
  };
  const saveReason = (e: FormEvent) => {
    e.preventDefault();
    save('na', reason);
  };

  return (
    <li
      className={`card iv-item iv-item-${state.status}${item.critical ? ' iv-critical' : ''}`}
      data-testid={`checklist-${item.id}`}
    >
      <p className="iv-item-text">
        {item.critical && <span className="tag sev-error">Critical</span>} <strong id={`${id}-text`}>{item.text}</strong>
      </p>
      {item.critical && state.status === 'open' && (
        <p className="iv-warning" data-testid="critical-warning">
          <span aria-hidden="true">⚠ </span>
          {item.warning}
        </p>
      )}
      <details className="iv-more">
        <summary>Why, and the source</summary>
        <p className="hint">{item.why}</p>
        <SourceLinks sources={item.sources} />
      </details>
      <fieldset className="iv-status-choice no-print">
        <legend className="visually-hidden">Status of: {item.text}</legend>
        {ITEM_STATUSES.map((status) => {
          const blocked = status === 'na' && !item.notApplicableAllowed;
          return (
            <span key={status} className="iv-radio">
              <input
                type="radio"
                id={`${id}-${status}`}
                name={`${id}-status`}
                checked={shown === status}
                disabled={blocked}
                onChange={() => choose(status)}
              />
              <label htmlFor={`${id}-${status}`}>{ITEM_STATUS_LABELS[status]}</label>
            </span>
          );
        })}
        {!item.notApplicableAllowed && (
          <span className="hint"> A legal duty: it always applies, so it cannot be marked not applicable.</span>
        )}
      </fieldset>
      {(choosingNa || state.status === 'na') && (
        <form className="row iv-fields" onSubmit={saveReason}>
          <div>
            <label htmlFor={`${id}-reason`}>Why does this not apply?</label>
            <input id={`${id}-reason`} size={50} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit">{choosingNa ? 'Mark not applicable' : 'Save reason'}</button>
          {choosingNa && (
            <button type="button" className="secondary" onClick={() => setChoosingNa(false)}>
              Cancel
            </button>
          )}
        </form>
      )}
      <ActionError message={error} />
      <details className="iv-more" open={state.note !== ''}>
        <summary>{state.note ? 'Note' : 'Add a note'}</summary>
        <DraftField
          label={`Note on: ${item.text}`}
          quietLabel
          multiline
          value={state.note}
          hint="Saved when you leave the box."
          onCommit={(note) => update((s) => setItemNote(s, vacancyId, item.id, note))}
        />
      </details>
    </li>
  );
}

import { useId, useState } from 'react';
import type { UpdateInterview } from './interview-store';
import { type Criterion, type CriterionKind, removeCriterion, updateCriterion } from '@/lib/interview';
import { ActionError } from './ActionError';
import { DraftField } from './DraftField';

/** One criterion with its code (E1, D2…), which people quote in decision reasons. */
export function CriterionRow({
  vacancyId,
  criterion,
  update,
}: {
  vacancyId: string;
  criterion: Criterion;
  update: UpdateInterview;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <li className="iv-criterion" data-testid="criterion">
      <span className="tag sev-info iv-code">{criterion.code}</span>
      <DraftField
        label={`Wording of ${criterion.code}`}
        quietLabel
        value={criterion.text}
        onCommit={(text) => update((s) => updateCriterion(s, vacancyId, criterion.id, { text }))}
      />
      <label htmlFor={`${id}-kind`} className="visually-hidden">
        Kind of {criterion.code}
      </label>
      <select
        id={`${id}-kind`}
        value={criterion.kind}
        onChange={(e) =>
          setError(update((s) => updateCriterion(s, vacancyId, criterion.id, { kind: e.target.value as CriterionKind })))
        }
      >
        <option value="essential">Essential</option>
        <option value="desirable">Desirable</option>
      </select>
      <button
        type="button"
        className="secondary no-print"
        onClick={() => setError(update((s) => removeCriterion(s, vacancyId, criterion.id)))}
      >
        Remove {criterion.code}
      </button>
      <ActionError message={error} />
    </li>
  );
}

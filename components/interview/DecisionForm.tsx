import { type FormEvent, useId, useState } from 'react';
import { interviewDeps, type UpdateInterview } from './interview-store';
import {
  type CandidateScores,
  clearDecision,
  criteriaNamedIn,
  OUTCOME_LABELS,
  OUTCOMES,
  type Outcome,
  setDecision,
  type Vacancy,
} from '@/lib/interview';
import { ActionError } from './ActionError';
import { formatDate } from './format-date';
import { StatusMessage } from './StatusMessage';

/** Records one candidate's outcome with a reason; buttons add criterion codes to the reason. */
export function DecisionForm({
  vacancy,
  scores,
  update,
}: {
  vacancy: Vacancy;
  scores: CandidateScores;
  update: UpdateInterview;
}) {
  const id = useId();
  const recorded = scores.decision;
  const [outcome, setOutcome] = useState<Outcome>(recorded?.outcome ?? 'appoint');
  const [reason, setReason] = useState(recorded?.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const named = criteriaNamedIn(vacancy.criteria, reason);
  const codes = (ids: readonly string[]) =>
    vacancy.criteria
      .filter((c) => ids.includes(c.id))
      .map((c) => c.code)
      .join(', ');

  const record = (e: FormEvent) => {
    e.preventDefault();
    const problem = update((s) => setDecision(s, vacancy.id, scores.candidateId, outcome, reason, interviewDeps));
    setError(problem);
    setStatus(problem ? '' : `Decision for ${scores.code} recorded.`);
  };

  return (
    <form className="card iv-decision" onSubmit={record} aria-labelledby={`${id}-heading`} data-testid={`decision-${scores.code}`}>
      <h4 id={`${id}-heading`}>{scores.code}</h4>
      <p>
        Final total {scores.finalTotal}, rank {scores.rank}.
      </p>
      {recorded && (
        <p className="iv-recorded" data-testid="recorded-decision">
          <strong>Recorded: {OUTCOME_LABELS[recorded.outcome]}</strong>. {recorded.reason} (criteria named:{' '}
          {codes(recorded.criterionIds)}; {formatDate(recorded.decidedAt, true)})
        </p>
      )}
      <fieldset className="no-print">
        <legend>Outcome for {scores.code}</legend>
        {OUTCOMES.map((o) => (
          <span key={o} className="iv-radio">
            <input
              type="radio"
              id={`${id}-${o}`}
              name={`${id}-outcome`}
              checked={outcome === o}
              onChange={() => setOutcome(o)}
            />
            <label htmlFor={`${id}-${o}`}>{OUTCOME_LABELS[o]}</label>
          </span>
        ))}
      </fieldset>
      <div className="no-print">
        <label htmlFor={`${id}-reason`}>Reason for the decision on {scores.code}</label>
        <p className="hint" id={`${id}-named`}>
          {named.length === 0
            ? 'The reason does not name a criterion yet.'
            : `Criteria named: ${named.map((c) => c.code).join(', ')}.`}
        </p>
        <textarea
          id={`${id}-reason`}
          rows={3}
          aria-describedby={`${id}-named`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <fieldset className="row iv-chips">
          <legend className="visually-hidden">Add a criterion to the reason</legend>
          {vacancy.criteria.map((c) => (
            <button
              key={c.id}
              type="button"
              className="secondary"
              title={c.text}
              aria-label={`Add ${c.code} (${c.text}) to the reason`}
              onClick={() => setReason((r) => `${r.trimEnd()}${r.trim() ? ' ' : ''}${c.code}`)}
            >
              {c.code}
            </button>
          ))}
        </fieldset>
        <ActionError message={error} />
        <div className="row">
          <button type="submit">{recorded ? 'Change the decision' : 'Record the decision'}</button>
          {recorded && (
            <button
              type="button"
              className="secondary"
              onClick={() => setError(update((s) => clearDecision(s, vacancy.id, scores.candidateId)))}
            >
              Clear the decision
            </button>
          )}
        </div>
        <StatusMessage message={status} />
      </div>
    </form>
  );
}

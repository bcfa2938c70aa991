import { useId } from 'react';
import { moderate } from '@/lib/interview';
import { DecisionForm } from './DecisionForm';
import type { VacancyProps } from './vacancy-props';

/** The decision for every candidate, each with a reason against the person-specification criteria. */
export function DecisionsView({ vacancy, update }: VacancyProps) {
  const id = useId();
  const { candidates } = moderate(vacancy);
  const name = (mid: string) => vacancy.panel.find((m) => m.id === mid)?.name ?? 'Former panel member';
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Decisions</h3>
      <p className="hint">
        Decide on the evidence and the scores, not on “fit”. Each reason must name at least one criterion by its code (for
        example E1) or its wording.
      </p>
      {candidates.length === 0 && <p>No candidates yet.</p>}
      {candidates.map((c) =>
        c.ready ? (
          <DecisionForm key={c.candidateId} vacancy={vacancy} scores={c} update={update} />
        ) : (
          <section key={c.candidateId} className="card" aria-label={c.code}>
            <h4>{c.code}</h4>
            <p>Decide after scoring. Still to submit marks: {c.waitingFor.map(name).join(', ')}.</p>
          </section>
        ),
      )}
    </section>
  );
}

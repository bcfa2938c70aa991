import { useId } from 'react';
import { moderate } from '@/lib/interview';
import { CandidateModeration } from './CandidateModeration';
import type { VacancyProps } from './vacancy-props';

/**
 * Moderation: per candidate and question, the spread of the panel's marks, large disagreements
 * flagged for discussion, and the agreed marks; then the ranking by final total.
 */
export function ModerationView({ vacancy, update }: VacancyProps) {
  const id = useId();
  const moderation = moderate(vacancy);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Moderation</h3>
      <p className="hint">
        Where the panel’s marks are far apart, discuss the recorded evidence against the level descriptors and agree a
        mark. Until a mark is agreed, the mean of the panel’s marks counts.
      </p>
      {moderation.candidates.length === 0 && <p>No candidates yet.</p>}
      {moderation.candidates.map((c) => (
        <CandidateModeration key={c.candidateId} vacancy={vacancy} scores={c} update={update} />
      ))}
      {moderation.ranking.length > 0 && (
        <>
          <h4>Ranking</h4>
          <ol className="iv-ranking" data-testid="ranking">
            {moderation.ranking.map((r) => (
              <li key={r.candidateId}>
                {r.rank}. {r.code}: final total {r.finalTotal}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

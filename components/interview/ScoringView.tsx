import { useId, useState } from 'react';
import { scoringStatus } from '@/lib/interview';
import { CandidateList } from './CandidateList';
import { ScoringSheet } from './ScoringSheet';
import type { VacancyProps } from './vacancy-props';

/**
 * Independent scoring: the panel member says who is scoring, picks a candidate and fills in their
 * own sheet. Nobody sees anyone else's marks for a candidate until every scorer has submitted.
 */
export function ScoringView({ vacancy, update }: VacancyProps) {
  const id = useId();
  const [memberId, setMemberId] = useState('');
  const [candidateId, setCandidateId] = useState('');
  const scorers = vacancy.panel.filter((m) => m.scores);
  const member = scorers.find((m) => m.id === memberId);
  const candidate = vacancy.candidates.find((c) => c.id === candidateId);
  const name = (mid: string) => vacancy.panel.find((m) => m.id === mid)?.name ?? 'Former panel member';

  return (
    <>
      <CandidateList vacancy={vacancy} update={update} />
      <section aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>Scoring</h3>
        {vacancy.candidates.length > 0 && scorers.length > 0 && (
          <table className="iv-table" aria-label="Who has submitted marks">
            <thead>
              <tr>
                <th scope="col">Candidate</th>
                <th scope="col">Submitted</th>
                <th scope="col">Still to submit</th>
              </tr>
            </thead>
            <tbody>
              {vacancy.candidates.map((c) => {
                const status = scoringStatus(vacancy, c.id);
                return (
                  <tr key={c.id}>
                    <th scope="row">{c.code}</th>
                    <td>{status.submitted.map(name).join(', ') || 'nobody yet'}</td>
                    <td>{status.waitingFor.map(name).join(', ') || 'nobody: marks are shown'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {scorers.length === 0 ? (
          <p>Add panel members who mark candidates first (step 1, Plan).</p>
        ) : vacancy.questions.length === 0 ? (
          <p>Add the questions first (step 2, Questions).</p>
        ) : (
          <div className="row iv-fields no-print">
            <div>
              <label htmlFor={`${id}-member`}>Who is scoring?</label>
              <select id={`${id}-member`} value={memberId} onChange={(e) => setMemberId(e.target.value)}>
                <option value="">Choose your name</option>
                {scorers.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${id}-candidate`}>Candidate</label>
              <select id={`${id}-candidate`} value={candidateId} onChange={(e) => setCandidateId(e.target.value)}>
                <option value="">Choose a candidate</option>
                {vacancy.candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.code}
                  </option>
                ))}
              </select>
            </div>
          </div>
        )}
        {member && candidate && (
          <ScoringSheet
            key={`${member.id}/${candidate.id}`}
            vacancy={vacancy}
            member={member}
            candidate={candidate}
            update={update}
          />
        )}
      </section>
    </>
  );
}

import { useId } from 'react';
import type { UpdateInterview } from './interview-store';
import type { CandidateScores, Vacancy } from '@/lib/interview';
import { AgreedMarkForm } from './AgreedMarkForm';

/** One candidate's marks question by question: each member's mark, the spread and the agreed mark. */
export function CandidateModeration({
  vacancy,
  scores,
  update,
}: {
  vacancy: Vacancy;
  scores: CandidateScores;
  update: UpdateInterview;
}) {
  const id = useId();
  const name = (mid: string) => vacancy.panel.find((m) => m.id === mid)?.name ?? 'Former panel member';
  const scorers = scores.memberTotals.map((t) => t.memberId);
  return (
    <section className="card" aria-labelledby={`${id}-heading`} data-testid={`moderation-${scores.code}`}>
      <h4 id={`${id}-heading`}>{scores.code}</h4>
      {!scores.ready ? (
        <p>Marks are hidden until everyone has submitted. Still to submit: {scores.waitingFor.map(name).join(', ')}.</p>
      ) : (
        <>
          <p>
            {scores.disagreements === 0
              ? 'No large disagreements.'
              : `${scores.disagreements} large ${scores.disagreements === 1 ? 'disagreement' : 'disagreements'} to discuss.`}{' '}
            Final total {scores.finalTotal} (mean of the panel’s totals {scores.meanTotal}), rank {scores.rank}.
          </p>
          <div className="iv-scroll">
            <table className="iv-table">
              <caption className="visually-hidden">Marks for {scores.code}</caption>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  {scorers.map((m) => (
                    <th key={m} scope="col">
                      {name(m)}
                    </th>
                  ))}
                  <th scope="col">Lowest</th>
                  <th scope="col">Highest</th>
                  <th scope="col">Spread</th>
                  <th scope="col">Mean</th>
                  <th scope="col">Median</th>
                  <th scope="col">Agreed mark</th>
                </tr>
              </thead>
              <tbody>
                {scores.questions.map((q) => {
                  const question = vacancy.questions.find((x) => x.id === q.questionId);
                  return (
                    <tr key={q.questionId} className={q.disagreement ? 'iv-disagree' : undefined}>
                      <th scope="row">
                        Question {q.number}
                        {q.disagreement && (
                          <span className="tag sev-warning iv-flag" data-testid="disagreement">
                            Large disagreement: discuss the evidence
                          </span>
                        )}
                      </th>
                      {scorers.map((m) => (
                        <td key={m}>{q.marks.find((x) => x.memberId === m)?.mark ?? '–'}</td>
                      ))}
                      <td>{q.stats?.min ?? '–'}</td>
                      <td>{q.stats?.max ?? '–'}</td>
                      <td data-testid="spread">{q.stats?.spread ?? '–'}</td>
                      <td>{q.stats?.mean ?? '–'}</td>
                      <td>{q.stats?.median ?? '–'}</td>
                      <td>
                        {question && (
                          <AgreedMarkForm
                            vacancyId={vacancy.id}
                            candidateId={scores.candidateId}
                            code={scores.code}
                            question={question}
                            number={q.number}
                            scores={q}
                            update={update}
                          />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <details className="iv-evidence-list">
            <summary>Evidence notes for {scores.code}</summary>
            {scores.questions.map((q) => (
              <div key={q.questionId}>
                <h5>Question {q.number}</h5>
                <ul>
                  {q.marks.map((m) => {
                    const evidence = vacancy.sheets.find(
                      (s) => s.memberId === m.memberId && s.candidateId === scores.candidateId,
                    )?.marks[q.questionId]?.evidence;
                    return (
                      <li key={m.memberId}>
                        {name(m.memberId)} ({m.mark}): {evidence || 'no notes'}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </details>
        </>
      )}
    </section>
  );
}

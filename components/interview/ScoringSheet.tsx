import { useId, useState } from 'react';
import { interviewDeps, type UpdateInterview } from './interview-store';
import {
  type Candidate,
  type PanelMember,
  recordMark,
  reopenSheet,
  submitSheet,
  type Vacancy,
  visibleSheets,
} from '@/lib/interview';
import { ActionError } from './ActionError';
import { DraftField } from './DraftField';
import { formatDate } from './format-date';
import { RevealedMarks } from './RevealedMarks';

/**
 * One panel member's marks and evidence notes for one candidate. Until every scorer has submitted,
 * it shows only this member's own sheet (the model's `visibleSheets`); afterwards everyone's.
 */
export function ScoringSheet({
  vacancy,
  member,
  candidate,
  update,
}: {
  vacancy: Vacancy;
  member: PanelMember;
  candidate: Candidate;
  update: UpdateInterview;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const visible = visibleSheets(vacancy, candidate.id, member.id);
  const own = visible.sheets.find((s) => s.memberId === member.id);
  const submitted = own?.submittedAt ?? null;
  const name = (mid: string) => vacancy.panel.find((m) => m.id === mid)?.name ?? 'Former panel member';
  const criteria = (ids: readonly string[]) =>
    vacancy.criteria
      .filter((c) => ids.includes(c.id))
      .map((c) => c.code)
      .join(', ');

  return (
    <section className="card iv-sheet" aria-labelledby={`${id}-heading`} data-testid="scoring-sheet">
      <h4 id={`${id}-heading`}>
        {member.name}’s marks for {candidate.code}
      </h4>
      {visible.revealed ? (
        <p className="iv-notice">Everyone has submitted marks for {candidate.code}, so all marks are shown below.</p>
      ) : (
        <p className="iv-notice" data-testid="marks-hidden">
          Other panel members’ marks for {candidate.code} are hidden until everyone has submitted. Still to submit:{' '}
          {visible.waitingFor.map(name).join(', ')}.
        </p>
      )}
      {submitted && (
        <p>
          You submitted these marks on {formatDate(submitted, true)}. They are locked
          {visible.revealed ? '; any change is agreed in moderation.' : ' unless you reopen them.'}
        </p>
      )}
      <ol className="iv-mark-list">
        {vacancy.questions.map((q, n) => {
          const entry = own?.marks[q.id] ?? { mark: null, evidence: '' };
          const codes = criteria(q.criterionIds);
          return (
            <li key={q.id} className="iv-mark">
              <fieldset>
                <legend>
                  Question {n + 1}: {q.text}
                  {codes && <span className="hint"> ({codes})</span>}
                </legend>
                {q.scale.labels.map((label, i) => {
                  const level = q.scale.min + i;
                  const descriptor = q.descriptors[i];
                  return (
                    <div key={level} className="iv-level">
                      <input
                        type="radio"
                        id={`${id}-${q.id}-${level}`}
                        name={`${id}-${q.id}`}
                        checked={entry.mark === level}
                        disabled={submitted !== null}
                        aria-describedby={descriptor ? `${id}-${q.id}-${level}-d` : undefined}
                        onChange={() =>
                          setError(
                            update((s) =>
                              recordMark(s, vacancy.id, {
                                memberId: member.id,
                                candidateId: candidate.id,
                                questionId: q.id,
                                mark: level,
                              }),
                            ),
                          )
                        }
                      />
                      <label htmlFor={`${id}-${q.id}-${level}`}>
                        {level}: {label}
                      </label>
                      {descriptor && (
                        <span id={`${id}-${q.id}-${level}-d`} className="hint iv-descriptor">
                          {descriptor}
                        </span>
                      )}
                    </div>
                  );
                })}
              </fieldset>
              <DraftField
                label={`Evidence notes for question ${n + 1}`}
                multiline
                rows={3}
                disabled={submitted !== null}
                value={entry.evidence}
                hint="What the candidate said or did, not your impression of them."
                onCommit={(evidence) =>
                  update((s) =>
                    recordMark(s, vacancy.id, {
                      memberId: member.id,
                      candidateId: candidate.id,
                      questionId: q.id,
                      evidence,
                    }),
                  )
                }
              />
            </li>
          );
        })}
      </ol>
      <div className="row no-print">
        {submitted === null ? (
          <button
            type="button"
            onClick={() => setError(update((s) => submitSheet(s, vacancy.id, member.id, candidate.id, interviewDeps)))}
          >
            Submit my marks for {candidate.code}
          </button>
        ) : (
          !visible.revealed && (
            <button
              type="button"
              className="secondary"
              onClick={() => setError(update((s) => reopenSheet(s, vacancy.id, member.id, candidate.id)))}
            >
              Reopen my marks for {candidate.code}
            </button>
          )
        )}
      </div>
      <ActionError message={error} />
      {visible.revealed && <RevealedMarks vacancy={vacancy} sheets={visible.sheets} />}
    </section>
  );
}

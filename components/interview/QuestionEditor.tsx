import { useId, useState } from 'react';
import { interviewDeps, type UpdateInterview } from './interview-store';
import {
  checkQuestions,
  type Criterion,
  moveQuestion,
  type Question,
  removeQuestion,
  STANDARD_DESCRIPTORS,
  setDescriptor,
  updateQuestion,
} from '@/lib/interview';
import { ActionError } from './ActionError';
import { CriteriaPicker } from './CriteriaPicker';
import { DraftField } from './DraftField';
import { QuestionFindings } from './QuestionFindings';
import { questionCheck } from './question-check';

/**
 * One question: its wording (checked by the engine whenever it changes), the criteria it assesses,
 * and what an answer at each level of its scale looks like. Once scoring has started, only the
 * wording can still be corrected.
 */
export function QuestionEditor({
  vacancyId,
  question,
  number,
  count,
  criteria,
  locked,
  update,
}: {
  vacancyId: string;
  question: Question;
  /** 1-based position. */
  number: number;
  count: number;
  criteria: readonly Criterion[];
  /** Scoring has started: questions, scale and descriptors are fixed. */
  locked: boolean;
  update: UpdateInterview;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const run = (change: Parameters<UpdateInterview>[0]) => setError(update(change));
  const written = question.descriptors.filter((d) => d.trim()).length;
  // The standard wording fits the default 0 to 4 scale only.
  const sameScale = question.scale.labels.length === STANDARD_DESCRIPTORS.length;
  const recheck = (s: Parameters<Parameters<UpdateInterview>[0]>[0]) =>
    checkQuestions(s, vacancyId, questionCheck, interviewDeps, [question.id]);

  return (
    <li className="card iv-question" data-testid="question" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Question {number}</h4>
      <DraftField
        label={`Wording of question ${number}`}
        multiline
        value={question.text}
        onCommit={(text) => update((s) => recheck(updateQuestion(s, vacancyId, question.id, { text })))}
      />
      <QuestionFindings question={question} />
      <CriteriaPicker
        legend={`Criteria question ${number} assesses`}
        criteria={criteria}
        selected={question.criterionIds}
        onChange={(criterionIds) => run((s) => updateQuestion(s, vacancyId, question.id, { criterionIds }))}
      />
      <details className="iv-more">
        <summary>
          Level descriptors: what an answer at each level looks like ({written} of {question.scale.labels.length} written)
        </summary>
      <fieldset className="iv-descriptors">
        <legend className="visually-hidden">What an answer at each level looks like</legend>
        <p className="hint">Write these with the panel before the first interview; they are fixed once scoring starts.</p>
        {!locked && written < question.scale.labels.length && sameScale && (
          <p>
            <button
              type="button"
              className="secondary"
              onClick={() =>
                run((s) =>
                  question.descriptors.reduce(
                    (next, d, i) => (d.trim() ? next : setDescriptor(next, vacancyId, question.id, question.scale.min + i, STANDARD_DESCRIPTORS[i] ?? '')),
                    s,
                  ),
                )
              }
            >
              Fill the empty levels with the standard wording
            </button>
          </p>
        )}
        {question.scale.labels.map((label, i) => {
          const level = question.scale.min + i;
          return (
            <DraftField
              key={level}
              label={`Level ${level}: ${label}`}
              multiline
              disabled={locked}
              value={question.descriptors[i] ?? ''}
              onCommit={(text) => update((s) => setDescriptor(s, vacancyId, question.id, level, text))}
            />
          );
        })}
      </fieldset>
      </details>
      <div className="row no-print">
        <button type="button" className="secondary" onClick={() => run(recheck)}>
          Check wording again
        </button>
        <button
          type="button"
          className="secondary"
          disabled={locked || number === 1}
          onClick={() => run((s) => moveQuestion(s, vacancyId, question.id, number - 2))}
        >
          Move question {number} up
        </button>
        <button
          type="button"
          className="secondary"
          disabled={locked || number === count}
          onClick={() => run((s) => moveQuestion(s, vacancyId, question.id, number))}
        >
          Move question {number} down
        </button>
        <button
          type="button"
          className="secondary"
          disabled={locked}
          onClick={() => run((s) => removeQuestion(s, vacancyId, question.id))}
        >
          Remove question {number}
        </button>
      </div>
      <ActionError message={error} />
    </li>
  );
}

import { useId, useState } from 'react';
import { interviewDeps, type UpdateInterview } from './interview-store';
import {
  checkQuestions,
  type Criterion,
  moveQuestion,
  type Question,
  removeQuestion,
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
      <fieldset className="iv-descriptors">
        <legend>What an answer at each level looks like</legend>
        <p className="hint">Write these with the panel before the first interview; they are fixed once scoring starts.</p>
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

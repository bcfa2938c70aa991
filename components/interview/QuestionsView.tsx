import { useId, useState } from 'react';
import { interviewDeps } from './interview-store';
import { checkQuestions, questionSetGaps, scoringStarted } from '@/lib/interview';
import { ActionError } from './ActionError';
import { CriteriaEditor } from './CriteriaEditor';
import { NewQuestionForm } from './NewQuestionForm';
import { QuestionEditor } from './QuestionEditor';
import { questionCheck } from './question-check';
import type { VacancyProps } from './vacancy-props';

/** Criteria, then the question set with its scoring guide, then what is still missing before the interviews. */
export function QuestionsView({ vacancy, update }: VacancyProps) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const locked = scoringStarted(vacancy);
  const gaps = questionSetGaps(vacancy).messages;
  return (
    <>
      <CriteriaEditor vacancy={vacancy} update={update} />
      <section aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>Questions and scoring guide</h3>
        <p className="hint">
          Every candidate is asked the same questions in the same order. Each question is checked for wording about
          protected characteristics, health before a job offer (Equality Act 2010, section 60), childcare, “where are you
          from” and “fit”.
        </p>
        {locked && (
          <p className="iv-notice">
            Scoring has started, so the questions, their order and the level descriptors are fixed. Wording can still be
            corrected.
          </p>
        )}
        {gaps.length > 0 && (
          <div className="iv-gaps" data-testid="question-gaps">
            <h4>Still to do before the interviews</h4>
            <ul>
              {gaps.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          </div>
        )}
        {vacancy.questions.length > 0 && (
          <>
            <ol className="iv-questions">
              {vacancy.questions.map((q, i) => (
                <QuestionEditor
                  key={q.id}
                  vacancyId={vacancy.id}
                  question={q}
                  number={i + 1}
                  count={vacancy.questions.length}
                  criteria={vacancy.criteria}
                  locked={locked}
                  update={update}
                />
              ))}
            </ol>
            <button
              type="button"
              className="secondary no-print"
              onClick={() => setError(update((s) => checkQuestions(s, vacancy.id, questionCheck, interviewDeps)))}
            >
              Check the wording of every question again
            </button>
            <ActionError message={error} />
          </>
        )}
        {!locked && <NewQuestionForm vacancy={vacancy} update={update} />}
      </section>
    </>
  );
}

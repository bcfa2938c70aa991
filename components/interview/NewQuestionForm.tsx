import { type FormEvent, useId, useState } from 'react';
import { interviewDeps } from './interview-store';
import { addQuestion, checkQuestions } from '@/lib/interview';
import { ActionError } from './ActionError';
import { CriteriaPicker } from './CriteriaPicker';
import { questionCheck } from './question-check';
import type { VacancyProps } from './vacancy-props';

/** Adds a question linked to criteria; its wording is checked straight away. */
export function NewQuestionForm({ vacancy, update }: VacancyProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [criterionIds, setCriterionIds] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const add = (e: FormEvent) => {
    e.preventDefault();
    const problem = update((s) => {
      const added = addQuestion(s, vacancy.id, { text, criterionIds }, interviewDeps);
      return checkQuestions(added.state, vacancy.id, questionCheck, interviewDeps, [added.id]);
    });
    setError(problem);
    if (problem) return;
    setText('');
    setCriterionIds([]);
  };
  return (
    <form className="card no-print" onSubmit={add} aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Add a question</h4>
      <label htmlFor={`${id}-text`}>Question</label>
      <p className="hint" id={`${id}-hint`}>
        Ask for evidence of a criterion: “Tell us about a time when…” or “What would you do if…”.
      </p>
      <textarea
        id={`${id}-text`}
        rows={2}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <CriteriaPicker
        legend="Criteria this question assesses"
        criteria={vacancy.criteria}
        selected={criterionIds}
        onChange={setCriterionIds}
      />
      <ActionError message={error} />
      <button type="submit">Add question</button>
    </form>
  );
}

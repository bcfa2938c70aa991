import { type FormEvent, useId, useState } from 'react';
import type { UpdateInterview } from './interview-store';
import { clearAgreedMark, type Question, type QuestionScores, setAgreedMark } from '@/lib/interview';
import { ActionError } from './ActionError';

/** Agrees the moderated mark for one answer; a reason is needed when it is not the mean. */
export function AgreedMarkForm({
  vacancyId,
  candidateId,
  code,
  question,
  number,
  scores,
  update,
}: {
  vacancyId: string;
  candidateId: string;
  code: string;
  question: Question;
  number: number;
  scores: QuestionScores;
  update: UpdateInterview;
}) {
  const id = useId();
  const suggested = scores.agreed?.mark ?? Math.round(scores.stats?.mean ?? question.scale.min);
  const [mark, setMark] = useState(String(suggested));
  const [reason, setReason] = useState(scores.agreed?.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const agree = (e: FormEvent) => {
    e.preventDefault();
    setError(update((s) => setAgreedMark(s, vacancyId, candidateId, question.id, Number(mark), reason)));
  };
  return (
    <form className="iv-agree" onSubmit={agree}>
      {scores.agreed && (
        <p>
          <strong>Agreed: {scores.agreed.mark}</strong>
          {scores.agreed.reason && ` (${scores.agreed.reason})`}
        </p>
      )}
      <label htmlFor={`${id}-mark`} className="visually-hidden">
        Agreed mark for {code}, question {number}
      </label>
      <select id={`${id}-mark`} value={mark} onChange={(e) => setMark(e.target.value)}>
        {question.scale.labels.map((label, i) => (
          <option key={label} value={question.scale.min + i}>
            {question.scale.min + i}: {label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-reason`} className="visually-hidden">
        Reason for the agreed mark for {code}, question {number}
      </label>
      <input
        id={`${id}-reason`}
        placeholder="Reason (needed unless it is the mean)"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="row no-print">
        <button type="submit" aria-label={`${scores.agreed ? 'Change the agreed mark' : 'Agree the mark'} for ${code}, question ${number}`}>
          {scores.agreed ? 'Change' : 'Agree mark'}
        </button>
        {scores.agreed && (
          <button
            type="button"
            className="secondary"
            aria-label={`Clear the agreed mark for ${code}, question ${number}`}
            onClick={() => setError(update((s) => clearAgreedMark(s, vacancyId, candidateId, question.id)))}
          >
            Clear
          </button>
        )}
      </div>
      <ActionError message={error} />
    </form>
  );
}

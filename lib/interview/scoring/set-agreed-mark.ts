import { InterviewError } from '../interview-error';
import { findQuestion } from '../questions/find-question';
import type { InterviewState } from '../schema';
import { mapVacancy } from '../state/map-vacancy';
import { round2 } from '../util/round2';
import { requireAllSubmitted } from './require-all-submitted';

/**
 * Records the moderated (agreed) mark for one answer, after everyone has submitted. A reason is
 * required whenever the agreed mark is not exactly the mean of the panel's marks.
 */
export function setAgreedMark(
  state: InterviewState,
  vacancyId: string,
  candidateId: string,
  questionId: string,
  mark: number,
  reason = '',
): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    requireAllSubmitted(v, candidateId);
    const q = findQuestion(v, questionId);
    if (!Number.isInteger(mark) || mark < q.scale.min || mark > q.scale.max)
      throw new InterviewError(`Marks for this question are whole numbers from ${q.scale.min} to ${q.scale.max}.`);
    const marks = v.sheets
      .filter((s) => s.candidateId === candidateId && v.panel.some((m) => m.scores && m.id === s.memberId))
      .flatMap((s) => {
        const m = s.marks[questionId]?.mark;
        return m == null ? [] : [m];
      });
    const mean = marks.reduce((a, b) => a + b, 0) / (marks.length || 1);
    const why = reason.trim();
    if (why.length > 2000) throw new InterviewError('The reason must be at most 2000 characters.');
    if (mark !== mean && !why)
      throw new InterviewError(
        `Give a reason: the agreed mark (${mark}) is not the mean of the panel's marks (${round2(mean)}).`,
      );
    const entry = { candidateId, questionId, mark, reason: why };
    const rest = v.agreed.filter((a) => !(a.candidateId === candidateId && a.questionId === questionId));
    return { ...v, agreed: [...rest, entry] };
  });
}

import { InterviewError } from '../interview-error';
import type { InterviewState } from '../schema';
import { mapVacancy } from '../state/map-vacancy';

/** Deletes a criterion and unlinks it from questions. Not allowed once a decision's reason names it. */
export function removeCriterion(state: InterviewState, vacancyId: string, criterionId: string): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    const criterion = v.criteria.find((c) => c.id === criterionId);
    if (!criterion) throw new InterviewError('This criterion no longer exists.');
    if (v.decisions.some((d) => d.criterionIds.includes(criterionId)))
      throw new InterviewError(`${criterion.code} is named in a recorded decision, so cannot be removed.`);
    return {
      ...v,
      criteria: v.criteria.filter((c) => c.id !== criterionId),
      questions: v.questions.map((q) =>
        q.criterionIds.includes(criterionId)
          ? { ...q, criterionIds: q.criterionIds.filter((c) => c !== criterionId) }
          : q,
      ),
    };
  });
}

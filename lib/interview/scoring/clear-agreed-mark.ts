import type { InterviewState } from '../schema';
import { mapVacancy } from '../state/map-vacancy';

/** Removes an agreed mark, so the mean counts again. */
export function clearAgreedMark(state: InterviewState, vacancyId: string, candidateId: string, questionId: string): InterviewState {
  return mapVacancy(state, vacancyId, (v) => ({
    ...v,
    agreed: v.agreed.filter((a) => !(a.candidateId === candidateId && a.questionId === questionId)),
  }));
}

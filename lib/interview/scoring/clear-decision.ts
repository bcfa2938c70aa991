import type { InterviewState } from '../schema';
import { mapVacancy } from '../state/map-vacancy';

/** Removes the recorded decision for a candidate. */
export function clearDecision(state: InterviewState, vacancyId: string, candidateId: string): InterviewState {
  return mapVacancy(state, vacancyId, (v) => ({ ...v, decisions: v.decisions.filter((d) => d.candidateId !== candidateId) }));
}

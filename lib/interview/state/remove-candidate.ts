import { InterviewError } from '../interview-error';
import type { InterviewState } from '../schema';
import { mapVacancy } from './map-vacancy';

/** Removes a candidate. Not allowed once anyone has marked them: the marks are part of the record. */
export function removeCandidate(state: InterviewState, vacancyId: string, candidateId: string): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    const candidate = v.candidates.find((c) => c.id === candidateId);
    if (!candidate) throw new InterviewError('This candidate is no longer in the vacancy.');
    if (v.sheets.some((s) => s.candidateId === candidateId) || v.decisions.some((d) => d.candidateId === candidateId))
      throw new InterviewError(`${candidate.code} has already been marked, so cannot be removed.`);
    return { ...v, candidates: v.candidates.filter((c) => c.id !== candidateId) };
  });
}

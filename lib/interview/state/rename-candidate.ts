import { InterviewError } from '../interview-error';
import type { InterviewState } from '../schema';
import { cleanCode } from './add-candidate';
import { mapVacancy } from './map-vacancy';

/** Changes a candidate's code. */
export function renameCandidate(
  state: InterviewState,
  vacancyId: string,
  candidateId: string,
  code: string,
): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    if (!v.candidates.some((c) => c.id === candidateId))
      throw new InterviewError('This candidate is no longer in the vacancy.');
    const clean = cleanCode(v, code, candidateId);
    return { ...v, candidates: v.candidates.map((c) => (c.id === candidateId ? { ...c, code: clean } : c)) };
  });
}

import { InterviewError } from '../interview-error';
import type { InterviewDeps, InterviewState, Vacancy } from '../schema';
import { normaliseText } from '../util/normalise-text';
import { candidateCode } from './candidate-code';
import { mapVacancy } from './map-vacancy';

/** Trims a candidate code and checks it is new in this vacancy (shared with `renameCandidate`). */
export function cleanCode(vacancy: Vacancy, code: string, exceptId?: string): string {
  const clean = code.trim();
  if (!clean) throw new InterviewError('Give the candidate a code, for example "Candidate 07".');
  if (clean.length > 100) throw new InterviewError('The candidate code must be at most 100 characters.');
  if (vacancy.candidates.some((c) => c.id !== exceptId && normaliseText(c.code) === normaliseText(clean)))
    throw new InterviewError(`There is already a candidate called "${clean}".`);
  return clean;
}

/**
 * Adds a candidate by code. Use the anonymiser's code ("Candidate 07") or any text that does not
 * identify the person. With no code, the next free "Candidate NN" is used.
 */
export function addCandidate(
  state: InterviewState,
  vacancyId: string,
  code: string | undefined,
  deps: InterviewDeps,
): { state: InterviewState; id: string } {
  const id = deps.newId();
  const next = mapVacancy(state, vacancyId, (v) => {
    let chosen = code;
    if (chosen === undefined) {
      let n = v.candidates.length + 1;
      while (v.candidates.some((c) => c.code === candidateCode(n))) n++;
      chosen = candidateCode(n);
    }
    return { ...v, candidates: [...v.candidates, { id, code: cleanCode(v, chosen) }] };
  });
  return { state: next, id };
}

import type { InterviewState } from '../schema';
import { findVacancy } from './find-vacancy';

/** Deletes a vacancy and everything recorded for it. The UI should confirm first (and offer an export). */
export function removeVacancy(state: InterviewState, vacancyId: string): InterviewState {
  findVacancy(state, vacancyId);
  return { ...state, vacancies: state.vacancies.filter((v) => v.id !== vacancyId) };
}

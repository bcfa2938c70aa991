import type { InterviewState, Vacancy } from '../schema';
import { findVacancy } from './find-vacancy';

/** A new state with one vacancy replaced by `change(vacancy)`. The helper every mutation goes through. */
export function mapVacancy(
  state: InterviewState,
  vacancyId: string,
  change: (vacancy: Vacancy) => Vacancy,
): InterviewState {
  const next = change(findVacancy(state, vacancyId));
  return { ...state, vacancies: state.vacancies.map((v) => (v.id === vacancyId ? next : v)) };
}

import { InterviewError } from '../interview-error';
import type { InterviewState, Vacancy } from '../schema';

/** The vacancy with this id; throws `InterviewError` when it has been deleted. */
export function findVacancy(state: InterviewState, vacancyId: string): Vacancy {
  const vacancy = state.vacancies.find((v) => v.id === vacancyId);
  if (!vacancy) throw new InterviewError('This vacancy no longer exists.');
  return vacancy;
}

import type { InterviewState, Vacancy } from '@/lib/interview';

/** The vacancy chosen or edited most recently; if that one is gone, the newest; null when there are none. */
export function currentVacancy(state: InterviewState, chosenId: string | null): Vacancy | null {
  return state.vacancies.find((v) => v.id === chosenId) ?? state.vacancies.at(-1) ?? null;
}

import type { InterviewState, VacancyDates } from '../schema';
import { cleanVacancyInput } from './add-vacancy';
import { mapVacancy } from './map-vacancy';

/** Changes a vacancy's title, reference or dates; fields left out keep their value. */
export function updateVacancy(
  state: InterviewState,
  vacancyId: string,
  patch: { title?: string; reference?: string; dates?: Partial<VacancyDates> },
): InterviewState {
  return mapVacancy(state, vacancyId, (v) => ({
    ...v,
    ...cleanVacancyInput({ title: patch.title ?? v.title, reference: patch.reference, dates: patch.dates }, v),
  }));
}

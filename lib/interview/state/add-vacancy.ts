import { InterviewError } from '../interview-error';
import type { InterviewDeps, InterviewState, Monitoring, Vacancy, VacancyDates } from '../schema';
import { ETHNIC_GROUPS } from '../schema';

export interface VacancyInput {
  title: string;
  reference?: string;
  dates?: Partial<VacancyDates>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Trims and checks a vacancy's title, reference and dates (shared with `updateVacancy`). */
export function cleanVacancyInput(input: VacancyInput, previous?: Vacancy) {
  const title = input.title.trim();
  if (!title) throw new InterviewError('Give the vacancy a title.');
  if (title.length > 200) throw new InterviewError('The title must be at most 200 characters.');
  const reference = (input.reference ?? previous?.reference ?? '').trim();
  if (reference.length > 100) throw new InterviewError('The reference must be at most 100 characters.');
  const dates: VacancyDates = {
    closing: null,
    shortlisting: null,
    interview: null,
    ...previous?.dates,
    ...input.dates,
  };
  for (const value of Object.values(dates))
    if (value !== null && (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))))
      throw new InterviewError(`"${value}" is not a date; use the form 2026-03-31.`);
  return { title, reference, dates };
}

export function emptyMonitoring(): Monitoring {
  return Object.fromEntries(ETHNIC_GROUPS.map((g) => [g, { shortlisted: 0, appointed: 0 }])) as Monitoring;
}

/** Adds a vacancy with an empty panel, an all-open checklist and no questions. */
export function addVacancy(
  state: InterviewState,
  input: VacancyInput,
  deps: InterviewDeps,
): { state: InterviewState; id: string } {
  const id = deps.newId();
  const vacancy: Vacancy = {
    id,
    ...cleanVacancyInput(input),
    createdAt: deps.now(),
    panel: [],
    checklist: {},
    criteria: [],
    questions: [],
    candidates: [],
    sheets: [],
    agreed: [],
    decisions: [],
    monitoring: emptyMonitoring(),
  };
  return { state: { ...state, vacancies: [...state.vacancies, vacancy] }, id };
}

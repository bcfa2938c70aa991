import type { UpdateInterview } from './interview-store';
import type { Vacancy } from '@/lib/interview';

/** What every view of one vacancy receives: the vacancy to show and the way to change the state. */
export interface VacancyProps {
  vacancy: Vacancy;
  update: UpdateInterview;
}

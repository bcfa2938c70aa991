import type { Vacancy } from '../schema';

/** True once any panel member has recorded any mark: from then on the questions and scales are fixed. */
export function scoringStarted(vacancy: Vacancy): boolean {
  return vacancy.sheets.some((s) => Object.values(s.marks).some((m) => m.mark !== null));
}

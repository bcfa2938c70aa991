import type { InterviewState, Vacancy } from '../schema';

/**
 * Adds imported vacancies (from `importBackup`) to the state. A vacancy whose id is already there
 * replaces it (the UI should ask first: see `replaced`); the others are added at the end.
 */
export function importVacancies(
  state: InterviewState,
  vacancies: readonly Vacancy[],
): { state: InterviewState; added: string[]; replaced: string[] } {
  const incoming = new Map(vacancies.map((v) => [v.id, v]));
  const replaced = state.vacancies.filter((v) => incoming.has(v.id)).map((v) => v.id);
  const kept = state.vacancies.map((v) => incoming.get(v.id) ?? v);
  const fresh = vacancies.filter((v) => !replaced.includes(v.id));
  return { state: { ...state, vacancies: [...kept, ...fresh] }, added: fresh.map((v) => v.id), replaced };
}

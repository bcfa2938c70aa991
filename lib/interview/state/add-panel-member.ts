import { InterviewError } from '../interview-error';
import type { InterviewDeps, InterviewState, Role } from '../schema';
import { mapVacancy } from './map-vacancy';

export function cleanName(name: string): string {
  const clean = name.trim();
  if (!clean) throw new InterviewError('Give the panel member a name.');
  if (clean.length > 100) throw new InterviewError('The name must be at most 100 characters.');
  return clean;
}

/**
 * Adds a panel member. `scores` defaults to true, except for the independent member (critical
 * friend), who observes and challenges rather than marks.
 */
export function addPanelMember(
  state: InterviewState,
  vacancyId: string,
  input: { name: string; role: Role; scores?: boolean },
  deps: InterviewDeps,
): { state: InterviewState; id: string } {
  const name = cleanName(input.name);
  const id = deps.newId();
  const member = { id, name, role: input.role, scores: input.scores ?? input.role !== 'independent' };
  return { state: mapVacancy(state, vacancyId, (v) => ({ ...v, panel: [...v.panel, member] })), id };
}

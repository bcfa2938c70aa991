import { InterviewError } from '../interview-error';
import type { InterviewState, Role } from '../schema';
import { cleanName } from './add-panel-member';
import { mapVacancy } from './map-vacancy';

/** Renames a panel member or changes their role or whether they score. */
export function updatePanelMember(
  state: InterviewState,
  vacancyId: string,
  memberId: string,
  patch: { name?: string; role?: Role; scores?: boolean },
): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    const member = v.panel.find((m) => m.id === memberId);
    if (!member) throw new InterviewError('This panel member is no longer on the panel.');
    if (patch.scores === false && v.sheets.some((s) => s.memberId === memberId))
      throw new InterviewError(`${member.name} has already recorded marks, so must stay a scoring member.`);
    const next = {
      ...member,
      ...(patch.name === undefined ? {} : { name: cleanName(patch.name) }),
      ...(patch.role === undefined ? {} : { role: patch.role }),
      ...(patch.scores === undefined ? {} : { scores: patch.scores }),
    };
    return { ...v, panel: v.panel.map((m) => (m.id === memberId ? next : m)) };
  });
}

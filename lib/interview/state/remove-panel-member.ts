import { InterviewError } from '../interview-error';
import type { InterviewState } from '../schema';
import { mapVacancy } from './map-vacancy';

/** Takes someone off the panel. Not allowed once they have recorded marks: their marks are part of the record. */
export function removePanelMember(state: InterviewState, vacancyId: string, memberId: string): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    const member = v.panel.find((m) => m.id === memberId);
    if (!member) throw new InterviewError('This panel member is no longer on the panel.');
    if (v.sheets.some((s) => s.memberId === memberId))
      throw new InterviewError(`${member.name} has already recorded marks, so cannot be removed from the panel.`);
    return { ...v, panel: v.panel.filter((m) => m.id !== memberId) };
  });
}

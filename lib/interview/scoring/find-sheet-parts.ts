import { InterviewError } from '../interview-error';
import type { Candidate, PanelMember, Vacancy } from '../schema';

/** The panel member and candidate a sheet belongs to; throws `InterviewError` when either is gone. */
export function findSheetParts(
  vacancy: Vacancy,
  memberId: string,
  candidateId: string,
): { member: PanelMember; candidate: Candidate } {
  const member = vacancy.panel.find((m) => m.id === memberId);
  if (!member) throw new InterviewError('This panel member is no longer on the panel.');
  const candidate = vacancy.candidates.find((c) => c.id === candidateId);
  if (!candidate) throw new InterviewError('This candidate is no longer in the vacancy.');
  return { member, candidate };
}

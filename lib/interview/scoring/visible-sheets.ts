import type { Sheet, Vacancy } from '../schema';
import { scoringStatus } from './scoring-status';

export interface VisibleSheets {
  /** True once every scorer has submitted for this candidate: then all sheets are shown. */
  revealed: boolean;
  /** Before that, only the viewer's own sheet (if any); afterwards every sheet, in panel order. */
  sheets: Sheet[];
  /** Panel member ids still to submit. */
  waitingFor: string[];
}

/**
 * What panel member `viewerId` may see of a candidate's marks. Until all scorers have submitted,
 * each member sees only their own marks and notes, so nobody is anchored by anyone else's.
 */
export function visibleSheets(vacancy: Vacancy, candidateId: string, viewerId: string): VisibleSheets {
  const status = scoringStatus(vacancy, candidateId);
  const order = new Map(vacancy.panel.map((m, i) => [m.id, i]));
  const forCandidate = vacancy.sheets
    .filter((s) => s.candidateId === candidateId)
    .sort((a, b) => (order.get(a.memberId) ?? 0) - (order.get(b.memberId) ?? 0));
  return {
    revealed: status.allSubmitted,
    sheets: status.allSubmitted ? forCandidate : forCandidate.filter((s) => s.memberId === viewerId),
    waitingFor: status.waitingFor,
  };
}

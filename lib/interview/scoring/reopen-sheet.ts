import { InterviewError } from '../interview-error';
import type { InterviewState } from '../schema';
import { mapVacancy } from '../state/map-vacancy';
import { findSheetParts } from './find-sheet-parts';
import { scoringStatus } from './scoring-status';

/**
 * Unlocks a submitted sheet so its owner can correct it. Only while some scorer has still to submit
 * for that candidate: once the marks are revealed, changes go through moderation instead.
 */
export function reopenSheet(state: InterviewState, vacancyId: string, memberId: string, candidateId: string): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    const { member, candidate } = findSheetParts(v, memberId, candidateId);
    const sheet = v.sheets.find((s) => s.memberId === memberId && s.candidateId === candidateId);
    if (!sheet?.submittedAt) throw new InterviewError(`${member.name} has not submitted marks for ${candidate.code}.`);
    if (scoringStatus(v, candidateId).allSubmitted)
      throw new InterviewError(
        `Everyone has submitted marks for ${candidate.code}, so they can no longer be reopened: agree any change in moderation.`,
      );
    return { ...v, sheets: v.sheets.map((s) => (s === sheet ? { ...s, submittedAt: null } : s)) };
  });
}

import { InterviewError } from '../interview-error';
import type { InterviewDeps, InterviewState } from '../schema';
import { mapVacancy } from '../state/map-vacancy';
import { listInWords } from '../util/list-in-words';
import { findSheetParts } from './find-sheet-parts';

/**
 * Submits a panel member's marks for a candidate: stamps `submittedAt` and locks the sheet. Every
 * question needs a mark first. Once all scoring members have submitted, everyone's marks are shown.
 */
export function submitSheet(
  state: InterviewState,
  vacancyId: string,
  memberId: string,
  candidateId: string,
  deps: InterviewDeps,
): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    const { member, candidate } = findSheetParts(v, memberId, candidateId);
    if (!member.scores) throw new InterviewError(`${member.name} is not scoring on this panel.`);
    if (v.questions.length === 0) throw new InterviewError('There are no questions to mark yet.');
    const sheet = v.sheets.find((s) => s.memberId === memberId && s.candidateId === candidateId);
    if (sheet?.submittedAt) throw new InterviewError(`${member.name} has already submitted marks for ${candidate.code}.`);
    const unmarked = v.questions.flatMap((q, i) => (sheet?.marks[q.id]?.mark == null ? [i + 1] : []));
    if (!sheet || unmarked.length > 0)
      throw new InterviewError(
        `Give a mark for every question before submitting: ${unmarked.length === 1 ? 'question' : 'questions'} ${listInWords(unmarked)} ${unmarked.length === 1 ? 'has' : 'have'} no mark.`,
      );
    const next = { ...sheet, submittedAt: deps.now() };
    return { ...v, sheets: v.sheets.map((s) => (s === sheet ? next : s)) };
  });
}

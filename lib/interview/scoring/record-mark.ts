import { InterviewError } from '../interview-error';
import { findQuestion } from '../questions/find-question';
import type { InterviewState, MarkEntry, Sheet } from '../schema';
import { mapVacancy } from '../state/map-vacancy';
import { findSheetParts } from './find-sheet-parts';

export interface MarkInput {
  memberId: string;
  candidateId: string;
  questionId: string;
  /** A whole number on the question's scale, or null to clear. Left out: unchanged. */
  mark?: number | null;
  /** Evidence notes for this answer. Left out: unchanged. */
  evidence?: string;
}

/**
 * Records one panel member's mark and/or evidence notes for one answer, on their own sheet.
 * Refused for members who do not score and once the member has submitted that candidate's sheet.
 */
export function recordMark(state: InterviewState, vacancyId: string, input: MarkInput): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    const { member, candidate } = findSheetParts(v, input.memberId, input.candidateId);
    const question = findQuestion(v, input.questionId);
    if (!member.scores) throw new InterviewError(`${member.name} is not scoring on this panel.`);
    const { min, max } = question.scale;
    if (input.mark != null && (!Number.isInteger(input.mark) || input.mark < min || input.mark > max))
      throw new InterviewError(`Marks for this question are whole numbers from ${min} to ${max}.`);
    if (input.evidence !== undefined && input.evidence.length > 10000)
      throw new InterviewError('Evidence notes must be at most 10,000 characters.');
    const sheet: Sheet = v.sheets.find((s) => s.memberId === member.id && s.candidateId === candidate.id) ?? {
      memberId: member.id,
      candidateId: candidate.id,
      marks: {},
      submittedAt: null,
    };
    if (sheet.submittedAt !== null)
      throw new InterviewError(`${member.name} has already submitted marks for ${candidate.code}.`);
    const old: MarkEntry = sheet.marks[question.id] ?? { mark: null, evidence: '' };
    const entry: MarkEntry = {
      mark: input.mark === undefined ? old.mark : input.mark,
      evidence: input.evidence === undefined ? old.evidence : input.evidence,
    };
    const next = { ...sheet, marks: { ...sheet.marks, [question.id]: entry } };
    const exists = v.sheets.includes(sheet);
    return { ...v, sheets: exists ? v.sheets.map((s) => (s === sheet ? next : s)) : [...v.sheets, next] };
  });
}

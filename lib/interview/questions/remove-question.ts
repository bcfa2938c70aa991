import type { InterviewState } from '../schema';
import { mapVacancy } from '../state/map-vacancy';
import { refuseOnceScoring } from './add-question';
import { findQuestion } from './find-question';

/** Deletes a question. Refused once scoring has started. */
export function removeQuestion(state: InterviewState, vacancyId: string, questionId: string): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    findQuestion(v, questionId);
    refuseOnceScoring(v, 'questions can no longer be removed');
    return {
      ...v,
      questions: v.questions.filter((q) => q.id !== questionId),
      // Unmarked drafts may still mention it; drop those entries so the sheets stay consistent.
      sheets: v.sheets.map((s) => {
        const { [questionId]: _gone, ...marks } = s.marks;
        return { ...s, marks };
      }),
    };
  });
}

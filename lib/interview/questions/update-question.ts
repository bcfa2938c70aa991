import type { InterviewState } from '../schema';
import { mapVacancy } from '../state/map-vacancy';
import { checkCriterionIds, cleanQuestionText } from './add-question';
import { findQuestion } from './find-question';

/**
 * Edits a question's wording or linked criteria. Wording can still be corrected after scoring has
 * started; a changed wording clears the stored wording check so it is run again.
 */
export function updateQuestion(
  state: InterviewState,
  vacancyId: string,
  questionId: string,
  patch: { text?: string; criterionIds?: readonly string[] },
): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    const q = findQuestion(v, questionId);
    const text = patch.text === undefined ? q.text : cleanQuestionText(patch.text);
    const criterionIds = patch.criterionIds === undefined ? q.criterionIds : checkCriterionIds(v, patch.criterionIds);
    const next = { ...q, text, criterionIds, check: text === q.text ? q.check : null };
    return { ...v, questions: v.questions.map((x) => (x.id === questionId ? next : x)) };
  });
}

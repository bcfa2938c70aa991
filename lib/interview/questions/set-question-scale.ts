import type { InterviewState, Scale } from '../schema';
import { mapVacancy } from '../state/map-vacancy';
import { checkScale, refuseOnceScoring } from './add-question';
import { findQuestion } from './find-question';

/**
 * Gives a question a different scale (for example 1–5). Descriptors are kept for levels that still
 * exist. Refused once scoring has started.
 */
export function setQuestionScale(
  state: InterviewState,
  vacancyId: string,
  questionId: string,
  scale: Scale,
): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    const q = findQuestion(v, questionId);
    refuseOnceScoring(v, 'the scale can no longer change');
    const next = checkScale(scale);
    const descriptors = next.labels.map((_, i) => {
      const level = next.min + i;
      return level >= q.scale.min && level <= q.scale.max ? (q.descriptors[level - q.scale.min] ?? '') : '';
    });
    return { ...v, questions: v.questions.map((x) => (x.id === questionId ? { ...q, scale: next, descriptors } : x)) };
  });
}

import { InterviewError } from '../interview-error';
import type { InterviewState } from '../schema';
import { mapVacancy } from '../state/map-vacancy';
import { refuseOnceScoring } from './add-question';
import { findQuestion } from './find-question';

/**
 * Writes what an answer at `level` looks like for one question ('' clears it). Descriptors are the
 * agreed standard, so they are fixed once scoring has started.
 */
export function setDescriptor(
  state: InterviewState,
  vacancyId: string,
  questionId: string,
  level: number,
  descriptor: string,
): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    const q = findQuestion(v, questionId);
    if (!Number.isInteger(level) || level < q.scale.min || level > q.scale.max)
      throw new InterviewError(`Levels for this question run from ${q.scale.min} to ${q.scale.max}.`);
    refuseOnceScoring(v, 'the level descriptors can no longer change');
    const text = descriptor.trim();
    if (text.length > 2000) throw new InterviewError('A descriptor must be at most 2000 characters.');
    const descriptors = q.descriptors.map((d, i) => (i === level - q.scale.min ? text : d));
    return { ...v, questions: v.questions.map((x) => (x.id === questionId ? { ...q, descriptors } : x)) };
  });
}

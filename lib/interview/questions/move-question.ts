import { InterviewError } from '../interview-error';
import type { InterviewState } from '../schema';
import { mapVacancy } from '../state/map-vacancy';
import { refuseOnceScoring } from './add-question';
import { findQuestion } from './find-question';

/** Moves a question to position `toIndex` (0-based) in the order asked. Refused once scoring has started. */
export function moveQuestion(state: InterviewState, vacancyId: string, questionId: string, toIndex: number): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    const q = findQuestion(v, questionId);
    if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= v.questions.length)
      throw new InterviewError(`Choose a position from 1 to ${v.questions.length}.`);
    refuseOnceScoring(v, 'the order of the questions can no longer change');
    const rest = v.questions.filter((x) => x.id !== questionId);
    return { ...v, questions: [...rest.slice(0, toIndex), q, ...rest.slice(toIndex)] };
  });
}

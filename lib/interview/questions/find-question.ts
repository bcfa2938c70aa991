import { InterviewError } from '../interview-error';
import type { Question, Vacancy } from '../schema';

/** The question with this id; throws `InterviewError` when it has been deleted. */
export function findQuestion(vacancy: Vacancy, questionId: string): Question {
  const question = vacancy.questions.find((q) => q.id === questionId);
  if (!question) throw new InterviewError('This question no longer exists.');
  return question;
}

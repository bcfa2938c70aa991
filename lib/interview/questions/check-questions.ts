import { type Finding, findingSchema } from '../../engine/finding';
import type { InterviewDeps, InterviewState } from '../schema';
import { mapVacancy } from '../state/map-vacancy';

/** The wording check. The UI passes `(text) => analyse(text, { context: 'question' }).findings`. */
export type QuestionCheckFn = (text: string) => Finding[];

/**
 * Runs the wording check (protected characteristics, health before an offer, childcare, "where are
 * you from", "fit"…) on the given questions, or on all of them, and stores the findings per question.
 * Each finding is validated against `findingSchema` here (a bad one throws, as an engine bug), so
 * a stored state always loads again; unknown extra fields are dropped.
 */
export function checkQuestions(
  state: InterviewState,
  vacancyId: string,
  check: QuestionCheckFn,
  deps: InterviewDeps,
  questionIds?: readonly string[],
): InterviewState {
  const at = deps.now();
  return mapVacancy(state, vacancyId, (v) => ({
    ...v,
    questions: v.questions.map((q) =>
      questionIds && !questionIds.includes(q.id) ? q : { ...q, check: { at, findings: check(q.text).map((f) => findingSchema.parse(f)) } },
    ),
  }));
}

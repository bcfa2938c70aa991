import { InterviewError } from '../interview-error';
import type { InterviewDeps, InterviewState, Question, Scale, Vacancy } from '../schema';
import { mapVacancy } from '../state/map-vacancy';
import { DEFAULT_SCALE } from './default-scale';
import { scoringStarted } from './scoring-started';

export function cleanQuestionText(text: string): string {
  const clean = text.trim();
  if (!clean) throw new InterviewError('A question must have some text.');
  if (clean.length > 1000) throw new InterviewError('A question must be at most 1000 characters.');
  return clean;
}

export function checkCriterionIds(vacancy: Vacancy, ids: readonly string[]): string[] {
  for (const id of ids)
    if (!vacancy.criteria.some((c) => c.id === id)) throw new InterviewError('A linked criterion no longer exists.');
  return [...new Set(ids)];
}

export function checkScale(scale: Scale): Scale {
  const ok =
    Number.isInteger(scale.min) &&
    Number.isInteger(scale.max) &&
    scale.min >= 0 &&
    scale.max <= 10 &&
    scale.max > scale.min &&
    scale.labels.length === scale.max - scale.min + 1 &&
    scale.labels.every((l) => l.trim().length > 0 && l.length <= 60);
  if (!ok)
    throw new InterviewError(
      'A scale runs between whole numbers from 0 to 10, with a short label for every level.',
    );
  return { min: scale.min, max: scale.max, labels: scale.labels.map((l) => l.trim()) };
}

export function refuseOnceScoring(vacancy: Vacancy, what: string): void {
  if (scoringStarted(vacancy))
    throw new InterviewError(`Scoring has started, so ${what}: every candidate must face the same questions and scale.`);
}

/**
 * Adds a question at the end of the set, linked to one or more criteria, with an anchored scale
 * (0–4 by default) whose level descriptors are still to be written. Refused once scoring has started.
 */
export function addQuestion(
  state: InterviewState,
  vacancyId: string,
  input: { text: string; criterionIds: readonly string[]; scale?: Scale },
  deps: InterviewDeps,
): { state: InterviewState; id: string } {
  const id = deps.newId();
  const next = mapVacancy(state, vacancyId, (v) => {
    refuseOnceScoring(v, 'questions can no longer be added');
    const scale = checkScale(input.scale ?? DEFAULT_SCALE);
    const question: Question = {
      id,
      text: cleanQuestionText(input.text),
      criterionIds: checkCriterionIds(v, input.criterionIds),
      scale,
      descriptors: scale.labels.map(() => ''),
      check: null,
    };
    return { ...v, questions: [...v.questions, question] };
  });
  return { state: next, id };
}

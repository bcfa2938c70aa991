import { InterviewError } from '../interview-error';
import type { CriterionKind, InterviewState } from '../schema';
import { mapVacancy } from '../state/map-vacancy';
import { normaliseText } from '../util/normalise-text';
import { cleanCriterionText, nextCriterionCode } from './add-criteria';

/** Edits a criterion's wording or kind. Changing the kind gives it a new code (E3 → D2). */
export function updateCriterion(
  state: InterviewState,
  vacancyId: string,
  criterionId: string,
  patch: { text?: string; kind?: CriterionKind },
): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    const current = v.criteria.find((c) => c.id === criterionId);
    if (!current) throw new InterviewError('This criterion no longer exists.');
    const text = patch.text === undefined ? current.text : cleanCriterionText(patch.text);
    if (v.criteria.some((c) => c.id !== criterionId && normaliseText(c.text) === normaliseText(text)))
      throw new InterviewError('There is already a criterion with this wording.');
    const kind = patch.kind ?? current.kind;
    const code = kind === current.kind ? current.code : nextCriterionCode(v.criteria, kind);
    return { ...v, criteria: v.criteria.map((c) => (c.id === criterionId ? { ...c, text, kind, code } : c)) };
  });
}

import { InterviewError } from '../interview-error';
import type { Criterion, CriterionKind, InterviewDeps, InterviewState, Vacancy } from '../schema';
import { mapVacancy } from '../state/map-vacancy';
import { normaliseText } from '../util/normalise-text';
import type { CriterionInput } from './parse-criteria';

/** The next unused code for a kind: E1, E2… or D1, D2…; codes of deleted criteria are not reused within a session. */
export function nextCriterionCode(criteria: readonly Pick<Criterion, 'code'>[], kind: CriterionKind): string {
  const letter = kind === 'essential' ? 'E' : 'D';
  const used = criteria.filter((c) => c.code.startsWith(letter)).map((c) => Number(c.code.slice(1)));
  return `${letter}${Math.max(0, ...used) + 1}`;
}

export function cleanCriterionText(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) throw new InterviewError('A criterion must have some text.');
  if (clean.length > 500) throw new InterviewError('A criterion must be at most 500 characters.');
  return clean;
}

/**
 * Adds person-specification criteria: from an NHS Jobs advert (`origin: 'nhs-jobs'`) or typed or
 * pasted (`'typed'`, usually through `parseCriteria`). Criteria whose text is already in the vacancy
 * are skipped. Returns the new ids in order and how many were skipped.
 */
export function addCriteria(
  state: InterviewState,
  vacancyId: string,
  list: readonly CriterionInput[],
  origin: Criterion['origin'],
  deps: InterviewDeps,
): { state: InterviewState; ids: string[]; skipped: number } {
  const ids: string[] = [];
  let skipped = 0;
  const next = mapVacancy(state, vacancyId, (v: Vacancy) => {
    const criteria = [...v.criteria];
    const known = new Set(criteria.map((c) => normaliseText(c.text)));
    for (const input of list) {
      const text = cleanCriterionText(input.text);
      if (known.has(normaliseText(text))) {
        skipped++;
        continue;
      }
      known.add(normaliseText(text));
      const id = deps.newId();
      ids.push(id);
      criteria.push({ id, code: nextCriterionCode(criteria, input.kind), text, kind: input.kind, origin });
    }
    return { ...v, criteria };
  });
  return { state: next, ids, skipped };
}

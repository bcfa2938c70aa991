import { InterviewError } from '../interview-error';
import { ETHNIC_GROUP_LABELS, type EthnicGroup, type InterviewState, type OutcomeCount } from '../schema';
import { mapVacancy } from '../state/map-vacancy';

/** Records how many people of one ethnic group were shortlisted and appointed for a vacancy. */
export function setMonitoring(
  state: InterviewState,
  vacancyId: string,
  group: EthnicGroup,
  count: OutcomeCount,
): InterviewState {
  const { shortlisted, appointed } = count;
  for (const n of [shortlisted, appointed])
    if (!Number.isInteger(n) || n < 0 || n > 1_000_000)
      throw new InterviewError('Counts are whole numbers, 0 or more.');
  if (appointed > shortlisted)
    throw new InterviewError(
      `${ETHNIC_GROUP_LABELS[group]}: the number appointed cannot be more than the number shortlisted.`,
    );
  return mapVacancy(state, vacancyId, (v) => ({
    ...v,
    monitoring: { ...v.monitoring, [group]: { shortlisted, appointed } },
  }));
}

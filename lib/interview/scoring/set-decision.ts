import { InterviewError } from '../interview-error';
import type { InterviewDeps, InterviewState, Outcome } from '../schema';
import { mapVacancy } from '../state/map-vacancy';
import { criteriaNamedIn } from './criteria-named-in';
import { decisionReasonProblem } from './decision-reason-problem';
import { requireAllSubmitted } from './require-all-submitted';

/**
 * Records the decision for a candidate (appoint, reserve, not appointed) with a reason that names at
 * least one criterion (see `criteriaNamedIn`). Only after every scorer has submitted. Replaces any
 * earlier decision for the candidate.
 */
export function setDecision(
  state: InterviewState,
  vacancyId: string,
  candidateId: string,
  outcome: Outcome,
  reason: string,
  deps: InterviewDeps,
): InterviewState {
  return mapVacancy(state, vacancyId, (v) => {
    requireAllSubmitted(v, candidateId);
    const problem = decisionReasonProblem(v, reason);
    if (problem) throw new InterviewError(problem);
    const text = reason.trim();
    const decision = {
      candidateId,
      outcome,
      reason: text,
      criterionIds: criteriaNamedIn(v.criteria, text).map((c) => c.id),
      decidedAt: deps.now(),
    };
    return { ...v, decisions: [...v.decisions.filter((d) => d.candidateId !== candidateId), decision] };
  });
}

import type { Vacancy } from '../schema';
import { criteriaNamedIn } from './criteria-named-in';

/**
 * What is wrong with a decision reason, in plain English, or null when it will be accepted. The UI
 * can show this as the user types; `setDecision` refuses the same reasons with the same words.
 */
export function decisionReasonProblem(vacancy: Vacancy, reason: string): string | null {
  const text = reason.trim();
  if (!text) return 'Give a reason for the decision.';
  if (text.length > 2000) return 'The reason must be at most 2000 characters.';
  if (vacancy.criteria.length === 0) return 'Add the person-specification criteria first: the reason must name at least one.';
  if (criteriaNamedIn(vacancy.criteria, text).length === 0)
    return 'Name at least one criterion in the reason, by its code (for example E1) or its wording.';
  return null;
}

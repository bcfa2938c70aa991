import type { InterviewState } from '../schema';

/** Forgets one kept copy of unreadable data (by its index in `state.brokenCopies`), once the user has exported or dismissed it. */
export function discardBrokenCopy(state: InterviewState, index: number): InterviewState {
  return { ...state, brokenCopies: state.brokenCopies.filter((_, i) => i !== index) };
}

/**
 * Thrown by a mutation when the action is not allowed (a locked sheet, a mark off the scale, a
 * reason that names no criterion). The message is plain UK English, safe to show as it is.
 * A mutation that throws has changed nothing: the caller still holds the old state.
 */
export class InterviewError extends Error {
  override name = 'InterviewError';
}

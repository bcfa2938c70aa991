import { type InterviewState, SCHEMA_VERSION } from '../schema';

/** The state before anything has been saved. */
export function emptyState(): InterviewState {
  return { schemaVersion: SCHEMA_VERSION, vacancies: [], brokenCopies: [] };
}

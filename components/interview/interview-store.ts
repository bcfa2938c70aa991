import type { InterviewDeps, InterviewState } from '@/lib/interview';

/**
 * What the interview views need from wherever the records are kept (the browser layer provides it):
 * `update(change)` applies a model mutation and saves it, returning the model's plain-English refusal
 * (`InterviewError`), or null once applied.
 */
export type UpdateInterview = (change: (state: InterviewState) => InterviewState) => string | null;

export interface InterviewStorageStatus {
  /** False until the stored state has been read. */
  loaded: boolean;
  /** What went wrong reading the stored records (shown in an alert until dismissed). */
  problem: string | null;
  /** Saving failed (for example, the browser's storage is full). */
  saveError: string | null;
  dismissProblem(): void;
}

/** The interview records and the way to change them, as the pages receive them. */
export interface InterviewStore {
  state: InterviewState;
  update: UpdateInterview;
  status: InterviewStorageStatus;
  /** The vacancy chosen or edited most recently, shared by the page and the popup. */
  currentId: string | null;
  choose: (id: string | null) => void;
}

/** The clock and id source the interview views pass to the model. */
export const interviewDeps: InterviewDeps = {
  newId: () => crypto.randomUUID(),
  now: () => new Date().toISOString(),
};

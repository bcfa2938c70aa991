import { storage } from 'wxt/utils/storage';
import { type InterviewState, type LoadResult, loadState, stateSchema } from '@/lib/interview';

/**
 * Where the structured-interview records live in `browser.storage.local` (see lib/interview/README.md):
 * - `primary`: the state, saved after every change;
 * - `backup`: the last good copy, written after every clean load;
 * - `current`: the id of the vacancy chosen or edited most recently (the popup shows it).
 * What is stored is read through the model's `loadState`/`migrate`, never trusted as it is.
 */
export const interviewItems = {
  primary: storage.defineItem<InterviewState>('local:interview'),
  backup: storage.defineItem<InterviewState>('local:interview:last-good'),
  current: storage.defineItem<string>('local:interview:current'),
};

/** Saves the state as the primary copy. It is checked against the schema first, so broken data is never written. */
export async function saveInterviewState(state: InterviewState): Promise<void> {
  await interviewItems.primary.setValue(stateSchema.parse(state));
}

/**
 * Loads the state with the model's `loadState(primary, backup)`. After a clean load the state is also
 * written as the backup (the last good copy). When it was upgraded, restored or rebuilt, it is written
 * back as the primary copy too, so the unreadable data is kept (in `brokenCopies`) and not read again.
 * `saving` hears of a primary write before it is made.
 */
export async function loadInterviewState(saving: (state: InterviewState) => void = () => undefined): Promise<LoadResult> {
  const [primary, backup] = await storage.getItems([interviewItems.primary, interviewItems.backup]);
  const result = loadState(primary?.value, backup?.value);
  await settleLoad(result, saving);
  return result;
}

/** Writes what a load result needs written (see `loadInterviewState`). */
export async function settleLoad(result: LoadResult, saving: (state: InterviewState) => void): Promise<void> {
  const writes: { item: (typeof interviewItems)['primary']; value: InterviewState }[] = [];
  if (!result.problem) writes.push({ item: interviewItems.backup, value: result.state });
  if (result.problem || result.recoveredFromBackup || result.migratedFrom !== undefined) {
    saving(result.state);
    writes.push({ item: interviewItems.primary, value: result.state });
  }
  if (writes.length > 0) await storage.setItems(writes);
}

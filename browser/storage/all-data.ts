import { storage } from 'wxt/utils/storage';

/** Deletes everything De-bias keeps in this browser: settings, the anonymiser's batches and keys, interview records. */
export async function deleteAllData(): Promise<void> {
  await storage.clear('local');
}

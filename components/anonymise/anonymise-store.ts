import type { AnonymisedDocument, BatchKey } from '@/lib/anonymise';
import type { StoredBatch } from '@/lib/anonymise/store/stored-batch';

/** The anonymiser's saved batches and keys, as the workspace receives them (the browser layer keeps them). */
export interface AnonymiseStore {
  /** Newest first. */
  batches: StoredBatch[];
  /** Ids of the batches whose key is still stored. */
  keyIds: string[];
  /** False until the stored batches have been read. */
  loaded: boolean;
  /** The stored batches could not be read (shown in an alert). */
  problem: string | null;
  /** The last save failed (for example, the browser's storage is full). */
  saveError: string | null;
  addBatch(batch: StoredBatch, key: BatchKey): Promise<boolean>;
  updateDocument(batchId: string, code: string, document: AnonymisedDocument): void;
  /** The key of one batch, read from storage now. Null when it was deleted. */
  readKey(batchId: string): Promise<BatchKey | null>;
  deleteKey(batchId: string): Promise<void>;
  forgetBatch(batchId: string): Promise<void>;
  forgetEverything(): Promise<void>;
}

import type { AnonymisedDocument, BatchKey } from '@/lib/anonymise';
import type { StoredBatch } from '@/lib/anonymise/store/stored-batch';

/** One of the anonymiser's stored records that could not be read: it is neither used nor written over. */
export interface DamagedRecord {
  record: 'batches' | 'key';
  /** The first problem found, for the alert. */
  problem: string;
  /** A last good copy exists and can be restored. */
  canRestore: boolean;
}

/** The anonymiser's saved batches and keys, as the workspace receives them (the browser layer keeps them). */
export interface AnonymiseStore {
  /** Newest first. */
  batches: StoredBatch[];
  /** Ids of the batches whose key is still stored. */
  keyIds: string[];
  /** False until the stored batches have been read. */
  loaded: boolean;
  /** The browser's storage could not be opened at all (shown in an alert). */
  problem: string | null;
  /** The last save failed or was refused; nothing changed (shown in an alert). */
  saveError: string | null;
  /** Records that could not be read. Until the user deals with them, nothing is saved over them. */
  damaged: DamagedRecord[];
  /** A damaged record's stored content, as JSON text, for the user to download. */
  damagedText(record: DamagedRecord['record']): Promise<string>;
  restoreLastGood(record: DamagedRecord['record']): Promise<void>;
  deleteDamaged(record: DamagedRecord['record']): Promise<void>;
  addBatch(batch: StoredBatch, key: BatchKey): Promise<boolean>;
  updateDocument(batchId: string, code: string, document: AnonymisedDocument): void;
  /** The key of one batch, read from storage now. Null when it was deleted. */
  readKey(batchId: string): Promise<BatchKey | null>;
  deleteKey(batchId: string): Promise<void>;
  forgetBatch(batchId: string): Promise<void>;
  forgetEverything(): Promise<void>;
}

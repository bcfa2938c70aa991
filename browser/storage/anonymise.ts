import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { type AnonymiseOptions, anonymiseOptionsSchema } from '@/lib/anonymise/anonymise-options';
import { readStored, type Stored } from '@/lib/anonymise/store/read-stored';
import { type StoredBatch, type StoredBatches, type StoredKeys, storedBatchesSchema, storedKeysSchema } from '@/lib/anonymise/store/stored-batch';

// Extension pages may not evaluate strings as code (MV3 CSP): zod must not try.
z.config({ jitless: true });

/**
 * Where the CV anonymiser keeps its data in `browser.storage.local` (nothing is sent anywhere):
 * - `batches`: the anonymised documents of each batch, by code only, so a reload keeps the review.
 *   Each redaction keeps its `original` text (needed for "Put back"), so this is personal data too.
 * - `key`: who is behind each code (`{ [batchId]: { "Candidate 07": { fileName, candidateName } } }`),
 *   kept apart from the batches and read only when someone asks to see or export it;
 * - `batches:last-good` and `key:last-good`: the copies read cleanly when a page last opened, for
 *   recovery (as the interview records' `interview:last-good`);
 * - `options`: the four optional redactions the panel switched on (shared by the popup and the page).
 * "Forget everything" removes every key that starts with `anonymise`.
 * The popup never stores pasted text, and files that could not be read are not stored.
 */
export const anonymiseItems = {
  batches: storage.defineItem<StoredBatches>('local:anonymise:batches'),
  batchesLastGood: storage.defineItem<StoredBatches>('local:anonymise:batches:last-good'),
  key: storage.defineItem<StoredKeys>('local:anonymise:key'),
  keyLastGood: storage.defineItem<StoredKeys>('local:anonymise:key:last-good'),
  options: storage.defineItem<AnonymiseOptions>('local:anonymise:options'),
};
const KEY_PREFIX = 'anonymise';

/** The two records a page reads: the batches under review and the key. */
export type AnonymiserRecord = 'batches' | 'key';
const RECORDS = {
  batches: { item: anonymiseItems.batches, lastGood: anonymiseItems.batchesLastGood },
  key: { item: anonymiseItems.key, lastGood: anonymiseItems.keyLastGood },
} as const;

export interface AnonymiserData {
  batches: Stored<StoredBatches>;
  keys: Stored<StoredKeys>;
}

async function readRecord<T>(item: { key: string }, lastGood: { key: string }, schema: z.ZodType<T>, empty: T): Promise<Stored<T>> {
  const [primary, backup] = await storage.getItems([item.key as `local:${string}`, lastGood.key as `local:${string}`]);
  return readStored(primary?.value, backup?.value, schema, empty);
}

export const readBatches = () => readRecord(anonymiseItems.batches, anonymiseItems.batchesLastGood, storedBatchesSchema, { version: 1 as const, batches: [] });
export const readKeys = () => readRecord(anonymiseItems.key, anonymiseItems.keyLastGood, storedKeysSchema, {});

/**
 * Reads both records. Each that reads cleanly becomes its own last good copy; a damaged one is left
 * exactly as it is (see `readStored`).
 */
export async function loadAnonymiserData(): Promise<AnonymiserData> {
  const [batches, keys] = await Promise.all([readBatches(), readKeys()]);
  const copies = [
    ...(batches.status === 'ok' && batches.value.batches.length > 0 ? [{ item: anonymiseItems.batchesLastGood, value: batches.value }] : []),
    ...(keys.status === 'ok' && Object.keys(keys.value).length > 0 ? [{ item: anonymiseItems.keyLastGood, value: keys.value }] : []),
  ];
  if (copies.length > 0) await storage.setItems(copies);
  return { batches, keys };
}

/**
 * Saves the batches and, when given, the keys, in one write: both change together or, if the write
 * fails (storage full, extension reloading), neither does. `deleting` writes the last good copies
 * too, so what the user deleted is not kept there.
 */
export async function writeData(batches: StoredBatch[] | null, keys?: StoredKeys, { deleting = false } = {}): Promise<void> {
  const b = batches && storedBatchesSchema.parse({ version: 1, batches });
  const k = keys && storedKeysSchema.parse(keys);
  await storage.setItems([
    ...(b ? [{ item: anonymiseItems.batches, value: b }] : []),
    ...(b && deleting ? [{ item: anonymiseItems.batchesLastGood, value: b }] : []),
    ...(k ? [{ item: anonymiseItems.key, value: k }] : []),
    ...(k && deleting ? [{ item: anonymiseItems.keyLastGood, value: k }] : []),
  ]);
}

/** Replaces a damaged record with its last good copy (the user chose to). */
export async function restoreLastGood(record: AnonymiserRecord): Promise<void> {
  const { item, lastGood } = RECORDS[record];
  const copy: unknown = await lastGood.getValue();
  if (copy === null) throw new Error('There is no last good copy.');
  await storage.setItem(item.key, copy);
}

/** Deletes a damaged record (the user chose to, after being offered a download). */
export async function deleteRecord(record: AnonymiserRecord): Promise<void> {
  await RECORDS[record].item.removeValue();
}

/** Deletes the batches and keys, with their last good copies: nothing of the batches is left. */
export async function deleteBatchesAndKeys(): Promise<void> {
  await storage.removeItems([anonymiseItems.batches, anonymiseItems.batchesLastGood, anonymiseItems.key, anonymiseItems.keyLastGood]);
}

/** Deletes everything the anonymiser ever stored: batches, keys, options, and any other `anonymise…` key. */
export async function forgetAllAnonymiserData(): Promise<void> {
  const all = await storage.snapshot('local');
  await storage.removeItems(Object.keys(all).filter((k) => k.startsWith(KEY_PREFIX)).map((k) => `local:${k}` as const));
}

export const readOptions = (raw: unknown): AnonymiseOptions => {
  const parsed = anonymiseOptionsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : anonymiseOptionsSchema.parse({});
};

import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { type AnonymiseOptions, anonymiseOptionsSchema } from '@/lib/anonymise/anonymise-options';
import {
  type StoredBatch,
  type StoredBatches,
  type StoredKeys,
  storedBatchesSchema,
  storedKeysSchema,
} from '@/lib/anonymise/store/stored-batch';

// Extension pages may not evaluate strings as code (MV3 CSP): zod must not try.
z.config({ jitless: true });

/**
 * Where the CV anonymiser keeps its data in `browser.storage.local` (nothing is sent anywhere):
 * - `batches`: the anonymised documents of each batch, by code only, so a reload keeps the review.
 *   Each redaction keeps its `original` text (needed for "Put back"), so this is personal data too.
 * - `key`: who is behind each code (`{ [batchId]: { "Candidate 07": { fileName, candidateName } } }`),
 *   kept apart from the batches and read only when someone asks to see or export it;
 * - `options`: the four optional redactions the panel switched on (shared by the popup and the page).
 * "Forget everything" removes every key that starts with `anonymise`.
 * The popup never stores pasted text, and files that could not be read are not stored.
 */
export const anonymiseItems = {
  batches: storage.defineItem<StoredBatches>('local:anonymise:batches'),
  key: storage.defineItem<StoredKeys>('local:anonymise:key'),
  options: storage.defineItem<AnonymiseOptions>('local:anonymise:options'),
};
const KEY_PREFIX = 'anonymise';

export function parseBatches(raw: unknown): { batches: StoredBatch[]; problem: string | null } {
  if (raw === null || raw === undefined) return { batches: [], problem: null };
  const parsed = storedBatchesSchema.safeParse(raw);
  if (parsed.success) return { batches: parsed.data.batches, problem: null };
  return {
    batches: [],
    problem:
      'Your saved anonymised CVs could not be read (the stored data is damaged). Anonymise the CVs again; use "Forget everything" to clear the damaged data.',
  };
}

export async function readKeys(): Promise<StoredKeys> {
  const parsed = storedKeysSchema.safeParse((await anonymiseItems.key.getValue()) ?? {});
  return parsed.success ? parsed.data : {};
}

/** Saves the batches, and with them (in the same write) the keys when given. */
export async function writeBatches(batches: StoredBatch[], keys?: StoredKeys): Promise<void> {
  const value = storedBatchesSchema.parse({ version: 1, batches });
  await storage.setItems([{ item: anonymiseItems.batches, value }, ...(keys ? [{ item: anonymiseItems.key, value: keys }] : [])]);
}

export async function writeKeys(keys: StoredKeys): Promise<void> {
  await (Object.keys(keys).length ? anonymiseItems.key.setValue(keys) : anonymiseItems.key.removeValue());
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

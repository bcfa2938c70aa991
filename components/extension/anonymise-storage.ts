import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { AnonymisedDocument, AnonymiseOptions, BatchKey } from '@/lib/anonymise';
// The two schemas from their own small modules, so the popup does not load the whole anonymiser until its tab is used.
import { anonymiseOptionsSchema } from '@/lib/anonymise/anonymise-options';
import { anonymisedDocumentSchema } from '@/lib/anonymise/anonymised-document';
import { writerTag, writtenByThisPage } from './writer-tag';

// Extension pages may not evaluate strings as code (MV3 CSP): zod must not try.
z.config({ jitless: true });

/**
 * Where the CV anonymiser keeps its data in `browser.storage.local` (nothing is sent anywhere):
 * - `batches`: the anonymised documents of each batch, by code only, so a reload keeps the review.
 *   Each redaction keeps its `original` text (needed for "Put back"), so this is personal data too.
 * - `key`: who is behind each code (`{ [batchId]: { "Candidate 07": { fileName, candidateName } } }`),
 *   kept apart from the batches and read only when someone asks to see or export it;
 * - `options`: the four optional redactions the panel switched on (shared by the popup and the page);
 * - `writer`: who wrote `batches` last, so a page can tell its own saves from another tab's.
 * "Forget everything" removes every key that starts with `anonymise`.
 * The popup never stores pasted text, and files that could not be read are not stored.
 */
export const ANONYMISE_KEYS = {
  batches: 'anonymise:batches',
  key: 'anonymise:key',
  options: 'anonymise:options',
  writer: 'anonymise:writer',
} as const;
export const ANONYMISE_KEY_PREFIX = 'anonymise';

export const storedDocumentSchema = anonymisedDocumentSchema.extend({ code: z.string().min(1) });
export type StoredDocument = z.infer<typeof storedDocumentSchema>;

export const storedBatchSchema = z.object({
  id: z.string().min(1),
  /** ISO date and time the batch was anonymised. */
  createdAt: z.string(),
  options: anonymiseOptionsSchema,
  documents: z.array(storedDocumentSchema),
});
export type StoredBatch = z.infer<typeof storedBatchSchema>;

const storedBatchesSchema = z.object({ version: z.literal(1), batches: z.array(storedBatchSchema) });
type StoredBatches = z.infer<typeof storedBatchesSchema>;

/** The same shape the CLI writes with `--key`. */
export const batchKeySchema = z.record(z.string(), z.object({ fileName: z.string(), candidateName: z.string().nullable() }));
const storedKeysSchema = z.record(z.string(), batchKeySchema);
type StoredKeys = z.infer<typeof storedKeysSchema>;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));


function parseBatches(raw: unknown): { batches: StoredBatch[]; problem: string | null } {
  if (raw === undefined) return { batches: [], problem: null };
  const parsed = storedBatchesSchema.safeParse(raw);
  if (parsed.success) return { batches: parsed.data.batches, problem: null };
  return {
    batches: [],
    problem:
      'Your saved anonymised CVs could not be read (the stored data is damaged). Anonymise the CVs again; use "Forget everything" to clear the damaged data.',
  };
}

async function readKeys(): Promise<StoredKeys> {
  const raw = (await browser.storage.local.get(ANONYMISE_KEYS.key))[ANONYMISE_KEYS.key];
  const parsed = storedKeysSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}

async function writeBatches(batches: StoredBatch[], extra: Record<string, unknown> = {}): Promise<void> {
  const value: StoredBatches = storedBatchesSchema.parse({ version: 1, batches });
  await browser.storage.local.set({ [ANONYMISE_KEYS.batches]: value, [ANONYMISE_KEYS.writer]: writerTag(), ...extra });
}

/** Deletes everything the anonymiser ever stored: batches, keys, options, and any other `anonymise…` key. */
export async function forgetAllAnonymiserData(): Promise<void> {
  const all = await browser.storage.local.get(null);
  const keys = new Set<string>([...Object.values(ANONYMISE_KEYS), ...Object.keys(all).filter((k) => k.startsWith(ANONYMISE_KEY_PREFIX))]);
  await browser.storage.local.remove([...keys]);
}

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

/**
 * The anonymiser's stored batches for a page. Every change is saved at once; changes saved by
 * another tab are picked up. The key is never held in React state: `readKey` reads it on request.
 */
export function useAnonymiseStore(): AnonymiseStore {
  const [batches, setBatches] = useState<StoredBatch[]>([]);
  const current = useRef<StoredBatch[]>([]);
  const [keyIds, setKeyIds] = useState<string[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  const show = useCallback((next: StoredBatch[]) => {
    current.current = next;
    setBatches(next);
  }, []);

  const refreshKeyIds = useCallback(async () => {
    setKeyIds(Object.keys(await readKeys()));
  }, []);

  useEffect(() => {
    let live = true;
    browser.storage.local.get(ANONYMISE_KEYS.batches).then(
      (stored) => {
        if (!live) return;
        const read = parseBatches(stored[ANONYMISE_KEYS.batches]);
        show(read.batches);
        setProblem(read.problem);
        setLoaded(true);
      },
      (e: unknown) => live && setProblem(`Your saved anonymised CVs could not be opened: ${errorText(e)}`),
    );
    void refreshKeyIds();
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !live) return;
      if (ANONYMISE_KEYS.key in changes) void refreshKeyIds();
      if (!(ANONYMISE_KEYS.batches in changes)) return;
      if (writtenByThisPage(changes[ANONYMISE_KEYS.writer]?.newValue)) return;
      const read = parseBatches(changes[ANONYMISE_KEYS.batches]?.newValue);
      show(read.batches);
      setProblem(read.problem);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [show, refreshKeyIds]);

  const save = useCallback(async (next: StoredBatch[], extra?: Record<string, unknown>): Promise<boolean> => {
    try {
      await writeBatches(next, extra);
      setSaveError(null);
      return true;
    } catch (e) {
      setSaveError(`Your anonymised CVs could not be saved in this browser: ${errorText(e)}`);
      return false;
    }
  }, []);

  const addBatch = useCallback(
    async (batch: StoredBatch, key: BatchKey) => {
      const next = [batch, ...current.current];
      const keys = { ...(await readKeys()), [batch.id]: key };
      show(next);
      setProblem(null);
      const saved = await save(next, { [ANONYMISE_KEYS.key]: keys });
      await refreshKeyIds();
      return saved;
    },
    [save, show, refreshKeyIds],
  );

  const updateDocument = useCallback(
    (batchId: string, code: string, document: AnonymisedDocument) => {
      const next = current.current.map((b) =>
        b.id === batchId ? { ...b, documents: b.documents.map((d) => (d.code === code ? { code, ...document } : d)) } : b,
      );
      show(next);
      void save(next);
    },
    [save, show],
  );

  const readKey = useCallback(async (batchId: string) => (await readKeys())[batchId] ?? null, []);

  const deleteKey = useCallback(
    async (batchId: string) => {
      const { [batchId]: _gone, ...rest } = await readKeys();
      await (Object.keys(rest).length ? browser.storage.local.set({ [ANONYMISE_KEYS.key]: rest }) : browser.storage.local.remove(ANONYMISE_KEYS.key));
      await refreshKeyIds();
    },
    [refreshKeyIds],
  );

  const forgetBatch = useCallback(
    async (batchId: string) => {
      const next = current.current.filter((b) => b.id !== batchId);
      const { [batchId]: _gone, ...rest } = await readKeys();
      show(next);
      if (next.length === 0 && Object.keys(rest).length === 0) {
        await browser.storage.local.remove([ANONYMISE_KEYS.batches, ANONYMISE_KEYS.key, ANONYMISE_KEYS.writer]);
      } else {
        await save(next, { [ANONYMISE_KEYS.key]: rest });
      }
      await refreshKeyIds();
    },
    [save, show, refreshKeyIds],
  );

  const forgetEverything = useCallback(async () => {
    show([]);
    await forgetAllAnonymiserData();
    setProblem(null);
    setSaveError(null);
    await refreshKeyIds();
  }, [show, refreshKeyIds]);

  return { batches, keyIds, loaded, problem, saveError, addBatch, updateDocument, readKey, deleteKey, forgetBatch, forgetEverything };
}

/** The optional redactions the panel switched on, shared by the popup and the page: `[options, choose]`. */
export function useAnonymiseOptions(): [AnonymiseOptions, (next: AnonymiseOptions) => void] {
  const [options, setOptions] = useState<AnonymiseOptions>(() => anonymiseOptionsSchema.parse({}));
  useEffect(() => {
    let live = true;
    const read = (value: unknown) => {
      const parsed = anonymiseOptionsSchema.safeParse(value ?? {});
      if (live) setOptions(parsed.success ? parsed.data : anonymiseOptionsSchema.parse({}));
    };
    browser.storage.local.get(ANONYMISE_KEYS.options).then((stored) => read(stored[ANONYMISE_KEYS.options]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && ANONYMISE_KEYS.options in changes) read(changes[ANONYMISE_KEYS.options]?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const choose = useCallback((next: AnonymiseOptions) => {
    setOptions(next);
    void browser.storage.local.set({ [ANONYMISE_KEYS.options]: next }).catch(() => undefined);
  }, []);
  return [options, choose];
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnonymiseStore, DamagedRecord } from '@/components/anonymise/anonymise-store';
import type { AnonymisedDocument, AnonymiseOptions, BatchKey } from '@/lib/anonymise';
import type { Stored } from '@/lib/anonymise/store/read-stored';
import type { StoredBatch, StoredBatches, StoredKeys } from '@/lib/anonymise/store/stored-batch';
import {
  type AnonymiserRecord,
  anonymiseItems,
  deleteBatchesAndKeys,
  deleteRecord,
  forgetAllAnonymiserData,
  loadAnonymiserData,
  readBatches,
  readKeys,
  readOptions,
  restoreLastGood,
  writeData,
} from './storage/anonymise';
import { ownWrites } from './storage/own-writes';
import { useStoredItem } from './use-stored-item';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

const DAMAGED_WORDS = {
  batches: 'the anonymised CVs',
  key: 'the key (who is behind each code)',
} as const satisfies Record<AnonymiserRecord, string>;

function damagedOf(record: AnonymiserRecord, read: Stored<unknown> | null): DamagedRecord[] {
  return read?.status === 'damaged' ? [{ record, problem: read.problem, canRestore: read.lastGood !== null }] : [];
}

/** What the key reads as now, or why it cannot be used. */
async function usableKeys(): Promise<StoredKeys> {
  const keys = await readKeys();
  if (keys.status === 'damaged') throw new Error(refusal('key'));
  return keys.value;
}

const refusal = (record: AnonymiserRecord) =>
  `Nothing was saved: ${DAMAGED_WORDS[record]} stored in this browser could not be read, and De-bias will not write over it until you choose what to do with it (see above).`;

/**
 * The anonymiser's stored batches for a page. Every change is saved before it is shown: a save that
 * fails leaves the stored data and the page as they were, and says so. Changes saved by another tab
 * are picked up. A record that cannot be read is reported and left alone until the user restores
 * its last good copy or deletes it. The key is never held in React state: `readKey` reads it on request.
 */
export function useAnonymiseStore(): AnonymiseStore {
  const [batches, setBatches] = useState<StoredBatch[]>([]);
  const current = useRef<StoredBatch[]>([]);
  const own = useRef(ownWrites()).current;
  const [keyIds, setKeyIds] = useState<string[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [batchesRead, setBatchesRead] = useState<Stored<StoredBatches> | null>(null);
  const [keysRead, setKeysRead] = useState<Stored<StoredKeys> | null>(null);

  const showBatches = useCallback((read: Stored<StoredBatches>) => {
    setBatchesRead(read);
    const next = read.status === 'ok' ? read.value.batches : [];
    current.current = next;
    setBatches(next);
  }, []);
  const showKeys = useCallback((read: Stored<StoredKeys>) => {
    setKeysRead(read);
    setKeyIds(read.status === 'ok' ? Object.keys(read.value) : []);
  }, []);
  const refreshKeys = useCallback(async () => showKeys(await readKeys()), [showKeys]);

  useEffect(() => {
    let live = true;
    loadAnonymiserData().then(
      (data) => {
        if (!live) return;
        showBatches(data.batches);
        showKeys(data.keys);
        setLoaded(true);
      },
      (e: unknown) => live && setProblem(`Your saved anonymised CVs could not be opened: ${errorText(e)}`),
    );
    const unwatchKey = anonymiseItems.key.watch(() => {
      if (live) void refreshKeys();
    });
    const unwatchBatches = anonymiseItems.batches.watch((raw) => {
      if (!live || own.isEcho(raw)) return;
      void readBatches().then((read) => live && showBatches(read));
    });
    return () => {
      live = false;
      unwatchKey();
      unwatchBatches();
    };
  }, [showBatches, showKeys, refreshKeys, own]);

  /** Saves, then shows; on failure shows nothing new and says why. */
  const save = useCallback(
    async (next: StoredBatch[], keys?: StoredKeys, options?: { deleting: boolean }): Promise<boolean> => {
      if (batchesRead?.status === 'damaged') {
        setSaveError(refusal('batches'));
        return false;
      }
      const json = own.saving({ version: 1, batches: next });
      try {
        await writeData(next, keys, options);
      } catch (e) {
        own.failed(json);
        setSaveError(`Your change could not be saved in this browser, so nothing changed: ${errorText(e)}`);
        return false;
      }
      setSaveError(null);
      showBatches({ status: 'ok', value: { version: 1, batches: next } });
      if (keys) showKeys({ status: 'ok', value: keys });
      return true;
    },
    [own, batchesRead, showBatches, showKeys],
  );

  /** Runs a change that needs the key; refused (with the reason shown) when the key cannot be read. */
  const withKeys = useCallback(async (change: (keys: StoredKeys) => Promise<boolean>): Promise<boolean> => {
    let keys: StoredKeys;
    try {
      keys = await usableKeys();
    } catch (e) {
      setSaveError(errorText(e));
      return false;
    }
    return change(keys);
  }, []);

  const addBatch = useCallback(
    (batch: StoredBatch, key: BatchKey) => withKeys((keys) => save([batch, ...current.current], { ...keys, [batch.id]: key })),
    [save, withKeys],
  );

  const updateDocument = useCallback(
    (batchId: string, code: string, document: AnonymisedDocument) => {
      const next = current.current.map((b) =>
        b.id === batchId ? { ...b, documents: b.documents.map((d) => (d.code === code ? { code, ...document } : d)) } : b,
      );
      void save(next);
    },
    [save],
  );

  const readKey = useCallback(async (batchId: string) => {
    const keys = await readKeys();
    return keys.status === 'ok' ? (keys.value[batchId] ?? null) : null;
  }, []);

  const deleteKey = useCallback(
    async (batchId: string) => {
      await withKeys(async ({ [batchId]: _gone, ...rest }) => save(current.current, rest, { deleting: true }));
    },
    [save, withKeys],
  );

  const forgetBatch = useCallback(
    async (batchId: string) => {
      const next = current.current.filter((b) => b.id !== batchId);
      await withKeys(async ({ [batchId]: _gone, ...rest }) => {
        if (next.length > 0 || Object.keys(rest).length > 0) return save(next, rest, { deleting: true });
        await deleteBatchesAndKeys();
        showBatches({ status: 'ok', value: { version: 1, batches: [] } });
        showKeys({ status: 'ok', value: {} });
        return true;
      });
    },
    [save, withKeys, showBatches, showKeys],
  );

  const forgetEverything = useCallback(async () => {
    await forgetAllAnonymiserData();
    showBatches({ status: 'ok', value: { version: 1, batches: [] } });
    showKeys({ status: 'ok', value: {} });
    setProblem(null);
    setSaveError(null);
  }, [showBatches, showKeys]);

  const reread = useCallback(async () => {
    const [b, k] = await Promise.all([readBatches(), readKeys()]);
    showBatches(b);
    showKeys(k);
    setSaveError(null);
  }, [showBatches, showKeys]);

  const damagedText = useCallback(
    async (record: AnonymiserRecord) => {
      const read = record === 'batches' ? batchesRead : keysRead;
      return read?.status === 'damaged' ? read.raw : '';
    },
    [batchesRead, keysRead],
  );
  const restore = useCallback(
    async (record: AnonymiserRecord) => {
      await restoreLastGood(record);
      await reread();
    },
    [reread],
  );
  const deleteDamaged = useCallback(
    async (record: AnonymiserRecord) => {
      await deleteRecord(record);
      await reread();
    },
    [reread],
  );

  return {
    batches,
    keyIds,
    loaded,
    problem,
    saveError,
    damaged: [...damagedOf('batches', batchesRead), ...damagedOf('key', keysRead)],
    damagedText,
    restoreLastGood: restore,
    deleteDamaged,
    addBatch,
    updateDocument,
    readKey,
    deleteKey,
    forgetBatch,
    forgetEverything,
  };
}

/** The optional redactions the panel switched on, shared by the popup and the page: `[options, choose]`. */
export function useAnonymiseOptions(): [AnonymiseOptions, (next: AnonymiseOptions) => void] {
  const [options, set] = useStoredItem(anonymiseItems.options, readOptions);
  return [options, set as (next: AnonymiseOptions) => void];
}

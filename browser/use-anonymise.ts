import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnonymiseStore } from '@/components/anonymise/anonymise-store';
import type { AnonymisedDocument, AnonymiseOptions, BatchKey } from '@/lib/anonymise';
import type { StoredBatch, StoredKeys } from '@/lib/anonymise/store/stored-batch';
import { anonymiseItems, forgetAllAnonymiserData, parseBatches, readKeys, readOptions, writeBatches, writeKeys } from './storage/anonymise';
import { ownWrites } from './storage/own-writes';
import { useStoredItem } from './use-stored-item';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The anonymiser's stored batches for a page. Every change is saved at once; changes saved by
 * another tab are picked up. The key is never held in React state: `readKey` reads it on request.
 */
export function useAnonymiseStore(): AnonymiseStore {
  const [batches, setBatches] = useState<StoredBatch[]>([]);
  const current = useRef<StoredBatch[]>([]);
  const own = useRef(ownWrites()).current;
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
    anonymiseItems.batches.getValue().then(
      (raw) => {
        if (!live) return;
        const read = parseBatches(raw);
        show(read.batches);
        setProblem(read.problem);
        setLoaded(true);
      },
      (e: unknown) => live && setProblem(`Your saved anonymised CVs could not be opened: ${errorText(e)}`),
    );
    void refreshKeyIds();
    const unwatchKey = anonymiseItems.key.watch(() => {
      if (live) void refreshKeyIds();
    });
    const unwatchBatches = anonymiseItems.batches.watch((raw) => {
      if (!live || own.isEcho(raw)) return;
      const read = parseBatches(raw);
      show(read.batches);
      setProblem(read.problem);
    });
    return () => {
      live = false;
      unwatchKey();
      unwatchBatches();
    };
  }, [show, refreshKeyIds, own]);

  const save = useCallback(
    async (next: StoredBatch[], keys?: StoredKeys): Promise<boolean> => {
      const json = own.saving({ version: 1, batches: next });
      try {
        await writeBatches(next, keys);
        setSaveError(null);
        return true;
      } catch (e) {
        own.failed(json);
        setSaveError(`Your anonymised CVs could not be saved in this browser: ${errorText(e)}`);
        return false;
      }
    },
    [own],
  );

  const addBatch = useCallback(
    async (batch: StoredBatch, key: BatchKey) => {
      const next = [batch, ...current.current];
      const keys = { ...(await readKeys()), [batch.id]: key };
      show(next);
      setProblem(null);
      const saved = await save(next, keys);
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
      await writeKeys(rest);
      await refreshKeyIds();
    },
    [refreshKeyIds],
  );

  const forgetBatch = useCallback(
    async (batchId: string) => {
      const next = current.current.filter((b) => b.id !== batchId);
      const { [batchId]: _gone, ...rest } = await readKeys();
      show(next);
      if (next.length === 0 && Object.keys(rest).length === 0) await forgetBatches();
      else await save(next, rest);
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

async function forgetBatches(): Promise<void> {
  await Promise.all([anonymiseItems.batches.removeValue(), anonymiseItems.key.removeValue()]);
}

/** The optional redactions the panel switched on, shared by the popup and the page: `[options, choose]`. */
export function useAnonymiseOptions(): [AnonymiseOptions, (next: AnonymiseOptions) => void] {
  const [options, set] = useStoredItem(anonymiseItems.options, readOptions);
  return [options, set as (next: AnonymiseOptions) => void];
}

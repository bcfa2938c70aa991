// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useAnonymiseStore } from '../../../browser/use-anonymise';
import type { AnonymiseStore } from '../../../components/anonymise/anonymise-store';
import type { StoredBatch } from '../../../lib/anonymise/store/stored-batch';
import { anonymiseBatch } from '../../../lib/anonymise';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ANONYMISE_KEYS = { batches: 'anonymise:batches', key: 'anonymise:key', options: 'anonymise:options' };
let store: AnonymiseStore | null = null;
function Probe() {
  store = useAnonymiseStore();
  return null;
}

let container: HTMLElement;
let root: Root;
const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const all = () => fakeBrowser.storage.local.get(null);

async function mount() {
  container = document.createElement('div');
  root = createRoot(container);
  await act(async () => root.render(<Probe />));
  await flush();
}

function batchOf(id: string, files: { name: string; text: string }[]): { batch: StoredBatch; key: ReturnType<typeof anonymiseBatch>['key'] } {
  const { results, key } = anonymiseBatch(files, {}, () => 0);
  return { batch: { id, createdAt: '2026-03-03T14:05:00.000Z', options: { education: 'keep', employers: 'keep', jobTitle: 'keep', experienceYears: 'keep' }, documents: results }, key };
}

beforeEach(() => {
  fakeBrowser.reset();
  store = null;
});
afterEach(() => act(() => root.unmount()));

test('a batch is stored by code only; the key is stored apart and read only on request', async () => {
  await mount();
  const { batch, key } = batchOf('b1', [{ name: 'jane-doe-cv.txt', text: 'Jane Doe\njane@example.com\nPractice nurse.' }]);
  await act(async () => void (await store!.addBatch(batch, key)));
  const stored = await all();
  expect(JSON.stringify(stored[ANONYMISE_KEYS.batches])).not.toContain('jane-doe-cv.txt');
  expect(stored[ANONYMISE_KEYS.key]).toEqual({ b1: { 'Candidate 01': { fileName: 'jane-doe-cv.txt', candidateName: 'Jane Doe' } } });
  expect(store!.batches.map((b) => b.id)).toEqual(['b1']);
  expect(store!.keyIds).toEqual(['b1']);
  expect(await store!.readKey('b1')).toEqual(key);
});

test('a reload reads the stored batches back', async () => {
  const { batch } = batchOf('b1', [{ name: 'a.txt', text: 'Jane Doe\nPractice nurse.' }]);
  await fakeBrowser.storage.local.set({ [ANONYMISE_KEYS.batches]: { version: 1, batches: [batch] } });
  await mount();
  expect(store!.loaded).toBe(true);
  expect(store!.problem).toBeNull();
  expect(store!.batches).toEqual([batch]);
});

test('damaged stored data is reported, not shown', async () => {
  await fakeBrowser.storage.local.set({ [ANONYMISE_KEYS.batches]: { version: 1, batches: [{ id: 3 }] } });
  await mount();
  expect(store!.batches).toEqual([]);
  expect(store!.damaged.map((d) => d.record)).toEqual(['batches']);
});

test('forgetting a batch deletes its documents and key; forgetting everything leaves no anonymiser key behind', async () => {
  await fakeBrowser.storage.local.set({ interview: { keep: 'me' }, [ANONYMISE_KEYS.options]: { education: 'redact' }, 'anonymise:old-thing': 1 });
  await mount();
  const one = batchOf('b1', [{ name: 'one.txt', text: 'Jane Doe\nPractice nurse.' }]);
  const two = batchOf('b2', [{ name: 'two.txt', text: 'John Smith\nReceptionist.' }]);
  await act(async () => void (await store!.addBatch(one.batch, one.key)));
  await act(async () => void (await store!.addBatch(two.batch, two.key)));
  expect(store!.batches.map((b) => b.id)).toEqual(['b2', 'b1']);

  await act(() => store!.forgetBatch('b1'));
  let stored = await all();
  expect(JSON.stringify(stored)).not.toContain('one.txt');
  expect(JSON.stringify(stored)).not.toContain('Jane');
  expect(Object.keys(stored[ANONYMISE_KEYS.key] as object)).toEqual(['b2']);

  await act(() => store!.forgetEverything());
  stored = await all();
  expect(Object.keys(stored)).toEqual(['interview']);
  expect(store!.batches).toEqual([]);
  expect(store!.keyIds).toEqual([]);
});

test('putting back or redacting by hand is saved', async () => {
  await mount();
  const { batch, key } = batchOf('b1', [{ name: 'a.txt', text: 'Jane Doe\njane@example.com' }]);
  await act(async () => void (await store!.addBatch(batch, key)));
  const doc = batch.documents[0]!;
  const changed = { text: `${doc.text}!`, redactions: doc.redactions };
  await act(async () => store!.updateDocument('b1', 'Candidate 01', changed));
  await flush();
  const stored = (await all())[ANONYMISE_KEYS.batches] as { batches: StoredBatch[] };
  expect(stored.batches[0]!.documents[0]).toEqual({ code: 'Candidate 01', ...changed });
});

// ---- Damaged records and failed saves (issue 13) ------------------------------------------------

test('a key that cannot be read is reported, and a new batch is refused rather than written over it', async () => {
  const damagedKey = { b1: 'not a key' };
  await fakeBrowser.storage.local.set({ [ANONYMISE_KEYS.key]: damagedKey });
  await mount();
  expect(store!.damaged).toEqual([{ record: 'key', problem: expect.stringMatching(/^b1/), canRestore: false }]);
  const { batch, key } = batchOf('b2', [{ name: 'jane.txt', text: 'Jane Doe\nPractice nurse.' }]);
  let saved = true;
  await act(async () => {
    saved = await store!.addBatch(batch, key);
  });
  expect(saved).toBe(false);
  expect(store!.saveError).toMatch(/^Nothing was saved: the key \(who is behind each code\) stored in this browser could not be read/);
  expect((await all())[ANONYMISE_KEYS.key]).toEqual(damagedKey);
  expect((await all())[ANONYMISE_KEYS.batches]).toBeUndefined();
  expect(store!.batches).toEqual([]);
  expect(JSON.parse(await store!.damagedText('key'))).toEqual(damagedKey);

  // Only the user's choice replaces it.
  await act(() => store!.deleteDamaged('key'));
  expect(store!.damaged).toEqual([]);
  await act(async () => void (await store!.addBatch(batch, key)));
  expect(Object.keys((await all())[ANONYMISE_KEYS.key] as object)).toEqual(['b2']);
});

test('damaged batches can be restored from the last good copy, which each clean load keeps', async () => {
  const { batch, key } = batchOf('b1', [{ name: 'a.txt', text: 'Jane Doe\nPractice nurse.' }]);
  await fakeBrowser.storage.local.set({ [ANONYMISE_KEYS.batches]: { version: 1, batches: [batch] }, [ANONYMISE_KEYS.key]: { b1: key } });
  await mount();
  const stored = await all();
  expect(stored['anonymise:batches:last-good']).toEqual({ version: 1, batches: [batch] });
  expect(stored['anonymise:key:last-good']).toEqual({ b1: key });
  act(() => root.unmount());

  await fakeBrowser.storage.local.set({ [ANONYMISE_KEYS.batches]: { version: 1, batches: 'damaged' } });
  await mount();
  expect(store!.batches).toEqual([]);
  expect(store!.damaged).toEqual([{ record: 'batches', problem: 'batches: Invalid input: expected array, received string', canRestore: true }]);
  await act(() => store!.restoreLastGood('batches'));
  expect(store!.damaged).toEqual([]);
  expect(store!.batches).toEqual([batch]);
  expect((await all())[ANONYMISE_KEYS.batches]).toEqual({ version: 1, batches: [batch] });
});

test('a save that fails (storage full) changes nothing, on the page or in storage, and says so', async () => {
  await mount();
  const one = batchOf('b1', [{ name: 'one.txt', text: 'Jane Doe\nPractice nurse.' }]);
  await act(async () => void (await store!.addBatch(one.batch, one.key)));
  const before = await all();
  const set = fakeBrowser.storage.local.set;
  fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
  try {
    const two = batchOf('b2', [{ name: 'two.txt', text: 'John Smith\nReceptionist.' }]);
    let saved = true;
    await act(async () => {
      saved = await store!.addBatch(two.batch, two.key);
    });
    expect(saved).toBe(false);
    await act(async () => store!.updateDocument('b1', 'Candidate 01', { text: 'changed', redactions: [] }));
    await flush();
  } finally {
    fakeBrowser.storage.local.set = set;
  }
  expect(store!.saveError).toBe('Your change could not be saved in this browser, so nothing changed: QUOTA_BYTES quota exceeded');
  expect(store!.batches).toEqual([one.batch]);
  expect(store!.keyIds).toEqual(['b1']);
  expect(await all()).toEqual(before);
});

test('forgetting a batch removes it from the last good copies too', async () => {
  await mount();
  const one = batchOf('b1', [{ name: 'one.txt', text: 'Jane Doe\nPractice nurse.' }]);
  const two = batchOf('b2', [{ name: 'two.txt', text: 'John Smith\nReceptionist.' }]);
  await act(async () => void (await store!.addBatch(one.batch, one.key)));
  await act(async () => void (await store!.addBatch(two.batch, two.key)));
  act(() => root.unmount());
  await mount(); // a clean load: both batches become the last good copy
  expect(JSON.stringify((await all())['anonymise:batches:last-good'])).toContain('Jane');
  await act(() => store!.forgetBatch('b1'));
  const stored = JSON.stringify(await all());
  expect(stored).not.toContain('one.txt');
  expect(stored).not.toContain('Jane');
});

// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useInterviewState } from '../../../browser/use-interview';
import type { InterviewStorageStatus, UpdateInterview } from '../../../components/interview/interview-store';
import { addVacancy, emptyState, type InterviewState, setItemStatus } from '../../../lib/interview';
import { testDeps } from '../interview/fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let latest: { state: InterviewState; update: UpdateInterview; status: InterviewStorageStatus } | null = null;
function Probe() {
  const [state, update, status] = useInterviewState();
  latest = { state, update, status };
  return null;
}

const INTERVIEW_KEYS = { primary: 'interview' };
let root: Root;
const read = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
/** Lets storage promises and the effects they trigger settle. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

beforeEach(async () => {
  fakeBrowser.reset();
  latest = null;
  const seeded = addVacancy(emptyState(), { title: 'Practice nurse' }, testDeps()).state;
  await fakeBrowser.storage.local.set({ [INTERVIEW_KEYS.primary]: seeded });
  root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Probe />));
  await settle();
});

afterEach(() => act(() => root.unmount()));

const vacancyId = () => latest!.state.vacancies[0]!.id;

test('loads the stored state', () => {
  expect(latest!.status.loaded).toBe(true);
  expect(latest!.status.problem).toBeNull();
  expect(latest!.state.vacancies.map((v) => v.title)).toEqual(['Practice nurse']);
});

test('update applies a mutation, saves it at once, and returns null', async () => {
  let result: string | null = 'not called';
  await act(async () => {
    result = latest!.update((s) => setItemStatus(s, vacancyId(), 'diverse-panel', 'done'));
  });
  await settle();
  expect(result).toBeNull();
  expect(latest!.state.vacancies[0]!.checklist['diverse-panel']).toEqual({ status: 'done', note: '' });
  expect(((await read(INTERVIEW_KEYS.primary)) as InterviewState).vacancies[0]!.checklist['diverse-panel']?.status).toBe('done');
});

test("update returns the model's refusal and changes nothing", async () => {
  const before = latest!.state;
  let result: string | null = null;
  await act(async () => {
    result = latest!.update((s) => setItemStatus(s, vacancyId(), 'diverse-panel', 'na', '  '));
  });
  expect(result).toBe('Say why this item does not apply.');
  expect(latest!.state).toBe(before);
});

test('picks up changes saved by another page', async () => {
  const other = setItemStatus(latest!.state, vacancyId(), 'evidence-notes', 'done');
  await act(async () => {
    await fakeBrowser.storage.local.set({ [INTERVIEW_KEYS.primary]: other });
  });
  await settle();
  expect(latest!.state.vacancies[0]!.checklist['evidence-notes']?.status).toBe('done');
  expect(latest!.status.problem).toBeNull();
});

test('broken data written by something else is reported and replaced with this page’s copy', async () => {
  const good = latest!.state;
  await act(async () => {
    await fakeBrowser.storage.local.set({ [INTERVIEW_KEYS.primary]: { schemaVersion: 2, vacancies: 7 } });
  });
  await settle();
  expect(latest!.status.problem).toMatch(/could not be read .*restored the last good copy/);
  expect(latest!.state.vacancies).toEqual(good.vacancies);
  expect(latest!.state.brokenCopies.map((c) => JSON.parse(c.raw))).toEqual([{ schemaVersion: 2, vacancies: 7 }]);
  expect(((await read(INTERVIEW_KEYS.primary)) as InterviewState).vacancies).toEqual(good.vacancies);
});

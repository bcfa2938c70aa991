import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  emptyState,
  type InterviewDeps,
  InterviewError,
  type InterviewState,
  type LoadResult,
  loadState,
  migrate,
  stateSchema,
} from '@/lib/interview';
import { writerTag, writtenByThisPage } from './writer-tag';

/**
 * Where the structured-interview records live in `browser.storage.local`:
 * - `primary`: the state, saved after every change;
 * - `backup`: the last good copy, written after every clean load (see lib/interview/README.md);
 * - `writer`: who wrote `primary` last, so a page can tell its own saves from other pages' changes;
 * - `current`: the id of the vacancy chosen or edited most recently (the popup shows it).
 */
export const INTERVIEW_KEYS = {
  primary: 'interview',
  backup: 'interview:last-good',
  writer: 'interview:writer',
  current: 'interview:current',
} as const;

/** The clock and id source the interview pages pass to the model. */
export const interviewDeps: InterviewDeps = {
  newId: () => crypto.randomUUID(),
  now: () => new Date().toISOString(),
};

/** Changes the state; returns the model's plain-English refusal (`InterviewError`), or null once saved. */
export type UpdateInterview = (change: (state: InterviewState) => InterviewState) => string | null;


/** Saves the state as the primary copy. It is checked against the schema first, so broken data is never written. */
export async function saveInterviewState(state: InterviewState): Promise<void> {
  const valid = stateSchema.parse(state);
  await browser.storage.local.set({ [INTERVIEW_KEYS.primary]: valid, [INTERVIEW_KEYS.writer]: writerTag() });
}

/**
 * Loads the state with the model's `loadState(primary, backup)`. After a clean load the state is also
 * written as the backup (the last good copy). When it was upgraded, restored or rebuilt, it is written
 * back as the primary copy too, so the unreadable data is kept (in `brokenCopies`) and not read again.
 */
export async function loadInterviewState(): Promise<LoadResult> {
  const stored = await browser.storage.local.get([INTERVIEW_KEYS.primary, INTERVIEW_KEYS.backup]);
  const result = loadState(stored[INTERVIEW_KEYS.primary], stored[INTERVIEW_KEYS.backup], interviewDeps);
  return { ...result, state: await settle(result) };
}

/** Writes what a load result needs written (see `loadInterviewState`) and returns its state. */
async function settle(result: LoadResult): Promise<InterviewState> {
  const items: Record<string, unknown> = {};
  if (!result.problem) items[INTERVIEW_KEYS.backup] = result.state;
  if (result.problem || result.recoveredFromBackup || result.migratedFrom !== undefined) {
    items[INTERVIEW_KEYS.primary] = result.state;
    items[INTERVIEW_KEYS.writer] = writerTag();
  }
  if (Object.keys(items).length > 0) await browser.storage.local.set(items);
  return result.state;
}

export interface InterviewStorageStatus {
  /** False until the stored state has been read. */
  loaded: boolean;
  /** What went wrong reading the stored records (shown in an alert until dismissed). */
  problem: string | null;
  /** Saving failed (for example, the browser's storage is full). */
  saveError: string | null;
  dismissProblem(): void;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The interview state for a page: `[state, update, status]`. `update(fn)` applies a model mutation,
 * saves the result at once and returns the model's refusal message if the mutation threw
 * `InterviewError` (nothing changes then). Changes saved by other pages (the popup, another tab) are
 * picked up; stored data that another page or program broke is reported and replaced with this
 * page's last good copy, keeping the broken data for export.
 */
export function useInterviewState(): [InterviewState, UpdateInterview, InterviewStorageStatus] {
  const [state, setState] = useState<InterviewState>(emptyState);
  const current = useRef<InterviewState>(state);
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  const show = useCallback((next: InterviewState) => {
    current.current = next;
    setState(next);
  }, []);

  useEffect(() => {
    let live = true;
    let ready = false;
    const adopt = (result: LoadResult) => {
      if (!live) return;
      ready = true;
      show(result.state);
      if (result.problem) setProblem(result.problem);
      setLoaded(true);
    };
    // Without a readable store the page stays unloaded, so nothing can overwrite what is there.
    const unreadable = (e: unknown) => {
      if (live) setProblem(`Your saved interview records could not be opened: ${errorText(e)}`);
    };
    loadInterviewState().then(adopt, unreadable);

    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(INTERVIEW_KEYS.primary in changes)) return;
      if (writtenByThisPage(changes[INTERVIEW_KEYS.writer]?.newValue)) return;
      // Changed while the first load is still reading: read again, with the backup, rather than trust an empty state.
      if (!ready) {
        loadInterviewState().then(adopt, unreadable);
        return;
      }
      const raw = changes[INTERVIEW_KEYS.primary]?.newValue;
      const read = migrate(raw);
      if (read.ok && read.migratedFrom === null) {
        if (live) show(read.state);
        return;
      }
      // Another page or program stored something this version cannot use: this page's state is the last good copy.
      const result = loadState(raw, current.current, interviewDeps);
      settle(result).then(
        () => adopt(result),
        (e: unknown) => {
          adopt(result);
          if (live) setSaveError(`The restored records could not be saved: ${errorText(e)}`);
        },
      );
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [show]);

  const update = useCallback<UpdateInterview>(
    (change) => {
      let next: InterviewState;
      try {
        next = change(current.current);
      } catch (e) {
        if (e instanceof InterviewError) return e.message;
        throw e;
      }
      if (next === current.current) return null;
      show(next);
      saveInterviewState(next).then(
        () => setSaveError(null),
        (e: unknown) => setSaveError(`Your last change could not be saved: ${errorText(e)}`),
      );
      return null;
    },
    [show],
  );

  const dismissProblem = useCallback(() => setProblem(null), []);
  return [state, update, { loaded, problem, saveError, dismissProblem }];
}

/** The vacancy chosen or edited most recently, shared by the page and the popup: `[id, choose]`. */
export function useCurrentVacancyId(): [string | null, (id: string | null) => void] {
  const [id, setId] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const read = (value: unknown) => {
      if (live) setId(typeof value === 'string' ? value : null);
    };
    browser.storage.local.get(INTERVIEW_KEYS.current).then((stored) => read(stored[INTERVIEW_KEYS.current]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && INTERVIEW_KEYS.current in changes) read(changes[INTERVIEW_KEYS.current]?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const choose = useCallback((next: string | null) => {
    setId(next);
    void (next === null
      ? browser.storage.local.remove(INTERVIEW_KEYS.current)
      : browser.storage.local.set({ [INTERVIEW_KEYS.current]: next }));
  }, []);
  return [id, choose];
}

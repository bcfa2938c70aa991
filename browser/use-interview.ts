import { useCallback, useEffect, useRef, useState } from 'react';
import type { InterviewStorageStatus, InterviewStore, UpdateInterview } from '@/components/interview/interview-store';
import { emptyState, InterviewError, type InterviewState, type LoadResult, loadState, migrate } from '@/lib/interview';
import { interviewItems, loadInterviewState, saveInterviewState, settleLoad } from './storage/interview';
import { ownWrites } from './storage/own-writes';
import { useStoredItem } from './use-stored-item';

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
  const own = useRef(ownWrites()).current;
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
    const saving = (s: InterviewState) => void own.saving(s);
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
    loadInterviewState(saving).then(adopt, unreadable);

    const unwatch = interviewItems.primary.watch((raw) => {
      if (own.isEcho(raw)) return;
      // Changed while the first load is still reading: read again, with the backup, rather than trust an empty state.
      if (!ready) {
        loadInterviewState(saving).then(adopt, unreadable);
        return;
      }
      const read = migrate(raw);
      if (read.ok && read.migratedFrom === null) {
        if (live) show(read.state);
        return;
      }
      // Another page or program stored something this version cannot use: this page's state is the last good copy.
      const result = loadState(raw, current.current);
      settleLoad(result, saving).then(
        () => adopt(result),
        (e: unknown) => {
          adopt(result);
          if (live) setSaveError(`The restored records could not be saved: ${errorText(e)}`);
        },
      );
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [show, own]);

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
      const json = own.saving(next);
      saveInterviewState(next).then(
        () => setSaveError(null),
        (e: unknown) => {
          own.failed(json);
          setSaveError(
            `Your last change could not be saved (${errorText(e)}). The records stored in this browser are as they were before it: reload the page to see them.`,
          );
        },
      );
      return null;
    },
    [show, own],
  );

  const dismissProblem = useCallback(() => setProblem(null), []);
  return [state, update, { loaded, problem, saveError, dismissProblem }];
}

/** The vacancy chosen or edited most recently, shared by the page and the popup: `[id, choose]`. */
export function useCurrentVacancyId(): [string | null, (id: string | null) => void] {
  return useStoredItem(interviewItems.current, vacancyId);
}

const vacancyId = (raw: unknown) => (typeof raw === 'string' ? raw : null);

/** Everything the interview views need: the records, the way to change them, and the current vacancy. */
export function useInterviewStore(): InterviewStore {
  const [state, update, status] = useInterviewState();
  const [currentId, choose] = useCurrentVacancyId();
  return { state, update, status, currentId, choose };
}

import type { BrokenCopy, InterviewDeps, InterviewState } from '../schema';
import { emptyState } from '../state/empty-state';
import { migrate } from './migrate';

export interface LoadResult {
  state: InterviewState;
  /** Plain English, for a banner. Absent when everything loaded normally. */
  problem?: string;
  /** True when the primary copy was unreadable (or missing) and the backup was used. */
  recoveredFromBackup: boolean;
  /** The version read, when it was older and has been upgraded: save the state back. */
  migratedFrom?: number;
}

/** How many unreadable copies are kept in the state; older ones are dropped. */
export const MAX_BROKEN_COPIES = 3;

function asText(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return String(raw);
  }
}

function keep(state: InterviewState, broken: BrokenCopy[]): InterviewState {
  return { ...state, brokenCopies: [...state.brokenCopies, ...broken].slice(-MAX_BROKEN_COPIES) };
}

const absent = (raw: unknown) => raw === undefined || raw === null;
/** A sentence made to fit inside another: "The data is bad." → "the data is bad". */
const inline = (problem: string) => problem.replace(/\.$/, '').replace(/^[A-Z](?=[a-z ])/, (c) => c.toLowerCase());

/**
 * Reads the stored state. `primary` is the copy saved on every change, `backup` the last good copy
 * (see the README for when to write it). Never throws:
 * - primary fine → it is used (upgraded from an older version if needed);
 * - primary unreadable, backup fine → the backup is used and the problem reported;
 * - both unreadable → an empty state, with the problem reported.
 * Unreadable data is never thrown away: it is kept, as JSON text, in `state.brokenCopies` for export.
 */
export function loadState(
  primary: unknown,
  backup: unknown,
  deps: Pick<InterviewDeps, 'now'> = { now: () => new Date().toISOString() },
): LoadResult {
  if (absent(primary) && absent(backup)) return { state: emptyState(), recoveredFromBackup: false };
  const first = absent(primary) ? null : migrate(primary);
  if (first?.ok)
    return {
      state: first.state,
      recoveredFromBackup: false,
      ...(first.migratedFrom === null ? {} : { migratedFrom: first.migratedFrom }),
    };

  const at = deps.now();
  const primaryProblem = first && !first.ok ? (first.errors[0] ?? 'unknown problem') : null;
  const broken: BrokenCopy[] = primaryProblem ? [{ at, problem: primaryProblem, raw: asText(primary) }] : [];
  const second = absent(backup) ? null : migrate(backup);
  const lead = primaryProblem
    ? 'Your saved interview records could not be read'
    : 'Your saved interview records were missing';
  const detail = primaryProblem ? ` (first problem: ${inline(primaryProblem)})` : '';

  // A first visit can find only an empty last-good copy (another page loaded first): nothing was lost.
  if (second?.ok && !primaryProblem && second.state.vacancies.length === 0 && second.state.brokenCopies.length === 0)
    return { state: second.state, recoveredFromBackup: false };

  if (second?.ok)
    return {
      state: keep(second.state, broken),
      problem: `${lead}${detail}, so De-bias has restored the last good copy. Changes made since then may be missing.${broken.length ? ' A copy of the unreadable data has been kept so you can export it.' : ''}`,
      recoveredFromBackup: true,
      ...(second.migratedFrom === null ? {} : { migratedFrom: second.migratedFrom }),
    };

  if (second && !second.ok)
    broken.push({ at, problem: second.errors[0] ?? 'unknown problem', raw: asText(backup) });
  return {
    state: keep(emptyState(), broken),
    problem: `${lead}${detail}, and ${second ? 'neither could the backup copy' : 'there is no backup copy'}, so De-bias has started with no records. A copy of the unreadable data has been kept so you can export it.`,
    recoveredFromBackup: false,
  };
}

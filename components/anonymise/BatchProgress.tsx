export interface Progress {
  stage: 'reading' | 'anonymising' | 'finished' | 'cancelled';
  /** Files read so far. */
  done: number;
  total: number;
  /** How many were anonymised (known once finished). */
  anonymised: number;
}

export const isRunning = (progress: Progress | null) => progress?.stage === 'reading' || progress?.stage === 'anonymising';

/** "Reading 3 of 12…", "Anonymising 12 CVs…", then how the batch went. A status region, so screen readers hear it. */
export function BatchProgress({ progress, failed, onCancel }: { progress: Progress | null; failed: number; onCancel: () => void }) {
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  const message = !progress
    ? ''
    : progress.stage === 'reading'
      ? `Reading ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…`
      : progress.stage === 'anonymising'
        ? `Anonymising ${progress.total - failed} ${progress.total - failed === 1 ? 'CV' : 'CVs'}…`
        : progress.stage === 'cancelled'
          ? 'Cancelled: nothing was anonymised or saved.'
          : `Finished: read ${progress.done} of ${progress.total}. ${progress.anonymised} anonymised${failed ? `; ${files(failed)} could not be read (see below)` : ''}.`;
  return (
    <div className="an-progress" data-testid="batch-progress">
      {progress && progress.stage !== 'cancelled' && (
        <progress max={progress.total} value={progress.stage === 'anonymising' ? undefined : progress.done} aria-label="Files read" />
      )}
      <div className="row">
        <p role="status">{message}</p>
        {isRunning(progress) && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </div>
  );
}

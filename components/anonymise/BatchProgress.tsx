export interface Progress {
  /** 'saving': the batch and its key are being saved together; too late to cancel. */
  stage: 'reading' | 'anonymising' | 'saving' | 'finished' | 'cancelled';
  /** Documents finished in this stage (once finished: files read). */
  done: number;
  /** Documents in this stage: files chosen, then the ones read. */
  total: number;
  /** The document being read or anonymised. */
  name: string;
  /** How many were anonymised (known once finished). */
  anonymised: number;
}

export const isRunning = (progress: Progress | null) => progress?.stage === 'reading' || progress?.stage === 'anonymising' || progress?.stage === 'saving';
const canCancel = (progress: Progress | null) => progress?.stage === 'reading' || progress?.stage === 'anonymising';

/**
 * "Reading 3 of 30: cv-smith.docx", "Anonymising 12 of 28: cv-smith.docx", "Saving 28 anonymised CVs…",
 * then how the batch went. Cancel is offered until the saving starts.
 * A status region, so screen readers hear it.
 */
export function BatchProgress({ progress, failed, onCancel }: { progress: Progress | null; failed: number; onCancel: () => void }) {
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  const message = !progress
    ? ''
    : canCancel(progress)
      ? `${progress.stage === 'reading' ? 'Reading' : 'Anonymising'} ${Math.min(progress.done + 1, progress.total)} of ${progress.total}: ${progress.name}`
      : progress.stage === 'saving'
        ? `Saving ${progress.total} anonymised ${progress.total === 1 ? 'CV' : 'CVs'}…`
        : progress.stage === 'cancelled'
          ? 'Cancelled: nothing was anonymised or saved.'
          : `Finished: read ${progress.done} of ${progress.total}. ${progress.anonymised} anonymised${failed ? `; ${files(failed)} could not be read (see below)` : ''}.`;
  return (
    <div className="an-progress" data-testid="batch-progress">
      {progress && progress.stage !== 'cancelled' && (
        <progress max={progress.total} value={progress.stage === 'finished' ? progress.total : progress.done} aria-label={progress.stage === 'anonymising' || progress.stage === 'saving' ? 'CVs anonymised' : 'Files read'} />
      )}
      {/* Cancel comes first, so it stays put while the message beside it changes with each document. */}
      <div className="row">
        {canCancel(progress) && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
        <p role="status">{message}</p>
      </div>
    </div>
  );
}

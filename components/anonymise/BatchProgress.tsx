export interface Progress {
  done: number;
  total: number;
  finished: boolean;
  /** How many were anonymised (known once finished). */
  anonymised: number;
}

/** "Reading 3 of 12…", then how the batch went. A status region, so screen readers hear it. */
export function BatchProgress({ progress, failed }: { progress: Progress | null; failed: number }) {
  const { done, total, finished, anonymised } = progress ?? { done: 0, total: 0, finished: false, anonymised: 0 };
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  const message = !progress
    ? ''
    : !finished
      ? `Reading ${Math.min(done + 1, total)} of ${total}…`
      : `Finished: read ${done} of ${total}. ${anonymised} anonymised${failed ? `; ${files(failed)} could not be read (see below)` : ''}.`;
  return (
    <div className="an-progress" data-testid="batch-progress">
      {progress && <progress max={total} value={done} aria-label="Files read" />}
      <p role="status">{message}</p>
    </div>
  );
}

import type { StageProgress } from '@/lib/interview';

/** Checklist progress: the whole checklist as a bar, then (unless `compact`) each stage in words. */
export function ProgressSummary({ progress, compact }: { progress: readonly StageProgress[]; compact?: boolean }) {
  const all = progress.find((p) => p.stage === 'all');
  if (!all) return null;
  return (
    <div className="iv-progress" data-testid="checklist-progress">
      <p>
        <strong>
          {all.done + all.na} of {all.total} checklist items done or not applicable ({all.percent}%)
        </strong>
        {all.criticalOpen > 0 && (
          <>
            {' '}
            <span className="tag sev-error">
              {all.criticalOpen} critical {all.criticalOpen === 1 ? 'item' : 'items'} open
            </span>
          </>
        )}
      </p>
      <progress max={all.total} value={all.done + all.na} aria-label="Checklist progress" />
      {!compact && (
        <ul className="iv-stage-progress">
          {progress
            .filter((p) => p.stage !== 'all')
            .map((p) => (
              <li key={p.stage}>
                {p.label}: {p.done} done, {p.na} not applicable, {p.open} open
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}

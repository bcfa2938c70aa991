import { useId } from 'react';
import type { InterviewStorageStatus, UpdateInterview } from './interview-store';
import { type BrokenCopy, discardBrokenCopy } from '@/lib/interview';
import { downloadText } from '../download';
import { formatDate } from './format-date';

/**
 * What went wrong with the stored records, and the unreadable copies De-bias kept: each can be
 * downloaded before it is discarded.
 */
export function StorageProblem({
  status,
  brokenCopies,
  update,
}: {
  status: InterviewStorageStatus;
  brokenCopies: readonly BrokenCopy[];
  update: UpdateInterview;
}) {
  const id = useId();
  if (!status.problem && !status.saveError && brokenCopies.length === 0) return null;
  return (
    <div className="iv-storage-problem no-print">
      {status.problem && (
        <div role="alert" className="iv-alert" data-testid="storage-problem">
          <p>{status.problem}</p>
          <button type="button" className="secondary" onClick={status.dismissProblem}>
            Dismiss this message
          </button>
        </div>
      )}
      {status.saveError && (
        <p role="alert" className="iv-alert">
          {status.saveError}
        </p>
      )}
      {brokenCopies.length > 0 && (
        <section aria-labelledby={`${id}-heading`} className="card" data-testid="broken-copies">
          <h2 id={`${id}-heading`}>Unreadable data kept for you</h2>
          <p>
            De-bias could not read this data, so it is not in use. Download it if you may need it (someone with technical
            knowledge may be able to recover it), then discard it.
          </p>
          <ul>
            {brokenCopies.map((copy, index) => (
              <li key={`${copy.at}-${copy.problem}-${copy.raw.length}`}>
                <p>
                  Found {formatDate(copy.at, true)}. Problem: {copy.problem}
                </p>
                <div className="row">
                  <button
                    type="button"
                    onClick={() =>
                      downloadText(`unreadable-interview-data-${copy.at.slice(0, 10)}-${index + 1}.json`, copy.raw, 'application/json')
                    }
                  >
                    Download the unreadable data
                  </button>
                  <button type="button" className="secondary" onClick={() => update((s) => discardBrokenCopy(s, index))}>
                    Discard it
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

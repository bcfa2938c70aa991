import { useEffect, useId, useRef } from 'react';
import type { AnonymisedDocument } from '@/lib/anonymise';
import type { StoredBatch } from '@/lib/anonymise/store/stored-batch';
import { ConfirmButton } from './ConfirmButton';
import { type DocumentActions, DocumentReview } from './DocumentReview';
import { formatBatchDate } from './export-text';
import { type KeyActions, KeyPanel } from './KeyPanel';
import { OPTIONAL_REDACTIONS } from '@/lib/anonymise/redaction-type';

export interface BatchActions {
  select: (code: string) => void;
  documentActions: (code: string) => DocumentActions;
  downloadAll: () => void;
  printAll: () => void;
  keyActions: KeyActions;
  deleteKey: () => Promise<void>;
  forget: () => Promise<void>;
}

interface BatchPanelProps {
  batch: StoredBatch;
  /** 1 for the oldest batch still stored. */
  number: number;
  selectedCode: string | null;
  hasKey: boolean;
  actions: BatchActions;
  /** Just anonymised: brought into view and focused, so the result of the press is where the user looks. */
  justAdded?: boolean;
}

/** One batch: its codes (never names), the chosen candidate's review, "Export all", the key, and "Forget this batch". */
export function BatchPanel({ batch, number, selectedCode, hasKey, actions, justAdded = false }: BatchPanelProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!justAdded) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [justAdded]);
  const selected = batch.documents.find((d) => d.code === selectedCode);
  const count = batch.documents.length;
  return (
    <section className="card an-batch" aria-labelledby={`${id}-title`} data-testid="batch">
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Batch {number}: {count} {count === 1 ? 'candidate' : 'candidates'}, anonymised {formatBatchDate(batch.createdAt)}
      </h3>
      <p className="hint">
        Also removed in this batch:{' '}
        {(Object.keys(OPTIONAL_REDACTIONS) as (keyof typeof OPTIONAL_REDACTIONS)[])
          .filter((o) => batch.options[o] === 'redact')
          .map((o) => OPTIONAL_REDACTIONS[o].label.toLowerCase())
          .join(', ') || 'nothing beyond the details always removed'}
        .
      </p>
      <div className="an-batch-body">
        <nav aria-label={`Candidates in batch ${number}`} className="an-codes">
          <ul>
            {batch.documents.map((d) => (
              <li key={d.code}>
                <button
                  type="button"
                  className={d.code === selectedCode ? '' : 'secondary'}
                  aria-current={d.code === selectedCode ? 'true' : undefined}
                  onClick={() => actions.select(d.code)}
                >
                  {d.code}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="an-batch-main">
          {selected ? (
            <DocumentReview code={selected.code} doc={selected as AnonymisedDocument} actions={actions.documentActions(selected.code)} />
          ) : (
            <p className="hint">Choose a candidate to review their anonymised CV.</p>
          )}
        </div>
      </div>
      <div className="an-batch-footer no-print">
        <h4>Export all</h4>
        <p className="hint">One text file with every candidate of this batch, in code order, or all of them ready to print (one per page).</p>
        <div className="row">
          <button type="button" onClick={actions.downloadAll}>
            Download all as one .txt file
          </button>
          <button type="button" className="secondary" onClick={actions.printAll}>
            Print all
          </button>
        </div>
        <KeyPanel hasKey={hasKey} actions={actions.keyActions} />
        <section className="an-delete" aria-labelledby={`${id}-delete`}>
          <h4 id={`${id}-delete`}>Delete from this browser</h4>
          <p className="hint">Files you downloaded are not affected. Neither can be undone.</p>
          <div className="row">
            {hasKey && (
              <ConfirmButton
                label="Delete the key"
                warning="Deleting the key means nobody can match the codes to candidates from this browser. Download it first if you will need it."
                confirmLabel="Yes, delete the key"
                onConfirm={actions.deleteKey}
              />
            )}
            <ConfirmButton
              label="Forget this batch"
              warning="This deletes this batch's anonymised CVs and its key from this browser. It cannot be undone. Files you downloaded are not affected."
              confirmLabel="Yes, forget this batch"
              onConfirm={actions.forget}
            />
          </div>
        </section>
      </div>
    </section>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { downloadText } from '@/components/download';
import type { AnonymiseOptions } from '@/lib/anonymise';
import type { StoredBatch, StoredDocument } from '@/lib/anonymise/store/stored-batch';
import type { AnonymiseStore } from './anonymise-store';
import { AddDocumentsForm } from './AddDocumentsForm';
import { BatchPanel, type BatchActions } from './BatchPanel';
import type { PendingItem } from './batch-job';
import { anonymiseBatchInWorker, Cancelled } from './anonymise-in-worker';
import { BatchProgress, isRunning, type Progress } from './BatchProgress';
import { ConfirmButton } from './ConfirmButton';
import { DamagedData } from './DamagedData';
import { combinedExportText, documentExportText, documentFileName, fileStamp } from './export-text';
import { OptionsFieldset } from './OptionsFieldset';
import { PrintView } from './PrintView';
import { ReadProblems } from './ReadProblems';
import './anonymise.css';

/**
 * The CV anonymiser page (workspace.html#anonymise): add CVs (files or pasted text), anonymise them
 * as a batch with random codes, review and correct each one, export, and manage the key. Wires the
 * stored batches (`store`) to the views; the anonymising itself is all lib/anonymise and lib/documents.
 */
export function AnonymiseWorkspace({
  store,
  options,
  setOptions,
}: {
  store: AnonymiseStore;
  options: AnonymiseOptions;
  setOptions: (next: AnonymiseOptions) => void;
}) {
  const id = useId();
  const [selected, setSelected] = useState<Record<string, string>>({});
  const [progress, setProgress] = useState<Progress | null>(null);
  const [failures, setFailures] = useState<string[]>([]);
  const [printing, setPrinting] = useState<StoredDocument[] | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const busy = isRunning(progress);
  // The run in progress: cancelling ends its worker, whether it is reading or anonymising.
  const running = useRef<(() => void) | null>(null);

  const anonymiseItems = async (items: PendingItem[]) => {
    setFailures([]);
    setStatus('');
    setError(null);
    setProgress({ stage: 'reading', done: 0, total: items.length, name: items[0]?.name ?? '', anonymised: 0 });
    const job = anonymiseBatchInWorker(items, options, (step) => setProgress({ ...step, anonymised: 0 }));
    running.current = job.cancel;
    try {
      const { results, key, failures: failed } = await job.result;
      setFailures(failed);
      let anonymised = 0;
      // The batch and its key are saved together, or not at all; by now it is too late to cancel.
      if (results.length > 0) {
        setProgress({ stage: 'saving', done: results.length, total: results.length, name: '', anonymised: 0 });
        const batch: StoredBatch = { id: crypto.randomUUID(), createdAt: new Date().toISOString(), options, documents: results };
        if (await store.addBatch(batch, key)) {
          setSelected((s) => ({ ...s, [batch.id]: results[0]!.code }));
          setAdded(batch.id);
          anonymised = results.length;
        }
      }
      setProgress({ stage: 'finished', done: items.length - failed.length, total: items.length, name: '', anonymised });
    } catch (e) {
      if (e instanceof Cancelled) setProgress({ stage: 'cancelled', done: 0, total: items.length, name: '', anonymised: 0 });
      else {
        setError(`Something went wrong while anonymising: ${e instanceof Error ? e.message : String(e)}`);
        setProgress({ stage: 'finished', done: items.length, total: items.length, name: '', anonymised: 0 });
      }
    } finally {
      running.current = null;
    }
  };
  const cancel = () => running.current?.();
  // Leaving the anonymiser (to the interview checklist) ends a batch in progress: its worker stops and nothing is saved.
  useEffect(() => () => running.current?.(), []);

  const batchActions = (batch: StoredBatch): BatchActions => ({
    select: (code) => setSelected((s) => ({ ...s, [batch.id]: code })),
    documentActions: (code) => {
      const current = () => batch.documents.find((d) => d.code === code)!;
      return {
        change: (next) => store.updateDocument(batch.id, code, next),
        download: () => downloadText(documentFileName(code), documentExportText(code, current()), 'text/plain'),
        copy: () => navigator.clipboard.writeText(documentExportText(code, current())),
        print: () => setPrinting([current()]),
      };
    },
    downloadAll: () => {
      const name = `anonymised-cvs-${fileStamp(batch.createdAt)}.txt`;
      downloadText(name, combinedExportText(batch.documents), 'text/plain');
      setStatus(`Saved ${name} in your downloads.`);
    },
    printAll: () => setPrinting(batch.documents),
    keyActions: {
      read: () => store.readKey(batch.id),
      download: (key) => {
        const name = `de-bias-key-${fileStamp(batch.createdAt)}.json`;
        downloadText(name, `${JSON.stringify(key, null, 2)}\n`, 'application/json');
        setStatus(`Saved the key as ${name} in your downloads. Keep it somewhere the panel cannot see it.`);
      },
    },
    deleteKey: async () => {
      await store.deleteKey(batch.id);
      setStatus('The key of this batch was deleted.');
    },
    forget: async () => {
      await store.forgetBatch(batch.id);
      setStatus('The batch was forgotten: its anonymised CVs and key are deleted from this browser.');
    },
  });

  if (printing) return <PrintView documents={printing} onClose={() => setPrinting(null)} />;

  return (
    <div className="an-workspace">
      <h1>Anonymise CVs for shortlisting</h1>
      <p className="hint">
        Remove names, contact details and other identifying information before the panel reads applications, so each one is scored on what
        it says. Everything stays in this browser: nothing is uploaded.
      </p>
      <DamagedData store={store} />
      {store.problem && (
        <p role="alert" className="an-alert">
          {store.problem}
        </p>
      )}
      {store.saveError && (
        <p role="alert" className="an-alert">
          {store.saveError}
        </p>
      )}

      <section aria-labelledby={`${id}-add`} className="no-print">
        <h2 id={`${id}-add`}>1. Add CVs</h2>
        <OptionsFieldset options={options} onChange={setOptions} />
        <p className="hint">These choices apply to the CVs you anonymise next; each batch keeps the choices it was made with.</p>
        <AddDocumentsForm onAnonymise={anonymiseItems} busy={busy} />
        <BatchProgress progress={progress} failed={failures.length} onCancel={cancel} />
        {error && (
          <p role="alert" className="an-alert">
            {error}
          </p>
        )}
        <ReadProblems failures={failures} onDismiss={() => setFailures([])} />
      </section>

      <section aria-labelledby={`${id}-review`}>
        <h2 id={`${id}-review`}>2. Review and export</h2>
        <p role="status" className="an-status">
          {status}
        </p>
        {!store.loaded ? (
          !store.problem && <p>Loading your anonymised CVs…</p>
        ) : store.batches.length === 0 ? (
          <p>No anonymised CVs yet. Add some above.</p>
        ) : (
          store.batches.map((batch, index) => (
            <BatchPanel
              key={batch.id}
              batch={batch}
              number={store.batches.length - index}
              selectedCode={selected[batch.id] ?? batch.documents[0]?.code ?? null}
              hasKey={store.keyIds.includes(batch.id)}
              actions={batchActions(batch)}
              justAdded={batch.id === added}
            />
          ))
        )}
      </section>

      {(store.batches.length > 0 || store.keyIds.length > 0) && (
        <section aria-labelledby={`${id}-forget`} className="no-print an-delete">
          <h2 id={`${id}-forget`}>Delete everything the anonymiser keeps</h2>
          <p>Deletes every anonymised CV, every key and your choices above from this browser. Files you downloaded are not affected.</p>
          <ConfirmButton
            label="Forget everything"
            warning="This deletes all anonymised CVs and all keys from this browser. It cannot be undone."
            confirmLabel="Yes, forget everything"
            onConfirm={async () => {
              await store.forgetEverything();
              setSelected({});
              setFailures([]);
              setProgress(null);
              setStatus('Everything the anonymiser stored in this browser has been deleted.');
            }}
          />
        </section>
      )}
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import type { AnonymisedDocument, AnonymiseOptions } from '@/lib/anonymise';
import { ActionMessages } from './ActionMessages';
import { AnonymisedText } from './AnonymisedText';
import { anonymiseInWorker, Cancelled, type Run } from './anonymise-in-worker';
import { OptionsFieldset } from './OptionsFieldset';
import { RedactionSummary } from './RedactionSummary';
import './anonymise.css';

interface AnonymisePopupTabProps {
  /** The panel's optional redactions, shared with the workspace. */
  options: AnonymiseOptions;
  setOptions: (next: AnonymiseOptions) => void;
  /** Opens the anonymiser page in a new tab. */
  openWorkspace: () => void;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The popup's Anonymise tab: paste one CV or statement, press Anonymise, and the result (every
 * redaction highlighted) is scrolled into view and focused, ready to copy. The anonymiser runs in a
 * worker, so the popup stays responsive and a long run can be cancelled. The pasted text is never
 * stored; closing the popup forgets it.
 */
export function AnonymisePopupTab({ options, setOptions, openWorkspace }: AnonymisePopupTabProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  // A new object on each press, so the same text pressed again runs (and is focused) afresh.
  const [request, setRequest] = useState<{ text: string } | null>(null);
  const [result, setResult] = useState<AnonymisedDocument | null>(null);
  const [running, setRunning] = useState<Run<AnonymisedDocument> | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);

  // Anonymise what was submitted, again whenever the options change.
  useEffect(() => {
    if (!request) return;
    const run = anonymiseInWorker(request.text, options);
    setRunning(run);
    run.result.then(
      (doc) => {
        setResult(doc);
        setRunning(null);
      },
      (e: unknown) => {
        setRunning(null);
        if (!(e instanceof Cancelled)) setError(`The CV could not be anonymised: ${errorText(e)}`);
      },
    );
    return run.cancel;
  }, [request, options]);

  // A new result from "Anonymise" is brought into view and focused, so the press visibly does something.
  useEffect(() => {
    if (!result || !focusResult.current) return;
    focusResult.current = false;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [result]);

  const copy = async () => {
    if (!result) return;
    try {
      await navigator.clipboard.writeText(result.text);
      setError(null);
      setStatus('Copied the anonymised text to the clipboard.');
    } catch (e) {
      setError(`Copying failed (${errorText(e)}). Select the text and press Ctrl+C instead.`);
    }
  };

  return (
    <div className="an-popup">
      <h2>Anonymise a CV</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          focusResult.current = true;
          setError(null);
          setStatus('');
          setResult(null);
          setRequest({ text: draft });
        }}
      >
        <label htmlFor={`${id}-text`}>CV or supporting statement</label>
        <textarea id={`${id}-text`} rows={6} value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="Paste the text here" />
        <OptionsFieldset options={options} onChange={setOptions} compact />
        <div className="row">
          <button type="submit" disabled={!draft.trim() || running !== null}>
            Anonymise
          </button>
          {running && (
            <>
              <span role="status">Anonymising…</span>
              <button type="button" className="secondary" onClick={running.cancel}>
                Cancel
              </button>
            </>
          )}
        </div>
      </form>
      {result && (
        <section aria-labelledby={`${id}-result`} className="an-result">
          <h3 id={`${id}-result`} ref={heading} tabIndex={-1}>
            Result
          </h3>
          <RedactionSummary doc={result} />
          <AnonymisedText doc={result} label="Anonymised text" />
          <div className="row">
            <button type="button" onClick={() => void copy()}>
              Copy
            </button>
          </div>
        </section>
      )}
      <ActionMessages status={status} error={error} />
      <p>
        <button type="button" className="secondary" onClick={openWorkspace}>
          Open the workspace
        </button>
      </p>
      <p className="hint">In the workspace you can anonymise many files at once (Word, PDF, text), review each one and export them for the panel.</p>
    </div>
  );
}

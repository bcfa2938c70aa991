import { useEffect, useId, useMemo, useState } from 'react';
import type { AnonymiseOptions, anonymise } from '@/lib/anonymise';
import { ActionMessages } from './ActionMessages';
import { AnonymisedText } from './AnonymisedText';
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
 * The popup's Anonymise tab: paste one CV or statement, see it anonymised with every redaction
 * highlighted, copy it. The pasted text is never stored; closing the popup forgets it.
 */
export function AnonymisePopupTab({ options, setOptions, openWorkspace }: AnonymisePopupTabProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The anonymiser is loaded when this tab first opens, so the popup's other tabs open without it.
  const [run, setRun] = useState<typeof anonymise | null>(null);
  useEffect(() => {
    let live = true;
    import('@/lib/anonymise').then(
      (lib) => live && setRun(() => lib.anonymise),
      (e: unknown) => live && setError(`The anonymiser could not be loaded: ${errorText(e)}`),
    );
    return () => {
      live = false;
    };
  }, []);
  const result = useMemo(() => (run && submitted.trim() ? run(submitted, options) : null), [run, submitted, options]);

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
          setSubmitted(draft);
          setStatus('');
        }}
      >
        <label htmlFor={`${id}-text`}>CV or supporting statement</label>
        <textarea id={`${id}-text`} rows={6} value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="Paste the text here" />
        <OptionsFieldset options={options} onChange={setOptions} compact />
        <div className="row">
          <button type="submit" disabled={!draft.trim()}>
            Anonymise
          </button>
        </div>
      </form>
      {result && (
        <section aria-labelledby={`${id}-result`}>
          <h3 id={`${id}-result`}>Result</h3>
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

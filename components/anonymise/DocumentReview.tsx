import { useEffect, useId, useRef, useState } from 'react';
import { type AnonymisedDocument, REDACTION_TYPES, type RedactionType, redactSpan, restoreRedaction } from '@/lib/anonymise';
import { ActionMessages } from './ActionMessages';
import { AnonymisedText } from './AnonymisedText';
import { FindAndRedactForm } from './FindAndRedactForm';
import { REDACTION_LABELS } from '@/lib/anonymise/redaction-type';
import { RedactionSummary } from './RedactionSummary';
import { selectionOffsets } from './selection-offsets';

export interface DocumentActions {
  /** Saves the document after a redaction was put back or added. */
  change: (next: AnonymisedDocument) => void;
  download: () => void;
  copy: () => Promise<void>;
  print: () => void;
}

interface DocumentReviewProps {
  code: string;
  doc: AnonymisedDocument;
  actions: DocumentActions;
}

/** Types offered for redacting by hand: every type except pronouns (those are rewritten words, not placeholders). */
const HAND_TYPES = REDACTION_TYPES.filter((t) => t !== 'pronoun');

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * One candidate's anonymised document for review: every redaction highlighted, a chosen one can be
 * put back, selected words can be redacted by hand, and the result exported.
 */
export function DocumentReview({ code, doc, actions }: DocumentReviewProps) {
  const id = useId();
  const textRef = useRef<HTMLElement>(null);
  const putBackRef = useRef<HTMLButtonElement>(null);
  const [picked, setPicked] = useState<number | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [type, setType] = useState<RedactionType>('name');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  // Remember the last selection made inside the text, so choosing a type or pressing the button keeps it.
  useEffect(() => {
    const onSelection = () => {
      const root = textRef.current;
      if (!root) return;
      const sel = document.getSelection();
      const offsets = selectionOffsets(root, sel);
      if (offsets) setSelection(offsets);
      else if (sel && sel.rangeCount > 0 && root.contains(sel.anchorNode)) setSelection(null);
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, []);

  // A new document or a changed one: forget the choice and the selection.
  useEffect(() => {
    setPicked(null);
    setSelection(null);
  }, [doc, code]);

  useEffect(() => {
    if (picked !== null) putBackRef.current?.focus();
  }, [picked]);

  const chosen = picked === null ? undefined : doc.redactions[picked];

  const change = (next: AnonymisedDocument, message: string) => {
    setError(null);
    actions.change(next);
    setStatus(message);
  };

  const putBack = () => {
    if (picked === null || !chosen) return;
    const placeholder = doc.text.slice(chosen.start, chosen.end);
    change(restoreRedaction(doc, picked), `Put back the text that ${placeholder} was hiding.`);
    textRef.current?.focus();
  };

  const redactSelection = () => {
    if (!selection) return;
    try {
      const next = redactSpan(doc, selection.start, selection.end, type);
      document.getSelection()?.removeAllRanges();
      change(next, `Redacted the selection as ${REDACTION_LABELS[type].toLowerCase()}.`);
    } catch (e) {
      setError(e instanceof RangeError ? 'Select some words to redact, not only spaces.' : errorText(e));
    }
  };

  const selected = selection ? doc.text.slice(selection.start, selection.end).trim() : '';

  return (
    <article className="an-review" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{code}</h3>
      <RedactionSummary doc={doc} />

      <div className="row an-export no-print">
        <button
          type="button"
          onClick={() => {
            actions.download();
            setStatus(`Saved ${code} as a .txt file in your downloads.`);
          }}
        >
          Download .txt
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            actions.copy().then(
              () => {
                setError(null);
                setStatus(`Copied ${code} to the clipboard.`);
              },
              (e: unknown) => setError(`Copying failed (${errorText(e)}). Select the text and press Ctrl+C instead.`),
            )
          }
        >
          Copy
        </button>
        <button type="button" className="secondary" onClick={actions.print}>
          Print
        </button>
      </div>

      <div className="an-tools no-print">
        <div className="row an-redact-bar">
          <label htmlFor={`${id}-type`}>Redact as</label>
          <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as RedactionType)}>
            {HAND_TYPES.map((t) => (
              <option key={t} value={t}>
                {REDACTION_LABELS[t]}
              </option>
            ))}
          </select>
          <button type="button" disabled={!selected} onClick={redactSelection}>
            Redact selection
          </button>
          <span className="hint" data-testid="selection-hint">
            {selected ? `Selected: “${selected.length > 60 ? `${selected.slice(0, 57)}…` : selected}”` : 'Select words in the text, then press “Redact selection”.'}
          </span>
        </div>
        <FindAndRedactForm doc={doc} type={type} onRedact={change} />
        {chosen && picked !== null && (
          <div className="an-picked">
            <p>
              <strong>{doc.text.slice(chosen.start, chosen.end)}</strong> hides: {REDACTION_LABELS[chosen.type].toLowerCase()}. Putting it back shows the
              original words to everyone who reads this document.
            </p>
            <div className="row">
              <button ref={putBackRef} type="button" onClick={putBack}>
                Put back
              </button>
              <button type="button" className="secondary" onClick={() => setPicked(null)}>
                Keep it hidden
              </button>
            </div>
          </div>
        )}
        <p className="hint">Highlighted words were removed. Choose one to put the original back.</p>
      </div>

      <ActionMessages status={status} error={error} />
      <AnonymisedText doc={doc} label={`Anonymised text of ${code}`} onPick={setPicked} picked={picked} textRef={textRef} />
    </article>
  );
}

import { useEffect, useId, useRef, useState } from 'react';

export interface DraftFieldProps {
  label: string;
  value: string;
  /** Saves the text; returns the model's refusal message, or null. */
  onCommit: (text: string) => string | null;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date';
  disabled?: boolean;
  /** Hides the label visually (it is still read out); for fields whose heading already names them. */
  quietLabel?: boolean;
}

/**
 * A labelled text box that keeps what is typed locally and saves it when the user leaves the box
 * (or presses Enter in a one-line box, or picks a date). Refusals are shown under the box.
 */
export function DraftField({ label, value, onCommit, hint, multiline, rows = 2, type = 'text', disabled, quietLabel }: DraftFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);

  const commit = (text: string) => {
    editing.current = false;
    if (text === value) {
      setError(null);
      return;
    }
    setError(onCommit(text));
  };
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: draft,
    disabled,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    onFocus: () => {
      editing.current = true;
    },
    onBlur: () => commit(draft),
  };
  return (
    <div className="iv-field">
      <label htmlFor={id} className={quietLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(e) => {
            setDraft(e.target.value);
            if (type === 'date') commit(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(draft);
          }}
        />
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="error-message">
          {error}
        </p>
      )}
    </div>
  );
}

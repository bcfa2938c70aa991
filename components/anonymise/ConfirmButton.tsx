import { useEffect, useRef, useState } from 'react';

interface ConfirmButtonProps {
  /** The first button: "Forget this batch". */
  label: string;
  /** What will happen, shown before the user confirms. */
  warning: string;
  /** The confirming button: "Yes, forget this batch". */
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  className?: string;
}

/** A destructive action in two steps: the button, then a warning with "Yes" and "Cancel". */
export function ConfirmButton({ label, warning, confirmLabel, onConfirm, className = 'danger' }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button type="button" className={className} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <div className="an-confirm">
      <p className="an-warning">{warning}</p>
      <div className="row">
        <button
          ref={yes}
          type="button"
          className="danger"
          onClick={async () => {
            await onConfirm();
            setAsking(false);
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

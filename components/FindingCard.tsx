import { useEffect, useRef, useState } from 'react';
import type { Finding, Suggestion } from '@/lib/engine/finding';
import { CATEGORY_LABEL, SEVERITY_LABEL } from './labels';
import { SeverityIcon } from './SeverityIcon';

export interface FindingActions {
  /** Replaces the finding's text with a suggestion (editors only). */
  apply?: (suggestion: Suggestion) => void;
  /** Copies a suggestion (pages the user cannot edit). */
  copy?: (text: string) => Promise<void>;
  /** Hides this finding here. */
  ignore?: () => void;
  /** Adds the words to the user's allowlist. */
  ignoreEverywhere?: () => void;
  close: () => void;
}

/** One finding: what was found, why it matters, where that comes from, and what to write instead. */
export function FindingCard({ finding, actions, focus = false }: { finding: Finding; actions: FindingActions; focus?: boolean }) {
  const [copied, setCopied] = useState<string | null>(null);
  const ref = useRef<HTMLElement>(null);
  // Opened from the keyboard: take focus, and give it back to where it came from on closing.
  useEffect(() => {
    if (!focus || !ref.current) return;
    const root = ref.current.getRootNode() as Document | ShadowRoot;
    const previous = root.activeElement as HTMLElement | null;
    ref.current.focus();
    return () => previous?.focus();
  }, [focus]);
  const copy = async (text: string) => {
    await actions.copy?.(text);
    setCopied(text);
  };
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className={`finding-card sev-border-${finding.severity}`}
      role="dialog"
      aria-label={`${CATEGORY_LABEL[finding.category]}: ${finding.text}`}
      data-testid="finding-card"
      onKeyDown={(e) => {
        if (e.key === 'Escape') actions.close();
      }}
    >
      <header className="row">
        <span className={`tag sev-${finding.severity}`}>
          <SeverityIcon severity={finding.severity} /> {SEVERITY_LABEL[finding.severity]}
        </span>
        <span className="category">{CATEGORY_LABEL[finding.category]}</span>
        <button type="button" className="close" aria-label="Close" onClick={actions.close}>
          ×
        </button>
      </header>
      <p className="matched">“{finding.text}”</p>
      <p data-testid="finding-message">{finding.message}</p>
      <ul className="suggestions">
        {finding.suggestions.map((s) => (
          <li key={s.text}>
            {s.kind === 'replace' ? (
              <>
                <span>
                  Try: <strong>{s.text}</strong>
                </span>{' '}
                {actions.apply ? (
                  <button type="button" onClick={() => actions.apply?.(s)}>
                    Use this
                  </button>
                ) : actions.copy ? (
                  <button type="button" className="secondary" onClick={() => void copy(s.text)}>
                    {copied === s.text ? 'Copied' : 'Copy'}
                  </button>
                ) : null}
              </>
            ) : (
              <span className="advice">{s.text}</span>
            )}
          </li>
        ))}
      </ul>
      <p className="source">
        Source:{' '}
        {finding.source.url ? (
          <a href={finding.source.url} target="_blank" rel="noreferrer noopener">
            {finding.source.name}
          </a>
        ) : (
          finding.source.name
        )}
      </p>
      {(actions.ignore || actions.ignoreEverywhere) && (
        <div className="row">
          {actions.ignore && (
            <button type="button" className="secondary" onClick={actions.ignore}>
              Ignore
            </button>
          )}
          {actions.ignoreEverywhere && (
            <button type="button" className="secondary" onClick={actions.ignoreEverywhere}>
              Ignore everywhere
            </button>
          )}
        </div>
      )}
    </section>
  );
}

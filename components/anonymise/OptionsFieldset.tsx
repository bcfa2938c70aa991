import { useId } from 'react';
import type { AnonymiseOptions, OptionalRedaction } from '@/lib/anonymise';
import { OPTIONAL_REDACTIONS } from '@/lib/anonymise/redaction-type';

interface OptionsFieldsetProps {
  options: AnonymiseOptions;
  onChange: (next: AnonymiseOptions) => void;
  /** Leave out the hints (the popup is narrow). */
  compact?: boolean;
}

const OPTIONS = Object.keys(OPTIONAL_REDACTIONS) as OptionalRedaction[];

/** The four details the panel can choose to remove as well as the ones always removed. */
export function OptionsFieldset({ options, onChange, compact = false }: OptionsFieldsetProps) {
  const id = useId();
  return (
    <fieldset className="an-options">
      <legend>Also remove</legend>
      <p className="hint">
        Names, contact details, addresses, dates of birth, ages, nationality, religion, family details and ID numbers are always removed.
      </p>
      <p className="hint" data-testid="options-default">
        Employers' and schools' names are kept unless you tick them: the panel shortlists against the person specification and may
        need to see where someone trained and worked. Remove them if your panel judges experience without them.
      </p>
      {OPTIONS.map((option) => (
        <div className="checkbox" key={option}>
          <input
            id={`${id}-${option}`}
            type="checkbox"
            checked={options[option] === 'redact'}
            onChange={(e) => onChange({ ...options, [option]: e.target.checked ? 'redact' : 'keep' })}
            aria-describedby={compact ? undefined : `${id}-${option}-hint`}
          />
          <label htmlFor={`${id}-${option}`}>{OPTIONAL_REDACTIONS[option].label}</label>
          {!compact && (
            <span className="hint" id={`${id}-${option}-hint`}>
              {OPTIONAL_REDACTIONS[option].hint}
            </span>
          )}
        </div>
      ))}
    </fieldset>
  );
}

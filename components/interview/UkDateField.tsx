import { useEffect, useId, useState } from 'react';

type Parts = { day: string; month: string; year: string };

const partsOf = (iso: string): Parts => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1]! } : { day: '', month: '', year: '' };
};

/** "20", "4", "2026" → "2026-04-20"; null when it is not a real date. */
function isoOf({ day, month, year }: Parts): string | null {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/**
 * A date entered as day, month and year in three boxes (the NHS.UK and GOV.UK pattern), so it reads
 * the UK way whatever the browser's language. `onCommit` gets "YYYY-MM-DD", or "" when all three
 * boxes are empty, once the user leaves a box; it may return a refusal to show.
 */
export function UkDateField({ legend, value, onCommit }: { legend: string; value: string; onCommit: (iso: string) => string | null }) {
  const id = useId();
  const [parts, setParts] = useState<Parts>(() => partsOf(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setParts(partsOf(value)), [value]);
  const commit = (next: Parts) => {
    const empty = !next.day && !next.month && !next.year;
    const iso = empty ? '' : isoOf(next);
    if (iso === null) {
      if (next.day && next.month && next.year.length === 4) setError(`${legend} must be a real date, for example 20 4 2026.`);
      return;
    }
    setError(iso === value ? null : onCommit(iso));
  };
  const box = (key: keyof Parts, label: string, width: string) => (
    <div className="iv-date-part">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        className={width}
        inputMode="numeric"
        maxLength={key === 'year' ? 4 : 2}
        value={parts[key]}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const next = { ...parts, [key]: e.target.value.trim() };
          setParts(next);
          if (next.year.length === 4 || (!next.day && !next.month && !next.year)) commit(next);
        }}
        onBlur={() => commit(parts)}
      />
    </div>
  );
  return (
    <fieldset className="iv-date" aria-describedby={error ? `${id}-error` : `${id}-hint`}>
      <legend>{legend}</legend>
      <p className="hint" id={`${id}-hint`}>
        For example, 20 4 2026
      </p>
      <div className="row">
        {box('day', 'Day', 'iv-date-2')}
        {box('month', 'Month', 'iv-date-2')}
        {box('year', 'Year', 'iv-date-4')}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="error-message">
          {error}
        </p>
      )}
    </fieldset>
  );
}

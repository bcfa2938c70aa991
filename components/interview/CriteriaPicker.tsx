import type { Criterion } from '@/lib/interview';

/** Checkboxes for the criteria a question assesses. */
export function CriteriaPicker({
  legend,
  criteria,
  selected,
  onChange,
  disabled,
}: {
  legend: string;
  criteria: readonly Criterion[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  disabled?: boolean;
}) {
  if (criteria.length === 0) return <p className="hint">Add the person-specification criteria first, to link questions to them.</p>;
  return (
    <fieldset className="iv-picker">
      <legend>{legend}</legend>
      {criteria.map((c) => (
        <label key={c.id} className="iv-check">
          <input
            type="checkbox"
            checked={selected.includes(c.id)}
            disabled={disabled}
            onChange={(e) => onChange(e.target.checked ? [...selected, c.id] : selected.filter((x) => x !== c.id))}
          />{' '}
          <span className="iv-code">{c.code}</span> {c.text}
        </label>
      ))}
    </fieldset>
  );
}

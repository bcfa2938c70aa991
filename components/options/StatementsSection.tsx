import { type FormEvent, useEffect, useState } from 'react';
import { FLEXIBLE_PATTERNS, type Personalisation, personalisationSchema } from '@/lib/statements/personalisation';
import { renderStatement } from '@/lib/statements/render';
import data from '@/wordlists/statements.json';

/** How each pattern reads in the statements ("a job share"), as the options list them. */
const PATTERN_WORDS: Record<string, string> = data.patterns;
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The statements a practice adds to adverts; salary is per advert, so it is not previewed here. */
const PREVIEWED = ['reasonable-adjustments', 'flexible-working', 'equality', 'anonymised-shortlisting'] as const;

/**
 * The practice's details, set once, that fill in the model statements De-bias offers to add to an
 * advert or an email ("Add this statement"), with a preview of how they read.
 */
export function StatementsSection({ value, save }: { value: Personalisation; save: (p: Personalisation) => void }) {
  const [draft, setDraft] = useState(value);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  // Another page saved: show what is stored now.
  useEffect(() => setDraft(value), [value]);
  const change = (next: Partial<Personalisation>) => {
    setDraft({ ...draft, ...next });
    setStatus(null);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = personalisationSchema.safeParse(draft);
    if (!parsed.success) {
      setStatus({ ok: false, text: 'The organisation name and the contact can each be up to 100 characters.' });
      return;
    }
    save(parsed.data);
    setStatus({ ok: true, text: 'Saved. New statements use these details.' });
  };
  // The preview follows the form while what is typed is valid.
  const previewed = personalisationSchema.safeParse(draft).success ? draft : value;
  const togglePattern = (p: (typeof FLEXIBLE_PATTERNS)[number], on: boolean) =>
    change({ patterns: FLEXIBLE_PATTERNS.filter((x) => (x === p ? on : draft.patterns.includes(x))) });
  return (
    <section aria-labelledby="statements-heading">
      <h2 id="statements-heading">Your details for model statements</h2>
      <p className="hint">
        When an advert has no reasonable-adjustments, flexible-working or equality statement, De-bias offers one to add. Fill
        these in once and every statement uses them.
      </p>
      <form onSubmit={submit} aria-label="Details for model statements">
        <TextField
          id="statement-organisation"
          label="Organisation name"
          hint="For example, Riverside Surgery."
          value={draft.organisation}
          onChange={(organisation) => change({ organisation })}
        />
        <TextField
          id="statement-contact"
          label="Who applicants contact about adjustments"
          hint="A name with a phone number or email address, for example Sam Patel on 01632 960001."
          value={draft.contact}
          onChange={(contact) => change({ contact })}
        />
        <fieldset>
          <legend>Flexible working you can usually offer</legend>
          {FLEXIBLE_PATTERNS.map((p) => (
            <Check key={p} id={`pattern-${p}`} label={capitalised(PATTERN_WORDS[p] ?? p)} checked={draft.patterns.includes(p)} onChange={(on) => togglePattern(p, on)} />
          ))}
        </fieldset>
        <fieldset>
          <legend>Schemes you belong to</legend>
          <Check
            id="statement-disability-confident"
            label="We are a Disability Confident employer"
            checked={draft.disabilityConfident}
            onChange={(disabilityConfident) => change({ disabilityConfident })}
          />
          <Check
            id="statement-guaranteed-interview"
            label="We offer disabled applicants who meet the essential criteria an interview"
            checked={draft.guaranteedInterview}
            onChange={(guaranteedInterview) => change({ guaranteedInterview })}
          />
        </fieldset>
        <div className="row">
          <button type="submit">Save details</button>
          {status && (
            <p className={status.ok ? 'ok-message' : 'error-message'} role={status.ok ? 'status' : 'alert'}>
              {status.text}
            </p>
          )}
        </div>
      </form>
      <details className="statement-preview">
        <summary>See how the statements read</summary>
        {PREVIEWED.map((id) => {
          const s = renderStatement(id, previewed);
          return (
            <div key={id} className="card" data-testid={`statement-preview-${id}`}>
              <h3>{s.title}</h3>
              <p className="statement-text">{s.text}</p>
            </div>
          );
        })}
      </details>
    </section>
  );
}

function TextField({ id, label, hint, value, onChange }: { id: string; label: string; hint: string; value: string; onChange: (value: string) => void }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input id={id} aria-describedby={`${id}-hint`} value={value} maxLength={100} onChange={(e) => onChange(e.target.value)} />
    </>
  );
}

function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <div className="checkbox">
      <input type="checkbox" id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

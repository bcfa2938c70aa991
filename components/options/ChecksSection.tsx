import { CATEGORIES, type Category } from '@/lib/engine/finding';
import type { Locks } from '@/lib/settings/policy';
import type { Settings, Strictness } from '@/lib/settings/schema';
import { CATEGORY_LABEL } from '../labels';
import { LockedNote } from './LockedNote';

const STRICTNESS: { value: Strictness; label: string; hint: string }[] = [
  { value: 'relaxed', label: 'Relaxed', hint: 'Only the clearest problems, such as wording that is likely to be unlawful.' },
  { value: 'standard', label: 'Standard', hint: 'The recommended checks.' },
  { value: 'strict', label: 'Strict', hint: 'Also milder wording, such as “dynamic” or “fast-paced environment”.' },
];

interface Props {
  settings: Settings;
  locks: Locks;
  update: (change: (s: Settings) => Settings) => void;
}

/** Which kinds of wording De-bias checks, and how strictly. */
export function ChecksSection({ settings, locks, update }: Props) {
  const setCategory = (c: Category, on: boolean) => update((s) => ({ ...s, categories: { ...s.categories, [c]: on } }));
  return (
    <section aria-labelledby="checks-heading">
      <h2 id="checks-heading">What De-bias checks</h2>
      <fieldset>
        <legend>Kinds of wording</legend>
        {CATEGORIES.map((c) => {
          const locked = locks.categories.includes(c);
          return (
            <div className="checkbox" key={c}>
              <input
                type="checkbox"
                id={`category-${c}`}
                checked={settings.categories[c]}
                disabled={locked}
                onChange={(e) => setCategory(c, e.target.checked)}
              />
              <label htmlFor={`category-${c}`}>{CATEGORY_LABEL[c]}</label>
              {locked && <LockedNote />}
              {c === 'plain-english' && (
                <p className="hint">
                  Sentences over 25 words, formal words with plain alternatives, duties that do not say who does them, and strings of
                  abbreviations: hard going for people with dyslexia or with English as an additional language. The reading age is
                  shown in the summary either way.
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>
          How strict {locks.strictness && <LockedNote />}
        </legend>
        {STRICTNESS.map((s) => (
          <div className="radio" key={s.value}>
            <input
              type="radio"
              name="strictness"
              id={`strictness-${s.value}`}
              value={s.value}
              checked={settings.strictness === s.value}
              disabled={locks.strictness}
              onChange={() => update((x) => ({ ...x, strictness: s.value }))}
            />
            <label htmlFor={`strictness-${s.value}`}>{s.label}</label>
            <span className="hint">{s.hint}</span>
          </div>
        ))}
      </fieldset>
      <div className="checkbox">
        <input
          type="checkbox"
          id="allow-he-or-she"
          checked={settings.allowHeOrShe}
          disabled={locks.allowHeOrShe}
          onChange={(e) => update((s) => ({ ...s, allowHeOrShe: e.target.checked }))}
        />
        <label htmlFor="allow-he-or-she">Allow “he or she” and “his/her”</label>
        {locks.allowHeOrShe && <LockedNote />}
        <p className="hint">They are less exclusive than “he”, but leave out people who are neither; “you” or “they” is better.</p>
      </div>
      <div className="checkbox">
        <input
          type="checkbox"
          id="underline-feminine-coded"
          aria-describedby="underline-feminine-coded-hint"
          checked={settings.underlineFeminineCoded}
          disabled={locks.underlineFeminineCoded}
          onChange={(e) => update((s) => ({ ...s, underlineFeminineCoded: e.target.checked }))}
        />
        <label htmlFor="underline-feminine-coded">Underline feminine-coded words too</label>
        {locks.underlineFeminineCoded && <LockedNote />}
        <p className="hint" id="underline-feminine-coded-hint">
          Words such as “compassionate” and “considerate” are always counted in the gender-coding balance. They are not underlined
          unless you tick this, because research found that masculine-coded words put women off applying, while
          feminine-coded words did not put men off.
        </p>
      </div>
    </section>
  );
}

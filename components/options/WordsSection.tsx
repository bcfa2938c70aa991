import { type FormEvent, useState } from 'react';
import type { ManagedPolicy } from '@/lib/settings/policy';
import { type CustomWord, customWordSchema, type Settings, WORD_CATEGORIES } from '@/lib/settings/schema';
import { CATEGORY_LABEL } from '../labels';
import { LockedNote } from './LockedNote';

interface Props {
  user: Settings;
  policy: ManagedPolicy | null;
  update: (change: (s: Settings) => Settings) => void;
}

/** The practice's own words to flag, each with a reason and a suggestion. */
export function WordsSection({ user, policy, update }: Props) {
  const [draft, setDraft] = useState({ phrase: '', category: 'tone', reason: '', suggestion: '' });
  const [error, setError] = useState<string | null>(null);
  const add = (e: FormEvent) => {
    e.preventDefault();
    const parsed = customWordSchema.safeParse(draft);
    if (!parsed.success) {
      setError('Give the word or phrase and the reason to show (up to 100 and 500 characters).');
      return;
    }
    if (user.customWords.some((w) => w.phrase.toLowerCase() === parsed.data.phrase.toLowerCase())) {
      setError(`“${parsed.data.phrase}” is already on your list.`);
      return;
    }
    setError(null);
    update((s) => ({ ...s, customWords: [...s.customWords, parsed.data] }));
    setDraft({ phrase: '', category: draft.category, reason: '', suggestion: '' });
  };
  const remove = (w: CustomWord) => update((s) => ({ ...s, customWords: s.customWords.filter((x) => x !== w && x.phrase !== w.phrase) }));
  return (
    <section aria-labelledby="words-heading">
      <h2 id="words-heading">Your own words to flag</h2>
      {policy?.words && policy.words.length > 0 && (
        <>
          <h3>
            From your organisation <LockedNote />
          </h3>
          <ul data-testid="policy-words">
            {policy.words.map((w) => (
              <li key={w.phrase}>
                <strong>{w.phrase}</strong> ({CATEGORY_LABEL[w.category]}): {w.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {user.customWords.length > 0 ? (
        <table className="words">
          <thead>
            <tr>
              <th scope="col">Word or phrase</th>
              <th scope="col">Kind</th>
              <th scope="col">Reason shown</th>
              <th scope="col">Suggestion</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {user.customWords.map((w) => (
              <tr key={w.phrase}>
                <td>{w.phrase}</td>
                <td>{CATEGORY_LABEL[w.category]}</td>
                <td>{w.reason}</td>
                <td>{w.suggestion}</td>
                <td>
                  <button type="button" className="secondary" onClick={() => remove(w)} aria-label={`Remove ${w.phrase}`}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="hint">You have not added any words yet.</p>
      )}
      <form onSubmit={add} className="card" aria-label="Add a word">
        <label htmlFor="word-phrase">Word or phrase</label>
        <input id="word-phrase" value={draft.phrase} maxLength={100} onChange={(e) => setDraft({ ...draft, phrase: e.target.value })} />
        <label htmlFor="word-category">Kind</label>
        <select id="word-category" value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.target.value })}>
          {WORD_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABEL[c]}
            </option>
          ))}
        </select>
        <label htmlFor="word-reason">Reason to show</label>
        <input id="word-reason" value={draft.reason} maxLength={500} onChange={(e) => setDraft({ ...draft, reason: e.target.value })} />
        <label htmlFor="word-suggestion">Suggested wording (optional)</label>
        <input id="word-suggestion" value={draft.suggestion} maxLength={200} onChange={(e) => setDraft({ ...draft, suggestion: e.target.value })} />
        {error && (
          <p className="error-message" role="alert">
            {error}
          </p>
        )}
        <p>
          <button type="submit">Add word</button>
        </p>
      </form>
    </section>
  );
}

import { type FormEvent, useState } from 'react';
import type { ManagedPolicy } from '@/lib/settings/policy';
import type { Settings } from '@/lib/settings/schema';
import { LockedNote } from './LockedNote';

/** Words and phrases De-bias never flags (added here or with "Ignore everywhere"). */
export function AllowlistSection({ user, policy, update }: { user: Settings; policy: ManagedPolicy | null; update: (change: (s: Settings) => Settings) => void }) {
  const [phrase, setPhrase] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    const value = phrase.trim();
    if (!value || user.allowlist.includes(value)) return;
    update((s) => ({ ...s, allowlist: [...s.allowlist, value] }));
    setPhrase('');
  };
  return (
    <section aria-labelledby="allowlist-heading">
      <h2 id="allowlist-heading">Words never flagged</h2>
      <p className="hint">For names and terms that are right in your practice, such as a team or service name.</p>
      {policy?.allowlist && policy.allowlist.length > 0 && (
        <p>
          From your organisation <LockedNote />: {policy.allowlist.join(', ')}
        </p>
      )}
      {user.allowlist.length > 0 && (
        <ul className="allowlist" data-testid="allowlist">
          {user.allowlist.map((w) => (
            <li key={w}>
              {w}{' '}
              <button
                type="button"
                className="secondary"
                aria-label={`Remove ${w}`}
                onClick={() => update((s) => ({ ...s, allowlist: s.allowlist.filter((x) => x !== w) }))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="row" aria-label="Add a word never to flag">
        <label htmlFor="allow-phrase" className="visually-hidden">
          Word or phrase never to flag
        </label>
        <input id="allow-phrase" value={phrase} maxLength={100} onChange={(e) => setPhrase(e.target.value)} placeholder="Word or phrase" />
        <button type="submit">Add</button>
      </form>
    </section>
  );
}

import { type ChangeEvent, useState } from 'react';
import { type Settings, settingsSchema } from '@/lib/settings/schema';
import { downloadText } from '../download';

const plainIssue = (i: { path: PropertyKey[]; message: string }) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`;

/** Settings to and from a JSON file, checked before anything is loaded. */
export function BackupSection({ user, replace }: { user: Settings; replace: (s: Settings) => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setMessage({ ok: false, text: `${file.name} is not a settings file: it is not valid JSON. Nothing was changed.` });
      return;
    }
    const parsed = settingsSchema.safeParse(json);
    if (!parsed.success) {
      setMessage({
        ok: false,
        text: `${file.name} could not be used, so nothing was changed. ${parsed.error.issues.slice(0, 5).map(plainIssue).join('; ')}`,
      });
      return;
    }
    replace(parsed.data);
    setMessage({ ok: true, text: `Settings loaded from ${file.name}.` });
  };
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Share or back up your settings</h2>
      <div className="row">
        <button type="button" onClick={() => downloadText('de-bias-settings.json', `${JSON.stringify(user, null, 2)}\n`)}>
          Export settings
        </button>
        <label htmlFor="import-settings" className="button secondary">
          Import settings…
        </label>
        <input id="import-settings" type="file" accept="application/json,.json" className="visually-hidden" onChange={(e) => void importFile(e)} />
      </div>
      {message && (
        <p className={message.ok ? 'ok-message' : 'error-message'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

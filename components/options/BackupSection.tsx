import { type ChangeEvent, useState } from 'react';
import type { Settings } from '@/lib/settings/schema';
import { downloadText } from '../download';
import { useClearOnNextAction } from '../use-clear-on-next-action';
import { readSettingsFile } from './settings-file';

/** Settings to and from a JSON file, checked before anything is loaded. */
export function BackupSection({ user, replace }: { user: Settings; replace: (s: Settings) => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useClearOnNextAction(message !== null, () => setMessage(null));
  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    setMessage(null);
    if (!file) return;
    const read = await readSettingsFile(file);
    if (!read.ok) {
      setMessage({ ok: false, text: read.message });
      return;
    }
    replace(read.settings);
    setMessage({ ok: true, text: `Settings loaded from ${file.name}.` });
  };
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Share or back up your settings</h2>
      <div className="row">
        <button
          type="button"
          onClick={() => {
            setMessage(null);
            downloadText('de-bias-settings.json', `${JSON.stringify(user, null, 2)}\n`);
          }}
        >
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

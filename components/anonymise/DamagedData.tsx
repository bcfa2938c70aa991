import { downloadText } from '../download';
import type { AnonymiseStore, DamagedRecord } from './anonymise-store';
import { ConfirmButton } from './ConfirmButton';

const WHAT = {
  batches: { title: 'Your saved anonymised CVs could not be read', file: 'unreadable-anonymised-cvs.json' },
  key: { title: 'The key (who is behind each code) could not be read', file: 'unreadable-anonymiser-key.json' },
} as const satisfies Record<DamagedRecord['record'], { title: string; file: string }>;

/**
 * A stored record that could not be read. Nothing is saved over it until the user chooses: download
 * it (someone technical may recover it), put back the last good copy, or delete it.
 */
export function DamagedData({ store }: { store: AnonymiseStore }) {
  if (store.damaged.length === 0) return null;
  return (
    <>
      {store.damaged.map((d) => (
        <div key={d.record} role="alert" className="an-alert" data-testid={`damaged-${d.record}`}>
          <p>
            {WHAT[d.record].title} (first problem: {d.problem}). It has been left exactly as it was: De-bias saves nothing over
            it until you choose what to do.
          </p>
          <div className="row">
            <button type="button" className="secondary" onClick={() => void store.damagedText(d.record).then((text) => downloadText(WHAT[d.record].file, text))}>
              Download the unreadable data
            </button>
            {d.canRestore && (
              <button type="button" onClick={() => void store.restoreLastGood(d.record)}>
                Use the last good copy
              </button>
            )}
            <ConfirmButton
              label="Delete the unreadable data"
              warning="This deletes the unreadable data from this browser. It cannot be undone. Download it first if you may need it."
              confirmLabel="Yes, delete it"
              onConfirm={() => store.deleteDamaged(d.record)}
            />
          </div>
        </div>
      ))}
    </>
  );
}

import { useState } from 'react';

/** What De-bias keeps, where, and how to delete it: the privacy promise in the user's hands. */
export function PrivacySection({ resetSettings, deleteAllData }: { resetSettings: () => Promise<void>; deleteAllData: () => Promise<void> }) {
  const [done, setDone] = useState<string | null>(null);
  const deleteEverything = async () => {
    if (!confirm('Delete all De-bias data in this browser: settings, anonymiser keys and interview records? This cannot be undone.')) return;
    await deleteAllData();
    setDone('All De-bias data in this browser has been deleted.');
  };
  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Your data</h2>
      <p>
        De-bias makes no network requests: nothing it reads, and nothing you paste or score, leaves this browser. It keeps
        your settings, the anonymiser's candidate keys and your interview records in this browser's extension storage,
        on this computer only.
      </p>
      <div className="row">
        <button
          type="button"
          className="secondary"
          onClick={() => void resetSettings().then(() => setDone('Your settings are back to the standard settings.'))}
        >
          Reset settings
        </button>
        <button type="button" className="danger" onClick={() => void deleteEverything()}>
          Delete all De-bias data
        </button>
      </div>
      {done && <p role="status">{done}</p>}
    </section>
  );
}

import { useId, useState } from 'react';
import type { BatchKey } from '@/lib/anonymise';

export interface KeyActions {
  /** Reads the key from the browser's storage (it is never kept in the page until asked for). */
  read: () => Promise<BatchKey | null>;
  download: (key: BatchKey) => void;
}

interface KeyPanelProps {
  hasKey: boolean;
  actions: KeyActions;
}

const WARNING =
  'The key shows which candidate is behind each code. Open it only when shortlisting is finished, and not while the panel can see the screen.';

/**
 * The key (code → file name and candidate's name) of one batch: hidden until asked for, with a
 * warning; it can be downloaded as JSON (deleting it is with the batch's other deletions).
 */
export function KeyPanel({ hasKey, actions }: KeyPanelProps) {
  const id = useId();
  const [stage, setStage] = useState<'hidden' | 'asking' | 'shown'>('hidden');
  const [key, setKey] = useState<BatchKey | null>(null);
  const [error, setError] = useState<string | null>(null);

  const hide = () => {
    setKey(null);
    setStage('hidden');
  };
  const show = async () => {
    const read = await actions.read();
    if (!read) {
      setError('The key of this batch has been deleted.');
      hide();
      return;
    }
    setError(null);
    setKey(read);
    setStage('shown');
  };
  const download = async () => {
    const read = await actions.read();
    if (read) actions.download(read);
    else setError('The key of this batch has been deleted.');
  };

  return (
    <section className="an-key no-print" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>The key: who is who</h4>
      {!hasKey ? (
        <p>The key of this batch has been deleted. The codes can no longer be matched to candidates in this browser.</p>
      ) : (
        <>
          <p className="hint">
            Kept only in this browser and never shown to the panel unless you ask. Match codes to candidates after shortlisting.
          </p>
          {stage === 'hidden' && (
            <div className="row">
              <button type="button" className="secondary" onClick={() => setStage('asking')}>
                Show the key
              </button>
              <button type="button" className="secondary" onClick={() => void download()}>
                Download the key (.json)
              </button>
            </div>
          )}
          {stage === 'asking' && (
            <div className="an-confirm">
              <p className="an-warning">{WARNING}</p>
              <div className="row">
                <button type="button" onClick={() => void show()}>
                  Yes, show the key
                </button>
                <button type="button" className="secondary" onClick={hide}>
                  Cancel
                </button>
              </div>
            </div>
          )}
          {stage === 'shown' && key && (
            <>
              <table className="an-key-table" data-testid="key-table">
                <caption className="visually-hidden">Codes and the candidates behind them</caption>
                <thead>
                  <tr>
                    <th scope="col">Code</th>
                    <th scope="col">File</th>
                    <th scope="col">Name found in the CV</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(key).map(([code, entry]) => (
                    <tr key={code}>
                      <th scope="row">{code}</th>
                      <td>{entry.fileName}</td>
                      <td>{entry.candidateName ?? 'Not found'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="row">
                <button type="button" onClick={hide}>
                  Hide the key
                </button>
                <button type="button" className="secondary" onClick={() => void download()}>
                  Download the key (.json)
                </button>
              </div>
            </>
          )}
        </>
      )}
      {error && (
        <p role="alert" className="error-message">
          {error}
        </p>
      )}
    </section>
  );
}

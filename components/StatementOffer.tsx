import { useState } from 'react';
import type { StatementId } from '@/lib/statements/ids';

/** The model statements a page can use: added to the draft (editors), or copied (a published advert). */
export interface StatementOffers {
  verb: 'add' | 'copy';
  /** Each statement written with the practice's details; salary needs the post's own pay, so it is never here. */
  texts: Partial<Record<StatementId, { title: string; text: string }>>;
}

const DONE = { add: 'Added. Press Ctrl+Z in your text to take it out.', copy: 'Copied. Paste it into your advert.' };
const FAILED = {
  add: 'De-bias could not add it here. Click in your text where it should go, then try again.',
  copy: 'De-bias could not copy it. Select the statement above and copy it yourself.',
};

/**
 * One model statement offered to put a missing statement right: its words, to read first, and the
 * one button that adds it to the draft or copies it.
 */
export function StatementOffer({
  title,
  text,
  verb,
  use,
}: {
  title: string;
  text: string;
  verb: StatementOffers['verb'];
  /** Adds or copies it; false when that failed. */
  use: () => Promise<boolean>;
}) {
  const [status, setStatus] = useState<'done' | 'failed' | null>(null);
  const run = async () => setStatus((await use().catch(() => false)) ? 'done' : 'failed');
  return (
    <div className="statement-offer" data-testid="statement-offer">
      <details>
        <summary>Read the statement</summary>
        <p className="statement-text">{text}</p>
      </details>
      <button type="button" onClick={() => void run()}>
        {verb === 'add' ? 'Add this statement' : 'Copy this statement'}
        <span className="visually-hidden"> ({title})</span>
      </button>
      {status && (
        <p className={status === 'done' ? 'statement-done' : 'statement-failed'} role="status">
          {status === 'done' ? DONE[verb] : FAILED[verb]}
        </p>
      )}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { CriteriaReply, Message } from '@/components/extension/messages';
import { interviewDeps, type UpdateInterview } from '@/components/extension/interview-storage';
import { addCriteria, type Vacancy } from '@/lib/interview';

/**
 * When the tab behind the popup is an NHS Jobs advert that De-bias has checked, offers to copy its
 * person-specification criteria into the current vacancy.
 */
export function ImportCriteriaFromTab({ vacancy, update }: { vacancy: Vacancy; update: UpdateInterview }) {
  const [advert, setAdvert] = useState<CriteriaReply>(undefined);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      try {
        setAdvert((await browser.tabs.sendMessage(tab.id, { kind: 'get-criteria' } satisfies Message)) as CriteriaReply);
      } catch {
        // Not an advert De-bias is checking: nothing to offer.
      }
    })();
  }, []);
  if (!advert) return null;
  const importCriteria = () => {
    let added = 0;
    let skipped = 0;
    const refusal = update((s) => {
      const result = addCriteria(s, vacancy.id, advert.criteria, 'nhs-jobs', interviewDeps);
      added = result.ids.length;
      skipped = result.skipped;
      return result.state;
    });
    setMessage(refusal ?? `Added ${added} criteria${skipped ? ` (${skipped} were already there)` : ''} to “${vacancy.title}”.`);
  };
  return (
    <div className="card">
      <p>
        This tab is an NHS Jobs advert{advert.title ? ` (“${advert.title}”)` : ''} with {advert.criteria.length} person-specification
        criteria.
      </p>
      <button type="button" onClick={importCriteria}>
        Import its criteria into “{vacancy.title}”
      </button>
      {message && <p role="status">{message}</p>}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { addCriteria, type Vacancy } from '@/lib/interview';
import type { AdvertCriteria } from '@/lib/page/person-spec-criteria';
import { interviewDeps, type UpdateInterview } from './interview-store';

/**
 * When the tab behind the popup is an NHS Jobs advert that De-bias has checked, offers to copy its
 * person-specification criteria into the current vacancy.
 */
export function ImportCriteriaFromTab({
  vacancy,
  update,
  tabCriteria,
}: {
  vacancy: Vacancy;
  update: UpdateInterview;
  tabCriteria: () => Promise<AdvertCriteria | null>;
}) {
  const [advert, setAdvert] = useState<AdvertCriteria | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void tabCriteria().then((criteria) => live && setAdvert(criteria));
    return () => {
      live = false;
    };
  }, [tabCriteria]);
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

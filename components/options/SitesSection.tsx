import type { Locks } from '@/lib/settings/policy';
import type { Settings, Site } from '@/lib/settings/schema';
import { LockedNote } from './LockedNote';

const SITES: { site: Site; label: string }[] = [
  { site: 'nhs-jobs', label: 'NHS Jobs (adverts, and the pages where you write them)' },
  { site: 'gmail', label: 'Gmail' },
  { site: 'outlook', label: 'Outlook on the web, including NHSmail' },
];

/** Where De-bias checks wording on its own; any other page can still be checked from the popup. */
export function SitesSection({ settings, locks, update }: { settings: Settings; locks: Locks; update: (change: (s: Settings) => Settings) => void }) {
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Where De-bias checks as you read and write</h2>
      {SITES.map(({ site, label }) => {
        const locked = locks.sites.includes(site);
        return (
          <div className="checkbox" key={site}>
            <input
              type="checkbox"
              id={`site-${site}`}
              checked={settings.sites[site]}
              disabled={locked}
              onChange={(e) => update((s) => ({ ...s, sites: { ...s.sites, [site]: e.target.checked } }))}
            />
            <label htmlFor={`site-${site}`}>{label}</label>
            {locked && <LockedNote />}
          </div>
        );
      })}
    </section>
  );
}

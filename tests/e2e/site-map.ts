import path from 'node:path';

/** Fixture pages, written for this project, that stand in for the real sites in tests and the demo. */
export const PAGES_DIR = path.resolve(import.meta.dirname, '../pages');

/** The real sites the content scripts match, and the fixture folder that plays each one. */
const SITES: { host: RegExp; folder: string }[] = [
  { host: /^(www|beta)\.jobs\.nhs\.uk$/, folder: 'nhs-jobs' },
  { host: /^mail\.google\.com$/, folder: 'gmail' },
  { host: /^outlook\.(office|office365|live)\.com$/, folder: 'outlook' },
];

/** The site hosts as one pattern, for routing. */
export const SITE_URL = /^https:\/\/(www\.jobs\.nhs\.uk|beta\.jobs\.nhs\.uk|mail\.google\.com|outlook\.office\.com|outlook\.office365\.com|outlook\.live\.com)\//;

/**
 * Where a real site URL is served from locally: the last path segment names the fixture
 * (https://www.jobs.nhs.uk/candidate/jobadvert/gp-receptionist -> /nhs-jobs/gp-receptionist.html;
 * files with an extension, such as a page's script, keep their name).
 * Query strings and fragments (Gmail's #inbox?compose=new) are ignored.
 */
export function localPathFor(url: string): string | null {
  const u = new URL(url);
  const site = SITES.find((s) => s.host.test(u.hostname));
  if (!site) return null;
  const last = u.pathname.split('/').filter(Boolean).pop() ?? 'index';
  const name = /\.[a-z]+$/i.test(last) ? last : `${last}.html`;
  return `/${site.folder}/${name}`;
}

/** Requests that never leave the machine. */
export function isLocal(url: string): boolean {
  if (/^(chrome-extension|data|blob|about|chrome|devtools):/.test(url)) return true;
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

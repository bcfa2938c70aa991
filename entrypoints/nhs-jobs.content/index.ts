import { fromTextMap, mountPageChecker } from '@/components/page-checker';
import { extractNhsJobsAdvert } from '@/lib/page/nhs-jobs';

/** The copy of a duplicated block that the reader can see (NHS Jobs renders some twice). */
const visible = (el: Element) => el.getClientRects().length > 0;

export default defineContentScript({
  matches: ['https://www.jobs.nhs.uk/candidate/jobadvert/*', 'https://beta.jobs.nhs.uk/candidate/jobadvert/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    await mountPageChecker(ctx, {
      title: 'De-bias: this advert',
      site: 'nhs-jobs',
      read: () => {
        const advert = extractNhsJobsAdvert(document, visible);
        return advert && fromTextMap(advert, advert.sections);
      },
    });
  },
});

// Test pages: tests/pages/nhs-jobs/*.html (served as https://www.jobs.nhs.uk/candidate/jobadvert/<name>).
// Real pages: https://www.jobs.nhs.uk/candidate/jobadvert/ followed by an advert reference, e.g. A2001-25-0007.

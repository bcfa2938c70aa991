import { pageAdapter } from '@/content/adapters/page';
import { mountHost } from '@/content/host';
import { readNhsJobsAdvert } from '@/content/readers/nhs-jobs-advert';

export default defineContentScript({
  matches: ['https://www.jobs.nhs.uk/candidate/jobadvert/*', 'https://beta.jobs.nhs.uk/candidate/jobadvert/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    await mountHost(ctx, pageAdapter({ read: () => readNhsJobsAdvert(), site: 'nhs-jobs' }), { title: 'This advert' });
  },
});

// Test pages: tests/pages/nhs-jobs/*.html (served as https://www.jobs.nhs.uk/candidate/jobadvert/<name>).
// Real pages: https://www.jobs.nhs.uk/candidate/jobadvert/ followed by an advert reference, e.g. A2001-25-0007.

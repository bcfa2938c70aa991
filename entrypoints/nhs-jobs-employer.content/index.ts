import { editorsAdapter } from '@/content/adapters/editors';
import { mountHost } from '@/content/host';
import { findNhsJobsEmployerEditors } from '@/lib/page/editors/sites';

export default defineContentScript({
  matches: ['https://www.jobs.nhs.uk/employer/*', 'https://beta.jobs.nhs.uk/employer/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    await mountHost(ctx, editorsAdapter({ site: 'nhs-jobs', context: 'advert', findEditors: findNhsJobsEmployerEditors }), {
      title: 'Your advert',
    });
  },
});

// Test pages: tests/pages/nhs-jobs/employer-*.html (served as https://www.jobs.nhs.uk/employer/<name>).
// Real pages: behind the NHS Jobs employer login (advert text and person specification steps).

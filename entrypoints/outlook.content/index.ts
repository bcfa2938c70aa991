import { editorsAdapter } from '@/content/adapters/editors';
import { mountHost } from '@/content/host';
import { findOutlookEditors } from '@/lib/page/editors/sites';

export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    await mountHost(ctx, editorsAdapter({ site: 'outlook', context: 'email', findEditors: findOutlookEditors }), { title: 'Your email' });
  },
});

// Test pages: tests/pages/outlook/*.html. Real pages: https://outlook.office365.com/mail/ (NHSmail), https://outlook.office.com/mail/

import { editorsAdapter } from '@/content/adapters/editors';
import { mountHost } from '@/content/host';
import { findGmailEditors } from '@/lib/page/editors/sites';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    await mountHost(ctx, editorsAdapter({ site: 'gmail', context: 'email', findEditors: findGmailEditors }), { title: 'Your email' });
  },
});

// Test pages: tests/pages/gmail/*.html. Real page: https://mail.google.com/mail/u/0/#inbox?compose=new

import { mountEditorChecker } from '@/components/editor-checker';
import { findGmailEditors } from '@/lib/page/editors/sites';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    await mountEditorChecker(ctx, { site: 'gmail', context: 'email', findEditors: findGmailEditors });
  },
});

// Test pages: tests/pages/gmail/*.html. Real page: https://mail.google.com/mail/u/0/#inbox?compose=new

import { SCOPE_GLOBAL } from '@/browser/check-scope';
import { pageAdapter } from '@/content/adapters/page';
import { mountHost } from '@/content/host';
import { readMainText, selectionReader } from '@/content/readers/main-text';

const TAG = 'de-bias-check';

export default defineContentScript({
  // Injected on demand through activeTab (popup "Check this page", context menu "Check this text"):
  // no matches, so no host permission.
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const scope = (globalThis as Record<string, unknown>)[SCOPE_GLOBAL];
    // A second request on the same page replaces the first check.
    document.querySelector(TAG)?.remove();
    const fromSelection = scope === 'selection' ? selectionReader() : null;
    await mountHost(
      ctx,
      pageAdapter({
        read: fromSelection ?? readMainText,
        follow: false,
        minWordsForStatements: fromSelection ? Number.POSITIVE_INFINITY : undefined,
      }),
      { title: fromSelection ? 'Selected text' : 'This page', tag: TAG },
    );
  },
});

// Test pages: tests/pages/other/*.html (any page, checked from the popup or the context menu).

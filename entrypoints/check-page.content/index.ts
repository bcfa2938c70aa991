import { SCOPE_GLOBAL } from '@/browser/check-scope';
import { mountPageChecker, type PageText } from '@/components/page-checker';
import { isOwnElement } from '@/components/ui-tag';
import { createLocator } from '@/lib/page/locate';
import { readableText } from '@/lib/page/readable-text';
import { buildTextMap } from '@/lib/page/text-map';

const TAG = 'de-bias-check';

/** The page's main text by Readability, mapped back onto the page for underlining. */
function readPage(): PageText {
  const text = readableText(document);
  const locate = createLocator(buildTextMap([document.body], isOwnElement), document);
  return { text, range: (start, end) => locate(text, start, end) };
}

/** The text the user selected (captured once: the selection goes when they click elsewhere). */
function selectionReader(): (() => PageText | null) | null {
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0 || selection.toString().trim() === '') return null;
  const text = selection.toString();
  const container = selection.getRangeAt(0).commonAncestorContainer;
  const root = container.nodeType === Node.ELEMENT_NODE ? container : container.parentNode;
  if (!root) return null;
  return () => {
    const locate = createLocator(buildTextMap([root], isOwnElement), document);
    return { text, range: (start, end) => locate(text, start, end) };
  };
}

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
    await mountPageChecker(ctx, {
      title: fromSelection ? 'De-bias: selected text' : 'De-bias: this page',
      read: fromSelection ?? readPage,
      follow: false,
      tag: TAG,
      minWordsForStatements: fromSelection ? Number.POSITIVE_INFINITY : undefined,
    });
  },
});

// Test pages: tests/pages/other/*.html (any page, checked from the popup or the context menu).

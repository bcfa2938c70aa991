import { createLocator } from '@/lib/page/locate';
import { readableText } from '@/lib/page/readable-text';
import { buildTextMap } from '@/lib/page/text-map';
import type { PageText } from '../adapters/page';
import { isOwnElement } from '../ui-tag';

/** Any page's main text by Readability, mapped back onto the page for underlining. */
export function readMainText(): PageText {
  const text = readableText(document);
  const locate = createLocator(buildTextMap([document.body], isOwnElement), document);
  return { text, range: (start, end) => locate(text, start, end) };
}

/** The text the user selected (captured once: the selection goes when they click elsewhere). */
export function selectionReader(): (() => PageText | null) | null {
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

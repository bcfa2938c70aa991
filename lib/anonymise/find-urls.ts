import { makeSpan } from './make-span';
import { trimChars } from './trim-chars';
import type { Span } from './span';

const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b(?:[a-z]{2,3}\.)?(?:linkedin\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|github\.com|tiktok\.com|youtube\.com|researchgate\.net|orcid\.org|about\.me|medium\.com)\/[^\s<>"')\]]+/gi;
/** "@handle" on its own, not inside an e-mail address. */
const HANDLE = /(?<![\w.@+-])@[A-Za-z0-9_]{2,30}\b(?![.@-]\w)/g;

/** Web addresses, social-media profiles and handles: all → `[URL]`. */
export function findUrls(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(URL)) {
    const value = trimChars(m[0], null, /[.,;:!?]/);
    spans.push(makeSpan('url', m.index, m.index + value.length));
  }
  for (const m of text.matchAll(HANDLE)) spans.push(makeSpan('url', m.index, m.index + m[0].length));
  return spans;
}

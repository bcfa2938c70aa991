import { makeSpan } from './make-span';
import type { Span } from './span';

const EMAIL = /(?<![\w.+'%-])[\w.+'%-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g;

/** E-mail addresses, including ones that contain the candidate's name. */
export function findEmails(text: string): Span[] {
  return [...text.matchAll(EMAIL)].map((m) => makeSpan('email', m.index, m.index + m[0].length));
}

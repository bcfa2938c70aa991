import { lineStart } from './line-start';

/**
 * Whether the line break at `at` only wraps a paragraph (PDF or e-mail text): its line is long and
 * the next line goes on in lower case ("…under the Skilled Worker\nroute"), or it is very long and
 * stops on a word or a comma.
 */
export function wrapsParagraph(text: string, at: number): boolean {
  let next = at + 1;
  while (text[next] === ' ' || text[next] === '\t') next++;
  const length = at - lineStart(text, at, 85);
  if (/\p{Ll}/u.test(text[next] ?? '') && length >= 50) return true;
  // Before a capital, only a very long line that stops on a word or a comma, above another line of prose (no label's columns).
  // The next line's first 200 characters: reading to its end made a text of long lines quadratic.
  const nextLine = text.slice(at + 1, at + 201).split('\n', 1)[0]!;
  return length >= 85 && /[\p{L},]/u.test(text[at - 1] ?? '') && nextLine.length >= 40 && !/\t| {3}|:/.test(nextLine);
}

/**
 * The text with each line break that only wraps a paragraph (wrapsParagraph) read as a blank, of the
 * same length: "I have\nmild asthma", "I am an\nactive member of". The sentence readings (health,
 * faith, family, origin) then read the clause whole; headings, lists, labels and merged columns keep
 * their line breaks.
 */
export function unwrapProse(text: string): string {
  const parts: string[] = [];
  let kept = 0;
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) {
    if (!wrapsParagraph(text, end)) continue;
    parts.push(text.slice(kept, end), ' ');
    kept = end + 1;
  }
  return parts.length === 0 ? text : parts.join('') + text.slice(kept);
}

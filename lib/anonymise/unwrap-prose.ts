/** The shortest line taken as running prose wrapped at a fixed width, as PDF and e-mail text is. */
const MIN_WRAPPED_LINE = 40;
/** Characters that end a line on purpose: a sentence, a label, a list item. */
const LINE_END = /[.!?:;,)\]|•·–—-]$/;
/** Two columns merged line by line leave a run of blanks or a tab inside a line. */
const COLUMN_GAP = /\t| {2}/;

/** Whether the character code opens a line in lower case: a to z, or a Latin letter with an accent. */
const lowerCaseAt = (code: number) => (code >= 97 && code <= 122) || (code >= 223 && code <= 255);

/**
 * The text with each soft line break of wrapped prose read as a blank, of the same length: a line of
 * running words that stops mid-sentence ("I have\nmild asthma", "I am an\nactive member of") and a
 * next line that goes on in lower case. The sentence readings (health, faith, family, origin) then
 * read the clause whole; headings, lists, labels and merged columns keep their line breaks.
 */
export function unwrapProse(text: string): string {
  const parts: string[] = [];
  let kept = 0;
  for (let start = 0, end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
    if (!lowerCaseAt(text.charCodeAt(end + 1))) continue;
    const line = text.slice(start, end).trim();
    if (line.length < MIN_WRAPPED_LINE || LINE_END.test(line) || COLUMN_GAP.test(line)) continue;
    parts.push(text.slice(kept, end), ' ');
    kept = end + 1;
  }
  return parts.length === 0 ? text : parts.join('') + text.slice(kept);
}

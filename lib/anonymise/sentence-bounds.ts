import { lineStart } from './line-start';

const SENTENCE_EDGE = /[.;!?]/;
/** A line this long or longer is part of a wrapped paragraph: its line break does not end the sentence. */
const WRAPPED_LINE = 55;

/** A form's next field on the line after: "Employer name: NHS Grampian", "Reason for leaving: …". */
const FIELD_LABEL = /^[ \t]*\p{Lu}[\p{L}'’ \t-]{0,40}:[ \t]/u;

/**
 * Whether text[i] ends a sentence: a full stop, "!", "?" or ";", or the break after a short line, before a blank one or
 * before a form's next field (a long answer does not run on into the label below it).
 */
export function isEdge(text: string, i: number): boolean {
  const c = text[i]!;
  if (c !== '\n') return SENTENCE_EDGE.test(c);
  return i - lineStart(text, i, WRAPPED_LINE) < WRAPPED_LINE || text[i + 1] === '\n' || i + 1 === text.length || FIELD_LABEL.test(text.slice(i + 1, i + 48));
}

/**
 * The bounds of the sentence around [start, end), across the breaks of a wrapped paragraph, at
 * most `before` and `after` characters either way.
 */
export function sentenceBounds(text: string, start: number, end: number, before = 200, after = 200): [number, number] {
  let s = start;
  while (s > 0 && start - s < before && !isEdge(text, s - 1)) s--;
  let e = end;
  while (e < text.length && e - end < after && !isEdge(text, e)) e++;
  return [s, e];
}

import { lineStart } from './line-start';

const SENTENCE_EDGE = /[.;!?]/;
/** A line this long or longer is part of a wrapped paragraph: its line break does not end the sentence. */
const WRAPPED_LINE = 55;

/** A form's next field on the line after: "Employer name: NHS Grampian", "Reason for leaving: …". */
const FIELD_LABEL = /^[ \t]*\p{Lu}[\p{L}'’ \t-]{0,40}:[ \t]/u;
/**
 * A line that ends on a word or a comma runs on into the next ("after a career⏎Break: Oscar is 9"): a label there is a form's
 * field only when it opens with a field's word ("Employer name:", "Reason for leaving:", "Dates:") or the line above is a field's.
 */
const RUNS_ON = /[\p{L},]/u;
const KNOWN_FIELD =
  /^[ \t]*(?:Employer|Employment|Organisation|Company|Hospital|Trust|Department|Ward|Team|Role|Position|Post|Job|Title|Grade|Band|Dates?|Period|Duties|Responsibilities|Achievements|Reason|Location|Address|Manager|Supervisor|Referee|Reference|Name|Email|E-mail|Phone|Telephone|Tel|Mobile|Salary|Notice|Status|Registration|Qualifications?|Education|Training|Course|Institution|University|College|School|Subject|Result|Award|Skills|Summary|Profile|Experience|Languages?|Nationality|Interests|Hobbies|Specialty|Speciality|Contract|Hours|Type)\b/;

/**
 * Whether text[i] ends a sentence: a full stop, "!", "?" or ";", or the break after a short line, before a blank one or
 * before a form's next field (a long answer does not run on into the label below it).
 */
export function isEdge(text: string, i: number): boolean {
  const c = text[i]!;
  if (c !== '\n') return SENTENCE_EDGE.test(c);
  if (i - lineStart(text, i, WRAPPED_LINE) < WRAPPED_LINE || text[i + 1] === '\n' || i + 1 === text.length) return true;
  const next = text.slice(i + 1, i + 48);
  if (!FIELD_LABEL.test(next)) return false;
  // Below a field's own line ("Role: HCA, Elderly Care Unit⏎Church: …") a label is the next field, whatever the line ends on.
  const above = text.lastIndexOf('\n', i - 1) + 1;
  return i === 0 || !RUNS_ON.test(text[i - 1]!) || KNOWN_FIELD.test(next) || FIELD_LABEL.test(text.slice(above, above + 48));
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

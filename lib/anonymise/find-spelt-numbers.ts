import { ANY_REGISTER } from './find-registration-numbers';
import { lineStart } from './line-start';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import type { RedactionType } from './redaction-type';
import type { Span } from './span';

/** A digit in words. */
export const DIGIT = '(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)';
/** How many times the digit after it is said: "double-oh". */
const TIMES_WORD = '(?:double|triple|treble)';
/** A digit in words, maybe doubled or tripled ("double-oh"), or with "hundred" after it, as a phone's "seven hundred" is 700. */
const WORD_TOKEN = `(?:${TIMES_WORD}[- ]?)?${DIGIT}(?:[- ]hundred)?`;
/** A digit in words, or a group of figures ("07700 900 five six seven"). */
const TOKEN = `${WORD_TOKEN}|\\d{1,5}`;
/**
 * Digits in words joined by hyphens, single spaces or commas ("three-zero-two-one", "zero seven seven zero zero, nine
 * zero zero"), maybe mixed with figures, maybe ending on the hyphen a line broke at ("one-", "seven-double-"). Groups of words may be
 * parted by a spaced dash, as a phone's groups are ("seven seven zero zero - nine zero zero"); a figure never follows
 * one, so a span of years stays figures ("2019 - 2021").
 */
const RUN = new RegExp(`\\b(?:${TOKEN})(?:(?:[- ]|,[ \\t]?)(?:${TOKEN})| [-–] ${DIGIT})*(?:[- ]${TIMES_WORD})?\\b-?`, 'gi');
/** The same run in words opening a field: the rest of a number the layout carried to the next line. */
const RUN_AT_START = new RegExp(`^${WORD_TOKEN}(?:(?:[- ]| [-–] )${WORD_TOKEN})*\\b`, 'i');
/** A column gap in a merged two-column line: a tab or two or more spaces. */
const GAP = /\t| {2,}/g;
const PHONE_WORDS = /\b(?:phone|mobile|tel|call|ring|whatsapp)\b/i;
/** A label that gives what follows as a number: "Staff ID:", "my reference is", "PIN". */
const NUMBER_LABEL = /\b(?:number|no|id|pin|ref|reference|code)\b|:[ \t]*$/i;
/** Five digits or more: fewer in words is a count or a phrase ("one-to-one", "two or three"). */
const MIN_DIGITS = 5;

const WORD_DIGITS: Record<string, string> = {
  zero: '0', oh: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', hundred: '00',
};
const TIMES: Record<string, number> = { double: 2, triple: 3, treble: 3 };
/** Fewer digits than a phone has, mixed with figures or split by commas, is a count or a list ("2019 one", "one, two, three"). */
const MIXED_MIN_DIGITS = 9;

/** The figures a run spells: "oh seven double-oh" is "0700", "oh seven seven hundred" "07700". */
export function digitsOf(run: string): string {
  let digits = '';
  let times = 1;
  for (const part of run.toLowerCase().split(/[-–, \t]+/)) {
    if (!part) continue;
    if (TIMES[part]) {
      times = TIMES[part]!;
      continue;
    }
    digits += (WORD_DIGITS[part] ?? part).repeat(times);
    times = 1;
  }
  return digits;
}

/** Where each field of a line starts: its first character and the first after each column gap. */
function fieldStarts(line: string): number[] {
  const starts = line.trimStart() ? [line.length - line.trimStart().length] : [];
  for (const m of matchAll(line, GAP)) if (m.index + m[0].length < line.length) starts.push(m.index + m[0].length);
  return starts;
}

/**
 * The rest of a run that ends on a hyphen at the end of its line (its column's end, in a merged
 * two-column CV), or of a phone's run that ends its field before the other column's gap: the field
 * of the next line that starts where the run's own field started ("Mobile: seven seven zero zero -
 * nine zero        Profile" / "zero - six two four        six years' …").
 */
function continuation(text: string, start: number, end: number, phone: boolean): [number, number] | null {
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) return null;
  const after = text.slice(end, lineEnd);
  if (after.trim() && !(phone && /^(?:\t| {2})/.test(after))) return null;
  const from = lineStart(text, start, 200);
  const ownLine = text.slice(from, lineEnd);
  const column = Math.max(...fieldStarts(ownLine).filter((s) => s <= start - from), 0);
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const next = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
  const field = fieldStarts(next).find((s) => Math.abs(s - column) <= 3);
  if (field === undefined) return null;
  const rest = RUN_AT_START.exec(next.slice(field));
  return rest ? [lineEnd + 1 + field, lineEnd + 1 + field + rest[0].length] : null;
}

/** Whether each digit is one more, or each one less, than the one before: "one, two, three, four, five" is counting. */
function counts(digits: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < digits.length; i++) steps.add(digits.charCodeAt(i) - digits.charCodeAt(i - 1));
  return steps.size === 1 && (steps.has(1) || steps.has(-1));
}

/** What a number in words is, by the words before it on its line, or by a UK phone's shape (0 and 9 or 10 more digits). */
function typeOf(before: string, digits: string): RedactionType {
  if (ANY_REGISTER.test(before)) return 'registration-number';
  if (PHONE_WORDS.test(before) || (digits.length >= 10 && digits.length <= 11 && digits.startsWith('0'))) return 'phone';
  return 'id-number';
}

/**
 * Numbers spelt out digit by digit ("my GDC number is three-zero-two-one-one-four"): a way to give a
 * number that the digit patterns never see. A run the layout broke over two lines, in either
 * column, is two spans, so the other column's words stay.
 */
export function findSpeltNumbers(text: string): Span[] {
  const spans: Span[] = [];
  // The end of the rest of a number read on the next line: that rest is no number of its own.
  let readTo = -1;
  for (const m of matchAll(text, RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < readTo) continue;
    // Figures alone are the digit patterns' to read.
    if (/^[\d ,-]+$/.test(m[0])) continue;
    const before = text.slice(lineStart(text, start, 60), start);
    const phoneLabel = PHONE_WORDS.test(before);
    const rest = m[0].endsWith('-') || (phoneLabel && !/\d/.test(m[0])) ? continuation(text, start, end, phoneLabel) : null;
    // Read as one, so a "double-" the line broke after doubles the rest's first digit.
    const digits = digitsOf(rest ? `${m[0]} ${text.slice(rest[0], rest[1])}` : m[0]);
    if (digits.length < (/[\d,]/.test(m[0]) ? MIXED_MIN_DIGITS : MIN_DIGITS)) continue;
    // Counting in words ("sign one, two, three … nine and ten") is no number, unless a label gives it as one.
    if (counts(digits) && !ANY_REGISTER.test(before) && !phoneLabel && !NUMBER_LABEL.test(before)) continue;
    const type = typeOf(before, digits);
    spans.push(makeSpan(type, start, end));
    if (rest) {
      spans.push(makeSpan(type, rest[0], rest[1]));
      readTo = rest[1];
    }
  }
  return spans;
}

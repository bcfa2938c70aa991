import { bracketAfter } from './bracket-after';
import { isDigitAt, isSpaceAt } from './chars';
import { firstIndex } from './first-index';
import { isFlag } from './find-nationality';
import type { RedactionType } from './redaction-type';
import type { Span } from './span';

/** The types of a personal detail the writer tells of themself, whose when goes with them. */
const DETAILS = new Set<RedactionType>(['religion', 'dependants', 'marital-status', 'parental-leave', 'health', 'nationality', 'immigration-status', 'age']);
/** Words of when or also just before a detail: "I am [also a single parent]", "I [now have British citizenship]". */
const ADVERBS = new Set(['also', 'now', 'currently', 'still', 'recently']);
/** Verbs of gaining a nationality or status, between the writer and it: "I [became a British citizen]", "I was [granted British citizenship]". */
const GAINED = new Set(['became', 'become', 'becoming', 'got', 'gained', 'granted', 'given', 'hold', 'have']);
const GAINED_TYPES = new Set<RedactionType>(['nationality', 'immigration-status']);
/** Types whose when is a year: a status gained ("in 2015", "(2021)") or an age reached ("this year"). */
const DATED_TYPES = new Set<RedactionType>(['nationality', 'immigration-status', 'age']);
/** What may stand before those words: the writer, an auxiliary or "and". */
const LEADS = new Set(['i', 'we', 'am', 'is', 'are', 'was', 'were', "i'm", "we're", 'and', 'have', 'has']);
/**
 * The detail's when, just after it: "a British citizen [now]", "British citizenship [(2021)]", "a
 * British citizen [in 2015]", "at [RELIGION] [most Sundays]", "her main carer [on two evenings a week]".
 */
const WHEN_AFTER = [
  /^[ \t]+now\b(?=[ \t]*(?:[,.;:!?)]|$))/,
  /^[ \t]+(?:(?:on|at|during)[ \t]+(?:(?:most|every|each|some|alternate|the)[ \t]+)?|(?:most|every|each|some|alternate)[ \t]+)(?:(?:one|two|three|four|five|six|seven|[1-7])[ \t]+)?(?:(?:Sunday|Saturday|Friday)[ \t]+)?(?:Sundays|Saturdays|Fridays|Sunday|Saturday|Friday|weekends|mornings|evenings|nights|lunchtimes|(?:festival|feast|holy)[ \t]+days)\b(?:[ \t]+(?:a|per|each)[ \t]+week\b)?/,
];

/** How long a leave is, before it: "[two weeks'] paternity leave", "[12 months] maternity leave", "[a year's] adoption leave". */
const LEAVE_LENGTH = /(?:\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})[ \t]+(?:weeks?|months?|years?)['’]?|\ba[ \t]+year['’]s)[ \t]+$/;

const COUNT = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';
/**
 * A condition's when and cause, just after it, each in turn: "[HEALTH] [in 2017-18]", "[myself since 2015]", "[for about
 * eight months]", "[two years ago]", "[during my doctorate]", "[following an infection] [as a child]".
 */
const HEALTH_WHEN = [
  // The rest of a range a year closes: "PTSD in 2017[-18]".
  /^[-–](?:19|20)?\d\d(?!\d)/,
  /^(?:[ \t]+myself)?[ \t]+(?:in|since)[ \t]+(?:(?:early|late|mid-?)[ \t]*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+)?(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?\b/,
  new RegExp(`^[ \\t]+for[ \\t]+(?:(?:about|around|nearly|almost|over)[ \\t]+)?${COUNT}[ \\t]+(?:years?|months?|weeks?)\\b`),
  new RegExp(`^[ \\t]+${COUNT}[ \\t]+(?:years?|months?|weeks?)[ \\t]+ago\\b`),
  /^[ \t]+(?:during|in)[ \t]+my[ \t]+(?:childhood|teens|doctorate|degree|training|studies|pregnancy|first[ \t]+year)\b/,
  /^[ \t]+(?:following|after)[ \t]+(?:an?[ \t]+)?(?:infection|illness|accident|injury|operation)\b/,
  /^[ \t]+as[ \t]+an?[ \t]+(?:child|baby|teenager)\b/,
];

/** A year, as a post's dates give it. */
const YEAR = /\b(?:19|20)\d\d\b/;
/** The types a bracket after says more of, and the bracket: on the detail's line, at most 60 characters. */
const BRACKETED = new Set<RedactionType>(['religion', 'dependants', 'marital-status', 'health', 'nationality', 'immigration-status', 'origin', 'ethnicity']);

/** When a nationality or status was gained: "British citizenship [(2021)]", "a British citizen [in 2015]" (a family's "in 2019" may be a move's). */
const GAINED_WHEN = /^(?:[ \t]+|[ \t]*\n[ \t]*)?\((?:in[ \t]+|since[ \t]+)?(?:19|20)\d\d\)|^[ \t]+(?:in|since)[ \t]+(?:19|20)\d\d\b|^[ \t]+(?:last|this)[ \t]+year\b/;

/** The word just before `at` after blanks, read at most `reach` characters back: its start and text, or null. */
export function wordBefore(text: string, at: number, reach = 24): { start: number; word: string } | null {
  const from = Math.max(0, at - reach);
  let end = at;
  while (end > from && isSpaceAt(text, end - 1)) end--;
  let start = end;
  while (start > from && !isSpaceAt(text, start - 1)) start--;
  return end < at && start < end ? { start, word: text.slice(start, end) } : null;
}

/** The start of the adverbs (and for a nationality, the verb of gaining it) just before a detail at `start`, or `start`. */
function leadStart(text: string, start: number, type: RedactionType): number {
  let at = start;
  let taken = start;
  let gained = false;
  let held = false;
  for (let steps = 0; steps < 4; steps++) {
    const before = wordBefore(text, at);
    // The sentence opens at `at`: "British citizen.\n[Currently on maternity leave]" (a wrapped line goes on: "I am now a\nBritish citizen").
    if (!before || /[.!?;:]$/.test(before.word) || /\n[ \t]*\n/.test(text.slice(before.start + before.word.length, at))) return held ? start : taken;
    const lowered = before.word.toLowerCase();
    const word = lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered;
    // "have" and "hold" go only with the when before them ("I [now have British citizenship]"; "I hold [NATIONALITY]").
    if (LEADS.has(word) && taken < start) return held ? start : taken;
    if (ADVERBS.has(word)) {
      held = false;
      at = before.start;
      taken = at;
    } else if (!gained && GAINED_TYPES.has(type) && GAINED.has(word)) {
      gained = true;
      held = word === 'have' || word === 'hold';
      at = before.start;
      taken = at;
    } else if ((word === 'a' || word === 'an' || word === 'the' || word === 'on') && at === start) {
      // The article goes only with a word taken before it: "became [a British citizen]", "I am [also a single parent]", "[Currently on] maternity leave".
      at = before.start;
    } else return start;
  }
  return start;
}

/** Whether a span of a type other than `type` starts in [from, to): a binary search over the spans sorted by start. */
function otherWithin(sorted: Span[], type: RedactionType, from: number, to: number): boolean {
  for (let i = firstIndex(sorted, (span) => span.start, from); i < sorted.length && sorted[i]!.start < to; i++) if (sorted[i]!.type !== type) return true;
  return false;
}

const isBlankAt = (text: string, i: number) => text[i] === ' ' || text[i] === '\t';

/**
 * A detail the writer tells goes with its when and the "also" or "now" that ties it to them, so
 * that no telling word is left beside the placeholder ("I am [MARITAL STATUS]" for "I am also a
 * single parent", "I [NATIONALITY]" for "I now have British citizenship (2021)").
 */
export function widenDetails(text: string, spans: Span[]): Span[] {
  const starts = [...spans].sort((a, b) => a.start - b.start);
  return spans.map((span) => {
    if (!DETAILS.has(span.type)) return span;
    // "[two weeks'] paternity leave": how long a leave is goes with it.
    const start = leadStart(text, span.start, span.type) - (span.type === 'parental-leave' ? (LEAVE_LENGTH.exec(text.slice(Math.max(0, span.start - 24), span.start))?.[0].length ?? 0) : 0);
    let end = span.end;
    // An age has no days of the week: "I am [AGE] on Sundays" says when, not how old.
    // Each pattern only where its first character stands: a blank, or for GAINED_WHEN a line break or bracket too.
    if (span.type !== 'age') for (const pattern of WHEN_AFTER) end += isBlankAt(text, end) ? (pattern.exec(text.slice(end, end + 60))?.[0].length ?? 0) : 0;
    // Each in turn, again while one is found: "[for a month] [in 2022]".
    for (let more = span.type === 'health'; more; ) {
      more = false;
      for (const pattern of HEALTH_WHEN) {
        const found = isBlankAt(text, end) || isDigitAt(text, end - 1) ? pattern.exec(text.slice(end, end + 60)) : null;
        if (found) {
          end += found[0].length;
          more = true;
        }
      }
    }
    // A bracket just after the detail says more of it: "[HEALTH] (I had a retinal detachment in 2019)";
    // not one that holds a detail of another kind ("Sri Lankan (Sinhalese) (age 37)"), which would stand against it,
    // nor a bracket of years after a flag, which decorates a job's line ("Toronto 🇨🇦 (2015–2019)", not "🇳🇬 (Lagos)").
    const after = BRACKETED.has(span.type) ? bracketAfter(text, end, 60) : null;
    const bracket = after && !(YEAR.test(after.inside) && isFlag(text.slice(span.start, span.end))) ? after.length : 0;
    if (bracket && !otherWithin(starts, span.type, end, end + bracket)) end += bracket;
    if (DATED_TYPES.has(span.type) && (isBlankAt(text, end) || text[end] === '\n' || text[end] === '(')) end += GAINED_WHEN.exec(text.slice(end, end + 30))?.[0].length ?? 0;
    return start === span.start && end === span.end ? span : { ...span, start, end };
  });
}

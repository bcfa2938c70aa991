import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { needing } from './needed-words';
import type { Span } from './span';

/**
 * A caution, conviction or discharge the writer declares. The Rehabilitation of Offenders Act 1974 and the fair-recruitment
 * guidance behind "Ban the Box" leave criminal records to the check after an offer, where the DBS certificate is read with
 * its context: at shortlisting a spent caution or an old motoring offence tells the panel nothing about the post, and any
 * declaration goes, "no unspent convictions" too, so that the placeholder tells nothing either. The DBS check itself stays
 * ("Enhanced DBS, clear"), as do the words in their other senses ("with caution", "a strong conviction that…").
 *
 * The record's words: a determiner or a count, then up to three words of the kind of record ("one spent caution", "a police
 * caution", "an unspent conditional discharge", "no criminal record").
 */
const RECORD = needing(
  ['caution', 'conviction', 'discharge', 'record'],
  /\b(?:(?:a|an|one|two|three|no|any)[ \t]+)?(?:(?:police|spent|unspent|minor|simple|formal|youth|driving|motoring|previous|old|single)[ \t]+){0,3}(?:(?:criminal[ \t]+)?(?:cautions?|convictions?)|(?:conditional|absolute)[ \t]+discharges?|criminal[ \t]+records?)\b/gi,
);
const DETERMINED = /^(?:a|an|one|two|three|no|any)[ \t]/i;
/** Words that make the phrase a legal record, not a warning or a belief. */
const LEGAL = /\b(?:police|spent|unspent|criminal|conditional|absolute|driving|motoring|youth)\b/i;
/**
 * What straight after the record tells it is one: its details in brackets, its offence, its year, its being spent. "in" only
 * with a year: "a caution in the custody suite" is a custody nurse's work, "a conviction in the value of care" a belief.
 */
const DETAIL_AFTER = /^(?:[ \t]*\(|[ \t]+(?:for|from)[ \t]+|[ \t]+(?:in|since)[ \t]+(?:19|20)\d\d\b|[ \t]+(?:19|20)\d\d\b|[ \t]*[-–—,][ \t]*(?:now[ \t]+)?(?:un)?spent\b|[ \t]+now[ \t]+spent\b)/i;
/** Someone else's record, which the writer's work deals with: "people who have a conviction", "advice for patients with unspent convictions". */
const OTHERS = /\b(?:who|whose|people|patients?|clients?|residents?|offenders?|prisoners?|service[ \t]+users?|young[ \t]+people|families|applicants?|candidates?|staff|colleagues?|someone|anyone|they|their)\b/i;
/** The record as work, not the writer's own: "criminal record checks for new starters", "a criminal record certificate". */
const CHECK_AFTER = /^[ \t]+(?:checks?|checking|certificates?|clearances?|disclosures?|searches|search|DBS)\b/i;
/**
 * A discharge under the Mental Health Act, forensic work: "a conditional discharge for a restricted patient", "conditionally
 * discharged by the tribunal". A court's discharge is told with its offence, court or year instead.
 */
const MENTAL_HEALTH = /\b(?:patients?|tribunals?|restricted|restriction|section|s\.?[ \t]?37|s\.?[ \t]?41|Mental[ \t]+Health|MHA|MHRT|Ministry[ \t]+of[ \t]+Justice|MoJ|forensic|hospital|ward|responsible[ \t]+clinician)\b/i;
/** The writer's verb before the record goes with it: "I [declare a caution from 1998…]". */
const VERB_BEFORE = /\b(?:declare|disclose|have|had|hold|received)[ \t]+$/i;
/** What is said of the record after it, a step at a time: its brackets, offence, year and status. */
const TAILS = [
  /^[ \t]*\([^()\n]{1,80}\)/,
  /^[ \t]+for[ \t]+[^,;.\n()]{1,80}/i,
  /^[ \t]+(?:(?:from|in|since)[ \t]+)?(?:19|20)\d\d\b/i,
  /^(?:[ \t]*[-–—,;][ \t]*|[ \t]+)(?:now[ \t]+)?(?:(?:un)?spent(?:[ \t]+until[ \t]+(?:19|20)\d\d\b)?|(?:filtered|declared|disclosed|not[ \t]+shown)\b[^,;.\n()]{0,60})/i,
];

/** The start of the clause before `at` (a sentence's end, a line, a label's colon, a semicolon), at most 80 characters back. */
function clauseStart(text: string, at: number): number {
  const from = Math.max(0, at - 80);
  for (let i = at - 1; i >= from; i--) {
    const c = text[i]!;
    if (c === '\n' || c === ';' || c === ':' || ((c === '.' || c === '!' || c === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t'))) return i + 1;
  }
  return from;
}

/** A criminal record the writer declares, with what they say of it: "Disclosure: [one caution (2014, theft) now spent]". */
export function findCriminalRecord(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matchAll(text, RECORD)) {
    const phrase = m[0];
    let end = m.index + phrase.length;
    const clause = clauseStart(text, m.index);
    const before = text.slice(clause, m.index);
    // Without a determiner the record opens its line, cell or field ("Conviction 2024 for …", "Disclosure: Police caution …"),
    // and is no field's label ("Criminal convictions: none").
    if (!DETERMINED.test(phrase) && (before.trim() !== '' || text[end] === ':')) continue;
    if (!LEGAL.test(phrase) && !DETAIL_AFTER.test(text.slice(end, end + 24))) continue;
    if (OTHERS.test(before)) continue;
    if (CHECK_AFTER.test(text.slice(end, end + 16))) continue;
    if (/discharge/i.test(phrase) && MENTAL_HEALTH.test(text.slice(clause, Math.min(text.length, end + 120)))) continue;
    // Once its status is told ("now spent", "declared to …") only more of its status follows: a bracket there is another matter.
    let first = 0;
    for (let step = 0; step < 8; step++) {
      const rest = text.slice(end, end + 140);
      let tail: RegExpExecArray | null = null;
      let t = first;
      for (; t < TAILS.length && !tail; t++) tail = TAILS[t]!.exec(rest);
      if (!tail) break;
      if (t === TAILS.length) first = TAILS.length - 1;
      end += tail[0].length;
    }
    while (end > m.index && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    const verb = VERB_BEFORE.exec(before);
    // Divisible, so a number inside (a DBS certificate's) keeps its own placeholder.
    spans.push(makeSpan('criminal-record', verb ? m.index - verb[0].length : m.index, end, { divisible: true }));
  }
  return spans;
}

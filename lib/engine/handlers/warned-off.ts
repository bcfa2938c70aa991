import type { Doc } from '../document';
import { NEGATIONS } from '../lexicon';
import { GAP } from '../tokenize';
import type { Hit, SpanHandler } from './types';

// People warned off the job for how they cope: "if you can't keep up, this isn't the job for you",
// "if you're the type who needs a lot of support, this may not be the post for you", "this isn't
// the role for you if you like a quiet life", "you won't last five minutes here". It says nothing
// about the work and tells anyone who would ask for support, disabled people among them, not to
// apply. A condition of eligibility ("if you need sponsorship, this post is not for you") is a
// fact, not a warning, and is left alone: only a condition about coping, pace or character counts.

/** Words that may stand between the subject and "for you": "this may not be the post for you". */
const CONSEQUENCE = new Set([
  'this', 'it', "it's", 'that', "that's", 'we', "we're", 'is', 'are', "isn't", "aren't", 'not', 'may', 'might', 'probably',
  "won't", 'will', 'be', 'really', 'just', 'the', 'a', 'an', 'right', 'ideal', 'job', 'role', 'post', 'place', 'team', 'practice', 'ward', 'service',
  'career', 'department', 'unit', 'work', 'line', 'of',
]);
/**
 * Words of a condition about coping, pace or character: "can't keep up", "cry easily", "the type who
 * needs support". Not a bare "can't" or "don't": "if you can't work nights" or "don't hold a PIN" is
 * a fact about the post, stated fairly.
 */
const COPING = new Set([
  'type', 'sort', 'easily', 'cope', 'handle', 'hack', 'pressure', 'stress', 'stressed', 'pace', 'keep', 'cry', 'panic', 'flap', 'sensitive',
  'squeamish', 'support', 'hand', 'quiet', 'fragile', 'moan', 'complain', 'clock', 'watch', 'watcher', 'faint', 'nerves', 'nervous',
]);
/** An easy life or ride wanted is a condition of character; easy parking or an easy commute is a perk. */
const EASY_OF_CHARACTER = new Set(['life', 'ride', 'number', 'option']);
/** Words that make the condition one of eligibility, which an advert must state: "if you need sponsorship". */
const ELIGIBILITY = new Set([
  'registration', 'registered', 'register', 'qualified', 'qualification', 'qualifications', 'licence', 'license', 'visa', 'sponsorship',
  'sponsor', 'eligible', 'eligibility', 'degree', 'dbs', 'right', 'resident', 'citizen',
]);
/** How many words a condition may run to. */
const CONDITION_REACH = 14;
/** Spells after "you won't last": "five minutes", "a week", "long". */
const SPELL = new Set(['long', 'minute', 'minutes', 'day', 'days', 'week', 'weeks', 'month', 'months', 'five', 'two', 'a', 'here', 'one']);

/** The "if you…" clause ending just before token `end`, in the sentence from `from`, as [start, end), or null. */
function conditionBefore(doc: Doc, from: number, end: number): [number, number] | null {
  for (let j = end - 1; j >= from && j >= end - CONDITION_REACH; j--) {
    if (doc.tokens[j]!.norm === 'if' && addressed(doc, j, end)) return [j, end];
  }
  return null;
}
/** How far after "if" the reader may be named: "if the sight of blood makes you squeamish". */
const ADDRESS_REACH = 7;
/** Whether the condition opened by "if" at j, ending before `end`, is said of the reader: "if you…", "if the pace worries you". */
function addressed(doc: Doc, j: number, end: number): boolean {
  for (let k = j + 1; k < end && k <= j + ADDRESS_REACH; k++) if (doc.tokens[k]!.norm.startsWith('you')) return true;
  return false;
}
/** The "if you…" clause starting at token `start`, in the sentence ending at `to`, as [start, end), or null. */
function conditionAfter(doc: Doc, start: number, to: number): [number, number] | null {
  if (doc.tokens[start]?.norm !== 'if' || !doc.tokens[start + 1]?.norm.startsWith('you')) return null;
  // To the end of the sentence or the next comma: "if you are the sort who clock-watches".
  let end = start + 2;
  while (end < to && end < start + CONDITION_REACH && !(doc.tokens[end]!.gap & GAP.COMMA)) end++;
  return [start, end];
}

/** Hours kept to office time wanted ("if you want a 9 to 5"): the job's hours held over the reader, not stated. */
const NINE = new Set(['9', 'nine']);
const FIVE = new Set(['5', 'five']);
const officeHours = (doc: Doc, j: number) => NINE.has(doc.tokens[j]!.norm) && doc.tokens[j + 1]?.norm === 'to' && FIVE.has(doc.tokens[j + 2]?.norm ?? '');

/** Whether the condition [start, end) is about coping, pace, character or set hours, and not about eligibility. */
function aboutCoping(doc: Doc, start: number, end: number): boolean {
  let coping = false;
  for (let j = start; j < end; j++) {
    const norm = doc.tokens[j]!.norm;
    if (ELIGIBILITY.has(norm)) return false;
    if (COPING.has(norm) || (norm === 'easy' && EASY_OF_CHARACTER.has(doc.tokens[j + 1]?.norm ?? '')) || officeHours(doc, j)) coping = true;
  }
  return coping;
}

/** "… isn't the job for you" ending at token k+2 ("for you" at k): where its subject starts, or -1. */
function consequenceStart(doc: Doc, k: number, from: number): number {
  let negated = false;
  let j = k - 1;
  for (; j >= from && j >= k - 7 && CONSEQUENCE.has(doc.tokens[j]!.norm); j--) {
    if (NEGATIONS.has(doc.tokens[j]!.norm)) negated = true;
  }
  return negated && j + 1 < k - 1 ? j + 1 : -1;
}

/** Words that send the reader away: "look elsewhere", "don't waste our time", "don't bother". */
const SENT_AWAY = new Set(['elsewhere', 'waste', 'bother']);
/** The words a warning is read from: "last", "for" and SENT_AWAY. */
const CUES: ReadonlySet<string> = new Set(['for', 'last', ...SENT_AWAY]);
const DONT = new Set(["don't", 'not', 'never']);

/** Whether the word at k sends the reader away: "look elsewhere", "don't waste our time", "don't bother (applying)". */
function sentAway(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const w = tokens[k]!.norm;
  if (w === 'elsewhere') return tokens[k - 1]?.norm === 'look' || tokens[k - 1]?.norm === 'apply';
  if (!DONT.has(tokens[k - 1]?.norm ?? '')) return false;
  // "don't bother applying", "don't bother." (not "don't bother trying to memorise the formulary").
  const next = tokens[k + 1];
  if (w === 'bother') return next === undefined || next.sentence !== tokens[k]!.sentence || next.norm === 'applying' || (next.norm === 'to' && tokens[k + 2]?.norm === 'apply');
  return next?.norm === 'our' && tokens[k + 2]?.norm === 'time';
}

export const warnedOff: SpanHandler = {
  kind: 'span',
  triggers: CUES,
  find({ doc }) {
    const { tokens } = doc;
    const hits: Hit[] = [];
    let lastSentence = -1;
    // Only the cues' tokens, from the word index: the other words never start a warning.
    const cues = doc.tokensWith(CUES);
    for (let c = 0; c < cues.length; c++) {
      const k = cues[c]!;
      const t = tokens[k]!;
      if (t.sentence === lastSentence) continue;
      let span: [number, number] | null = null;
      if (t.norm === 'last' && k >= 2 && tokens[k - 2]!.norm === 'you' && (tokens[k - 1]!.norm === "won't" || tokens[k - 1]!.norm === "wouldn't")) {
        // "you won't last five minutes here": a warning whatever comes before it, read with its "if you…" when it has one.
        const to = doc.sentenceEnd(t.sentence);
        let end = k + 1;
        while (end < to && end < k + 4 && SPELL.has(tokens[end]!.norm)) end++;
        if (end > k + 1) span = [conditionBefore(doc, doc.sentenceStart(t.sentence), k - 2)?.[0] ?? k - 2, end];
      } else if (t.norm === 'for' && tokens[k + 1]?.norm === 'you' && tokens[k + 1]!.sentence === t.sentence) {
        // The sentence's bounds only at a cue: most words are neither "last" nor "for".
        const [from, to] = doc.sentenceRange(t.sentence);
        const start = consequenceStart(doc, k, from);
        if (start >= 0) {
          const condition = conditionBefore(doc, from, start) ?? conditionAfter(doc, k + 2, to);
          if (condition && aboutCoping(doc, condition[0], condition[1])) span = [Math.min(condition[0], start), Math.max(condition[1], k + 2)];
        }
      }
      // "if you want an easy life, look elsewhere", "if blood makes you squeamish, don't waste our time".
      else if (SENT_AWAY.has(t.norm) && sentAway(doc, k)) {
        const start = t.norm === 'elsewhere' ? k - 1 : k - 1 - (tokens[k - 1]!.norm === 'not' ? 1 : 0);
        const from = doc.sentenceStart(t.sentence);
        const condition = conditionBefore(doc, from, start) ?? conditionBefore(doc, doc.sentenceStart(Math.max(0, t.sentence - 1)), start);
        const end = t.norm === 'waste' ? k + 3 : k + 1;
        if (condition && aboutCoping(doc, condition[0], condition[1])) span = [condition[0], end];
      }
      if (!span) continue;
      hits.push({ start: tokens[span[0]]!.start, end: tokens[span[1] - 1]!.end });
      lastSentence = t.sentence;
    }
    return hits;
  },
};

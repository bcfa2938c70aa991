import type { Doc } from '../document';
import { nounClass } from '../lexicon';
import { byFirstWord, firstCuePerSentence, longestFrom, phraseList } from './cue-per-sentence';
import type { SpanHandler } from './types';

// Socialising outside work asked of the person hired: "you'd be expected to come to Friday drinks",
// "we all go to the pub on Fridays - we need someone who'll join in", "happy to do the partners' golf
// day". Drinking and evening events shut out people who do not drink for their faith or health, and
// carers; judging candidates on them is no part of the job. Socials mentioned without a demand ("we
// have a Christmas meal"), offered as optional, or run for patients are not flagged.

/** Time spent together outside work. "Drinks" only with a time or an outing beside it (not "hot drinks"). */
const SOCIAL = byFirstWord(phraseList(`
  pub, pubs, pub quiz, nights out, night out, evenings out, socials, socialise, socialising, socialize, socializing,
  social life, social events, social side, golf day, golf days, golf club, team quiz, quiz night, quiz nights,
  curry night, curry nights, christmas do, wine evening, wine evenings, weekend away, weekends away,
  friday drinks, thursday drinks, after-work drinks, after work drinks, team drinks, work drinks, drinks after work,
  drinks every, drinks on, go for drinks, going for drinks, goes for drinks, out for drinks, go for a drink,
  going for a drink, out for a drink, a drink after work, a few drinks, friday beer, friday beers, a beer after work,
  beers after work, after-work beers, after work beers`));
/** The demand on the person: expected, joining in, needing someone, a fit, the person wanted ("a manager who'll come to"). */
const DEMAND = byFirstWord(phraseList(`
  expect, expects, expected, expecting, join in, joins in, muck in, get stuck in, fit in, fit right in, fits in,
  must, need someone, we need, you need, you'll need, you will need, have to, has to, essential, compulsory,
  mandatory, required, part of who we are, part of the job, up for, happy to, willing to, keen to, important that,
  non-negotiable, a must, cultural fit, culture fit, good fit, looking for someone, gel with, who enjoys,
  who'll enjoy, who'd enjoy, who joins, who'll join, who'll come, who'd come, who mixes, turned down`));
/** A choice left to the person, or the demand denied: "entirely optional", "no pressure", "you will never be expected". */
const OPTIONAL = phraseList(`
  optional, voluntary, no pressure, zero pressure, if you want, if you like, if you fancy, if you wish, up to you,
  never, nobody, no one, not, don't, needn't, no obligation, alcohol-free, alcohol free, non-drinkers, non drinkers`);
/** Words just before the social words that make them work: "organise the charity's annual golf day". */
const ORGANISING = new Set(['organise', 'organising', 'organize', 'organizing', 'arrange', 'arranging', 'plan', 'planning', 'run', 'running', 'coordinate', 'coordinating', 'host', 'hosting']);
/** Words after "pub" that make it a place, not an outing: "the pub car park", "the pub garden". */
const PLACE_AFTER = new Set(['car', 'carpark', 'garden', 'gardens', 'opposite', 'next']);
/** How far from the social words the demand and the choice are read: a long sentence's other clauses are not. */
const REACH = 12;
/** The longest span read as one demand: past it, only the social words are underlined. */
const MAX_TOKENS = 16;

/** The demand nearest the social words at [k, end) in tokens [from, to), before or after them, as [start, end). */
function demandIn(doc: Doc, from: number, to: number, k: number, end: number): [number, number] | null {
  let found: [number, number] | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (let j = from; j < to; j++) {
    if (j >= k && j < end) continue;
    const words = longestFrom(doc, DEMAND, j);
    if (!words || j + words.length > to || (doc.tokens[j]!.norm === 'who' && !wantedBefore(doc, j))) continue;
    const away = j >= end ? j - end : k - (j + words.length);
    if (away < distance) {
      found = [j, j + words.length];
      distance = away;
    }
    j += words.length - 1;
  }
  return found;
}

/** The one wanted, before "who enjoys" or "who'll come": not the team ("a team who enjoys a curry night") nor anyone at all. */
const WANTED_ONE = new Set(['someone', 'somebody', 'person', 'candidate', 'applicant', 'individual']);
/** People words that are the team or anyone, never the one hired. */
const NOT_THE_ONE = new Set(['people', 'everyone', 'anyone', 'staff', 'colleagues', 'team', 'teams', 'bunch', 'crew', 'group']);
function wantedBefore(doc: Doc, j: number): boolean {
  const before = doc.tokens[j - 1];
  return before !== undefined && (WANTED_ONE.has(before.norm) || (nounClass(before.base) === 'person' && !NOT_THE_ONE.has(before.norm)));
}

/** Whether patients are named before or in the social words: socials run for them ("help residents join in the social events"). */
function aboutPatients(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (nounClass(doc.tokens[j]!.base) === 'patient') return true;
  return false;
}

/** Whether the social words at [k, end) are work or a place: organised as a duty, or "the pub car park". */
function notAnOuting(doc: Doc, k: number, end: number): boolean {
  const { tokens } = doc;
  for (let j = Math.max(0, k - 5); j < k; j++) if (ORGANISING.has(tokens[j]!.norm)) return true;
  return tokens[end - 1]!.norm.startsWith('pub') && PLACE_AFTER.has(tokens[end]?.norm ?? '');
}

/** Verbs of liking after "if you": "if you like", "if you love a". */
const LIKING = new Set(['like', 'love', 'enjoy', 'fancy']);
/** Where "if you like (a)" stands straight before the social words at k, or -1. */
function likedBefore(doc: Doc, k: number, near: number): number {
  const { tokens } = doc;
  let j = k - 1;
  if (tokens[j]?.norm === 'a' || tokens[j]?.norm === 'the') j--;
  return j - 2 >= near && LIKING.has(tokens[j]!.norm) && tokens[j - 1]!.norm === 'you' && tokens[j - 2]!.norm === 'if' ? j - 2 : -1;
}

/** The first words of a demand that is a fit: "fit right in", "a good fit", "cultural fit". */
const FITTING = new Set(['fit', 'fits', 'good', 'cultural', 'culture']);
/** Where a list of outings joined by "and" or "or" ends: "pub quizzes and Friday drinks". */
function listEnd(doc: Doc, end: number, far: number): number {
  const { tokens } = doc;
  for (let j = end; j < far && j <= end + 2; j++) {
    if (tokens[j]!.norm !== 'and' && tokens[j]!.norm !== 'or') continue;
    const next = longestFrom(doc, SOCIAL, j + 1);
    if (next) return listEnd(doc, j + 1 + next.length, far);
  }
  return end;
}

/** Whether a semicolon stands between tokens a and b: a clause of its own. */
function semicolonBetween(doc: Doc, a: number, b: number): boolean {
  return doc.text.slice(doc.tokens[a]!.end, doc.tokens[b]!.start).includes(';');
}

export const socialLifeExpected: SpanHandler = {
  kind: 'span',
  find({ doc }) {
    return firstCuePerSentence(
      doc,
      doc.tokensWith(SOCIAL),
      (k) => longestFrom(doc, SOCIAL, k),
      (k, social, from, to) => {
        const end = k + social.length;
        // Read near the social words only, so a long sentence is read once and its other clauses are left alone.
        const near = Math.max(from, k - REACH);
        const far = Math.min(to, end + REACH);
        if (notAnOuting(doc, k, end)) return null;
        const demand = demandIn(doc, near, far, k, end);
        if (!demand || semicolonBetween(doc, Math.min(k, demand[0]), Math.max(end, demand[1]) - 1)) return null;
        // "You'll fit right in if you like pub quizzes": a liking that fitting in depends on, not a choice left open.
        const liking = likedBefore(doc, k, near);
        const optional = liking < 0 ? doc.hasPhrase(near, far, OPTIONAL) : doc.hasPhrase(near, liking, OPTIONAL) || doc.hasPhrase(end, far, OPTIONAL);
        if (optional || aboutPatients(doc, near, end)) return null;
        // Fitting in is its own finding (culture-fit): here only the outings it is made to hang on.
        if (FITTING.has(doc.tokens[demand[0]]!.norm)) return [k, listEnd(doc, end, far)];
        const start = Math.min(k, demand[0]);
        const last = Math.max(end, demand[1]);
        return last - start <= MAX_TOKENS ? [start, last] : [k, end];
      },
    );
  },
};

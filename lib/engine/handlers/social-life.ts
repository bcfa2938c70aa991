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
  social life, social events, social side, golf day, golf days, team quiz, quiz night, quiz nights,
  friday drinks, thursday drinks, after-work drinks, after work drinks, team drinks, work drinks, drinks after work,
  drinks every, drinks on, go for drinks, going for drinks, goes for drinks, out for drinks, go for a drink,
  going for a drink, out for a drink, a drink after work, a few drinks`));
/** The demand on the person: expected, joining in, needing someone, a fit. */
const DEMAND = byFirstWord(phraseList(`
  expect, expects, expected, expecting, join in, joins in, muck in, get stuck in, fit in, fit right in, fits in,
  must, need someone, we need, you need, you'll need, you will need, have to, has to, essential, compulsory,
  mandatory, required, part of who we are, part of the job, up for, happy to, willing to, keen to, important that,
  non-negotiable, a must, cultural fit, culture fit, good fit, looking for someone`));
/** A choice left to the person: "entirely optional", "no pressure", "if you fancy it". */
const OPTIONAL = phraseList(`
  optional, no pressure, if you want, if you like, if you fancy, if you wish, up to you, not expected, never expected,
  don't have to, do not have to, no obligation, not compulsory, not mandatory, won't be expected, will not be expected,
  whether or not, alcohol-free, alcohol free, non-drinkers, non drinkers, no one is expected, nobody is expected`);
/** The longest span read as one demand: past it, only the social words are underlined. */
const MAX_TOKENS = 16;

/**
 * The demand that goes with the social words at [k, end) in tokens [from, to), as [start, end): the
 * last one after them ("…pub on Fridays - we need someone who'll join in"), else the last before them.
 */
function demandIn(doc: Doc, from: number, to: number, k: number, end: number): [number, number] | null {
  let found: [number, number] | null = null;
  for (let j = from; j < to; j++) {
    if (j >= k && j < end) continue;
    const words = longestFrom(doc, DEMAND, j);
    if (!words || j + words.length > to) continue;
    found = [j, j + words.length];
    j += words.length - 1;
  }
  return found;
}

function aboutPatients(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (nounClass(doc.tokens[j]!.base) === 'patient') return true;
  return false;
}

export const socialLifeExpected: SpanHandler = {
  kind: 'span',
  find({ doc }) {
    return firstCuePerSentence(
      doc,
      (k) => longestFrom(doc, SOCIAL, k),
      (k, social, from, to) => {
        const end = k + social.length;
        const demand = demandIn(doc, from, to, k, end);
        if (!demand || doc.hasPhrase(from, to, OPTIONAL) || aboutPatients(doc, from, to)) return null;
        const start = Math.min(k, demand[0]);
        const last = Math.max(end, demand[1]);
        return last - start <= MAX_TOKENS ? [start, last] : [k, end];
      },
    );
  },
};

import { CONCEPTS } from '../concepts';
import { judgementNear } from '../judgement/reader';
import { PERSON } from './candidate';
import { byFirstWord, firstCuePerSentence, phraseFrom } from './cue-per-sentence';
import type { SpanHandler } from './types';

/** Conditions, disabilities and adjustments a candidate may disclose, as phrases of lower-case words. */
export const CONDITIONS: string[][] = CONCEPTS.health;
/** Words that make the same sentence support rather than doubt: "which we have agreed", "no concern". */
const SUPPORT: string[][] = [
  'agreed', 'we can make', 'we will make', "we'll make", 'happy to', 'no problem', 'not a problem', 'not an issue',
  'no concern', 'no concerns', 'not a concern', 'no issue', 'support', 'supporting', 'experience of', 'worked with',
  'working with', 'people with', 'patients', 'patient', 'service users', 'clients',
].map((p) => p.split(' '));
const CONDITION_INDEX = byFirstWord(CONDITIONS);

/** A condition is held against the person by a doubt or a refusal; a preference is about someone else. */
const HELD_AGAINST = { kinds: ['doubt', 'refuse'] } as const;

/** How far the person may be before the condition, and the doubt from it (after it, from its end). */
const WINDOW = 14;

/**
 * A disclosed condition or a request for adjustments held against a candidate in notes or an
 * e-mail: "she's dyslexic, so I'm not sure we can take on someone who might make mistakes", "he
 * wanted adjustments for the interview, so he could be high maintenance". Treating someone less
 * favourably because of a disability, or for asking for adjustments, is discrimination (Equality
 * Act 2010, sections 13, 15 and 20). A condition of patients, or support agreed, is not flagged.
 */
export const conditionDoubted: SpanHandler = {
  kind: 'span',
  find({ doc }) {
    const { tokens } = doc;
    // Every hit starts at a condition named: a text with none is not read word by word.
    if (!doc.documentHas(CONDITIONS)) return [];
    return firstCuePerSentence(doc, (k) => phraseFrom(doc, CONDITION_INDEX, k), (k, words, from, to) => {
      if (doc.hasPhrase(from, to, SUPPORT)) return null;
      let person = false;
      for (let j = Math.max(from, k - WINDOW); j < k && !person; j++) person = PERSON.has(tokens[j]!.norm);
      if (!person) return null;
      // The doubt or refusal nearest the condition, before or after it in the sentence.
      const end = k + words.length;
      const judged = judgementNear(doc, Math.max(from, k - WINDOW), Math.min(to, end + WINDOW), k, k, end, HELD_AGAINST);
      if (!judged) return null;
      return [Math.min(k, judged.start), Math.max(end, judged.end)];
    });
  },
};

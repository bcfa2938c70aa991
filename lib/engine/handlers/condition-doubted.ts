import { PERSON } from './candidate';
import { byFirstWord, firstCuePerSentence, phraseFrom } from './cue-per-sentence';
import type { SpanHandler } from './types';

/** Conditions, disabilities and adjustments a candidate may disclose, as phrases of lower-case words. */
export const CONDITIONS: string[][] = [
  'dyslexic', 'dyslexia', 'dyspraxia', 'dyspraxic', 'anxiety', 'depression', 'depressed', 'adhd', 'autism', 'autistic',
  'asperger', "asperger's", 'epilepsy', 'epileptic', 'diabetes', 'diabetic', 'bipolar', 'ptsd', 'stammer', 'stutter',
  'deaf', 'hearing aid', 'hearing aids', 'wheelchair', 'disability', 'disabled', 'mental health', 'mental illness',
  'condition', 'illness', 'cancer', 'chronic', 'fibromyalgia', 'arthritis', 'back problems', 'bad back', 'migraines',
  'panic attacks', 'adjustments', 'adjustment', 'extra time', 'access to work', 'crohn', "crohn's",
  'long covid', 'breakdown',
].map((p) => p.split(' '));
/** Words in the sentence that turn a disclosure into a doubt about the person. */
const DOUBTS: string[][] = [
  'not sure', 'unsure', 'worried', 'worries', 'worry', 'concern', 'concerned', 'concerns', 'risk', 'risky', 'red flag',
  'high maintenance', 'question whether', 'doubt', 'doubts', 'cope', 'struggle', 'mistakes', 'unreliable', 'liability',
  'hassle', 'burden', 'too much', 'take on', "can't afford", 'cannot afford', 'wary', 'hold off', 'not convinced',
  'be safe', 'put off', 'off sick', 'a problem', 'an issue', 'slow us down', 'keep up',
].map((p) => p.split(' '));
/** Words that make the same sentence support rather than doubt: "which we have agreed", "no concern". */
const SUPPORT: string[][] = [
  'agreed', 'we can make', 'we will make', "we'll make", 'happy to', 'no problem', 'not a problem', 'not an issue',
  'no concern', 'no concerns', 'not a concern', 'no issue', 'support', 'supporting', 'experience of', 'worked with',
  'working with', 'people with', 'patients', 'patient', 'service users', 'clients',
].map((p) => p.split(' '));
const CONDITION_INDEX = byFirstWord(CONDITIONS);
const DOUBT_INDEX = byFirstWord(DOUBTS);

/** How far the person may be before the condition, and the doubt from it. */
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
    return firstCuePerSentence(doc, (k) => phraseFrom(doc, CONDITION_INDEX, k), (k, words, from, to) => {
      if (doc.hasPhrase(from, to, SUPPORT)) return null;
      let person = false;
      for (let j = Math.max(from, k - WINDOW); j < k && !person; j++) person = PERSON.has(tokens[j]!.norm);
      if (!person) return null;
      // The doubt nearest the condition, before or after it in the sentence.
      let doubt = -1;
      let doubtEnd = -1;
      for (let j = Math.max(from, k - WINDOW); j < Math.min(to, k + WINDOW); j++) {
        const d = phraseFrom(doc, DOUBT_INDEX, j);
        if (d && (doubt < 0 || Math.abs(j - k) < Math.abs(doubt - k))) {
          doubt = j;
          doubtEnd = j + d.length;
        }
      }
      if (doubt < 0) return null;
      return [Math.min(k, doubt), Math.max(k + words.length, doubtEnd)];
    });
  },
};

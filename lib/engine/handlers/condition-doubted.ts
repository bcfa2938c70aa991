import { PERSON } from './candidate';
import type { Hit, SpanHandler } from './types';

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
/** Phrases by their first word, so each word of the text is looked up once. */
export function byFirstWord(phrases: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const p of phrases) map.set(p[0]!, [...(map.get(p[0]!) ?? []), p]);
  return map;
}
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
    const hits: Hit[] = [];
    let lastSentence = -1;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.sentence === lastSentence) continue;
      const words = CONDITION_INDEX.get(t.norm)?.find((c) => doc.phraseAt(k, c));
      if (!words) continue;
      const [from, to] = doc.sentenceRange(t.sentence);
      if (doc.hasPhrase(from, to, SUPPORT)) continue;
      let person = false;
      for (let j = Math.max(from, k - WINDOW); j < k && !person; j++) person = PERSON.has(tokens[j]!.norm);
      if (!person) continue;
      // The doubt nearest the condition, before or after it in the sentence.
      let doubt = -1;
      let doubtEnd = -1;
      for (let j = Math.max(from, k - WINDOW); j < Math.min(to, k + WINDOW); j++) {
        const d = DOUBT_INDEX.get(tokens[j]!.norm)?.find((p) => doc.phraseAt(j, p));
        if (d && (doubt < 0 || Math.abs(j - k) < Math.abs(doubt - k))) {
          doubt = j;
          doubtEnd = j + d.length;
        }
      }
      if (doubt < 0) continue;
      const a = Math.min(k, doubt);
      const b = Math.max(k + words.length, doubtEnd);
      hits.push({ start: tokens[a]!.start, end: tokens[b - 1]!.end });
      lastSentence = t.sentence;
    }
    return hits;
  },
};

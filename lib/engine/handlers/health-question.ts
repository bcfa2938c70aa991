import type { Doc } from '../document';
import type { Hit, SpanHandler } from './types';

const ASKING = new Set(['do', 'did', 'have', 'has', 'are', 'were', 'is', 'would', 'will', 'had', 'does']);
const ABOUT = new Set(['you', 'she', 'he', 'they']);
/** Health, sickness and disability, as phrases of lower-case words. */
const HEALTH: string[][] = [
  'health conditions', 'health condition', 'health problems', 'health problem', 'health issues', 'health issue',
  'medical conditions', 'medical condition', 'medical history', 'disability', 'disabilities', 'disabled', 'illness',
  'illnesses', 'long-term condition', 'long-term conditions', 'mental health', 'off sick', 'sick days', 'sick leave',
  'sick note', 'sick notes', 'sickness', 'medication', 'diagnosis', 'diagnosed', 'physically fit', 'fit and healthy',
  'in good health',
].map((p) => p.replace('-', ' ').split(' '));
const HOW = new Set(['many', 'much', 'often']);
const SICK = new Set(['sick', 'sickness', 'ill', 'absence', 'absent', 'absences']);
/** How far after the question's start the health words may be. */
const WINDOW = 10;

function healthAt(doc: Doc, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    for (const words of HEALTH) if (k + words.length <= to && doc.phraseAt(k, words)) return k + words.length;
  }
  return -1;
}

/**
 * Questions about health, sickness or disability ("Do you have any health conditions we should
 * know about?", "whether she has any health problems", "How many days were you off sick?"),
 * which the Equality Act 2010 (section 60) restricts before a job offer.
 */
export const healthQuestion: SpanHandler = {
  kind: 'span',
  find({ doc }) {
    const { tokens } = doc;
    const hits: Hit[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const w = tokens[k]!.norm;
      if (!ASKING.has(w) && w !== 'whether' && w !== 'how') continue;
      const sentenceEnd = doc.sentenceRange(tokens[k]!.sentence)[1];
      const to = Math.min(sentenceEnd, k + WINDOW);
      let end = -1;
      // "do you have...", "whether she has...".
      if ((ASKING.has(w) && ABOUT.has(tokens[k + 1]?.norm ?? '')) || (w === 'whether' && ABOUT.has(tokens[k + 1]?.norm ?? ''))) {
        end = healthAt(doc, k + 2, to);
      } else if (w === 'how' && HOW.has(tokens[k + 1]?.norm ?? '')) {
        for (let j = k + 2; j < to; j++) {
          if (SICK.has(tokens[j]!.norm)) {
            end = j + 1;
            break;
          }
        }
      }
      if (end > 0) {
        hits.push({ start: tokens[k]!.start, end: tokens[end - 1]!.end });
        k = end - 1;
      }
    }
    return hits;
  },
};

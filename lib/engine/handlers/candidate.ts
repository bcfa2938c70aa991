import type { Doc } from '../document';
import { CALENDAR, nounClass } from '../lexicon';
import { NAME } from '../names';
import { SHAPE } from '../tokenize';

/** Words for the person talked about in notes, an e-mail or a question: "she", "Candidate 4", "you", "the locum", "the chap who came Tuesday". */
export const PERSON: ReadonlySet<string> = new Set(['she', 'he', "she's", "he's", "she'd", "he'd", "she'll", "he'll", 'her', 'his', 'him', 'you', "you're", 'your', 'candidate', 'applicant', 'candidates', 'applicants', 'chap', 'bloke', 'fella', 'lad', 'lass', 'locum', 'they', "they're", 'their']);
/** Words that hand a clause to someone else: patients, the employer, a colleague named by role. */
const OTHER = new Set(['we', "we're", "we'd", "we'll", 'our', 'us', 'i', "i'm", "i'd", 'it', 'there']);
/** How far back the person may be from the word noted about them. */
const LOOKBACK = 10;

/**
 * Whether the words at k are about the person being recruited (a pronoun, "the candidate", a name)
 * rather than patients, the employer or a service: read back over the clause, then the sentence's start.
 */
export function aboutPerson(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && j >= k - LOOKBACK && tokens[j]!.sentence === sentence; j--) {
    const t = tokens[j]!;
    if (PERSON.has(t.norm)) return true;
    if (OTHER.has(t.norm)) return false;
    const cls = nounClass(t.base);
    if (cls === 'patient' || cls === 'service' || cls === 'organisation') return false;
    // "Sarah is five months pregnant": a name (not a sentence's first word, which any word can be),
    // or a capitalised word before "is" or "has", even at a sentence's start.
    if (t.shape & SHAPE.CAP && !(t.shape & SHAPE.UPPER) && !CALENDAR.has(t.norm)) {
      if (doc.nameKind(j) === NAME.PERSON) return true;
      const verb = tokens[j + 1]?.norm ?? '';
      if (cls === undefined && (!doc.expectsCapital(j) || ((verb === 'is' || verb === 'has' || verb === 'was') && !t.norm.endsWith('s') && t.norm.length > 2))) return true;
    }
  }
  // "Is she pregnant?", "whether she's expecting": the person after the verb.
  const next = tokens[k + 1];
  return k === doc.sentenceStart(sentence) && next !== undefined && PERSON.has(next.norm);
}

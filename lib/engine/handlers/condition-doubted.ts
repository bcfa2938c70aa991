import { CONCEPTS } from '../concepts';
import type { Doc } from '../document';
import { judgementNear } from '../judgement/reader';
import { NOT_HELD_AGAINST, SUPPORTING_SOMEONE } from '../judgement/vocabulary';
import { nounClass } from '../lexicon';
import { GAP } from '../tokenize';
import { affectedAfter, affectedBy, concededAfter, contrastedWithPraise, judgedNext, spanWith, verdictNext } from '../reading/judged';
import { areaOfWork, cuesOf } from '../reading/what';
import { aboutPerson, helpOfferedToReader, meansCandidate, noteAbout, ownsWhatFollows, PATIENT_CARE, toldAsOwn } from '../reading/who';
import { firstCuePerSentenceIn } from './cue-per-sentence';
import type { SpanHandler } from './types';

/** Conditions, disabilities and adjustments a candidate may disclose, as phrases of lower-case words. */
export const CONDITIONS: string[][] = CONCEPTS.health;
/** Words that make the same sentence support rather than doubt: "which we have agreed", "no concern", "it must not affect scoring". */
const SUPPORT: string[][] = [
  'agreed', 'we can make', 'we will make', "we'll make", 'happy to', 'no problem', 'not a problem', 'not an issue',
  'no concern', 'no concerns', 'not a concern', 'no issue', 'support', 'experience of', 'worked with',
  'working with', 'people with', 'must not influence', 'no bearing',
  // The writer refusing to hold it against anyone: "we will never use your disability as an excuse to".
  'we never use', 'we will never use', "we won't use", 'we will not use', 'we would never use', "we don't use", 'we do not use',
  'i never use', 'i will never use', "i won't use", 'i would never use', "i didn't use", 'i did not use',
]
  .map((p) => p.split(' '))
  .concat(NOT_HELD_AGAINST, SUPPORTING_SOMEONE);

/**
 * Whether the condition at [k, end) is patients', a service's or a referee's: one named before it in
 * its sentence ("many of our patients live with anxiety", "her referee has a stammer"), or right after
 * it ("wheelchair users", "the diabetes clinic"). Patients named after the doubt are those the writer fears for ("she has a
 * stammer, not sure how patients would react"), and do not make the condition theirs.
 */
function ofPatients(doc: Doc, from: number, k: number, end: number): boolean {
  const { tokens } = doc;
  for (let j = from; j < k; j++) if (isPatientOrService(tokens[j]!.base) || ownsWhatFollows(doc, j)) return true;
  const next = tokens[end];
  return (next !== undefined && next.sentence === tokens[k]!.sentence && !(next.gap & (GAP.COMMA | GAP.BREAK)) && isPatientOrService(next.base)) || areaOfWork(doc, end);
}

function isPatientOrService(base: string): boolean {
  const cls = nounClass(base);
  return cls === 'patient' || cls === 'service';
}

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
    // Every hit starts at a condition named (found once per text, with the other fields: reading/what.ts).
    return firstCuePerSentenceIn(doc, cuesOf(doc).health, (k, end, from, sentenceEnd) => {
      // The person: a pronoun or "the candidate" before it, a name ("Noticed Dev has a limp"), or
      // the candidate a note's line is about ("3. Sam - came in on crutches"). A note may doubt the
      // condition in the paragraph's next sentence when that sentence judges it ("3. Sam - uses a
      // stick. Not sure that works with the stairs.", "That might be a problem"), not when it goes on
      // about something else ("Not sure about her wound care"): reading/judged.ts.
      // Cheapest first: support in the sentence, then the person, then the doubt, then whose it is.
      if (doc.hasPhrase(from, sentenceEnd, SUPPORT) || doc.hasPhrase(from, sentenceEnd, PATIENT_CARE) || helpOfferedToReader(doc, from, sentenceEnd)) return null;
      // "Also, I use a wheelchair part of the time. Is that a problem?": the writer's own condition, asked about, no one else's doubted.
      if (toldAsOwn(doc, k)) return null;
      let person = false;
      for (let j = Math.max(from, k - WINDOW); j < k && !person; j++) person = meansCandidate(doc, j);
      if (!person && noteAbout(doc, k) < 0 && !aboutPerson(doc, k)) return null;
      // The doubt or refusal nearest the condition, before or after it in the sentence, else in the next.
      let judged = judgementNear(doc, Math.max(from, k - WINDOW), Math.min(sentenceEnd, end + WINDOW), k, k, end, HELD_AGAINST) ?? affectedAfter(doc, end, sentenceEnd) ?? affectedBy(doc, k, from, sentenceEnd);
      if (!judged) {
        judged = judgedNext(doc, k, sentenceEnd, HELD_AGAINST);
        if (judged && doc.hasPhrase(sentenceEnd, judged.end, SUPPORT)) return null;
        judged ??= concededAfter(doc, end) ?? verdictNext(doc, k) ?? contrastedWithPraise(doc, k);
      }
      if (!judged || ofPatients(doc, from, k, end)) return null;
      return spanWith(doc, k, end, judged);
    });
  },
};

import type { Doc } from '../document';
import { COURTESY_TITLES, NEGATIONS, nounClass } from '../lexicon';
import type { Hit, SpanHandler } from './types';

const ASKING = new Set(['do', 'did', 'have', 'has', 'are', 'were', 'is', 'would', 'will', 'had', 'does']);
/** The words a question may start at: an auxiliary, "whether", "how", "any". */
const STARTS = new Set([...ASKING, 'whether', 'how', "how's", 'any']);
const ABOUT = new Set(['you', 'she', 'he', 'they']);
/** Health, sickness and disability, as phrases of lower-case words. */
const HEALTH: string[][] = [
  'health conditions', 'health condition', 'health problems', 'health problem', 'health issues', 'health issue',
  'medical conditions', 'medical condition', 'medical history', 'disability', 'disabilities', 'disabled', 'illness',
  'illnesses', 'long-term condition', 'long-term conditions', 'mental health', 'off sick', 'sick days', 'sick leave',
  'sick note', 'sick notes', 'sickness', 'medication', 'diagnosis', 'diagnosed', 'physically fit', 'fit and healthy',
  'in good health', 'mental illness', 'your health', 'her health', 'his health', 'medical reasons', 'medical reason',
  'health reasons', 'health reason', 'impairment', 'impairments',
].map((p) => p.replace('-', ' ').split(' '));
/** Health items only as later items of a list asked for ("any health conditions, prescribed medicines and…"): alone they are tasks or supplies. */
const LIST_ITEMS: string[][] = [...HEALTH, ['medications'], ['medicines']];
/** Parts of the body asked after: "How's your back?", "how are her knees?" */
const BODY = new Set(['back', 'knees', 'knee', 'hips', 'hip', 'eyesight', 'hearing', 'heart', 'joints', 'shoulder', 'shoulders']);
const POSSESSIVE = new Set(['your', 'her', 'his', 'their']);
const HOW = new Set(['many', 'much', 'often']);
const SICK = new Set(['sick', 'sickness', 'ill', 'absence', 'absent', 'absences']);
/** How far after the question's start the health words may be. */
const WINDOW = 10;

function healthAt(doc: Doc, from: number, to: number, phrases: string[][] = HEALTH): number {
  // Asked after common words ("are you"): a text that names no health words is not read word by word.
  if (!doc.documentHas(phrases)) return -1;
  for (let k = from; k < to; k++) {
    for (const words of phrases) if (k + words.length <= to && doc.phraseAt(k, words)) return k + words.length;
  }
  return -1;
}

/** The longest list item read after a health word: "previous mental health problems". */
const ITEM = 6;
const JOINS = new Set(['and', 'or']);
/** Nouns after the health words that are still the item: "mental health problems", "sickness history". */
const ITEM_HEADS = new Set(['problems', 'problem', 'issues', 'issue', 'conditions', 'condition', 'history', 'difficulties', 'needs']);

/**
 * The end of a list of health items that goes on from `end` (exclusive) before `to`: "any medical
 * conditions, medications and previous mental health problems" asks all three, not only the first.
 * Each item, after a comma, "and" or "or", must name health itself; the list stops at the first that does not.
 */
function listEnd(doc: Doc, end: number, to: number): number {
  const { tokens, text } = doc;
  let j = end;
  while (j < to) {
    const comma = text.slice(tokens[j - 1]!.end, tokens[j]!.start).includes(',');
    let start = j;
    if (JOINS.has(tokens[j]!.norm)) start = j + 1;
    else if (!comma) break;
    let stop = start;
    while (stop < to && stop < start + ITEM && !JOINS.has(tokens[stop]!.norm) && (stop === start || !text.slice(tokens[stop - 1]!.end, tokens[stop]!.start).includes(','))) stop++;
    let found = stop > start ? healthAt(doc, start, stop, LIST_ITEMS) : -1;
    if (found < 0) break;
    while (found < stop && ITEM_HEADS.has(tokens[found]!.norm)) found++;
    end = found;
    // The item ends at its health words: what follows them ("... sick leave before the interview") is no part of the list.
    if (found < stop) break;
    j = stop;
  }
  return end;
}

/** Verbs that ask the reader for a list, before a mid-sentence "any": "list any…", "declare any…", "tell us about any…". */
const ASKS_FOR = new Set(['list', 'declare', 'disclose', 'tell', 'give', 'state', 'mention', 'include', 'provide', 'send', 'share', 'detail', 'listing', 'declaring', 'including']);
/** How far back in its clause the asking verb may be: "send us a form listing any…". */
const ASK_REACH = 8;
/** How far back in its clause a denial governs the list: "We don't need to know any more about your health…". */
const DENIAL_REACH = 6;

/** Whether a word of `words` stands within `reach` words before token k, in k's clause. */
function inClauseBefore(doc: Doc, k: number, words: ReadonlySet<string>, reach: number): boolean {
  const { tokens } = doc;
  for (let j = k - 1; j >= 0 && j >= k - reach && tokens[j]!.clause === tokens[k]!.clause; j--) if (words.has(tokens[j]!.norm)) return true;
  return false;
}

/** Whether the list after "any" at k is asked of the reader, not a duty ("reconcile any medicines"), and not denied. */
function askedOfReader(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  // "if you have any other health conditions or mental health history": what the reader has, asked of them.
  const asked = (tokens[k - 1]?.norm === 'have' && ABOUT.has(tokens[k - 2]?.norm ?? '')) || inClauseBefore(doc, k, ASKS_FOR, ASK_REACH);
  return asked && !inClauseBefore(doc, k, NEGATIONS, DENIAL_REACH);
}

/** States a body part is asked after in: "is her back OK", "whether his knee has healed". */
const BODY_STATES = new Set(['ok', 'okay', 'alright', 'fine', 'better', 'healed', 'recovered', 'sound', 'sorted', 'fixed']);
/** Verbs between the body part and its state after "whether": "whether her back is OK", "whether his knee has healed". */
const STATE_VERBS = new Set(['is', 'are', 'has', 'have', 'was', 'were']);
/** Words of recruiting, one of which a text must hold for a body part's state to be a question to a candidate, not a colleague's small talk. */
const HIRING: string[][] = ['candidate', 'candidates', 'applicant', 'applicants', 'interview', 'interviews', 'interviewed', 'shortlist', 'shortlisted', 'application', 'recruit', 'recruiting', 'recruitment', 'appointment panel', 'offer'].map((p) => p.split(' '));

/** Whether token k names a body part, alone or with "'s" ("whether her back's OK"). */
function bodyPart(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return t !== undefined && (BODY.has(t.norm) || (t.norm.endsWith("'s") && BODY.has(t.base)));
}

/**
 * The end of a body part's state asked after from k ("whether her back is OK", "is her back better"),
 * `part` being the body part; -1 when no state follows, the sentence is about a patient
 * ("ask whether the patient's knee is better", "whether her hip is OK after the fall, the patient"),
 * or the text is not about recruiting ("Is your back better? Hope the weekend was restful.").
 */
function bodyStateEnd(doc: Doc, k: number, part: number): number {
  const { tokens } = doc;
  if (doc.kind !== 'question' && !doc.documentHas(HIRING)) return -1;
  let j = part + 1;
  // "whether her back's OK": the verb is in the body part's token.
  if (tokens[k]!.norm === 'whether' && !tokens[part]!.norm.endsWith("'s")) {
    if (!STATE_VERBS.has(tokens[j]?.norm ?? '')) return -1;
    j++;
  }
  if (tokens[j]?.norm === 'all' && tokens[j + 1]?.norm === 'right') j++;
  const state = tokens[j];
  if (!state || state.sentence !== tokens[k]!.sentence || !(BODY_STATES.has(state.norm) || state.norm === 'right')) return -1;
  const [from, to] = doc.sentenceRange(state.sentence);
  // A patient, named by a noun or by a title ("ask Mrs Jones whether her hip is OK").
  for (let m = from; m < to; m++) if (nounClass(tokens[m]!.base) === 'patient' || COURTESY_TITLES.has(tokens[m]!.norm)) return -1;
  return j + 1;
}

/** Conditions given as examples in brackets after a health question: "(back, nerves, etc.)". */
const EXAMPLES = new Set([...BODY, 'nerves', 'stress', 'anxiety', 'depression', 'migraines', 'asthma', 'diabetes', 'epilepsy']);
/** How far after the question's health words its bracket may open ("…we ought to be aware of (…)"), and how many words it may hold. */
const EXAMPLES_REACH = 8;

/** The end of a bracket of example conditions that follows a health question ending at `end`, or `end`. */
function examplesEnd(doc: Doc, end: number, sentenceEnd: number): number {
  const { tokens, text } = doc;
  for (let j = end; j < sentenceEnd && j < end + EXAMPLES_REACH; j++) {
    if (!text.slice(tokens[j - 1]!.end, tokens[j]!.start).includes('(')) continue;
    let named = false;
    for (let k = j; k < sentenceEnd && k < j + EXAMPLES_REACH; k++) {
      named ||= EXAMPLES.has(tokens[k]!.norm);
      if (text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? text.length).includes(')')) return named ? k + 1 : end;
    }
    return end;
  }
  return end;
}

/** What the sickness was, asked after a count of it: "…and what were they for?", "…and what for?" */
const REASON_ASKED = [['what', 'were', 'they', 'for'], ['what', 'was', 'it', 'for'], ['what', 'were', 'these', 'for'], ['what', 'for']];

/** The span [from, to) of a follow-up asking what a counted sickness was for, later in its sentence, or undefined. */
function reasonAsked(doc: Doc, from: number, sentenceEnd: number): [number, number] | undefined {
  for (let j = from; j < sentenceEnd; j++) {
    for (const words of REASON_ASKED) if (j + words.length <= sentenceEnd && doc.phraseAt(j, words)) return [j, j + words.length];
  }
  // "…and why?" only as the question's last word: not "why we ask".
  return doc.tokens[sentenceEnd - 1]?.norm === 'why' && sentenceEnd - 1 >= from ? [sentenceEnd - 1, sentenceEnd] : undefined;
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
    const starts = doc.wordsIn(STARTS);
    const ids = doc.wordIds().norm;
    for (let k = 0; k < tokens.length; k++) {
      if (starts[ids[k]!] === 0) continue;
      const w = tokens[k]!.norm;
      const sentenceEnd = doc.sentenceRange(tokens[k]!.sentence)[1];
      const to = Math.min(sentenceEnd, k + WINDOW);
      let end = -1;
      // "do you have...", "whether she has...".
      // "do you have...", "whether she has...", "is there anything about your health...".
      const asked = tokens[k + 1]?.norm ?? '';
      if ((ASKING.has(w) || w === 'whether') && (ABOUT.has(asked) || asked === 'there')) {
        end = healthAt(doc, k + 2, to);
      } else if ((w === "how's" && POSSESSIVE.has(asked)) || (w === 'how' && (asked === 'is' || asked === 'are') && POSSESSIVE.has(tokens[k + 2]?.norm ?? ''))) {
        const part = w === "how's" ? k + 2 : k + 3;
        if (BODY.has(tokens[part]?.norm ?? '')) end = part + 1;
      } else if ((w === 'whether' || w === 'is' || w === 'are') && POSSESSIVE.has(asked) && bodyPart(doc, k + 2)) {
        // "whether her back is OK now", "is his knee better?": a body part asked after by its state.
        end = bodyStateEnd(doc, k, k + 2);
      } else if (w === 'any') {
        // "Any history of mental illness?": a question without its verb, at the start of a sentence;
        // elsewhere, a list of health items ("listing any medical conditions, medications and ...").
        const first = healthAt(doc, k + 1, Math.min(to, k + 5));
        const opens = k === doc.sentenceRange(tokens[k]!.sentence)[0];
        if (first > 0 && (opens || (listEnd(doc, first, sentenceEnd) > first && askedOfReader(doc, k)))) end = first;
      } else if (w === 'how' && HOW.has(tokens[k + 1]?.norm ?? '')) {
        for (let j = k + 2; j < to; j++) {
          if (SICK.has(tokens[j]!.norm)) {
            end = j + 1;
            break;
          }
        }
        // "How many days off sick, and what were they for?": the reasons are asked too.
        const reason = end > 0 ? reasonAsked(doc, end, sentenceEnd) : undefined;
        if (reason) {
          hits.push({ start: tokens[k]!.start, end: tokens[end - 1]!.end });
          hits.push({ start: tokens[reason[0]]!.start, end: tokens[reason[1] - 1]!.end });
          k = reason[1] - 1;
          continue;
        }
      }
      if (end > 0) {
        end = examplesEnd(doc, listEnd(doc, end, sentenceEnd), sentenceEnd);
        hits.push({ start: tokens[k]!.start, end: tokens[end - 1]!.end });
        k = end - 1;
      }
    }
    return hits;
  },
};

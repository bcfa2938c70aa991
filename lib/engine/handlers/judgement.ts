import type { Doc } from '../document';
import { NEGATIONS } from '../lexicon';
import { phraseList as phrases } from './cue-per-sentence';

/**
 * The words by which a writer judges a person rather than describes them: a doubt ("not sure she
 * could", "I can't see him"), a preference ("ideally", "would be best", "not looking for"), a
 * refusal ("unable to accommodate", "would not suit") or a request to disclose ("let us know if",
 * "check whether"). A family, a health condition or a background becomes a finding only with one
 * of these in the same sentence: "she has two children" alone is a fact a candidate may have told
 * the panel; "she has two children, so I'm not sure about the late shifts" is a judgement.
 */
export type Judgement = 'doubt' | 'prefer' | 'refuse' | 'ask';


const JUDGEMENTS: Record<Judgement, string[][]> = {
  doubt: phrases(`
    not sure, unsure, doubt, doubts, doubtful, worried, worry, worries, worrying, concern, concerned, concerns,
    can't see, cannot see, couldn't see, don't think, do not think, don't know if, don't know whether, wonder if,
    wonder whether, question whether, not convinced, struggle, struggling, cope, coping, reliable, unreliable,
    committed, commitment, tricky, difficult, a nightmare, an issue, a problem, a risk, risky, no point, not worth,
    let us down, let the team down, red flag, put off, hassle, distracted, be off, time off, always off, off every,
    never be, won't be able, wouldn't be able, will not be able, would not be able, hard for, get in the way,
    be available, stick around, stay long, not stay, won't stay, wouldn't stay`),
  prefer: phrases(`
    ideally, prefer, preferably, preferred, rather, would be best, would be better, best to, better to,
    better off, avoid, not looking for, not looking at, not taking, steer clear, go with, go for, will settle, who will settle,
    would settle, settle down, settled, not keen, not after, don't want, do not want`),
  refuse: phrases(`
    unable to accommodate, cannot accommodate, can't accommodate, not able to accommodate, not accommodate,
    cannot be accommodated, can't be accommodated, not be accommodated, not possible, must not, must have no,
    need not apply, not be considered, not suitable, unsuitable, would not suit, wouldn't suit, will not suit,
    won't suit, does not suit, doesn't suit, not suit, rule out, ruled out, no allowance, not work around,
    can't work around, cannot work around, not fit around, won't fit around`),
  ask: phrases(`
    let us know if, let us know whether, let us know about, tell us if, tell us whether, tell us about,
    please state, please confirm, please indicate, please declare, please tell us, declare, check if,
    check whether, find out if, find out whether, worth asking, ask her, ask him, ask them, ask if, ask whether,
    so we can plan`),
};

/** Judgements that a negation before them turns into their opposite doubt, not into no judgement: "won't be reliable", "can't cope". */
const KEPT_WHEN_NEGATED = new Set(['reliable', 'committed', 'commitment', 'cope', 'coping', 'be available', 'stick around', 'stay long', 'settle down', 'settled', 'will settle', 'would settle']);
/** How far before a judgement a negation may cancel it: "I'm not going to ask whether", "no doubt". */
const NEGATION_REACH = 3;

/** Whether a negation just before the judgement at [j, j + words) in its clause cancels it ("not a problem", "no concerns"). */
function cancelled(doc: Doc, j: number, words: string[]): boolean {
  const { tokens } = doc;
  // "I don't think that's a problem": the negation is the other judgement's, which it cancels.
  if (words.at(-1) === 'think') {
    for (let n = j + words.length; n < tokens.length && n < j + words.length + 4; n++) if (DOUBT_FIRST.has(tokens[n]!.norm)) return true;
    return false;
  }
  if (NEGATIONS.has(words[0]!) || KEPT_WHEN_NEGATED.has(words.join(' '))) return false;
  const clause = tokens[j]!.clause;
  for (let n = j - 1; n >= 0 && n >= j - NEGATION_REACH && tokens[n]!.clause === clause; n--) if (NEGATIONS.has(tokens[n]!.norm)) return true;
  return false;
}

/** First words of the doubts that "don't think" can negate: "a problem", "an issue", "a risk", "worried". */
const DOUBT_FIRST = new Set(['a', 'an', 'worried', 'concerned', 'tricky', 'difficult', 'risky']);

const ALL: [Judgement, string[][]][] = Object.entries(JUDGEMENTS) as [Judgement, string[][]][];

/** A judgement's kind and tokens [start, end). */
export interface JudgementAt {
  kind: Judgement;
  start: number;
  end: number;
}

/**
 * The judgement in tokens [from, to) nearest token k (none inside [skipFrom, skipTo), the words
 * judged), or undefined. Looked up through the document's phrase index: the cost is the
 * judgement words the text holds, not a pass over it.
 */
export function judgementNear(doc: Doc, from: number, to: number, k: number, skipFrom = k, skipTo = k + 1): JudgementAt | undefined {
  let best: JudgementAt | undefined;
  for (const [kind, list] of ALL) {
    if (!doc.hasPhrase(from, to, list)) continue;
    for (let j = from; j < to; j++) {
      if (j >= skipFrom && j < skipTo) continue;
      const words = list.find((p) => p[0] === doc.tokens[j]!.norm && doc.phraseAt(j, p));
      if (!words || j + words.length > to || cancelled(doc, j, words)) continue;
      if (!best || Math.abs(j - k) < Math.abs(best.start - k)) best = { kind, start: j, end: j + words.length };
    }
  }
  return best;
}

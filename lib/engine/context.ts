import type { Doc } from './document';
import type { Section } from './sections';
import { TITLE_WORDS } from './handlers/sister-post';
import { inMonitoring } from './form-question';
import { demandOn, listedUnderRequest } from './judgement/demand';
import { isJudged } from './judgement/reader';
import { ADDRESS_TITLES, AUXILIARIES, CALENDAR, DETERMINERS, FAIR_ROUTES, GENERATION_WORDS, NAME_CONNECTORS, NEGATIONS, negates, nounClass, ORGANISATION_HEADS, PEOPLE_IDIOMS, PREPOSITIONS, SUBJECT_PRONOUNS, TITLE_HEADS } from './lexicon';
import { NAME } from './names';
import { aboutPerson, noteAbout } from './reading/who';
import type { CompiledContext, CompiledRule } from './ruleset';
import { describesWorkSetting, headAfter, headTokenAfter, INDEFINITES, isAboutStaff, isAdjectiveForm, readsAsTask, STAFF_GROUPS, targetOf } from './targets';
import { GAP, SHAPE, type Token, wrapsFromLineBefore } from './tokenize';

/** One match of one rule: its span and its tokens [from, to). */
export interface MatchView {
  doc: Doc;
  rule: CompiledRule;
  start: number;
  end: number;
  from: number;
  to: number;
}

type Condition<V> = (m: MatchView, value: V) => boolean;

const sameSentenceBefore = (m: MatchView, words: string[]) => {
  const k = m.from - words.length;
  return k >= 0 && m.doc.tokens[k]!.sentence === m.doc.tokens[m.from]!.sentence && m.doc.phraseAt(k, words);
};
/**
 * Whether a phrase follows the match in its sentence, or on the next line where the line it ends is
 * cut at its width (text copied from a PDF): one line break and nothing else, and the next line goes
 * on in small letters or goes on with a name in capitalised words ("Driving Licence⏎Details Form").
 */
export const sameSentenceAfter = (m: MatchView, words: string[]): boolean => {
  const { tokens, text } = m.doc;
  const k = m.to + words.length;
  if (k > tokens.length || !m.doc.phraseAt(m.to, words)) return false;
  const sentence = tokens[m.from]!.sentence;
  if (tokens[k - 1]!.sentence === sentence) return true;
  const next = tokens[m.to]!;
  if (tokens[m.to - 1]!.sentence !== sentence || tokens[k - 1]!.sentence !== next.sentence || !wrapsFromLineBefore(text, tokens, m.to)) return false;
  const capital = (t: Token | undefined) => t !== undefined && (t.shape & SHAPE.CAP) !== 0;
  if (!capital(next)) return true;
  // A name goes on in capitalised words to its line's end: "Details Form)", not "Details of the post".
  const after = tokens[m.to + 1];
  return capital(tokens[m.to - 1]) && (after === undefined || after.line !== next.line || capital(after));
};
/** A list's phrases by their first or their last word (an empty phrase, which every place holds, under both). */
interface EdgeIndex {
  byWord: Map<string, string[][]>;
  empty: string[][];
}
const edgeIndexes = { first: new WeakMap<string[][], EdgeIndex>(), last: new WeakMap<string[][], EdgeIndex>() };
const NO_PHRASES: string[][] = [];

/**
 * The phrases of `list` whose first (or last) word token `t` is, as written or without its
 * possessive: the only ones phraseAt can find there. Indexed once per list, so a match looks up the
 * word beside it rather than testing each of a list's dozens of phrases.
 */
function phrasesWithEdge(list: string[][], edge: 'first' | 'last', t: Token | undefined): string[][] {
  let index = edgeIndexes[edge].get(list);
  if (!index) {
    index = { byWord: new Map(), empty: [] };
    for (const words of list) {
      const word = edge === 'first' ? words[0] : words.at(-1);
      if (word === undefined) index.empty.push(words);
      else {
        const listed = index.byWord.get(word);
        if (listed) listed.push(words);
        else index.byWord.set(word, [words]);
      }
    }
    edgeIndexes[edge].set(list, index);
  }
  if (!t) return index.empty;
  const a = index.byWord.get(t.norm) ?? NO_PHRASES;
  const b = t.base !== t.norm ? (index.byWord.get(t.base) ?? NO_PHRASES) : NO_PHRASES;
  return index.empty.length + b.length === 0 ? a : [...index.empty, ...a, ...b];
}
/**
 * Whether a phrase of the list ends just before the match, in its sentence. Loops, here and in
 * phraseAfter, not `some` with a callback: a closure over the match made per match and condition.
 */
function phraseBefore(m: MatchView, list: string[][]): boolean {
  const phrases = phrasesWithEdge(list, 'last', m.doc.tokens[m.from - 1]);
  for (let i = 0; i < phrases.length; i++) if (sameSentenceBefore(m, phrases[i]!)) return true;
  return false;
}
/** How many describing words a list may run back over before its first: "feel safe, calm, settled and [confident]". */
const LIST_REACH = 4;

/**
 * The first word of a list of describing words a one-word adjective match ends, set apart by commas or "and"/"or":
 * "feel safe, [confident]" gives "safe". The words before the list are the match's too, so a context
 * word ruled out just before a word ("feel confident") is ruled out before its list.
 */
function listStart(m: MatchView): number {
  const { tokens } = m.doc;
  let k = m.from;
  if (m.to - m.from !== 1 || !isAdjectiveForm(tokens[k]!.norm)) return k;
  for (let step = 0; step < LIST_REACH; step++) {
    const t = tokens[k]!;
    let j = k - 1;
    const joiner = tokens[j]?.norm;
    if (joiner === 'and' || joiner === 'or') j--;
    else if (!(t.gap & GAP.COMMA)) break;
    const w = tokens[j];
    // A word after "the" or "our" is a noun: "knows the patch and talks like…".
    if (!w || w.sentence !== t.sentence || !describingWord(w) || DETERMINERS.has(tokens[j - 1]?.norm ?? '')) break;
    k = j;
    // A hyphened word is one member of the list: "a hard-working, driven nurse" runs back to "hard", not "working".
    while (tokens[k]!.gap & GAP.HYPHEN && tokens[k - 1]?.sentence === t.sentence) k--;
  }
  return k;
}

/** A word that may stand in a list of describing words: an adjective's form, or a small word that names nothing ("safe", "calm"). */
const describingWord = (t: Token) =>
  isAdjectiveForm(t.norm) || (/^[a-z]+$/.test(t.norm) && !nounClass(t.base) && !DETERMINERS.has(t.norm) && !PREPOSITIONS.has(t.norm) && !AUXILIARIES.has(t.norm));

/** Whether a phrase of the list ends just before the match or before the list of describing words it ends. */
function phraseBeforeList(m: MatchView, list: string[][]): boolean {
  if (phraseBefore(m, list)) return true;
  const from = listStart(m);
  return from !== m.from && phraseBefore({ ...m, from }, list);
}

/** Whether a phrase of the list starts just after the match, in its sentence. */
function phraseAfter(m: MatchView, list: string[][]): boolean {
  const phrases = phrasesWithEdge(list, 'first', m.doc.tokens[m.to]);
  for (let i = 0; i < phrases.length; i++) if (sameSentenceAfter(m, phrases[i]!)) return true;
  return false;
}
/** The word that closes a range "from young people … to [older] members". */
const RANGE_END = [['to']];
const clauseOf = (m: MatchView) => m.doc.clauseRange(m.doc.tokens[m.from]!.clause);
const inSentence = (m: MatchView, list: string[][]) => m.doc.sentenceHas(m.doc.tokens[m.from]!.sentence, list);

/** How far after a match under "no" its ban's own verb may start: "no hijabs or turbans are permitted". */
const BAN_VERB_REACH = 3;
/** The verbs a ban under "no" is said with: "no headwear is permitted", "no head coverings may be worn". */
const BAN_VERBS = new Set(['is', 'are', 'may', 'can']);

/**
 * Whether the sentence holds a phrase of `list` besides the verb of a ban on the match: in "no
 * headwear is permitted" the permission is the ban's, where "a plain headscarf is permitted" allows.
 * It differs from a plain sentence test only for a list phrase that starts with a ban verb, and only
 * ten rules have one (age-graduate, age-limit, age-too-old, body-art-banned, driving-licence, faith-asked,
 * grooming-rule, health-requirement, one-sex-advert, religious-dress-banned); for every other rule this is `inSentence`.
 */
function inSentenceBesidesBan(m: MatchView, list: string[][]): boolean {
  if (!inSentence(m, list)) return false;
  const s = m.doc.tokens[m.from]!.sentence;
  return besidesBan(m, m.doc.sentenceStart(s), m.doc.sentenceEnd(s), list);
}

/** Whether tokens [from, to), which hold the match, hold a phrase of `list` besides the verb of a ban on the match (inSentenceBesidesBan). */
function besidesBan(m: MatchView, from: number, to: number, list: string[][]): boolean {
  const { doc } = m;
  const { tokens } = doc;
  const first = tokens[m.from]!;
  const before = tokens[m.from - 1];
  const banned = first.norm === 'no' || (before?.norm === 'no' && before.clause === first.clause && !(first.gap & GAP.COMMA));
  if (!banned) return true;
  for (let j = m.to; j < to && j <= m.to + BAN_VERB_REACH; j++) {
    if (!BAN_VERBS.has(tokens[j]!.norm) || !list.some((words) => doc.phraseAt(j, words))) continue;
    return doc.hasPhrase(from, j, list) || doc.hasPhrase(j + 1, to, list);
  }
  return true;
}

/**
 * The tokens [from, to) of the person-specification item the match is in, or null outside a
 * criterion: a cell copied flat holds several, each between semicolons ("Essential: Registered nurse;
 * Post-registration community experience; Stable mental health history"), and each is read on its own.
 */
function criterionItem(m: MatchView): [number, number] | null {
  const criterion = m.doc.sectionAt(m.start);
  // Only a criterion is a list of items: a page's duties or overview section is read sentence by sentence.
  if (criterion?.role !== 'essential' && criterion?.role !== 'desirable') return null;
  const bounds = itemBounds(m.doc, criterion);
  // A criterion of one item is read as its sentence is, as before items were read.
  if (bounds.length <= 2) return null;
  // The last bound at or before the match opens its item; the next one closes it.
  let i = 0;
  while (i + 2 < bounds.length && bounds[i + 1]! <= m.from) i++;
  // A match running past its criterion's end (into the next section) is read by its sentence.
  if (m.from < bounds[i]! || m.to > bounds[i + 1]!) return null;
  return [bounds[i]!, bounds[i + 1]!];
}

/** Each criterion's item bounds, found once: its first token, each separator, and its end. */
const itemBoundsOf = new WeakMap<Section, number[]>();

/**
 * Where a criterion's items start, and its end: items are split by a semicolon outside brackets
 * ("(role drives a 3.5-tonne ambulance; insurer's condition)" is the reason within its item); a dash
 * goes on with the same item ("must be from a UK college - overseas qualifications are not accepted").
 */
function itemBounds(doc: Doc, criterion: Section): number[] {
  let bounds = itemBoundsOf.get(criterion);
  if (bounds) return bounds;
  const { tokens } = doc;
  const first = doc.tokenAt(criterion.start);
  const end = doc.tokenAt(criterion.end);
  bounds = [first];
  let depth = 0;
  for (let j = first + 1; j < end; j++) {
    const gap = tokens[j]!.gap;
    if (gap & GAP.CLOSE) depth = Math.max(0, depth - 1);
    // A semicolon straight after a closing bracket ends the item too: "A level (or equivalent); UK educated".
    if (depth === 0 && (gap & (GAP.BREAK | GAP.COLON | GAP.OPEN)) === GAP.BREAK && doc.text.slice(tokens[j - 1]!.end, tokens[j]!.start).includes(';')) bounds.push(j);
    if (gap & GAP.OPEN) depth++;
  }
  bounds.push(Math.max(end, first));
  itemBoundsOf.set(criterion, bounds);
  return bounds;
}

/** Whether the match's clause holds a phrase of the list outside the match: its own words ("young families of their own") are not its context. */
const inClause = (m: MatchView, list: string[][]) => {
  const c = m.doc.tokens[m.from]!.clause;
  return m.doc.hasPhrase(m.doc.clauseStart(c), m.from, list) || m.doc.hasPhrase(m.to, m.doc.clauseEnd(c), list);
};

/** Words that make a criterion a preference rather than a requirement. */
const PREFERENCE: string[][] = ['desirable', 'an advantage', 'advantageous', 'preferred', 'preferable', 'preferably', 'would be useful', 'would be helpful', 'ideally', 'not essential', 'not required'].map((p) => p.split(' '));

/**
 * "Nobody" as the subject of a duty denies it ("Nobody should make tough decisions alone", "nobody has
 * to"); followed by whom it turns away ("Nobody with a stammer need apply") it refuses, so it is read
 * only before one of these.
 */
const NOBODY_DUTIES = new Set(['should', 'must', 'has', 'will', 'is', 'needs', 'gets', 'ever']);
const deniesDuty = (tokens: readonly Token[], k: number, from: number): boolean =>
  k < from && tokens[k]!.norm === 'nobody' && NOBODY_DUTIES.has(tokens[k + 1]?.norm ?? '');

/**
 * Words after a negation that make it something else: "not only", "no more than", "no less than", "not afraid to",
 * and "not another …", which refuses one more of what it names ("not another locum with a name patients can't say").
 */
const NOT_NEGATING = new Set(['only', 'more', 'less', 'fewer', 'later', 'afraid', 'scared', 'shy', 'frightened', 'another']);

/** Verbs a cap may stand behind: "must not have had more than three sick days", "should not exceed". */
const CAPPED_VERBS = new Set(['have', 'had', 'be', 'been', 'take', 'taken', 'exceed', 'total']);

/**
 * Whether the negation at token k caps a quantity before the match rather than denying it: "must not
 * have had more than three sick days" still demands a record, as "no more than" does.
 */
function capsQuantity(tokens: readonly Token[], k: number, from: number): boolean {
  let j = k + 1;
  while (j < from && j <= k + 3 && CAPPED_VERBS.has(tokens[j]!.norm)) j++;
  if (tokens[j - 1]?.norm === 'exceed') return j <= from;
  return j < from && NOT_NEGATING.has(tokens[j]!.norm) && tokens[j + 1]?.norm === 'than';
}

/** Words after the match that can still negate it: "A driving licence is not required" ("is", "not"). */
const TRAILING_NEGATION = 2;
/** Words that open a reason: "as she has", "because he was". */
const REASONS = new Set(['as', 'because', 'since']);
const COORDINATORS = new Set(['and', 'or']);

/** Verbs of what happens to an application: "will not be considered", "cannot be accepted". */
const CONSEQUENCES = new Set(['considered', 'accepted', 'shortlisted', 'processed', 'progressed', 'reviewed']);
const isConsequence = (m: MatchView, k: number) =>
  k >= m.to && m.doc.tokens[k + 1]?.norm === 'be' && CONSEQUENCES.has(m.doc.tokens[k + 2]?.norm ?? '');

/**
 * Whether the match's clause negates it: a negation before it ("you do not need a driving licence")
 * or just after it ("a car is not essential"); not one further on ("in good health as we can't cope").
 */
function isNegated(m: MatchView): boolean {
  const [clauseFrom, clauseEnd] = clauseOf(m);
  const to = Math.min(clauseEnd, m.to + TRAILING_NEGATION);
  const { tokens } = m.doc;
  // "I would not put her forward as she has lost her edge": a reason given with its own subject, no
  // comma before it, is a clause of its own, which the negation before it does not reach.
  let from = clauseFrom;
  for (let k = clauseFrom; k + 1 < m.from; k++) if (REASONS.has(tokens[k]!.norm) && SUBJECTS.has(tokens[k + 1]!.norm)) from = k + 1;
  for (let k = from; k < to; k++) {
    if (k >= m.from && k < m.to) continue;
    // "will rule the roost and doesn't flinch": after "and" or "or" a negation belongs to the next verb.
    if (k >= m.to && COORDINATORS.has(tokens[k]!.norm)) break;
    // "fully fit with no back problems": a negation in a phrase that adds to the match does not lift it.
    if (k >= m.to && tokens[k - 1]!.norm === 'with') break;
    // "you cannot apply without 5 years' experience": a negation before "without" makes the match a condition.
    if (k < m.from && tokens[m.from - 1]!.norm === 'without') break;
    // "not only ... but also" adds rather than negates; "... will not be considered" is what happens
    // to an application that does not meet the requirement, so it keeps it.
    // "no more than three points" limits the requirement rather than lifting it.
    if (deniesDuty(tokens, k, m.from)) return true;
    if (negates(tokens, k) && !NOT_NEGATING.has(tokens[k + 1]?.norm ?? '') && !capsQuantity(tokens, k, m.from) && !isConsequence(m, k) && !asksToAgree(m, k, clauseFrom) && !turnsAway(m, k, clauseFrom)) return true;
  }
  return false;
}

/**
 * Whether "no" opening the clause just before the match turns away the people it describes: "No
 * old-school nurses who …", "No young mums, please". It refuses them, as "… need not apply" would.
 */
function turnsAway(m: MatchView, k: number, clauseFrom: number): boolean {
  const { tokens } = m.doc;
  const next = tokens[m.to];
  return k === clauseFrom && k === m.from - 1 && tokens[k]!.norm === 'no' && next !== undefined && next.clause === tokens[k]!.clause && nounClass(next.base) === 'person';
}

/** Third persons after a negative auxiliary that make it a question about someone: "isn't she", "doesn't he". */
const ASKED_OF = new Set(['she', 'he', 'they']);

/**
 * Whether the negation at k opens a question that asks the reader to agree ("isn't she pregnant
 * though?", "doesn't he have a stammer?"): it asserts what follows rather than denying it.
 */
function asksToAgree(m: MatchView, k: number, clauseFrom: number): boolean {
  const { tokens, text } = m.doc;
  if (k !== clauseFrom || !tokens[k]!.norm.endsWith("n't") || !ASKED_OF.has(tokens[k + 1]?.norm ?? '')) return false;
  const end = m.doc.sentenceEnd(tokens[k]!.sentence);
  return text.slice(tokens[m.to - 1]!.end, tokens[end - 1]!.end + 1).includes('?');
}

/** Words that open a question about a thing rather than the person asked: "Is a car needed?" ("Do you drive?" asks the candidate). */
const ASKS_OF_A_THING = new Set(['is', 'are', "isn't", "aren't"]);
/** Verbs that open an applicant's own question, before "I" or the post: "Do I need…?", "Will I need…?", "Does the role need…?". */
const ASKS_FOR_ONESELF = new Set(['do', 'does', 'will', 'would']);
const ASKER = new Set(['i', 'the', 'this']);

/** Whether the match's sentence asks whether something is needed: "Is a driving licence needed for this post?", "Do I need a car?". */
function asksWhether(m: MatchView): boolean {
  const { doc } = m;
  const s = doc.tokens[m.from]!.sentence;
  const first = doc.sentenceStart(s);
  const opener = doc.tokens[first]!.norm;
  if (!ASKS_OF_A_THING.has(opener) && !(ASKS_FOR_ONESELF.has(opener) && ASKER.has(doc.tokens[first + 1]?.norm ?? ''))) return false;
  const last = doc.tokens[doc.sentenceEnd(s) - 1]!;
  const after = doc.tokens[doc.sentenceEnd(s)];
  // "Do I need my own car? Yes.": the answer makes it the requirement the question asked about.
  return doc.text.slice(last.end, after ? after.start : doc.text.length).includes('?') && after?.norm !== 'yes';
}

/** What a panel asks about or weighs, which an instruction may forbid: "do not ask about", "don't judge", "don't screen anyone out by", "never comment on". */
const PANEL_VERBS = new Set(['ask', 'judge', 'screen', 'comment', 'mention', 'raise', 'discuss', 'query', 'probe', 'score', 'mark', 'penalise', 'penalize', 'assume', 'speculate']);
/** Words that end the reach of such an instruction: "don't ask about it, but she must be local". */
const TURNS = new Set(['but', 'just', 'instead', 'though', 'although', 'however', 'so', 'because']);
/** Subjects that start a new clause after a comma: "don't ask about her accent, she's ...". */
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', "i'm", "we're", "you're", "he's", "she's", "they're", "it's"]);
/** Whether a text holds any of `words`, asked of the text once and kept in `known`. */
function holdsOnce(known: WeakMap<Doc, boolean>, doc: Doc, words: ReadonlySet<string>): boolean {
  let held = known.get(doc);
  if (held === undefined) {
    held = doc.holdsAny(words);
    known.set(doc, held);
  }
  return held;
}
/** Whether a text holds any of PANEL_VERBS, read once per text. */
const panelVerbsHeld = new WeakMap<Doc, boolean>();
/** How far back from the match the forbidding verb may be. */
const FORBID_REACH = 15;

/**
 * Whether the match is what an instruction forbids the panel to ask about or weigh: "Please do not
 * ask about children, marital status or religion", "Do not judge accents or the way anyone speaks".
 * Not verbs that decide ("don't shortlist anyone with an accent" still excludes).
 */
function forbiddenToPanel(m: MatchView): boolean {
  if (!holdsOnce(panelVerbsHeld, m.doc, PANEL_VERBS)) return false;
  const { tokens } = m.doc;
  const sentence = tokens[m.from]!.sentence;
  for (let k = m.from - 1; k >= 0 && k >= m.from - FORBID_REACH && tokens[k]!.sentence === sentence; k--) {
    const after = tokens[k + 1]!;
    if (after.gap & GAP.BREAK || (after.gap & GAP.COMMA && SUBJECTS.has(after.norm)) || TURNS.has(tokens[k]!.norm)) return false;
    if (PANEL_VERBS.has(tokens[k]!.norm) && (NEGATIONS.has(tokens[k - 1]?.norm ?? '') || NEGATIONS.has(tokens[k - 2]?.norm ?? ''))) return true;
  }
  return false;
}

/** Verbs that report a request made of the writer's side: "some of you asked whether we could", "HR was asked to". */
const REQUESTING = new Set(['asked', 'requested', 'suggested', 'wondered', 'proposed', 'enquired', 'inquired', 'mentioned']);
/** Words that open what was asked of "we": "asked whether we could", "asked if we should", "suggested that we". */
const ASKED_OF_US = new Set(['whether', 'if', 'that']);
const US_MODALS = new Set(['could', 'can', 'should', 'would', 'might', 'may']);
/** A request's refusal by the writer's side: "we can't", "I won't", "the answer is no". */
const REFUSALS = [
  "we can't", 'we cannot', 'we can not', "we won't", 'we will not', "we're not able", 'we are not able', "we're unable", 'we are unable',
  "i can't", 'i cannot', "i won't", 'i will not', 'the answer is no',
].map((p) => p.split(' '));
/** A ruling on the request other than calling it unlawful (for which see `rulesUnlawful`), said of "that", "it" or "this": "that is not something we will do". */
const REFUSING_RULINGS = ['is not lawful', "isn't lawful", 'is not allowed', "isn't allowed", 'not allowed', 'is not something we', "isn't something we", 'not something we'].map((p) => p.split(' '));
/** How far after "that"/"it" the ruling's word may come: "that would be unlawful". */
const RULED_REACH = 3;
/** What a ruling must be said of to rule on the request. */
const RULING_SUBJECTS = new Set(['that', 'it', 'this', "that's", "it's", 'which']);
/** What may follow "we can't" when it refuses the request: "we can't do that", "I won't agree" (not "we can't wait"). */
const REFUSED_ACTS = new Set(['do', 'agree', 'allow', 'accept', 'support', 'help', 'that', 'this', 'it', 'go']);
/** Acts that hedge rather than refuse: "I can't promise it", "we can't guarantee that", "I can't say". */
const HEDGED_ACTS = new Set(['promise', 'guarantee', 'say', 'predict', 'confirm']);
/** Words that join a refusal to the clause before it: "and I won't", "but we can't". */
const REFUSAL_JOINS = new Set(['and', 'but', 'so']);
/** Whether a text holds any of REQUESTING, read once per text. */
const requestsHeld = new WeakMap<Doc, boolean>();
/** How far back from the match the reporting verb may be. */
const REQUEST_REACH = 15;

/**
 * Whether the match is what someone asked the writer's side to do, reported and then refused: "Some of
 * you asked whether we could prioritise native speakers; we can't", "Managers asked us to advertise for
 * local candidates only. That is not something we will do." A request granted, or one a candidate made
 * for themselves ("she asked whether she could wear her hijab; we can't allow it"), is not lifted.
 */
function refusedRequest(m: MatchView): boolean {
  if (!holdsOnce(requestsHeld, m.doc, REQUESTING)) return false;
  const { tokens } = m.doc;
  const sentence = tokens[m.from]!.sentence;
  let asked = false;
  for (let k = m.from - 1; k >= 0 && k >= m.from - REQUEST_REACH && tokens[k]!.sentence === sentence; k--) {
    if (!REQUESTING.has(tokens[k]!.norm)) continue;
    const next = tokens[k + 1]?.norm ?? '';
    asked =
      ((next === 'us' || next === 'me') && tokens[k + 2]?.norm === 'to') ||
      (ASKED_OF_US.has(next) && tokens[k + 2]?.norm === 'we' && US_MODALS.has(tokens[k + 3]?.norm ?? '')) ||
      askedByReader(tokens, k);
    break;
  }
  if (!asked) return false;
  const end = m.doc.sentenceEnd(sentence);
  const nextEnd = end < tokens.length ? m.doc.sentenceEnd(sentence + 1) : end;
  for (let k = m.to; k < nextEnd; k++) if (refusalAt(m.doc, k)) return true;
  return false;
}

/** Words between the reader and the verb of their request: "you also mentioned", "you then asked for". */
const BY_READER_BETWEEN = new Set(['also', 'then', 'originally', 'specifically']);

/** Whether the verb at k is the reader's own request to the writer: "You also mentioned …", "you asked for …" (an agency's client). */
function askedByReader(tokens: Doc['tokens'], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && BY_READER_BETWEEN.has(tokens[j]!.norm)) j--;
  return tokens[j]?.norm === 'you' && tokens[j]!.sentence === tokens[k]!.sentence;
}

/** Words of regret that may open the refusal's clause before "that": "I'm afraid that isn't something we can do", "sorry, that's not allowed". */
const REGRET = ["i'm afraid", 'i am afraid', 'sorry', 'unfortunately', 'sadly'].map((p) => p.split(' '));

/**
 * Whether a refusal of the request opens a clause at token k and answers the request: "we can't" that
 * ends its clause or goes on to "do that", "agree", or a ruling said of "that"/"it" ("That would be unlawful").
 */
function refusalAt(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const opens = (j: number) =>
    j === doc.clauseStart(tokens[j]!.clause) || (REFUSAL_JOINS.has(tokens[j - 1]!.norm) && j - 1 === doc.clauseStart(tokens[j - 1]!.clause)) || afterRegret(doc, j);
  if (RULING_SUBJECTS.has(tokens[k]!.norm) && opens(k)) {
    for (let j = k + 1; j <= k + RULED_REACH && j < tokens.length; j++) if (rulesUnlawful(tokens, j)) return !goesPast(doc, j + 1, tokens[k]!.sentence);
    return REFUSING_RULINGS.some((words) => doc.phraseAt(k + 1, words));
  }
  if (!opens(k)) return false;
  for (const words of REFUSALS) {
    if (!doc.phraseAt(k, words)) continue;
    const after = k + words.length;
    if (HEDGED_ACTS.has(tokens[after]?.norm ?? '')) return false;
    return after === doc.clauseEnd(tokens[k]!.clause) || REFUSED_ACTS.has(tokens[after]?.norm ?? '') || words[words.length - 1] === 'no' || endsOnRequest(doc, after);
  }
  return false;
}

/** Whether a phrase of regret that opens its clause ends just before token j: "I'm afraid [that] isn't …", "Sorry, [I] can't …". */
function afterRegret(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  for (const words of REGRET) {
    const from = j - words.length;
    if (from >= 0 && tokens[from]!.sentence === tokens[j]!.sentence && from === doc.clauseStart(tokens[from]!.clause) && doc.phraseAt(from, words)) return true;
  }
  return false;
}

/** How many words a refused act may have before its object pointing back: "I can't filter on that". */
const ACT_REACH = 3;

/**
 * Whether the refusal's clause ends, a few words on, on "that" or "it", the request pointed back to: "I can't filter on that".
 * Not where it goes on with "but", which offers what was asked another way: "I can't sort on that, but I'll send the men first".
 */
function endsOnRequest(doc: Doc, after: number): boolean {
  const { tokens } = doc;
  const end = doc.clauseEnd(tokens[after - 1]!.clause);
  if (tokens[end]?.norm === 'but' && tokens[end]!.sentence === tokens[after - 1]!.sentence) return false;
  return end - after <= ACT_REACH && end > after && (tokens[end - 1]!.norm === 'that' || tokens[end - 1]!.norm === 'it');
}

/** Words of degree between "we are" and what it says "we" are: "we're a bit", "we are all very". */
const DEGREE = new Set(['a', 'bit', 'all', 'very', 'quite', 'pretty', 'so', 'really', 'rather', 'such', 'proper', 'true', 'total', 'little']);
/** How many words of degree may stand between "we are" and the match. */
const DEGREE_REACH = 3;

/** Whether the match is said of "we" with "be": "we're a bit Gen Z", "we are all millennials" (not "we offer … to Gen Z"). */
function weAre(m: MatchView): boolean {
  const { tokens } = m.doc;
  let k = m.from - 1;
  while (k >= 0 && m.from - k <= DEGREE_REACH && DEGREE.has(tokens[k]!.norm)) k--;
  const t = tokens[k];
  if (!t || t.sentence !== tokens[m.from]!.sentence) return false;
  return t.norm === "we're" || ((t.norm === 'are' || t.norm === 'were') && tokens[k - 1]?.norm === 'we');
}

/** Whether the match lies in a name or title that the rule is not about. */
function inName(m: MatchView, allowed: CompiledContext['names']): boolean {
  if (allowed === 'any') return false;
  for (let k = m.from; k < m.to; k++) {
    const kind = m.doc.nameKind(k);
    if (kind === NAME.NONE) continue;
    if (allowed === 'titles' && (kind === NAME.TITLE || kind === NAME.HEADING || kind === NAME.PROPER)) continue;
    if (kind === NAME.PROPER && m.rule.context?.describes?.includes('person') && opensCell(m)) continue;
    return true;
  }
  return false;
}

const isCapital = (t: Token) => (t.shape & SHAPE.CAP) !== 0 && (t.shape & SHAPE.CAPITALS) === 0;
const isGrammar = (t: Token) => DETERMINERS.has(t.norm) || PREPOSITIONS.has(t.norm) || AUXILIARIES.has(t.norm) || NAME_CONNECTORS.has(t.norm);

/**
 * Whether one word opens a criterion of a table copied flat ("Effective leader Confident teacher
 * Higher degree", "Teaching and audit Confident teacher"): a capital between small letters, the cell
 * before ending in a word of its own and a word of the criterion after it. It is no name (a name of
 * one word is not followed by what it describes; "Disability Confident employer" is a run of
 * capitals), nor the clause's subject's ("audit" is the cell before, not what is confident).
 */
function opensCell(m: MatchView): boolean {
  if (m.to - m.from !== 1) return false;
  const { tokens } = m.doc;
  const word = tokens[m.from]!;
  const before = tokens[m.from - 1];
  const after = tokens[m.to];
  if (!isCapital(word) || !before || before.sentence !== word.sentence || word.gap & GAP.BREAK) return false;
  if (!after || after.sentence !== word.sentence || after.gap & GAP.BREAK || isCapital(after)) return false;
  // A grammar word on either side leads into or carries on a name: "training in Confident
  // Conversations", "join our Active Lives group", "Ambitious about Autism".
  return (before.shape & SHAPE.CAP) === 0 && !isGrammar(before) && !isGrammar(after);
}

/**
 * Whether the match's sentence, or the next sentence on the same line, holds a phrase of the list: an
 * advert often adds the route straight after the requirement ("UK degree required. Overseas
 * equivalents welcome.", "You need a car for work. Adjustments can be considered under the Equality Act.").
 */
function nearPhrase(m: MatchView, list: string[][]): boolean {
  const { doc } = m;
  const s = doc.tokens[m.from]!.sentence;
  if (doc.sentenceHas(s, list)) return true;
  const next = doc.tokens[doc.sentenceEnd(s)];
  return next !== undefined && next.line === doc.tokens[m.from]!.line && doc.sentenceHas(next.sentence, list);
}

/** How far before a route offered a negation may stand and deny it: "we do not run a return to practice scheme". */
const DENIAL_REACH = 4;

/** Whether the match's sentence holds a phrase of `list` that no negation in its clause, just before it, denies. */
function offeredInSentence(m: MatchView, list: string[][]): boolean {
  if (!inSentence(m, list)) return false;
  const { doc } = m;
  const { tokens } = doc;
  const [from, to] = doc.sentenceRange(tokens[m.from]!.sentence);
  for (let j = from; j < to; j++) {
    if (!list.some((words) => doc.phraseAt(j, words))) continue;
    let denied = false;
    for (let k = j - 1; k >= from && k >= j - DENIAL_REACH && tokens[k]!.clause === tokens[j]!.clause && !denied; k--) denied = negates(tokens, k);
    if (!denied) return true;
  }
  return false;
}

/** Words just before a route that hold it against the candidate: "we've had problems with overseas qualifications". */
const AGAINST_ROUTE = new Set([
  'problems', 'problem', 'issues', 'issue', 'trouble', 'no', 'not', 'without', 'never',
  // "we don't consider overseas qualifications", "we can't accept overseas training".
  "don't", "doesn't", "won't", "can't", 'cannot', "wouldn't", "didn't", "aren't", "isn't",
]);
/** How far before the route those words may stand: "problems with overseas qualifications". */
const AGAINST_REACH = 3;

/**
 * Words that add a second demand to the first: a route after them is the second's ("at least 2 years'
 * experience as well as a chemotherapy qualification or equivalent" waives the qualification, not the years).
 */
const ANOTHER_DEMAND = ['as well as', 'in addition to', 'along with', 'together with'].map((p) => p.split(' '));

/**
 * Whether sentence s gives a route, not one held against the candidate ("no overseas qualifications").
 * `demand`: the token the demand read ends before; a route past a second demand added after it is not its own.
 */
function routeIn(doc: Doc, s: number, demand?: number): boolean {
  if (!doc.sentenceHas(s, FAIR_ROUTES)) return false;
  const [from, to] = doc.sentenceRange(s);
  return routeBetween(doc, from, to, demand);
}

/** Whether tokens [from, to) give a route (routeIn's reading, on a stretch of a sentence). */
function routeBetween(doc: Doc, from: number, to: number, demand?: number): boolean {
  let added = false;
  for (let k = from; k < to; k++) {
    if (demand !== undefined && k >= demand && !added) added = ANOTHER_DEMAND.some((words) => doc.phraseAt(k, words));
    if (added || !FAIR_ROUTES.some((words) => doc.phraseAt(k, words))) continue;
    let against = false;
    // Within the route's own phrase: "if you can't show this, equivalent experience is fine" gives it.
    for (let j = k - 1; j >= from && j >= k - AGAINST_REACH && !against && !(doc.tokens[j + 1]!.gap & (GAP.COMMA | GAP.BREAK)); j--) against = AGAINST_ROUTE.has(doc.tokens[j]!.norm);
    if (!against) return true;
  }
  return false;
}

/** Whether the sentence (or the criterion's item) gives an equivalent route: "UK trained, or evidence of equivalence". */
function givesFairRoute(m: MatchView): boolean {
  const { doc } = m;
  // A person specification's items are read one by one: "BSc or equivalent; A minimum of 5 years' experience".
  const item = criterionItem(m);
  if (item) return routeBetween(doc, item[0], item[1]);
  const s = doc.tokens[m.from]!.sentence;
  if (routeIn(doc, s, m.to)) return true;
  const next = doc.tokens[doc.sentenceEnd(s)];
  return next !== undefined && next.line === doc.tokens[m.from]!.line && routeIn(doc, next.sentence);
}

/**
 * Whether a rule's cue words include "essential": a criterion listed under an Essential heading, or an
 * item of a list under a line that asks for it ("we're after:"), says it without the word.
 */
const namesEssential = (list: readonly (readonly string[])[]) => list.some((words) => words.length === 1 && words[0] === 'essential');
/** Cue words that ask the reader for something: an item under "Please bring:" asks it without them. */
const ASKING_CUES = new Set(['please provide', 'please give', 'please state', 'please confirm', 'details of your', 'tell us about your']);
/** Each rule's cue list read once (a list is the compiled rule's own array), not joined again per match. */
const askingLists = new WeakMap<readonly (readonly string[])[], boolean>();
function namesAsking(list: readonly (readonly string[])[]): boolean {
  let asks = askingLists.get(list);
  if (asks === undefined) {
    asks = list.some((words) => ASKING_CUES.has(words.join(' ')));
    askingLists.set(list, asks);
  }
  return asks;
}

/** Words that give a post's holder a sex: "deputise for the ward sister when she is on leave". */
const FEMALE = new Set(['she', "she's", "she'll", "she'd", 'her', 'hers', 'herself']);

/** A word that ends like a plural noun: "sisters", not "class" or "charge". */
const isPlural = (norm: string) => norm.length > 3 && norm.endsWith('s') && !norm.endsWith('ss');

/** Verbs of a particular person's saying or wanting, straight after their title. */
const SAYS = new Set(['prefers', 'wants', 'said', 'says', 'asked', 'asks', 'thinks', 'likes', 'insists', 'insisted', 'told', 'reckons', 'agreed', 'agrees']);
/** Words before "the" that make the title the colleague the post holder works for or with: "assist the", "report to the", "liaise with the". */
const WORKS_WITH = new Set(['support', 'supports', 'supporting', 'assist', 'assists', 'assisting', 'help', 'helps', 'helping', 'to', 'with', 'alongside']);

/**
 * Whether a role word names the one colleague in post whom the post holder helps or works with:
 * "support the ward sister with rotas", "report to the Senior Sister" (as "our ward sister" does), not
 * what the role does ("when the ward sister is on leave"), the post's holder given a sex later in the
 * sentence ("deputise for the ward sister when she is on leave"), nor many ("the ward sisters").
 */
function namesColleague(m: MatchView): boolean {
  const { tokens } = m.doc;
  // The title's own words before a match on its last word: "the ward [sister]", "the Senior Ward [Sister]",
  // and a specialty capitalised as part of the title: "the Senior Research [Sister]".
  let first = m.from;
  while (first > 0 && m.from - first < 3 && tokens[first - 1]!.line === tokens[m.from]!.line && titleWord(m.doc, first - 1)) first--;
  const before = tokens[first - 1];
  if (m.doc.kind === 'email' && signedTitle(m, first)) return true;
  // "Sister Kate Oldham (Theatre Sister)", "Jo Pratt (Ward Sister)": a title alone in brackets straight after a name is that person's post.
  if (titleAfterName(m, first)) return true;
  // In an e-mail, the one in post saying or wanting something: "the ward sister prefers it", "the night sister said".
  const next = tokens[m.to];
  if (m.doc.kind === 'email' && before?.norm === 'the' && next !== undefined && SAYS.has(next.norm) && next.sentence === tokens[m.from]!.sentence) return true;
  // In notes, someone in post elsewhere: "the other applicant, a Senior Sister from Ravensworth".
  const place = tokens[m.to + 1];
  if (m.doc.kind === 'email' && (before?.norm === 'a' || before?.norm === 'an') && next?.norm === 'from' && place !== undefined && place.sentence === next.sentence && place.shape & SHAPE.CAP && !CALENDAR.has(place.norm)) return true;
  const verb = tokens[first - 2];
  // One picked out by "including" is a colleague by the post's capitalised title ("the Night Sister"), not the
  // word used for a role ("including the sister in charge on each shift").
  const titled = (tokens[m.from]!.shape & SHAPE.CAP) !== 0;
  if (before?.norm !== 'the' || !verb || !(WORKS_WITH.has(verb.norm) || (titled && amongColleagues(m.doc, first - 2))) || verb.sentence !== tokens[m.from]!.sentence) return false;
  // Many of them: a plural in the match ("the ward sisters", "the sisters in charge").
  for (let k = m.from; k < m.to; k++) if (isPlural(tokens[k]!.norm)) return false;
  const end = m.doc.sentenceEnd(tokens[m.from]!.sentence);
  for (let k = m.to; k < end; k++) if (FEMALE.has(tokens[k]!.norm)) return false;
  return true;
}

/** How far back "including" may look for the colleagues it picks one from: "work with ward managers, including". */
const INCLUDED_FROM = 4;

/** Whether token k is "including" after a comma, picking one out of those the post holder works with: "work with ward managers, including the …". */
function amongColleagues(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  if (tokens[k]!.norm !== 'including' || !(tokens[k]!.gap & GAP.COMMA)) return false;
  for (let j = k - 1; j >= 0 && j >= k - INCLUDED_FROM && tokens[j]!.sentence === tokens[k]!.sentence; j--) if (WORKS_WITH.has(tokens[j]!.norm)) return true;
  return false;
}

/** Whether the title (its words from `first`) is alone in brackets opened straight after a person's name. */
function titleAfterName(m: MatchView, first: number): boolean {
  const { tokens } = m.doc;
  if (m.doc.text.charAt(m.end) !== ')') return false;
  // The name's capitalised words run up to the title's ("Kate Oldham (Theatre"): the bracket opens at one of its words.
  let open = m.from;
  while (open > first && !(tokens[open]!.gap & GAP.OPEN)) open--;
  const name = tokens[open - 1];
  if (name === undefined || !(tokens[open]!.gap & GAP.OPEN) || name.line !== tokens[open]!.line) return false;
  const kind = m.doc.nameKind(open - 1);
  return kind === NAME.PERSON || kind === NAME.PROPER;
}

/** Whether token k is a word of a title before its last word: a title's word, or a capital no sentence asks for ("Research"). */
const titleWord = (doc: Doc, k: number) => TITLE_WORDS.has(doc.tokens[k]!.norm) || ((doc.tokens[k]!.shape & SHAPE.CAP) !== 0 && !doc.expectsCapital(k));

/** Words of a post or shift being filled, which a signature's lines never hold. */
const RECRUITING = new Set(['needed', 'wanted', 'required', 'cover', 'vacancy', 'vacancies', 'shift', 'shifts', 'available', 'urgent', 'post', 'role', 'bank']);
/** The most words a signature's name line may hold: "Claire Nwosu", "Dr Amara J Okafor". */
const SIGNATURE_NAME_WORDS = 4;

/**
 * Whether a title opens the line under a signature's name ("Claire Nwosu⏎Senior Research Sister"): that
 * person's post. The name is two to four capitalised words alone on their line after a blank one.
 */
function signedTitle(m: MatchView, from: number): boolean {
  const { tokens } = m.doc;
  const line = tokens[from]!.line;
  // The title's own capitalised words before the match: "Senior Research [Sister]".
  let first = from;
  while (first > 0 && tokens[first - 1]!.line === line && tokens[first - 1]!.shape & SHAPE.CAP) first--;
  if (first === 0 || tokens[first - 1]!.line !== line - 1) return false;
  // A heading and a post asked for under it ("Urgent Saturday Cover⏎Senior Sister needed") are no signature.
  for (let j = from; j < tokens.length && tokens[j]!.line === line; j++) if (RECRUITING.has(tokens[j]!.norm)) return false;
  let k = first - 1;
  while (k >= 0 && tokens[k]!.line === line - 1) {
    const t = tokens[k]!;
    if (!(t.shape & SHAPE.CAP) || t.shape & SHAPE.DIGIT || first - k > SIGNATURE_NAME_WORDS || TITLE_HEADS.has(t.norm) || ORGANISATION_HEADS.has(t.norm) || RECRUITING.has(t.norm) || CALENDAR.has(t.norm)) return false;
    k--;
  }
  // A name of two words or more, set apart from the message by a blank line.
  return first - k > 2 && (k < 0 || tokens[k]!.line < line - 2);
}

/** Verbs of choosing or turning away a person: "avoid anyone…", "take someone…", "hire anyone…". */
const CHOOSING = new Set(['avoid', 'take', 'hire', 'employ', 'recruit', 'appoint', 'want', 'prefer', 'consider', 'accept', 'shortlist', 'interview', 'choose', 'pick', 'reject', 'refuse']);

/**
 * Whether the match opens with a word for a person ("anyone likely to…", "candidates who…") that a verb of choosing just
 * before it governs. A service that matches or supports people ("matches older people with someone of their age") or a note
 * to staff ("anyone likely to … should tell HR") chooses no one.
 */
function personChosen(m: MatchView): boolean {
  const first = m.doc.tokens[m.from]!;
  const verb = m.doc.tokens[m.from - 1];
  return (INDEFINITES.has(first.norm) || nounClass(first.base) === 'person') && verb !== undefined && verb.sentence === first.sentence && CHOOSING.has(verb.norm);
}

/** Verbs of dealing with someone difficult, straight before them or before "with" or "to": "disagree with", "handle", "respond to", "handled". */
const DEALING: ReadonlySet<string> = new Set([
  'disagree', 'disagrees', 'disagreed', 'clash', 'clashes', 'clashed', 'argue', 'argues', 'argued', 'deal', 'deals', 'dealing', 'dealt',
  'cope', 'copes', 'coped', 'coping', 'respond', 'responds', 'responded', 'responding', 'handle', 'handles', 'handled', 'handling',
  'challenge', 'challenges', 'challenged', 'challenging', 'confront', 'confronts', 'confronted', 'confronting', 'face', 'faces', 'faced', 'facing',
]);

/** How many adjectives may stand between the article and the match: "a loud, forceful, domineering surgeon". */
const DEALT_ADJECTIVES = 3;

/**
 * Whether the match describes one person the candidate must deal with, named after "a" or "an" ("you disagree with a
 * dominant consultant", "how would you handle a forceful registrar"), maybe after other adjectives joined to it by a
 * comma or "and" ("you face a forceful, domineering surgeon"): someone met in a scenario, not the person wanted or the team.
 */
function dealtWith(m: MatchView): boolean {
  const { tokens } = m.doc;
  const head = tokens[headTokenAfter(m.doc, m.to)];
  if (!head || head.sentence !== tokens[m.from]!.sentence || nounClass(head.base) !== 'person' || STAFF_GROUPS.has(head.norm)) return false;
  let j = m.from - 1;
  for (let adjectives = 0; adjectives < DEALT_ADJECTIVES && j > 0; adjectives++) {
    if (tokens[j]!.norm === 'and' && !(tokens[j]!.gap & GAP.COMMA)) j -= 2;
    else if (tokens[j + 1]!.gap === GAP.COMMA && !(tokens[j]!.shape & (SHAPE.CAP | SHAPE.DIGIT))) j--;
    else break;
  }
  const article = tokens[j];
  if (article?.norm !== 'a' && article?.norm !== 'an') return false;
  const before = tokens[j - 1];
  const verb = before?.norm === 'with' || before?.norm === 'to' ? tokens[j - 2] : before;
  return verb !== undefined && verb.sentence === head.sentence && DEALING.has(verb.norm);
}

/** Verbs of keeping, whose object "you" is the person something keeps so: "keeps you in shape". */
const KEEPING: ReadonlySet<string> = new Set(['keep', 'keeps', 'kept', 'keeping']);

/**
 * Whether, in notes or an e-mail, the words describe a particular candidate rather than ask something
 * of them: said of the person ("the other trained in the UK", "Polish name but UK degree"), with no
 * demand made of it and no preference, doubt or refusal holding it for or against them.
 */
function describesCandidate(m: MatchView): boolean {
  const { doc } = m;
  if (doc.kind === 'advert' || (!aboutPerson(doc, m.from) && noteAbout(doc, m.from) < 0)) return false;
  return demandOn(doc, m.from, m.to) < 0 && !isJudged(doc, m.from, m.to);
}

/**
 * Whether a lower-case phrase of a case-sensitive rule is written with a capital only because it
 * opens a sentence or a list item, and is a verb there: its object follows ("Manning the front desk"),
 * where a surname or a title would not take "the" or "our" after it ("Dr Manning will call").
 */
function capitalisedVerb(m: MatchView): boolean {
  const { doc } = m;
  const written = doc.text.slice(m.start, m.end);
  const lower = written.toLowerCase();
  if (written === lower || written.slice(1) !== lower.slice(1) || !m.rule.phrases.includes(lower) || !doc.expectsCapital(m.from)) return false;
  const next = doc.tokens[m.to];
  return next !== undefined && next.sentence === doc.tokens[m.from]!.sentence && DETERMINERS.has(next.norm);
}

/**
 * Words between the staff and their "have" ("our nurses all have"), or between it and a shorter match
 * ("have young families of their own" matched from "families"): adverbs, and the article and adjectives
 * of the family.
 */
const BEFORE_FAMILY = new Set(['all', 'both', 'also', 'already', 'mostly', 'young', 'small', 'little', 'grown-up', 'a']);
const HAVE = new Set(['have', 'has']);
/** Forms of "be" before the ages of the staff in post ("two of our drivers are in their sixties"). */
const BE_IN = new Set(['are', 'is']);
/** Words by which a sentence says age is no bar, so that the staff's ages it gives are a reassurance. */
const NO_AGE_BAR = ['no upper age limit', 'no age limit'].map((p) => p.split(' '));
/** Verbs of coming to the post, before "with" what the staff bring: "our nurses arrive with no family in tow". */
const ARRIVING = new Set(['arrive', 'arrives', 'arrived', 'come', 'comes', 'came', 'join', 'joins', 'joined', 'relocate', 'relocates', 'relocated']);
/** How far before the staff noun "our" may stand: "our own practice nurses". */
const OUR_REACH = 3;
/**
 * Words by which a sentence turns what the staff have on its reader or the hire: likening the reader to
 * them ("so you will understand", "like you", "you will too") or asking it of the hire ("you should",
 * "ideally", "would suit someone"); a bare "you" ("and you'll find the rota flexible") does neither.
 */
const ON_READER_OR_HIRE = [
  'so you', "so you'll", "so you'd", 'so your', 'as you', 'like you', 'like your', 'like yours', 'you too', 'will too', "you'll too", 'do too', 'yourself',
  'you should', 'you must', 'you need', 'you will need', "you'll need", 'you would need', "you'd need", 'you will understand', "you'll understand",
  'you will know', "you'll know", 'you will appreciate', "you'll appreciate", 'hope you', 'expect you',
  'someone', 'somebody', 'anyone', 'applicant', 'applicants', 'candidate', 'candidates', 'suit', 'suits', 'ideal', 'ideally', 'prefer', 'preferred', 'want', 'wanted',
].map((p) => p.split(' '));

/**
 * Whether the match is what the staff in post have, and no more: "Many of our staff have young families
 * of their own and enjoy the rota" describes them; "as many of our nurses have children of their own,
 * you will understand" assumes the reader is like them.
 */
function saidOfStaffInPost(m: MatchView): boolean {
  const { doc } = m;
  const { tokens } = doc;
  const s = tokens[m.from]!.sentence;
  let j = m.from - 1;
  while (j >= 0 && BEFORE_FAMILY.has(tokens[j]!.norm)) j--;
  // "many of our nurses arrive with no family in tow": what they come with is what they have.
  const arriving = j >= 2 && tokens[j]!.norm === 'with' && ARRIVING.has(tokens[j - 1]!.norm);
  if (arriving) j--;
  // "our drivers are in their sixties" beside "there is no age limit" gives their ages as a reassurance; without
  // it ("our team is mostly in their twenties and I don't think he'd gel") the staff's ages set the band wanted.
  const beIn = !arriving && j >= 1 && BE_IN.has(tokens[j]!.norm) && tokens[m.from]!.norm === 'in' && doc.sentenceHas(s, NO_AGE_BAR);
  if (!arriving && !beIn && (j < 1 || !HAVE.has(tokens[j]!.norm))) return false;
  if (tokens[j]!.sentence !== s) return false;
  const staff = tokens[j - 1]!;
  const kind = nounClass(staff.norm);
  if (staff.sentence !== s || INDEFINITES.has(staff.norm) || !(kind === 'person' || (beIn && kind === undefined))) return false;
  let ours = false;
  for (let k = j - 2; k >= 0 && k >= j - 1 - OUR_REACH && tokens[k]!.sentence === s; k--) if (tokens[k]!.norm === 'our') ours = true;
  return ours && !doc.sentenceHas(s, ON_READER_OR_HIRE);
}

/** Whether the match, written with a capital, is an office held by someone its sentence names by a title of address ("Our Chairman, Sir Peter Langley"). */
function heldBySomeoneNamed(m: MatchView): boolean {
  const { doc } = m;
  if (!(doc.tokens[m.from]!.shape & SHAPE.CAP)) return false;
  const s = doc.tokens[m.from]!.sentence;
  for (let k = doc.sentenceStart(s), end = doc.sentenceEnd(s); k < end; k++) if (ADDRESS_TITLES.has(doc.tokens[k]!.norm)) return true;
  return false;
}

/** The words for those applying. */
const APPLICANT_WORDS: ReadonlySet<string> = new Set(['applicant', 'applicants', 'candidate', 'candidates', 'apprentice', 'apprentices']);

/**
 * Words of a sentence exclusion that make the words a patient group's or a service's ("the clinic service
 * sees patients aged 16 to 24"). Said of those applying, they only name where the post is.
 */
const SERVED_WORDS: ReadonlySet<string> = new Set([
  'patient', 'patients', "patient's", "patients'", 'service', 'services', 'service users', 'clinic', 'clinics', 'residents', 'population', 'children', 'child', 'adults', 'babies', 'infants', 'pupils',
]);
/** Each sentence-exclusion list without its SERVED_WORDS, made once per list. */
const withoutServed = new WeakMap<string[][], string[][]>();

/**
 * The sentence exclusions that count for the match. After the word for those applying ("open only to
 * those applicants aged 16-24") the match is theirs, whatever service its sentence names (the Estates
 * Service the post is in), so the words that would make it a patient group's do not count; the rest
 * (a youth scheme, the apprentice rate, support offered) still do.
 */
function sentenceExclusions(m: MatchView, list: string[][]): string[][] {
  if (!m.rule.context?.describes?.includes('person')) return list;
  const { tokens } = m.doc;
  const first = tokens[m.from]!;
  const prev = tokens[m.from - 1];
  const applicants = prev !== undefined && prev.sentence === first.sentence && !(first.gap & (GAP.COMMA | GAP.BREAK)) && APPLICANT_WORDS.has(prev.norm);
  if (!applicants && !wantedInOwnClause(m)) return list;
  let kept = withoutServed.get(list);
  if (kept === undefined) {
    kept = list.filter((words) => !SERVED_WORDS.has(words.join(' ')));
    withoutServed.set(list, kept);
  }
  return kept;
}

/** Words just before a match that make it the person wished for: "someone fit and sporty", "ideally early in your career". */
const WISHED_FOR: ReadonlySet<string> = new Set(['someone', 'somebody', 'ideally', 'preferably']);
/** How far back in its clause the wish may be: "someone fit and sporty". */
const WISH_REACH = 3;
/** SERVED_WORDS as phrases, for looking them up in the wish's own clause. */
const SERVED_PHRASES = [...SERVED_WORDS].map((words) => words.split(' '));

/**
 * Whether the match is the person wished for in its own clause ("we want someone fit and sporty, since patients …",
 * "ideally early in your career, to join a team caring for older patients"), with no patient or service in that
 * clause: the patients another clause names do not make the wish theirs.
 */
function wantedInOwnClause(m: MatchView): boolean {
  const { doc } = m;
  const { tokens } = doc;
  const clause = tokens[m.from]!.clause;
  let wished = false;
  for (let j = m.from - 1; j >= 0 && j >= m.from - WISH_REACH && tokens[j]!.clause === clause && !wished; j--) wished = WISHED_FOR.has(tokens[j]!.norm);
  return wished && !doc.hasPhrase(doc.clauseStart(clause), doc.clauseEnd(clause), SERVED_PHRASES);
}

/** Words that may follow a noun phrase in its sentence: "younger blood anyway", "fresh faces on reception". */
const AFTER_PHRASE = new Set(['and', 'or', 'to', 'anyway', 'though', 'too', 'now', 'then', 'here', 'please', 'instead', 'really', 'who', 'that']);

/** Whether the match ends its noun phrase: nothing, a break or a small word follows it, not another noun ("new blood analysers"). */
function endsPhrase(m: MatchView): boolean {
  const { tokens } = m.doc;
  const next = tokens[m.to];
  if (next === undefined || next.sentence !== tokens[m.to - 1]!.sentence || next.gap & (GAP.COMMA | GAP.BREAK | GAP.NEWLINE)) return true;
  return AFTER_PHRASE.has(next.norm) || PREPOSITIONS.has(next.norm) || AUXILIARIES.has(next.norm) || DETERMINERS.has(next.norm);
}

/** Words that may stand between a denial and the exemption it denies: "no genuine occupational requirement", "not an occupational requirement". */
const DENIED_ARTICLES = new Set(['a', 'an', 'any', 'such', 'genuine', 'real']);
/** Denials that govern the exemption after them: "there is no", "this is not an", "isn't a". */
const DENIALS = new Set(['no', 'not', "isn't", "aren't", 'never']);
/** Words by which a sentence that denies an exemption also turns the wish down: "There's no occupational requirement, so I've said we can't do that". */
const TURNED_DOWN = new Set(["can't", 'cannot', "won't", 'unlawful', 'illegal']);
/** statedInDocument's answers, per text and list. */
const STATED = new WeakMap<Doc, Map<readonly (readonly string[])[], boolean>>();

/**
 * Whether the whole text states one of the phrases, not only denies it. Only a denial that governs the phrase itself
 * counts ("there is no occupational requirement here", "this is not a genuine requirement"): what it would excuse stays
 * flagged, unless the same sentence turns the wish down, which tells that the wish was reported in order to refuse it.
 * "No doubt an occupational requirement applies", "not without one" and "if you do not have an enhanced DBS" deny nothing.
 */
function statedInDocument(doc: Doc, list: CompiledContext['notInDocumentWith'] & object): boolean {
  // Read once per text and list, as documentHas is: every candidate match of a rule asks the same question.
  let answers = STATED.get(doc);
  if (!answers) {
    answers = new Map();
    STATED.set(doc, answers);
  }
  let stated = answers.get(list);
  if (stated === undefined) {
    const { tokens } = doc;
    stated = doc.phraseStarts(list).some((k) => {
      let j = k - 1;
      while (j >= 0 && DENIED_ARTICLES.has(tokens[j]!.norm) && tokens[j]!.sentence === tokens[k]!.sentence) j--;
      const denied = j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence && DENIALS.has(tokens[j]!.norm) && negates(tokens, j);
      return !denied || turnedDown(doc, tokens[k]!.sentence);
    });
    answers.set(list, stated);
  }
  return stated;
}

function turnedDown(doc: Doc, sentence: number): boolean {
  const [from, to] = doc.sentenceRange(sentence);
  for (let j = from; j < to; j++) if (TURNED_DOWN.has(doc.tokens[j]!.norm)) return true;
  return false;
}

/**
 * Each context condition a wordlist entry can set, by its key: true keeps the match. A rule's
 * conditions are all checked; a new condition is one entry here and one field in the schema.
 */
export const CONDITIONS: { [K in keyof CompiledContext]-?: Condition<NonNullable<CompiledContext[K]>> } = {
  notAfter: (m, list) => !phraseBeforeList(m, list),
  notBefore: (m, list) => !phraseAfter(m, list),
  notBeforeHead: (m, list) => {
    const j = headTokenAfter(m.doc, m.to);
    if (j < 0) return true;
    const head = m.doc.tokens[j]!.norm;
    for (let i = 0; i < list.length; i++) if (list[i]![0] === head) return false;
    return true;
  },
  onlyAfter: (m, list) => phraseBefore(m, list),
  onlyBefore: (m, list) => phraseAfter(m, list),
  notInSentenceWith: (m, all) => {
    const list = sentenceExclusions(m, all);
    const item = criterionItem(m);
    if (!item) return !inSentenceBesidesBan(m, list);
    return !(m.doc.hasPhrase(item[0], item[1], list) && besidesBan(m, item[0], item[1], list));
  },
  onlyInSentenceWith: (m, list) =>
    inSentence(m, list) ||
    (namesEssential(list) && m.doc.sectionAt(m.start)?.role === 'essential') ||
    ((namesEssential(list) || namesAsking(list)) && listedUnderRequest(m.doc, m.from)),
  // A match let through by its criterion's section or a request above it has no cue of its sentence to discount.
  cueNotIn: (m, list) => {
    const cues = m.rule.context?.onlyInSentenceWith ?? [];
    return !inSentence(m, cues) || cueStandsAlone(m, cues, list);
  },
  notInClauseWith: (m, list) => !inClause(m, list),
  notLaterInSentenceWith: (m, list) => {
    // A shortcut only, as the search below stays within the sentence: a sentence without the phrase
    // (sentenceHas, answered once per sentence) has none after the match.
    if (!inSentence(m, list)) return true;
    const end = m.doc.sentenceEnd(m.doc.tokens[m.from]!.sentence);
    const item = criterionItem(m);
    return !m.doc.hasPhrase(m.to, item ? Math.min(item[1], end) : end, list);
  },
  notEarlierInSentenceWith: (m, list) => !inSentence(m, list) || !m.doc.hasPhrase(m.doc.sentenceStart(m.doc.tokens[m.from]!.sentence), m.from, list),
  notEndingRangeFrom: (m, list) =>
    !phraseBefore(m, RANGE_END) || !inSentence(m, list) || !m.doc.hasPhrase(m.doc.sentenceStart(m.doc.tokens[m.from]!.sentence), m.from, list),
  notNearWith: (m, list) => !nearPhrase(m, list),
  notOfferedInSentence: (m, list) => !offeredInSentence(m, list),
  onlyNearBefore: (m, list) => {
    const s = m.doc.tokens[m.from]!.sentence;
    const before = m.doc.tokens[m.doc.sentenceRange(s)[0] - 1];
    return m.doc.sentenceHas(s, list) || (before !== undefined && m.doc.sentenceHas(before.sentence, list));
  },
  onlyInClauseWith: (m, list) => inClause(m, list),
  notInDocumentWith: (m, list) => !statedInDocument(m.doc, list),
  negatable: (m, on) => !on || !isNegated(m),
  caseSensitive: (m, on) => !on || m.rule.phrases.includes(m.doc.text.slice(m.start, m.end)) || capitalisedVerb(m),
  titleHeld: (m, on) => !on || !heldBySomeoneNamed(m),
  describes: (m, who) => {
    if (who.includes('staff')) return isAboutStaff(m.doc, m.from, m.to);
    // "You will join a competitive, target-led unit": the culture the candidate is told to expect.
    if (who.includes('workplace') && describesWorkSetting(m.doc, m.from, m.to)) return true;
    // "the new system needs younger blood": an idiom that names people by a part of them is about people,
    // whatever its clause's subject, where it ends its phrase ("new blood sciences" is a laboratory).
    // ("fresh young faces": the idiom ends the match.)
    if (who.includes('person') && m.to - m.from >= 2 && m.to - m.from <= 3 && PEOPLE_IDIOMS.has(`${m.doc.tokens[m.to - 2]!.norm} ${m.doc.tokens[m.to - 1]!.norm}`) && endsPhrase(m)) return true;
    // "we'd avoid anyone likely to go on maternity leave": a phrase that opens with the person it is said of, chosen
    // or turned away, describes that person, whatever its clause's subject.
    if (who.includes('person') && m.to - m.from > 1 && personChosen(m)) return true;
    // "how would you handle a forceful registrar": the trait of someone the candidate must deal with, not of the person wanted.
    if (who.includes('person') && dealtWith(m)) return false;
    // "the walking between sites keeps you in shape": the reader kept so by the work or a perk is told what the post does for them, not what they must be.
    if (who.includes('person') && m.doc.tokens[m.from]!.norm === 'you' && KEEPING.has(m.doc.tokens[m.from - 1]?.norm ?? '')) return false;
    const target = targetOf(m.doc, m.from, m.to);
    if (target === 'unknown' || who.includes(target)) return true;
    // "We're a bit Gen Z in how we work": only people belong to a generation, so the "we" it is said of is the staff.
    if (target === 'organisation' && who.includes('person') && GENERATION_WORDS.has(m.doc.tokens[m.from]!.norm) && weAre(m)) return true;
    // A criterion's first word describes the words of its own cell, if any.
    if (!opensCell(m)) return false;
    const head = headAfter(m.doc, m.to);
    return head === undefined || who.includes(head);
  },
  names: (m, allowed) => !inName(m, allowed),
  fairRoute: (m, on) => !on || !givesFairRoute(m),
  trait: (m, on) => !on || !readsAsTask(m.doc, m.from, m.to),
  // A person specification's criterion is itself a want of the candidate: "Desirable: a full career behind you".
  judged: (m, on) => !on || isJudged(m.doc, m.from, m.to) || inCriterion(m),
  colleague: (m, on) => !on || !namesColleague(m),
  described: (m, on) => !on || !describesCandidate(m),
  asked: (m, on) => !on || !asksWhether(m),
  staffInPost: (m, on) => !on || !saidOfStaffInPost(m),
  monitoring: (m, on) => !on || !inMonitoring(m.doc.text, m.start),
  required: (m, on) => {
    if (!on) return true;
    const criterion = m.doc.sectionAt(m.start);
    if (criterion?.role === 'desirable') return false;
    // An essential criterion is judged by its own words: a row copied flat puts "Desirable:" cells in its sentence.
    if (criterion?.role === 'essential') return !m.doc.hasPhrase(m.doc.tokenAt(criterion.start), m.doc.tokenAt(criterion.end), PREFERENCE);
    return !inSentence(m, PREFERENCE);
  },
};

/** Whether the match is in an essential or desirable criterion of a person specification. */
function inCriterion(m: MatchView): boolean {
  const role = m.doc.sectionAt(m.start)?.role;
  return role === 'essential' || role === 'desirable';
}

/** Whether the match's sentence holds a phrase of `cues` that does not open a phrase of `within` ("young", not "young carers"). */
function cueStandsAlone(m: MatchView, cues: string[][], within: string[][]): boolean {
  const { doc } = m;
  const s = doc.tokens[m.from]!.sentence;
  for (let k = doc.sentenceStart(s), end = doc.sentenceEnd(s); k < end; k++) {
    if (cues.some((words) => doc.phraseAt(k, words)) && !within.some((words) => k + words.length <= end && doc.phraseAt(k, words))) return true;
  }
  return false;
}

/** A rule context's condition and its value, as contextAllows runs it. */
interface Check {
  test: Condition<unknown>;
  value: unknown;
}

/**
 * Each rule context's conditions but `names` (checked first), in order, with their values: found
 * once per context, so a match does not look each condition and its value up by name (keyed reads
 * of objects that each have keys of their own, slow in V8 while the code is not yet optimised).
 */
const contextChecks = new WeakMap<CompiledContext, Check[]>();

function checksOf(context: CompiledContext): Check[] {
  let checks = contextChecks.get(context);
  if (!checks) {
    checks = [];
    for (const key of Object.keys(context) as (keyof CompiledContext)[]) {
      const value = context[key];
      if (key !== 'names' && value !== undefined) checks.push({ test: CONDITIONS[key] as Condition<unknown>, value });
    }
    contextChecks.set(context, checks);
  }
  return checks;
}

/** Words by which a sentence rules out what it names: "… would be unlawful", "… is discrimination". */
const UNLAWFUL = new Set(['unlawful', 'illegal', 'discriminatory', 'discrimination']);
/** Whether a text holds any of UNLAWFUL, read once per text: most never call anything unlawful, so every match is spared the look-ahead. */
const unlawfulHeld = new WeakMap<Doc, boolean>();
/** Forms of "be" that may say so: "would be unlawful", "is illegal", "are discriminatory". */
const RULING_BE = new Set(['is', 'are', 'was', 'were', 'be', "it's", "that's"]);
/** Words that make the ruling an aside or a doubt, not the sentence's point: "…, which is probably illegal". */
const HEDGES = new Set(['which', 'probably', 'possibly', 'maybe', 'perhaps', 'technically', 'strictly', 'apparently', 'supposedly']);
/** Words (with TURNS) that open a clause of its own before the ruling, whose subject is then something else: "a young nurse as older staff are …". */
const OWN_CLAUSE = new Set(['as', 'since', 'while', 'whilst', 'when', 'if', 'who', 'that', 'where']);
/** Words after the ruling by which the writer goes ahead all the same: "is illegal, I know, but we need someone lively". */
const REGARDLESS = new Set(['but', 'anyway', 'however', 'though', 'still', 'regardless', 'nevertheless']);
/** How far after the match the ruling may come: "restrictions on age and nationality would be unlawful". */
const RULING_REACH = 6;

/**
 * Whether the match's own sentence goes on to call it unlawful: "restrictions on sex, age and nationality
 * would be unlawful under the Equality Act", "asking for a date of birth is discrimination". The writer
 * names the practice to rule it out. Not a ruling on something else ("a young nurse as older staff are
 * …"), in an aside or a doubt ("…, which is probably illegal"), or one the writer goes past ("it's
 * illegal, I know, but …").
 */
function calledUnlawful(m: MatchView): boolean {
  if (!holdsOnce(unlawfulHeld, m.doc, UNLAWFUL)) return false;
  const { tokens } = m.doc;
  const sentence = tokens[m.from]!.sentence;
  for (let k = m.to; k < tokens.length && k < m.to + RULING_REACH && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (TURNS.has(t.norm) || HEDGES.has(t.norm) || OWN_CLAUSE.has(t.norm) || SUBJECT_PRONOUNS.has(t.norm) || t.gap & (GAP.BREAK | GAP.COMMA)) return false;
    if (rulesUnlawful(tokens, k)) return !goesPast(m.doc, k + 1, sentence);
  }
  return false;
}

/** Whether token k calls what comes before it unlawful: "would be unlawful", "that's illegal", "is clearly discriminatory". */
function rulesUnlawful(tokens: Doc['tokens'], k: number): boolean {
  return UNLAWFUL.has(tokens[k]!.norm) && (RULING_BE.has(tokens[k - 1]?.norm ?? '') || RULING_BE.has(tokens[k - 2]?.norm ?? ''));
}

/** Whether the sentence goes on from token k past a ruling: "… is illegal, I know, but we need someone lively". */
function goesPast(doc: Doc, k: number, sentence: number): boolean {
  for (let j = k; j < doc.tokens.length && doc.tokens[j]!.sentence === sentence; j++) if (REGARDLESS.has(doc.tokens[j]!.norm)) return true;
  return false;
}

/**
 * Whether a match survives its rule's context conditions (and, by default, is not inside a name nor,
 * for wording that judges people, what the panel is told not to ask about).
 */
export function contextAllows(m: MatchView): boolean {
  const context = m.rule.context;
  if (!CONDITIONS.names(m, context?.names ?? 'skip')) return false;
  if (m.rule.category !== 'jargon' && (forbiddenToPanel(m) || refusedRequest(m) || calledUnlawful(m))) return false;
  if (!context) return true;
  const checks = checksOf(context);
  for (let i = 0; i < checks.length; i++) if (!checks[i]!.test(m, checks[i]!.value)) return false;
  return true;
}

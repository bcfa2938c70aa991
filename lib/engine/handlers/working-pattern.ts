import type { Doc } from '../document';
import { DETERMINERS, NEGATIONS, nounClass, PREPOSITIONS } from '../lexicon';
import { GAP } from '../tokenize';
import { judgementNear } from '../judgement/reader';
import { byFirstWord, longestFrom, phraseFrom } from './cue-per-sentence';
import type { Hit, SpanHandler } from './types';

/** Working patterns other than full-time, as phrases of lower-case words ("part-time" is two words). */
const PATTERNS: string[][] = [
  'part time', 'part timers', 'part timer', 'job share', 'job shares', 'job sharing', 'job sharer', 'job sharers',
  'term time', 'fixed shifts', 'fixed days', 'fixed hours', 'set shifts', 'set days', 'reduced hours', 'compressed hours',
  'shorter hours', 'fewer hours', 'less than full time', 'fewer than full time', 'school hours', 'annualised hours',
  'flexible hours', 'flexible working', 'flexible working pattern', 'flexible working patterns', 'flexible shifts',
  'shorter shifts', 'shorter days', 'term time contracts', 'part time contracts', 'part time hours',
].map((p) => p.split(' '));

/** The patterns by their first word, so each word of the text is looked up once. */
const PATTERNS_BY_FIRST = new Map<string, string[][]>();
for (const p of PATTERNS) PATTERNS_BY_FIRST.set(p[0]!, [...(PATTERNS_BY_FIRST.get(p[0]!) ?? []), p]);
/** The words a refused pattern's finding starts at: "full" (of "full time only") and the patterns' first words. */
const STARTS: ReadonlySet<string> = new Set(['full', ...PATTERNS_BY_FIRST.keys()]);

/** Words that refuse by themselves: "unsuitable for part-time", "job shares are impossible". */
const REFUSING = new Set(['unable', 'unsuitable', 'impossible', 'unavailable', 'cannot', "can't"]);
/**
 * Words after a negation that make it something else: "not only", "not sure", "no matter"; and a cost of the
 * pattern denied, not the pattern: "flexible working that will not mean giving up family time".
 */
const NOT_REFUSING = new Set(['only', 'just', 'sure', 'necessarily', 'matter', 'longer', 'limited', 'restricted', 'obligation', 'always', 'guarantee', 'guaranteed', 'less', 'fewer', 'more', 'including', 'exceeding', 'exceed', 'mean', 'cost']);
/** Words after "not cost" that judge the pattern's worth ("not cost-effective"), not deny a cost it brings. */
const COST_JUDGED = new Set(['effective', 'efficient', 'effectively', 'efficiently']);
/** Words that turn a negation into a safeguard for part-timers: "part-time is not a barrier", "no one loses out". */
const SAFEGUARDS: string[][] = [
  'barrier', 'barriers', 'disadvantage', 'disadvantaged', 'disadvantages', 'discriminate', 'discriminated', 'penalise',
  'penalised', 'penalize', 'penalized', 'lose out', 'loses out', 'miss out', 'misses out', 'less favourably',
  'turned down', 'held against', 'count against', 'counts against', 'rule out', 'ruled out', 'exclude', 'excluded',
  'a problem', 'an issue', 'a bar', 'expected to', 'have to', 'need to', 'needs to', 'not just', "isn't just", "aren't just", 'only for',
  'obstacle', 'affect', 'affects', 'affected', 'asking about', 'requesting', 'welcome', 'welcomes', 'happy to', 'open to', 'discuss', 'consider requests', 'whether or not', 'regardless',
].map((p) => p.split(' '));
/** People words after the pattern: "part-time staff" names people, not the pattern refused. */
const PEOPLE = new Set(['staff', 'colleagues', 'colleague', 'workers', 'worker', 'employees', 'employee', 'members', 'member', 'team', 'nurses', 'doctors', 'gps']);
/** What a refusal of applicants says: "part-time staff will not be considered", "part-timers need not apply". */
const APPLYING = new Set(['apply', 'considered', 'consider', 'accepted', 'accept', 'shortlisted', 'appointed', 'suitable']);
/** Verbs between a refusal and the people it refuses that take them on as staff: "can't do part-timers", "won't have job sharers". */
const TAKING_ON = new Set(['do', 'take', 'want', 'hire', 'employ', 'recruit']);
/** Words of a welcome in the same sentence, which make the refusal a fact about the team: "… but we welcome applications for part-time hours". */
const WELCOMING: string[][] = ['welcome', 'welcomes', 'welcomed', 'consider', 'considered', 'happy to'].map((p) => p.split(' '));
/**
 * A sentence on visa sponsorship's pay rule ("only full-time posts meet the salary threshold for a
 * visa"), the visa named in it or the sentence before, states which posts the rule lets through; it
 * closes no post to part-timers.
 */
const SPONSORSHIP: string[][] = ['visa', 'visas', 'sponsorship', 'skilled worker'].map((p) => p.split(' '));
const PAY_RULE: string[][] = ['threshold', 'thresholds', 'meet', 'meets', 'qualify', 'qualifies', 'eligible'].map((p) => [p]);
/** A reason given anywhere in the sentence: the refusal explains itself ("due to the training rotations"). */
const REASONS: string[][] = ['due to', 'owing to', 'because', 'because of', 'nature of the', 'for safety', 'so that', 'in order to', 'as required by', 'required by'].map((p) => p.split(' '));
/** Words of family life that, in the refusal or its reason, make the reason a view of mothers, not a need of the work. */
const FAMILY_WORDS = new Set(['kids', 'mum', 'mums', 'mothers', 'childcare']);
const REASONS_BY_FIRST = byFirstWord(REASONS);

/**
 * Whether the word at j is family life as the writer holds it against staff: not a service's people ("the clinic for new
 * mums", "the kids' clinic") or something the employer offers, which the clause-bound reading leaves out.
 */
function familyAt(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const t = tokens[j]!;
  const isFamily = FAMILY_WORDS.has(t.norm) || (t.norm === 'school' && (tokens[j + 1]?.norm === 'run' || tokens[j + 1]?.norm === 'runs'));
  if (!isFamily) return false;
  const after = nounClass(tokens[j + 1]?.base ?? '');
  if (after === 'service' || after === 'place') return false;
  return tokens[j - 1]?.norm !== 'for' && tokens[j - 2]?.norm !== 'for';
}

/**
 * Whether the refusal's own clause [from, to), or the clause of a reason given in its sentence, holds family life: "two mums
 * sharing never works, because…", "not possible, because the kids always come first". A reason of the service keeps its
 * weight when childcare is offered in another clause ("…because of the training rotations, but our nursery opens at 7").
 */
function familyReason(doc: Doc, from: number, to: number, sentenceFrom: number, sentenceTo: number): boolean {
  for (let j = from; j < to; j++) if (familyAt(doc, j)) return true;
  for (let k = sentenceFrom; k < sentenceTo; k++) {
    const reason = phraseFrom(doc, REASONS_BY_FIRST, k);
    if (!reason) continue;
    const first = k + reason.length;
    if (first >= sentenceTo) return false;
    const [, end] = doc.clauseRange(doc.tokens[first]!.clause);
    for (let j = first; j < Math.min(end, sentenceTo); j++) if (familyAt(doc, j)) return true;
    return false;
  }
  return false;
}
/** Words that make the pattern's own clause about something else: the service's hours, leave, patients. */
const OTHER_SENSE: string[][] = [
  'patient', 'patients', 'service users', 'clinic', 'clinics', 'opening hours', 'open', 'closed', 'leave', 'holiday', 'holidays', 'term dates',
  'rotational', 'rotating', 'fixed term',
].map((p) => p.split(' '));
/** What a rota is made of: the nouns a fixed pattern is said of ("the rota is fixed", "shifts are non-negotiable"). */
const ROTA: string[][] = [
  'rota', 'rotas', 'shifts', 'shift pattern', 'shift patterns', 'working pattern', 'working patterns', 'hours', 'working hours',
  'days', 'long days', 'start times', 'finish times', 'working days', 'the pattern',
].map((p) => p.split(' '));
/** A pattern that cannot change, said without a reason or a route: "fixed and cannot be changed", "non-negotiable". */
const UNCHANGEABLE: string[][] = [
  'cannot be changed', "can't be changed", 'will not be changed', "won't be changed", 'not be changed', 'cannot be altered', "can't be altered",
  'cannot change', "can't change", 'will not change', "won't change", 'non negotiable', 'not negotiable', 'no exceptions', 'no exception',
  'not an option', 'no flexibility', 'not flexible', 'inflexible', 'cannot vary', "can't vary", 'cannot be varied', 'set in stone',
  'no alternative', 'no alternatives', 'no changes', 'no room for', 'the same commitment', 'same commitment', 'no other pattern',
  'no other patterns', 'not up for discussion', 'not open to discussion', 'take it or leave it',
].map((p) => p.split(' '));
const UNCHANGEABLE_BY_FIRST = new Map<string, string[][]>();
for (const p of UNCHANGEABLE) UNCHANGEABLE_BY_FIRST.set(p[0]!, [...(UNCHANGEABLE_BY_FIRST.get(p[0]!) ?? []), p]);
/** A route offered in the same sentence: "we will discuss", "requests are considered". */
const ROUTE: string[][] = [
  'discuss', 'discussed', 'discussion with', 'consider', 'considered', 'request', 'requests', 'flexible working', 'happy to', 'talk to us',
  'speak to us', 'on request', 'agreed with', 'by agreement', 'can be arranged', 'less than full time', 'part time', 'in advance', 'weeks ahead',
].map((p) => p.split(' '));

/** Words between a preposition and the rota word it governs: "on all shifts", "during the long days". */
const QUANTIFIED = new Set([...DETERMINERS, 'all', 'night', 'day', 'late', 'early', 'weekend', 'long', 'working']);

/**
 * Whether the unchangeable words at [k, end) are said of a rota: a rota word before them in the
 * sentence that is not a preposition's object ("the rota is fixed and cannot be changed", not "hand
 * hygiene is non-negotiable on all shifts"), or one straight after ("the same commitment of long days").
 */
function rotaClosed(doc: Doc, from: number, k: number, end: number): boolean {
  const { tokens } = doc;
  const after = tokens[end]?.norm;
  if ((after === 'of' || after === 'to') && ROTA.some((p) => doc.phraseAt(end + 1, p) || doc.phraseAt(end + 2, p))) return true;
  for (let j = k - 1; j >= from && j >= k - 2 * WINDOW; j--) {
    if (!ROTA.some((p) => doc.phraseAt(j, p))) continue;
    let b = j - 1;
    while (b >= from && QUANTIFIED.has(tokens[b]!.norm)) b--;
    return b < from || !PREPOSITIONS.has(tokens[b]!.norm);
  }
  return false;
}

/**
 * "The rota is fixed and cannot be changed", "shifts are non-negotiable", "the same commitment of
 * long days from every GP": a working pattern closed to change, with no reason and no route.
 */
function unchangeable(doc: Doc, hits: Hit[]): void {
  const { tokens } = doc;
  let lastSentence = -1;
  const firsts = doc.tokensWith(UNCHANGEABLE_BY_FIRST);
  for (let i = 0; i < firsts.length; i++) {
    const k = firsts[i]!;
    const t = tokens[k]!;
    if (t.sentence === lastSentence) continue;
    const words = phraseFrom(doc, UNCHANGEABLE_BY_FIRST, k);
    if (!words) continue;
    const [from, to] = doc.sentenceRange(t.sentence);
    if (!doc.hasPhrase(from, to, ROTA) || doc.hasPhrase(from, to, REASONS) || doc.hasPhrase(from, to, ROUTE) || doc.hasPhrase(from, to, OTHER_SENSE)) continue;
    if (!rotaClosed(doc, from, k, k + words.length)) continue;
    // The words that close the pattern, from "fixed" or "set" if it comes just before: "fixed and cannot be changed".
    let a = k;
    for (let j = k - 1; j >= from && j >= k - 3; j--) if (tokens[j]!.norm === 'fixed' || tokens[j]!.norm === 'set') a = j;
    hits.push({ start: tokens[a]!.start, end: tokens[k + words.length - 1]!.end });
    lastSentence = t.sentence;
  }
}

/** How far from the pattern the refusing word may be, in words of the same clause. */
const WINDOW = 8;

/** The clause range of token k, stretched over a relative clause that follows: "term-time working, which we can't do". */
function scopeOf(doc: Doc, k: number): [number, number] {
  const { tokens } = doc;
  const [from, to] = doc.clauseRange(tokens[k]!.clause);
  const next = tokens[to];
  if (next && next.sentence === tokens[k]!.sentence && (next.norm === 'which' || next.norm === 'that')) return [from, doc.clauseRange(next.clause)[1]];
  return [from, to];
}

/** The refusing word nearest the pattern at [k, end) within its scope, or -1. */
function refusal(doc: Doc, k: number, end: number): number {
  const { tokens } = doc;
  const [from, to] = scopeOf(doc, k);
  let best = -1;
  for (let j = Math.max(from, k - WINDOW); j < Math.min(to, end + WINDOW); j++) {
    if (j >= k && j < end) continue;
    const w = tokens[j]!.norm;
    if (!NEGATIONS.has(w) && !REFUSING.has(w)) continue;
    // "not only", "no more than": not a refusal; but "not cost-effective" judges the pattern, so it still refuses.
    const next = tokens[j + 1]?.norm ?? '';
    if (NOT_REFUSING.has(next) && !(next === 'cost' && COST_JUDGED.has(tokens[j + 2]?.norm ?? ''))) continue;
    if (best < 0 || Math.abs(j - k) < Math.abs(best - k)) best = j;
  }
  return best;
}

/** "only full-time", "full-time only", "can only consider ... full-time": a full-time post closed to other patterns. */
function fullTimeOnly(doc: Doc, k: number): number {
  const { tokens } = doc;
  if (tokens[k + 2]?.norm === 'only' && tokens[k + 2]!.sentence === tokens[k]!.sentence && !(tokens[k + 2]!.gap & GAP.BREAK)) return k + 2;
  // "We can only consider applicants who can work full-time": the sentence, up to a break.
  const from = doc.sentenceStart(tokens[k]!.sentence);
  for (let j = k - 1; j >= Math.max(from, k - 2 * WINDOW); j--) {
    if (tokens[j + 1]!.gap & GAP.BREAK) break;
    // "our only full-time nurse" counts staff; it refuses nothing.
    if (tokens[j]!.norm === 'only') return j === k - 1 && DETERMINERS.has(tokens[k - 2]?.norm ?? '') ? -1 : j;
  }
  return -1;
}

/**
 * Part-time, job-share or term-time working refused as a policy or a suitability statement ("we do
 * not offer part-time contracts", "not suitable for anyone looking for term-time hours", "job shares
 * are not possible", "we can only consider full-time applicants"). A post that is full-time, with
 * hours stated plainly or flexible working offered, is not flagged.
 */
export const workingPatternRefused: SpanHandler = {
  kind: 'span',
  find({ doc }) {
    const { tokens } = doc;
    const hits: Hit[] = [];
    // Every hit of `unchangeable` starts at one of its phrases: a text with none skips it.
    if (doc.documentHas(UNCHANGEABLE)) unchangeable(doc, hits);
    // Only "full" or a pattern's first word starts a finding: the walk goes from one to the next,
    // passing over the words a finding took in (`next`).
    const firsts = doc.tokensWith(STARTS);
    let next = 0;
    for (let i = 0; i < firsts.length; i++) {
      const k = firsts[i]!;
      if (k < next) continue;
      const t = tokens[k]!;
      if (t.norm === 'full' && tokens[k + 1]?.norm === 'time' && !(tokens[k + 1]!.gap & (GAP.BREAK | GAP.COMMA))) {
        const only = fullTimeOnly(doc, k);
        const [sentenceFrom, sentenceTo] = doc.sentenceRange(t.sentence);
        // The sponsorship may be named in the sentence before ("... the visa route. Only full-time posts meet this threshold.").
        const before = t.sentence > 0 ? doc.sentenceStart(t.sentence - 1) : sentenceFrom;
        if (only >= 0 && !(doc.hasPhrase(sentenceFrom, sentenceTo, PAY_RULE) && doc.hasPhrase(before, sentenceTo, SPONSORSHIP))) {
          const [a, b] = only < k ? [only, k + 1] : [k, only];
          hits.push({ start: tokens[a]!.start, end: tokens[b]!.end });
          next = k + 2;
        }
        continue;
      }
      // The longest pattern that starts here: "flexible working patterns" over "flexible working".
      const words = longestFrom(doc, PATTERNS_BY_FIRST, k);
      if (!words) continue;
      const end = k + words.length;
      let no = refusal(doc, k, end);
      const [from, to] = scopeOf(doc, k);
      // "Not looking at part-timers", "I'd rather not have another job share": a refusal before it in the clause.
      const judged = judgementNear(doc, from, to, k, k, end);
      const preferred = judged !== undefined && judged.kind === 'refuse' && judged.start < k;
      if (no < 0 && preferred) no = judged!.start;
      // "no fixed shifts" describes a rota that changes, not a pattern refused to anyone.
      if (no < 0 || (no === k - 1 && tokens[no]!.norm === 'no' && (t.norm === 'fixed' || t.norm === 'set'))) continue;
      if (doc.hasPhrase(from, to, SAFEGUARDS) || doc.hasPhrase(from, to, OTHER_SENSE)) continue;
      const [sentenceFrom, sentenceTo] = doc.sentenceRange(t.sentence);
      if (doc.hasPhrase(sentenceFrom, sentenceTo, REASONS) && !familyReason(doc, from, to, sentenceFrom, sentenceTo)) continue;
      // "Part-time staff are not expected to...": people, unless it is their application that is refused.
      if (PEOPLE.has(tokens[end]?.norm ?? '') || words.at(-1)!.endsWith('er') || words.at(-1)!.endsWith('ers')) {
        let applying = preferred;
        for (let j = from; j < to && !applying; j++) applying = APPLYING.has(tokens[j]!.norm);
        // "we really can't do part-timers", "we don't take job sharers": the refusal's own verb, straight
        // after it, takes them on; not "we don't have any part-time staff yet but we welcome …".
        applying ||= no < k && TAKING_ON.has(tokens[no + 1]?.norm ?? '') && !doc.hasPhrase(sentenceFrom, sentenceTo, WELCOMING);
        if (!applying) continue;
      }
      // "Job shares are not possible": the refusal with the word it negates.
      let negated = no > k && tokens[no + 1]?.clause === tokens[no]!.clause ? no + 1 : no;
      if (negated > no && DETERMINERS.has(tokens[negated]!.norm) && tokens[negated + 1]?.clause === tokens[no]!.clause) negated++;
      if (negated > no && tokens[negated]!.norm === 'cost' && COST_JUDGED.has(tokens[negated + 1]?.norm ?? '')) negated++;
      const [a, b] = no < k ? [no, end - 1] : [k, negated];
      hits.push({ start: tokens[a]!.start, end: tokens[b]!.end });
      next = Math.max(k, b) + 1;
    }
    return hits;
  },
};

import type { Doc } from '../document';
import { CONDITION_OPENERS, negates, nounClass } from '../lexicon';
import { GAP, phraseWords, SHAPE } from '../tokenize';

const phrases = (list: string) =>
  list
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map(phraseWords);

/** Working patterns an advert offers or will consider: any one in a sentence is a flexible-working statement. */
const PATTERNS = phrases(`
  flexible working, flexible hours, flexible pattern, flexible patterns, flexible working pattern, flexible working
  patterns, flexible session, flexible sessions, flexible session pattern, flexible session patterns, flexible shift
  pattern, flexible shift patterns, flexible arrangements, flexible start, flexible start and finish, flexible rota, flexible shifts,
  flexible approach to working, flexible days, flexible contract, flexible contracts, job share, job shares, job
  sharing, jobshare, job-share, compressed hours, compressed week, compressed working, annualised hours, less than
  full time, ltft, flexitime, flexi time, flexi-time, nine-day fortnight, 9-day fortnight, 4-day week, 3-day week,
  four-day week, three-day week, 4 day week, 3 day week, staggered hours, self-rostering, self rostering, self-roster,
  hybrid working, home working, working from home, work from home, remote working, family-friendly hours, family
  friendly hours, flexibility can be offered, flexibility is offered, flexibility offered, flexibility available,
  flexibility is available, flexibility will be considered, flexibility can be considered, flexibility around,
  flexibility in working, flexibility with hours, flexibility over hours, flexibility in hours, flexibility over which,
  flexibility over the days, flexibility over your, flexibility over days, flexibility on which, flexibility on days,
  flexibility on hours, flexibility on the days, flexibility about which, flexibility as to which, flexibility we offer,
  flexibility we can offer, flexibility that we offer, we offer flexibility, we can offer flexibility, we also offer
  flexibility, offers flexibility, hours are flexible,
  hours can be flexible, hours are negotiable, negotiable hours, working hours are flexible, open to flexible, which
  days suit you, days that suit you, days to suit you, hours that suit you, hours to suit you, hours which suit you,
  hours that work for you, hours to suit, pattern that suits you, pattern to suit you, shifts that suit you, shifts to
  suit you, rota built around, rotas built around, rota around you, around your other commitments, around your family,
  around childcare, around your caring, around caring commitments, around caring responsibilities, rota that works around,
  rota that fits around, rotas that work around, choose your shifts, choose your hours, choose the shifts, choose which shifts,
  choose when you work, pick your shifts, pick the shifts, decide when you work, decide how many shifts, choose the days,
  choose which days, choose your days, choose the times, choose your times, times that suit you, times to suit you, as
  much or as little, part of the week, fewer days, any working pattern, working pattern you propose, pattern you propose,
  fit your life, around your life, choose between early, choose between late, choose between day, can be worked flexibly,
  may be worked flexibly, could be worked flexibly`);
/**
 * Patterns with a second sense: part time or term time may be the course's ("part-time study at
 * college"), "is flexible" the start date's ("the start date is flexible"), and "work flexibly" a
 * demand ("you will work flexibly across both sites") unless a choice word makes it an offer.
 */
const PATTERNS_IN_CONTEXT = phrases(`
  part time, part-timers, term time, reduced hours, fewer hours, school hours, work around your, fit around your,
  fits around your, built around your, around school, can be flexible, could be flexible, is flexible, are flexible,
  work flexibly, working flexibly`);
/** Words for when someone works, and the ways an advert says it is open to talk about them ("we can discuss your hours"). */
const WHEN = new Set(['hours', 'days', 'pattern', 'patterns', 'shifts', 'rota', 'sessions', 'contract', 'week', 'times']);
const OPEN = phrases(`
  discuss, discussed, discussing, discussion, talk about, talk through, chat about, talk to us about, negotiable,
  negotiate, by arrangement, by agreement, agreed with you, to suit, that suit, that suits, which suit, works for you, work for you,
  if you prefer, if you would prefer, if you'd prefer, arranged around, arrange around, whichever suits, whichever suit,
  choose between, you propose, work with you on, work with you to, scope to, spread over, can be worked over, could be
  worked over, still apply, open to`);
/** How far an open word may be from the hours it is about. */
const OPEN_WINDOW = 6;
/**
 * Words about study, a date or a place, or about how pay is worked out: beside them, "part time",
 * "fewer hours" or "is flexible" is not an offer of a working pattern ("salary pro rata for fewer hours").
 */
const OTHER_SENSE = new Set([
  'study', 'studying', 'studies', 'college', 'course', 'university', 'degree', 'lectures', 'classes', 'date', 'location', 'interview',
  'salary', 'pay', 'paid', 'rata', 'proportion',
]);
/** How far from a pattern an OTHER_SENSE word turns it ("part-time study at college", "the start date is flexible"). */
const SENSE_WINDOW = 4;
/** What a sentence demands of the applicant: flexibility to cover the rota is not flexible working. */
const DEMAND = phrases(`
  must be flexible, need to be flexible, needs to be flexible, will need to be flexible, be flexible to, flexible to meet,
  flexible to the needs, must be covered, needs to be covered, be willing to work, willing to cover, expected to cover,
  expected to work, required to work, flexibility is required, flexibility is essential, flexibility will be required,
  flexibility is needed, flexibility is expected, require flexibility, requires flexibility, need flexibility, needs
  flexibility, flexible approach is essential, flexible approach is required, flexible approach is needed, flexible
  approach is expected, flexible attitude, work flexibly to, flexibility to work, flexibility to cover, flexibility
  around the needs, flexible around the needs, available to work flexibly, flexibly around service, flexibly around the
  service, flexibly around the needs, flexibly to meet, work flexibly across, working flexibly across, works flexibly across, need to work flexibly, needs to work flexibly,
  asked to work flexibly, able to work flexibly, expected to work flexibly, required to work flexibly, must work flexibly,
  will work flexibly, be working flexibly, prepared to work flexibly, willing to work flexibly`);
/**
 * Flexible hours or shifts worked "when necessary" or "as required": the service's need, not the worker's choice, when the
 * sentence asks it of the worker ("you will work flexible shifts as needed"); an offer ("we offer flexible hours when
 * needed for school runs") is still one.
 */
const AS_NEEDED = phrases(
  ['hours', 'shifts']
    .flatMap((w) => ['when necessary', 'when required', 'when needed', 'as required', 'as needed', 'if required', 'if needed'].map((c) => `flexible ${w} ${c}`))
    .join(', '),
);
const DEMAND_CUE = phrases(`must, will, need to, needs to, have to, has to, expected to, required to, cover, covers, covering`);
const OFFER_CUE = phrases(`offer, offers, offered, discuss, happy to, welcome, welcomed, support, supports, supported`);

/** Whether [from, to) demands flexibility of the applicant rather than offering it. */
function demands(doc: Doc, from: number, to: number): boolean {
  if (doc.hasPhrase(from, to, DEMAND)) return true;
  return doc.hasPhrase(from, to, AS_NEEDED) && doc.hasPhrase(from, to, DEMAND_CUE) && !doc.hasPhrase(from, to, OFFER_CUE);
}
/**
 * Words that make a pattern in PATTERNS_IN_CONTEXT an offer or a choice ("part-time applicants will be
 * considered", "full or part time"), not the post's one fixed pattern ("This post is term time only",
 * "Part time, 22.5 hours a week").
 */
const CHOICE = new Set([
  'consider', 'considered', 'considering', 'welcome', 'welcomed', 'open', 'happy', 'offer', 'offered', 'offers', 'available',
  'option', 'options', 'can', 'could', 'would', 'may', 'request', 'requests', 'discuss', 'discussed', 'or', 'either',
  'support', 'supports', 'flexible', 'flexibility', 'suit', 'suits', 'around', 'if', 'prefer', 'want', 'wish', 'wishing',
  'choose', 'possible', 'accommodate', 'accommodated', 'negotiable', 'interested', 'applicants', 'applications', 'also',
]);

/**
 * Whether the advert offers flexible working: a sentence that names a pattern (job share, compressed
 * hours, part time, choosing your shifts...), or that is open to talk about the hours or days ("we
 * can discuss the hours", "days to suit you", "hours arranged around the school run"); not a sentence
 * that asks the applicant to be flexible or to cover a rota, nor part time or term time in a sentence
 * about the course an apprentice studies.
 */
export function offersFlexibleWorking(doc: Doc): boolean {
  const { tokens } = doc;
  // A choice of weekly hours is read first: it is numbers, not one of the lists' phrases.
  if (offersChoiceOfHours(doc)) return true;
  // Every other sentence that offers it holds one of these lists' phrases: a text with none is read no further.
  if (!doc.documentHas(PATTERNS) && !doc.documentHas(OPEN) && !doc.documentHas(PATTERNS_IN_CONTEXT)) return false;
  const sentences = (tokens.at(-1)?.sentence ?? -1) + 1;
  for (let s = 0; s < sentences; s++) {
    const from = doc.sentenceStart(s);
    const to = doc.sentenceEnd(s);
    if (from >= to) continue;
    // A sentence that offers it holds a phrase of one of the three lists (OPEN near the hours): most hold none.
    const named = doc.hasPhrase(from, to, PATTERNS);
    if (!named && !doc.hasPhrase(from, to, OPEN) && !doc.hasPhrase(from, to, PATTERNS_IN_CONTEXT)) continue;
    // A demand ("you will work flexibly across both sites") speaks for its own part of the sentence: a
    // pattern named after a semicolon or a dash ("…; we will consider job share") is still offered.
    if (demands(doc, from, to)) {
      if (named && offeredIn(doc, from, to, true)) return true;
      continue;
    }
    if (named && offeredIn(doc, from, to)) return true;
    let open = false;
    let choice = false;
    for (let k = from; k < to; k++) {
      const norm = tokens[k]!.norm;
      if (CHOICE.has(norm)) choice = true;
      if (WHEN.has(norm) && openAbout(doc, Math.max(from, k - OPEN_WINDOW), Math.min(to, k + OPEN_WINDOW + 1))) open = true;
    }
    if (open || (choice && patternInItsSense(doc, from, to))) return true;
  }
  return false;
}

/** How far before a pattern its refusal may be: "No part-time or job shares". */
const REFUSAL_REACH = 4;

/**
 * Whether sentence [from, to) names a pattern of PATTERNS that is not refused: "No part-time or job
 * shares – the rota needs full-timers" names two and offers neither. `outsideDemand`: only in a part of
 * the sentence that demands nothing of the applicant.
 */
function offeredIn(doc: Doc, from: number, to: number, outsideDemand = false): boolean {
  for (let k = from; k < to; k++) {
    const words = PATTERNS.find((w) => doc.phraseAt(k, w));
    if (!words || refused(doc, from, k) || forPatients(doc, k, words)) continue;
    if (!outsideDemand) return true;
    // The part of the sentence between semicolons, dashes or colons (GAP.BREAK) that holds the pattern.
    let start = k;
    while (start > from && !(doc.tokens[start]!.gap & GAP.BREAK)) start--;
    let end = k + 1;
    while (end < to && !(doc.tokens[end]!.gap & GAP.BREAK)) end++;
    if (!demands(doc, start, end)) return true;
  }
  return false;
}

/** Whom a service's flexibility is for, when it is not the staff's: "offers flexibility for patients". */
const SERVED: ReadonlySet<string> = new Set(['patients', 'patient', 'users', 'clients', 'customers', 'residents', 'public', 'visitors']);
/** Words between such flexibility and whom it serves: "flexibility to patients", "flexibility we offer our patients". */
const SERVED_BY: ReadonlySet<string> = new Set(['for', 'to', 'our', 'the', 'its', 'their', 'all', 'local', 'service']);

/** Whether the flexibility named by `words` at token k is offered to patients, not to the staff: "we offer flexibility to patients". */
function forPatients(doc: Doc, k: number, words: readonly string[]): boolean {
  if (!words.includes('flexibility')) return false;
  const end = k + words.length;
  for (let j = end; j < end + 4 && j < doc.tokens.length; j++) {
    const norm = doc.tokens[j]!.norm;
    if (SERVED.has(norm)) return true;
    if (!SERVED_BY.has(norm)) return false;
  }
  return false;
}

/** Words after "no" that make it a welcome: "no problem with job shares", "no objection to part time". */
const NOT_A_REFUSAL: ReadonlySet<string> = new Set(['problem', 'problems', 'issue', 'issues', 'objection', 'objections', 'reason', 'barrier', 'bar', 'matter']);
/**
 * Verbs of offering after a negation that refuse what follows: "we do not offer part-time
 * contracts", "we cannot consider job-sharers", "not looking at job shares". Any other verb leaves the
 * negation the applicant's or another matter's ("if you cannot work full time, job shares are welcome").
 */
const OFFERING: ReadonlySet<string> = new Set([
  'offer', 'offering', 'consider', 'considering', 'accept', 'accepting', 'looking', 'accommodate', 'accommodating', 'allow', 'allowing',
  'entertain', 'support', 'supporting',
]);

/** Who says "we are unable to" as the employer: "we are", "the practice is". */
const EMPLOYER_SUBJECTS: ReadonlySet<string> = new Set(['we', 'practice', 'trust', 'team', 'surgery', 'service', 'pharmacy', 'unit', 'department', 'ward', 'board']);
/** The verb between such a subject and "unable": "we are", "the trust is". */
const UNABLE_BE: ReadonlySet<string> = new Set(['are', 'is']);
/** Words a refused list may hold besides the patterns: whom or what they are for ("part-time partners", "term-time contracts"). */
const REFUSED_WITH: ReadonlySet<string> = new Set([
  'partners', 'staff', 'colleagues', 'nurses', 'contracts', 'contract', 'working', 'arrangements', 'requests', 'applications', 'posts', 'roles', 'the',
  'career', 'breaks', 'sabbaticals',
  // "not looking at job shares".
  'at',
]);

/** Words that may stand between "no" and the pattern it refuses: other patterns joined on ("No part-time or job shares"). */
const REFUSED_LIST: ReadonlySet<string> = new Set([...[...PATTERNS, ...PATTERNS_IN_CONTEXT].flat(), 'or', 'and', 'any', 'a']);

/**
 * Whether a negation at token j refuses the pattern at token k: "no" before it with only other
 * patterns between ("No part-time or job shares", not "No weekends and part time considered"), or a
 * negation before a verb of offering.
 */
function refusesAt(tokens: Doc['tokens'], j: number, k: number): boolean {
  let verb = -1;
  // "We are unable to consider job shares": the employer's inability, not an applicant's ("staff unable to accept full-time hours").
  if (tokens[j]!.norm === 'unable') {
    // "We are currently unable to": the adverb stands between.
    const be = tokens[j - 1]?.norm === 'currently' ? j - 2 : j - 1;
    const employer = tokens[be]?.norm === "we're" || (UNABLE_BE.has(tokens[be]?.norm ?? '') && EMPLOYER_SUBJECTS.has(tokens[be - 1]?.norm ?? ''));
    if (!employer || tokens[j + 1]?.norm !== 'to') return false;
    verb = j + 2;
  } else if (!negates(tokens, j)) {
    return false;
  } else if (tokens[j]!.norm === 'no') {
    for (let i = j + 1; i < k; i++) if (!REFUSED_LIST.has(tokens[i]!.norm)) return false;
    return !NOT_A_REFUSAL.has(tokens[j + 1]?.norm ?? '');
  } else {
    const next = tokens[j + 1]?.norm ?? '';
    verb = next === 'be' || next === 'currently' ? j + 2 : j + 1;
  }
  if (!OFFERING.has(tokens[verb]?.norm ?? '')) return false;
  // What is refused is the pattern only when the verb's object is the list that holds it ("cannot consider career
  // breaks or term-time contracts"), not something else before it ("cannot support the full rota, but job shares …").
  for (let i = verb + 1; i < k; i++) if (!REFUSED_LIST.has(tokens[i]!.norm) && !REFUSED_WITH.has(tokens[i]!.norm)) return false;
  return true;
}

/** Words that say a pattern is not to be had when negated: "not suitable for home working", "job share is not an option". */
const NOT_HAD: ReadonlySet<string> = new Set([
  'suitable', 'appropriate', 'possible', 'available', 'option', 'offered', 'considered', 'accommodated', 'supported', 'allowed', 'permitted',
]);
/** Words between the negation and NOT_HAD: "is not currently available", "cannot be offered", "is not an option". */
const NOT_HAD_BETWEEN: ReadonlySet<string> = new Set(['be', 'currently', 'an', 'a', 'really']);
/** How far after the pattern its refusal may come: "home working for this post is not possible". */
const REFUSED_AFTER_REACH = 6;

/** Whether the negation at token j is followed by a NOT_HAD word, through only NOT_HAD_BETWEEN words; the word's index, or -1. */
function notHadAt(tokens: Doc['tokens'], j: number): number {
  if (!negates(tokens, j) || tokens[j]!.norm === 'no') return -1;
  let w = j + 1;
  while (NOT_HAD_BETWEEN.has(tokens[w]?.norm ?? '') && w < j + 4) w++;
  return NOT_HAD.has(tokens[w]?.norm ?? '') ? w : -1;
}

/**
 * Whether the pattern at token k comes after "not suitable for" or "unsuitable for", with at most an article
 * between ("not suitable for a job share", "not really suitable for home working"), in its own clause.
 */
function unsuitableFor(tokens: Doc['tokens'], k: number): boolean {
  const at = tokens[k - 1]?.norm === 'a' || tokens[k - 1]?.norm === 'an' ? k - 1 : k;
  if (tokens[at - 1]?.norm !== 'for' || tokens[at - 2]?.clause !== tokens[k]!.clause) return false;
  const word = at - 2;
  if (tokens[word]?.norm === 'unsuitable') return true;
  for (let j = word - 1; j >= Math.max(0, word - 3); j--) if (notHadAt(tokens, j) === word) return true;
  return false;
}

/**
 * Whether the pattern at token k is said not to be had after it, in its own clause: "home working is
 * not available", "part-time working cannot be offered for this post", "job share is not an option".
 */
function refusedAfter(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const clause = tokens[k]!.clause;
  for (let j = k + 1; j < tokens.length && j <= k + REFUSED_AFTER_REACH && tokens[j]!.clause === clause; j++) {
    if (CONDITION_OPENERS.has(tokens[j]!.norm)) return false;
    if (notHadAt(tokens, j) >= 0) return true;
  }
  return false;
}

/** Whether a refusal comes just before the pattern at token k of the sentence starting at `from`, or after it in its clause. */
function refused(doc: Doc, from: number, k: number): boolean {
  const { tokens } = doc;
  if (refusedAfter(doc, k)) return true;
  if (unsuitableFor(tokens, k)) return true;
  // A verb of offering refuses the patterns its clause lists after it ("we cannot consider career breaks or
  // term-time contracts", "cannot accommodate part-time partners or school-hours working"); a bare "no" only
  // the ones close after it.
  const [clauseFrom] = doc.clauseRange(tokens[k]!.clause);
  for (let j = Math.max(from, clauseFrom); j < k; j++) {
    if (!refusesAt(tokens, j, k) || (tokens[j]!.norm === 'no' && k - j > REFUSAL_REACH)) continue;
    for (let i = from; i < j; i++) if (CONDITION_OPENERS.has(tokens[i]!.norm)) return false;
    return true;
  }
  return false;
}

/** Whether an OPEN phrase starts in [from, to) that is not said of pay ("hours negotiable", not "salary negotiable"). */
function openAbout(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (OPEN.some((words) => doc.phraseAt(j, words)) && nounClass(doc.tokens[j - 1]?.base ?? '') !== 'pay') return true;
  }
  return false;
}

/**
 * Whether sentence [from, to) names a PATTERNS_IN_CONTEXT pattern with no study, date, place or pay
 * word beside it: "We can offer part-time hours and adjustments at interview" offers part time, though
 * "interview" is in the sentence.
 */
function patternInItsSense(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    for (const words of PATTERNS_IN_CONTEXT) {
      if (!doc.phraseAt(k, words) || refused(doc, from, k)) continue;
      let otherSense = false;
      for (let j = Math.max(from, k - SENSE_WINDOW); j < to && j < k + words.length + SENSE_WINDOW && !otherSense; j++) otherSense = OTHER_SENSE.has(doc.tokens[j]!.norm);
      if (!otherSense) return true;
    }
  }
  return false;
}

const OR: ReadonlySet<string> = new Set(['or']);
const HOURS: ReadonlySet<string> = new Set(['hours', 'hrs']);

const WEEK_AFTER: ReadonlySet<string> = new Set(['per', 'a', 'each']);

/**
 * Whether the advert lets the applicant choose their weekly hours: three or more ("22.5, 30 or 37.5
 * hours"), or two said by the week ("30 or 37.5 hours a week"). Two lengths alone are a shift's or a
 * wait's ("long days of 11.5 or 12.5 hours", "seen within 2 or 4 hours"), no choice.
 */
function offersChoiceOfHours(doc: Doc): boolean {
  const { tokens } = doc;
  const isNumber = (k: number) => ((tokens[k]?.shape ?? 0) & SHAPE.NUMBER) !== 0;
  const ors = doc.tokensWith(OR);
  for (let i = 0; i < ors.length; i++) {
    const k = ors[i]!;
    if (!isNumber(k - 1) || !isNumber(k + 1)) continue;
    // "37.5 hours": the tokenizer gives "37", "5".
    const decimal = isNumber(k + 2) && doc.text.slice(tokens[k + 1]!.end, tokens[k + 2]!.start) === '.';
    const h = k + (decimal ? 3 : 2);
    if (!HOURS.has(tokens[h]?.norm ?? '')) continue;
    const third = (tokens[k - 1]!.gap & GAP.COMMA) !== 0 && isNumber(k - 2);
    const weekly = (WEEK_AFTER.has(tokens[h + 1]?.norm ?? '') && tokens[h + 2]?.norm === 'week') || tokens[h + 1]?.norm === 'weekly';
    if (third || weekly) return true;
  }
  return false;
}

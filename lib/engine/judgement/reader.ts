import type { Doc } from '../document';
import { byFirstWord } from '../handlers/cue-per-sentence';
import { CALENDAR, COURTESY_TITLES, HELP_VERBS, NEGATIONS, negates, nounClass } from '../lexicon';
import { GAP, SHAPE } from '../tokenize';
import { EMPLOYER, type Entry, FAIR, type Judgement, NOT_HELD_AGAINST, type Reach, VOCABULARY } from './vocabulary';

export type { Judgement } from './vocabulary';

// The one reader of the judgement vocabulary (vocabulary.ts), for every rule that flags a
// characteristic only when it is held for or against someone:
// - judgementNear: the judgement nearest a cue, in a range a handler chose (family-judged,
//   condition-doubted, working-pattern-refused, family-noted);
// - judgementInClause: the judgement in a clause, its kind and its object (sex-preferred);
// - isJudged: the `judged` context condition of wordlist rules (context.ts);
// - judgementOf: the judgement whose object is the person named at a word (sex-preferred).

/** A judgement's kind and tokens [start, end). */
export interface JudgementAt {
  kind: Judgement;
  start: number;
  end: number;
  /** Whether it takes the person it judges after it: "ideally a man", "not sure about a male nurse". */
  takesObject: boolean;
}

const ENTRIES_BY_FIRST = new Map<string, Entry[]>();
for (const e of VOCABULARY) ENTRIES_BY_FIRST.set(e.words[0]!, [...(ENTRIES_BY_FIRST.get(e.words[0]!) ?? []), e]);
// Longest first, so "must not" is read before "must" and "ask her" before "ask".
for (const list of ENTRIES_BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

/**
 * What a reader judges: a cue a handler found in the clause ("she has kids, so I'm not sure"), a
 * word a rule matched, which the commonest words also judge ("must be local"), or a person named
 * ("some lads would be handy").
 */
export type Reading = 'clause' | 'word' | 'person';
const READS: Record<Reading, ReadonlySet<Reach>> = {
  clause: new Set(['clause']),
  word: new Set(['clause', 'word']),
  person: new Set(['clause', 'object']),
};

/** The phrases each reading looks for, for the document's phrase index: a range without one is skipped at once. */
const PHRASES: Record<Reading, string[][]> = {
  clause: VOCABULARY.filter((e) => READS.clause.has(e.reach)).map((e) => e.words),
  word: VOCABULARY.filter((e) => READS.word.has(e.reach)).map((e) => e.words),
  person: VOCABULARY.filter((e) => READS.person.has(e.reach)).map((e) => e.words),
};

/** How far before a verb of wanting its subject may be: "we would really like". */
const SUBJECT_WINDOW = 3;
/** How far before its verb an employer placed somewhere may be: "the team at the Wessex Eye Centre is looking for". */
const PLACED_SUBJECT_WINDOW = 9;
/** Words that place the employer: "the team at", "our nurses in", "the service within". */
const AT_PLACE = new Set(['at', 'in', 'within', 'across']);
/** How far before a judgement a negation may cancel it: "I'm not going to ask whether", "no doubt". */
const NEGATION_REACH = 3;
/** First words of the doubts that "don't think" can negate: "a problem", "an issue", "a risk", "worried". */
const DOUBT_FIRST = new Set(['a', 'an', 'worried', 'concerned', 'tricky', 'difficult', 'risky']);

/** The negation just before token j in its clause ("not a problem", "we wouldn't want"), or -1. */
function negationBefore(doc: Doc, j: number): number {
  const { tokens } = doc;
  const clause = tokens[j]!.clause;
  for (let n = j - 1; n >= 0 && n >= j - NEGATION_REACH && tokens[n]!.clause === clause; n--) if (negates(tokens, n)) return n;
  return -1;
}

/** Words that open a time after a preference ("ideally from 2 March", "preferably by June"), when a date follows. */
const WHEN = new Set(['from', 'by', 'before', 'until', 'till', 'starting']);
/** Words of a time after those: "from next month", "by the end of May", "starting early January". */
const TIME_WORDS = new Set([...CALENDAR, 'next', 'now', 'mid', 'early', 'end', 'the', 'christmas', 'easter', 'spring', 'summer', 'autumn', 'winter']);

/** Whether a time follows the preference ending at `end` ("ideally from 2 March"), not a person ("ideally from this year's school leavers"). */
function whenAfter(doc: Doc, end: number): boolean {
  const { tokens } = doc;
  if (!WHEN.has(tokens[end]?.norm ?? '')) return false;
  const next = tokens[end + 1];
  if (!next) return false;
  if (next.shape & SHAPE.DIGIT || CALENDAR.has(next.norm)) return true;
  // "by the end of May", "from early January": a time word, then a date within two words.
  return TIME_WORDS.has(next.norm) && [tokens[end + 2], tokens[end + 3]].some((t) => t !== undefined && (t.shape & SHAPE.DIGIT || CALENDAR.has(t.norm) || TIME_WORDS.has(t.norm)));
}

/** Who a "wondering if" asks of, which makes it a request: the writer, the reader, or anyone free. */
const REQUESTERS = new Set(['i', 'we', 'you', 'anyone', 'anybody', 'someone', 'somebody', 'there', 'it', 'us']);

/** Words of degree between "at" and "risk": "at high risk", "at increased risk". */
const RISK_DEGREES = new Set(['high', 'higher', 'increased', 'greater', 'particular', 'significant', 'serious', 'immediate', 'low', 'some']);

/** Whether "risk" at j is read "at risk", of someone in danger: "at risk", "at high risk". */
function atRisk(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const before = RISK_DEGREES.has(tokens[j - 1]?.norm ?? '') ? j - 2 : j - 1;
  return tokens[before]?.norm === 'at' && tokens[before]!.clause === tokens[j]!.clause;
}

/** People a wording or a practice puts off, named right after "put off": "put off anyone with a stammer", "puts off people who". */
const DETERRED = new Set(['anyone', 'anybody', 'people', 'applicants', 'candidates', 'those', 'many', 'some', 'others', 'everyone', 'women', 'men']);

/** What puts people off when it is no doubt about a candidate: a wording or a practice ("it", "the advert", "that question"). */
const DETERRING = new Set(['it', 'this', 'that', 'which', 'wording', 'advert', 'ad', 'line', 'question', 'questions', 'phrase', 'requirement', 'rule', 'test', 'criterion', 'criteria']);
/** Words that may stand between it and "put off": "it might put off", "the advert really puts off". */
const BEFORE_PUT = new Set(['might', 'may', 'could', 'would', 'will', 'can', 'really', 'often', 'probably', 'just', 'also']);
/** Whether what puts people off at j is a wording or a practice, not a candidate's condition ("her stammer might put off callers"). */
function deterredByWording(doc: Doc, j: number): boolean {
  let k = j - 1;
  while (k >= 0 && BEFORE_PUT.has(doc.tokens[k]!.norm)) k--;
  return k >= 0 && DETERRING.has(doc.tokens[k]!.norm);
}

/** Verbs by which an employer gives time off: "colleagues get time off for Ramadan", "time off is given for Eid". */
const GIVEN = new Set(['get', 'gets', 'give', 'gives', 'given', 'offer', 'offers', 'offered', 'grant', 'grants', 'granted', 'allow', 'allows', 'allowed']);

/** Whether "time off" at j to `end` is given by the employer (support), not a doubt about someone taking it. */
function timeOffGiven(doc: Doc, j: number, end: number): boolean {
  const { tokens } = doc;
  // "with time off in lieu": time given back for hours worked.
  if (GIVEN.has(tokens[j - 1]?.norm ?? '') || (tokens[end]?.norm === 'in' && tokens[end + 1]?.norm === 'lieu')) return true;
  const verb = tokens[end]?.norm;
  return (verb === 'is' || verb === 'are' || verb === 'will' || verb === 'can') && GIVEN.has(tokens[verb === 'will' || verb === 'can' ? end + 2 : end + 1]?.norm ?? '');
}

/**
 * The judgement the phrase e at token j makes, read with a negation before it: none when the
 * negation cancels it ("not a problem", "no concerns", "I don't think that's an issue"); from the
 * negation on when it keeps it, a preference turned into a refusal ("we're not after", "we
 * wouldn't want", "won't be reliable").
 */
function read(doc: Doc, j: number, e: Entry): JudgementAt | undefined {
  const { tokens } = doc;
  const end = j + e.words.length;
  // "ideally from 2 March", "preferably by June": a preference about when, not about whom.
  if (e.kind === 'prefer' && e.takesObject && whenAfter(doc, end)) return undefined;
  // "a young person at risk", "women at high risk": someone in danger (safeguarding), not a doubt about a hire.
  if (e.words.length === 1 && e.words[0] === 'risk' && atRisk(doc, j)) return undefined;
  // "Muslim colleagues get time off for Ramadan", "time off is given for Eid": support given, not a doubt.
  if (e.words.length === 2 && e.words[0] === 'time' && e.words[1] === 'off' && timeOffGiven(doc, j, end)) return undefined;
  // "it put off anyone with an accent": people deterred by a wording or a practice, not a doubt about them.
  if (e.words.length === 2 && e.words[0]!.startsWith('put') && e.words[1] === 'off' && DETERRED.has(tokens[end]?.norm ?? '') && deterredByWording(doc, j)) return undefined;
  // "I was wondering if anyone could cover", "wondering if we can offer": a polite request, not a doubt.
  if (e.words[0]!.startsWith('wonder') && REQUESTERS.has(tokens[end]?.norm ?? '')) return undefined;
  // "I don't think that's a problem": the negation is the other judgement's, which it cancels.
  if (e.words.at(-1) === 'think') {
    for (let n = end; n < tokens.length && n < end + 4; n++) if (DOUBT_FIRST.has(tokens[n]!.norm)) return undefined;
    return { kind: e.kind, start: j, end, takesObject: e.takesObject };
  }
  const no = NEGATIONS.has(e.words[0]!) ? -1 : negationBefore(doc, j);
  // "I wouldn't shortlist her", "let's not put him through": a decision against only when negated.
  if (e.negated) return no < 0 ? undefined : { kind: e.kind, start: no, end, takesObject: e.takesObject };
  if (no < 0) return { kind: e.kind, start: j, end, takesObject: e.takesObject };
  if (!e.kept) return undefined;
  return { kind: e.kind === 'prefer' ? 'refuse' : e.kind, start: no, end, takesObject: e.takesObject };
}

/** The employer's words that may as well be anyone's, and the words that open a condition of their wish. */
const THIRD_PERSONS = new Set(['they', "they'd"]);
const CONDITION_OPENERS = new Set(['if', 'whenever', 'unless']);

/** Words that may open a note's clause before a verb of wanting whose subject, the writer, is left out: "Would really prefer". */
const DROPPED_SUBJECT = new Set(['would', 'really', 'much', 'definitely', 'personally', 'honestly', 'also', 'and', 'so', 'just', 'still', 'probably']);

/**
 * Whether the writer or the employer is the subject of the verb of wanting at j, within tokens from
 * `from`: named ("we want", "the practice would prefer"), or left out, as notes and e-mails do, when
 * the verb opens its clause ("Would prefer someone local", "Really want someone younger").
 */
function byWriter(doc: Doc, j: number, from: number): boolean {
  const { tokens } = doc;
  for (let h = j - 1; h >= from && h >= j - SUBJECT_WINDOW; h--) {
    if (!EMPLOYER.has(tokens[h]!.norm)) continue;
    // "swap to earlies if they want": a condition of the people's own wish, not the employer's want of them.
    return !(THIRD_PERSONS.has(tokens[h]!.norm) && CONDITION_OPENERS.has(tokens[h - 1]?.norm ?? ''));
  }
  // "The team at the Wessex Eye Centre is looking for": the employer, then where it is, before the verb.
  for (let h = j - 2; h > from && h >= j - PLACED_SUBJECT_WINDOW; h--) if (AT_PLACE.has(tokens[h]!.norm) && EMPLOYER.has(tokens[h - 1]!.norm) && !THIRD_PERSONS.has(tokens[h - 1]!.norm)) return true;
  const start = doc.clauseStart(tokens[j]!.clause);
  if (j - start > SUBJECT_WINDOW) return false;
  for (let h = start; h < j; h++) if (!DROPPED_SUBJECT.has(tokens[h]!.norm)) return false;
  return true;
}

/** The judgement of the longest phrase at token j that the reading reads in tokens [from, to): not cancelled, and not another's want. */
function judgementAt(doc: Doc, j: number, from: number, to: number, reading: Reading): JudgementAt | undefined {
  const reaches = READS[reading];
  const entries = ENTRIES_BY_FIRST.get(doc.tokens[j]!.norm);
  if (entries === undefined) return undefined;
  for (const e of entries) {
    if (!reaches.has(e.reach)) continue;
    if (j + e.words.length > to || !doc.phraseAt(j, e.words)) continue;
    if (e.writer && !byWriter(doc, j, from)) continue;
    const judged = read(doc, j, e);
    if (judged) return judged;
  }
  return undefined;
}

/** How a reader reads: what it judges (default a cue in the clause), and which kinds it counts (default all). */
export interface ReadOptions {
  reading?: Reading;
  kinds?: readonly Judgement[];
}

/**
 * The judgement in tokens [from, to) nearest token k (none inside [skipFrom, skipTo), the words
 * judged), or undefined. Looked up through the document's phrase index: the cost is the judgement
 * words the text holds, not a pass over it.
 */
export function judgementNear(doc: Doc, from: number, to: number, k: number, skipFrom = k, skipTo = k + 1, options: ReadOptions = {}): JudgementAt | undefined {
  const { reading = 'clause', kinds } = options;
  if (!doc.hasPhrase(from, to, PHRASES[reading])) return undefined;
  let best: JudgementAt | undefined;
  for (let j = from; j < to; j++) {
    if (j >= skipFrom && j < skipTo) continue;
    if (best && Math.abs(j - k) >= Math.abs(best.start - k) && j > k) break;
    const judged = judgementAt(doc, j, from, to, reading);
    if (judged && (!kinds || kinds.includes(judged.kind)) && (!best || Math.abs(j - k) < Math.abs(best.start - k))) best = judged;
  }
  return best;
}

/** A judgement in a clause, and what it judges: tokens [start, end) of its object. */
export interface ClauseJudgement extends JudgementAt {
  object: [start: number, end: number];
}

/**
 * The judgement in the clause of token k nearest it, if any, and its object: the words after it in
 * the clause when it takes one ("not sure about a male nurse"), else the words before it, which it
 * says of someone ("a younger nurse would be better", "she won't be reliable"). A judgement in
 * another clause of the sentence ("she has two children, so I'm not sure") is that clause's.
 */
export function judgementInClause(doc: Doc, k: number, reading: Reading = 'clause'): ClauseJudgement | undefined {
  const [from, to] = doc.clauseRange(doc.tokens[k]!.clause);
  const judged = judgementNear(doc, from, to, k, -1, -1, { reading });
  if (!judged) return undefined;
  const after: [number, number] = [judged.end, to];
  const before: [number, number] = [from, judged.start];
  const object = (judged.takesObject && after[1] > after[0]) || before[1] === before[0] ? after : before;
  return { ...judged, object };
}

/** How far from the match a judgement is read: a real sentence is far shorter, and text without stops stays linear. */
const REACH = 40;

/** The token range read for a judgement of a word: its sentence and, in a note, the next sentence on its line. */
function scope(doc: Doc, from: number): [number, number] {
  const { tokens } = doc;
  const sentence = tokens[from]!.sentence;
  const start = doc.sentenceStart(sentence);
  let end = doc.sentenceEnd(sentence);
  // "Candidate 2 wears a headscarf. Concern re patient perception.": notes judge in the next sentence.
  if (end < tokens.length && tokens[end]!.line === tokens[from]!.line) end = doc.sentenceEnd(tokens[end]!.sentence);
  return [Math.max(start, from - REACH), Math.min(end, from + REACH)];
}

/**
 * Whether the words a rule matched at tokens [from, to) are held for or against the person: a
 * judgement in their sentence (or, in notes, the next sentence on the line), and no fair statement
 * there ("we welcome", "regardless of").
 */
export function isJudged(doc: Doc, from: number, to = from + 1): boolean {
  const [sentenceStart, sentenceEnd] = doc.sentenceRange(doc.tokens[from]!.sentence);
  if (doc.hasPhrase(Math.max(sentenceStart, from - REACH), Math.min(sentenceEnd, from + REACH), FAIR)) return false;
  if (disownedNext(doc, sentenceEnd)) return false;
  const [start, end] = scope(doc, from);
  return judgementNear(doc, start, end, from, from, to, { reading: 'word' }) !== undefined;
}

/** Words by which a sentence points back to what the one before it reported: "This must not form any part of our decision". */
const POINTING_BACK = new Set(['this', 'that', 'it', 'which', 'these', 'those']);
/** How far into the next sentence its pointing word may stand: "I want to be clear that this must not…". */
const POINTING_REACH = 8;

/**
 * Whether the sentence after the one ending at token `end` disowns what that one reported, pointing back to it: "It was
 * noted that Candidate 2 wears a hijab and 'might put some fathers off'. I want to be clear that this must not form any part
 * of our decision." The note is reported to be set aside, not the writer's judgement.
 */
export function disownedNext(doc: Doc, end: number): boolean {
  const next = doc.tokens[end];
  if (!next) return false;
  const [from, to] = doc.sentenceRange(next.sentence);
  let pointing = false;
  for (let j = from; j < to && j < from + POINTING_REACH; j++) if (POINTING_BACK.has(doc.tokens[j]!.norm)) pointing = true;
  return pointing && doc.hasPhrase(from, to, NOT_HELD_AGAINST);
}

/** Words that start a new statement inside a sentence: a judgement before them is about something else. */
const NEW_STATEMENT = new Set(['but', 'so', 'because', 'although', 'though', 'whereas', 'while', 'whilst', 'and', 'as', 'since', 'if', 'when']);
/** How far back from the judgement its holder may be: "most of our patients prefer". */
const HOLDER_WINDOW = 5;
const RELATIVE = new Set(['who', 'that', 'whom']);
/**
 * Judgements that take "to" or "of" before the person: "better suited to a man", "wary of a female
 * porter", "the lads respond better to a bloke", "clients open up more to a woman", "any chance of a lad";
 * and a group of the people judged: "I don't want a team of 50-year-old men".
 */
const TAKES: Record<string, ReadonlySet<string>> = {
  to: new Set(['suited', 'better', 'more']),
  of: new Set(['wary', 'chance', 'team', 'group', 'bunch', 'crowd', 'load', 'office', 'room', 'ward']),
};
const TAKES_EITHER = new Set(['stick']);
/** A patient's relatives ("her husband would prefer a female GP"); the titles a patient is written with are COURTESY_TITLES. */
const RELATIVES = new Set(['husband', 'wife', 'son', 'daughter', 'relative', 'relatives', 'mum', 'dad', 'grandson', 'granddaughter', 'nok']);
/** Asking is a preference only for what is asked for: "ask the agency for a girl". */
const REQUESTS = new Set(['ask', 'asking', 'asked', 'request', 'requested']);
const FOR = new Set(['for']);
const INDEFINITE = new Set(['a', 'an', 'another']);
const OBJECT_TAKERS = byFirstWord(VOCABULARY.filter((e) => e.takesObject).map((e) => e.words));
const DOUBTING = new Set(VOCABULARY.filter((e) => e.takesObject && e.kind === 'doubt').map((e) => e.words));
/** "has", "have", "had" as the perfect: "not sure a man has ever applied" doubts a record, not a person. */
const PERFECT = new Set(['has', 'have', 'had']);
/** Words after the perfect that make it one ("has ever", "has never", "has been"), besides a verb in -ed ("has applied"). */
const PERFECT_NEXT = new Set(['ever', 'never', 'previously', 'already', 'once', 'been', 'done', 'come', 'gone', 'got']);

/** Words for sex that come before the noun they describe: "a female GP has applied". */
const SEX_ADJECTIVES = new Set(['male', 'female']);

/** Whether the person named at k is the subject of a report of what has happened: "a man has ever applied", "a female GP has done the job". */
function recordOf(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const h = SEX_ADJECTIVES.has(tokens[k]!.norm) ? k + 2 : k + 1;
  if (!PERFECT.has(tokens[h]?.norm ?? '')) return false;
  const next = tokens[h + 1]?.norm ?? '';
  return PERFECT_NEXT.has(next) || (next.length > 4 && next.endsWith('ed'));
}

function wordBetween(doc: Doc, j: number, k: number, words: ReadonlySet<string>): boolean {
  for (let h = j + 1; h < k; h++) if (words.has(doc.tokens[h]!.norm)) return true;
  return false;
}

/**
 * Whether a patient, a client, a service, a patient's relative or a titled person (a patient, as
 * notes write them) holds the judgement at j ("our patients prefer a female nurse", "Mrs Khan would
 * prefer a female GP").
 */
function patientHolds(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const clause = tokens[j]!.clause;
  const isPatient = (h: number) => {
    const t = tokens[h]!;
    const cls = nounClass(t.base);
    return cls === 'patient' || cls === 'service' || RELATIVES.has(t.base) || COURTESY_TITLES.has(t.norm);
  };
  for (let h = j - 1; h >= 0 && h >= j - HOLDER_WINDOW && tokens[h]!.clause === clause; h--) if (isPatient(h)) return true;
  // "patients who would prefer a woman", "older men who have said they would prefer a man": a
  // clause opened by "who" or "that" is about the noun just before it.
  const [clauseStart] = doc.clauseRange(clause);
  if (!RELATIVE.has(tokens[clauseStart]!.norm)) return false;
  for (let h = clauseStart - 1; h >= 0 && h >= clauseStart - 2; h--) if (isPatient(h)) return true;
  return false;
}

/** The phrase of a judgement that takes an object starting at token j and ending by k, if any (a loop: no callback made per word). */
function objectTakerAt(doc: Doc, j: number, k: number): string[] | undefined {
  const list = OBJECT_TAKERS.get(doc.tokens[j]!.norm);
  if (list === undefined) return undefined;
  for (const words of list) if (j + words.length <= k && doc.phraseAt(j, words)) return words;
  return undefined;
}

/** How far back, in words, a judgement may be from the person it is about ("ideally a strong, fit young man"). */
export const OBJECT_WINDOW = 7;

/**
 * The token where a judgement whose object is the person named at token k starts, or -1: a
 * preference or a doubt before k in the same statement ("ideally a man", "not sure about a male
 * support worker", "ask the agency for a girl"). Held by a patient, a client or a service, or with
 * one named in between ("patients who prefer a female nurse", "a clinic for new mums"), it is
 * theirs, not the writer's, unless `patientsCount` (the caller has read that the person is staff
 * chosen to please them: "patients prefer a girl on reception"); nor is it read across a colon, a
 * bracket or a word that starts a new statement.
 */
export function judgementOf(doc: Doc, k: number, window = OBJECT_WINDOW, patientsCount = false): number {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && j >= k - window; j--) {
    const t = tokens[j]!;
    if (t.sentence !== sentence) return -1;
    const cls = nounClass(t.base);
    if (cls === 'patient' || cls === 'service') return -1;
    const found = objectTakerAt(doc, j, k);
    // "ask the agency for a girl", not "ask a female colleague to chaperone".
    if (found && REQUESTS.has(t.norm) && !wordBetween(doc, j, k, FOR)) return -1;
    // A doubt is about someone not yet known: "not sure about a male support worker", not "worried
    // about the girls on nights" (people already there).
    if (found && DOUBTING.has(found) && (!wordBetween(doc, j, k, INDEFINITE) || recordOf(doc, k))) return -1;
    if (found) return !patientsCount && patientHolds(doc, j) ? -1 : j;
    if (NEW_STATEMENT.has(t.norm) || t.gap & GAP.BREAK) return -1;
    // "looking for a nurse to support women", "want to hear from men": the words are the object of
    // another verb, not of the judgement ("suited to a man" keeps it).
    // "the needs of women": what follows "of" belongs to the noun before it.
    if (HELP_VERBS.has(t.norm) || ((t.norm === 'to' || t.norm === 'of') && !TAKES[t.norm]!.has(tokens[j - 1]?.norm ?? '') && !TAKES_EITHER.has(tokens[j - 1]?.norm ?? ''))) return -1;
  }
  return -1;
}

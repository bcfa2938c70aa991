import type { Doc } from '../document';
import { CONDITION_OPENERS, COURTESY_TITLES, EVALUATIVE, GROUPS_OF_SEX, NEGATIONS, nounClass, RECRUITING, TITLE_HEADS, WRITER_SUBJECTS } from '../lexicon';
import { GAP } from '../tokenize';
import { soughtForOther } from '../targets';
import type { Hit, SpanHandler } from './types';

const SEX = new Set(['female', 'male', 'females', 'males', 'woman', 'women', 'man', 'men', 'lady', 'ladies', 'gentleman', 'gentlemen']);
const WANTED = new Set(['required', 'wanted', 'needed', 'sought', 'only', 'preferred']);
/** Words that pin a sex to birth or body: "must be a biological female", "must be biologically male", "must have been born male". */
const SEX_QUALIFIERS = new Set(['biological', 'biologically', 'natal', 'genetically', 'genetic', 'born']);
/** Words after "preferred" that keep it a wish for the post ("women preferred for this post"), not a past tense ("women preferred the late shift"). */
const PREFERRED_FOR = new Set(['for', 'but', 'though', 'although', 'please']);
/** Jobs by name that TITLE_HEADS leaves out, as adverts for one sex name them: "male manual labourer wanted". */
const MORE_ROLES = new Set(['labourer', 'labourers', 'driver', 'drivers', 'rep', 'reps', 'representative', 'representatives', 'operative', 'operatives', 'chef', 'chefs', 'cook', 'cooks', 'gardener', 'gardeners', 'phlebotomist', 'phlebotomists', 'plumber', 'electrician', 'physio', 'physios']);
/** Children named by sex, used of staff wanted only in a stated preference: "boys first, if possible". */
const YOUNG_SEX = new Set(['boys', 'girls', 'lads', 'lasses']);
/** Every word for one sex the handler reads. */
const ANY_SEX: ReadonlySet<string> = new Set([...SEX, ...YOUNG_SEX]);
/** Words after "first" that make it an order of preference for the post: "men first, if possible". */
const FIRST_IF: string[][] = ['if possible', 'if we can', 'where possible', 'ideally', 'preferably', 'please'].map((p) => p.split(' '));
/** Words for women and girls, to tell a word for the other sex later in a sentence ("girls first, then boys"). */
const FEMALE = new Set(['female', 'females', 'woman', 'women', 'lady', 'ladies', 'girls', 'lasses']);
/** Words of hiring or staffing that make "men first" an order for a post, not for patients seen: "shortlist men first, if possible". */
const STAFFING = new Set([
  'hire', 'hiring', 'shortlist', 'shortlisting', 'interview', 'interviews', 'interviewing', 'recruit', 'recruiting', 'appoint',
  'appointing', 'candidate', 'candidates', 'applicant', 'applicants', 'post', 'role', 'vacancy', 'vacancies', 'staff', 'locum', 'locums',
  'shift', 'shifts', 'rota',
]);
/** "male and female", "men or women": both sexes, not one. */
const BOTH = new Set(['and', 'or', '/', '&']);

/** Words by which a practice or a ward books staff ("book male GP locums"), read only with a word of temporary staffing. */
const BOOKING = new Set(['book', 'booking', 'books']);
/** Temporary staffing, which makes a booking a hire ("book female bank nurses"), not a clinician booked for a patient's appointment. */
const TEMPORARY = new Set(['locum', 'locums', 'bank', 'agency', 'shift', 'shifts', 'sessions', 'cover']);

/** Words that make a request for one sex a patient's right to a chaperone or to same-sex intimate care. */
const INTIMATE = new Set(['chaperone', 'chaperones', 'chaperoning', 'chaperoned', 'intimate', 'toileting', 'bathing', 'showering']);

/** Whether sentence s is about a chaperone or intimate care ("patients who need personal care"). */
export function forIntimateCare(doc: Doc, s: number): boolean {
  const { tokens } = doc;
  const [from, to] = doc.sentenceRange(s);
  for (let j = from; j < to; j++) if (INTIMATE.has(tokens[j]!.norm) || (tokens[j]!.norm === 'personal' && tokens[j + 1]?.norm === 'care')) return true;
  return false;
}

/**
 * Clinics that patients are booked into and may ask a clinician of their own sex for: "book a female
 * locum for the smear clinic" staffs the patients' choice. Only for a booking, not a preference stated
 * outright ("we'd rather have a female nurse, our patients like a woman for their smears").
 */
const SAME_SEX_CLINICS = new Set(['smear', 'smears', 'cervical', 'screening', 'coil', 'coils']);

/**
 * Whether a patient is the reason for staff booked in sentence s: a patient named ("so patients can
 * choose"), intimate care or a clinic patients may want a clinician of their sex for. The words for
 * one sex are passed over, since they also name patients ("women").
 */
export function forPatients(doc: Doc, s: number, sexWords: ReadonlySet<string>): boolean {
  if (forSameSexCare(doc, s)) return true;
  const [from, to] = doc.sentenceRange(s);
  for (let j = from; j < to; j++) {
    const t = doc.tokens[j]!;
    if (nounClass(t.base) === 'patient' && !sexWords.has(t.norm)) return true;
  }
  return false;
}

/** Whether sentence s is about care a patient may ask a clinician of their own sex for: a chaperone, intimate care, a smear clinic. */
export function forSameSexCare(doc: Doc, s: number): boolean {
  if (forIntimateCare(doc, s)) return true;
  const [from, to] = doc.sentenceRange(s);
  for (let j = from; j < to; j++) if (SAME_SEX_CLINICS.has(doc.tokens[j]!.norm)) return true;
  return false;
}

/** Whether sentence s names temporary staffing (a locum, a bank shift), or, with `session`, a clinic's session too. */
function namesTemporary(doc: Doc, s: number, session = false): boolean {
  const [from, to] = doc.sentenceRange(s);
  for (let j = from; j < to; j++) if (TEMPORARY.has(doc.tokens[j]!.norm) || (session && doc.tokens[j]!.norm === 'session')) return true;
  return false;
}

/** Whether the sentence of token k books temporary staff, and not for a patient ("a female GP for the patient's review"). */
function booksStaff(doc: Doc, k: number): boolean {
  const s = doc.tokens[k]!.sentence;
  return namesTemporary(doc, s) && !forPatients(doc, s, ANY_SEX);
}

/**
 * Whether the sentence of token k staffs a session of same-sex care: "for the Tuesday coil clinic
 * session we need a female locum" is the patients' choice met, as a booking for it is. (A "session"
 * alone is as often a patient's appointment, so it counts as staffing only here, beside such care.)
 */
function staffsSameSexCare(doc: Doc, k: number): boolean {
  const s = doc.tokens[k]!.sentence;
  return namesTemporary(doc, s, true) && forSameSexCare(doc, s);
}
/** Words between two describing words before a role: "female bar and floor staff". */
const JOINED = new Set(['and', 'or', '&', '/']);

/** Verbs of need before "to be": "needs to be a man", "has to be a woman". */
/** Words after the sex that make "needs to be a man" no demand for one sex: both sexes, "man enough", "a man of his word". */
const NOT_ONE_SEX_AFTER = new Set([...BOTH, 'enough', 'of']);
const NEEDING = new Set(['need', 'needs', 'has', 'have', 'had', 'got', 'ought']);
/** Words before "a man" or "a woman" that ask for one: "prefer a man", "rather have a woman". */
const PREFERRING = new Set(['prefer', 'preferably', 'ideally', 'have', 'want', 'need', 'rather', 'hire', 'appoint', 'recruit', 'get']);
/** Everyday words for a man or a woman, read only as the one wished for: "it would be nice to have a bloke for once". */
const INFORMAL_SEX: ReadonlySet<string> = new Set(['bloke', 'chap', 'fella', 'lad', 'lass']);
/**
 * Words before "a bloke" that wish for one: PREFERRING's, but "have" only after "to" or "rather" ("we have a lad starting
 * Monday" tells, it does not wish) and never "get" ("get a chap in to fix it").
 */
const WISHING: ReadonlySet<string> = new Set([...PREFERRING].filter((w) => w !== 'have' && w !== 'get' && w !== 'preferably'));
const HAVE_WISHED = new Set(['to', 'rather']);
/** Verbs after "a bloke to" that send someone for a job of repair, not hire them: "a bloke to fix the boiler". */
const REPAIRING = new Set(['fix', 'look', 'check', 'mend', 'repair', 'service', 'sort', 'come', 'install', 'move', 'deliver', 'collect']);
/** Words after "a man" that describe the one wanted: "a man who can hold his own". */
const DESCRIBED = new Set(['who', 'that']);
/**
 * What the one wanted could do, after DESCRIBED: "who can", "who could", "that would". A past or a present of their own
 * ("a woman who was discharged", "a man who applied last year", "who joined us") tells of someone already there.
 */
const ABLE = new Set(['can', 'could', 'would', 'will', 'might']);
/** How far back in its sentence the writer's wish may stand before the "and" that joins one sex to it. */
const WISH_REACH = 14;

/**
 * Where the writer's own wish stands before the "and" at k, which joins what follows to what it asks for: "We need a
 * dominant personality, and a man who…" (-1 when none does, or a patient wants).
 */
function joinedWish(doc: Doc, k: number): number {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  for (let j = k - 1; j >= 1 && j >= k - WISH_REACH && tokens[j]!.sentence === sentence; j--) {
    // "We want to thank everyone…": a wish for an act, not for a person.
    if ((WISHING.has(tokens[j]!.norm) || RECRUITING.has(tokens[j]!.norm)) && WRITER_SUBJECTS.has(tokens[j - 1]!.norm)) return patientWants(doc, j) || tokens[j + 1]?.norm === 'to' ? -1 : j;
  }
  return -1;
}

/** Verbs of a future that make the one described the subject of a sentence of their own: "and a man who delivers the post will show you round". */
const FUTURE = new Set(['will', 'shall', "'ll"]);
/** Whether a future's verb stands after the modal at k in its sentence: the person described does something, not is wished for. */
function subjectOfOwnVerb(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const [, to] = doc.sentenceRange(tokens[k]!.sentence);
  for (let j = k + 1; j < to; j++) if (FUTURE.has(tokens[j]!.norm)) return true;
  return false;
}

/** Whether the man or woman at k is sent for a task, not hired: "a chap from estates", "a bloke to fix the boiler". */
const sentFor = (doc: Doc, k: number) => doc.tokens[k + 1]?.norm === 'from' || (doc.tokens[k + 1]?.norm === 'to' && REPAIRING.has(doc.tokens[k + 2]?.norm ?? ''));
/** Words of personal care in the sentence, for which a patient may ask for a man or a woman: "would prefer a chap to help him wash". */
const CARE = new Set(['wash', 'washing', 'bathe', 'bathing', 'shower', 'showering', 'dress', 'dressing', 'toileting', 'chaperone', 'intimate', 'examination', 'examine', 'care']);

/**
 * "nice to have a bloke", "we need a lass for this": an everyday word for one sex, wished for by the writer, as [start, end]
 * tokens, or null. Not a patient's wish (one named by title, or care in the sentence), not one the writer refuses ("don't
 * write that we want a bloke"), and not someone sent for a task ("a chap from estates to look at the boiler").
 */
/**
 * Where "needs to be a man" or "has to be a bloke" starts before the sex word at k, or -1: not "you don't have to be a
 * man", "a man or a woman", "man enough", "a man of his word", nor a patient who has to be a man to join a screening list.
 */
function neededBefore(doc: Doc, k: number): number {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  const at = (j: number) => (tokens[j] && tokens[j]!.sentence === sentence ? tokens[j]! : undefined);
  const be = at(k - 1)?.norm === 'a' ? k - 2 : k - 1;
  if (at(be)?.norm !== 'be' || at(be - 1)?.norm !== 'to' || !NEEDING.has(at(be - 2)?.norm ?? '')) return -1;
  if (NEGATIONS.has(at(be - 3)?.norm ?? '') || NOT_ONE_SEX_AFTER.has(at(k + 1)?.norm ?? '') || patientWants(doc, be - 2)) return -1;
  return be - 2;
}

function informalWish(doc: Doc, k: number): [number, number] | null {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  const a = tokens[k - 1];
  const verb = tokens[k - 2];
  if (a?.norm !== 'a' || !verb || verb.sentence !== sentence) return null;
  const wished = WISHING.has(verb.norm) || (verb.norm === 'have' && HAVE_WISHED.has(tokens[k - 3]?.norm ?? ''));
  const next = tokens[k + 1]?.sentence === sentence ? tokens[k + 1] : undefined;
  if (!wished || isRole(next?.base ?? '') || sentFor(doc, k) || patientWants(doc, k - 2)) return null;
  const [from, to] = doc.sentenceRange(sentence);
  for (let j = from; j < to; j++) {
    const w = tokens[j]!.norm;
    // "we'd rather not have a bloke" still wishes (for a woman).
    const refused = NEGATIONS.has(w) && !(w === 'not' && tokens[j - 1]?.norm === 'rather');
    if (CARE.has(w) || (j < k && (COURTESY_TITLES.has(w) || refused))) return null;
  }
  return conditional(doc, k - 2) ? null : [k - 2, k];
}

/** Words after "no women" that leave it a refusal, not a statement about a group ("no women attended"). */
const REFUSAL_ENDS = new Set(['this', 'please', 'thanks', 'need', 'applicants', 'candidates', 'again', 'for', 'i', 'we']);

/** Whether "no women" at k ends its clause or goes on as a refusal ("no women this time", "no men, please"). */
function endsRefusal(doc: Doc, k: number): boolean {
  const next = doc.tokens[k + 1];
  if (!next || next.sentence !== doc.tokens[k]!.sentence || next.gap & (GAP.BREAK | GAP.COMMA | GAP.NEWLINE)) return true;
  return REFUSAL_ENDS.has(next.norm);
}

/** The writer or the employer as who prefers: "we'd prefer", "I would rather". */
const WRITERS = new Set(['we', "we'd", "we're", "we'll", 'i', "i'd", "i'm", "i'll"]);

/**
 * Whether a patient is who wants it: "patients who would prefer a woman" (a chaperone, not a hire).
 * Not when the writer is nearer as the one preferring: "many of our patients are women, so we'd prefer
 * a female nurse" is the employer's preference.
 */
function patientWants(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  for (let j = k - 1; j >= 0 && j >= k - 6 && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
    if (WRITERS.has(tokens[j]!.norm)) return false;
    if (nounClass(tokens[j]!.base) === 'patient') return true;
  }
  return false;
}

/** How far before a wish its condition may open: "if a female GP is needed", "if ever a woman is required". */
const CONDITION_REACH = 3;

/** Whether a condition opens the clause just before the wish that starts at token `start`: "If a female clinician is needed for patient choice, …". */
function conditional(doc: Doc, start: number): boolean {
  const { tokens } = doc;
  for (let j = start - 1; j >= 0 && j >= start - CONDITION_REACH && tokens[j]!.sentence === tokens[start]!.sentence; j--) {
    // "If possible, female applicants only": a comma closes the condition before the wish.
    if (tokens[j + 1]!.gap & GAP.COMMA) return false;
    // "Only if male" restricts; it opens no case.
    if (CONDITION_OPENERS.has(tokens[j]!.norm)) return tokens[j - 1]?.norm !== 'only';
  }
  return false;
}

/** Words that say one sex suits the post: "suits women", "better suited to a man". */
const SUITING = new Set(['suit', 'suits', 'suited', 'suiting', 'better', 'best']);
/** Words passed over between them: "suited to a man", "better for the women". */
const LINKS = new Set(['a', 'an', 'the', 'to', 'for', 'by', 'with', 'more', 'most']);
/** Words after one sex that say it suits the post better: "a woman would be better", "men are better at it". */
const BETTER_AFTER: string[][] = [
  'would be better', 'would suit', 'would be best', 'are better', 'is better', 'are best', 'is best', 'do it better', 'would do it better', 'best suited',
  'better suited', 'does best', 'do best', 'does better', 'do better', 'works best', 'work best', 'make better', 'make the best',
].map((p) => p.split(' '));
const MAKE = new Set(['make', 'makes', 'made']);

/**
 * The token of the suiting words around the sex word at k, or -1: before it ("suits women",
 * "better suited to a man") or after it ("a woman would be better"). Not when a patient or a
 * service is who it suits ("the clinic suits women who work").
 */
function suitedAt(doc: Doc, k: number): number {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  for (let j = k - 6; j < k; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence) continue;
    const cls = nounClass(t.base);
    if (cls === 'patient' || cls === 'service') return -1;
  }
  let j = k - 1;
  while (j >= 0 && j >= k - 3 && LINKS.has(tokens[j]!.norm) && tokens[j]!.sentence === sentence) j--;
  if (j < k - 1 || tokens[j]?.norm === 'suits' || tokens[j]?.norm === 'suit') {
    if (j >= 0 && tokens[j]!.sentence === sentence && SUITING.has(tokens[j]!.norm)) return j;
  }
  for (const words of BETTER_AFTER) {
    const end = k + words.length;
    // "women are better off" is the idiom of being better placed, not of suiting the post.
    if (doc.phraseAt(k + 1, words) && tokens[end]!.sentence === sentence && tokens[end + 1]?.norm !== 'off') return end;
  }
  // "Women make great nurses", "men make poor practice managers": one sex judged as holders of a post.
  if (MAKE.has(tokens[k + 1]?.norm ?? '') && EVALUATIVE.has(tokens[k + 2]?.norm ?? '')) {
    for (let r = k + 3; r <= k + 4 && tokens[r]?.sentence === sentence; r++) if (nounClass(tokens[r]!.base) === 'person') return r;
  }
  return -1;
}

/** Words after one sex that turn it away: "women need not apply", "men will not be considered". */
const TURNED_AWAY: string[][] = [
  'need not apply', "needn't apply", 'should not apply', "shouldn't apply", 'will not be considered', "won't be considered", 'cannot be considered',
  "can't be considered", 'are not considered', 'will not be accepted', "won't be accepted",
].map((p) => p.split(' '));

/** Words before the sex word that leave it the whole sex: the start of the clause, "so", "and" or "but". */
const CLAUSE_JOINS = new Set(['so', 'and', 'but']);

/**
 * The last token of the words turning away the sex at k, or -1. Only the sex as a whole: "pregnant
 * women need not apply" turns away a group (the group-excluded rule's).
 */
function turnedAway(doc: Doc, k: number): number {
  const sentence = doc.tokens[k]!.sentence;
  const prev = doc.tokens[k - 1];
  if (prev && prev.sentence === sentence && !(doc.tokens[k]!.gap & (GAP.BREAK | GAP.COMMA)) && !CLAUSE_JOINS.has(prev.norm)) return -1;
  for (const words of TURNED_AWAY) if (doc.phraseAt(k + 1, words) && doc.tokens[k + words.length]!.sentence === sentence) return k + words.length;
  return -1;
}

/** Services named by a verb and "in": "a women-only drop-in", "a men-only walk-in session". */
const DROP_INS = new Set(['drop', 'walk']);
const dropIn = (doc: Doc, j: number) =>
  DROP_INS.has(doc.tokens[j]!.norm) && doc.tokens[j + 1]?.norm === 'in' && (doc.tokens[j + 1]!.gap & GAP.HYPHEN) !== 0;

/** Verbs after "only" that keep the work for one sex: "only for men", "we only employ women", "would only suit young men". */
const KEPT_FOR = new Set(['for', 'suit', 'suits', 'employ', 'employs', 'hire', 'hires', 'recruit', 'recruits', 'take', 'takes', 'want', 'wants', 'accept', 'accepts', 'appoint', 'appoints']);
/** Of them, the verbs of hiring: the rest ("for", "suit") need the work named before them ("the job is only for men"). */
const HIRING = new Set(['employ', 'employs', 'hire', 'hires', 'recruit', 'recruits', 'appoint', 'appoints']);
/** Words that name the work or the employer before "only for": not "the drop-in is only for women". */
const THE_WORK = new Set(['job', 'jobs', 'role', 'roles', 'post', 'posts', 'position', 'positions', 'vacancy', 'vacancies', 'work', 'we', 'i', "we'd", "we'll", "i'd"]);

/**
 * The "only" that keeps the work for the sex at k ("the job is only for men", "we only employ men in
 * the warehouse", "this job would only suit young men"), with one describing word allowed between, or
 * -1. Not a service or care for patients of that sex ("the drop-in is only for women", "only female
 * chaperones for smears").
 */
function keptFor(doc: Doc, k: number): number {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  const at = (j: number) => (tokens[j] && tokens[j]!.sentence === sentence ? tokens[j]! : undefined);
  let verb = k - 1;
  if (at(verb) && !KEPT_FOR.has(at(verb)!.norm) && nounClass(at(verb)!.base) === undefined) verb--;
  if (!KEPT_FOR.has(at(verb)?.norm ?? '') || at(verb - 1)?.norm !== 'only') return -1;
  if (forSameSexCare(doc, sentence)) return -1;
  const [from, to] = doc.sentenceRange(sentence);
  let work = HIRING.has(tokens[verb]!.norm);
  for (let j = from; j < verb - 1 && !work; j++) work = THE_WORK.has(tokens[j]!.norm);
  if (!work) return -1;
  for (let j = from; j < to; j++) {
    const cls = j === k ? undefined : nounClass(tokens[j]!.base);
    if (cls === 'patient' || cls === 'service') return -1;
  }
  return verb - 1;
}

const isRole = (word: string) => nounClass(word) === 'person' || TITLE_HEADS.has(word) || MORE_ROLES.has(word) || word === 'chaperone' || word === 'chaperones';
/** A role written as capitals: "Male HCA wanted", "female GPs only". */
const ROLE_ABBREVIATION = /^[A-Z]{2,6}s?$/;

/** Whether the sex word at k is paired with the other ("male and female staff", "women or men"). */
function paired(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  return (next !== undefined && BOTH.has(next.norm) && SEX.has(tokens[k + 2]?.norm ?? '')) || (prev !== undefined && BOTH.has(prev.norm) && SEX.has(tokens[k - 2]?.norm ?? ''));
}

/** Whether "preferred" at k ends its clause or goes on as a wish ("women preferred, but..."), not as a verb with an object. */
function endsPreference(doc: Doc, k: number): boolean {
  const next = doc.tokens[k + 1];
  if (!next || next.sentence !== doc.tokens[k]!.sentence || next.gap & (GAP.BREAK | GAP.COMMA | GAP.NEWLINE)) return true;
  return PREFERRED_FOR.has(next.norm);
}

/**
 * "Boys first, if possible", "women first please": one sex put first for the post, at the token
 * after "first" or -1. Only as a sentence of its own or with a word of hiring in it, and not when
 * the other sex follows ("girls first, if possible, then boys" is the order patients are seen in).
 */
function firstPreferred(doc: Doc, k: number): number {
  const { tokens } = doc;
  const first = tokens[k + 1];
  if (first?.norm !== 'first' || first.sentence !== tokens[k]!.sentence) return -1;
  const words = FIRST_IF.find((w) => doc.phraseAt(k + 2, w) && tokens[k + 1 + w.length]!.sentence === first.sentence);
  if (!words) return -1;
  const [from, to] = doc.sentenceRange(first.sentence);
  const female = FEMALE.has(tokens[k]!.norm);
  let staffed = false;
  for (let j = from; j < to; j++) {
    const w = tokens[j]!.norm;
    if (j > k && ANY_SEX.has(w) && FEMALE.has(w) !== female) return -1;
    if (STAFFING.has(w)) staffed = true;
  }
  return staffed || (from === k && to === k + 2 + words.length) ? k + 1 : -1;
}

/**
 * An advert that asks for one sex: "female applicants only", "must be male", "Female GP required",
 * "we are looking for a female nurse". The rule's context lets it pass when the advert states the
 * Equality Act 2010 occupational-requirement exemption (Schedule 9).
 */
/** A group named by sex sought for a study, a programme or to do something of its own ("young women needed to give blood"), not hired. */
const soughtAsGroup = (doc: Doc, k: number) => GROUPS_OF_SEX.has(doc.tokens[k]!.norm) && soughtForOther(doc, k);

export const oneSex: SpanHandler = {
  kind: 'span',
  triggers: new Set([...ANY_SEX, ...INFORMAL_SEX]),
  find({ doc }) {
    const { tokens } = doc;
    const hits: Hit[] = [];
    for (const k of doc.tokensWith(INFORMAL_SEX)) {
      if (soughtAsGroup(doc, k)) continue;
      const needed = neededBefore(doc, k);
      const wish = needed >= 0 ? [needed, k] : informalWish(doc, k);
      if (wish) hits.push({ start: tokens[wish[0]!]!.start, end: tokens[wish[1]!]!.end });
    }
    const sexed = doc.tokensWith(ANY_SEX);
    for (let i = 0; i < sexed.length; i++) {
      const k = sexed[i]!;
      if (paired(doc, k) || soughtAsGroup(doc, k)) continue;
      // "Boys first, if possible": any word for one sex, but not the courtesy "ladies first".
      const first = tokens[k]!.norm === 'ladies' ? -1 : firstPreferred(doc, k);
      if (first >= 0) {
        hits.push({ start: tokens[k]!.start, end: tokens[first]!.end });
        continue;
      }
      if (!SEX.has(tokens[k]!.norm)) continue;
      const t = tokens[k]!;
      const sentence = t.sentence;
      const at = (j: number) => (tokens[j] && tokens[j]!.sentence === sentence ? tokens[j]! : undefined);
      let end = -1;
      let start = k;
      // "must be (a) female", "should be male", "must be a biological female" (the qualifier narrows, not widens, the sex asked for).
      const q = SEX_QUALIFIERS.has(at(k - 1)?.norm ?? '') ? k - 1 : k;
      if (at(q - 1)?.norm === 'be' || (at(q - 1)?.norm === 'a' && at(q - 2)?.norm === 'be') || (at(q - 1)?.norm === 'been' && at(q - 2)?.norm === 'have')) {
        // "must have been born male": the modal is before "have".
        const m = q - (at(q - 1)!.norm === 'a' || at(q - 1)!.norm === 'been' ? 3 : 2);
        const modal = at(m)?.norm;
        if (modal === 'must' || modal === 'should' || modal === 'will') {
          end = k;
          start = m;
        } else {
          const needed = neededBefore(doc, k);
          if (needed >= 0) {
            end = k;
            start = needed;
          }
        }
      }
      // "no women this time", "no men, please": one sex turned away.
      if (end < 0 && at(k - 1)?.norm === 'no' && endsRefusal(doc, k)) {
        start = k - 1;
        end = k;
      }
      // "we'd prefer a man", "would rather have a woman", "ideally a man for this".
      if (
        end < 0 &&
        (at(k - 1)?.norm === 'a' || at(k - 1)?.norm === 'an') &&
        PREFERRING.has(at(k - 2)?.norm ?? '') &&
        !isRole(at(k + 1)?.base ?? '') &&
        !patientWants(doc, k - 2)
      ) {
        start = k - 2;
        end = k;
      }
      // "We need a calm head, and a man who can hold his own": one sex joined to what the writer's wish asks for, and described.
      if (end < 0 && (at(k - 1)?.norm === 'a' || at(k - 1)?.norm === 'an') && at(k - 2)?.norm === 'and' && DESCRIBED.has(at(k + 1)?.norm ?? '') && ABLE.has(at(k + 2)?.norm ?? '')) {
        const wish = joinedWish(doc, k - 2);
        if (wish >= 0 && !subjectOfOwnVerb(doc, k + 2)) {
          start = k - 1;
          end = k;
        }
      }
      // "female (applicants) only", "Female GP required", "female nurse wanted".
      // The role may be a compound: "female practice nurse".
      const isRoleAt = (j: number) => {
        const u = at(j);
        // "MALE ONLY", "FEMALE REQUIRED": a wanting word in capitals is no role's letters.
        return u !== undefined && (isRole(u.base) || (ROLE_ABBREVIATION.test(doc.text.slice(u.start, u.end)) && !WANTED.has(u.norm)));
      };
      // Two describing words joined before the role count as one: "female bar and floor staff".
      const joinedRole = JOINED.has(at(k + 2)?.norm ?? '') && !SEX.has(at(k + 3)?.norm ?? '') && isRoleAt(k + 4) ? k + 4 : -1;
      const role = isRoleAt(k + 1) ? k + 1 : isRoleAt(k + 2) ? k + 2 : joinedRole;
      const after = role >= 0 ? role + 1 : k + 1;
      // "female applicants only", but not "a women-only ward" or "a female-only acute ward" (a service,
      // not who may apply): the noun may follow one describing word.
      const servedAt = (j: number) =>
        at(j) !== undefined && ((nounClass(at(j)!.base) !== undefined && nounClass(at(j)!.base) !== 'person') || dropIn(doc, j));
      const served = servedAt(after + 1) || (at(after + 1) !== undefined && nounClass(at(after + 1)!.base) === undefined && servedAt(after + 2));
      if (end < 0 && at(after) && WANTED.has(at(after)!.norm) && !(at(after)!.norm === 'only' && served) && !(at(after)!.norm === 'preferred' && !endsPreference(doc, after))) end = after;
      // "female candidates are preferred", "male applicants are required": the same wish with its verb,
      // but not a rule laid on staff of that sex ("female staff are required to wear...").
      const wish = after + 1;
      if (
        end < 0 &&
        role >= 0 &&
        (at(after)?.norm === 'are' || at(after)?.norm === 'is') &&
        at(wish) &&
        WANTED.has(at(wish)!.norm) &&
        at(wish)!.norm !== 'only' &&
        at(wish + 1)?.norm !== 'to' &&
        !(at(wish)!.norm === 'preferred' && !endsPreference(doc, wish))
      )
        end = wish;
      if (end < 0 && role >= 0) {
        // "we are looking for a female practice nurse": a recruiting word just before.
        for (let j = k - 1; j >= 0 && j >= k - 4 && at(j); j--) {
          const booked = BOOKING.has(tokens[j]!.norm) && booksStaff(doc, k);
          if ((RECRUITING.has(tokens[j]!.norm) || booked) && !patientWants(doc, j)) {
            // Staffing a session of same-sex care is the same for every word before, so it is read once.
            if (!staffsSameSexCare(doc, k)) end = role;
            break;
          }
        }
        // "applications from female candidates only".
        if (end < 0 && at(role + 1)?.norm === 'only') end = role + 1;
      }
      // "we can only consider female applicants".
      if (end < 0 && role >= 0) {
        for (let j = k - 1; j >= 0 && j >= k - 3 && at(j); j--) if (tokens[j]!.norm === 'only') end = role;
      }
      // "this role would suit a woman".
      if (end < 0 && (at(k - 1)?.norm === 'a' || at(k - 1)?.norm === 'an') && (at(k - 2)?.norm === 'suit' || at(k - 2)?.norm === 'suits')) {
        start = k - 2;
        end = k;
      }
      // "only accept applications from women".
      if (end < 0 && at(k - 1)?.norm === 'from') {
        for (let j = k - 2; j >= 0 && j >= k - 5 && at(j); j--) if (tokens[j]!.norm === 'only') end = k;
      }
      // "this suits women best", "better suited to a man", "a woman would be better": one sex said to suit the post.
      if (end < 0) {
        const suited = suitedAt(doc, k);
        if (suited >= 0) {
          start = Math.min(suited, k);
          end = Math.max(suited, k);
        }
      }
      if (end < 0) end = turnedAway(doc, k);
      if (end < 0) {
        const only = keptFor(doc, k);
        if (only >= 0) {
          start = only;
          end = k;
        }
      }
      if (end >= 0 && !conditional(doc, start)) hits.push({ start: tokens[start]!.start, end: tokens[end]!.end });
    }
    return hits;
  },
};

import { SAID_FIELDS, type SaidField } from '../concept-fields';
import { CONCEPTS } from '../concepts';
import type { Doc } from '../document';
import { phraseList } from '../handlers/cue-per-sentence';
import { AUXILIARIES, CALENDAR, NATIONALITY_ADJECTIVES, nounClass, PREPOSITIONS, SUBORDINATORS } from '../lexicon';
import { NAME } from '../names';
import { GAP, SHAPE } from '../tokenize';
import { WordTable } from '../vocabulary';

// What is said of a person: the second part of the reading of a characteristic held for or against
// a particular candidate (who: who.ts; held for or against them: judged.ts). Every protected
// characteristic's words (wordlists/concepts.json: an age, a family life, a health condition or an
// aid, an origin, a faith) and the proxies that take a place or a number rather than a fixed word
// ("trained in Lagos", "moved here from Kerala", "nearer 55 than 50", "61 years old") are found in
// one walk over the text, whichever rules then read them.

/**
 * Each field's phrases by their first word and then their second ('' for one word alone), longest
 * first: "in" starts some 200 phrases of an age ("in their twenties", "in her prime"), so a text's
 * every "in" reads only those whose second word follows it.
 */
type PhraseIndex = ReadonlyMap<string, ReadonlyMap<string, readonly string[][]>>;
const INDEX = Object.fromEntries(
  SAID_FIELDS.map((field): [SaidField, PhraseIndex] => {
    const map = new Map<string, Map<string, string[][]>>();
    for (const p of [...CONCEPTS[field]].sort((a, b) => b.length - a.length)) {
      const byNext = map.get(p[0]!) ?? new Map<string, string[][]>();
      map.set(p[0]!, byNext);
      const second = p[1] ?? '';
      const listed = byNext.get(second);
      if (listed) listed.push(p);
      else byNext.set(second, [p]);
    }
    return [field, map];
  }),
) as Record<SaidField, PhraseIndex>;

/** Verbs of where someone trained or grew up, before "in" and a place: "trained in Lagos", "qualified in Pakistan", "born in Accra". */
const TRAINED = new Set(['trained', 'qualified', 'studied', 'graduated', 'educated', 'schooled', 'raised', 'born']);
/** Where training was had when no place is named: "trained abroad", "got her degree overseas". */
const ABROAD = new Set(['abroad', 'overseas']);
/** The same before the verb: "overseas-trained staff", "internationally educated nurses". */
const TRAINED_WHERE = new Set([...ABROAD, 'foreign', 'internationally']);
/** The same with "up" before "in": "grew up in Krakow", "brought up in Lahore". */
const GREW_UP = new Set(['grew', 'brought']);
/** Verbs and what was done before "in" and a place: "did her degree in Lisbon", "completed his training in Cebu". */
const DID = new Set(['did', 'took', 'completed', 'got', 'earned']);
const STUDIES = new Set(['degree', 'training', 'diploma', 'masters', 'studies', 'nursing', 'pharmacy', 'medicine', 'optometry', 'physio', 'physiotherapy', 'qualification', 'qualifications']);
const WHOSE = new Set(['her', 'his', 'their', 'a']);
/**
 * Verbs of where someone came from, before "here" or "over", "from" and a place: "moved here from
 * Kerala", "came over from Manila"; "moved from Boots" is a change of employer. "Relocated" and
 * "emigrated" need neither.
 */
const MOVED = new Set(['moved', 'came', 'come', 'comes', 'arrived', 'relocated', 'emigrated']);
const MOVED_THROUGH = new Set(['here', 'over']);
const MOVED_ALONE = new Set(['relocated', 'emigrated']);
/**
 * Words before "from" and a place that is someone's origin: "no one from Eastern Europe", "someone
 * from Lagos", "Number 6 is from Ghana", "his qualifications are from Nigeria".
 */
const FROM_HOLDERS = new Set(['one', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'people', 'candidates', 'applicants', 'is', 'was', "she's", "he's", 'originally']);
/** Verbs between a qualification and "from": "qualifications are from", "degree was from". */
const IS = new Set(['is', 'are', 'was', 'were']);
/** How many capitalised words a place may run to: "Sri Lanka", "Eastern Europe", "Papua New Guinea". */
const PLACE_WORDS = 3;
/** Endings of the capitalised words after "trained in" that are a specialty, not a place: "Cardiology", "Paediatrics", "Nursing". */
const SPECIALTY_ENDINGS = ['ology', 'ics', 'ery', 'icine', 'ing', 'ment', 'care', 'ency', 'ancy', 'ice'];

/** Words before a number that make it an age: "nearer 55", "aged 61", "pushing 58", "only 23". */
const AGE_BEFORE = new Set(['nearer', 'closer', 'nearly', 'almost', 'pushing', 'past', 'over', 'under', 'aged', 'about', 'around', 'only']);
/** Measures before "over 35" or "under 30" that make the number theirs, not an age: "a BMI over 35", "a Bradford score over 200". */
const MEASURES = new Set(['bmi', 'score', 'scores', 'factor']);
/** Numbers read as an adult's age. */
const AGE = /^[2-8][0-9]$/;
const YEARS = new Set(['years', 'year', 'yrs', 'yr']);
/** Verbs before a year ("in" optional) that date a person's start and so their age, outside an advert: "graduated in 1996", "qualified 1989". */
export const DATED = new Set(['qualified', 'graduated', 'trained']);
const YEAR = /^(?:19|20)\d\d$/;

/** Which fields' words a word may start, as bits (1 << field's place in SAID_FIELDS). */
const FIRSTS = new Map<string, number>();
const bit = (field: SaidField) => 1 << SAID_FIELDS.indexOf(field);
for (const field of SAID_FIELDS) for (const first of INDEX[field].keys()) FIRSTS.set(first, (FIRSTS.get(first) ?? 0) | bit(field));
for (const w of [...TRAINED, ...GREW_UP, ...DID, ...MOVED, ...TRAINED_WHERE, 'from']) FIRSTS.set(w, (FIRSTS.get(w) ?? 0) | bit('origin'));
const AGE_NUMBERS: string[] = [];
for (let n = 20; n < 90; n++) AGE_NUMBERS.push(String(n));
for (const w of [...AGE_BEFORE, ...AGE_NUMBERS, ...DATED]) FIRSTS.set(w, (FIRSTS.get(w) ?? 0) | bit('age'));

/**
 * What a word may start, by its number (vocabulary.ts), worked out once per thread rather than once
 * per occurrence: which fields' cues (bits, as in FIRSTS) and each field's phrases that start with
 * it (its entry in INDEX, by SAID_FIELDS' order), so the walk in cuesOf makes no lookup by string
 * for a word's first place in a phrase.
 */
interface FirstWord {
  bits: number;
  byField: (ReadonlyMap<string, readonly string[][]> | undefined)[];
}
const NOT_FIRST: FirstWord = { bits: 0, byField: [] };
const FIRST_WORDS = new WordTable<FirstWord>((word) => {
  const bits = FIRSTS.get(word) ?? 0;
  return bits === 0 ? NOT_FIRST : { bits, byField: SAID_FIELDS.map((field) => INDEX[field].get(word)) };
});

/** The words a field's cue may start with, for a handler's triggers. */
export function cueFirstWords(field: SaidField): ReadonlySet<string> {
  const b = bit(field);
  return new Set([...FIRSTS].filter(([, bits]) => bits & b).map(([w]) => w));
}

/** Whether token j is a capitalised word that names a place where none is expected: "Lagos", not "Cardiology", "June" or "NHS". */
function isPlace(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  if (!t || !(t.shape & SHAPE.CAP) || t.shape & SHAPE.UPPER || t.sentence !== doc.tokens[j - 1]!.sentence || CALENDAR.has(t.norm)) return false;
  const cls = nounClass(t.base);
  if ((cls !== undefined && cls !== 'place') || doc.nameKind(j) === NAME.ORGANISATION) return false;
  for (const ending of SPECIALTY_ENDINGS) if (t.norm.endsWith(ending)) return false;
  return true;
}

/**
 * Whether the origin cue at token k is a place of training or a move ("trained in Lagos") rather than
 * a word of the field: a fact any CV gives, so only a judgement of its own clause holds it against the
 * person, not a want that happens to share its sentence ("trained in Leeds; we'd like her to start in May").
 */
export function isPlaceCue(doc: Doc, k: number): boolean {
  const norm = doc.tokens[k]!.norm;
  return TRAINED.has(norm) || GREW_UP.has(norm) || DID.has(norm) || MOVED.has(norm) || norm === 'from' || TRAINED_WHERE.has(norm);
}

/** The end of the place that starts at token j ("Lagos", "Sri Lanka"), or -1 when no place does. */
function placeFrom(doc: Doc, j: number): number {
  if (!isPlace(doc, j)) return -1;
  const { tokens } = doc;
  let end = j + 1;
  while (end < j + PLACE_WORDS && end < tokens.length && tokens[end]!.shape & SHAPE.CAP && !(tokens[end]!.gap & (GAP.BREAK | GAP.COMMA)) && isPlace(doc, end)) end++;
  return end;
}

/** Whether the "from" at token k follows a person or a qualification: "someone from", "she's from", "qualifications are from". */
function fromHolder(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1]?.norm ?? '';
  if (FROM_HOLDERS.has(prev) || STUDIES.has(prev)) return true;
  return IS.has(prev) && STUDIES.has(doc.tokens[k - 2]?.norm ?? '');
}

/**
 * The end of a place of study after a verb of doing at k: "did her degree in Lisbon", "did her
 * nursing degree in Kerala", "got his degree abroad", "did it in Ghana" (a qualification named
 * before), or -1.
 */
function studiedWhere(doc: Doc, k: number): number {
  const { tokens } = doc;
  let j = k + 1;
  if (tokens[j]?.norm === 'it') j++;
  else {
    if (!WHOSE.has(tokens[j]?.norm ?? '') || !STUDIES.has(tokens[j + 1]?.norm ?? '')) return -1;
    j += STUDIES.has(tokens[j + 2]?.norm ?? '') ? 3 : 2;
  }
  if (ABROAD.has(tokens[j]?.norm ?? '') && j > k + 2) return j + 1;
  return tokens[j]?.norm === 'in' ? placeFrom(doc, j + 1) : -1;
}

/** The end of an origin proxy from token k ("trained in Lagos", "grew up in Krakow", "did her degree in Lisbon", "moved here from Kerala", "no one from Eastern Europe"), or -1. */
function placeEnd(doc: Doc, k: number): number {
  const { tokens } = doc;
  const norm = tokens[k]!.norm;
  if (TRAINED.has(norm)) return ABROAD.has(tokens[k + 1]?.norm ?? '') ? k + 2 : tokens[k + 1]?.norm === 'in' ? placeFrom(doc, k + 2) : -1;
  if (GREW_UP.has(norm)) return tokens[k + 1]?.norm === 'up' && tokens[k + 2]?.norm === 'in' ? placeFrom(doc, k + 3) : -1;
  if (DID.has(norm)) return studiedWhere(doc, k);
  if (TRAINED_WHERE.has(norm)) return TRAINED.has(tokens[k + 1]?.norm ?? '') ? k + 2 : -1;
  if (norm === 'from') return fromHolder(doc, k) ? placeFrom(doc, k + 1) : -1;
  if (!MOVED.has(norm)) return -1;
  let j = k + 1;
  if (MOVED_THROUGH.has(tokens[j]?.norm ?? '')) j++;
  else if (!MOVED_ALONE.has(norm)) return -1;
  return tokens[j]?.norm === 'from' ? placeFrom(doc, j + 1) : -1;
}

/** The end of an age as a number from token k ("nearer 55", "aged 61", "61 years old", "graduated in 1996"), or -1. */
function ageEnd(doc: Doc, k: number): number {
  const { tokens } = doc;
  const t = tokens[k]!;
  if (DATED.has(t.norm)) {
    const year = tokens[k + 1]?.norm === 'in' ? k + 2 : k + 1;
    return doc.kind !== 'advert' && YEAR.test(tokens[year]?.norm ?? '') ? year + 1 : -1;
  }
  if (AGE_BEFORE.has(t.norm)) {
    const j = tokens[k + 1]?.norm === 'to' && t.norm === 'closer' ? k + 2 : k + 1;
    return tokens[j] && AGE.test(tokens[j]!.norm) && tokens[j]!.sentence === t.sentence ? j + 1 : -1;
  }
  if (!AGE.test(t.norm) || !YEARS.has(tokens[k + 1]?.norm ?? '') || tokens[k + 2]?.norm !== 'old') return -1;
  return k + 3;
}

/** Each field's cues as [start, end) token pairs, flat and in text order. */
export type Cues = Record<SaidField, readonly number[]>;
const CUES = new WeakMap<Doc, Cues>();

/**
 * Every cue of every field in the text, found in one walk: a field's longest phrase at a word, or a
 * proxy of its own (a place for an origin, a number for an age). Each word is looked up once by its
 * number (`doc.wordIds`), so a text costs a typed-array read per word, whatever the fields hold.
 */
export function cuesOf(doc: Doc): Cues {
  const known = CUES.get(doc);
  if (known) return known;
  const { words, norm, numbers } = doc.wordIds();
  const firsts: FirstWord[] = new Array(words.length);
  for (let w = 0; w < words.length; w++) firsts[w] = FIRST_WORDS.get(numbers[w]!, words[w]!);
  const found: Record<SaidField, number[]> = { age: [], family: [], health: [], origin: [], religion: [], orientation: [] };
  const n = doc.tokens.length;
  for (let k = 0; k < n; k++) {
    const first = firsts[norm[k]!]!;
    const b = first.bits;
    if (b === 0) continue;
    for (let f = 0; f < SAID_FIELDS.length; f++) {
      if (!(b & (1 << f))) continue;
      const field = SAID_FIELDS[f]!;
      const end = phraseEnd(doc, first.byField[f], k, field);
      if (end > k) found[field].push(k, end);
    }
  }
  CUES.set(doc, found);
  return found;
}

/** Words for a name after a nationality: "Polish name", "an Irish surname". */
const NAMES = new Set(['name', 'names', 'surname', 'surnames']);

/** The first words of the origin field's "hard to understand", which must be said of its subject. */
const HARD = new Set(['hard', 'difficult', 'tricky']);
/** Verbs, and adverbs after them, between a person and "hard to understand": "she was quite hard to follow". */
const BE = new Set(['is', 'was', 'are', 'were', "she's", "he's", "they're"]);
const DEGREE = new Set(['very', 'quite', 'bit', 'a', 'really', 'so', 'rather', 'pretty', 'incredibly']);

/** Whether "hard to understand" at token k is said of its subject ("Candidate 7 was hard to follow"), not of a thing she found so ("found the rota hard to understand"). */
function saidOfSubject(doc: Doc, k: number): boolean {
  let j = k - 1;
  while (j > 0 && k - j <= 2 && DEGREE.has(doc.tokens[j]!.norm)) j--;
  return BE.has(doc.tokens[j]?.norm ?? '');
}

/** Places of worship, which also begin the names of places and streets ("Chapel Allerton", "Church Street", "Temple Fortune"). */
const WORSHIP_PLACES = new Set(['church', 'chapel', 'temple', 'mosque', 'synagogue', 'gurdwara']);

/** Whether token k, a place of worship, begins a name: capitalised where no capital is due, and a capitalised word follows. */
function beginsPlaceName(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  const next = doc.tokens[k + 1];
  if (!WORSHIP_PLACES.has(t.norm) || !(t.shape & SHAPE.CAP) || doc.expectsCapital(k)) return false;
  return next !== undefined && next.sentence === t.sentence && (next.shape & SHAPE.CAP) !== 0 && !(next.gap & (GAP.BREAK | GAP.COMMA));
}

/**
 * The end of the field's cue at token k: its longest phrase there, else its proxy; -1 for none.
 * `byNext` is the field's phrases that start with the word at k (INDEX), if any.
 */
function phraseEnd(doc: Doc, byNext: ReadonlyMap<string, readonly string[][]> | undefined, k: number, field: SaidField): number {
  if (field === 'age' && MEASURES.has(doc.tokens[k - 1]?.norm ?? '')) return -1;
  if (field === 'religion' && beginsPlaceName(doc, k)) return -1;
  if (field === 'origin' && byNext !== undefined && HARD.has(doc.tokens[k]!.norm) && !saidOfSubject(doc, k)) return -1;
  if (byNext !== undefined) {
    // A phrase's second word is read as the next token's norm or base, as phraseAt reads it.
    const next = doc.tokens[k + 1];
    let end = next === undefined ? -1 : longestAt(doc, byNext.get(next.norm), k);
    if (next !== undefined && next.base !== next.norm) end = Math.max(end, longestAt(doc, byNext.get(next.base), k));
    if (end < 0) end = longestAt(doc, byNext.get(''), k);
    // "Polish name", "a Nigerian surname": a nationality read off the person's name.
    if (end === k + 1 && field === 'origin' && NAMES.has(doc.tokens[end]?.norm ?? '') && NATIONALITY_ADJECTIVES.has(doc.tokens[k]!.norm)) return end + 1;
    if (field === 'family' && end > k && (qualifiesNoun(doc, end) || fertilityService(doc, k, end))) return -1;
    if (field === 'origin' && end > k && (givenSpeech(doc, end) || localQualifies(doc, end))) return -1;
    if (end > k) return end;
  }
  if (field === 'origin') return doc.kind === 'advert' ? -1 : placeEnd(doc, k);
  if (field === 'age') return ageEnd(doc, k);
  return -1;
}

/** Nouns "family" names a kind of, not the person's family: "a family visa", "a family business", "a family-run practice". */
const FAMILY_KINDS = new Set([
  'visa', 'visas', 'business', 'businesses', 'firm', 'run', 'owned', 'friendly', 'practice', 'doctor', 'doctors', 'liaison', 'therapy',
  'therapist', 'therapists', 'support', 'service', 'services', 'hub', 'hubs', 'court', 'law', 'centre', 'centres', 'worker', 'workers',
]);

/** Whether the cue ending at `end` in "family" qualifies the noun after it ("a family visa") rather than naming a family. */
function qualifiesNoun(doc: Doc, end: number): boolean {
  const last = doc.tokens[end - 1]!;
  const next = doc.tokens[end];
  return last.norm === 'family' && next !== undefined && next.sentence === last.sentence && !(next.gap & (GAP.COMMA | GAP.BREAK)) && FAMILY_KINDS.has(next.norm);
}

/** Words of a family cue that name fertility treatment: "IVF", "fertility appointments", "egg collection", "embryo transfer". */
const FERTILITY = new Set(['ivf', 'fertility', 'infertility', 'egg', 'embryo']);
/** Nouns after fertility words that make them a service run, not treatment had: "the fertility clinic", "the IVF list", "egg collection theatre". */
const FERTILITY_SERVICE = new Set([
  'clinic', 'clinics', 'list', 'lists', 'lab', 'labs', 'laboratory', 'laboratories', 'theatre', 'theatres', 'service', 'services', 'unit', 'units',
]);
/** Whose work fertility treatment is in a sentence that names them: "the embryologist said egg collection overran", "IVF patients". */
const FERTILITY_STAFF = phraseList('embryologist, embryologists, embryology, patient, patients');

/** Words just before a fertility cue that make the treatment a person's own: "her egg collection", "she has IVF", "she is going through IVF". */
const TREATMENT_OWNERS = new Set([
  'her', 'his', 'their', 'my', 'your', 'she', 'he', 'they', 'i', 'you', "she's", "he's", "they're", "i'm", "you're", "she'd", "he'd",
]);
/** How many words before the cue may hold its owner: "she is going through" IVF. */
const OWNER_REACH = 3;

/**
 * Whether the family cue at [k, end) is fertility treatment as the service's work, not the person's
 * own: a service noun just after it ("running the fertility appointments clinic") or an embryologist
 * or patients in its sentence ("the embryologist said egg collection overran"). The sentence is read
 * only where no person holds the treatment just before it: "her egg collection is next month, so we
 * would rather not appoint her before the embryologist post is filled" is hers.
 */
function fertilityService(doc: Doc, k: number, end: number): boolean {
  const { tokens } = doc;
  let fertility = false;
  for (let j = k; j < end; j++) if (FERTILITY.has(tokens[j]!.norm)) fertility = true;
  if (!fertility) return false;
  const sentence = tokens[k]!.sentence;
  const next = tokens[end];
  if (next !== undefined && next.sentence === sentence && !(next.gap & (GAP.COMMA | GAP.BREAK)) && FERTILITY_SERVICE.has(next.norm)) return true;
  for (let j = k - 1; j >= 0 && j >= k - OWNER_REACH && tokens[j]!.sentence === sentence; j--) {
    if (TREATMENT_OWNERS.has(tokens[j]!.norm)) return false;
    if (tokens[j + 1]!.gap & (GAP.COMMA | GAP.BREAK)) break;
  }
  return doc.sentenceHas(sentence, FERTILITY_STAFF);
}

/** Words after "speech" that make it a talk given ("his speech on governance"), not the way someone speaks. */
const TALK_AFTER = new Set(['on', 'about', 'at', 'to']);

/** Whether the cue ending at `end` in "speech" is a talk given: "her speech at the conference". */
function givenSpeech(doc: Doc, end: number): boolean {
  const last = doc.tokens[end - 1]!;
  const next = doc.tokens[end];
  return last.norm === 'speech' && next !== undefined && next.sentence === last.sentence && TALK_AFTER.has(next.norm);
}

/** Words after "a local" that end the noun it names ("a local, so", "a local who", "a local and"), where a noun would go on. */
const AFTER_A_LOCAL = new Set(['and', 'or', 'but', 'who', 'that', 'which', 'so', 'too', 'like', 'herself', 'himself', 'themselves']);
/** Groups of staff, which lexicon.ts files with people, but which a place may be the home of: "a local mental health team". */
const STAFF_GROUPS = new Set(['team', 'teams']);
/** How far the noun "a local" qualifies may be: "a local community mental health team". */
const LOCAL_REACH = 5;

const endsNoun = (w: string) => AFTER_A_LOCAL.has(w) || AUXILIARIES.has(w) || PREPOSITIONS.has(w) || SUBORDINATORS.has(w);

/**
 * Whether the cue ending at `end` in "a local" qualifies a noun after it that is no person ("a Local
 * Mental Health Team", "a local hospice") rather than naming someone local ("she's a local, so", "a
 * local candidate", "a local Occupational Therapy Assistant"): the last noun of the words that follow
 * in the clause is the one qualified.
 */
function localQualifies(doc: Doc, end: number): boolean {
  const { tokens } = doc;
  const last = tokens[end - 1]!;
  const next = tokens[end];
  if (last.norm !== 'local' || next === undefined || next.sentence !== last.sentence || next.gap & (GAP.COMMA | GAP.BREAK) || endsNoun(next.norm)) return false;
  let head: string | undefined;
  let cls: string | undefined;
  for (let j = end; j < tokens.length && j < end + LOCAL_REACH; j++) {
    const t = tokens[j]!;
    if (t.sentence !== last.sentence || t.gap & (GAP.COMMA | GAP.BREAK) || !/^[a-z]/.test(t.norm) || endsNoun(t.norm)) break;
    const c = nounClass(t.base);
    if (c !== undefined) {
      head = t.norm;
      cls = c;
    }
  }
  // A head the lexicon does not know ("a local chap", "a local young mum") may be the person wanted: read it.
  return cls !== undefined && (cls !== 'person' || STAFF_GROUPS.has(head!));
}

/** The end of the first (longest) of `phrases` at token k, or -1. */
function longestAt(doc: Doc, phrases: readonly string[][] | undefined, k: number): number {
  if (phrases === undefined) return -1;
  // An index loop: this runs at every cue word, where an iterator per call costs most in code not yet optimised.
  for (let i = 0; i < phrases.length; i++) if (doc.phraseAt(k, phrases[i]!)) return k + phrases[i]!.length;
  return -1;
}

/** Words after a condition that make it an area of clinical work: "strong on diabetes reviews", "an epilepsy specialist". */
const CLINICAL_WORK = new Set([
  'review', 'reviews', 'clinic', 'clinics', 'management', 'caseload', 'caseloads', 'pathway', 'pathways', 'training', 'education', 'research',
  'assessment', 'assessments', 'checks', 'specialist', 'specialists', 'lead', 'nurse', 'nurses', 'nursing', 'work', 'experience', 'awareness',
  'foot', 'feet', 'eye', 'screening', 'care', 'service', 'services', 'unit', 'ward',
]);

/** Whether the condition ending at `end` names an area of clinical work rather than the person's own ("diabetes reviews", "diabetic foot", "dementia care"). */
export function areaOfWork(doc: Doc, end: number): boolean {
  const next = doc.tokens[end];
  return next !== undefined && next.sentence === doc.tokens[end - 1]!.sentence && !(next.gap & (GAP.COMMA | GAP.BREAK)) && CLINICAL_WORK.has(next.norm);
}

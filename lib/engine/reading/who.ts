import type { Doc } from '../document';
import { CALENDAR, DETERMINERS, ELIDED_SUBJECT_VERBS, nounClass, ONE_OF_SEX, THIRD_PERSON_POSSESSIVES } from '../lexicon';
import { NAME } from '../names';
import { phraseList } from '../handlers/cue-per-sentence';
import { GAP, SHAPE } from '../tokenize';

// Who a note is about: the first part of the reading of a characteristic held for or against a
// particular candidate (what is said: what.ts; whether it is held for or against them: judged.ts).
// A candidate is numbered ("Candidate 4", "3. Maya -"), named ("Dr B:", "A. Kowalski:", "Sarah is"),
// the applicant, or a pronoun whose antecedent is one of them rather than a patient or a referee.

/** Words for the person talked about in notes, an e-mail or a question: "she", "Candidate 4", "you", "the locum", "the chap who came Tuesday". */
export const PERSON: ReadonlySet<string> = new Set(['she', 'he', "she's", "he's", "she'd", "he'd", "she'll", "he'll", 'her', 'his', 'him', 'you', "you're", 'your', 'candidate', 'applicant', 'candidates', 'applicants', 'chap', 'bloke', 'fella', 'lad', 'lass', 'locum', 'they', "they're", 'their']);
/** Help offered to the reader: "any adjustment at work or help with your visa paperwork", "if you need anything". */
const HELP_OFFERED = phraseList('help with your, help you with, if you need anything');
/** The candidate in the third person, who may hold a condition the reader is offered help beside. */
const THIRD_PERSON_WORDS: ReadonlySet<string> = new Set([...PERSON].filter((w) => !w.startsWith('you')));

/** The writer as the subject of what is told: "I use", "I'm". */
const WRITER = new Set(['i', "i'm", 'i’m', "i've", 'i’ve']);
/** Verbs by which the writer tells what they have: "I use a wheelchair", "I have epilepsy", "I wear a hijab". */
const HAVING = new Set(['use', 'have', 'am', 'wear', 'got', 'live']);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Whether the characteristic at k is told as the writer's own, right before it ("I use a wheelchair", "I'm dyslexic",
 * "my epilepsy"), asked about, not judged in another: "I don't think his knees" and "I saw she wears" tell someone else's.
 */
export function toldAsOwn(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  if (describesSomeoneElse(doc, k)) return false;
  let j = k - 1;
  while (j >= 0 && ARTICLES.has(tokens[j]!.norm)) j--;
  if (j < 0 || tokens[j]!.sentence !== tokens[k]!.sentence) return false;
  if (tokens[j]!.norm === 'my') return true;
  if (HAVING.has(tokens[j]!.norm)) j--;
  return j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence && WRITER.has(tokens[j]!.norm);
}

/**
 * Whether the characteristic at k describes the person noun right after it, whom the writer has or speaks of rather
 * than being: "my deaf applicant", "I've a Muslim candidate", "I have a blind lady"; a partner is told as family.
 */
function describesSomeoneElse(doc: Doc, k: number): boolean {
  const next = doc.tokens[k + 1];
  if (!next || next.sentence !== doc.tokens[k]!.sentence || next.norm === 'partner') return false;
  return nounClass(next.norm) === 'person' || ONE_OF_SEX.has(next.norm);
}

/**
 * Whether tokens [from, to) offer the reader help, which makes the sentence that offer rather than a
 * judgement; not when a third person is in it, who holds what is doubted ("I can help you with the
 * shortlist, but he has a stammer so I'm not sure he'd manage").
 */
export function helpOfferedToReader(doc: Doc, from: number, to: number): boolean {
  if (!doc.hasPhrase(from, to, HELP_OFFERED)) return false;
  for (let j = from; j < to; j++) if (THIRD_PERSON_WORDS.has(doc.tokens[j]!.norm)) return false;
  return true;
}

/** Words that hand a clause to someone else: patients, the employer, a colleague named by role. */
const OTHER = new Set(['we', "we're", "we'd", "we'll", 'our', 'us', 'i', "i'm", "i'd", 'it', 'there']);
/** Patients and clients named, whose clause the words are about ("supporting patients who are pregnant"). */
export const PATIENT_WORDS = phraseList('patient, patients, service users, service user, clients, residents');
/**
 * Words of a patient's care: a sentence that holds one is about a patient, whoever its name or
 * pronoun is ("Mrs Nowak is Polish, so we've booked an interpreter; she was worried").
 */
export const PATIENT_CARE = phraseList('interpreter, interpreters, interpreting, translator, admitted, discharged, referral, referred, prescription, prescribed, chaperone');
/** A person's possessives, which make the words they open that person's: "his faith", "your sexuality". */
const POSSESSIVES = new Set(['his', 'her', 'their', 'your']);
/** How far back the person may be from the word noted about them. */
const LOOKBACK = 10;

/** He, she and their forms: a pronoun for one person, whose antecedent may be a patient. */
const SINGULAR = new Set(['she', 'he', "she's", "he's", "she'd", "he'd", "she'll", "he'll", 'her', 'his', 'him']);
/**
 * One person other than the candidate that "she" or "he" may stand for: a patient, a client, a
 * patient's relative, a referee ("the patient said she would prefer", "her referee says he").
 */
const OTHER_ONE = new Set([
  'patient', 'client', 'customer', 'resident', 'child', 'baby', 'infant', 'parent', 'mother', 'father', 'carer', 'relative',
  'referee', 'reference', 'interpreter',
]);
/** People a candidate may have whose words or traits are their own: "her referee", "his patient". */
const NOT_HERS: ReadonlySet<string> = new Set(['referee', 'referees', 'reference', 'references', 'patient', 'patients', 'client', 'clients', 'customer', 'customers', 'interpreter']);
/** Those of them whose reports are about the candidate: "her referee says she is often off". */
const REPORTERS = new Set(['referee', 'reference']);
/** Verbs that report what someone said, just before the pronoun they report about. */
const REPORTING = new Set(['says', 'said', 'say', 'mentions', 'mentioned', 'reports', 'reported', 'thinks', 'thought', 'feels', 'felt', 'notes', 'noted', 'states', 'stated', 'confirms', 'confirmed', 'suggests', 'suggested', 'that']);
/** How far back, in its paragraph, a pronoun's antecedent is looked for. */
const ANTECEDENT_REACH = 20;

/**
 * Whether the he or she at token j stands for a patient, a relative or a referee named before it in
 * its paragraph, not the candidate: the nearest person named wins ("the patient's mother says she has
 * epilepsy", "her referee has a stammer and he"), except a referee reporting on the candidate ("her
 * referee says she").
 */
function standsForOther(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const line = tokens[j]!.line;
  for (let h = j - 1; h >= 0 && h >= j - ANTECEDENT_REACH && tokens[h]!.line === line; h--) {
    const t = tokens[h]!;
    // "the patient said she has epilepsy" is the patient; "her referee says she is often off" is the candidate.
    if (OTHER_ONE.has(t.base)) return !(REPORTERS.has(t.base) && REPORTING.has(tokens[j - 1]?.norm ?? ''));
    if (SINGULAR.has(t.norm) || nounClass(t.base) === 'person' || LABEL_WORDS.has(t.norm)) return false;
  }
  return false;
}

/** Whether token j is a word for the candidate: "she", "the applicant", "the locum", not a "she" who is the patient named before it. */
export function meansCandidate(doc: Doc, j: number): boolean {
  const norm = doc.tokens[j]!.norm;
  if (!PERSON.has(norm)) return false;
  // "her referee has a stammer": the words are the referee's, not hers (a relative's stay hers: "her son is autistic").
  if (THIRD_PERSON_POSSESSIVES.has(norm) && NOT_HERS.has(doc.tokens[j + 1]?.base ?? '')) return false;
  return !(SINGULAR.has(norm) && standsForOther(doc, j));
}

/**
 * Whether token j names someone other than the candidate who owns what the clause goes on to say:
 * "her referee has a stammer", "his patient has dementia"; not a referee who reports on the
 * candidate ("her referee says she was often off").
 */
export function ownsWhatFollows(doc: Doc, j: number): boolean {
  const base = doc.tokens[j]!.base;
  return NOT_HERS.has(base) && !(REPORTERS.has(base) && REPORTING.has(doc.tokens[j + 1]?.norm ?? ''));
}

/** Words before "one" that make it one of the candidates: "this one", "the last one", "first one's 58". */
const WHICH_ONE = new Set(['this', 'that', 'last', 'first', 'second', 'third', 'fourth', 'fifth', 'next', 'other', 'latter', 'former']);

/** Whether token j is "one" or "one's" standing for a candidate in a list of them: "the last one", "first one's". */
export function isWhichOne(doc: Doc, j: number): boolean {
  const norm = doc.tokens[j]!.norm;
  return (norm === 'one' || norm === "one's") && WHICH_ONE.has(doc.tokens[j - 1]?.norm ?? '');
}

/** Words for how many of a list of candidates: "several of them", "two of them". */
const SOME_OF = new Set(['several', 'some', 'most', 'many', 'few', 'both', 'all', 'one', 'two', 'three', 'four', 'five', 'half']);

/** Verbs by which the writer took someone on before: "last time we appointed a mum of three". */
const HIRED = new Set(['appointed', 'hired', 'employed', 'recruited']);
/** Verbs that hire only with "on": "we took on a mum of three", not "we took a referral for a mum of three". */
const HIRED_ON = new Set(['took', 'taken', 'take', 'takes']);
/** Words after "our" that make the person one who held the post before: "our last porter", "our previous nurse". */
const BEFORE_NOW = new Set(['last', 'previous', 'old']);

/**
 * Whether the writer's word at j opens a person hired before ("we appointed a mum of three and she
 * was forever leaving early", "our last fella was 63"), whose characteristic a note then holds
 * against whoever has it next, as it would a candidate's.
 */
function pastHire(doc: Doc, j: number): boolean {
  const norm = doc.tokens[j]!.norm;
  const next = doc.tokens[j + 1]?.norm ?? '';
  if (norm === 'our') return BEFORE_NOW.has(next);
  if (norm !== 'we' && norm !== 'i') return false;
  return HIRED.has(next) || (HIRED_ON.has(next) && doc.tokens[j + 2]?.norm === 'on');
}

/**
 * Whether the words at k are about the person being recruited (a pronoun, "the candidate", a name)
 * or one of a list of them ("the last one") rather than patients, the employer or a service: read back
 * over the clause, then the sentence's start. With `pastHires`, for a reading that needs a judgement,
 * also someone hired before ("we appointed a mum of three and ..."), not for one that flags a mention.
 * With `ownPossessive`, words that open with the person's possessive are theirs ("his faith").
 */
export function aboutPerson(doc: Doc, k: number, pastHires = false, ownPossessive = true): boolean {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  // "His religion would be a problem", "your sexuality may be an issue": words that open with the person's own possessive are theirs.
  if (ownPossessive && POSSESSIVES.has(tokens[k]!.norm)) return meansCandidate(doc, k);
  for (let j = k - 1; j >= 0 && j >= k - LOOKBACK && tokens[j]!.sentence === sentence; j--) {
    const t = tokens[j]!;
    if (PERSON.has(t.norm)) return meansCandidate(doc, j);
    if (OTHER.has(t.norm)) return pastHires && pastHire(doc, j);
    if (isWhichOne(doc, j)) return true;
    // "Several of them are school leavers", "two of them have": some of the candidates listed.
    if (t.norm === 'them' && tokens[j - 1]?.norm === 'of' && SOME_OF.has(tokens[j - 2]?.norm ?? '')) return true;
    // "Number 6 is from Ghana", "No. 3 has a stammer": a candidate by the number of a shortlist.
    if ((t.norm === 'number' || t.norm === 'no') && (tokens[j + 1]!.shape & SHAPE.NUMBER) !== 0 && j + 1 < k) return true;
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

/** How far back a note's label may be from the words about its person. */
const NOTE_REACH = 40;
/** Words that open a note's label: "1.", "Candidate 3", "Dr A", "Nurse B". */
const LABEL_WORDS = new Set(['candidate', 'applicant', 'dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'number', 'no']);

/**
 * Where the label of the note holding token k starts, or -1: in notes and e-mails, a line that opens
 * with a name or a label and a dash or a colon ("3. Maya - wears hearing aids", "Dr C: a lovely
 * lady", "A. Kowalski: top score") is about that person to its end. Labels that name patients or a
 * service do not count.
 */
export function noteAbout(doc: Doc, k: number): number {
  if (doc.kind === 'advert') return -1;
  const { tokens } = doc;
  const line = tokens[k]!.line;
  // A note's line is short: a line start further back than NOTE_REACH is no note (and keeps long lines linear).
  let first = k;
  while (first > 0 && first > k - NOTE_REACH && tokens[first - 1]!.line === line) first--;
  if (first > 0 && tokens[first - 1]!.line === line) return -1;
  // The label: up to three words, each a name (capitalised) or a label word, then a dash or a colon.
  for (let j = first; j < first + 3 && j < k; j++) {
    const t = tokens[j]!;
    if (!(t.shape & SHAPE.CAP) && !LABEL_WORDS.has(t.norm) && !(t.shape & SHAPE.NUMBER)) return -1;
    const cls = nounClass(t.base);
    if (cls !== undefined && cls !== 'person') return -1;
    if (tokens[j + 1]!.gap & GAP.BREAK) return first;
  }
  return -1;
}

/**
 * Whether token k's sentence is a note's line about a candidate that leaves out its subject ("Has a noticeable stammer,
 * which…", "Observed fasting for Ramadan"): a verb of the person opens it, the note is about a candidate, and it is no
 * question ("Is Eid on the Friday this year?").
 */
export function opensElidedNote(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  const from = doc.sentenceStart(sentence);
  if (doc.kind === 'advert' || from >= k || !ELIDED_SUBJECT_VERBS.has(tokens[from]!.norm)) return false;
  if (doc.text.charAt(tokens[doc.sentenceEnd(sentence) - 1]!.end) === '?') return false;
  return noteAbout(doc, k) >= 0;
}

/** Words that open the clause saying what follows for the people described: "so visitors", "and relatives". */
const CONSEQUENCE = new Set(['so', 'and', 'therefore', 'hence']);

/** People who come onto the premises without being patients or staff: what a place asks of them is no demand on applicants. */
const VISITORS = new Set(['visitor', 'visitors', 'relative', 'relatives', 'family', 'families', 'guest', 'guests']);

/** Words after such a subject that ask something of them: "visitors must", "relatives are asked to". */
const ASKED_OF = phraseList('must, should, are asked, is asked, are requested, is requested, please, need to, will need to, may not, cannot');

/** How many words after the subject the asking may come ("relatives with young children are asked"). */
const ASKED_REACH = 5;

/**
 * Whether a later clause of the sentence asks something of visitors or relatives ("not suitable for anyone with
 * young children, so visitors are asked to ..."): "anyone" is then one of them, not an applicant. A clause that
 * only says something of patients ("so patients always see an experienced clinician") leaves the demand as it was.
 */
export function othersAddressed(doc: Doc, end: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[end - 1]!.sentence;
  for (let j = end; j < tokens.length && tokens[j]!.sentence === sentence; j++) {
    if (tokens[j]!.clause === tokens[j - 1]!.clause || !CONSEQUENCE.has(tokens[j]!.norm)) continue;
    let h = j + 1;
    while (h < tokens.length && DETERMINERS.has(tokens[h]!.norm)) h++;
    const subject = tokens[h];
    if (subject === undefined || subject.sentence !== sentence || !VISITORS.has(subject.norm)) return false;
    const clauseEnd = doc.clauseEnd(subject.clause);
    return doc.hasPhrase(h + 1, Math.min(clauseEnd, h + 1 + ASKED_REACH), ASKED_OF);
  }
  return false;
}

import type { Doc } from '../document';
import { AUXILIARIES, CALENDAR, DEPARTMENTS, DETERMINERS, JOB_NOUNS, nounClass, ONE_RELATIVE, ORGANISATION_HEADS, PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS, TITLE_HEADS, TO_COME, YEAR } from '../lexicon';
import { NAME } from '../names';
import { GAP, SHAPE } from '../tokenize';
import type { SpanHandler } from './types';

const PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself', "he'll", "she'll", "he's", "she's", "he'd", "she'd"]);
/** Pronouns that stand for the one acted on: "manage him", "support her". */
const OBJECT_PRONOUNS = new Set(['him', 'her']);
/** Whether a role noun is the plural of a role ("managers", "nurses"): several people, never one "him". */
const isPluralRole = (word: string) => word.length > 3 && word.endsWith('s') && ROLE_NOUNS.has(word.slice(0, -1));
/** People a service is for, one at a time: a pronoun after one of these is about them ("support the patient with his medication"). */
const SINGLE_PATIENTS = new Set(['patient', 'client', 'resident', 'child', 'baby', 'user', 'customer', 'caller', 'carer', 'relative', 'visitor', 'pupil', 'student']);

/** Words that name the post-holder or a role rather than a particular person. */
const ROLE_NOUNS = new Set([
  'holder', 'postholder', 'jobholder', 'candidate', 'applicant', 'individual', 'person', 'employee', 'member',
  'recruit', 'starter', 'appointee', 'receptionist', 'nurse', 'manager', 'pharmacist', 'technician', 'dentist',
  'hygienist', 'therapist', 'optometrist', 'optician', 'doctor', 'gp', 'clinician', 'practitioner', 'assistant',
  'administrator', 'coordinator', 'co-ordinator', 'worker', 'physiotherapist', 'paramedic', 'associate',
  'secretary', 'lead', 'leader', 'trainee', 'registrar', 'locum', 'navigator', 'clerk', 'supervisor', 'partner',
  'whoever', 'someone', 'anyone', 'colleague', 'hire', 'newcomer', 'incumbent', 'volunteer', 'handler', ...TITLE_HEADS,
  // Jobs by name that TITLE_HEADS leaves out, as adverts call the post-holder: "the successful plumber will check his work".
  ...[...JOB_NOUNS].filter((job) => !JOB_NOUNS.has(job.slice(0, -1))), 'physio', 'driver', 'physiologist', 'cook', 'professional', 'operative',
  // The person wanted, named by what they bring: "a dominant clinical presence who will own the floor. He will...".
  'presence', 'personality',
  // The post itself: "Re the vacancy: she will need...", "the post is full time and he will...".
  'post', 'role', 'vacancy', 'position', 'job',
  // The person asked for to fill a gap: "we need cover for the dispensary. She'll need...".
  'cover', 'replacement', 'temp', 'successor',
  // Roles known by their letters: "the new HCA", "an RMN for Elm Ward".
  // (HCA, RGN, RMN, RNLD, ANP, ACP, CPN and ODP come with JOB_NOUNS.)
  'rn', 'amhp', 'ahp', 'ot', 'slt', 'salt', 'pa',
  'pca', 'tna', 'fcp', 'sho', 'cns', 'fd',
]);
/** Verbs of taking on another's work: "cover her sessions", "inherit his list". */
const TAKE_ON = new Set(['cover', 'covers', 'covering', 'covered', 'inherit', 'inherits', 'inheriting', 'inherited']);
/** The same with a particle: "take over his clinics", "pick up her caseload". */
const TAKE_ON_WITH = new Map([
  ['over', new Set(['take', 'takes', 'taking', 'took'])],
  ['up', new Set(['pick', 'picks', 'picking', 'picked'])],
]);

/** Words that describe someone as leaving or away: "our hygienist is retiring", "for the replacement", "while she is on maternity leave". */
const LEAVING = new Set([
  'leaving', 'retire', 'retires', 'retiring', 'retired', 'retirement', 'resign', 'resigns', 'resigning', 'resigned', 'resignation',
  'departing', 'departure', 'replace', 'replacing', 'replacement', 'successor', 'predecessor', 'maternity', 'paternity', 'sick', 'absence', 'absent',
]);
/** "on leave", "has left": leaving by a word that has other senses alone ("annual leave", "on the left"). */
const LEAVING_AFTER = new Map([
  ['leave', new Set(['on'])],
  ['left', new Set(['has', 'have', 'had', 'just', 'who', 'since'])],
]);
const leavingAt = (doc: Doc, j: number) => {
  const w = doc.tokens[j]!.norm;
  return LEAVING.has(w) || LEAVING_AFTER.get(w)?.has(doc.tokens[j - 1]?.norm ?? '') === true;
};

/**
 * Whether the possessive "her" or "his" at k owns work that someone leaving or away leaves to others:
 * "cover her sessions while she is on maternity leave", "our nurse is retiring ... take over her clinics".
 * Without a leaver in the last few sentences (or in a later clause of its own sentence) the work is the
 * post-holder's, as is any "own" ("the new partner will cover his share", "pick up his own rota").
 */
function takesOverWorkOf(doc: Doc, k: number, at: number[]): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  if ((t.norm !== 'her' && t.norm !== 'his') || tokens[k + 1]?.norm === 'own') return false;
  const prev = tokens[k - 1];
  if (prev === undefined || prev.clause !== t.clause) return false;
  const takes = TAKE_ON.has(prev.norm) || (TAKE_ON_WITH.get(prev.norm)?.has(tokens[k - 2]?.norm ?? '') === true && tokens[k - 2]!.clause === prev.clause);
  if (!takes) return false;
  const here = at[t.sentence]!;
  for (let j = k - 2; j >= 0 && here - at[tokens[j]!.sentence]! <= NAME_WINDOW; j--) if (leavingAt(doc, j)) return true;
  for (let j = k + 1; j < tokens.length && tokens[j]!.sentence === t.sentence; j++) if (tokens[j]!.clause !== t.clause && leavingAt(doc, j)) return true;
  return false;
}

/**
 * Whether the patient's word at j names the kind of a service or place rather than one person: "the baby
 * clinics", "a client group", "the Child Health Clinic", "patient services" (not "the patient needs").
 */
function modifiesService(doc: Doc, j: number): boolean {
  const next = doc.tokens[j + 1];
  if (next === undefined || next.gap !== 0) return false;
  // "Health" is filed with what patients have, but after a patient's word it makes a service: "child health".
  const cls = next.norm === 'health' ? 'service' : nounClass(next.base);
  return cls === 'service' || cls === 'organisation' || cls === 'place';
}

/** "A health visitor" is a role, though a visitor alone is someone a service receives. */
const isHealthVisitor = (doc: Doc, j: number) => doc.tokens[j]!.base === 'visitor' && doc.tokens[j - 1]?.norm === 'health';

/** Words that give a role a sex: "a female electrician", "a male nurse". */
const SEXED = new Set(['female', 'male', 'woman', 'man', 'lady', 'women', 'men', 'ladies']);

/** The post itself rather than a person in it. */
const POSTS = new Set(['post', 'role', 'vacancy', 'position', 'job', 'cover', 'replacement']);
/** How many sentences back a named person still explains a pronoun ("Aisha Rahman ... her start date"). */
const NAME_WINDOW = 3;

/** People who are someone in particular though unnamed: "the referee said she would re-employ him". */
const PARTICULAR = new Set(['referee', 'referees']);

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'sir', 'dame']);

/** Capitalised words that are not people's names: organisations, places at work, days and months. */
const NOT_NAMES = new Set([
  'nhs', 'practice', 'surgery', 'trust', 'team', 'medical', 'centre', 'health', 'care', 'primary', 'network',
  'pharmacy', 'dental', 'clinic', 'service', 'services', 'board', 'england', 'the', 'our', 'your', 'we', 'i',
  // Days as the tokenizer leaves them in the plural too: "clinics on Mondays".
  ...CALENDAR, ...[...CALENDAR].map((day) => `${day}s`), 'band', 'senior',
  'clinical', 'general', 'advanced', 'specialist', 'community', 'social', 'mental', 'patient', 'patients',
  'reception', 'admin', 'finance', 'operations', 'business', 'digital', 'quality', 'safeguarding', 'dear',
  'there', 'here', 'what', 'how', 'why', 'when', 'where', 'who', 'which', 'whose', 'please', 'everyone', 'everybody', 'everything', 'nothing', 'nobody', 'something', 'anything',
  // Greetings open a "Hi Sam" run of capitals: the greeting is not the name.
  'hi', 'hello', 'hey', 'hiya', 'morning', 'afternoon', 'evening', 'thanks',
  // "it goes on NHS Jobs": the site, not a person.
  'jobs',
  // Departments written with capitals: "between Theatre and Recovery" ("Ward" and "Lodge" are also surnames, so
  // WORKPLACES is not taken whole).
  ...DEPARTMENTS, 'recovery', 'outpatients', 'maternity', 'resus', 'majors', 'minors', 'triage', 'admissions', 'estates', 'catering',
  'portering', 'switchboard',
]);

function isPaired(doc: Doc, k: number): boolean {
  const { tokens, text } = doc;
  const between = (a: number, b: number) => text.slice(tokens[a]!.end, tokens[b]!.start).trim();
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (next && (between(k, k + 1) === '/' || (next.norm === 'or' && PRONOUNS.has(tokens[k + 2]?.norm ?? ''))) &&
    (PRONOUNS.has(next.norm) || next.norm === 'or')) return true;
  if (prev && PRONOUNS.has(prev.norm) && between(k - 1, k) === '/') return true;
  if (prev?.norm === 'or' && PRONOUNS.has(tokens[k - 2]?.norm ?? '')) return true;
  // "s/he": the tokenizer sees "s", "he".
  if (prev?.norm === 's' && between(k - 1, k) === '/') return true;
  return false;
}

/** Words before a place's name: prepositions, and the verbs a team's patch follows ("a team covering Southmoor and Little Hatton"). */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'near', 'across', 'around', 'within', 'outside', 'throughout', 'covering', 'serving']);
const GREETINGS = new Set(['dear', 'hi', 'hello', 'morning', 'afternoon', 'thanks', 'regards', 'wishes']);
const SAID = new Set([
  'was', 'is', 'has', 'had', 'will', 'would', 'said', 'says', 'left', 'joined', 'joins', 'did', 'does', 'goes', 'went', 'starts', 'started',
  // A reference's account of someone's time in post: "Nadia worked with us as a technician from 2019".
  'worked', 'trained', 'qualified', 'covered', 'moved', 'resigned', 'retired', 'returned', 'stayed', 'completed',
  // What an applicant did at interview or since, in notes: "Aisha mentioned at the end that she's pregnant", "Amy interviewed well".
  'mentioned', 'interviewed', 'declared', 'disclosed', 'asked', 'told', 'applied', 'withdrew', 'accepted', 'declined', 'scored', 'impressed', 'seemed',
]);

/** Verbs of speaking, in the past and in the present, one pair each. */
const SPEECH: [string, string][] = [
  ['said', 'says'], ['added', 'adds'], ['explained', 'explains'], ['told', 'tells'], ['continued', 'continues'],
  ['commented', 'comments'], ['remarked', 'remarks'], ['recalled', 'recalls'], ['noted', 'notes'], ['admitted', 'admits'],
  ['stressed', 'stresses'], ['insisted', 'insists'], ['replied', 'replies'], ['laughed', 'laughs'], ['smiled', 'smiles'],
];
/**
 * Verbs of speaking in the past after a pronoun: "..., she added", "she said, explaining". Reported
 * speech has a speaker who said something already, someone in particular, never whoever gets the post.
 */
const SPOKE = new Set(SPEECH.map(([past]) => past));
/**
 * The same verbs in the present, as staff stories tell them ("…," he explains): the speaker only
 * straight after the quotation, since "if unsure, he says so" may be anyone's.
 */
const SPEAKS = new Set(SPEECH.map(([, present]) => present));

/**
 * Whether a quotation closes straight before token k: '…their disposal," he explains'. Read from the
 * marks between the words, since a quotation of two sentences is left unmarked as quoted.
 */
function closesQuotation(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  if (!prev) return false;
  const gap = doc.text.slice(prev.end, doc.tokens[k]!.start);
  // The mark touches the quotation's last word or its punctuation: '…disposal," he', not '… calm. "He'.
  let i = 0;
  while (i < gap.length && ',.!?;:'.includes(gap.charAt(i))) i++;
  const mark = gap.charAt(i);
  return mark === '"' || mark === '\u201d' || (i > 0 && (mark === '\u2019' || mark === "'"));
}

/** Words that open an apposition naming what a person is: "Jenny, our current pharmacist, is leaving". */
const APPOSITION = new Set(['our', 'my', 'the', 'who', "who's"]);

/** Whether token k is part of a particular person's name (not one the text greets: "Hi Natalie"). */
function isPersonName(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (GREETINGS.has(doc.tokens[k - 1]?.norm ?? '') || NOT_NAMES.has(t.base) || ROLE_NOUNS.has(t.base) || PRONOUNS.has(t.norm)) return false;
  if (isAddressee(doc, k)) return false;
  const kind = doc.nameKind(k);
  if (kind === NAME.PERSON) return true;
  if (kind === NAME.PROPER) {
    // "the wards at Eastbrook General": a name after a preposition of place is a place.
    let first = k;
    while (first > 0 && doc.nameKind(first - 1) === NAME.PROPER) first--;
    let last = k;
    while (doc.nameKind(last + 1) === NAME.PROPER) last++;
    // "will act as Competent Person": a capitalised run ending in a role, after "as", is a capacity the post-holder
    // takes, not someone named ("our Responsible Pharmacist" stays a particular person).
    if (slashedToRole(doc, first, last) || (ROLE_NOUNS.has(doc.tokens[last]!.base) && doc.tokens[first - 1]?.norm === 'as')) return false;
    // "Q1 Ask about...", "Ward 4B": a run with a code in it is a numbered item or a place, not a person.
    for (let j = first; j <= last; j++) if (doc.tokens[j]!.shape & SHAPE.DIGIT) return false;
    return !afterPlacePreposition(doc, first) && !namesAPlace(doc, last) && !namesAField(doc, first, last) && !namesPartOfPost(doc, last);
  }
  if (isNoteHeading(doc, k)) return true;
  // "Sue was lovely", "Priya Natarajan starts on Monday": up to three capitalised words that open a
  // sentence, none a common noun, before a verb of news or an apposition.
  let first = k;
  while (k - first < NAME_RUN - 1 && first > 0 && doc.tokens[first - 1]!.sentence === t.sentence && !(doc.tokens[first]!.gap & GAP.BREAK) && isNameLike(doc, first - 1)) first--;
  let last = k;
  while (last - first < NAME_RUN - 1 && doc.tokens[last + 1]?.sentence === t.sentence && !(doc.tokens[last + 1]!.gap & (GAP.BREAK | GAP.COMMA)) && isNameLike(doc, last + 1)) last++;
  const next = doc.tokens[last + 1];
  return (
    doc.expectsCapital(first) && isNameLike(doc, k) &&
    next !== undefined && next.sentence === t.sentence &&
    (SAID.has(next.norm) || ((next.gap & GAP.COMMA) !== 0 && APPOSITION.has(next.norm)) || ownedByName(doc, first, last))
  );
}

/** Who follows someone in a post: "Linda's replacement … she" is the one to be appointed, not Linda. */
const FOLLOWERS = new Set(['replacement', 'replacements', 'successor', 'successors', 'cover', 'locum', 'stand-in']);

/**
 * Whether, in notes or an e-mail, a one-word run opening a sentence is someone's possessive: "Linda's
 * post is at risk and she…" (an advert's "Cornwall's friendliest practice" is a place's). Not when what
 * is owned is a person, who may be the one the pronoun means: "Linda's successor … she", "Linda's deputy".
 */
function ownedByName(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens[last]!;
  const owned = doc.tokens[last + 1]!;
  return doc.kind === 'email' && first === last && t.norm.endsWith("'s") && !isDayPossessive(t.norm) && !FOLLOWERS.has(owned.norm) && !ROLE_NOUNS.has(owned.base);
}

/** How many capitalised words after a slash a post's title may have: "Critical Care / Maternity Anaesthetist". */
const SLASHED_TITLE_WORDS = 3;

/**
 * Whether the capitalised run first..last, with "the" before or in it, is the first half of a post's
 * title joined by a slash to capitals ending in a role's word: "If the Critical Care / Maternity
 * Anaesthetist is not free, he...". A person's name takes no "the" ("Leanne Hart / Theatre Manager").
 */
function slashedToRole(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  let article = tokens[first - 1]?.norm === 'the';
  for (let j = first; j <= last && !article; j++) article = tokens[j]!.norm === 'the';
  const after = tokens[last + 1];
  if (!article || after === undefined || !(after.gap & GAP.SLASH) || !(after.shape & SHAPE.CAP) || after.sentence !== tokens[last]!.sentence) return false;
  for (let h = last + 1; h <= last + SLASHED_TITLE_WORDS && h < tokens.length && tokens[h]!.shape & SHAPE.CAP && tokens[h]!.sentence === after.sentence; h++) {
    if (h > last + 1 && tokens[h]!.gap & (GAP.BREAK | GAP.SLASH)) return false;
    if (ROLE_NOUNS.has(tokens[h]!.base)) return true;
  }
  return false;
}

/** How many capitalised words a name opening a sentence may have: "Priya Natarajan", "Mary Ann Hughes". */
const NAME_RUN = 3;

/** A capitalised word that could be part of a name: no common noun, no function word. */
function isNameLike(doc: Doc, j: number): boolean {
  const t = doc.tokens[j]!;
  // "Parking is free", "Training was good": an -ing word is an activity, not a name.
  return (t.shape & SHAPE.CAP) !== 0 && !(t.shape & SHAPE.CAPITALS) && nounClass(t.base) === undefined && !t.norm.endsWith('ing') &&
    !NOT_NAMES.has(t.base) && !ROLE_NOUNS.has(t.base) && !SUBJECT_PRONOUNS.has(t.norm) && !DETERMINERS.has(t.norm) &&
    !PREPOSITIONS.has(t.norm) && !AUXILIARIES.has(t.norm);
}

/** How far back over a run's determiners, acronyms and joined names a preposition of place is looked for. */
const PLACE_WINDOW = 6;

/**
 * Whether the capitalised run starting at `first` is the object of a preposition of place, or the
 * second half of a title joined by "of": "within the HCPC Standards of Proficiency", "across
 * Southmoor and Little Hatton". A person's name is neither.
 */
function afterPlacePreposition(doc: Doc, first: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[first]!.sentence;
  for (let j = first - 1; j >= 0 && j >= first - PLACE_WINDOW && tokens[j]!.sentence === sentence; j--) {
    const w = tokens[j]!;
    if (PLACE_PREPOSITIONS.has(w.norm)) return true;
    if (w.norm === 'of' && j > 0 && doc.nameKind(j - 1) === NAME.PROPER) return true;
    if (!(w.norm === 'the' || w.norm === 'and' || w.norm === '&' || w.shape & SHAPE.CAPITALS || doc.nameKind(j) === NAME.PROPER)) return false;
  }
  return false;
}

/** Labels that head a line of an e-mail or notes and are no one's name: "Subject:", "Outcome -". */
const LABELS = new Set(`
  subject re fw fwd to from cc bcc date sent hours closing contact note notes summary ref reference update interview
  interviews shortlist reason reasons outcome decision feedback comment comments overall score scores strengths
  weaknesses concerns action actions next agenda attendees panel question answer yes no maybe duties requirements
  about other essential desirable background ps fyi reminder`.split(/\s+/));

/** How many initials or given names may come before the heading's last name: "M. J. Harris", "Ana Sofia Reyes". */
const HEADING_NAME_WORDS = 3;

/**
 * Whether token k heads a note about one person in an e-mail or notes: a capitalised word, no common
 * noun or label, first on its line (after a list number, initials or given names) with a dash or a
 * colon straight after it ("3. Priya - very good, but she's", "- M. Harris: uses a hearing aid").
 */
function isNoteHeading(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (doc.kind !== 'email' || !isHeadingWord(doc, k)) return false;
  if (!next || next.line !== t.line || !(next.gap & GAP.BREAK)) return false;
  let first = k;
  while (k - first < HEADING_NAME_WORDS && first > 0 && tokens[first - 1]!.line === t.line && !(tokens[first]!.gap & GAP.COLON) && isHeadingWord(doc, first - 1)) first--;
  const prev = tokens[first - 1];
  if (!prev || prev.line !== t.line) return true;
  // "3. Priya - ...": only a list number before the name on its line.
  return (prev.shape & SHAPE.NUMBER) !== 0 && (first < 2 || tokens[first - 2]!.line !== t.line);
}

/** A word that can be part of a name heading a note: capitalised, not in capitals (unless an initial), no common noun or label. */
function isHeadingWord(doc: Doc, j: number): boolean {
  const w = doc.tokens[j]!;
  if (!(w.shape & SHAPE.CAP) || LABELS.has(w.norm) || w.norm.endsWith('ing')) return false;
  // An initial: "M." or "M", but "A" and "I" only with their full stop ("A. Kowalski"), as they are words too.
  if (w.norm.length === 1) return (w.norm !== 'i' && w.norm !== 'a') || doc.text.charCodeAt(w.end) === 46;
  return !(w.shape & SHAPE.CAPITALS) && nounClass(w.base) === undefined;
}

/** Adjectives of a field of health care before the field's name ("Clinical Engineering", "Medical Physics"); no given name ends so ("Kamal Harding"). */
const FIELD_ADJECTIVES = new Set(['clinical', 'medical', 'biomedical', 'surgical', 'dental', 'mental', 'renal', 'neonatal', 'perinatal', 'critical', 'technical', 'pharmaceutical', 'occupational', 'environmental', 'nuclear', 'molecular', 'cellular']);
/** The name of a field of work: "Engineering", "Physics", "Psychology", "Nursing". */
const FIELD_NAME = /(?:ing|ics|ology)$/;

/** Whether the capitalised run [first, last] names a department by its field ("Clinical Engineering maintains..."), not a person. */
function namesAField(doc: Doc, first: number, last: number): boolean {
  return last > first && FIELD_ADJECTIVES.has(doc.tokens[first]!.norm) && FIELD_NAME.test(doc.tokens[last]!.norm);
}

/**
 * Whether the capitalised run ending at token `last` names a part of the post, as a job description's
 * headings do: "Key Dimensions of the post are:", "Main Purpose of the Role". No one is named "of the post".
 */
function namesPartOfPost(doc: Doc, last: number): boolean {
  const { tokens } = doc;
  const post = tokens[last + 3];
  return tokens[last + 1]?.norm === 'of' && (tokens[last + 2]?.norm === 'the' || tokens[last + 2]?.norm === 'this') && post !== undefined && POSTS.has(post.norm) && post.sentence === tokens[last]!.sentence;
}

/** How many words after "and" a second name joined to the first may have: "Ash and Little Rowan wards". */
const JOINED_NAMES = 4;

/**
 * Whether the proper name ending at token `last` names a place or a team rather than a person: a
 * number after it ("Ward 12", "Bay 3") or a place-of-work noun ("the Northfield team", "our
 * Riverside site"). A possessive ("Sue's team") is a person's.
 */
function namesAPlace(doc: Doc, last: number): boolean {
  const { tokens } = doc;
  // "Ash and Rowan wards": names joined by "and" share the place noun after the last of them.
  let end = last;
  if ((tokens[end + 1]?.norm === 'and' || tokens[end + 1]?.norm === '&') && (tokens[end + 2]?.shape ?? 0) & SHAPE.CAP) {
    end += 2;
    while (end - last < JOINED_NAMES && (tokens[end + 1]?.shape ?? 0) & SHAPE.CAP && !((tokens[end + 1]?.shape ?? 0) & SHAPE.NUMBER)) end++;
  }
  const t = tokens[end]!;
  const next = tokens[end + 1];
  // "said James, practice educator": a noun after a comma says what the one named is; it is no part of the name.
  if (t.norm.endsWith("'s") || next === undefined || next.sentence !== t.sentence || next.gap & (GAP.COMMA | GAP.BREAK)) return false;
  // "Oakfield and Vale PCN", "Eastbrook Practice": a capitalised head word ends an organisation's name.
  if (next.shape & SHAPE.CAP && !(next.shape & SHAPE.NUMBER)) return ORGANISATION_HEADS.has(next.norm);
  if (next.shape & SHAPE.NUMBER) return true;
  const cls = nounClass(next.base);
  return ORGANISATION_HEADS.has(next.base) || cls === 'organisation' || cls === 'service' || cls === 'place';
}

/** Whether token k is in an email's opening line of a few words ("Jen,", "Morning Raj"): the reader, not someone else. */
function isAddressee(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  if (doc.kind !== 'email' || tokens[k]!.line !== tokens[0]!.line) return false;
  // Counting stops at five, so a text with no line breaks costs no more.
  let words = 0;
  for (let j = 0; j < tokens.length && j < 5 && tokens[j]!.line === tokens[0]!.line; j++) words++;
  return words <= 4;
}

/** What a post-holder is to the one before: "her successor", "his replacement", "fill her shoes". */
const SUCCEEDING = new Set(['successor', 'replacement', 'shoes']);

/** Words that pick out someone who held a post before: "the last lady", "our previous nurse". */
const BEFORE_NOW = new Set(['last', 'previous', 'old', 'former', 'outgoing', 'retiring']);
/** Nouns a role word can qualify as a kind of work or setting: "previous GP reception experience", "last nurse training". */
const KIND_OF_WORK = new Set([
  'experience', 'reception', 'training', 'practice', 'surgery', 'surgeries', 'setting', 'settings', 'work', 'role', 'roles', 'post', 'posts',
  'environment', 'background', 'skills', 'knowledge', 'qualification', 'qualifications', 'registration', 'placement', 'placements', 'level', 'duties',
]);
/** How far before a plural role "one of" may pick one of them out: "one of the last three candidates". */
const PICKED_REACH = 5;
/** Whether "one of" comes just before the plural role at j, in its sentence: "one of last year's candidates". */
function pickedFrom(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  for (let h = j - 1; h > 0 && h >= j - PICKED_REACH && tokens[h]!.sentence === tokens[j]!.sentence; h--) if (tokens[h]!.norm === 'of' && tokens[h - 1]!.norm === 'one') return true;
  return false;
}

/** Words for one person by sex, which with BEFORE_NOW name someone in particular. */
const ONE_PERSON = new Set(['lady', 'woman', 'man', 'girl', 'lad', 'chap', 'guy', 'gentleman', 'bloke', 'fella', 'lass']);

/**
 * Whether the word at j is someone who was in the post before: "The last lady was lovely but she was
 * tired", "the last older nurse you sent was too slow for him" (a word may come between).
 */
function isOneBefore(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const w = tokens[j]!;
  // An advert's "the last post-holder ... she's left big shoes to fill" gives the post a sex: the one
  // before, known only by the role, stands for whoever holds it (a predecessor named stays someone).
  // "Last year's fellows took months": a role in the plural is several people, whom no "he" or "she" points back
  // to, unless one of them is picked out ("one of last year's candidates").
  const one = isPluralRole(w.norm) ? pickedFrom(doc, j) : ONE_PERSON.has(w.norm) || ROLE_NOUNS.has(w.base);
  if (!one || (doc.kind === 'advert' && !ONE_PERSON.has(w.norm))) return false;
  // "Previous GP reception experience": the role names a kind of work, not someone who did it.
  if (KIND_OF_WORK.has(tokens[j + 1]?.norm ?? '')) return false;
  for (let h = j - 1; h >= 0 && h >= j - 2 && tokens[h]!.sentence === w.sentence; h--) if (BEFORE_NOW.has(tokens[h]!.norm)) return true;
  return false;
}

/** Those already spoken of, whom "one of" picks from: "one of them was late". */
const OF_THOSE = new Set(['them', 'those', 'these']);

/** Whether the word at j, in an e-mail, opens "one of them" before a verb of news: someone in particular ("one of them was late"). */
function isOneOfThose(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  if (doc.kind !== 'email' || tokens[j]!.norm !== 'one' || tokens[j + 1]?.norm !== 'of' || !OF_THOSE.has(tokens[j + 2]?.norm ?? '')) return false;
  return SAID.has(tokens[j + 3]?.norm ?? '');
}

/**
 * Whether the word at j, in an e-mail, is one person the writer has seen: "the older lady (Margaret?)
 * looks experienced but I'm not sure she'd cope", "the chap from Leeds". Not the one wanted: "the
 * right lady for the job", "the new man".
 */
function isOneSeen(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  // "the two-man lifts": a word in a compound is no person.
  if (doc.kind !== 'email' || tokens[j]!.gap & GAP.HYPHEN || (tokens[j + 1]?.gap ?? 0) & GAP.HYPHEN) return false;
  for (let h = j - 1; h >= 0 && h >= j - 3 && tokens[h]!.sentence === tokens[j]!.sentence; h--) {
    const n = tokens[h]!.norm;
    if (n === 'the' || n === 'this' || n === 'that') return true;
    if (WANTED_BEFORE.has(n) || TO_COME.has(n)) return false;
  }
  return false;
}

/**
 * Family and friends, one person each: "your neighbour's husband has just left his job". Not
 * "partner" or "sister", which are also posts ("the GP partner", "the ward sister").
 */
const KIN = new Set([...ONE_RELATIVE, 'friend', 'neighbour']);
KIN.delete('partner');
KIN.delete('sister');
const OWNERS = new Set(['my', 'your', 'his', 'her', 'our', 'their']);

/** Whether the word at j is someone's relative or friend ("my brother", "Sue's husband"), a particular person. */
function isKin(doc: Doc, j: number): boolean {
  const w = doc.tokens[j]!;
  const prev = doc.tokens[j - 1];
  return KIN.has(w.base) && prev !== undefined && prev.sentence === w.sentence && (OWNERS.has(prev.norm) || prev.norm.endsWith("'s"));
}

/** Ordinals that pick out one of the people seen: "the second applicant", "the last candidate". */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'other', 'latter', 'former']);
/** People a panel has seen (not "the first person visitors meet", which is the role). */
const SEEN = new Set(['candidate', 'applicant', 'interviewee']);

/** Words that make a role any one of its holders: "each locum", "every new starter". */
const EACH = new Set(['each', 'every', 'any']);
/** Whether "each/every/any" at token k opens its sentence or a clause a subordinator opens ("when each locum arrives"). */
const opensWithEach = (doc: Doc, k: number) => k === doc.sentenceStart(doc.tokens[k]!.sentence) || SUBORDINATORS.has(doc.tokens[k - 1]!.norm) || doc.tokens[k - 1]!.norm === 'once';
/** The pronouns that are a clause's subject. */
const SUBJECT_FORMS = new Set(['he', 'she', "he'll", "she'll", "he's", "she's", "he'd", "she'd"]);
/** Whether the role noun at j names a particular person: "Candidate 3", "applicant B", "the first applicant". */
function isNumbered(doc: Doc, j: number): boolean {
  const w = doc.tokens[j]!;
  const next = doc.tokens[j + 1];
  const prev = doc.tokens[j - 1];
  if (prev !== undefined && prev.sentence === w.sentence && ORDINALS.has(prev.norm) && SEEN.has(w.base)) return true;
  // "one applicant declared she's...": in notes, one of those who applied; an advert's "one candidate" is any.
  // Only with what they did after it ("one applicant declared", "one candidate has withdrawn"), not a wish ("one applicant may say").
  if (doc.kind === 'email' && prev?.norm === 'one' && prev.sentence === w.sentence && SEEN.has(w.base)) return didSomething(doc, j);
  const field = isFormField(doc, j);
  if (next === undefined || (!field && (next.sentence !== w.sentence || next.gap & GAP.BREAK))) return false;
  // "applicant B", "candidate c"; not "the vacancy - I think", "give the applicant a call", nor a year
  // ("Consultant 2003 contract", a contract's name).
  return ((next.shape & SHAPE.NUMBER) !== 0 && !YEAR.test(next.norm)) || (/^[a-z]$/.test(next.norm) && next.norm !== 'i' && (next.norm !== 'a' || (next.shape & SHAPE.CAP) !== 0));
}

/** "Candidate: 3" opening a form's line: its field for the one applicant the form is about. */
function isFormField(doc: Doc, j: number): boolean {
  const next = doc.tokens[j + 1];
  return next !== undefined && next.gap === (GAP.BREAK | GAP.COLON) && (j === 0 || doc.tokens[j - 1]!.line !== doc.tokens[j]!.line);
}

/** Words that label an applicant by number at a line's start in notes: "Number 5", "No. 5", "App 2" (an application). */
const NUMBER_LABELS = new Set(['number', 'no', 'app', 'cand']);

/** Whether token j opens a line "No. 5 …", "Number 5 …" or "App 2: …" (after any bullet): an applicant known by number in notes. */
function isNumberLabel(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const w = tokens[j]!;
  const next = tokens[j + 1];
  if (!NUMBER_LABELS.has(w.norm) || next === undefined || next.sentence !== w.sentence || !(next.shape & SHAPE.NUMBER)) return false;
  return j === 0 || tokens[j - 1]!.line !== w.line;
}

/**
 * Verbs after a role noun that make it someone in particular, who has done something: worked the post
 * ("the agency nurse was excellent"), answered the offer ("our preferred candidate accepted"), or
 * been in touch ("the applicant rang").
 */
const HAS_DONE = new Set([
  'was', 'were', 'worked', 'came', 'did', 'left', 'started', 'began', 'joined', 'arrived', 'covered', 'accepted', 'declined',
  'withdrew', 'applied', 'impressed', 'scored', 'rang', 'phoned', 'called', 'emailed', 'asked', 'said', 'told', 'mentioned',
  'replied', 'agreed', 'interviewed', 'turned',
]);
const BEGINS = new Set(['starts', 'begins', 'joins', 'arrives']);
/** Adverbs that may stand between someone in particular and what they did: "the employee also mentioned". */
const DEED_ADVERBS = new Set(['also', 'then', 'later', 'recently', 'previously', 'already', 'subsequently', 'originally', 'first', 'briefly']);
/** Verbs of reaching someone, before "the" and a role noun: "ask the applicant", "ring the candidate". */
const ADDRESSED = new Set(['ask', 'asking', 'tell', 'telling', 'ring', 'phone', 'call', 'email', 'contact', 'invite', 'thank', 'let']);
/** "has accepted", "had applied": a perfect made with one of these and a past participle. */
const PERFECT = new Set(['has', 'had', "who's", 'have']);
/** Past forms that do not end in -ed, for "the nurse you sent", "the candidate we saw", "has been". */
const PAST_FORMS = new Set([
  'saw', 'seen', 'met', 'sent', 'took', 'taken', 'gave', 'given', 'told', 'said', 'had', 'been', 'went', 'gone', 'came', 'did', 'done',
  'wrote', 'written', 'withdrew', 'withdrawn', 'rang', 'got', 'made', 'found', 'knew', 'known', 'chose', 'chosen', 'left', 'spoke', 'spoken',
]);
/** Who may do the telling in a clause about the role noun: "the candidate we saw", "the nurse you sent", "the applicant who withdrew". */
const TELLERS = new Set(['who', 'that', 'we', 'i', 'you', 'they']);
/** Words that make a role noun someone not yet known: "a nurse who worked", "any applicant". */
const INDEFINITE_BEFORE = new Set(['a', 'an', 'any', 'another', 'some', 'someone']);
/** Roles that are anyone at all, whatever a relative clause after them says they have done. */
const INDEFINITE_ROLES = new Set(['someone', 'anyone', 'whoever']);
/** Words before a role noun that make it one already picked: "our preferred candidate", "the selected applicant". */
const PICKED = new Set(['preferred', 'chosen', 'selected', 'appointed']);
/** What may come before those words for the one picked: not "a preferred candidate", nor one still wished for ("our preferred candidate will have"). */
const DEFINITE_OWNERS = new Set(['our', 'the', 'your', 'my', 'this']);
/** How long an aside set off by commas may be: "our preferred candidate, once appointed, will". */
const ASIDE_REACH = 6;
/** The token after an aside set off by commas that opens at k ("…candidate, once appointed, will"), or k itself. */
function afterAside(doc: Doc, k: number): number {
  const { tokens } = doc;
  const first = tokens[k];
  if (first === undefined || !(first.gap & GAP.COMMA)) return k;
  for (let h = k + 1; h < tokens.length && h <= k + ASIDE_REACH && tokens[h]!.sentence === first.sentence; h++) if (tokens[h]!.gap & GAP.COMMA) return h;
  return k;
}

/**
 * Whether the role noun at j is followed by what that person did or is: a past or perfect verb ("declared",
 * "has withdrawn"), as HAS_DONE and PERFECT read it, or "is" and "has".
 */
function didSomething(doc: Doc, j: number): boolean {
  const next = doc.tokens[j + 1];
  if (next === undefined || next.sentence !== doc.tokens[j]!.sentence) return false;
  const after = doc.tokens[j + 2];
  // "one candidate is 59", "one applicant has a stammer": what that person is or has, now.
  return HAS_DONE.has(next.norm) || isPast(next.norm) || next.norm === 'is' || next.norm === 'has' || (PERFECT.has(next.norm) && after !== undefined && isPast(after.norm));
}

/** Verbs after "our preferred candidate" that still wish for them: "will have", "should know". */
const WISHED = new Set(['will', "'ll", 'would', 'should', 'must', 'shall', 'needs', 'need', 'can', 'could', 'may', 'might']);
/** Past verbs of wanting, whose object is still whoever is sought: "we needed someone who". */
const WANTED = new Set(['needed', 'wanted', 'required', 'preferred', 'sought', 'hoped', 'expected', 'asked', 'advertised']);
const isPast = (norm: string) => PAST_FORMS.has(norm) || (norm.length > 4 && norm.endsWith('ed'));

/** Whether the role noun at j is one already picked: "our preferred candidate", not one still wished for ("… will have"). */
const isPicked = (doc: Doc, j: number) =>
  PICKED.has(doc.tokens[j - 1]?.norm ?? '') && DEFINITE_OWNERS.has(doc.tokens[j - 2]?.norm ?? '') && !WISHED.has(doc.tokens[afterAside(doc, j + 1)]?.norm ?? '');

const pickedCache = new WeakMap<Doc, ReadonlyMap<string, number>>();
/** Each role noun the e-mail uses for one already picked, with where it first does: read once per text. */
function pickedRoles(doc: Doc): ReadonlyMap<string, number> {
  let found = pickedCache.get(doc);
  if (found === undefined) {
    const roles = new Map<string, number>();
    for (const h of doc.tokensWith(PICKED)) {
      const noun = doc.tokens[h + 1];
      if (noun !== undefined && ROLE_NOUNS.has(noun.base) && !roles.has(noun.norm) && isPicked(doc, h + 1)) roles.set(noun.norm, h + 1);
    }
    found = roles;
    pickedCache.set(doc, found);
  }
  return found;
}

/** Words that say someone is there: "there's a lad", "there was also a nurse". */
const THERE_BE = new Set(['is', 'was', 'are', 'were']);
/** Words that may stand between "there's" and the person: "there's also a", "there's still one". */
const THERE_ALSO = new Set(['also', 'still', 'even', 'just']);

/** How far after a person said to be there what they did may come: "a lad from the college who dropped his CV in". */
const DEED_REACH = 8;

/**
 * Whether the indefinite at h follows "there's" or "there is/was" (an "also" between) and the person
 * at j is then said to have done something: someone the writer knows. Not a post said to be there:
 * "there's a porter vacancy on nights – he will need to lift".
 */
function isThere(doc: Doc, h: number, j: number): boolean {
  const { tokens } = doc;
  if (POSTS.has(tokens[j + 1]?.norm ?? '')) return false;
  let did = false;
  for (let a = j + 1; a < tokens.length && a <= j + DEED_REACH && tokens[a]!.sentence === tokens[j]!.sentence && !did; a++) did = isPast(tokens[a]!.norm) && !WANTED.has(tokens[a]!.norm);
  if (!did) return false;
  let b = h - 1;
  if (THERE_ALSO.has(tokens[b]?.norm ?? '')) b--;
  const t = tokens[b];
  if (t === undefined || t.sentence !== tokens[h]!.sentence) return false;
  if (t.norm === "there's") return true;
  return THERE_BE.has(t.norm) && tokens[b - 1]?.norm === 'there' && tokens[b - 1]!.sentence === t.sentence;
}

/**
 * Whether the role noun at j, in an e-mail, is someone in particular: one who has done something
 * ("the agency nurse was excellent, please ask for her again", "our preferred candidate accepted the
 * offer; she starts in April", "the successful candidate has accepted"), one the writer has met or
 * heard of ("the candidate we saw on Tuesday", "the applicant who withdrew", "your colleague"), or a
 * new starter already appointed ("the new starter begins on Monday"). An advert's "the successful
 * candidate starts in April" is still whoever gets the job.
 */
function isParticular(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const w = tokens[j]!;
  if (doc.kind !== 'email') return false;
  if (w.norm === 'colleague' && (tokens[j - 1]?.norm === 'your' || tokens[j - 1]?.norm === 'my')) return true;
  // "Monday's candidate", "yesterday's applicant": one seen on a day the writer names.
  if (isDayPossessive(tokens[j - 1]?.norm ?? '')) return true;
  if (ownerNamed(doc, j)) return true;
  // "our preferred candidate", "the chosen applicant": one already picked from those who applied.
  if (isPicked(doc, j)) return true;
  // "... our preferred candidate. We talk it through with the candidate": the same noun with "the" later
  // in the e-mail points back at the one picked, unless it still wishes for someone ("the candidate will need").
  if (tokens[j - 1]?.norm === 'the' && !WISHED.has(tokens[afterAside(doc, j + 1)]?.norm ?? '')) {
    const first = pickedRoles(doc).get(w.norm);
    if (first !== undefined && first < j) return true;
  }
  // "we took someone on", "I interviewed a nurse": the object of what the writer did is someone they dealt with.
  const verb = INDEFINITE_BEFORE.has(tokens[j - 1]?.norm ?? '') && w.norm !== 'someone' ? j - 2 : j - 1;
  const doer = tokens[verb - 1];
  if (doer !== undefined && TELLERS.has(doer.norm) && doer.sentence === w.sentence && isPast(tokens[verb]!.norm) && !WANTED.has(tokens[verb]!.norm)) return true;
  // "a nurse who worked in a GP surgery" is whoever is wanted, described; "the nurse who worked" is one,
  // and so is one said to be there: "there's also a lad from the college who dropped his CV in".
  for (let h = j - 1; h >= 0 && h >= j - 3 && tokens[h]!.sentence === w.sentence; h--) if (INDEFINITE_BEFORE.has(tokens[h]!.norm)) return isThere(doc, h, j);
  // "ask the applicant what...", "ring the candidate": someone the writer can reach is someone in particular.
  if (tokens[j - 1]?.norm === 'the' && ADDRESSED.has(tokens[j - 2]?.norm ?? '')) return true;
  // "the employee also mentioned", "the candidate then withdrew": an adverb of time or addition before the deed.
  let n = j + 1;
  while (n < tokens.length && n <= j + 2 && DEED_ADVERBS.has(tokens[n]!.norm)) n++;
  const next = tokens[n];
  if (next === undefined || next.sentence !== w.sentence) return false;
  if (HAS_DONE.has(next.norm)) return true;
  const after = tokens[n + 1];
  // "someone who's been there" describes a kind of person, as "someone who has worked nights" does.
  if (after !== undefined && after.sentence === w.sentence && (PERFECT.has(next.norm) || TELLERS.has(next.norm)) && isPast(after.norm)) return !INDEFINITE_ROLES.has(w.norm);
  // "the new starter begins", "new call handler starts Monday".
  return BEGINS.has(next.norm) && (tokens[j - 1]?.norm === 'new' || tokens[j - 2]?.norm === 'new');
}

/** How many capitalised words of a post's title may stand between its holder's possessive and the role noun. */
const OWNED_TITLE_WORDS = 4;

/**
 * Whether the role noun at j is in the post of someone named in the possessive before it: "Linda's Payroll
 * Officer post"; not the one who will follow them ("Linda's replacement").
 */
function ownerNamed(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  if (FOLLOWERS.has(tokens[j]!.norm)) return false;
  for (let h = j - 1; h >= 0 && h >= j - OWNED_TITLE_WORDS && tokens[h]!.sentence === tokens[j]!.sentence; h--) {
    const p = tokens[h]!;
    // "Sunita's Band 6 Physiotherapist post": a band's number is part of the title.
    if (!(p.shape & (SHAPE.CAP | SHAPE.NUMBER))) return false;
    if (p.norm.endsWith("'s")) return !isDayPossessive(p.norm) && nounClass(p.base) === undefined && !ORGANISATION_HEADS.has(p.base);
  }
  return false;
}

/** A day or time with its possessive, before a role noun: "Monday's", "yesterday's", "this morning's". */
function isDayPossessive(word: string): boolean {
  if (!word.endsWith("'s") && !word.endsWith('’s')) return false;
  const day = word.slice(0, -2);
  return CALENDAR.has(day) || day === 'yesterday' || day === 'today' || day === 'morning' || day === 'afternoon' || day === 'week';
}

/** Verbs of working for someone: "support the Medical Director", "assist the Chief Executive". */
const SERVING = new Set(['support', 'supports', 'supporting', 'assist', 'assists', 'assisting', 'serve', 'serves', 'serving', 'deputise', 'deputising']);
/** Words before "to" that make the one after it the post-holder's manager: "report to", "PA to", "accountable to". */
const SERVING_TO = new Set(['report', 'reports', 'reporting', 'accountable', 'answerable', 'pa', 'ea', 'assistant', 'secretary']);
/** How many capitalised words of an office's title may stand between "the" and its head: "the Deputy Chief Medical Officer". */
const OFFICE_REACH = 4;
/**
 * Words of a title held by one named office-holder ("the Medical Director", "the Chief Pharmacist"). NHS adverts
 * capitalise every role, so "the Team Leader" or "the Registered Nurse" may be whoever is on shift.
 */
const OFFICE_WORDS = new Set(['director', 'chief', 'executive', 'chair', 'chairman', 'chairwoman', 'chairperson', 'consultant', 'head', 'dean', 'president', 'superintendent', 'matron']);

/**
 * Whether the pronoun at k is the object or owner of the office at j that the post-holder works for, later in
 * the same stretch of its sentence: "support the Medical Director in his work". A subject, or a pronoun after a
 * comma, is the post-holder's again: "Reporting to the Matron, she will lead the ward's housekeepers".
 */
function servedBefore(doc: Doc, j: number, k: number): boolean {
  const { tokens } = doc;
  if (tokens[k]!.sentence !== tokens[j]!.sentence || SUBJECT_FORMS.has(tokens[k]!.norm)) return false;
  for (let h = j + 1; h <= k; h++) if (tokens[h]!.gap & (GAP.COMMA | GAP.BREAK)) return false;
  return isOfficeServed(doc, j);
}

/**
 * Whether the role noun at j heads the capitalised title of an office the post-holder works for: "support
 * the Medical Director in his work", "report to the Clinical Director and support him". An office with its
 * capitals and a word of OFFICE_WORDS is held by one person already in post, not by whoever is appointed.
 */
function isOfficeServed(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  if (!(tokens[j]!.shape & SHAPE.CAP)) return false;
  let h = j - 1;
  let office = OFFICE_WORDS.has(tokens[j]!.norm);
  for (; h >= 0 && j - h <= OFFICE_REACH && tokens[h]!.shape & SHAPE.CAP && tokens[h]!.norm !== 'the'; h--) if (OFFICE_WORDS.has(tokens[h]!.norm)) office = true;
  if (!office || tokens[h]?.norm !== 'the' || tokens[h]!.sentence !== tokens[j]!.sentence) return false;
  const before = tokens[h - 1];
  if (before === undefined || before.sentence !== tokens[j]!.sentence) return false;
  if (SERVING.has(before.norm)) return true;
  // "report to the ...", "PA to the ...", "deputise for the ...".
  const verb = tokens[h - 2]?.norm ?? '';
  return (before.norm === 'to' && SERVING_TO.has(verb)) || (before.norm === 'for' && SERVING.has(verb));
}

/** Words between "our" and a role noun that still name the one in post: "our current practice nurse". */
const IN_POST = new Set(['current', 'existing', 'lead', 'senior', 'practice', 'ward', 'deputy', 'clinical', 'foundation', 'trainee']);
/** Words after "the" that make a role its present holder: "the current manager", "the existing coordinator". */
const NOW_IN_POST = new Set(['current', 'existing', 'present']);

/**
 * Whether the role noun at j is a colleague in post, named by "our" or "my": "support our FD when she
 * joins", "cover for my deputy while she is on leave". "Our new nurse" is the post being filled, and
 * the post's own words ("our post", "our role") never name a person.
 */
function isColleague(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  if (POSTS.has(tokens[j]!.base)) return false;
  for (let h = j - 1; h >= 0 && h >= j - 3 && tokens[h]!.sentence === tokens[j]!.sentence; h--) {
    const n = tokens[h]!.norm;
    if (n === 'our' || n === 'my') return true;
    // "the current manager - she's lovely": the one in post now, not the one to come.
    if (n === 'the' && h < j - 1 && NOW_IN_POST.has(tokens[h + 1]!.norm)) return true;
    if (!IN_POST.has(n) || TO_COME.has(n)) return false;
  }
  return false;
}

/** Words for applications and posts not yet filled, and the words before them that say so ("any late applications", "the second post"). */
const APPLYING = new Set(['application', 'applications', 'applicant', 'applicants', 'candidate', 'candidates', 'post', 'vacancy', 'role', 'job']);
const UNSEEN = new Set(['any', 'late', 'new', 'second', 'other', 'another', 'next', 'future', 'further', 'more', 'remaining']);

/** Whether the pronoun's sentence, before it, names applications or a post not yet seen. */
function turnsToUnseen(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  for (let j = k - 1; j >= 1 && tokens[j]!.sentence === sentence; j--) {
    if (!APPLYING.has(tokens[j]!.norm) || isNumbered(doc, j)) continue;
    if (UNSEEN.has(tokens[j - 1]!.norm) || UNSEEN.has(tokens[j - 2]?.norm ?? '')) return true;
  }
  return false;
}

/** Words before a role noun that make it the post being filled: "a deputy ward manager", "the successful nurse". */
const WANTED_BEFORE = new Set(['a', 'an', 'the', 'new', 'successful', 'future', 'ideal', 'right', 'whoever']);
/** Verbs of wanting before "someone", which make it the one wanted when a clause describes them: "we need someone who'll buy in" (not "we need someone to cover"). */
const WANTING = new Set(['need', 'needs', 'want', 'wants', 'seek', 'seeking', 'appoint', 'recruit', 'hire']);
const DESCRIBED_BY = new Set(['who', "who'll", "who's", "who'd", 'that', 'with']);

/** Whether the pronoun at k is the subject opening its sentence: "She will be supported by...", "He'll need to...". */
function opensSentence(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (['his', 'her', 'him', 'hers', 'himself', 'herself'].includes(t.norm)) return false;
  // "The team is all blokes, so he will need to …": a subject opening the sentence's result clause.
  const before = doc.tokens[k - 1];
  return doc.sentenceStart(t.sentence) === k || (before !== undefined && before.norm === 'so' && before.sentence === t.sentence && (before.gap & GAP.COMMA) !== 0);
}

/** Whether the pronoun at k is a subject or a possessive ("he", "his", "her own"), not an object ("him", "support her"). */
function ownedBySubject(doc: Doc, k: number): boolean {
  const norm = doc.tokens[k]!.norm;
  return norm === 'he' || norm === 'she' || norm === 'his' || (norm === 'her' && doc.tokens[k + 1]?.norm === 'own');
}

/** Verbs straight after a role noun that make it its clause's subject. */
const SUBJECT_VERBS = new Set(['will', 'would', 'should', 'must', 'can', 'could', 'may', 'is', 'has', 'needs', 'shall']);

/** How many words may stand between "someone" and the clause describing it: "someone physically fit who". */
const DESCRIBED_REACH = 3;

/** Whether a clause describing token j follows it within a few words of the same sentence, none of them "to" ("someone to cover who…" is a task). */
function describedAfter(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  for (let k = j + 1; k <= j + DESCRIBED_REACH && tokens[k]?.sentence === tokens[j]!.sentence; k++) {
    if (DESCRIBED_BY.has(tokens[k]!.norm)) return true;
    if (tokens[k]!.norm === 'to' || tokens[k]!.gap & GAP.BREAK) return false;
  }
  return false;
}

/** Whether the role noun at j is the post being filled ("a deputy ward manager", "the new HCA"), within three words. */
function isWanted(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  for (let h = j - 1; h >= 0 && h >= j - 3 && tokens[h]!.sentence === tokens[j]!.sentence; h--) {
    if (WANTED_BEFORE.has(tokens[h]!.norm)) return true;
    if (WANTING.has(tokens[h]!.norm) && describedAfter(doc, j)) return true;
    if (tokens[h]!.gap & GAP.BREAK) return false;
  }
  return false;
}

/**
 * Each sentence's number counting only sentences with words: a list's "1." or "2)" is not a sentence
 * between a question and the one before it.
 */
function sentenceCounter(doc: Doc): number[] {
  const counts: number[] = [];
  let n = -1;
  let last = -1;
  for (const t of doc.tokens) {
    if (t.sentence !== last) {
      while (counts.length < t.sentence) counts.push(n);
      last = t.sentence;
    }
    if (counts.length === t.sentence && !(t.shape & SHAPE.NUMBER)) counts.push(++n);
  }
  return counts;
}

/** Whether token j is one particular person by its words: a title, "the lad you sent last time", "Candidate 2", a relative. */
function isParticularPerson(doc: Doc, j: number): boolean {
  const w = doc.tokens[j]!;
  return TITLES.has(w.norm) || PARTICULAR.has(w.norm) || isOneBefore(doc, j) || isOneOfThose(doc, j) || (ONE_PERSON.has(w.norm) && (isParticular(doc, j) || isOneSeen(doc, j))) || isNumberLabel(doc, j) || isKin(doc, j);
}

/**
 * He/she/his/her used for the post-holder: a role noun before it (in an advert, anywhere before, since
 * an advert is about whoever gets the job; elsewhere, in the last few sentences) and no named person
 * in those sentences ("Dr Patel ... she" is about a real colleague and passes). A pronoun whose
 * nearest person before it is a patient or a client is about them, not the post-holder.
 */
export const genericPronoun: SpanHandler = {
  kind: 'span',
  triggers: PRONOUNS,
  find({ doc }) {
    const { tokens } = doc;
    const hits = [];
    // The first role noun in the text: in an advert, a role anywhere before a pronoun counts.
    let firstRole = -1;
    // Applicants named by number or letter ("Candidate 2"): from there on the text is notes on people seen.
    let firstNumbered = -1;
    // A form about one applicant ("Candidate: 3" heading it, and no second such field): its pronouns are all theirs.
    let formFields = 0;
    const roles = doc.wordsIn(ROLE_NOUNS);
    const { base } = doc.wordIds();
    // Read on until the first numbered applicant (and an advert's first role) is found, and past one form field for a second.
    for (let j = 0; j < tokens.length && (firstNumbered < 0 || (firstRole < 0 && doc.kind === 'advert') || formFields === 1); j++) {
      if (roles[base[j]!] === 0) {
        if (firstNumbered < 0 && isNumberLabel(doc, j)) firstNumbered = j;
        continue;
      }
      if (isNumbered(doc, j)) {
        if (firstNumbered < 0) firstNumbered = j;
        formFields += isFormField(doc, j) ? 1 : 0;
      } else if (firstRole < 0 && doc.kind === 'advert' && !SEXED.has(tokens[j - 1]?.norm ?? '')) firstRole = j;
    }
    const at = sentenceCounter(doc);
    // The sentence of the last pronoun of each sex that was about a named person: a chain of "her ...
    // her ... her" keeps pointing at that person ("a reference for Aisha Rahman ... her start date").
    const namedAt = { he: -NAME_WINDOW - 1, she: -NAME_WINDOW - 1 };
    // The sentence of the last pronoun found to be about the post-holder: a list of interview questions
    // ("1. Ask how she would... 2. Ask what he would...") goes on about the same person.
    let genericAt = -NAME_WINDOW - 1;
    // Whether token j is a person's name, read once per token though pronouns' windows overlap: 0 not yet read, 1 no, 2 yes.
    const person = new Uint8Array(tokens.length);
    // The same for one particular person by a word (isParticularPerson).
    const particular = new Uint8Array(tokens.length);
    const pronouns = doc.tokensWith(PRONOUNS);
    for (let i = 0; i < pronouns.length; i++) {
      const k = pronouns[i]!;
      const t = tokens[k]!;
      // The pronoun before this one, in text order: another pronoun stands after a token j before k
      // exactly when this one is past j. A lookup, where a scan from each "whoever" would grow with the text.
      const previousPronoun = i > 0 ? pronouns[i - 1]! : -1;
      if (t.quoted || isPaired(doc, k)) continue;
      const sex = t.norm.startsWith('s') || t.norm.startsWith('her') ? 'she' : 'he';
      const here = at[t.sentence]!;
      if (t.norm === 'her' && tokens[k + 1]?.norm === 'majesty') continue;
      // "We still need to cover her Tuesday sessions while she is on maternity leave": work another takes
      // on from someone leaving or away is that person's, not whoever gets the post.
      if (takesOverWorkOf(doc, k, at)) {
        namedAt[sex] = here;
        continue;
      }
      // "..., she added": the speaker of a quotation, a particular person, whom the pronouns after still mean.
      const verb = tokens[k + 1]?.norm ?? '';
      const spoke = SPOKE.has(verb) || (SPEAKS.has(verb) && closesQuotation(doc, k));
      if ((t.norm === 'she' || t.norm === 'he') && spoke && tokens[k + 1]!.sentence === t.sentence) {
        namedAt[sex] = here;
        continue;
      }
      let from = k;
      while (from > 0 && here - at[tokens[from - 1]!.sentence]! <= NAME_WINDOW) from--;
      let role = (firstRole >= 0 && firstRole < k) || here - genericAt <= NAME_WINDOW;
      let named = false;
      let namedSentence = -1;
      // Whether the last person named was a colleague known only by role ("our ANP"), weaker than a name.
      let byRole = false;
      // Whether anyone in the window is named or picked out by their words, not only by role.
      let byName = false;
      // The nearest person before the pronoun: a role (the post-holder) or a patient.
      let nearest: 'role' | 'patient' | null = null;
      let wantedSentence = -1;
      let whoever = false;
      for (let j = from; j < k; j++) {
        const w = tokens[j]!;
        let isNamed = false;
        // "the lad you sent last time, he struggled": one person by sex whom the writer has met.
        if (particular[j] === 0) particular[j] = isParticularPerson(doc, j) ? 2 : 1;
        if (particular[j] === 2) isNamed = true;
        // "- Member of the union branch" in notes: what the one noted belongs to, not a post to fill.
        else if (doc.kind === 'email' && w.gap & (GAP.BULLET | GAP.BREAK) && tokens[j + 1]?.norm === 'of') continue;
        else if (ROLE_NOUNS.has(w.base) || isHealthVisitor(doc, j)) {
          // "a female electrician on her own": the pronoun agrees with the sex the writer gave the role,
          // which the gendered-language rules flag; it is not a pronoun chosen for any post-holder.
          if (SEXED.has(tokens[j - 1]?.norm ?? '')) continue;
          if (isNumbered(doc, j) || isParticular(doc, j)) isNamed = true;
          else if (isColleague(doc, j) || servedBefore(doc, j, k)) {
            named = true;
            namedSentence = at[w.sentence]!;
            byRole = true;
            // "Whoever we pick will shadow our practice manager and take on her list": the colleague is nearer.
            whoever = false;
          }
          // "how the managers would manage him": a role named in the plural in the pronoun's own
          // clause acts on that one person and is not them.
          else if (OBJECT_PRONOUNS.has(t.norm) && w.clause === t.clause && isPluralRole(w.base)) continue;
          else {
            role = true;
            nearest = 'role';
            // "Whoever we appoint, he will need..." or "Whoever leads this must know his brief": a subject or
            // possessive pronoun in its own clause is the one appointed, even when a colleague was named
            // before, unless another pronoun comes first ("whoever he appoints", "whoever replaces him
            // will inherit his list": the colleague's) or it is an object ("take over her clinics").
            if (w.norm === 'whoever' && w.sentence === t.sentence && (w.clause !== t.clause || (k > j + 1 && ownedBySubject(doc, k) && previousPronoun <= j))) whoever = true;
            // "When each locum arrives, make sure he has his smartcard": any one of them, in the subject pronoun's
            // own sentence, is nearer than a doctor named before (not "any locum can use his room", the doctor's),
            // when it opens the sentence or a clause ("Dr Shah supervises every locum and he signs" is the doctor).
            if (w.sentence === t.sentence && EACH.has(tokens[j - 1]?.norm ?? '') && opensWithEach(doc, j - 1) && SUBJECT_FORMS.has(t.norm) && previousPronoun <= j) whoever = true;
            // In the pronoun's own sentence only as its subject: "The successful nurse will use her
            // judgement", not "We need a deputy ward manager to join her team".
            if (isWanted(doc, j) && (w.sentence < t.sentence || SUBJECT_VERBS.has(tokens[j + 1]?.norm ?? ''))) wantedSentence = at[w.sentence]!;
          }
        } else if (SINGLE_PATIENTS.has(w.norm)) {
          // A patient in this sentence, or in the one before unless that one was about the post-holder
          // ("Ask how she would handle a customer who... Ask what he would do"); one further back is
          // not what the pronoun points at.
          const gap = here - at[w.sentence]!;
          if ((gap === 0 || (gap === 1 && genericAt < at[w.sentence]!)) && !modifiesService(doc, j)) nearest = 'patient';
        } else {
          if (person[j] === 0) person[j] = isPersonName(doc, j) ? 2 : 1;
          isNamed = person[j] === 2;
        }
        if (isNamed) {
          named = true;
          namedSentence = at[w.sentence]!;
          byRole = false;
          whoever = false;
          byName = true;
        }
      }
      // "Ward 7 is led by Sister Ama Boateng. We need a deputy ward manager. He will...": a sentence
      // about the post after the one naming a colleague moves the text on to the post-holder. Not in
      // notes on particular applicants, where a pronoun after "the role" is still about one of them.
      // A chain of "her ... her ... her" keeps pointing at the person named last.
      if (here - namedAt[sex] <= NAME_WINDOW) {
        named = true;
        if (namedAt[sex] >= namedSentence) byRole = false;
        namedSentence = Math.max(namedSentence, namedAt[sex]);
      }
      if (whoever) named = false;
      // "Our current manager retires in May and we are looking for her successor": in an advert, the one
      // who follows a colleague known only by role is the post-holder, pictured as of the same sex.
      if (named && byRole && !byName && doc.kind === 'advert' && SUCCEEDING.has(tokens[k + 1]?.norm ?? '')) named = false;
      const notes = firstNumbered >= 0 && firstNumbered < k;
      // "Question 3: clear on what a PA can do. … I worry patients won't follow her": on one applicant's form, her.
      if (!named && !whoever && notes && formFields === 1 && isFormField(doc, firstNumbered) && nearest !== 'patient') named = true;
      // A colleague known only by role in the post-holder's own sentence ("The successful candidate will
      // work with our ANP. He will...") does not hold the next sentence's subject either.
      const movedOn = wantedSentence > namedSentence || (byRole && wantedSentence === namedSentence);
      if (named && !notes && movedOn && wantedSentence === here - 1 && opensSentence(doc, k)) named = false;
      // "… chaired by Mr Owen Castellan. The appointee will have his own office": the post, subject of
      // the pronoun's own sentence after the one that named someone, is whom a subject or possessive
      // pronoun means (an object, "will shadow her", may still be the one named).
      if (named && !notes && movedOn && wantedSentence === here && namedSentence < here && ownedBySubject(doc, k)) named = false;
      // Once a pronoun after the named person was about the post-holder, the ones after it are too
      // ("She will be the named nurse ... and she will run drop-ins in her schools").
      if (named && !notes && genericAt > namedSentence) named = false;
      // "Candidate 7: references fine. For the second post, send me any late applications (want to
      // check he can do the rota)": a sentence that turns to people not yet seen is about them.
      if (named && namedSentence < here && turnsToUnseen(doc, k)) named = false;
      if (named) namedAt[sex] = here;
      else if (role && nearest !== 'patient') {
        hits.push({ start: t.start, end: t.end });
        genericAt = here;
      } else if (doc.kind === 'email' && !role && nearest === null) {
        // In notes or an e-mail, a pronoun with no post-holder before it is someone in particular
        // ("Doesn't drive, which rules her out"), whom the next ones still mean ("Happy for her to go through").
        namedAt[sex] = here;
      }
    }
    return hits;
  },
};

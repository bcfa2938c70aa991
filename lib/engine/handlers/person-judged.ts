import type { SaidField } from '../concept-fields';
import type { Doc } from '../document';
import { disownedNext, type JudgementAt, judgementNear, judgementOf } from '../judgement/reader';
import { FAIR, SUPPORTING_SOMEONE } from '../judgement/vocabulary';
import { AUXILIARIES, DETERMINERS, NATIONALITY_ADJECTIVES, nounClass, PREPOSITIONS } from '../lexicon';
import { targetOf } from '../targets';
import { NAME } from '../names';
import { GAP, SHAPE } from '../tokenize';
import { againOpening, concededAfter, concededBefore, contrastedWithPraise, isSpeechDoubt, judgedNext, judgingEnd, speechDoubtedAfter } from '../reading/judged';
import { areaOfWork, cueFirstWords, cuesOf, DATED, isPlaceCue } from '../reading/what';
import { aboutPerson, helpOfferedToReader, meansCandidate, noteAbout, opensElidedNote, ownsWhatFollows, PATIENT_CARE, PERSON, toldAsOwn } from '../reading/who';
import { phraseList } from './cue-per-sentence';
import type { Hit, SpanHandler } from './types';

// One reading for a characteristic said of a person: a word of a concept field (an age, an origin, a
// health condition, a faith: wordlists/concepts.json, found with its proxies by reading/what.ts) in a
// sentence where it is said of a candidate or a member of staff (not a patient, a service or a place:
// reading/who.ts) and where a judgement holds it for or against them (a preference, a doubt, a
// refusal, a requirement, a match to the team: lib/engine/judgement/; in a note, the next sentence
// that refers back to it: reading/judged.ts).

/** Words for the person hired or judged, before the characteristic: "someone in their prime", "nobody past 30". */
const HOLDERS = new Set([
  'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'whoever', 'candidate', 'candidates', 'applicant', 'applicants',
  'individual', 'hire', 'recruit', 'recruits', 'starter', 'postholder', 'one', "one's", 'ones', 'lad', 'lads', 'lass', 'lasses',
  'girl', 'girls', 'chap', 'chaps', 'bloke', 'blokes', 'fella', 'fellas', 'guy', 'man', 'woman', 'lady',
]);
/** Possessives that open a language's words and name whose it is: "his first language", "her mother tongue". */
const OWNERS = new Set(['his', 'her', 'their']);
const LANGUAGE_WORDS = new Set(['language', 'tongue']);
/** "nobody", "no one": a refusal of whoever has the characteristic. */
const NOBODY = new Set(['nobody', 'noone', 'no-one']);

/**
 * Where "nobody", "no one" or "not another" at token j starts when it opens a refusal of the person
 * wanted ("Nobody past thirty", "Also: no one with kids"), else -1; not as an object ("we see nobody with").
 */
export function refusingNobody(doc: Doc, j: number): number {
  const { tokens } = doc;
  const norm = tokens[j]!.norm;
  const prev = tokens[j - 1]?.norm;
  // "nobody", "no one", and "not another" or "not someone" before the kind refused ("not another one who", "not someone with").
  const no = NOBODY.has(norm) ? j : (norm === 'one' && prev === 'no') || (NOT_WHOM.has(norm) && prev === 'not') ? j - 1 : -1;
  if (no < 0) return -1;
  const opens = no === doc.clauseStart(tokens[no]!.clause) || (tokens[no]!.gap & GAP.BREAK) !== 0 || OPENERS.has(tokens[no - 1]?.norm ?? '');
  return opens ? no : -1;
}
/** Words for a person after "not" that open a refusal: "not another mum with", "not someone with young children". */
const NOT_WHOM = new Set(['another', 'someone', 'somebody']);
/** Words that may come before a "nobody" that opens a refusal: "and nobody over 50", "so no one with kids". */
const OPENERS = new Set(['and', 'but', 'so', 'also', 'just', 'please', 'ideally', 'honestly', 'realistically']);
/** Words after the characteristic that make it a person: "the older ones", "a younger pair of hands", "a local lad". */
const PERSON_HEADS = new Set([...HOLDERS, 'type', 'types', 'sort', 'lot', 'blood', 'face', 'faces', 'pair', 'hands', 'generation']);
/** Words after the characteristic that make it a patient group: "young people", "older adults", "elderly callers". */
const OTHERS_AFTER = new Set(['people', 'person', 'persons', 'callers', 'caller', 'carers', 'onset', 'offenders', 'minds', 'mums', 'mothers', 'parents', 'population']);
/** The person who opens a clause after an opening phrase: "Being Muslim, she ...". */
const AFTER_OPENING = new Set(['she', 'he', "she's", "he's", "she'd", "he'd", "she'll", "he'll"]);
/** How far into its sentence an opening phrase's characteristic may be: "Being a devout Christian, he". */
const OPENING = 4;
/** "need" as a verb, read by its subject before it rather than as a patient's needs. */
const NEEDS = new Set(['needs', 'need']);
/** Cues that are themselves words for people: whoever they name is the holder ("churchgoers", not "church"). */
const PEOPLE_CUES = new Set(['churchgoer', 'churchgoers']);
/** How far before the characteristic its holder may be: "someone who is past it". */
const HOLDER_WINDOW = 6;
/** How far from the characteristic its judgement may be, in words of the sentence. */
const WINDOW = 16;

/** Fair statements beside the vocabulary's: "whatever your age", "we don't mind how old you are". */
const FAIR_HERE = [
  ...FAIR,
  ...phraseList(
    "any age, all ages, every age, don't mind, do not mind, not bothered, no age limit, of every, of all, can request, may request, can ask for, may ask for, entitled to, happy for staff, happy for you, staff can, staff may, if they prefer, if they wish, if you prefer, if you wish, can swap, reflect our community, reflect the community, reflects our community, under represented, underrepresented, positive action, " +
      "must not affect, must not influence, should not affect, should not influence, not count against, not be held against, no bearing on, has no bearing, " +
      // A lawful requirement cited: "a genuine occupational requirement under Schedule 9".
      'occupational requirement, schedule 9',
  ),
];

/** Another time offered: "if the date does not suit you because of … commitments, we will offer another". */
const ANOTHER_TIME = phraseList('offer another, offer an alternative, another date, another time, alternative date, alternative time, different date, different time');
/** Words of a time not suiting that the offer answers, and how far before the characteristic they may be. */
const NOT_SUITING = phraseList('suit, suits, clash, clashes, convenient');
const SUIT_REACH = 8;

const AGE_NUMBER = /^(?:thirty|forty|fifty|sixty|seventy|[2-8][0-9])$/;
/** Words after a number that make it a count or a measure: "over 50 staff", "nearly 40 years", "under 30 minutes". */
const UNITS = new Set(['years', "years'", 'year', 'months', 'weeks', 'days', 'hours', 'minutes', 'miles', 'items', 'beds', 'sessions', 'percent', 'per', 'a', 'an', 'of', 'more', 'or']);

/** A language or a qualification, not an origin: "fluent English", "English GCSE", "speak Polish", a post "designated Welsh essential". */
const LANGUAGE = new Set(['speak', 'speaks', 'speaking', 'spoken', 'written', 'language', 'languages', 'fluent', 'fluency', 'gcse', 'gcses', 'level', 'test', 'ielts', 'oet', 'lessons', 'skills', 'grammar', 'literacy', 'translation', 'interpreter', 'interpreting', 'in', 'essential', 'desirable', 'medium']);
/** Origin words that are nationalities or languages: they need the person named right beside them. */
const NATIONALITY_FIELD_WORDS = new Set([...NATIONALITY_ADJECTIVES, 'english', 'british', 'scottish', 'welsh', 'sri', 'south', 'eastern', 'foreign']);
/** The one of them written without a capital: "someone foreign", not "a foreign language". */
const LOWER_CASE_ORIGIN = 'foreign';

/** Words that make the sentence the support given, not a doubt: "which we have agreed", "no problem". */
const SUPPORT = phraseList(
  "agreed, we can make, we will make, we'll make, we offer, happy to, no problem, not a problem, not an issue, no issue, no concern, no concerns, totally fine, support, reasonable adjustments, committed to, guaranteed interview",
).concat(SUPPORTING_SOMEONE);
/**
 * Doubts that make the year someone qualified an age, in its sentence or the next: "graduated in 1992 – might be
 * winding down", "qualified in 1985, so I doubt she'd keep up", "qualified in the seventies and probably isn't great with
 * the online booking" (technology, the age-coded doubt). Without one the year is a career fact ("trained in 2021
 * so still needs her preceptorship signed off").
 */
const AGE_DOUBT = phraseList(
  'keep up, keeping up, up to speed, pace, new system, new systems, new ways, set in, adapt, adapting, retire, retiring, retirement, winding down, slow down, slower, younger, older, energy, technology, pick up, modern, online, digital, computer, computers, apps',
);
/** Care given to a patient: praise of them ("Mrs Khan in bay 3 is lovely, but …") is not a panel's. */
const IN_CARE = phraseList('carer, carers, in bay, in bed, admitted, discharged, care plan');

/** Whether an age-coded doubt stands in k's sentence or the next. */
function ageDoubtNear(doc: Doc, k: number): boolean {
  const s = doc.tokens[k]!.sentence;
  const last = doc.tokens.at(-1)!.sentence;
  return doc.hasPhrase(doc.sentenceStart(s), doc.sentenceEnd(Math.min(s + 1, last)), AGE_DOUBT);
}

/** A request for a faith's sake that the panel granted: "…during Ramadan, which we arranged", "…after Eid, and we rearranged it". */
const GRANTED = phraseList('we arranged, we rearranged, we moved it, we provided, we accommodated, we agreed');
/** Words that turn from a request granted to a judgement: "which we arranged, but I'd mark her down for it". */
const TURN = phraseList('but, though, however, yet');

/** Whether a request granted follows the faith at `end` in its sentence [.., to), with no turn after the grant. */
function grantedAfter(doc: Doc, end: number, to: number): boolean {
  for (let j = end; j < to; j++) for (const words of GRANTED) if (doc.phraseAt(j, words)) return !doc.hasPhrase(j, to, TURN);
  return false;
}
/** Support the employer gives a group it names: a difficulty it answers is no judgement of them. */
const SUPPORT_OFFERED = phraseList(
  "we offer, we provide, we'll provide, we will provide, we give, we'll give, we will give, we pair, we'll pair, we will pair, a buddy, buddy scheme, a mentor, extra support, additional support",
);
/** Words after a verb of wanting that start a person of its own: "we are looking for an experienced manager". */
const NEW_OBJECT = new Set(['a', 'an', 'someone', 'somebody', 'people', 'candidates', 'applicants', 'applications']);
/** Verbs by which a nationality is said of the person before them: "Marek is Polish", "she's Nigerian". */
const SAID_OF = new Set(['is', 'was', "she's", "he's"]);
/** Faiths named as adjectives: before a word that is not a person's, they describe that ("a Catholic hospice", "the Muslim community"). */
const FAITHS = new Set(['muslim', 'christian', 'jewish', 'sikh', 'hindu', 'buddhist', 'catholic', 'evangelical']);
/** What "religious" describes when it is a chaplaincy's work, not a person's faith: "religious worship", "religious care". */
const RELIGIOUS_WORK = new Set(['worship', 'service', 'services', 'ceremony', 'ceremonies', 'care', 'support', 'funerals']);
/** The word "religious" describes, past "and spiritual" ("religious and spiritual care"). */
function workAfter(doc: Doc, end: number): string {
  const { tokens } = doc;
  const skip = tokens[end]?.norm === 'and' || tokens[end]?.norm === 'or' ? 2 : 0;
  return tokens[end + skip]?.norm ?? '';
}
/** Words after a faith that leave it said of a person: "a Christian for this post", "Jewish so Fridays". */
const AFTER_FAITH = new Set(['and', 'or', 'but', 'so', 'who', 'which', 'that', 'though', 'too', 'as', 'then', 'anyway', 'either']);
/** The words of the origin field that are a name. */
const NAME_WORDS = new Set(['name', 'names', 'surname', "name's"]);
/**
 * The last words of the origin field's immigration status ("a visa", "needs sponsorship", "settled
 * status"): a fact the right-to-work check asks of everyone, so only a doubt or a refusal of it is
 * flagged, and the finding is that judgement ("so I've binned it", the "hassle" of "visa hassle").
 */
const STATUS_ENDS = new Set(['visa', 'visas', 'sponsorship', 'status']);
/** Holders that are anyone who applies, not a particular candidate: "if you need a visa", "applicants on a visa". */
const ANYONE = new Set(['you', "you're", 'your', 'they', "they're", 'their', 'applicant', 'applicants', 'candidates', 'anyone', 'anybody', 'someone', 'somebody', 'whoever', 'nobody', 'people', 'those']);
/** How many words after the judgement of a status the finding takes in: "binned it", "avoid the paperwork". */
const STATUS_OBJECT = 3;
/** How near the judgement must be for the finding to take it in: "her name is hard to pronounce". */
const SPAN_REACH = 8;

/**
 * Whether a nationality word at [k, end) names an origin rather than a language or another sense:
 * written with its capital ("polish" is a shine), not after a possessive ("her English", "candidate
 * 4's Polish") and not beside a word of language ("fluent English", "speak Polish", "English GCSE").
 */
function isNationality(doc: Doc, k: number, end: number): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  if (!(t.shape & SHAPE.CAP) && t.norm !== LOWER_CASE_ORIGIN) return false;
  if (prev && (prev.norm === 'her' || prev.norm === 'his' || prev.norm === 'their' || prev.norm === 'your' || (prev.norm.endsWith("'s") && !SAID_OF.has(prev.norm)))) return false;
  return !LANGUAGE.has(prev?.norm ?? '') && !LANGUAGE.has(tokens[end]?.norm ?? '');
}

/** Whether token k is part of a person's or an organisation's name, a title or a statute's. */
function isName(doc: Doc, k: number): boolean {
  const kind = doc.nameKind(k);
  return kind !== NAME.NONE && kind !== NAME.PROPER;
}

/** Whether the number at the end of an age phrase counts something ("over 50 staff", "nearly 40 years") rather than giving an age. */
function isCount(doc: Doc, end: number): boolean {
  const { tokens } = doc;
  const last = tokens[end - 1]!;
  if (!AGE_NUMBER.test(last.norm)) return false;
  const next = tokens[end];
  if (!next || next.sentence !== last.sentence || next.gap & (GAP.BREAK | GAP.COMMA)) return false;
  return UNITS.has(next.norm) || nounClass(next.base) !== undefined || (next.norm.length > 3 && next.norm.endsWith('s'));
}

/**
 * Whether the faith at [k, end) describes the word right after it ("a Catholic hospice"): a word of
 * its clause that is neither a person ("a Muslim nurse") nor a grammar word ("a Christian for",
 * "Jewish so").
 */
function describesThing(doc: Doc, k: number, end: number): boolean {
  const next = doc.tokens[end];
  if (!next || next.sentence !== doc.tokens[k]!.sentence || next.gap & (GAP.BREAK | GAP.COMMA)) return false;
  const norm = next.norm;
  return !(isPersonWord(doc, end) || AFTER_FAITH.has(norm) || PREPOSITIONS.has(norm) || AUXILIARIES.has(norm) || DETERMINERS.has(norm));
}

/** Bodies of staff named for who their members are: "the Asian staff network", "a Black nurses' forum". */
const STAFF_BODIES = new Set(['network', 'networks', 'forum', 'forums']);
/** How many words after the origin the body's noun may come: "Black, Asian and minority ethnic nurses' network". */
const BODY_REACH = 6;

/** Whether the origin at [k, end) opens the name of a staff network or forum, with no verb or new clause before its noun. */
function namesStaffBody(doc: Doc, k: number, end: number): boolean {
  const { tokens } = doc;
  for (let j = end; j < tokens.length && j < end + BODY_REACH && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
    const t = tokens[j]!;
    if (STAFF_BODIES.has(t.norm)) return true;
    // A verb, an article or a new clause ("so he won't fit in with our network") ends the name.
    if (AUXILIARIES.has(t.norm) || DETERMINERS.has(t.norm) || (t.clause !== tokens[j - 1]!.clause && !(t.gap & GAP.COMMA))) return false;
  }
  return false;
}

/** Nouns of trouble, which a characteristic before them gives to its holder: "accent issues", "language problems". */
const TROUBLE = new Set(['issue', 'issues', 'problem', 'problems', 'difficulty', 'difficulties']);

/** Whether the token is a person at work or the one wanted: "nurse", "team", "someone", "the lads". */
/** Words that make a person word everyone in a group: "every man", "all (job) applicants". */
const EVERYONE = new Set(['every', 'all']);
const isPersonWord = (doc: Doc, j: number) => {
  const t = doc.tokens[j]!;
  return HOLDERS.has(t.norm) || (nounClass(t.base) === 'person' && t.base !== 'people' && t.base !== 'individuals');
};

/**
 * Where the person the characteristic at [k, end) is said of starts, or -1 when it is a patient's,
 * a service's or nobody's: a person word after it ("the older ones", "a local lad"), a holder before
 * it in its sentence ("someone in their prime", "nobody past thirty", "the chap who came had a
 * stammer"), the candidate a note is about ("Dr B: an old hand"), or the person the text wants.
 */
function personOf(doc: Doc, k: number, end: number, field: SaidField): number {
  const { tokens } = doc;
  if (field === 'health' && areaOfWork(doc, end)) return -1;
  const sentence = tokens[k]!.sentence;
  const next = tokens[end];
  // "talks like our patients": who they talk like comes after the words, not whose the words are.
  const open = tokens[end - 1]!.norm === 'our' || tokens[end - 1]!.norm === 'the';
  if (next && !open && next.sentence === sentence && !(next.gap & (GAP.BREAK | GAP.COMMA))) {
    if (OTHERS_AFTER.has(next.norm) || OTHERS_AFTER.has(next.base)) return -1;
    const cls = nounClass(next.base);
    // "any accent issues", "language problems": a word of trouble after it is the trouble of whoever has it, not a thing it describes.
    if (cls === 'patient' || cls === 'service' || cls === 'place' || cls === 'organisation' || (cls === 'thing' && !TROUBLE.has(next.norm))) return -1;
    if (PERSON_HEADS.has(next.norm) || cls === 'person') return k;
  }
  // "the churchgoers on the team are the most reliable": a cue that is itself a word for people is its own holder.
  if (PEOPLE_CUES.has(tokens[end - 1]!.norm)) return k;
  // "patients struggle with names like hers": a name compared is the candidate's, whoever struggles with it.
  const named = tokens[k]!.norm === 'a' ? k + 1 : k;
  if (doc.kind !== 'advert' && NAME_WORDS.has(tokens[named]?.norm ?? '') && tokens[named + 1]?.norm === 'like' && end === named + 3) return k;
  // "English isn't his first language, so I'd mark him down": in a note, whose language it is names them.
  if (field === 'origin' && doc.kind !== 'advert' && OWNERS.has(tokens[k]!.norm) && LANGUAGE_WORDS.has(tokens[end - 1]!.norm)) return k;
  // "Being Muslim, she might not fit in", "At 58, he'd be": an opening phrase, then its person.
  if (next && next.sentence === sentence && next.gap & GAP.COMMA && AFTER_OPENING.has(next.norm) && k <= doc.sentenceStart(sentence) + OPENING) return k;
  for (let j = k - 1; j >= 0 && j >= k - HOLDER_WINDOW && tokens[j]!.sentence === sentence; j--) {
    const t = tokens[j]!;
    // "Candidate 2 needs sponsorship", "he needs a visa": the verb after its person, not the patients' "needs".
    if (NEEDS.has(t.norm) && j > 0) {
      const subject = tokens[j - 1]!;
      if (PERSON.has(subject.norm)) return meansCandidate(doc, j - 1) ? j - 1 : -1;
      if (subject.shape & SHAPE.NUMBER || isPersonWord(doc, j - 1)) continue;
    }
    const cls = nounClass(t.base);
    // A word for the person hired comes first: "the girls are in their twenties" (staff), though "girls" may be patients.
    if ((cls === 'patient' && !HOLDERS.has(t.norm)) || cls === 'service' || ownsWhatFollows(doc, j)) return -1;
    // "every man over 50", "all staff under 30", "all job applicants, including British nationals":
    // everyone in a group (a word may name the group between; "all the girls are in their twenties" is the team), not the person chosen.
    if (isPersonWord(doc, j)) return EVERYONE.has(tokens[j - 1]?.norm ?? '') || (EVERYONE.has(tokens[j - 2]?.norm ?? '') && tokens[j - 2]!.sentence === t.sentence && !DETERMINERS.has(tokens[j - 1]!.norm)) ? -1 : j;
  }
  // Nationalities and languages need the person beside them: "someone English", "Marek is Polish",
  // not "speak English".
  // A named person is a note's or an e-mail's ("the working language is English" in an advert is not).
  // A nationality read off a name ("Polish name") is said of whoever the note is about.
  if (NATIONALITY_FIELD_WORDS.has(tokens[k]!.norm) && !NAME_WORDS.has(tokens[end - 1]!.norm)) return doc.kind !== 'advert' && SAID_OF.has(tokens[k - 1]?.norm ?? '') && aboutPerson(doc, k) ? k : -1;
  if (noteAbout(doc, k) >= 0) return k;
  // "Trained in Lagos though", "Recently moved here from Kerala": a note's sentence that opens with
  // where its person trained or came from leaves out that person, the candidate it is about.
  if (doc.kind !== 'advert' && isPlaceCue(doc, k) && opensElided(doc, k)) return k;
  // A condition needs its holder named (condition-doubted reads "she", "he" and the rest).
  if (field === 'health') return -1;
  // "Observed fasting for Ramadan", "Wears a kippah": a note's sentence that opens with its person's verb, the subject left out.
  if (k - doc.sentenceStart(sentence) <= ELIDED_REACH && opensElidedNote(doc, k)) return k;
  if (aboutPerson(doc, k, true)) return k;
  if (judgementOf(doc, k) >= 0) return k;
  return targetOf(doc, k, end) === 'person' ? k : -1;
}

/** How far into such a sentence the words may start: "Observed fasting", "Wears a small cross". */
const ELIDED_REACH = 3;

/** Adverbs that may open a sentence before a verb whose subject a note leaves out: "Recently moved here from". */
const ELIDED_OPENERS = new Set(['recently', 'only', 'just', 'originally', 'also']);

/** Whether token k opens its sentence, after at most one such adverb. */
function opensElided(doc: Doc, k: number): boolean {
  const start = doc.sentenceStart(doc.tokens[k]!.sentence);
  return k === start || (k === start + 1 && ELIDED_OPENERS.has(doc.tokens[start]!.norm));
}

/** How far after the words a preference of which they are the subject may start: "youth about the place would do us good". */
const SUBJECT_REACH = 4;

/** k when the words at [k, end) are the subject of a preference right after them in their clause ("youth would do us good"), else -1. */
function subjectOfPreference(doc: Doc, k: number, end: number): number {
  const { tokens } = doc;
  const [, clauseEnd] = doc.clauseRange(tokens[k]!.clause);
  // Read only a few words on, so a clause with no end (hostile text) costs no more than a short one.
  const judged = judgementNear(doc, end, Math.min(clauseEnd, end + SUBJECT_REACH + 4), end, -1, -1, { reading: 'person', kinds: ['prefer'] });
  return judged && !judged.takesObject && judged.start - end <= SUBJECT_REACH ? k : -1;
}

/** The words of the clause of [k, end) within WINDOW of them. */
function clauseNear(doc: Doc, k: number, end: number): [number, number] {
  const [from, to] = doc.clauseRange(doc.tokens[k]!.clause);
  return [Math.max(from, k - WINDOW), Math.min(to, end + WINDOW)];
}

const AGAINST = ['doubt', 'refuse'] as const;
const AGAINST_OR_ASK = ['doubt', 'refuse', 'ask'] as const;

/**
 * Words that open a clause drawn from the one before: "trained in Lagos, so I'm not sure", or the
 * writer's own verdict spliced on after a comma: "did her degree in Lagos, I'd knock a point off".
 */
const CONSEQUENCE = new Set(['so', 'therefore', 'hence', 'which', 'meaning', "i'd", "i'm", "we'd", "i'll", "we'll"]);

/**
 * The doubt or refusal of a place of training, a move or an origin (reading/what.ts), a fact any CV gives: in its
 * own clause or one drawn from it ("trained in Lagos, so I'm not sure about"), or in the note's next
 * sentence when that judges it ("Qualified in Manila. Not sure that'll go down well"), or conceded
 * as a drawback ("Trained in Lagos though, so"), not elsewhere
 * in a sentence that goes on to something else ("trained in Leeds; we'd like her to start in May").
 */
function placeJudged(doc: Doc, k: number, end: number): JudgementAt | undefined {
  const { tokens } = doc;
  // "no one from Eastern Europe": a refusal of whoever comes from there.
  const no = tokens[k]!.norm === 'from' ? refusingNobody(doc, k - 1) : -1;
  if (no >= 0) return { kind: 'refuse', start: no, end: k, takesObject: true };
  const [from, clauseEnd] = doc.clauseRange(tokens[k]!.clause);
  const sentenceEnd = doc.sentenceEnd(tokens[k]!.sentence);
  const to = clauseEnd < sentenceEnd && CONSEQUENCE.has(tokens[clauseEnd]!.norm) ? doc.clauseEnd(tokens[clauseEnd]!.clause) : clauseEnd;
  // "Overseas-trained nurses can struggle with our systems at first, so we offer a buddy": a difficulty
  // answered by the support the employer gives is no judgement of where they trained.
  if (doc.hasPhrase(from, to, SUPPORT_OFFERED)) return undefined;
  return (
    // "trained in Lagos and I'd want to hear his accent": the sentence goes on to doubt how they speak;
    // the finding is the place alone, so it stands beside the finding on the speech rather than yielding to it.
    speechDoubtedAfter(doc, end, true) ??
    judgementNear(doc, from, to, k, k, end, { reading: 'clause', kinds: AGAINST }) ??
    (to === sentenceEnd ? judgedNext(doc, k, sentenceEnd, { reading: 'clause', kinds: AGAINST }) : undefined) ??
    // "Trained in Lagos though, so": a "though" that closes the place marks it as a drawback.
    concededAfter(doc, end) ??
    // "qualified in Pakistan. Phone call was fine but her accent is quite strong": later in the note.
    speechDoubtedAfter(doc, end, false)
  );
}

/** The judgement holding the characteristic at [k, end) for or against the person at `holder`. */
function frameOf(doc: Doc, k: number, end: number, holder: number, from: number, to: number, field: SaidField): JudgementAt | undefined {
  const { tokens } = doc;
  // "nobody past thirty", "no one with a diabetes history": a refusal of whoever has it.
  const no = refusingNobody(doc, holder);
  if (no >= 0) return { kind: 'refuse', start: no, end: holder + 1, takesObject: true };
  // A nationality read off a name ("Polish name") is an origin guessed at: a doubt, a refusal or a
  // request to find out anywhere in its sentence weighs it ("Not sure where she's from – Polish name
  // – worth asking how long she plans to stay"). The finding is the name alone, beside the rule that
  // flags the question.
  if (field === 'origin' && NATIONALITY_FIELD_WORDS.has(tokens[k]!.norm) && NAME_WORDS.has(tokens[end - 1]!.norm)) {
    const judged = judgementNear(doc, from, to, k, k, end, { kinds: AGAINST_OR_ASK });
    return judged && { kind: judged.kind, start: k, end, takesObject: false };
  }
  // A name is judged in its own clause: "her name's a mouthful", not "her name is X, and we're not sure about nights".
  const named = NAME_WORDS.has(tokens[k + 1]?.norm ?? '') || NAME_WORDS.has(tokens[k]!.norm);
  const [a, b] = named ? clauseNear(doc, k, end) : [Math.max(from, k - WINDOW), Math.min(to, end + WINDOW)];
  if ((field === 'health' || field === 'religion') && (doc.hasPhrase(a, b, SUPPORT) || helpOfferedToReader(doc, from, to))) return undefined;
  if (field === 'religion' && grantedAfter(doc, end, to)) return undefined;
  // A place of training, a move or an origin is read on its own terms (placeJudged).
  if (field === 'origin' && isPlaceCue(doc, k)) return placeJudged(doc, k, end);
  // A health condition or an immigration status is held against a person by a doubt or a refusal; a preference is someone else's.
  const kinds = field === 'health' || isStatus(doc, field, end) ? AGAINST : undefined;
  // In a note, the paragraph's next sentence may judge what this one stated (reading/judged.ts).
  const judged =
    judgementNear(doc, a, b, k, k, end, { reading: 'word', kinds }) ??
    judgementNear(doc, a, b, k, k, end, { reading: 'person', kinds }) ??
    (named ? undefined : (judgedNext(doc, k, to, { reading: 'word', kinds }) ?? judgedNext(doc, k, to, { reading: 'person', kinds }) ?? concededAfter(doc, end) ?? concededBefore(doc, k) ?? (doc.hasPhrase(from, to, IN_CARE) ? undefined : contrastedWithPraise(doc, k))));
  // A year of qualifying is an age only beside a doubt that is about age.
  if (judged && field === 'age' && DATED.has(tokens[k]!.norm) && !ageDoubtNear(doc, k)) return undefined;
  // "Our manager is retiring and we are looking for an experienced...": a want after the words, with
  // a person of its own, is about that person.
  // Unless that person is wanted for the opposite of the same thing: "she's Nigerian and patients prefer someone local".
  if (judged && judged.start >= end && judged.takesObject && NEW_OBJECT.has(tokens[judged.end]?.norm ?? '') && !(field === 'origin' && wantedLocal(doc, judged.end))) return undefined;
  if (judged?.takesObject && namePassedOn(doc, judged.end, k)) return undefined;
  return judged;
}

/** Words between a verb of sending and a name sent: "send us their name", "send me her name". */
const SENT_TO_OWNER = new Set(['their', 'his', 'her', 'your', 'us', 'me', 'the']);

/**
 * Whether the name at or after the cue at k is what the verb ending at `from` asks to be passed on ("Just send their name to
 * the recruitment inbox"), a thing sent, not a person preferred for their name.
 */
function namePassedOn(doc: Doc, from: number, k: number): boolean {
  const { tokens } = doc;
  // The cue is the name ("name") or its owner before it ("their name").
  const name = NAME_WORDS.has(tokens[k]!.norm) ? k : NAME_WORDS.has(tokens[k + 1]?.norm ?? '') ? k + 1 : -1;
  if (name <= from || name - from > 3) return false;
  for (let j = from; j < name; j++) if (!SENT_TO_OWNER.has(tokens[j]!.norm)) return false;
  return true;
}

/** Words of the person wanted instead of a candidate of another origin: "someone local", "a British nurse", "an English girl". */
const LOCAL = new Set(['local', 'british', 'english', 'white', 'native']);
/** How many words after its first the person wanted may run to: "someone more local", "a nice English girl". */
const WANTED_REACH = 3;

/** Whether the person wanted from token j is local or of one origin: "someone local", "a British one". */
function wantedLocal(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  for (let h = j + 1; h <= j + WANTED_REACH && h < tokens.length && tokens[h]!.clause === tokens[j]!.clause; h++) if (LOCAL.has(tokens[h]!.norm)) return true;
  return false;
}

/** Orientation words, and the words that join them into a list: "gay and bisexual men". */
const ORIENTATION_LIST = new Set(['gay', 'lesbian', 'bisexual', 'trans', 'transgender', 'queer', 'and', 'or', '&', '/']);
/** Groups an orientation word describes, as people served rather than the person judged: "gay and bisexual men at the clinic". */
const ORIENTATION_GROUPS = new Set(['men', 'women', 'people', 'patients', 'clients', 'community', 'communities', 'youth', 'adults', 'couples', 'service', 'users']);

/**
 * Whether the orientation word at [k, end) says the orientation of a person: not a prefix before a
 * hyphen ("trans-catheter", "trans-inclusive"), not a group it describes ("gay and bisexual men at the
 * clinic"), and not the slang "gay about" ("a bit gay about the whole thing").
 */
function saysOrientation(doc: Doc, k: number, end: number): boolean {
  const { tokens, text } = doc;
  if (text[tokens[end - 1]!.end] === '-') return false;
  if (tokens[end]?.norm === 'about') return false;
  let j = end;
  while (j < tokens.length && j < end + 4 && ORIENTATION_LIST.has(tokens[j]!.norm)) j++;
  return !(tokens[j] && tokens[j]!.sentence === tokens[k]!.sentence && ORIENTATION_GROUPS.has(tokens[j]!.norm));
}

/** Whether the origin cue ending at `end` is an immigration status: "on a visa", "needs sponsorship". */
const isStatus = (doc: Doc, field: SaidField, end: number) => field === 'origin' && STATUS_ENDS.has(doc.tokens[end - 1]!.norm);

/** The tokens to flag for the characteristic at [k, end) in the sentence [from, to), or null. */
function judge(doc: Doc, field: SaidField, k: number, end: number, from: number, to: number): [number, number] | [number, number, number, number] | null {
  const { tokens } = doc;
  if (isCount(doc, end)) return null;
  if (doc.hasPhrase(from, to, FAIR_HERE) || doc.hasPhrase(from, to, PATIENT_CARE) || disownedNext(doc, to)) return null;
  // "If the date does not suit you because of work, caring or religious commitments, we will offer another":
  // the characteristic is a reason a time may not suit, just before it, and another time is offered.
  if (doc.hasPhrase(Math.max(from, k - SUIT_REACH), k, NOT_SUITING) && doc.hasPhrase(from, to, ANOTHER_TIME)) return null;
  if (field === 'origin' && NATIONALITY_FIELD_WORDS.has(tokens[k]!.norm) && !isNationality(doc, k, end)) return null;
  // A capitalised word where none is expected is a name: "Dr Young", "Mrs Old". Origins and faiths are
  // written with capitals; a faith is part of a name only where the names reader finds one ("Christian
  // Hale", "Christian Aid").
  if (tokens[k]!.shape & SHAPE.CAP && !(tokens[k]!.shape & SHAPE.UPPER)) {
    if (field === 'religion' ? isName(doc, k) : field !== 'origin' && !doc.expectsCapital(k)) return null;
  }
  // "a member of the British Orthodontic Society": an origin word that opens a body's or a law's name.
  if (field === 'origin' && (doc.nameKind(k) === NAME.ORGANISATION || doc.nameKind(k) === NAME.STATUTE)) return null;
  // "our Black, Asian and minority ethnic nurses' network": the origin names a staff network's members.
  if (field === 'origin' && namesStaffBody(doc, k, end)) return null;
  // "a Catholic hospice", "the Muslim community": the faith describes the word after it, not a person.
  if (field === 'religion' && FAITHS.has(tokens[k]!.norm) && describesThing(doc, k, end)) return null;
  // "lead religious worship", "religious and spiritual care": a chaplain's work, not a person's faith.
  if (field === 'religion' && tokens[k]!.norm === 'religious' && RELIGIOUS_WORK.has(workAfter(doc, end))) return null;
  if (field === 'orientation' && !saysOrientation(doc, k, end)) return null;
  let holder = personOf(doc, k, end, field);
  // "a bit of youth would do us good", "a younger pair of hands would be better": the words are the
  // person a preference after them is about.
  if (holder < 0) holder = subjectOfPreference(doc, k, end);
  if (holder < 0) return null;
  // "Also, I use a wheelchair part of the time. Is that a problem?": the writer asking about their own, no one else judged.
  if (toldAsOwn(doc, k)) return null;
  // An advert or a letter may say who cannot be sponsored ("if you need a visa, we cannot consider"):
  // a status is held against a particular candidate only in a note about them.
  if (isStatus(doc, field, end) && (doc.kind === 'advert' || ANYONE.has(tokens[holder]!.norm))) return null;
  const judged = frameOf(doc, k, end, holder, from, to, field);
  if (!judged) return null;
  // "your immigration status will not be considered when we shortlist": the status itself is what is not
  // considered, the assurance an advert owes; "you will not be considered" turns a person away.
  if (isStatus(doc, field, end) && statusDisregarded(doc, judged)) return null;
  // A place held against the person by the note's doubt of how they speak: the place, and the doubt
  // as a finding of its own ("trained in Lagos ... check she'll understand our older patients"),
  // which gives way to a finding of the speech itself ("accent").
  if (field === 'origin' && isPlaceCue(doc, k) && isSpeechDoubt(doc, judged)) {
    const place: [number, number] = [holder >= k - 3 ? Math.min(holder, k) : k, end];
    return judged.start >= end ? [...place, judged.start, judged.end] : place;
  }
  const start = holder >= k - 3 ? Math.min(holder, k) : k;
  // A note's next sentence that judges the words: one finding runs on to the judgement ("61 years
  // old. Lovely, but I'd worry"), and no further, so a rule that flags what the judgement goes on to
  // say ("winding down") does not swallow it.
  if (judged.start >= end && tokens[judged.start]!.sentence !== tokens[end - 1]!.sentence) {
    // A request to find out in the note's next sentence is a finding of its own, on to what is to be
    // asked ("wears a hijab. Do ask how she'd handle our Christmas events"): the question is a second
    // thing to put right, beside the characteristic noted.
    return judged.kind === 'ask' ? [start, end, judged.start, judgingEnd(doc, judged)] : [start, judged.end];
  }
  // The judgement joins the finding when it is just before the words, or after them in their clause
  // ("her name's a mouthful"), so a second characteristic further on is a finding of its own.
  const before = judged.end <= k && k - judged.end < SPAN_REACH && tokens[judged.start]!.sentence === tokens[k]!.sentence;
  const after = judged.start >= end && judged.start - end < SPAN_REACH && tokens[judged.start]!.clause === tokens[end - 1]!.clause;
  if (isStatus(doc, field, end)) {
    // The judgement alone, with the rest of its clause a few words on ("binned it", "avoid the
    // paperwork"), short of the status itself: a visa is anyone's to state.
    const clauseEnd = doc.clauseRange(tokens[judged.start]!.clause)[1];
    const stop = judged.end <= k ? k : clauseEnd;
    return [judged.start, Math.max(judged.end, Math.min(stop, judged.end + STATUS_OBJECT))];
  }
  const near = before || after;
  // A note's next sentence that opens with a doubt of the same words joins them ("asked for prayer
  // breaks. Could be awkward", reading/judged.ts).
  const again = againOpening(doc, k);
  const span: [number, number] = near ? [Math.min(start, judged.start), Math.max(end, judged.end, again)] : [start, Math.max(end, again)];
  // "not sure the hijab goes with our look. Can we ask if she'd take it off for work?": a request in
  // the note's next sentence to find out more of the same thing is a finding of its own.
  const ask = againAsked(doc, k);
  return ask && ask.start >= span[1] ? [...span, ask.start, judgingEnd(doc, ask)] : span;
}

/** How far before "not be considered" a status may stand as its subject: "your visa status will". */
const STATUS_SUBJECT_REACH = 3;

/** Words that may follow a status "not considered" set aside: "when shortlisting", "at interview", "as part of". */
const SET_ASIDE_NEXT = new Set(['when', 'until', 'in', 'at', 'during', 'as']);

/** Whether a refusal says a status is set aside, the status its subject: "your immigration status will not be considered". */
function statusDisregarded(doc: Doc, judged: JudgementAt): boolean {
  const { tokens } = doc;
  if (tokens[judged.end - 1]!.norm !== 'considered') return false;
  // "will not be considered favourably", "not be considered further": the status weighed after all, not set aside.
  const next = tokens[judged.end];
  if (next && next.clause === tokens[judged.end - 1]!.clause && !SET_ASIDE_NEXT.has(next.norm)) return false;
  const clause = tokens[judged.start]!.clause;
  for (let j = judged.start - 1; j >= Math.max(0, judged.start - STATUS_SUBJECT_REACH) && tokens[j]!.clause === clause; j--) if (STATUS_ENDS.has(tokens[j]!.norm)) return true;
  return false;
}

const ASK = { kinds: ['ask'] } as const;
/** Words by which a request refers back to the thing, not only to the person: "take it off", "ask about that". */
const THE_THING = new Set(['it', 'that', 'this', 'them', 'those', 'these', "it's", "that's"]);

/** A request to find out in the note's next sentence that refers back to the thing the sentence of k judged: "Can we ask if she'd take it off?". */
function againAsked(doc: Doc, k: number): JudgementAt | undefined {
  const { tokens } = doc;
  const ask = judgedNext(doc, k, doc.sentenceEnd(tokens[k]!.sentence), ASK);
  if (!ask) return undefined;
  const stop = Math.min(doc.sentenceEnd(tokens[ask.start]!.sentence), ask.end + SPAN_REACH);
  for (let j = ask.end; j < stop; j++) if (THE_THING.has(tokens[j]!.norm)) return ask;
  return undefined;
}

/**
 * A characteristic held for or against a candidate or a member of staff: an age ("nobody much past
 * thirty", "we'd like someone in the first half of their career", "ideal for Gen Z"), an origin ("a
 * real local lass who talks like our patients", "a received pronunciation kind of voice"), a health
 * condition ("no one with an epilepsy history", "the chap who came had a stammer; can we avoid
 * that?"), a faith ("would prefer a Christian", "being Muslim, she might not fit in"). The same
 * words of patients ("our older patients", "young people"), a fair statement ("whatever your age",
 * "we support staff observing Ramadan") and a characteristic stated with no judgement are not flagged.
 */
export function personJudged(field: SaidField): SpanHandler {
  return {
    kind: 'span',
    // A text with none of the field's first words skips the handler.
    triggers: cueFirstWords(field),
    find({ doc }) {
      const { tokens } = doc;
      const hits: Hit[] = [];
      // Every cue (found once per text, with the other fields: reading/what.ts), each judged in its
      // sentence; a sentence may hold two ("someone in their prime, the same vintage as us").
      const cues = cuesOf(doc)[field];
      let next = 0;
      for (let i = 0; i < cues.length; i += 2) {
        const k = cues[i]!;
        if (k < next) continue;
        const [from, to] = doc.sentenceRange(tokens[k]!.sentence);
        const span = judge(doc, field, k, cues[i + 1]!, from, to);
        if (!span) continue;
        hits.push({ start: tokens[span[0]]!.start, end: tokens[span[1] - 1]!.end });
        if (span.length === 4) hits.push({ start: tokens[span[2]]!.start, end: tokens[span[3] - 1]!.end });
        // A faith's words in one sentence are one judgement ("is Muslim, so Ramadan will be a headache").
        next = field === 'religion' ? Math.max(span[1], to) : span[1];
      }
      return hits;
    },
  };
}

import type { Doc } from '../document';
import { FAIR } from '../judgement/vocabulary';
import { NATIONALITY_ADJECTIVES } from '../lexicon';
import { PATIENT_CARE } from '../reading/who';
import { phraseList } from './cue-per-sentence';
import { GAP, SHAPE } from '../tokenize';
import type { Hit, SpanHandler } from './types';

// A candidate or a member of staff labelled by their nationality, ethnicity or colour ("the Polish
// lad", "an African girl", "a black chap") in a note or an e-mail, the person wanted labelled by a
// place they must come from ("a real Black Country lass", "a proper Yorkshire lad") or by the first
// names they should have ("someone called James or Claire"). The label stands in for the person:
// whatever follows it, their origin has become part of how they are judged.

/**
 * Informal and panel words for the one person described, after the label; not the plural "women" or
 * "candidates" of equality figures ("Black women are under-represented", "white candidates were 1.6
 * times as likely to be appointed").
 */
const HEADS = new Set([
  'lad', 'lads', 'lass', 'lasses', 'girl', 'girls', 'boy', 'boys', 'chap', 'chaps', 'bloke', 'blokes', 'guy', 'guys',
  'fella', 'fellas', 'fellow', 'man', 'woman', 'lady', 'ladies', 'gent', 'gents', 'gentleman', 'candidate', 'applicant', 'locum',
]);
/** A part of the world before a people, which belongs to the label: "the Eastern European ladies", "a South Asian lad". */
const COMPASS = new Set(['eastern', 'western', 'northern', 'southern', 'central', 'east', 'west', 'north', 'south']);

/** Nationalities, peoples and regions of the world, written with a capital. */
const ORIGINS = new Set([
  ...NATIONALITY_ADJECTIVES, 'arabic', 'oriental', 'lankan', 'japanese', 'korean', 'thai', 'indonesian', 'congolese', 'mexican', 'sikh', 'jewish',
  'gypsy', 'traveller', 'roma',
]);
/** Colours used of people, which need no capital: "a black lad", "the white girl". */
const COLOURS = new Set(['black', 'white', 'brown', 'coloured']);
/** Words before a place that make it an origin demanded: "a real Black Country lass", "a proper Yorkshire lad". */
const GENUINE = new Set(['real', 'proper', 'true', 'genuine', 'authentic', 'bona']);
/** How many capitalised words a place may run to: "Black Country", "East End". */
const PLACE_WORDS = 3;
/** Verbs that give a person's name: "someone called James", "a locum named Claire". */
const CALLED = new Set(['called', 'named']);
/** The person wanted, before the name they should have: "someone called", "a pharmacist named". */
const ANY_ONE = new Set(['someone', 'somebody', 'anyone', 'anybody', 'people', 'candidates', 'applicants']);
const TRIGGERS: ReadonlySet<string> = new Set([...HEADS, ...CALLED]);

/** Whether token j is a word of a place or people written with a capital, in the same run of words as the head. */
function capitalised(doc: Doc, j: number, head: number): boolean {
  const t = doc.tokens[j]!;
  return (t.shape & SHAPE.CAP) !== 0 && (t.shape & SHAPE.UPPER) === 0 && t.sentence === doc.tokens[head]!.sentence && !(doc.tokens[j + 1]!.gap & (GAP.BREAK | GAP.COMMA));
}

/**
 * Where the label before the head at k starts, or -1: in a note, a nationality or a colour right
 * before it ("a Polish lad"); anywhere, a place after "real" or "proper" ("a real Black Country lass").
 */
function labelStart(doc: Doc, k: number): number {
  const { tokens } = doc;
  const prev = tokens[k - 1];
  if (prev === undefined) return -1;
  if (doc.kind !== 'advert' && !(tokens[k]!.gap & (GAP.BREAK | GAP.COMMA))) {
    if (COLOURS.has(prev.norm) && prev.sentence === tokens[k]!.sentence) return k - 1;
    if (ORIGINS.has(prev.norm) && capitalised(doc, k - 1, k)) return k > 1 && COMPASS.has(tokens[k - 2]!.norm) && capitalised(doc, k - 2, k) ? k - 2 : k - 1;
  }
  let j = k - 1;
  while (j > 0 && k - j <= PLACE_WORDS && capitalised(doc, j, k)) j--;
  return j < k - 1 && GENUINE.has(tokens[j]!.norm) ? j : -1;
}

/** Whether token j is a first name written with its capital, in the sentence of token k. */
function firstName(doc: Doc, j: number, k: number): boolean {
  const t = doc.tokens[j];
  return t !== undefined && (t.shape & SHAPE.CAP) !== 0 && (t.shape & SHAPE.UPPER) === 0 && t.sentence === doc.tokens[k]!.sentence;
}

/**
 * The end of a kind of person named by two first names from "called" at k ("someone called James or
 * Claire"), or -1: one name is a person ("someone called Sam rang"), two joined by "or" are a kind.
 */
function namedKindEnd(doc: Doc, k: number): number {
  const { tokens } = doc;
  if (!ANY_ONE.has(tokens[k - 1]!.norm)) return -1;
  return firstName(doc, k + 1, k) && tokens[k + 2]?.norm === 'or' && firstName(doc, k + 3, k) ? k + 4 : -1;
}

export const originLabelled: SpanHandler = {
  kind: 'span',
  triggers: TRIGGERS,
  find({ doc }) {
    const { tokens } = doc;
    const hits: Hit[] = [];
    // Only the tokens of a head or "called", from the word index: not a look-up at every token.
    const at = doc.tokensWith(TRIGGERS);
    for (let i = 0; i < at.length; i++) {
      const k = at[i]!;
      if (k < 1) continue;
      const norm = tokens[k]!.norm;
      if (CALLED.has(norm)) {
        const end = namedKindEnd(doc, k);
        if (end > 0) hits.push({ start: tokens[k - 1]!.start, end: tokens[end - 1]!.end });
        continue;
      }
      if (!HEADS.has(norm)) continue;
      const s = labelStart(doc, k);
      if (s < 0) continue;
      // A patient's or a relative's origin, in a sentence about their care, is not the candidate's.
      const [from, to] = doc.sentenceRange(tokens[k]!.sentence);
      if (doc.hasPhrase(from, to, PATIENT_CARE)) continue;
      hits.push({ start: tokens[s]!.start, end: tokens[k]!.end });
    }
    return hits;
  },
};

// A group of people by origin said to behave one way ("Overseas nurses tend to leave after a year",
// "Filipinos never complain", "the Polish girls are all hard workers"): a stereotype, for or against,
// that will be applied to the next candidate from that group. In notes and e-mails, of staff and
// candidates: an advert's or a report's sentences about patients' health are left alone.

/** Peoples and groups named as nouns: "Filipinos", "Eastern Europeans", "foreigners". */
const PEOPLES = new Set([
  'poles', 'romanians', 'bulgarians', 'lithuanians', 'latvians', 'albanians', 'europeans', 'filipinos', 'filipinas', 'indians',
  'pakistanis', 'bangladeshis', 'nigerians', 'ghanaians', 'somalis', 'africans', 'asians', 'caribbeans', 'brits', 'foreigners',
  'immigrants', 'migrants', 'internationals', 'zimbabweans', 'kenyans', 'spaniards', 'portuguese', 'italians', 'greeks',
]);
/** Parts of the world before a people: "Eastern Europeans", "South Asians". */
const REGIONS = new Set(['eastern', 'western', 'east', 'west', 'south', 'north', 'southern', 'northern', 'central']);
/** Words before a staff group that make it a group by origin, written without a capital: "overseas nurses". */
const ABROAD = new Set(['overseas', 'foreign', 'international', 'imported', 'eu']);
/** Staff and candidates as a group, after the word of origin: "Indian nurses", "overseas ones". */
const GROUP_HEADS = new Set([
  'nurses', 'doctors', 'staff', 'workers', 'carers', 'applicants', 'candidates', 'locums', 'recruits', 'hires', 'graduates',
  'girls', 'lads', 'ones', 'pharmacists', 'dentists', 'therapists', 'midwives', 'hcas', 'physios', 'cleaners', 'porters',
  'receptionists', 'drivers', 'students', 'trainees',
]);
/** Words that say a whole group always behaves one way. */
/** Words that give a trait as inborn in the group ("Filipino nurses are naturally caring"), read only after "are" or "is". */
const INBORN = new Set(['naturally', 'inherently', 'instinctively']);
const ALWAYS = new Set(['tend', 'tends', 'always', 'never', 'usually', 'generally', 'typically', 'invariably', 'notoriously', 'all', 'typical', ...INBORN]);
/** Words between "typical of" and the group: "typical of the Filipino nurses", "so typical of those Polish girls". */
const THE_GROUP = new Set(['the', 'those', 'these', 'your', 'our', 'them']);
/** How many words "typical of" may be from the group's last word: "of the Nigerian and Ghanaian nurses". */
const TYPICAL_REACH = 6;
const COPULAS = new Set(['are', 'is', 'were', 'was']);
/** Feelings anyone new may have, not traits: "they are naturally nervous on their first shifts". */
const PASSING_STATES = new Set(['nervous', 'anxious', 'apprehensive', 'worried', 'homesick', 'tired', 'excited', 'unsettled', 'overwhelmed', 'upset', 'disappointed', 'keen', 'curious']);
/** Words that may come between the group and the generalisation: "are all", "will always", "do tend". */
const BETWEEN = new Set(['are', 'were', 'will', 'would', 'can', 'do', 'does', 'all', 'seem', 'mostly', 'just', 'they']);
/** Verbs after the generalisation that tell what the employer does for the group, not what it is: "always get a buddy". */
const GIVEN = new Set(['get', 'gets', 'receive', 'receives', 'start', 'starts', 'complete', 'completes', 'attend', 'attends', 'join', 'joins', 'have', 'has', 'apply', 'welcome']);
/** Sentences that speak of health or of fair treatment: "are at higher risk of diabetes". */
const NOT_A_STEREOTYPE = [...FAIR, ...phraseList('risk, diabetes, screening, vaccination, uptake, prevalence, data, figures, survey')];
/** Sentences that offer the group support ("always get a buddy and extra support"), unless the support is what the group is said to need. */
const SUPPORT_OFFERED = phraseList('support, supported, induction, buddy, buddies');
/** Verbs that make support what the group is said to need: "do tend to need less support". */
const NEED = new Set(['need', 'needs', 'require', 'requires']);

/** Where the group by origin that ends at token j starts ("Filipinos", "overseas nurses", "the Polish girls"), or -1. */
function groupStart(doc: Doc, j: number): number {
  const t = doc.tokens[j];
  if (t === undefined) return -1;
  if (PEOPLES.has(t.norm)) {
    if ((t.shape & SHAPE.CAP) === 0 && t.norm !== 'foreigners' && t.norm !== 'immigrants' && t.norm !== 'migrants') return -1;
    // "Eastern Europeans", "West Africans": the region goes with the people.
    return j > 0 && REGIONS.has(doc.tokens[j - 1]!.norm) && doc.tokens[j - 1]!.sentence === t.sentence ? j - 1 : j;
  }
  if (!GROUP_HEADS.has(t.norm) || j === 0) return -1;
  const before = doc.tokens[j - 1]!;
  if (before.sentence !== t.sentence) return -1;
  if (ABROAD.has(before.norm) || COLOURS.has(before.norm)) return j - 1;
  if (!ORIGINS.has(before.norm) || (before.shape & SHAPE.CAP) === 0) return -1;
  // "the Nigerian and Zimbabwean nurses": a second origin joined on.
  const first = doc.tokens[j - 3];
  const joined = doc.tokens[j - 2]?.norm === 'and' || doc.tokens[j - 2]?.norm === 'or';
  return joined && first && first.sentence === t.sentence && ORIGINS.has(first.norm) && first.shape & SHAPE.CAP ? j - 3 : j - 1;
}

/** Nationality words that also name a whole people as a plural noun: "the Chinese", "the Irish", "the Dutch". */
function peopleNoun(norm: string): boolean {
  return ORIGINS.has(norm) && (norm.endsWith('ese') || norm.endsWith('ish') || norm.endsWith('ch'));
}
/** Verbs that give a whole people a habit or trait after "all the ...": "all the Chinese have chip shops", "all the Poles drink". */
const TRAIT_VERBS = new Set([
  'are', 'have', 'own', 'run', 'eat', 'drink', 'love', 'hate', 'smell', 'look', 'know', 'like', 'steal', 'lie', 'cheat', 'complain',
  'stick', 'can', 'cannot', "can't", 'never', 'always', "don't", 'do',
]);
/** Words after "are" or "have" that tell of a rota, a booking or what was done for them, not a trait: "are on nights", "have been shortlisted". */
const NOT_A_TRAIT = new Set([
  'on', 'in', 'at', 'off', 'from', 'to', 'due', 'booked', 'starting', 'going', 'working', 'here', 'there', 'rostered', 'scheduled',
  'being', 'been', 'now', 'back', 'away', 'coming', 'invited', 'welcome', 'eligible', 'entitled', 'expected', 'required', 'asked',
  'passed', 'completed', 'received', 'got', 'done', 'applied', 'attended', 'joined', 'started', 'sent', 'given', 'shortlisted', 'offered',
]);

/**
 * Where "all (the) <people>" at token k ("All the Chinese have chip shops", "all the Poles drink") gives the
 * whole people one habit: the index of the verb that gives it, or -1.
 */
function allThePeople(doc: Doc, k: number): number {
  const { tokens } = doc;
  let j = k + 1;
  if (tokens[j]?.norm === 'the') j++;
  const people = tokens[j];
  if (people === undefined || people.sentence !== tokens[k]!.sentence || (people.shape & SHAPE.CAP) === 0) return -1;
  if (!PEOPLES.has(people.norm) && !peopleNoun(people.norm)) return -1;
  const verb = tokens[j + 1];
  if (verb === undefined || verb.sentence !== people.sentence || !TRAIT_VERBS.has(verb.norm)) return -1;
  const after = tokens[j + 2];
  if (after === undefined || after.sentence !== people.sentence || NOT_A_TRAIT.has(after.norm)) return -1;
  return j + 1;
}

/**
 * The last token of the group by origin that "typical of" at token k names ("Typical of the Filipino nurses, she never
 * asked", "that's so typical of Eastern Europeans"), or -1: what one person did, put down to where their group is from.
 */
function typicalOfGroup(doc: Doc, k: number): number {
  const { tokens } = doc;
  if (tokens[k + 1]?.norm !== 'of' && tokens[k + 1]?.norm !== 'for') return -1;
  let first = k + 2;
  if (THE_GROUP.has(tokens[first]?.norm ?? '')) first++;
  for (let j = first; j < tokens.length && j <= k + TYPICAL_REACH && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
    if (groupStart(doc, j) === first) return j;
  }
  return -1;
}

/**
 * Where "they" at token t starts a stereotype of a group named in the sentence before ("Can we put the
 * Filipino nurses on Elm Ward? They are naturally caring"): t itself when it opens its sentence and the
 * sentence before names a group by origin, else -1.
 */
function theyForGroup(doc: Doc, t: number): number {
  const { tokens } = doc;
  const sentence = tokens[t]!.sentence;
  if (sentence === 0 || doc.sentenceStart(sentence) !== t) return -1;
  const [from, to] = doc.sentenceRange(sentence - 1);
  for (let i = from; i < to; i++) if (groupStart(doc, i) >= 0) return t;
  return -1;
}

/**
 * Whether "they" at token t opens the clause of the generalisation at k straight after the clause that
 * ends with the group ("Go easy on overseas nurses; they tend to need more support"): it stands for them.
 */
function theyOpensNext(doc: Doc, t: number, k: number): boolean {
  const they = doc.tokens[t]!;
  return they.norm === 'they' && they.clause === doc.tokens[k]!.clause && doc.clauseStart(they.clause) === t;
}

export const originStereotyped: SpanHandler = {
  kind: 'span',
  triggers: ALWAYS,
  find({ doc }) {
    const { tokens } = doc;
    const hits: Hit[] = [];
    if (doc.kind === 'advert') return hits;
    for (let k = 0; k < tokens.length; k++) {
      const norm = tokens[k]!.norm;
      if (!ALWAYS.has(norm)) continue;
      if (norm === 'all') {
        const trait = allThePeople(doc, k);
        if (trait >= 0) {
          const [from, to] = doc.sentenceRange(tokens[k]!.sentence);
          if (!doc.hasPhrase(from, to, PATIENT_CARE) && !doc.hasPhrase(from, to, NOT_A_STEREOTYPE)) hits.push({ start: tokens[k]!.start, end: tokens[trait]!.end });
          continue;
        }
      }
      if (norm === 'typical') {
        const end = typicalOfGroup(doc, k);
        if (end < 0) continue;
        const [from, to] = doc.sentenceRange(tokens[k]!.sentence);
        // "typical for the overseas nurses to feel homesick…, so we pair them with a buddy": what anyone new feels, met with support.
        const passing = tokens[end + 1]?.norm === 'to' && PASSING_STATES.has(tokens[end + 3]?.norm ?? '');
        if (!passing && !doc.hasPhrase(from, to, PATIENT_CARE) && !doc.hasPhrase(from, to, NOT_A_STEREOTYPE) && !doc.hasPhrase(from, to, SUPPORT_OFFERED)) {
          hits.push({ start: tokens[k]!.start, end: tokens[end]!.end });
        }
        continue;
      }
      // "tend to leave": the verb after "to"; "always complain": the verb after the word.
      const verb = norm === 'tend' || norm === 'tends' ? (tokens[k + 1]?.norm === 'to' ? k + 2 : -1) : k + 1;
      // "are naturally caring" gives the group a trait; "will naturally need support", "are naturally nervous at
      // first" say what anyone new would do or feel.
      if (INBORN.has(norm) && (!COPULAS.has(tokens[k - 1]?.norm ?? '') || PASSING_STATES.has(tokens[verb]?.norm ?? ''))) continue;
      if (verb < 0 || tokens[verb] === undefined || tokens[verb]!.sentence !== tokens[k]!.sentence || GIVEN.has(tokens[verb]!.norm)) continue;
      let j = k - 1;
      while (j > 0 && k - j <= 2 && BETWEEN.has(tokens[j]!.norm)) j--;
      // "They all passed" of the group named before is a fact; "they are naturally caring", a trait given the group.
      const s = INBORN.has(norm) && tokens[j + 1]?.norm === 'they' ? theyForGroup(doc, j + 1) : groupStart(doc, j);
      if (s < 0 || (s !== j + 1 && tokens[s]!.clause !== tokens[k]!.clause && !theyOpensNext(doc, j + 1, k))) continue;
      const [from, to] = doc.sentenceRange(tokens[k]!.sentence);
      if (doc.hasPhrase(from, to, PATIENT_CARE) || doc.hasPhrase(from, to, NOT_A_STEREOTYPE)) continue;
      if (!NEED.has(tokens[verb]!.norm) && doc.hasPhrase(from, to, SUPPORT_OFFERED)) continue;
      hits.push({ start: tokens[s]!.start, end: tokens[verb]!.end });
    }
    return hits;
  },
};

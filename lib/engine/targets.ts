import type { Doc } from './document';
import { listedUnderRequest } from './judgement/demand';
import {
  AUXILIARIES,
  DEPARTMENTS,
  DETERMINERS,
  GROUPS_OF_SEX,
  HELP_VERBS,
  HIRED,
  nounClass,
  ONE_OF_SEX,
  ONE_RELATIVE,
  POSTS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  type Target,
  TITLE_HEADS,
  WORKPLACES,
} from './lexicon';
import { NAME } from './names';
import { meansCandidate, noteAbout } from './reading/who';
import { GAP, SHAPE, type Token, wrapsFromLineBefore } from './tokenize';

export type { Target };

const QUANTIFIERS = new Set(['most', 'all', 'many', 'some', 'each', 'none', 'several', 'few', 'half', 'one', 'two', 'both', 'any', 'lot', 'lots', 'majority', 'minority', 'number', 'proportion', 'third', 'quarter', 'plenty', 'bulk', 'rest']);
/** Who may want someone: the employer, or the post itself ("the role requires people who are…", "the job needs someone"). */
const EMPLOYER = new Set(['we', 'i', "we're", "we'd", "i'd", "i'm", "we've", "we'll", 'us', 'practice', 'trust', 'team', 'service', 'ward', 'pcn', 'role', 'roles', 'post', 'posts', 'job', 'jobs', 'position', 'positions', 'vacancy']);
/** Verbs of wanting or recruiting: their object is the person the advert seeks. */
const WANTING = new Set(['after', 'want', 'wants', 'wanted', 'need', 'needs', 'looking', 'seeking', 'recruiting', 'require', 'requires', 'prefer', 'rather', 'like', 'love', 'hire', 'hiring', 'recruit', 'employ', 'appoint', 'appointing', 'suit', 'suits', 'attract', 'ask', 'expect']);

/** Words that say whom the employer would choose, with no verb of wanting: "ideally someone who", "perfect for someone who". */
const PREFERRING = new Set(['ideally', 'preferably', 'ideal', 'perfect']);
/** Words that make a clause about something new: "patients who", "a service which". */
const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'whom']);
/** Words before an adjective that make it describe the noun after it: "a leading provider". */
const DEGREE = new Set(['most', 'more', 'very', 'highly', 'increasingly', 'truly', 'really', 'so', 'too', 'extremely', 'particularly']);
/** People in general: in NHS text, usually the people a service is for. */
const GROUPS = new Set(['people', 'individuals', 'person']);
/** Indefinite pronouns an adjective can follow: "someone ambitious". */
export const INDEFINITES: ReadonlySet<string> = new Set(['someone', 'somebody', 'anyone', 'anybody', 'people', 'person', 'individual', 'individuals']);
const ADJECTIVES = new Set(['old', 'older', 'elderly', 'young', 'younger', 'fresh', 'mature', 'strong', 'bold', 'keen', 'hungry', 'tough', 'fit', 'driven', 'dynamic', 'vibrant', 'energetic', 'frail', 'unwell', 'ill', 'housebound']);
/** Words after which a word is a verb: "will lead", "able to analyse", "can decide". */
const MODALS = new Set(['will', "'ll", 'would', 'can', 'could', 'must', 'should', 'may', 'might', 'shall', 'do', 'does', 'did', 'to', "you'll", "we'll"]);
const NOT = new Set(['not', 'never', "don't", "doesn't", "didn't", "won't", "can't", 'cannot']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am']);
/** Words after a verb that start its object: "lead the team", "lead on audits". */
const OBJECT_START = new Set([...DETERMINERS, 'on', 'them', 'us', 'him', 'it', 'people', 'others', 'staff', 'colleagues', 'change', 'improvement', 'improvements']);
const JOINS = new Set(['and', 'or', 'with', 'under', 'in', 'at', 'enough', 'about']);

/** Adjective endings and the shortest adjective with each: shorter words are other words ("drive", "need", "deal"). */
const ADJECTIVE_ENDINGS: [string, number][] = [
  ['ive', 6], ['ous', 5], ['ic', 5], ['al', 5], ['ent', 6], ['ant', 6], ['ful', 5], ['less', 6], ['ible', 6], ['able', 6], ['ed', 5], ['ish', 5],
];

export function isAdjectiveForm(word: string): boolean {
  if (ADJECTIVES.has(word)) return true;
  // A loop with no callback and no destructuring: it runs for many matches' words, mostly in code
  // V8 has not optimised, where each costs a closure or an iterator.
  for (let i = 0; i < ADJECTIVE_ENDINGS.length; i++) {
    const ending = ADJECTIVE_ENDINGS[i]!;
    if (word.length >= ending[1] && word.endsWith(ending[0])) return true;
  }
  return false;
}

/** Nouns of quality or activity ("empathy", "decisiveness", "competition"): never an instruction. */
const NOUN_ENDING = /(?:ness|ity|ion|ions|ment|ments|ship|ence|ance|ances|ism|thy|cy)$/;

/**
 * Whether a match reads as a task the job involves (a verb: "You will lead the ward round", "Able to
 * analyse data", "Lead a team of 28", "experience of leading staff") rather than a trait asked of the
 * person ("a driven leader", "be decisive", "a natural champion"). Adjectives never read as tasks.
 */
export function readsAsTask(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  const last = tokens[to - 1]!;
  // Adjectives and manner adverbs ("work independently") describe the person, whatever comes before.
  if (isAdjectiveForm(last.norm) || last.norm.endsWith('ly')) return false;
  const first = tokens[from]!;
  // "do not drive", "will never lead": look past the negation to the verb's helper.
  const skip = NOT.has(tokens[from - 1]?.norm ?? '') ? 1 : 0;
  const prev = tokens[from - 1 - skip];
  const joined = prev !== undefined && prev.sentence === first.sentence && !(first.gap & GAP.BREAK);
  if (joined && MODALS.has(prev.norm)) return true;
  // "our staff drive", "people who lead": a verb straight after its subject.
  const subjectNoun = ['person', 'patient'].includes(nounClass(prev?.base ?? '') ?? '') && !INDEFINITES.has(prev!.base) && !wantedBySubject(doc, from - 1 - skip);
  if (joined && (SUBJECT_PRONOUNS.has(prev.norm) || RELATIVES.has(prev.norm) || subjectNoun)) {
    return true;
  }
  if (joined && BE.has(prev.norm) && last.norm.endsWith('ing')) return true;
  if (joined && (prev.norm === 'of' || prev.norm === 'in') && last.norm.endsWith('ing')) return true;
  const next = tokens[to];
  const follows = next !== undefined && next.sentence === last.sentence && !(next.gap & (GAP.BREAK | GAP.COMMA));
  if (follows && OBJECT_START.has(next.norm)) return true;
  // An instruction at the start of a line or clause: "Lead daily board rounds", "Analyse patient feedback".
  const clauseStart = doc.clauseRange(first.clause)[0] === from;
  // "a calm, headstrong pharmacist": a word after a comma before the person it describes is one of a list of traits.
  // So is one after a comma that follows an article's adjective: "a dominant, headstrong negotiator".
  const before = tokens[from - 1];
  const listed =
    (first.gap & GAP.COMMA) !== 0 &&
    (headAfter(doc, to) === 'person' || (before !== undefined && isAdjectiveForm(before.norm) && DETERMINERS.has(tokens[from - 2]?.norm ?? '')));
  return clauseStart && follows && !listed && !JOINS.has(next.norm) && !NOUN_ENDING.test(first.norm);
}

/** Verbs of wanting that are also plural nouns ("needs", "wants"): after a subject they want what follows. */
const WANTING_VERBS = new Set(['needs', 'wants', 'requires', 'lacks']);
/**
 * Whether token j is a verb of wanting after its subject: "the post holder needs drive", "the role needs
 * drive", not a noun ("local needs drive our plans").
 */
function wantedBySubject(doc: Doc, j: number): boolean {
  const subject = doc.tokens[j - 1];
  if (!WANTING_VERBS.has(doc.tokens[j]?.norm ?? '') || subject === undefined) return false;
  return SUBJECT_PRONOUNS.has(subject.norm) || EMPLOYER.has(subject.norm) || subject.norm === 'holder' || nounClass(subject.base) === 'person';
}

/** Targets an -ing form or a noun describes when placed before them: "challenging behaviour", "competing priorities". */
const MODIFIED_BY_VERB_FORMS: ReadonlySet<Target> = new Set(['organisation', 'place', 'pay', 'thing', 'patient']);
/** How far the head noun after an adjective may be: "a vibrant, diverse and welcoming city". */
const HEAD_WINDOW = 6;
/** How far back a "help patients to" phrase may be. */
const HELP_WINDOW = 12;

const isStop = (t: Token) =>
  DETERMINERS.has(t.norm) || PREPOSITIONS.has(t.norm) || AUXILIARIES.has(t.norm) || SUBJECT_PRONOUNS.has(t.norm) || RELATIVES.has(t.norm);

/**
 * Whether token j starts a line that carries on the one before, cut at its width rather than at the
 * end of a sentence (text copied from a PDF): one line break and nothing else since the word before,
 * no bullet, and a small letter.
 */
function wrapsOnto(doc: Doc, j: number): boolean {
  return /^[a-z]/.test(doc.text.charAt(doc.tokens[j]!.start)) && wrapsFromLineBefore(doc.text, doc.tokens, j);
}

/** Forms of "be" before a trait said of the subject: "you'll be decisive", "she is very assertive". */
const BE_FORMS = new Set(['be', 'is', 'are', 'am', 'was', 'were', "you're", "she's", "he's", "they're", "i'm", 'being']);
/** Whether the words from token `from` are said with a form of "be" just before them (a degree word may come between). */
function saidWithBe(doc: Doc, from: number): boolean {
  const { tokens } = doc;
  const before = DEGREE.has(tokens[from - 1]?.norm ?? '') ? from - 2 : from - 1;
  return before >= 0 && BE_FORMS.has(tokens[before]!.norm) && tokens[before]!.clause === tokens[from]!.clause;
}

/** Whether a participle opens a clause after a comma at token `to` ("…, chasing files"), not an adjective before a person ("calm, caring nurse"). */
function participleAfter(doc: Doc, to: number): boolean {
  const { tokens } = doc;
  const t = tokens[to];
  if (!t || !(t.gap & GAP.COMMA) || !t.norm.endsWith('ing') || nounClass(t.base) !== undefined || t.sentence !== tokens[to - 1]!.sentence) return false;
  const after = tokens[to + 1];
  return after !== undefined && nounClass(after.base) !== 'person';
}

/** A: the head noun an adjective describes ("vibrant city", "competitive house prices"). */
export function headAfter(doc: Doc, to: number): Target | undefined {
  return findHead(doc, to);
}

/** The token of the head noun an adjective describes, read past the adjectives joined to it ("dynamic and flexible clinical role"), or -1. */
export function headTokenAfter(doc: Doc, to: number): number {
  findHead(doc, to);
  return headAt;
}

/** The places of work a trait may be said of for the people in them: "a competitive environment", "a competitive, target-led unit". */
const WORK_SETTINGS = new Set(['environment', 'environments', 'culture', 'workplace', 'atmosphere', 'unit', 'units', 'outfit', 'department', 'setting']);

/**
 * Whether the head noun after the match is a place of work described as the people in it are ("join a
 * competitive retail environment", "it is a competitive environment", "our team is a competitive
 * environment"), not the market or the field something is in ("the trust operates in a competitive
 * environment", "a competitive environment for GP recruitment", "primary care is a competitive
 * environment"): not an organisation's, and when said with "is", of people or a pronoun.
 */
export function describesWorkSetting(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  findHead(doc, to);
  const at = headAt;
  if (at < 0 || !WORK_SETTINGS.has(tokens[at]!.norm) || tokens[at + 1]?.norm === 'for') return false;
  const who = subject(doc, from);
  if (who === 'organisation') return false;
  // The head just before "is a" must be people or a pronoun: "GP recruitment is a …" names a field.
  let b = from - 1;
  while (b >= 0 && (DETERMINERS.has(tokens[b]!.norm) || DEGREE.has(tokens[b]!.norm)) && tokens[b]!.clause === tokens[from]!.clause) b--;
  const before = tokens[b - 1];
  if (b < 0 || !BE_FORMS.has(tokens[b]!.norm) || !before || before.clause !== tokens[b]!.clause) return true;
  return SUBJECT_PRONOUNS.has(before.norm) || before.norm === 'this' || before.norm === 'that' || nounClass(before.base) === 'person';
}

/**
 * Where findHead's last head noun stands, or -1 when its class is a title's patients or none. Kept
 * aside rather than returned with the class: headAfter runs for most matches, and an object made per
 * call slowed long adverts (10,000 words 9.8 to 9.0 ms when taken out).
 */
let headAt = -1;

/** Games whose players are named by them: "sports players", "rugby players". */
const GAMES = new Set(['sport', 'sports', 'football', 'rugby', 'netball', 'cricket', 'hockey', 'tennis', 'golf', 'basketball']);

/** Determiners that open an object; not "that" or "those", which after a noun may open a relative clause ("vans that are…"). */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'our', 'your', 'their', 'my', 'his', 'her', 'its', 'every', 'each', 'any', 'some']);

/** Whether the word at j is followed, in its clause, by an object: a determiner or a noun of quality ("rewards excellence", "values the"). */
function takesObject(tokens: readonly Token[], j: number, sentence: number): boolean {
  const next = tokens[j + 1];
  if (!next || next.sentence !== sentence || next.clause !== tokens[j]!.clause || next.gap & (GAP.BREAK | GAP.COMMA | GAP.HYPHEN)) return false;
  return OBJECT_DETERMINERS.has(next.norm) || NOUN_ENDING.test(next.norm);
}

/** The class of the head noun after `to`, as headAfter reads it; its place in `headAt`. */
function findHead(doc: Doc, to: number): Target | undefined {
  headAt = -1;
  const { tokens } = doc;
  let sentence = tokens[to - 1]!.sentence;
  let found: Target | undefined;
  let foundAt = -1;
  // "a dynamic Child and Adolescent Psychotherapist": the patients a title names, kept in case no post follows.
  let titleGroup: Target | undefined;
  let unknown = 0;
  for (let j = to; j < tokens.length && j < to + HEAD_WINDOW; j++) {
    const t = tokens[j]!;
    if (t.gap & (GAP.BREAK | GAP.SLASH)) break;
    if (t.sentence !== sentence) {
      // A line wrapped in the middle of a phrase ("run as an autonomous\nbusiness entity") goes on.
      if (!wrapsOnto(doc, j)) break;
      sentence = t.sentence;
    } else if (t.clause !== tokens[j - 1]!.clause && !(t.gap & GAP.COMMA)) break; // A new clause ("objective when handling complaints") is about something else; a comma list is not.
    if (t.norm === 'and' || t.norm === 'or' || t.norm === '&') {
      if (found === 'patient' && titleGoesOn(doc, to, j)) {
        titleGroup = found;
        found = undefined;
        continue;
      }
      if (found) break;
      continue;
    }
    // "really pretty, but less sure of the audit": "but" turns to something else; so does a reason or a
    // condition ("English mother tongue, because patients…").
    if (t.norm === 'but' || SUBORDINATORS.has(t.norm)) break;
    if (isStop(t)) {
      if (!found && unknown > 0 && t.norm === 'of') {
        const complement = thingOfComplement(doc, j + 1, sentence);
        headAt = -1;
        return complement;
      }
      break;
    }
    // A noun's form straight after "and" with an object of its own is a verb of a new predicate, not the head:
    // "friendly, ambitious and rewards excellence", "keen and values the team" (not "keen and patient staff").
    if (!found && j > to && (tokens[j - 1]!.norm === 'and' || tokens[j - 1]!.norm === 'or') && nounClass(t.base) && takesObject(tokens, j, sentence)) break;
    // The first part of a compound adjective ("results-focused", "patient-centred") is not the head,
    // nor is it when the hyphen is left out ("a Consultant led clinical service"); people in the plural
    // are the verb's subject there ("our trainees run rings round us"), as a compound takes the singular.
    const second = tokens[j + 1];
    if (second && second.sentence === sentence && (second.gap & GAP.HYPHEN || (compoundParticiple(tokens, j + 1) && !pluralPeople(t)))) continue;
    if (j > to && compoundParticiple(tokens, j)) continue;
    // "a hungry, fearless Digital and Transformation Lead": a title in capitals ends in its post holder,
    // whatever the words of its field before it name.
    // "active sports players": people named by the game they play are people at large (a clinic's
    // patients), not a "team player" at work.
    const cls =
      found !== undefined && found !== 'person' && TITLE_HEADS.has(t.norm) && capitalised(doc, j) && capitalised(doc, j - 1)
        ? 'person'
        : (t.norm === 'player' || t.norm === 'players') && j > to && GAMES.has(tokens[j - 1]!.norm)
          ? 'patient'
          : nounClass(t.base);
    // "our Estates Department family", "the practice family": a workplace's family is its staff.
    if (cls === 'patient' && t.base === 'family' && found !== undefined && WORKPLACE_CLASSES.has(found)) found = 'person';
    else if (cls) {
      found = cls;
      foundAt = j;
    } else if (found) break;
    else if (++unknown > 3) break;
  }
  // "the older Children and Young People we see": a title that ends in a word for people at large names patients still.
  if (titleGroup && (found === undefined || (found === 'person' && GROUPS.has(tokens[foundAt]!.norm)))) return titleGroup;
  if (found) headAt = foundAt;
  return found;
}

/**
 * Whether the "and" at token j goes on with a post's title that names the patients it serves, after an
 * adjective in small letters outside it: "a dynamic Child and Adolescent Psychotherapist" (the post is
 * the psychotherapist's). Words in capitals on both sides of the "and" make it one title; "Older
 * Adults and Dementia Nurse" keeps its "Older" for the patients, and "patients and staff" are two groups.
 */
function titleGoesOn(doc: Doc, to: number, j: number): boolean {
  const capital = (k: number) => /^[A-Z]/.test(doc.text.charAt(doc.tokens[k]?.start ?? -1));
  return !capital(to - 1) && capital(j - 1) && capital(j + 1) && doc.tokens[j + 1]!.sentence === doc.tokens[j]!.sentence;
}

/** What a workplace's nouns are, whose "family" is the people who work there. */
const WORKPLACE_CLASSES: ReadonlySet<Target> = new Set(['service', 'organisation', 'place']);

/** Participles that end a compound adjective written without its hyphen: "Consultant led", "community based". */
const COMPOUND_PARTICIPLES = new Set(['led', 'based', 'run', 'centred', 'centered', 'focused', 'focussed', 'owned', 'funded', 'managed']);

/**
 * Whether token j is such a participle inside a noun phrase, a word of the phrase after it: "a
 * Consultant led clinical service", not "a friendly team led by Karen" (a clause of its own).
 */
function compoundParticiple(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const after = tokens[j + 1];
  return t !== undefined && !t.gap && COMPOUND_PARTICIPLES.has(t.norm) && after !== undefined && !after.gap && after.sentence === t.sentence && !isStop(after);
}

/** Whether a word is a plural noun of people ("trainees", "GPs"), not a compound's first part ("nurse", "staff"). */
const pluralPeople = (t: Token) => t.norm.endsWith('s') && nounClass(t.base) === 'person';

/** Words between "of" and the noun it names: "presentation of all the food". */
const OF_OPENERS = new Set([...DETERMINERS, ...QUANTIFIERS]);

/**
 * What an unknown noun after an adjective is said of, when "of" names it ("attractive presentation of
 * all food items", "a competitive range of benefits"): a thing, a service, a place or pay named there.
 * People are not read this way: "a lively bunch of nurses" still describes staff.
 */
function thingOfComplement(doc: Doc, from: number, sentence: number): Target | undefined {
  const { tokens } = doc;
  for (let j = from; j < tokens.length && j < from + HEAD_WINDOW; j++) {
    const t = tokens[j]!;
    if (t.sentence !== sentence || t.gap & GAP.BREAK) return undefined;
    if (OF_OPENERS.has(t.norm)) continue;
    if (isStop(t)) return undefined;
    const cls = nounClass(t.base);
    if (cls) return cls === 'person' || cls === 'patient' || cls === 'organisation' ? undefined : cls;
  }
  return undefined;
}

/** Nouns that say what their subject is a member of: "we are an active member of the training hub". */
const MEMBERSHIP = new Set(['member', 'members', 'partner', 'partners', 'participant', 'participants', 'contributor', 'contributors']);

/**
 * Who "an active member" is when it is said of a subject ("We are an active member of the local
 * training hub": the practice; "You will be an active member of the team": the person): the clause's
 * subject, for a membership noun after "be"; undefined for any other phrase.
 */
function membershipOf(doc: Doc, from: number, to: number): Target | undefined {
  const { tokens } = doc;
  let b = from - 1;
  if (DETERMINERS.has(tokens[b]?.norm ?? '')) b--;
  if (!BE.has(tokens[b]?.norm ?? '') || tokens[b]!.sentence !== tokens[from]!.sentence) return undefined;
  const noun = tokens[to];
  if (!noun || noun.sentence !== tokens[from]!.sentence || !MEMBERSHIP.has(noun.base)) return undefined;
  const who = subject(doc, b);
  return who === 'unknown' ? undefined : who;
}

/** Nouns for a part someone plays: "an active role in their own care" is the part of whoever "their" is. */
const PARTS = new Set(['role', 'roles', 'part', 'parts']);

/** How far into the phrase after "in" a "their" may be: "in the day-to-day management of their illness". */
const OWNER_REACH = 6;

/**
 * Whose part an adjective before "role" describes when the part is said to be in someone's own
 * affairs ("take an active role in their own recovery": the people "their" stands for; "an active
 * role in your own development": the person; "an active role in the management of their illness":
 * the people again); undefined for any other phrase.
 */
function roleOwner(doc: Doc, from: number, to: number): Target | undefined {
  const { tokens } = doc;
  const sentence = tokens[to - 1]!.sentence;
  let j = to;
  while (j < to + 3 && tokens[j]?.sentence === sentence && !PARTS.has(tokens[j]!.norm)) j++;
  if (!PARTS.has(tokens[j]?.norm ?? '') || tokens[j + 1]?.norm !== 'in') return undefined;
  // "their" may come a few words into the phrase, within its clause ("in the management of their illness");
  // any other possessive opens it ("in your own development").
  const clause = tokens[j + 1]!.clause;
  let p = j + 2;
  while (p < j + 2 + OWNER_REACH && tokens[p]?.clause === clause && tokens[p]!.norm !== 'their') p++;
  if (tokens[p]?.norm !== 'their' || tokens[p]!.clause !== clause) p = j + 2;
  const owned = tokens[p + 1]?.norm === 'own' ? p + 2 : p + 1;
  if (tokens[owned - 1]?.sentence !== sentence) return undefined;
  // "their" stands for the people named before the match, not for the "role" itself.
  const who = tokens[p]!.norm === 'their' ? antecedent(doc, from) : possessor(doc, owned);
  return who === 'unknown' ? undefined : who;
}

/** Words after which an adjective with no noun of its own names people: "the elderly and their carers", "the elderly where most are confused". */
const NOMINAL_END = new Set(['and', 'or', 'in', 'of', 'with', 'who', 'whose', 'where', 'living', 'at', 'from', 'across']);

/**
 * Whether an adjective stands for a group of people, as after "the" with no noun ("care for the
 * elderly", "the frail/elderly and those with dementia"): in NHS text, people a service is for, never
 * the candidate. "The older the better" (a comparison) is not: another "the" follows; nor is the
 * first of a list of adjectives ("the mature, sensible ladies").
 */
function isNominal(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  if (to - from !== 1 || !isAdjectiveForm(tokens[from]!.norm)) return false;
  const sentence = tokens[from]!.sentence;
  let k = from - 1;
  // "the frail/elderly", "the frail and elderly": a word joined before it shares its "the".
  if (k > 0 && tokens[k + 1]!.gap & GAP.SLASH) k--;
  else if (k > 1 && (tokens[k]!.norm === 'and' || tokens[k]!.norm === 'or')) k -= 2;
  if (tokens[k]?.norm !== 'the' || tokens[k]!.sentence !== sentence) return false;
  // "We want the young and keen", "ideally the energetic": the people an employer wants are its hires.
  for (let w = k - 1; w >= 0 && w >= k - 3 && tokens[w]!.sentence === sentence; w--) if (isEmployerWanting(doc, w) || PREFERRING.has(tokens[w]!.norm)) return false;
  const next = tokens[to];
  if (next === undefined || next.sentence !== sentence) return true;
  // "the mature, sensible ladies": a list of adjectives still leads to its noun.
  if (next.norm === 'the' || isAdjectiveForm(next.norm)) return false;
  return (next.gap & (GAP.BREAK | GAP.COMMA)) !== 0 || NOMINAL_END.has(next.norm);
}

/** Verbs straight after a noun phrase that make it a clause's subject: "a community independent means…". */
const SUBJECT_VERBS = new Set(['means', 'is', 'was', 'has', 'will', 'can', 'offers', 'gives']);

/**
 * Whether a one-word adjective after "a" or "an" (and at most one noun) is used as a noun, with
 * nothing after it that it could describe: "working for an independent", "a community independent
 * means…" (an independent practice). A list of adjectives still leads to its noun ("a mature, calm
 * presence", "a young and keen nurse"), and the one an employer wants is its hire ("ideally a mature").
 */
function namesOne(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  if (to - from !== 1 || !isAdjectiveForm(tokens[from]!.norm)) return false;
  const sentence = tokens[from]!.sentence;
  const article = [from - 1, from - 2].find((k) => k >= 0 && tokens[k]!.sentence === sentence && (tokens[k]!.norm === 'a' || tokens[k]!.norm === 'an'));
  // The word between is a noun ("a community independent"), not a degree ("a bit aggressive").
  if (article === undefined || (article === from - 2 && !nounClass(tokens[from - 1]!.base))) return false;
  for (let w = article - 1; w >= 0 && w >= article - 3 && tokens[w]!.sentence === sentence; w--) if (isEmployerWanting(doc, w) || PREFERRING.has(tokens[w]!.norm)) return false;
  // What someone is asked to be, or to be like, is still said of them: "you must be a native", "speak English like a native".
  const before = tokens[article - 1]?.norm ?? '';
  if (BE.has(before) || before === 'like' || before === 'as') return false;
  const next = tokens[to];
  if (next === undefined || next.sentence !== sentence || next.gap & GAP.BREAK) return true;
  // After a comma a list of adjectives may go on to its noun ("a strong, commanding presence").
  if (next.gap & GAP.COMMA) return false;
  // "an independent and they…": "and" opening a new clause, not another adjective.
  if (next.norm === 'and' || next.norm === 'or') return SUBJECT_PRONOUNS.has(tokens[to + 1]?.norm ?? '');
  // "working at an independent as a lifestyle choice", "an independent in the town centre"; not a
  // preposition that opens a hyphened word ("a young in-house team").
  const hyphened = (tokens[to + 1]?.gap ?? 0) & GAP.HYPHEN;
  return SUBJECT_VERBS.has(next.norm) || (PREPOSITIONS.has(next.norm) && next.norm !== 'of' && !hyphened);
}

/** Whether a match is used as an adjective before a noun (rather than as a verb or a noun). */
function isAttributive(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  const prev = tokens[from - 1];
  if (prev && prev.sentence === tokens[from]!.sentence && !(prev.gap & GAP.BREAK)) {
    if (DETERMINERS.has(prev.norm) || DEGREE.has(prev.norm) || prev.norm.endsWith("'s") || prev.norm.endsWith("s'")) return true;
  }
  return isAdjectiveForm(tokens[to - 1]!.norm);
}

/** B: whose thing a noun is ("patients' ambitions", "their independence"). */
function possessor(doc: Doc, from: number): Target | 'unknown' | undefined {
  const { tokens } = doc;
  let k = from - 1;
  if (tokens[k]?.norm === 'own') k--;
  const t = tokens[k];
  if (!t || t.sentence !== tokens[from]!.sentence) return undefined;
  if (t.norm.endsWith("'s") || t.norm.endsWith("s'")) {
    const cls = nounClass(t.base);
    return cls === 'person' && INDEFINITES.has(t.base) ? 'patient' : (cls ?? 'unknown');
  }
  if (t.norm === 'your') return 'person';
  if (t.norm === 'our' || t.norm === 'its') return 'organisation';
  if (t.norm === 'their') return antecedent(doc, k);
  return undefined;
}

/**
 * An organisation named after "of" as the owner of a quality the match names: "the ambition of the PCN" is
 * the network's, as "its ambition" is. Only an organisation: "the drive of a registrar" and "the ambition
 * of becoming a partner" stay the person's, and a role ("the lead of the practice") is a person's whoever employs them.
 */
function ownerAfterOf(doc: Doc, to: number): Target | undefined {
  const { tokens } = doc;
  const of = tokens[to];
  const last = tokens[to - 1]!;
  if (of?.norm !== 'of' || of.clause !== last.clause || isAdjectiveForm(last.norm) || nounClass(last.base) !== undefined) return undefined;
  const k = DETERMINERS.has(tokens[to + 1]?.norm ?? '') ? to + 2 : to + 1;
  const owner = tokens[k];
  return owner && owner.clause === of.clause && nounClass(owner.base) === 'organisation' ? 'organisation' : undefined;
}

/** "a post for", "the job for": a job, role or post said to be for someone. */
const POSTS_OR_CAREER: ReadonlySet<string> = new Set([...POSTS, 'career']);
const isPostFor = (doc: Doc, w: number) => doc.tokens[w]!.norm === 'for' && POSTS_OR_CAREER.has(doc.tokens[w - 1]?.norm ?? '');

/** How many words a "with" phrase may run before a "who" that goes back past it: "ladies with a fit, youthful outlook who". */
const WHO_AFTER_WITH = 6;

/**
 * The class of the nearest noun before token k in its sentence or the one before ("they", "their").
 * "who" and "whom" refer to people, so other nouns are passed over ("a nurse who is passionate about
 * care, and who is young at heart").
 */
function antecedent(doc: Doc, k: number): Target | 'unknown' {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  const people = tokens[k]!.norm === 'who' || tokens[k]!.norm === 'whom';
  // "We are looking for an RMN who...": the person the employer wants.
  // (Not when patients are what is wanted: "please send patients who are frail to the clinic".)
  if (people) {
    // "looking for a bright young person who", "we want strong young men who": the people wanted, however described.
    if (wantedPeople(doc, k - 1)) return 'person';
    // "we want ladies with a fit, youthful outlook who": "who" after a "with" phrase is said of the people it describes.
    for (let w = k - 2; w >= 0 && w >= k - WHO_AFTER_WITH && tokens[w]!.sentence === sentence; w--) {
      if (tokens[w]!.norm === 'with') {
        if (wantedPeople(doc, w - 1)) return 'person';
        break;
      }
    }
    for (let w = k - 1; w >= 0 && w >= k - 5 && tokens[w]!.sentence === sentence; w--) {
      if (nounClass(tokens[w]!.base) === 'patient') break;
      if (isEmployerWanting(doc, w)) return 'person';
    }
  }
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence >= sentence - 1; j--) {
    const cls = nounClass(tokens[j]!.base);
    if (people && cls !== 'person' && cls !== 'patient') continue;
    if (cls === 'person' && INDEFINITES.has(tokens[j]!.base)) {
      // "We like people who...", "ideally someone who...", "a post for someone who...": people an
      // employer wants, or a job is for, are the people it hires.
      for (let w = j - 1; w >= 0 && w >= j - 3; w--) if (isEmployerWanting(doc, w) || PREFERRING.has(tokens[w]!.norm) || isPostFor(doc, w)) return 'person';
      // "British nurses only please, or at least someone whose…": someone asked for, in an e-mail; not
      // "please nominate someone who", where "please" asks another thing done.
      for (let w = j - 1; w >= 0 && w >= j - 6 && tokens[w]!.sentence === sentence; w--) if (tokens[w]!.norm === 'please' && asksForWhom(doc, w, j)) return 'person';
      // "We are looking for a manager with presence: someone who...": a clause that restates the person
      // wanted ("to support someone who" does not start a clause); "- Someone who..." in a list under
      // "What we're looking for".
      if (doc.clauseStart(tokens[j]!.clause) === j) {
        for (let w = j - 1; w >= 0 && w >= j - SUBJECT_LOOKBACK && tokens[w]!.sentence === tokens[j]!.sentence; w--) if (isEmployerWanting(doc, w)) return 'person';
        if (tokens[j]!.gap & GAP.BULLET && listedUnderRequest(doc, j)) return 'person';
      }
      // "You'll be someone who…", "the right candidate is someone who…": the person hired, said to be.
      if (BE.has(tokens[j - 1]?.norm ?? '') && tokens[j - 1]!.sentence === sentence && subject(doc, j - 1) === 'person') return 'person';
      return 'patient';
    }
    if (cls) return cls;
  }
  return 'unknown';
}

/** Words for what people may be recruited to besides a job: a study, a programme, a clinic's appointments, giving blood. */
const STUDIES = new Set(['study', 'studies', 'trial', 'trials', 'research', 'panel', 'panels', 'survey', 'surveys', 'cohort', 'participants', 'pilot', 'programme', 'screening', 'appointment', 'appointments', 'blood', 'donors', 'vaccine', 'vaccination', 'jab']);
/** Words for people that a verb of wanting makes the hire, though many name patients elsewhere ("young men", "women", "carers"). */
const WANTABLE = new Set([...ONE_OF_SEX, ...GROUPS_OF_SEX, 'person', 'people', 'individual', 'individuals', 'carer', 'carers']);
/** Words after which "to" begins what the people themselves are able or willing to do: "who are able to lift". */
const OWN_INFINITIVE = new Set(['able', 'enough', 'confident', 'eager', 'determined', 'free', 'unable', 'willing', 'happy', 'prepared', 'keen', 'ready', 'likely', 'used', 'going', 'want', 'wants', 'need', 'needs', 'have', 'has', 'ought', 'expected', 'required', 'up', 'due']);

/** Verbs whose infinitive after the people sought is the job itself: "we want young men to join the portering team". */
const JOB_INFINITIVES = new Set(['join', 'work', 'cover', 'fill', 'staff', 'start', 'apply', 'do', 'run', 'lead', 'manage', 'carry', 'lift', 'move']);

/**
 * Whether the people at j are sought for something other than the job: "we want young women to feel
 * safe", "we want young men who self-harm to know where to get help", "young women needed to give
 * blood", "recruiting young women to our research panel". A "to" the people's own clause governs
 * ("who are able to lift") leaves them the hire.
 */
export function soughtForOther(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const end = doc.sentenceEnd(tokens[j]!.sentence);
  for (let a = j + 1; a < end; a++) {
    const t = tokens[a]!;
    if (STUDIES.has(t.norm)) return true;
    const next = tokens[a + 1];
    if (t.norm === 'to' && !OWN_INFINITIVE.has(tokens[a - 1]!.norm) && !(next && (next.shape & SHAPE.NUMBER || DETERMINERS.has(next.norm) || JOB_INFINITIVES.has(next.norm)))) return true;
  }
  return false;
}

/**
 * Whether the people word at j is what the employer wants: a verb of wanting before it, with only its
 * modifiers and "for" between ("we are looking for a bright young person", "we want strong young men").
 * Another noun, a modal or "to" between makes the people someone else's ("we want to help young men").
 */
export function wantedPeople(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const head = tokens[j];
  if (!head || !WANTABLE.has(head.norm) || soughtForOther(doc, j)) return false;
  for (let w = j - 1; w >= 0 && w >= j - HEAD_WINDOW && tokens[w]!.clause === head.clause; w--) {
    const t = tokens[w]!;
    if (t.norm === 'for') continue;
    if (isEmployerWanting(doc, w)) return true;
    if (t.norm === 'to' || MODALS.has(t.norm) || NOT.has(t.norm) || nounClass(t.base)) return false;
  }
  return false;
}

/** Verbs that open a second predicate of a modal's subject after a comma: "must build rapport, have a calm manner". */
const JOINED_PREDICATES = new Set(['have', 'be', 'show', 'demonstrate', 'display', 'possess', 'bring']);

/**
 * Whether the match at `from` is in a predicate joined by a comma to the one holding the helping verb at h,
 * both governed by a modal before h: "staff must build trust with a young person, show maturity"
 * says the maturity of the staff, not of the young person. Not under the helped people's own "to" ("help patients to
 * regain skills, be independent"), whose list the bare verb continues.
 */
function predicateJoined(doc: Doc, h: number, from: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[h]!.sentence;
  let opener = -1;
  for (let j = h + 1; j < from; j++) {
    const t = tokens[j]!;
    if (t.norm === 'to') return false;
    if (t.gap & GAP.COMMA && t.clause !== tokens[j - 1]!.clause && JOINED_PREDICATES.has(t.norm)) opener = j;
  }
  if (opener < 0) return false;
  for (let j = h - 1; j >= 0 && tokens[j]!.sentence === sentence; j--) if (tokens[j]!.norm !== 'to' && MODALS.has(tokens[j]!.norm)) return true;
  return false;
}

/** C: "help patients to stay active", "supporting people to lead": the match is the helped people's. */
function helped(doc: Doc, from: number): Target | undefined {
  const { tokens } = doc;
  const sentence = tokens[from]!.sentence;
  let reach = HELP_WINDOW;
  for (let h = from - 1; h >= 0 && h >= from - reach; h--) {
    const t = tokens[h]!;
    if (t.sentence !== sentence) return undefined;
    // A clause opened by "so", "but", "which"... is a new statement: stop there.
    const after = tokens[h + 1]!;
    if (after.clause !== t.clause && !(after.gap & GAP.COMMA)) return undefined;
    if (SUBJECT_PRONOUNS.get(t.norm) === 'person') return undefined;
    if (HELP_VERBS.has(t.norm)) {
      if (predicateJoined(doc, h, from)) return undefined;
      let complement: Target | undefined;
      let words = 0;
      for (let j = h + 1; j < from; j++) {
        const w = tokens[j]!;
        if (w.norm === 'to') continue;
        words++;
        // "help you to", "help us to" (the employer), "help them to" (the people the service is for).
        const pronoun = SUBJECT_PRONOUNS.get(w.norm);
        const cls = pronoun !== undefined ? (pronoun === 'person' || pronoun === 'organisation' ? pronoun : 'patient') : nounClass(w.base);
        if (cls && !complement) complement = cls === 'person' && GROUPS.has(w.base) ? 'patient' : cls;
      }
      // "promote independence": the match is what is promoted, not a trait of the person promoting.
      if (words === 0) return tokens[from - 1]?.norm === 'to' ? undefined : 'thing';
      // "help people with long-term conditions to build the skills and confidence": a verb of helping
      // whose own object names no one is the purpose of an outer one, whose object has the quality.
      if (complement || tokens[h - 1]?.norm !== 'to') return complement;
      // The outer verb's window starts at the inner one.
      reach = from - h + HELP_WINDOW;
    }
    if (t.gap & GAP.BREAK && !(t.gap & GAP.COMMA)) return undefined;
  }
  return undefined;
}

/** Whether token j starts its clause's first noun phrase (only determiners and modifiers before it). */
function isClauseSubject(doc: Doc, j: number, opener: number): boolean {
  const { tokens } = doc;
  const start = Math.max(doc.clauseStart(tokens[j]!.clause), opener < j ? opener : -1);
  if (j - start > 4) return false;
  // "Please bring your health questionnaire": a request's nouns are its objects, unless a verb of
  // their own follows ("please note patients may be young").
  if (POLITE_IMPERATIVE.has(tokens[start]!.norm) && !AUXILIARIES.has(tokens[j + 1]?.norm ?? '')) return false;
  for (let k = start; k < j; k++) {
    const t = tokens[k]!;
    // "Most of our patients", "All of the team": a quantifier's "of" still leads to the subject.
    if (t.norm === 'of' && k > start && QUANTIFIERS.has(tokens[k - 1]!.norm)) continue;
    // "as the rota is tough", "since the list is long": a conjunction opening the clause, not a preposition.
    if (k === start && SUBORDINATORS.has(t.norm)) continue;
    // "the on-call rota": the first part of a hyphened modifier is no preposition.
    if (tokens[k + 1]!.gap & GAP.HYPHEN) continue;
    if (PREPOSITIONS.has(t.norm) || AUXILIARIES.has(t.norm)) return false;
  }
  return true;
}

/** Verbs by which an agency or HR is asked for the hire: "please send someone who", "can you find us a nurse". */
const SENDING = new Set(['send', 'find', 'supply']);
const ASKING = new Set(['please', 'you', 'can', 'could']);

/** Whether the sending verb at j is asked of the reader for the employer: "please send", "could you find us". */
function isAskedToSend(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const next = tokens[j + 1]?.norm;
  if (next === 'us' || next === 'me') return true;
  // "can you find out if the ex-Army chap is still interested" asks about someone, not for a hire.
  if (next === 'out') return false;
  for (let w = j - 1; w >= 0 && w >= j - 2 && tokens[w]!.sentence === tokens[j]!.sentence; w--) if (ASKING.has(tokens[w]!.norm)) return true;
  return false;
}

/** Whether "please" at w asks for the person at j: it closes its phrase ("nurses only please, or someone"), stands just before them, or asks them sent ("please send someone"). */
function asksForWhom(doc: Doc, w: number, j: number): boolean {
  const { tokens } = doc;
  return w === j - 1 || (tokens[w + 1]!.gap & GAP.COMMA) !== 0 || (SENDING.has(tokens[w + 1]!.norm) && isAskedToSend(doc, w + 1));
}

/** How far back a conjunction may open the match's clause. */
const OPENER_REACH = 8;

/**
 * The conjunction with no comma before it that opens the clause holding token `from` ("English must be
 * your first language as many of our patients are elderly"), or -1: its subject is the match's, not
 * the sentence's ("You'll be on your feet until the ward round is finished, no sitting" is the reader's).
 */
function conjunctionOpening(doc: Doc, start: number, from: number): number {
  const { tokens } = doc;
  for (let p = from - 1; p > start && p >= from - OPENER_REACH; p--) {
    if (tokens[p + 1]!.gap & GAP.COMMA) return -1;
    if (SUBORDINATORS.has(tokens[p]!.norm) && tokens[p - 1]!.norm !== 'such' && tokens[p - 1]!.norm !== 'well') return p;
  }
  return -1;
}

/** "We want", "we are looking for", "I'd like": the employer wanting someone (not patients who want to). */
function isEmployerWanting(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  // "People young enough …" opening the text has no verb before it.
  if (j < 0) return false;
  if (SENDING.has(tokens[j]!.norm)) return isAskedToSend(doc, j);
  // "we look for people who" (not "look after people who", those cared for), "we're keen on young lads".
  const next = tokens[j + 1]?.norm;
  const lookFor = ((tokens[j]!.norm === 'look' || tokens[j]!.norm === 'looks') && next === 'for') || (tokens[j]!.norm === 'keen' && next === 'on');
  if (!lookFor && !WANTING.has(tokens[j]!.norm)) return false;
  // "we need to be competitive", "the practice wants to be ambitious": the employer is what it describes.
  if (tokens[j + 1]?.norm === 'to' && tokens[j + 2]?.norm === 'be') return false;
  if (tokens[j]!.norm === 'looking' || tokens[j]!.norm === 'seeking' || tokens[j]!.norm === 'recruiting') return true;
  for (let w = j - 1; w >= 0 && w >= j - 3 && tokens[w]!.sentence === tokens[j]!.sentence; w--) {
    if (EMPLOYER.has(tokens[w]!.norm)) return true;
  }
  return false;
}

/**
 * How far back a clause's subject is looked for. A real clause is far shorter; without a bound, text
 * with no clause breaks (hostile input, a pasted list) makes every match read back to its start,
 * which is quadratic.
 */
const SUBJECT_LOOKBACK = 80;
/**
 * Words that open a request to the reader: "please bring your health questionnaire, including any
 * sickness absence" asks the reader, so its nouns are objects and its subject is the person addressed.
 */
const POLITE_IMPERATIVE = new Set(['please', 'kindly']);

/** Verbs whose infinitive after a third-person form makes that form a verb: "needs to be", "plans to have". */
const STATIVE_INFINITIVES = new Set(['be', 'have']);

/**
 * Whether a word read as a noun is the verb of its clause here: a third-person form before "to be"
 * or "to have" with no determiner of its own ("the new partner needs to be ambitious", "the surgery
 * plans to have…"), or before any infinitive after a relative pronoun ("who plans to stay"), not
 * "their needs to be met" nor "meals to elderly ladies".
 */
function isVerbBeforeTo(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const t = tokens[j]!;
  const before = tokens[j - 1];
  if (!t.norm.endsWith('s') || tokens[j + 1]?.norm !== 'to' || before === undefined || before.sentence !== t.sentence) return false;
  // "a GP who plans to stay until retirement": straight after a relative pronoun the word is the clause's verb, whatever infinitive follows.
  if (RELATIVES.has(before.norm) && before.clause === t.clause) return true;
  return STATIVE_INFINITIVES.has(tokens[j + 2]?.norm ?? '') && !DETERMINERS.has(before.norm) && !before.norm.endsWith("'");
}

/** What one clause, read back from token `from` (exclusive) to `start`, is about; undefined when it does not say. */
function clauseSubject(doc: Doc, start: number, from: number, local = true): Target | 'unknown' | undefined {
  const { tokens } = doc;
  const opener = local ? conjunctionOpening(doc, start, from) : -1;
  for (let j = from - 1; j >= Math.max(start, from - SUBJECT_LOOKBACK); j--) {
    const t = tokens[j]!;
    // "We want fresh faces", "we are looking for someone driven": what is wanted is the person hired.
    if (isEmployerWanting(doc, j)) return 'person';
    // "whoever we appoint will...": the person hired, though "we" is nearer.
    if (t.norm === 'whoever' || tokens[j - 1]?.norm === 'whoever') return 'person';
    // "Between us, given her age…": a confidence, not the organisation as the subject.
    if (t.norm === 'us' && tokens[j - 1]?.norm === 'between') continue;
    const pronoun = SUBJECT_PRONOUNS.get(t.norm);
    // "60 patients a day, many of them frail and older": "they" and "of them" stand for patients named before.
    const plural = t.norm === 'they' || (t.norm === 'them' && tokens[j - 1]?.norm === 'of');
    // "we're all quite young", "we are all women": "we" with "all" is the staff, described, not the organisation.
    if (pronoun === 'organisation' && (tokens[j + 1]?.norm === 'all' || (tokens[j + 1]?.norm === 'are' && tokens[j + 2]?.norm === 'all'))) return 'person';
    if (pronoun) return pronoun === 'unknown' && plural && antecedent(doc, j) === 'patient' ? 'patient' : pronoun;
    if (RELATIVES.has(t.norm) && j === start) return antecedent(doc, j);
    // "Surviving and thriving can be challenging", "Living with pain is exhausting": a way through life
    // opening the clause is what is described, an experience of the people served, not the post.
    if (j === start && LIVING_THROUGH.has(t.norm)) return 'thing';
    if (POLITE_IMPERATIVE.has(t.norm) && j === start) return 'person';
    if (isVerbBeforeTo(doc, j)) continue;
    // "our speech and language therapy team is small": "therapy" before "team" modifies it, no subject of its own.
    if (modifiesNextNoun(doc, j, from)) continue;
    const cls = nounClass(t.base);
    // "staff check the patient is medically fit": the noun that "is" links to the match is what it describes.
    if (cls && (isClauseSubject(doc, j, opener) || predicatedOf(doc, j, from))) {
      // "Our girls are young and energetic": staff called by their sex are the staff, though the word can name patients.
      // On a unit or at admission they are its patients: "on our adolescent unit our girls are young".
      if (cls === 'patient' && STAFF_WORDS.has(t.norm) && isAboutStaff(doc, j, j + 1) && !inCareSetting(doc, j)) return 'person';
      return cls === 'person' && t.base === 'people' ? 'patient' : cls;
    }
  }
  return undefined;
}

/** Words that place a sentence among patients in care: its girls and boys are then the patients. */
const CARE_SETTING = new Set(['unit', 'units', 'ward', 'wards', 'admission', 'admissions', 'admitted', 'adolescent', 'adolescents', 'inpatient', 'inpatients']);

/** Whether the sentence of token j names a place or stage of care (CARE_SETTING). */
function inCareSetting(doc: Doc, j: number): boolean {
  const [from, to] = doc.sentenceRange(doc.tokens[j]!.sentence);
  for (let k = from; k < to; k++) if (CARE_SETTING.has(doc.tokens[k]!.norm)) return true;
  return false;
}

/** Forms of "be" that link a noun straight to what is said of it. */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words that may stand between that "be" and the quality: "is not", "are still", "is now". */
const COPULA_ADVERBS = new Set(['not', 'still', 'now', 'also', 'no', 'longer', 'yet']);

/**
 * Whether the noun at j is linked by "be" to the match at `from`: "(the patient) is fit", "(residents) are not yet mobile",
 * or through a relative pronoun, "(kit) that is in good shape", whatever a verb of wanting before it.
 */
function predicatedOf(doc: Doc, j: number, from: number): boolean {
  const { tokens } = doc;
  const copula = RELATIVES.has(tokens[j + 1]?.norm ?? '') ? j + 2 : j + 1;
  if (!COPULAS.has(tokens[copula]?.norm ?? '')) return false;
  for (let k = copula + 1; k < from; k++) if (!COPULA_ADVERBS.has(tokens[k]!.norm)) return false;
  return true;
}

/** Whether the noun at j runs straight into a people noun before `from`, as its modifier: "therapy team", "pharmacy staff". */
function modifiesNextNoun(doc: Doc, j: number, from: number): boolean {
  const next = doc.tokens[j + 1];
  return j + 1 < from && next !== undefined && (next.gap & (GAP.COMMA | GAP.BREAK | GAP.NEWLINE | GAP.SLASH)) === 0 && nounClass(next.base) === 'person';
}

/** Verbs of getting through life, as the -ing subject of a clause: not work the post holder does. */
const LIVING_THROUGH = new Set(['living', 'surviving', 'thriving', 'coping', 'recovering', 'grieving', 'ageing', 'aging', 'growing', 'parenting', 'experiencing']);

/** How far back a noun with its own verb may be: list items are short. */
const OWN_VERB_REACH = 40;

/** Whether a noun in tokens [start, from) has a verb of its own straight after it: "our customers are". */
function hasOwnVerb(doc: Doc, start: number, from: number): boolean {
  for (let k = Math.max(start, from - OWN_VERB_REACH); k < from - 1; k++) if (nounClass(doc.tokens[k]!.base) && AUXILIARIES.has(doc.tokens[k + 1]!.norm)) return true;
  return false;
}

/**
 * D: what the match's clause is about (its subject, "you" or "we"), or else what its sentence's first
 * clause is about: list items after commas ("suppliers, the ICB and other agencies") are not subjects.
 */
function subject(doc: Doc, from: number): Target | 'unknown' {
  const { tokens } = doc;
  const t = tokens[from]!;
  // Wording proposed for the advert ("can we say "young and lively"?") has the advert's subject, not the request's "we".
  if (doc.isProposed(from)) return 'unknown';
  const [clauseStart] = doc.clauseRange(t.clause);
  const own = clauseSubject(doc, clauseStart, from);
  // An item under "Please bring:" or "We need:" is asked of the reader, whatever nouns it holds
  // ("- your health questionnaire, including any sickness absence in the last two years"), unless
  // it says something of its own subject ("- native speakers, as our customers are elderly").
  if (own !== 'person' && !hasOwnVerb(doc, clauseStart, from) && listedUnderRequest(doc, from)) return 'person';
  if (own) return own;
  const [sentenceStart] = doc.sentenceRange(t.sentence);
  if (sentenceStart === clauseStart) return 'unknown';
  const [, firstEnd] = doc.clauseRange(tokens[sentenceStart]!.clause);
  return clauseSubject(doc, sentenceStart, Math.min(firstEnd, from), false) ?? 'unknown';
}

/** The verb of a quality someone brings to the work: "the dynamism you bring", "the energy new starters bring". */
const BRING = new Set(['bring', 'brings', 'bringing']);
/** Words the bringer may hold besides its noun: "the dynamism (that) our band 5s bring". */
const BRINGER_WORDS = new Set(['that', 'which', 'our', 'your', 'the', 'new', 'newly', 'qualified', 'junior', 'all']);

/**
 * Who has a quality named by a noun before a clause of bringing ("the innovation and dynamism band
 * 5s bring", "the dynamism that you bring"): the bringer, a few words on, read as its subject; a
 * staff grade ("band 5s") is people at work. Undefined when no such clause follows.
 */
function broughtBy(doc: Doc, to: number): Target | 'unknown' | undefined {
  const { tokens } = doc;
  const sentence = tokens[to - 1]!.sentence;
  let who: Target | 'unknown' | undefined;
  for (let j = to; j < tokens.length && j < to + 5; j++) {
    const t = tokens[j]!;
    if (t.sentence !== sentence || t.gap & GAP.BREAK) return undefined;
    if (BRING.has(t.norm)) return j > to ? who : undefined;
    if (BRINGER_WORDS.has(t.norm) || t.shape & SHAPE.DIGIT) continue;
    const pronoun = SUBJECT_PRONOUNS.get(t.norm);
    const cls = pronoun ? undefined : nounClass(t.base);
    if (pronoun) who = pronoun;
    else if (t.base === 'band' || t.norm === "band's") who = 'person';
    else if (cls) who = cls;
    else return undefined;
  }
  return undefined;
}

/** Ways of being, not activities: "independent thinking", "independent working" and "young looking" are said of the person. */
const DISPOSITIONS = new Set(['thinking', 'working', 'minded', 'learning', 'looking', 'sounding', 'seeming']);
/** What may follow an activity named by an -ing noun: "independent scanning and reporting", "…scanning in obstetrics". */
const AFTER_ACTIVITY = new Set(['and', 'or', 'in', 'of', 'within', 'across', 'under']);

/**
 * Whether the one-word adjective ending at `to` names how an activity is done: an -ing noun straight after it
 * ("experience of independent scanning", "competitive tendering"), which the word describes rather
 * than the person; not an -ing verb with its object ("confident using EMIS").
 */
function activityAfter(doc: Doc, to: number): boolean {
  const { tokens } = doc;
  const next = tokens[to];
  if (!next || next.gap & (GAP.BREAK | GAP.COMMA) || next.sentence !== tokens[to - 1]!.sentence || !isAdjectiveForm(tokens[to - 1]!.norm)) return false;
  if (next.norm.length < 6 || !next.norm.endsWith('ing') || DISPOSITIONS.has(next.norm)) return false;
  const after = tokens[to + 1];
  return !after || after.sentence !== next.sentence || (after.gap & (GAP.BREAK | GAP.COMMA)) !== 0 || AFTER_ACTIVITY.has(after.norm);
}

/** Words that close an offered alternative after "or": "a diploma or equivalent", "a BTEC or similar". */
const ROUTE_ENDS = new Set(['equivalent', 'similar', 'comparable']);

/** Whether token k closes an alternative after "or" ("a diploma or equivalent"): a noun phrase of its own, not an adjective of the words after it. */
const closesAlternative = (doc: Doc, k: number) => ROUTE_ENDS.has(doc.tokens[k]!.norm) && doc.tokens[k - 1]?.norm === 'or';

/** Words of people being taken on: an age group in a sentence with one of them is the hire. */
const TAKEN_ON = 'applicant applicants candidate candidates apprentice apprentices apprenticeship apprenticeships intake intakes recruit recruits recruited recruiting recruitment trainee trainees traineeship traineeships vacancy vacancies hire hires hiring starters'
  .split(' ')
  .map((w) => [w]);

/** Whether sentence s, or the sentence before it (the list item above), is about people being taken on. */
const takenOn = (doc: Doc, s: number) => doc.sentenceHas(s, TAKEN_ON) || (s > 0 && doc.sentenceHas(s - 1, TAKEN_ON));

/**
 * Who or what tokens [from, to) describe: the candidate, the role or the team ('person'), or
 * patients, an organisation, a service, a place, pay or a thing; 'unknown' when the text does not say.
 * Read from the words around the match by the rules A to D above, nearest evidence first.
 */
export function targetOf(doc: Doc, from: number, to: number, depth = 0): Target | 'unknown' {
  const { tokens } = doc;
  const prev = tokens[from - 1];
  // An aside set off by a comma straight after a noun, opening with a preposition or an article,
  // describes that noun: "our patient, in her 40s, …" (not an adjective: "a calm, patient, kind nurse").
  const aside = prev && tokens[from]!.gap & GAP.COMMA && prev.sentence === tokens[from]!.sentence && (PREPOSITIONS.has(tokens[from]!.norm) || DETERMINERS.has(tokens[from]!.norm));
  const asideOf = aside ? nounClass(prev.base) : undefined;
  if (asideOf && asideOf !== 'person') return asideOf;
  // "patients, many of them lonely": words after a share of a group set off by a comma describe that group.
  const groupOf = shareOf(doc, from);
  if (groupOf && groupOf !== 'person') return groupOf;
  // "applicants aged 16-24", "patients aged 40 to 74": an age straight after a noun is that noun's,
  // whatever the clause's subject ("the programme is open only to applicants aged…").
  const agedOf = tokens[from]!.norm === 'aged' && prev && !aside && prev.clause === tokens[from]!.clause && !GROUPS.has(prev.norm) ? nounClass(prev.base) : undefined;
  if (agedOf) return agedOf;
  // "the average age of our pharmacists": an age is of the group named after "of", whatever the clause's subject.
  const measured = ageOf(doc, to);
  if (measured) return measured;
  // "someone young and energetic", "a calm, mature manner": a coordinated adjective shares the first one's target.
  const before = tokens[from - 2];
  const coordinated = prev && (prev.norm === 'and' || prev.norm === 'or') ? before : tokens[from]!.gap & GAP.COMMA ? prev : undefined;
  // (Not a phrase of its own after a comma: "until the ward round is finished, no sitting".)
  const ownPhrase = DETERMINERS.has(tokens[from]!.norm);
  // ("a diploma or equivalent and extensive experience": the alternative closes the diploma's phrase; it is not coordinated.)
  const k = coordinated === prev ? from - 1 : from - 2;
  if (depth < 3 && coordinated && !ownPhrase && coordinated.sentence === tokens[from]!.sentence && isAdjectiveForm(coordinated.norm) && !closesAlternative(doc, k)) {
    const shared = targetOf(doc, k, k + 1, depth + 1);
    if (shared !== 'unknown') return shared;
  }
  if (prev && INDEFINITES.has(prev.norm) && prev.sentence === tokens[from]!.sentence) {
    // "we recruit people young enough to cope": people are the hire as the object of the employer's wanting or recruiting, else those served.
    if ((prev.norm !== 'people' && prev.norm !== 'individuals') || isEmployerWanting(doc, from - 2)) return 'person';
  }
  if (namesWhatItIs(doc, from, to)) return 'thing';
  // "Target group: 16–24 year olds only": people named by their ages are the hire, whatever the label
  // before them, where their sentence or the one before it is about people taken on (an intake, a
  // scheme's applicants); a service's own group ("16-24 year olds, for our outreach") is read as any other words.
  if (tokens[to - 1]!.norm === 'olds' && tokens[to - 2]?.norm === 'year' && takenOn(doc, tokens[from]!.sentence)) return 'person';
  // "robust health, safety and infection control practices": health listed with safety is the field of health and safety, not anyone's health.
  if (tokens[to - 1]!.norm === 'health' && safetyAfter(doc, to)) return 'thing';
  // "the older ones", "the young fit ones": "ones" stands for the noun before it, not for a later one.
  if (onesAfter(doc, to)) return onesStandFor(doc, from);
  const bringer = broughtBy(doc, to);
  if (bringer) return bringer;
  if (to - from === 1 && activityAfter(doc, to)) return 'thing';
  // "You'll be competitive, chasing files and notes": a trait said with "be", then a participle's clause
  // after a comma, is the subject's; the participle's object is no head of it.
  if (saidWithBe(doc, from) && participleAfter(doc, to)) return subject(doc, from);
  // "physical fitness and knowledge of lifting techniques": a quality named by its noun has no head
  // after it; the words after "and" are another noun, not what it describes.
  const head = QUALITY_NOUN.test(tokens[to - 1]!.norm) && tokens[to]?.norm === 'and' ? undefined : headAfter(doc, to);
  if (head === 'patient' && wantedGroup(doc, from, to)) return 'person';
  if (head) {
    const member = head === 'person' ? membershipOf(doc, from, to) : undefined;
    if (member) return member;
    const owner = head === 'person' ? roleOwner(doc, from, to) : undefined;
    if (owner) return owner;
    if (isAttributive(doc, from, to)) return head;
    const before = tokens[from - 1];
    const verbal = before && (AUXILIARIES.has(before.norm) || SUBJECT_PRONOUNS.has(before.norm));
    if (MODIFIED_BY_VERB_FORMS.has(head) && !verbal) return head;
  }
  if (!head && isNominal(doc, from, to)) return 'patient';
  if (!head && namesOne(doc, from, to)) return 'thing';
  const owner = possessor(doc, from) ?? ownerAfterOf(doc, to);
  if (owner) return owner;
  const helpedBy = helped(doc, from);
  if (helpedBy) return helpedBy;
  const about = subject(doc, from);
  // "women of a certain age make up a third of our workforce": a group counted as part of the staff is staff.
  return about === 'patient' && countedAsStaff(doc, to) ? 'person' : about;
}

/** Verbs that count a group as a share of a whole: "make up", "form", "account for". */
const COUNTING = new Set(['make', 'makes', 'made', 'form', 'forms', 'formed', 'account', 'accounts', 'comprise', 'comprises']);
/** How far after the match the counting verb and the staff may be. */
const COUNT_REACH = 10;

/** Whether the words after `to` count the group before them as part of the staff: "… make up a third of our workforce". */
function countedAsStaff(doc: Doc, to: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[to - 1]!.sentence;
  let counted = false;
  for (let j = to; j < tokens.length && j < to + COUNT_REACH && tokens[j]!.sentence === sentence; j++) {
    const t = tokens[j]!;
    if (COUNTING.has(t.norm)) counted = true;
    else if (counted && t.norm === 'of') return staffAfter(doc, j + 1);
  }
  return false;
}

/** Whether people at work follow at k, after a determiner and a word for their department: "our workforce", "the estates staff", "the porters". */
function staffAfter(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const first = DETERMINERS.has(tokens[k]?.norm ?? '') ? k + 1 : k;
  for (let j = first; j < first + 2 && j < tokens.length && tokens[j]!.sentence === tokens[k]!.sentence; j++) if (nounClass(tokens[j]!.base) === 'person') return true;
  return false;
}

/** Nouns of a group's ages: "the average age of…", "the average ages of…". */
const AGE_MEASURES = new Set(['age', 'ages']);

/** The class of the group whose age a match ending in an age's noun measures: "(average age) of our nurses". */
function ageOf(doc: Doc, to: number): Target | undefined {
  const { tokens } = doc;
  const of = tokens[to];
  if (!AGE_MEASURES.has(tokens[to - 1]!.norm) || of?.norm !== 'of' || of.clause !== tokens[to - 1]!.clause) return undefined;
  const k = DETERMINERS.has(tokens[to + 1]?.norm ?? '') ? to + 2 : to + 1;
  const group = tokens[k];
  return group && group.clause === of.clause ? nounClass(group.base) : undefined;
}

/** Shares of a group: "many of them", "most of whom". */
const SHARES = new Set(['many', 'most', 'some', 'all', 'several', 'half', 'few', 'none']);

/** How many describing words may stand between the share and the word read: "many of them lonely, older". */
const SHARE_REACH = 3;

/** What the group is whose share opens an aside before token k ("patients, many of them lonely, older"), if any. */
function shareOf(doc: Doc, k: number): Target | undefined {
  const { tokens } = doc;
  let j = k - 1;
  while (j > k - 1 - SHARE_REACH && j >= 0 && tokens[j]!.norm !== 'them' && tokens[j]!.norm !== 'whom') {
    const t = tokens[j]!;
    if (t.sentence !== tokens[k]!.sentence || DETERMINERS.has(t.norm) || PREPOSITIONS.has(t.norm) || nounClass(t.base) !== undefined) return undefined;
    j--;
  }
  const share = tokens[j - 2];
  if (j < 3 || (tokens[j]!.norm !== 'them' && tokens[j]!.norm !== 'whom') || tokens[j - 1]!.norm !== 'of' || !share || !SHARES.has(share.norm)) return undefined;
  if (!(share.gap & GAP.COMMA) || tokens[j - 3]!.sentence !== tokens[k]!.sentence) return undefined;
  return nounClass(tokens[j - 3]!.base);
}

/** Pronouns for a thing that "it is a…" says what it is: "it's a big ambition", "this is an ambitious plan". */
const THING_PRONOUNS = new Set(['it', 'this', 'that', 'which']);
/** Those pronouns joined to "is": "it's a big ambition". */
const THING_IS = new Set(["it's", "that's"]);

/**
 * Whether the noun at `from` says what a thing is: after "a" or "an" (and up to two words of its
 * own, "a big", "an exciting new"), straight after "it is", "this is", "that's" or "which is"
 * ("We know it's a big ambition": the aim named before, not a trait of the reader). An adjective
 * is read by its noun ("It's a lively office"), and a phrase with its noun is what it names ("a bruising environment").
 */
function namesWhatItIs(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[from]!.sentence;
  // One noun ("ambition"), not an adjective or a phrase that names a workplace ("a bruising environment").
  if (to - from !== 1 || isAdjectiveForm(tokens[from]!.norm)) return false;
  const next = tokens[to];
  if (next && next.sentence === sentence && !(next.gap & (GAP.COMMA | GAP.BREAK)) && !isStop(next) && next.norm !== 'and' && next.norm !== 'or') return false;
  let k = from - 1;
  for (let n = 0; n < 2 && k >= 0 && tokens[k]!.norm !== 'a' && tokens[k]!.norm !== 'an'; n++, k--) {
    if (isStop(tokens[k]!) || nounClass(tokens[k]!.base) !== undefined) return false;
  }
  const article = tokens[k];
  if (!article || article.sentence !== sentence || (article.norm !== 'a' && article.norm !== 'an')) return false;
  const verb = tokens[k - 1];
  if (!verb || verb.sentence !== sentence) return false;
  if (THING_IS.has(verb.norm)) return true;
  return BE_FORMS.has(verb.norm) && THING_PRONOUNS.has(tokens[k - 2]?.norm ?? '') && tokens[k - 2]!.sentence === sentence;
}

/** Nouns the field of health and safety heads: "health and safety awareness", "health, safety procedures". */
const SAFETY_FIELD_NOUNS = new Set([
  'practices', 'practice', 'procedures', 'procedure', 'standards', 'awareness', 'training', 'policies', 'policy',
  'regulations', 'legislation', 'requirements', 'guidelines', 'guidance', 'checks', 'measures', 'rules', 'matters',
  'issues', 'management', 'culture', 'compliance', 'courses', 'course', 'law', 'systems', 'risks',
]);

/**
 * Whether "safety" follows the word before `to` in its sentence as the field of health and safety:
 * joined by "and" or "&" ("health & safety at all sites"), or after a comma where a list or a noun of
 * the field goes on after it ("health, safety and fire procedures", "health, safety procedures"). "in
 * good health, safety of patients depends on it" starts a new clause, so the health there is the person's.
 */
function safetyAfter(doc: Doc, to: number): boolean {
  const { tokens } = doc;
  const next = tokens[to];
  const and = next !== undefined && next.norm === 'and';
  const safety = and ? tokens[to + 1] : next;
  if (safety === undefined || safety.norm !== 'safety' || safety.sentence !== tokens[to - 1]!.sentence) return false;
  // "health and safety", "health & safety" (the "&" is a gap before "safety", not a word).
  if (and || safety.gap & GAP.AMPERSAND) return true;
  const more = tokens[to + 1];
  if (more === undefined || more.sentence !== safety.sentence) return false;
  return more.norm === 'and' || (more.gap & (GAP.AMPERSAND | GAP.COMMA)) !== 0 || SAFETY_FIELD_NOUNS.has(more.norm);
}

/** A noun for a quality, by its ending: "fitness", "mobility", "resilience". */
const QUALITY_NOUN = /(?:ness|ity|ance|ence)$/;

/** People in general, read as the people a service is for unless an employer wants them ("individuals"). */
const HIRABLE_GROUPS = new Set(['individuals']);

/**
 * Whether the words from `from` to `to` describe people in general whom the employer wants: "we are
 * looking for confident and eager individuals", "seeking highly motivated individuals". Only the
 * adjectives, "for", articles and degree words may stand between the verb of wanting and them, so
 * "looking for ways to help vulnerable individuals" keeps them the people helped.
 */
function wantedGroup(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  // The first noun after them, past other modifiers ("confident and eager individuals").
  let j = to;
  while (j < tokens.length && j < to + HEAD_WINDOW && !isStop(tokens[j]!) && !nounClass(tokens[j]!.base)) j++;
  const group = tokens[j];
  if (!group || group.sentence !== tokens[from]!.sentence || !HIRABLE_GROUPS.has(group.norm)) return false;
  for (let w = from - 1; w >= 0 && w >= from - HEAD_WINDOW && tokens[w]!.sentence === group.sentence; w--) {
    if (isEmployerWanting(doc, w) || isPostFor(doc, w)) return true;
    const t = tokens[w]!;
    if (!(t.norm === 'for' || t.norm === 'and' || t.norm === 'or' || DETERMINERS.has(t.norm) || DEGREE.has(t.norm) || isAdjectiveForm(t.norm))) return false;
  }
  return false;
}

/** Whether "ones" or "one" follows an adjective at `to`, at most one other adjective between: "older ones", "young fit ones". */
function onesAfter(doc: Doc, to: number): boolean {
  const { tokens } = doc;
  for (let j = to; j <= to + 1 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[to - 1]!.sentence || (j > to && t.gap & (GAP.BREAK | GAP.COMMA))) return false;
    if (t.norm === 'ones' || t.norm === 'one') return true;
    if (isStop(t) || nounClass(t.base)) return false;
  }
  return false;
}

/** Words for people by sex or stage that the noun lists count as patients: said before "ones", they are the people talked about ("a student… the younger ones"). */
const SEXED = new Set(['women', 'men', 'girls', 'boys', 'student', 'students', 'learner', 'learners']);
/** Words that join two phrases, never the head of a compound: "three scanners and the older one". */
const JOINERS = new Set(['and', 'or', 'but', '&', 'so', 'then']);
/** How far back the noun "ones" stands for may be: this sentence and the one before. */
const ANTECEDENT_REACH = 30;

/**
 * What "ones" after the adjective at `from` stands for: the nearest noun of a class before it
 * ("children… the younger ones"), or unknown. Unlike "they", words for people by sex stand for the
 * people talked about ("the women struggle and the older ones…").
 */
function onesStandFor(doc: Doc, from: number): Target | 'unknown' {
  const { tokens } = doc;
  const own = tokens[from]!.sentence;
  // A list item is an instruction of its own: "ones" in it does not stand for a noun in the item before.
  const first = tokens[doc.sentenceStart(own)]!.gap & GAP.BULLET ? own : own - 1;
  for (let j = from - 1; j >= 0 && j >= from - ANTECEDENT_REACH && tokens[j]!.sentence >= first; j--) {
    // "We find the younger ones…": the writer, or an illness or a service ("the injuries… the older ones pick up"), is not what "ones" stands for.
    const cls = tokens[j]!.norm === 'we' || tokens[j]!.norm === 'us' ? undefined : nounClass(tokens[j]!.base);
    if (!cls || cls === 'service') continue;
    // "agency temps… the older ones": a noun before another word is its modifier, and the head is what "ones" stands for.
    const next = tokens[j + 1]!;
    const modified = j + 1 < from && next.sentence === tokens[j]!.sentence && !isStop(next) && !JOINERS.has(next.norm) && !nounClass(next.base);
    if (modified && !(next.gap & (GAP.BREAK | GAP.COMMA))) return 'unknown';
    return cls === 'person' || SEXED.has(tokens[j]!.norm) ? 'unknown' : cls;
  }
  return 'unknown';
}

/** Words for people by sex ("girls", "lads", "a lady"): a rule's own phrases, read here for "three ladies and one chap". */
const STAFF_WORDS = new Set(['girl', 'girls', 'lady', 'ladies', 'lad', 'lads', 'chap', 'chaps', 'fella', 'fellas', 'bloke', 'blokes', 'gal', 'gals', 'gents', 'lasses', 'boys', 'gentleman', 'gentlemen', 'sister', 'sisters']);
/** Polite words for one person: "the lady" is someone in particular, "the girls" a group of staff. */
const COURTESY = new Set(['lady', 'gentleman']);
/** Everyday words for one man that carry no belittling, and the words that make him one who was there before. */
const PLAIN_MAN = new Set(['chap', 'fella', 'bloke', 'gent', 'gentleman']);
const FORMER = new Set(['last', 'previous', 'former']);
/** Everyday words for grown men or women at work, which pair into one group: "our lads and lasses", "the guys and gals". */
const WORKMATES = new Set(['lads', 'lasses', 'guys', 'gals', 'blokes', 'chaps', 'fellas']);
export const STAFF_GROUPS = new Set(['team', 'teams', 'staff', 'group', 'bunch', 'crew']);
/** Words between "team of" and the people: "a team of three ladies", "a bunch of lovely lads". */
const GROUP_MODIFIERS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'one', 'a', 'few', 'couple', 'several', 'lovely', 'great', 'friendly', 'young', 'older']);
/** Words that open or close an email to colleagues: "Hi ladies", "Thanks lads". */
const GREETINGS = new Set(['hi', 'hello', 'hey', 'hiya', 'morning', 'afternoon', 'evening', 'dear', 'thanks', 'cheers', 'ta', 'night', 'all']);
/** Verbs of who staffs a place: "run by", "staffed by". */
const RUN_BY = new Set(['run', 'staffed', 'manned', 'led', 'managed']);
/** Words that say whom a job would suit: "ideal for a young lady", "would suit a gentleman". */
const SUITS = new Set(['ideal', 'ideally', 'preferably', 'perfect', 'suit', 'suits', 'suited', 'suitable']);
/** Words after which a "be" says the person would fit the job: "a young lad would be ideal". */
const BEST_FIT = new Set(['ideal', 'perfect', 'best', 'great', 'good', 'better', 'suitable', 'preferable', 'preferred']);
/** Words straight after people that make them the hire: "strong lads preferred", "girl wanted". */
const HIRE_WORDS_AFTER = new Set(['preferred', 'preferably', 'wanted', 'needed', 'required', 'sought']);
/** How far back the wanting verb or the "candidate will be" may be: "we need a bright, friendly young girl". */
const HIRE_WINDOW = 6;

/** Gatherings that a word for people before them names the members of: "the girls club", "lads night". */
const PATIENT_GATHERINGS = new Set(['group', 'groups', 'club', 'clubs', 'session', 'sessions', 'night', 'nights', 'football', 'walk', 'walks']);

/** Whether token j names people at work: "team", "staff", "nurses", "receptionists" (not "people", "patients"). */
const isStaffNoun = (t: Token) => STAFF_GROUPS.has(t.norm) || (nounClass(t.base) === 'person' && !GROUPS.has(t.base) && !INDEFINITES.has(t.base));

/**
 * Whether the word at `from` says what the staff just named are: in a bracket after them ("a team of
 * six nurses (all girls!)", "our dispensary team (three girls and a lad)"), or after "are all" ("our
 * receptionists are all girls").
 */
function describesStaffNamed(doc: Doc, from: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[from]!.sentence;
  for (let j = from; j >= 0 && j >= from - 4 && tokens[j]!.sentence === sentence; j--) {
    if (tokens[j]!.gap & GAP.CLOSE) return false;
    if (tokens[j]!.gap & GAP.OPEN) return j > 0 && tokens[j - 1]!.sentence === sentence && isStaffNoun(tokens[j - 1]!);
  }
  if (tokens[from - 1]?.norm !== 'all' || !BE.has(tokens[from - 2]?.norm ?? '')) return false;
  for (let j = from - 3; j >= 0 && j >= from - 8 && tokens[j]!.sentence === sentence; j--) if (isStaffNoun(tokens[j]!)) return true;
  return false;
}

const FIT_MODALS = new Set(['would', 'will', 'could', 'might']);
/** Where the modal may stand after "with" and its object: "with experience would", "with a forces background would". */
const WITH_REACH = [3, 4, 5, 6];

/**
 * Whether the modal n words after `from` says the person would fit the job: "would suit", "would do",
 * "would be ideal". After a "with" phrase "do" must be "do well" ("a lady with dementia would do better
 * on a quiet bay" is a patient).
 */
function wouldFit(doc: Doc, from: number, n: number): boolean {
  if (!FIT_MODALS.has(wordAfter(doc, from, n))) return false;
  const verb = wordAfter(doc, from, n + 1);
  if (verb === 'do') return n === 1 || wordAfter(doc, from, n + 2) === 'well' || wordAfter(doc, from, n + 3) === 'well';
  return verb === 'suit' || verb === 'fit' || (verb === 'be' && BEST_FIT.has(wordAfter(doc, from, n + 2)));
}

/** The word n tokens after token `from` in its sentence, or ''. */
function wordAfter(doc: Doc, from: number, n: number): string {
  const t = doc.tokens[from + n];
  return t !== undefined && t.sentence === doc.tokens[from]!.sentence ? t.norm : '';
}

/**
 * Whether the word at `from` names the person being hired: the object of an employer's wanting ("we
 * are looking for a girl", "we need a fella") or what the candidate is to be ("the ideal person would
 * be a lady"). Not a person already there ("a lady in the waiting room asked").
 */
function isHire(doc: Doc, from: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[from]!.sentence;
  for (let j = from - 1; j >= 0 && j >= from - HIRE_WINDOW && tokens[j]!.sentence === sentence; j--) {
    const t = tokens[j]!;
    if (RELATIVES.has(t.norm)) return false;
    if (isEmployerWanting(doc, j) || SUITS.has(t.norm)) {
      // "the clinic is suitable for ladies", "ideal for patients": a service and who it is for.
      for (let h = j - 1; h >= 0 && tokens[h]!.sentence === sentence; h--) {
        const cls = nounClass(tokens[h]!.base);
        if (cls === 'service' || cls === 'patient') return false;
      }
      return true;
    }
    if (BE.has(t.norm)) {
      // "candidate will be", "you'll be", "person would be".
      for (let h = j - 1; h >= 0 && h >= j - 3 && tokens[h]!.sentence === sentence; h--) {
        if (HIRED.has(tokens[h]!.norm) || tokens[h]!.norm === "you'll" || tokens[h]!.norm === "you're") return true;
      }
    }
    // A break ("Porter vacancy: strong lads preferred") ends the words before; the words after still count.
    if (t.gap & GAP.BREAK && !(t.gap & GAP.COMMA)) break;
  }
  // The next four words in the sentence ('' past its end).
  const w1 = wordAfter(doc, from, 1);
  const w2 = wordAfter(doc, from, 2);
  const w3 = wordAfter(doc, from, 3);
  const w4 = wordAfter(doc, from, 4);
  // "a young lady would suit the role", "a young lad would be ideal"; a short "with" phrase may stand
  // between: "a chap with a forces background would do very well here".
  if (wouldFit(doc, from, 1) || (w1 === 'with' && WITH_REACH.some((n) => wouldFit(doc, from, n)))) return true;
  // "strong lads preferred", "girls only", "a girl to join our team", "a fella for the job".
  if (HIRE_WORDS_AFTER.has(w1) || (w1 === 'only' && w2 === '')) return true;
  if (w1 === 'to' && ['join', 'cover', 'help', 'run', 'work', 'start', 'do'].includes(w2)) return true;
  // "any chap who applies", "a girl who joins us": someone not yet there, by what they would do.
  if (w1 === 'who' && ['applies', 'apply', 'applied', 'joins', 'join', 'starts', 'gets'].includes(w2)) return true;
  // "a strong lad for the Saturday shift": one word may describe the post.
  if (w1 === 'for' && ['the', 'this', 'our'].includes(w2) && (HIRED_FOR.has(w3) || HIRED_FOR.has(w4))) return true;
  // "plenty of roles for retired ladies", "a job for a strong lad": the post is for them.
  for (let j = from - 1; j >= from - POST_FOR_REACH && tokens[j]?.sentence === sentence; j--) {
    if (tokens[j]!.norm !== 'for') continue;
    const post = tokens[j - 1];
    return post !== undefined && post.sentence === sentence && (HIRED_FOR.has(post.norm) || HIRED_FOR.has(post.norm.slice(0, -1)));
  }
  return false;
}

/** Posts a person may be wanted for: "a lad for the Saturday shift", "roles for retired ladies". */
const HIRED_FOR = new Set(['role', 'job', 'post', 'position', 'shift', 'shifts', 'vacancy']);
/** How far back "for" may be before the person a post is for: "roles for retired ladies", "a job for a strong lad". */
const POST_FOR_REACH = 3;

/** Words that praise or sum up a person in notes: "a good lad", "nice lass", "a real gent". */
const SUMMING_UP = new Set(['good', 'nice', 'lovely', 'great', 'decent', 'sweet', 'real', 'proper', 'smashing', 'sound', 'cracking', 'grand', 'canny', 'pleasant', 'likeable', 'genuine']);
/** Verbs that say what a person is: "seems a good lad", "he's a real gent". */
const IS_A = new Set(['is', "'s", "he's", "she's", 'was', 'seems', 'seemed', 'sounds', 'sounded']);
/** Words after the person that end the summing-up: "a good lad, keen", "nice lass but quiet". */
const SUM_ENDS = new Set(['but', 'though', 'and', 'too', 'overall', 'really', 'honestly']);

/**
 * Whether, in notes on candidates, the word sums one up by sex ("Candidate 3 seems a good lad",
 * "Dr C: a lovely lady, but...", "Nice lass, very quiet"): at the start of a note or after a verb of
 * being, with a word of praise before it and nothing after it in its phrase. Not a person doing
 * something ("a lovely lady came in with her son", "a nice chap from the council rang").
 */
function sumsUpCandidate(doc: Doc, from: number): boolean {
  const { tokens } = doc;
  const t = tokens[from]!;
  if (doc.kind !== 'email' || !SUMMING_UP.has(tokens[from - 1]?.norm ?? '') || tokens[from]!.gap & (GAP.BREAK | GAP.COMMA)) return false;
  const next = tokens[from + 1];
  if (next && next.sentence === t.sentence && !(next.gap & (GAP.BREAK | GAP.COMMA)) && !SUM_ENDS.has(next.norm)) return false;
  let j = from - 2;
  if (tokens[j]?.norm === 'a' && tokens[j]!.sentence === t.sentence && !(tokens[j + 1]!.gap & (GAP.BREAK | GAP.COMMA))) j--;
  const opener = tokens[j + 1]!;
  // The start of a note: the text's, a line's, a sentence's ("… to arrange. A lovely lady, though …"), or
  // after a colon or a dash ("Dr C: a lovely lady").
  if (j < 0 || opener.gap & (GAP.NEWLINE | GAP.BREAK | GAP.BULLET) || tokens[j]!.line !== opener.line || tokens[j]!.sentence !== opener.sentence) return true;
  return IS_A.has(tokens[j]!.norm) && !(opener.gap & GAP.COMMA);
}

/** Verbs of being after a candidate: "he's a big lad", "she seems a slip of a girl". */
const CALLED_BY = new Set(['is', 'was', 'seems', 'seemed', 'sounds', 'sounded', 'looks', 'looked']);
/** Words that may stand between "a" and the word for the person: "a big rugby lad", "a slip of a girl". */
const CALLED_REACH = 4;
/** Modals by which an indefinite person is the hire imagined: "a chap would balance out the team". */
const IMAGINED = new Set(['would', 'could', 'might', "'d"]);
/** Family mentioned, whom a "he" or "she" just after stands for: "a husband (he's a bloke)", "her granddaughter; she is…" (the lexicon's one list of relatives). */
const KIN = ONE_RELATIVE;
/** How far back on its line a "he" or "she" may stand for one of them. */
const KIN_REACH = 8;

/** Whether the "he" or "she" at j is a candidate, not a patient or a referee (meansCandidate) nor one of their family named just before. */
function candidatePronoun(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  for (let h = j - 1; h >= 0 && h >= j - KIN_REACH && tokens[h]!.line === tokens[j]!.line; h--) if (KIN.has(tokens[h]!.base)) return false;
  return meansCandidate(doc, j);
}

/** Words that open a case imagined rather than a hire: "if a lady would like a chaperone". */
const CONDITIONAL_OPENERS = new Set(['if', 'when', 'whenever', 'unless', 'should']);

/** Whether a clause imagines a patient's case: it names a patient or a service, or is opened by "if" ("if a lady would rather see a woman"). */
function patientImagined(doc: Doc, clause: number): boolean {
  const [start, end] = doc.clauseRange(clause);
  for (let k = start; k < end; k++) {
    const t = doc.tokens[k]!;
    const cls = nounClass(t.base);
    if (cls === 'patient' || cls === 'service' || CONDITIONAL_OPENERS.has(t.norm)) return true;
  }
  return false;
}

/**
 * Whether the word at `from` names a particular candidate or the person to be hired by their sex,
 * as what they are called rather than what they do: after a candidate's pronoun and a verb of being
 * ("he's a big rugby lad", "she seems a slip of a girl"); opening a phrase of a note labelled with a
 * candidate ("Applicant 6 - ex-military, big lad, can handle himself"); or imagined in the post ("a
 * chap would balance out the team"). Not a patient or a relative ("her son is a big lad": the
 * pronoun is not the subject), nor a patient's case imagined ("if a lady would like a chaperone").
 */
function namesCandidate(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[from]!.sentence;
  // Back over the words describing them to "a" ("a slip of a" counts as one describing phrase).
  let j = from - 1;
  while (j >= 0 && j >= from - CALLED_REACH && tokens[j]!.sentence === sentence) {
    const w = tokens[j]!.norm;
    if (w === 'a' || w === 'an') {
      if (tokens[j - 1]?.norm === 'of' && tokens[j - 2]?.sentence === sentence) {
        j -= 2;
        continue;
      }
      break;
    }
    if (tokens[j + 1]!.gap & (GAP.BREAK | GAP.COMMA) || DETERMINERS.has(w) || PREPOSITIONS.has(w) || AUXILIARIES.has(w) || nounClass(tokens[j]!.base) !== undefined) break;
    j--;
  }
  const a = tokens[j];
  if (a && (a.norm === 'a' || a.norm === 'an') && a.sentence === sentence && !(tokens[j + 1]!.gap & GAP.BREAK)) {
    const be = tokens[j - 1];
    if (be?.sentence === sentence && (be.norm === "he's" || be.norm === "she's")) return candidatePronoun(doc, j - 1);
    // A pronoun, whose antecedent says whether it is a candidate; a name alone may be a patient's ("Mrs Lowe is a lovely lady").
    const who = tokens[j - 2];
    if (be?.sentence === sentence && CALLED_BY.has(be.norm) && (who?.norm === 'he' || who?.norm === 'she') && who.sentence === sentence) return candidatePronoun(doc, j - 2);
    // "a chap would balance out the team", "another lad could do nights".
    const after = tokens[to];
    if (j === from - 1 && after?.sentence === sentence && IMAGINED.has(after.norm) && doc.kind === 'email' && !patientImagined(doc, tokens[from]!.clause)) return true;
  }
  // A phrase of its own in a note labelled with a candidate: "Applicant 6 - ex-military, big lad, can lift".
  const next = tokens[to];
  const ownPhrase = next === undefined || next.sentence !== sentence || (next.gap & (GAP.BREAK | GAP.COMMA)) !== 0;
  if (ownPhrase && noteAbout(doc, from) >= 0) {
    let h = from;
    while (h > from - 3 && h > 0 && tokens[h - 1]!.sentence === sentence && !(tokens[h]!.gap & (GAP.BREAK | GAP.COMMA)) && !DETERMINERS.has(tokens[h - 1]!.norm) && nounClass(tokens[h - 1]!.base) === undefined) h--;
    if (h === 0 || tokens[h - 1]!.sentence !== sentence || tokens[h]!.gap & (GAP.BREAK | GAP.COMMA)) return true;
  }
  return false;
}

/** How far after "apply" a service or a patient says what is applied for: "apply for a place at the clinic". */
const APPLIED_FOR_REACH = 6;
/** Words by which a "Calling all …" sentence asks people to apply: "apply", "join us", "come back to nursing". */
const CALLED_TO_JOB = new Set(['apply', 'applying', 'application', 'applications', 'join', 'joining', 'career', 'careers', 'return', 'returning', 'returner', 'returners', 'back', 'vacancy', 'vacancies', 'post', 'posts', 'role', 'roles', 'job', 'jobs', 'recruiting', 'hiring']);

/**
 * Whether the people at [from, to) are those an advert invites or turns away: "ladies are welcome
 * to apply", "lads need not apply". Not a group paired with another ("girls and boys can apply"),
 * nor one applying for a service ("apply for a place at the youth clinic").
 */
function invitedToApply(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[from]!.sentence;
  const before = tokens[from - 1]?.norm;
  if (before === 'and' || before === 'or') return false;
  // "Calling all ladies who have been away from nursing: come back": a call to apply, when the sentence speaks of
  // a job, unless to a service's event ("Calling all ladies: our menopause café meets on Thursdays" recruits no one).
  if (before === 'all' && tokens[from - 2]?.norm === 'calling' && tokens[from - 2]!.sentence === sentence) {
    const [start, end] = doc.sentenceRange(sentence);
    let recruits = false;
    for (let h = start; h < end; h++) {
      const cls = nounClass(tokens[h]!.base);
      if (h >= to && h <= to + APPLIED_FOR_REACH && (cls === 'service' || cls === 'patient')) return false;
      if (CALLED_TO_JOB.has(tokens[h]!.norm)) recruits = true;
    }
    return recruits;
  }
  for (let k = to; k < to + 4 && tokens[k]?.sentence === sentence; k++) {
    if (k > to && tokens[k]!.gap & (GAP.BREAK | GAP.COMMA)) return false;
    if (tokens[k]!.norm !== 'apply' && tokens[k]!.norm !== 'applying') continue;
    for (let h = k + 1; h <= k + APPLIED_FOR_REACH && tokens[h]?.sentence === sentence; h++) {
      const cls = nounClass(tokens[h]!.base);
      if (cls === 'service' || cls === 'patient') return false;
    }
    return true;
  }
  return false;
}

/** Words that put people at their place of work: "the girls on reception", "the lads in estates". */
const AT_PLACE = new Set(['on', 'in', 'at', 'from', 'behind', 'down', 'up', 'over']);
/** The work group people are in or on: "the lads and girls in the team", "the girls on the crew" (not a "group", which may be patients'). */
const ROSTERS = new Set(['team', 'teams', 'crew', 'crews', 'rota']);

/** Words that describe people as cared for or served: "are elderly", "feel comfortable asking", "are often confused". */
const CARED_FOR = new Set(['elderly', 'frail', 'confused', 'unwell', 'poorly', 'admitted', 'discharged', 'housebound', 'bedbound']);
/** What people served feel at ease doing: "feel comfortable asking", not staff "comfortable with SystmOne". */
const AT_EASE = new Set(['asking', 'talking', 'coming', 'discussing', 'seeing', 'speaking']);
/** How far after the word for people its description may be: "the ladies on the ward are elderly". */
const CARED_FOR_REACH = 6;

/** Whether the words after token `to` in its sentence describe the people just named as cared for. */
function describedAsCaredFor(doc: Doc, to: number, match: Token): boolean {
  for (let j = to; j < to + CARED_FOR_REACH && inSentenceOf(doc.tokens[j], match); j++) {
    const w = doc.tokens[j]!.norm;
    if (CARED_FOR.has(w) || (w === 'comfortable' && (AT_EASE.has(doc.tokens[j + 1]?.norm ?? '') || servedBy(doc, j + 1)))) return true;
  }
  return false;
}

/** Whether people who serve follow "comfortable" at k: "comfortable with women cleaning", "comfortable with a female nurse" (not "with SystmOne"). */
function servedBy(doc: Doc, k: number): boolean {
  if (doc.tokens[k]?.norm !== 'with') return false;
  for (let j = k + 1; j < k + 4 && inSentenceOf(doc.tokens[j], doc.tokens[k]!); j++) {
    const cls = nounClass(doc.tokens[j]!.base);
    if (cls === 'person' || GROUPS_OF_SEX.has(doc.tokens[j]!.norm) || ONE_OF_SEX.has(doc.tokens[j]!.norm)) return true;
    if (cls !== undefined) return false;
  }
  return false;
}

/** Whether token t is in the same sentence as `match`. */
const inSentenceOf = (t: Token | undefined, match: Token) => t !== undefined && t.sentence === match.sentence;

/**
 * Whether a word for people ("girls", "ladies", "lads") is about staff: "our girls", "the ladies on
 * reception", "office girls", "join the lads". Patient groups ("girls aged 12 to 13", "teenage
 * girls", "women and girls", "the girls' clinic") are not.
 */
/** Whether a capitalised token is written with its capital, not for a sentence's start. */
const capitalised = (doc: Doc, k: number) => {
  const first = doc.text.charAt(doc.tokens[k]!.start);
  return first !== first.toLowerCase();
};

/**
 * Whether the word at `from` is a surname: capitalised where no capital is due, straight after
 * another capitalised word that is no greeting ("send your CV to Joy Gentleman", not "Hi Ladies").
 */
function surnameAfterGivenName(doc: Doc, from: number): boolean {
  const before = doc.tokens[from - 1];
  if (!before || before.sentence !== doc.tokens[from]!.sentence || doc.tokens[from]!.gap & (GAP.COMMA | GAP.BREAK)) return false;
  return capitalised(doc, from) && !doc.expectsCapital(from) && capitalised(doc, from - 1) && !GREETINGS.has(before.norm) && !DETERMINERS.has(before.norm);
}

/** Verbs of an employer's experience of its hires, and the words of how often: "we usually find girls who…". */
const FINDING = new Set(['find', 'found', 'finds']);
const FREQUENCY = new Set(['usually', 'often', 'always', 'generally', 'normally', 'typically']);
/** What the employer finds its hires do in the work: "do really well", "fit in", "thrive". */
const DOING_WELL: string[][] = ['do well', 'does well', 'do really well', 'do best', 'work well', 'fit in', 'fit in well', 'thrive', 'get on well'].map((p) => p.split(' '));

/** "We usually find girls who are bubbly do really well": who the employer finds does well in the work are its hires. */
function foundToDoWell(doc: Doc, from: number): boolean {
  const { tokens } = doc;
  const verb = from - 1;
  if (!FINDING.has(tokens[verb]?.norm ?? '')) return false;
  const who = FREQUENCY.has(tokens[verb - 1]?.norm ?? '') ? verb - 2 : verb - 1;
  if (SUBJECT_PRONOUNS.get(tokens[who]?.norm ?? '') !== 'organisation') return false;
  const [, sentenceEnd] = doc.sentenceRange(tokens[from]!.sentence);
  return doc.hasPhrase(from, sentenceEnd, DOING_WELL);
}

/** Words that carry on a sentence spoken to its readers: "Girls, please…", "Lads, can someone…". */
const TO_READERS = new Set(['please', 'can', 'could', 'would', 'will', "don't", 'do', 'remember', 'make', 'just', 'i', "i'm", "i'll", 'we', "we're", 'you', "you're", 'let', 'thanks', 'thank', 'sorry']);

/**
 * An e-mail that turns to its readers by a word for them at a sentence's start, a comma after it and
 * then what is asked or said to them ("Girls, please don't all ask for New Year off"), or calls them so
 * after "you" ("I'll share it with you girls", "can you ladies cover Friday"): the readers are staff. A
 * list of people ("Girls, boys and parents are welcome") carries on with no such word.
 */
function addressesReaders(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  const word = tokens[from]!;
  const next = tokens[to];
  if (doc.kind !== 'email' || to - from !== 1) return false;
  // (Plural only: "you girls", "you ladies"; "you lad" is not how a group is called.)
  if (word.norm.endsWith('s') && tokens[from - 1]?.norm === 'you' && tokens[from - 1]!.sentence === word.sentence && !(word.gap & GAP.COMMA)) return true;
  return (
    (from === 0 || tokens[from - 1]!.sentence !== word.sentence) &&
    next !== undefined &&
    next.sentence === word.sentence &&
    (next.gap & GAP.COMMA) !== 0 &&
    TO_READERS.has(next.norm)
  );
}

/**
 * An e-mail's greeting or sign-off to colleagues at `from`: "Hi ladies,", "Morning girls", "Thanks lads"
 * ("Hi all lads and lasses,": "all" may stand between), opening its line or after "good", or its call-out ("Calling all girls").
 */
function greetsColleagues(doc: Doc, from: number): boolean {
  const { tokens } = doc;
  // "Calling all bank girls!": a call-out to the staff a message goes to, one word of their work between.
  const all = tokens[from - 1]?.norm === 'all' ? from - 1 : tokens[from - 2]?.norm === 'all' && tokens[from - 2]!.sentence === tokens[from]!.sentence ? from - 2 : -1;
  if (doc.kind === 'email' && all > 0 && tokens[all - 1]!.norm === 'calling') return true;
  const hail = tokens[from - 1]?.norm === 'all' ? from - 2 : from - 1;
  const greeting = tokens[hail];
  return doc.kind === 'email' && greeting !== undefined && GREETINGS.has(greeting.norm) && (hail === 0 || tokens[hail - 1]!.line !== greeting.line || tokens[hail - 1]!.norm === 'good');
}

/** How many describing words may stand between "of" and the people in "we're a bunch of young, fun girls". */
const WE_ARE_WORDS = 3;

/**
 * Whether a word between "of" and the people may only describe them ("young", "fun", "chatty"): no
 * preposition, no verb in -ing and no noun of people, which would start another phrase ("a team of
 * nurses supporting girls aged 13 to 17").
 */
const describingWord = (t: Token) => !PREPOSITIONS.has(t.norm) && !t.norm.endsWith('ing') && nounClass(t.base) === undefined && !STAFF_WORDS.has(t.norm);

/**
 * Whether the writer's own side says what it is with the word: "we're a bunch of young, fun girls", "we
 * are a small team of lads". "We" are the staff, whatever words describe them between "of" and the word.
 */
function weAreAGroupOf(doc: Doc, from: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[from]!.sentence;
  let k = from - 1;
  while (k > from - 1 - WE_ARE_WORDS && tokens[k]?.sentence === sentence && tokens[k]!.norm !== 'of' && describingWord(tokens[k]!)) k--;
  if (tokens[k]?.norm !== 'of' || tokens[k]!.sentence !== sentence || !STAFF_GROUPS.has(tokens[k - 1]?.norm ?? '')) return false;
  // "a bunch of", "a small team of": an article, maybe one describing word, then the verb.
  let j = k - 2;
  if (tokens[j]?.norm !== 'a') j--;
  if (tokens[j]?.norm !== 'a') return false;
  const verb = tokens[j - 1]?.norm ?? '';
  return verb === "we're" || (verb === 'are' && tokens[j - 2]?.norm === 'we');
}

export function isAboutStaff(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  const match = tokens[to - 1]!;
  const next = tokens[to];
  // "our lads and lasses", "the lads and girls": a pair with an everyday word for grown workmates is one group, read as a
  // whole (not "girls and boys", who may be patients).
  const partner = tokens[to + 1]?.norm ?? '';
  if (WORKMATES.has(match.norm) && inSentenceOf(next, match) && next!.norm === 'and' && (WORKMATES.has(partner) || STAFF_WORDS.has(partner)) && inSentenceOf(tokens[to + 1], match)) return isAboutStaff(doc, from, to + 2);
  // "the last chap you sent", "our previous fella": one worker who has been and gone, called by an
  // everyday word for a man that does not belittle (as "lad" and "girl" do), is described, not named by sex.
  if (to - from === 1 && PLAIN_MAN.has(match.norm) && FORMER.has(tokens[from - 1]?.norm ?? '')) return false;
  // "a friendly team of ladies", "a team of three ladies", "staff of lads", "a lively office of girls".
  const counted = GROUP_MODIFIERS.has(tokens[from - 1]?.norm ?? '') ? 1 : 0;
  const group = tokens[from - 2 - counted]?.norm ?? '';
  if (tokens[from - 1 - counted]?.norm === 'of' && (STAFF_GROUPS.has(group) || WORKPLACES.has(group))) return true;
  if (weAreAGroupOf(doc, from)) return true;
  if (describesStaffNamed(doc, from)) return true;
  if (surnameAfterGivenName(doc, from)) return false;
  // A patient group: possessive before a service noun, an age, or a pairing with another patient group; but "the
  // girls' team", "our lads' crew" name the workforce by its own noun (not "the girls' netball team").
  if (match.norm.endsWith("s'") || match.norm.endsWith("'s")) return staffByPossessive(doc, from, to);
  // What a candidate is called, before any reading of a patient group: "she's a slip of a girl and...".
  if (namesCandidate(doc, from, to)) return true;
  // "Hi girls (and Tom!)": an e-mail's greeting to colleagues, whoever is added after it.
  if (greetsColleagues(doc, from)) return true;
  // "we'd love a bubbly girl aged 25 to 40": one person wanted, before an age reads the word as a patient group.
  if (to - from === 1 && next?.norm === 'aged' && ONE_OF_SEX.has(match.norm) && wantedPeople(doc, from)) return true;
  if (inSentenceOf(next, match) && (next!.norm === 'aged' || next!.norm === 'and' || next!.norm === 'under' || next!.norm === 'over')) return false;
  // "the girls' clinic", "the young lads group", "a girls football club".
  if (inSentenceOf(next, match) && (nounClass(next!.base) === 'service' || PATIENT_GATHERINGS.has(next!.norm))) return false;
  // "the ladies on the ward are elderly", "so the ladies feel comfortable asking": people cared for, not staff
  // (a hire is "a girl who is comfortable with…", never "the").
  if (tokens[from - 1]?.norm === 'the' && describedAsCaredFor(doc, to, match)) return false;
  if (putToWork(doc, to)) return true;
  // The person hired: "we need a girl who", "the successful candidate will be a young lady".
  if (isHire(doc, from) || sumsUpCandidate(doc, from) || invitedToApply(doc, from, to)) return true;
  if (foundToDoWell(doc, from)) return true;
  if (addressesReaders(doc, from, to)) return true;
  // The word alone on an e-mail's line, as its greeting: "Lads," at the top, or under the headers with its comma.
  if (
    doc.kind === 'email' &&
    to - from === 1 &&
    (from === 0 || tokens[from - 1]!.line !== match.line) &&
    (next === undefined || next.line !== match.line) &&
    (tokens[from]!.line <= tokens[0]!.line + 2 || (next !== undefined && (next.gap & GAP.COMMA) !== 0))
  )
    return true;
  let k = from - 1;
  let determiner = false;
  while (k >= 0 && k >= from - 4 && inSentenceOf(tokens[k], match)) {
    const t = tokens[k]!;
    if (t.norm === 'and' || t.norm === 'or') {
      // "three ladies and one chap": joined to staff, it is staff; "women and girls" is a patient group.
      let j = k - 1;
      if (GROUP_MODIFIERS.has(tokens[j]?.norm ?? '')) j--;
      // "a young crew and all girls": joined to a team, it says who the team are.
      if (j >= 0 && inSentenceOf(tokens[j], match) && STAFF_GROUPS.has(tokens[j]!.norm) && tokens[k + 1]?.norm === 'all') return true;
      // "strong lads for the pot wash and girls for the tea trolleys": a second group put to work beside the first.
      if (next?.norm === 'for' && inSentenceOf(next, match)) {
        for (let f = j; f > j - 4 && f > 0 && inSentenceOf(tokens[f], match); f--) {
          if (tokens[f]!.norm !== 'for') continue;
          if (WORKMATES.has(tokens[f - 1]!.norm) && isAboutStaff(doc, f - 1, f)) return true;
          break;
        }
      }
      return j >= 0 && inSentenceOf(tokens[j], match) && (STAFF_WORDS.has(tokens[j]!.norm) || WORKMATES.has(tokens[j]!.norm)) && isAboutStaff(doc, j, j + 1);
    }
    if (WORKPLACES.has(t.norm)) return true;
    // "the Harrison boys", "the Okafor girls": a family's children, named by their surname.
    if (t.shape & SHAPE.CAP && !doc.expectsCapital(k) && (doc.nameKind(k) === NAME.PROPER || doc.nameKind(k) === NAME.PERSON)) return false;
    // "the dispensary is run by three lovely ladies", "a team made up of girls".
    if ((t.norm === 'by' && RUN_BY.has(tokens[k - 1]?.norm ?? '')) || (t.norm === 'of' && tokens[k - 1]?.norm === 'up' && tokens[k - 2]?.norm === 'made')) return true;
    if (t.norm === 'our' || t.norm === 'the' || t.norm === 'my' || t.norm === 'your' || t.norm === 'these' || t.norm === 'those') {
      determiner = true;
      break;
    }
    // A compound made with hyphens describes them ("the front-of-house girls"): its "of" opens no phrase.
    const compound = (t.gap & GAP.HYPHEN) !== 0 || (tokens[k + 1]!.gap & GAP.HYPHEN) !== 0;
    if (nounClass(t.base) === 'patient' || (!compound && (PREPOSITIONS.has(t.norm) || AUXILIARIES.has(t.norm)))) break;
    k--;
  }
  // "the girls on reception", "the lads in estates", "some lovely girls in anaesthetics"; not "a lovely lady rang the ward", who did something there.
  if (inSentenceOf(next, match) && AT_PLACE.has(next!.norm))
    for (let j = to + 1; j < to + 3 && inSentenceOf(tokens[j], match); j++) if (WORKPLACES.has(tokens[j]!.norm) || ((DEPARTMENTS.has(tokens[j]!.norm) || ROSTERS.has(tokens[j]!.norm)) && next!.norm !== 'from')) return true;
  // "the lady from the lab", "the gentleman who rang": one particular person named politely, not staff.
  // "the girls' HPV programme … working with the girls": "the" refers back to those the text's service is for.
  return determiner && !(tokens[k]!.norm === 'the' && (COURTESY.has(match.norm) || servedElsewhere(doc, match)));
}

/** Determiners before a group's possessive that name a team of one's own: "the girls' team", "our lads' crew". */
const OWN_TEAM = new Set(['the', 'our', 'my', 'your']);

/** Words of a sports side, by which "the girls' team" is a club's: "won the cup", "the league". */
const CONTESTS = new Set(['club', 'league', 'cup', 'match', 'matches', 'tournament', 'squad', 'coach', 'coaching']);

/** Words that give the ages of the young people a team serves: "the girls' team sees young women aged 13 to 17". */
const YOUNG_SERVED = new Set(['aged', 'adolescent', 'adolescents', 'teenagers', 'teenage', 'pupils', 'schoolgirls', 'schoolboys']);

/**
 * Whether a group's possessive names staff: a determiner, then a staff group's noun straight after, in a sentence
 * of no sport and naming no young people served by age.
 */
function staffByPossessive(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  const next = tokens[to];
  if (!OWN_TEAM.has(tokens[from - 1]?.norm ?? '') || !inSentenceOf(next, tokens[from]!) || !STAFF_GROUPS.has(next!.norm)) return false;
  const end = doc.sentenceEnd(tokens[from]!.sentence);
  for (let k = doc.sentenceStart(tokens[from]!.sentence); k < end; k++) {
    const w = tokens[k]!.norm;
    if (GAMES.has(w) || CONTESTS.has(w) || YOUNG_SERVED.has(w)) return false;
  }
  return true;
}

/** How many words after a group's possessive its service's noun may come: "the girls' HPV vaccination programme". */
const SERVICE_REACH = 3;

/** A group's possessive, by which a text names a service for them: "the girls' clinic", "the lads' group". */
const GROUP_POSSESSIVES = new Set([...STAFF_WORDS].flatMap((w) => [`${w}'`, `${w}'s`]));
/** Words of work in the sentence that keep "the girls" staff however near such a service: "best admin team", "leave at 5". */
const STAFF_CUES = new Set([...ROSTERS, 'rotas', 'shift', 'shifts', 'admin', 'leave']);

/**
 * Whether the text has just named a service for the group the word names, by its possessive ("the girls'
 * HPV programme … working with the girls"): in the same paragraph or the sentence before, and with no word
 * of staff at work in the word's sentence ("I'd leave it" keeps wording, no leave taken).
 */
function servedElsewhere(doc: Doc, match: Token): boolean {
  const { tokens } = doc;
  let served = false;
  for (const k of doc.tokensWith(GROUP_POSSESSIVES)) {
    const t = tokens[k]!;
    if (t.sentence > match.sentence || served) break;
    if (t.base !== match.norm || (t.line !== match.line && t.sentence !== match.sentence - 1)) continue;
    for (let j = k + 1; j <= k + SERVICE_REACH && inSentenceOf(tokens[j], t); j++) {
      served ||= nounClass(tokens[j]!.base) === 'service' || PATIENT_GATHERINGS.has(tokens[j]!.norm);
    }
  }
  if (!served) return false;
  const end = doc.sentenceEnd(match.sentence);
  for (let j = doc.sentenceStart(match.sentence); j < end; j++) {
    const t = tokens[j]!;
    if (STAFF_CUES.has(t.norm) && !(t.norm === 'leave' && THING_PRONOUNS.has(tokens[j + 1]?.norm ?? ''))) return false;
  }
  return true;
}

/** Kinds of work people are steered to besides the places in WORKPLACES and DEPARTMENTS: "girls for nursing". */
const WORK_KINDS = new Set(['nursing', 'caring', 'care', 'cleaning', 'lifting', 'driving', 'security', 'healthcare', 'midwifery', 'domestics', 'clerical', 'admin']);
/** How far past the word a relative clause may run before the work it is put to: "girls who like caring for nursing". */
const STEER_REACH = 5;

/**
 * Whether the people named at `to` are put to a kind of work: "strong lads for portering and estates",
 * "girls who like caring for nursing" (straight after the word, or after a short clause of who they are).
 */
function putToWork(doc: Doc, to: number): boolean {
  const { tokens } = doc;
  const match = tokens[to - 1]!;
  const next = tokens[to];
  if (!inSentenceOf(next, match) || next!.gap & GAP.COMMA || (next!.norm !== 'for' && !RELATIVES.has(next!.norm))) return false;
  for (let j = to; j < to + STEER_REACH && inSentenceOf(tokens[j + 1], match) && !(tokens[j + 1]!.gap & GAP.COMMA); j++) {
    if (tokens[j]!.norm !== 'for') continue;
    const at = tokens[j + 1]!.norm === 'the' ? j + 2 : j + 1;
    const area = tokens[at];
    // The work itself, not what it names ("advice for nursing mothers", "cleaning of wounds").
    const after = tokens[at + 1];
    const named = inSentenceOf(after, match) && (after!.norm === 'of' || nounClass(after!.base) === 'patient');
    if (area && !named && (WORKPLACES.has(area.norm) || DEPARTMENTS.has(area.norm) || WORK_KINDS.has(area.norm))) return true;
  }
  return false;
}

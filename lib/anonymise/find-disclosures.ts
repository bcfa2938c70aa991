import { alternation, phraseList } from './alternation';
import { isSpaceAt } from './chars';
import concepts from './data/disclosure-concepts.json';
import demonymData from './data/demonyms.json';
import religionData from './data/religion-terms.json';
import { ETHNIC_GROUPS } from './find-ethnicity';
import { makeSpan } from './make-span';
import { matchAll, matchPhrases } from './match-all';
import { nameLexicon } from './name-lexicon';
import { REDACTION_KINDS, type RedactionType } from './redaction-type';
import { isEdge } from './sentence-bounds';
import type { Span } from './span';
import { charTest, leadingLength, trailingLength } from './trim-chars';

type Field = keyof typeof concepts.possessed | keyof typeof concepts.told;

const lower = (phrase: string) => phrase.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
const FIELD_OF = new Map<string, Field>();
for (const [field, nouns] of Object.entries(concepts.possessed)) for (const noun of nouns) FIELD_OF.set(lower(noun), field as Field);

/** "my second", "our little girl", "my own faith", "my late husband's": a noun the writer possesses, with up to two modifiers. */
const POSSESSED = new RegExp(
  `(?<![\\p{L}])(?:[Mm]y|[Oo]ur|MY|OUR)[ \\t\\n]+(?:(?:${alternation(concepts.modifiers)})[ \\t\\n-]+){0,2}(${alternation(Object.values(concepts.possessed).flat())})(?![\\p{L}-])`,
  'giu',
);
/** "both kids", "the twins", "all three children": children the writer need not call their own. */
const DETERMINED = /(?<![\p{L}])(?:[Bb]oth|[Aa]ll[ \t]+(?:two|three|four)|[Tt]he)[ \t\n]+(kids|twins|little[ \t]+ones?)(?![\p{L}-])|(?<![\p{L}])(?:[Bb]oth|[Aa]ll[ \t]+(?:two|three|four))[ \t\n]+(children|boys|girls)(?![\p{L}-])/gu;
/**
 * Words of each concept field, as written (festivals and "Pride" capitalised) or, for those in lower
 * case, with a capital too. One pattern a field: all in one grew past what the ReDoS checker decides in time.
 */
const TOLD = Object.entries(concepts.told).map(
  ([field, words]) =>
    [
      field as Field,
      phraseList([...words, ...words.filter((w) => /^\p{Ll}/u.test(w)).map((w) => w[0]!.toUpperCase() + w.slice(1))], '(?<![\\p{L}+])', '(?![\\p{L}+-])', 'gu'),
    ] as const,
);
/** A medicine the writer is on or takes: "on a low dose of sertraline", "I take levothyroxine" (not "EMIS searches for methotrexate"). */
const ON_MEDICINE = new RegExp(
  `(?<![\\p{L}])(?:on|take|takes|taking|took)[ \\t\\n]+(?:(?:a|an)[ \\t\\n]+)?(?:(?:low|small|high|daily|maintenance)[ \\t\\n]+)?(?:dose[ \\t\\n]+of[ \\t\\n]+)?(?:${alternation(concepts.medicines)})(?![\\p{L}-])`,
  'giu',
);
const OTHERS = new Set(concepts.others.map(lower));
const WORK_VERBS = new Set(concepts.workVerbs.map(lower));
const WORK_AFTER = new Set(concepts.workAfter.map(lower));
const ROLE_VERBS = new Set(concepts.roleVerbs.map(lower));
const VERBS = new Set(concepts.verbs.map(lower));
/** What a patient has at a clinic or unit: "my IVF clinic appointments" are the writer's care. */
const VISITS = new Set(['appointment', 'appointments', 'visit', 'visits', 'treatment', 'cycle', 'cycles', 'scan', 'scans']);
/** Whether "my" opens the concept and a patient's visit follows its place's word ("my IVF unit appointments"). */
function ownVisits(words: readonly Token[], at: number, to: number, lo: number, last: number): boolean {
  return at > lo && words[at - 1]!.bare === 'my' && to + 2 <= last && VISITS.has(words[to + 2]!.bare);
}
/** Words that end a clause before them. "and" ends one only before a new subject or verb (see `endsClause`). */
const SUBORDINATORS = new Set(['but', 'so', 'because', 'which', 'who', 'whom', 'that', 'whereas', 'although', 'though', 'while', 'whilst', 'where', 'when', 'once', 'if', 'how', 'what', 'why']);
/** Prepositions that open a clause only before a subject ("after [my second was born]", not "after a long period of burnout"). */
/** Words that may follow a relative or a faith without making it a modifier ("my psychiatrist twice a year", not "my partner practice"). */
const AFTER_NOUN = new Set(['in', 'at', 'to', 'for', 'with', 'from', 'on', 'since', 'and', 'or', 'twice', 'once', 'every', 'each', 'regularly', 'again', 'too', 'as', 'still', 'now', 'weekly', 'monthly', 'often', 'sometimes', 'who', 'which', 'that']);
/** Fields whose possessed nouns are people, who act ("my wife teaches"). */
const PEOPLE = new Set<Field>(['dependants', 'marital-status']);
const TIME_WORDS = new Set(['after', 'before', 'since', 'until']);
/** Posts and services named after a group of parents ("teenage mum support worker", "young parent service"): work with them, not the writer's family. */
const PARENT_POSTS = new Set(concepts.parentPosts);
/** What breaks down without being anyone's health: "a communication breakdown", "the system breakdown". */
const THING_BROKEN = new Set(['communication', 'communications', 'system', 'systems', 'equipment', 'vehicle', 'car', 'van', 'machine', 'service', 'process', 'network', 'cost', 'data', 'it', 'pump', 'boiler', 'lift']);
/** Words after "on the way" or "on its way" that make it a journey or progress: "on the way to a career", "on my way home". */
const JOURNEY_AFTER = new Set(['to', 'towards', 'toward', 'home', 'back', 'out', 'into', 'up', 'down', 'there', 'here', 'from', 'through']);
/** Verbs of going that make "back home" a return to a house ("moved back home at 47"), not a country, unless a place follows. */
const GOING = new Set(['moved', 'move', 'moving', 'came', 'come', 'coming', 'went', 'go', 'going', 'got', 'get', 'getting', 'headed', 'drove', 'flew', 'travelled', 'traveled']);
const ADVERBS = new Set(['also', 'currently', 'usually', 'often', 'sometimes', 'normally', 'mostly', 'still', 'now']);
/** Words after "and" that open another clause ("and my…", "and then…"), besides a subject or a verb. */
const NEW_CLAUSE_AFTER_AND = new Set(['my', 'our', 'the', 'both', 'her', 'his', 'their', 'then', 'also', 'now', 'still']);
const CONJUNCTIONS = new Set(['and', 'then', 'but', 'so']);
const CLAUSE_SUBJECTS = new Set(['i', 'we', 'my', 'our', 'he', 'she', 'they', 'it', 'his', 'her', 'their']);
/** Words a span does not start with: "in [weekly therapy]", "at [Eid]". */
const LEADING_FUNCTION_WORDS = new Set(['in', 'at', 'on', 'during', 'for', 'over', 'and', 'then', 'with', 'to']);
const SUBJECTS = new Set(['i', "i'm", "i've", "i'd", 'we', "we're", "we've"]);
const AUXILIARIES = new Set(['am', 'was', 'have', 'had', 'do', 'did', 'will', 'would', 'can', 'could', "don't", "didn't", "won't", 'are', 'were']);
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|MY|[Mm]yself|[Ww]e|[Oo]ur|us)(?![\p{L}'’])/u;
/** A clause longer than this many words says more than the disclosure: only its concept goes. */
const MAX_PREDICATE = 12;
/** The concept must come this early in the predicate for the predicate to be about it. */
const MAX_LEAD = 8;
/** One character of punctuation that closes a word ("year.", "work)"); runs are trimmed with `trim-chars.ts`, which stays linear. */
const CLOSING = charTest('.,;:!?)"”]');
const OPENING = charTest('("“[');
const closed = (word: string) => CLOSING.test(word[word.length - 1] ?? '');

interface Token {
  text: string;
  start: number;
  end: number;
  /** In lower case, without the punctuation around it: what the word lists are compared with. */
  bare: string;
}

/** The pattern only for a word that ends as it must: these are tested for every word a clause is read over. */
const isVerb = (word: string) => VERBS.has(word) || (word.endsWith('ed') && /^[\p{Ll}]{3,}ed$/u.test(word));
/** A verb of the list, in the past, or in the present after a person: "works", "teaches". */
const isVerbLike = (word: string) => isVerb(word) || (word.endsWith('s') && /^\p{Ll}{3,}s$/u.test(word));

/** Every word of the text (a run of characters that are no blank), read once, in code. */
function tokens(text: string): Token[] {
  const all: Token[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpaceAt(text, i)) i++;
    if (i === text.length) break;
    const start = i;
    while (i < text.length && !isSpaceAt(text, i)) i++;
    const word = text.slice(start, i);
    const from = leadingLength(word, OPENING);
    const to = word.length - trailingLength(word.slice(from), CLOSING);
    // `lower` without its blanks, which a word has none of.
    const bare = word.slice(from, to).toLowerCase();
    all.push({ text: word, start, end: i, bare: bare.includes('’') ? bare.replace(/’/g, "'") : bare });
  }
  return all;
}

/** A sentence is read at most this many words either side of a concept. */
const REACH = 30;

const SENTENCE_STOP = charTest('.;!?');

/**
 * The words' sentences and clause breaks, read once: for each word, the indices of the first and
 * last words of its sentence, and whether a clause breaks between it and the next word (punctuation
 * after it or opening the next, or a line break that ends a sentence: see `clauseAround`).
 */
function breaks(text: string, all: Token[]): { sentenceFirst: Int32Array; sentenceLast: Int32Array; clauseBreak: Uint8Array; ends: Uint8Array } {
  const sentenceFirst = new Int32Array(all.length);
  const sentenceLast = new Int32Array(all.length);
  const clauseBreak = new Uint8Array(all.length);
  const sentenceBreak = new Uint8Array(all.length);
  for (let i = 0; i < all.length; i++) {
    if (i === 0) {
      sentenceBreak[i] = 1;
      continue;
    }
    const previous = all[i - 1]!;
    let lineEdge = false;
    for (let c = previous.end; c < all[i]!.start && !lineEdge; c++) if (text[c] === '\n' && isEdge(text, c)) lineEdge = true;
    const stop = previous.text.slice(-2);
    sentenceBreak[i] = lineEdge || SENTENCE_STOP.test(stop[0] ?? '') || SENTENCE_STOP.test(stop[1] ?? '') ? 1 : 0;
    clauseBreak[i - 1] = lineEdge || closed(previous.text) || OPENING.test(all[i]!.text[0] ?? '') ? 1 : 0;
  }
  for (let i = 0; i < all.length; i++) sentenceFirst[i] = sentenceBreak[i] ? i : sentenceFirst[i - 1]!;
  // Whether a clause ends before each word, given the word after it (1) or not (2): `endsClause` read once a word, not at every step of every concept's clause.
  const ends = new Uint8Array(all.length);
  for (let i = 0; i < all.length; i++) ends[i] = (i + 1 < all.length && endsClause(all[i]!, all[i + 1]) ? 1 : 0) | (endsClause(all[i]!, undefined) ? 2 : 0);
  for (let i = all.length - 1; i >= 0; i--) sentenceLast[i] = i + 1 < all.length && !sentenceBreak[i + 1] ? sentenceLast[i + 1]! : i;
  return { sentenceFirst, sentenceLast, clauseBreak, ends };
}

/** The index of the first token ending after `offset` (binary search). */
function tokenAt(all: Token[], offset: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a clause ends just before `next` (given the word after it): a subordinator, a new subject, or "and" before one. */
function endsClause(next: Token, after: Token | undefined): boolean {
  const word = next.bare;
  if (SUBORDINATORS.has(word) || SUBJECTS.has(word) || (TIME_WORDS.has(word) && after !== undefined && CLAUSE_SUBJECTS.has(after.bare))) return true;
  if (word !== 'and' || !after) return false;
  const following = after.bare;
  return SUBJECTS.has(following) || NEW_CLAUSE_AFTER_AND.has(following) || isVerb(following);
}

/**
 * The first and last words of the clause around `words[index]`, within words lo to hi (its sentence): it starts
 * after punctuation or a subordinator ("after", "because"…), or at a subject ("I", "we") or an
 * "and" that starts another clause; it ends before any of those.
 */
function clauseAround(clauseBreak: Uint8Array, ends: Uint8Array, words: Token[], index: number, lo: number, hi: number): [number, number] {
  return [clauseStart(clauseBreak, words, index, lo), clauseEnd(clauseBreak, ends, words, index, hi)];
}

function clauseStart(clauseBreak: Uint8Array, words: Token[], index: number, lo: number): number {
  let first = index;
  while (first > lo) {
    const previous = words[first - 1]!;
    if (clauseBreak[first - 1] || SUBORDINATORS.has(previous.bare) || SUBJECTS.has(words[first]!.bare)) break;
    if (TIME_WORDS.has(previous.bare) && CLAUSE_SUBJECTS.has(words[first]!.bare)) break;
    if (previous.bare === 'and' && endsClause(previous, words[first])) {
      first--;
      break;
    }
    first--;
  }
  return first;
}

function clauseEnd(clauseBreak: Uint8Array, ends: Uint8Array, words: Token[], index: number, hi: number): number {
  let last = index;
  while (last + 1 <= hi && !clauseBreak[last]) {
    // "…when I was a teenager": the age goes with what happened then.
    if (last + 3 <= hi && words[last + 1]!.bare === 'when' && words[last + 2]!.bare === 'i' && words[last + 3]!.bare === 'was') {
      last += 3;
      continue;
    }
    if (ends[last + 1]! & (last + 2 <= hi ? 1 : 2)) break;
    last++;
  }
  return last;
}

/** The clause's words from `from` to `last`, trimmed of the clause's closing punctuation. */
function spanOf(words: Token[], first: number, last: number): [number, number] {
  let from = first;
  while (from < last && LEADING_FUNCTION_WORDS.has(words[from]!.bare)) from++;
  const end = words[last]!;
  return [words[from]!.start + leadingLength(words[from]!.text, OPENING), end.end - trailingLength(end.text, CLOSING)];
}

/** Whether a clause is about someone else at work: patients, colleagues, a community, or work the writer does ("I run…", "I trained…"). */
function aboutOthers(words: Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (OTHERS.has(words[i]!.bare)) return true;
  // "and now support autistic children": an adverb before the work verb.
  let predicate = predicateStart(words, first, last);
  while (predicate < last && ADVERBS.has(words[predicate]!.bare)) predicate++;
  return predicate <= last && WORK_VERBS.has(words[predicate]!.bare);
}

/** The first word after the clause's subject and auxiliaries ("I [had a breakdown]", "and [spent time]"), or `first` when it has no subject of the writer's. */
function predicateStart(words: Token[], first: number, last: number): number {
  let i = first;
  while (i <= last && CONJUNCTIONS.has(words[i]!.bare)) i++;
  if (i <= last && SUBJECTS.has(words[i]!.bare)) {
    i++;
    while (i <= last && AUXILIARIES.has(words[i]!.bare)) i++;
    return i;
  }
  return i;
}

/** A relative's name has at most this many words ("Muhammad Tariq Hussain", "Faiz bin Hashim"). */
const MAX_NAME_WORDS = 4;
/** A capitalised word, with a comma after it; one with a lower-case letter too (`HAS_LOWER`), so "NHS" is none. */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*,?$/u;
const HAS_LOWER = /\p{Ll}/u;
/** A doctor's title after a relative ("my husband, Dr …"), whose post is left as a post. */
const DOCTOR = /^(?:dr|doctor|prof|professor)$/;

/**
 * The last word of a relative's name told straight after them, when a verb follows it: "my husband
 * [Tomáš Dvořák] works nights", "my husband, [Tatenda,] was working nights" (commas on both sides or
 * none); `to` itself when no name stands there.
 */
function relativeNameEnd(words: Token[], to: number, hi: number): number {
  const commas = words[to]!.text.endsWith(',');
  if (!commas && closed(words[to]!.text)) return to;
  // A doctor's post said of them ("my husband, Dr …, is a salaried GP") is left as a post, as the tuned annotations keep it.
  if (to + 1 <= hi && DOCTOR.test(words[to + 1]!.bare)) return to;
  for (let k = to + 1; k <= hi && k <= to + MAX_NAME_WORDS; k++) {
    const word = words[k]!;
    // Particles inside a relative's name, the same as in any name: "Faiz bin Hashim", "Hugo van Dijk", "Mac an t-Saoir".
    const particle = k > to + 1 && nameLexicon.particles.has(word.text);
    if (!particle && (!NAME_WORD.test(word.text) || !HAS_LOWER.test(word.text) || SUBJECTS.has(word.bare))) return to;
    const ends = word.text.endsWith(',');
    if (ends !== commas && !(commas && !ends && !closed(word.text))) return to;
    if (ends || (!commas && !particle)) {
      const verb = words[k + 1];
      if (verb !== undefined && k + 1 <= hi && isVerbLike(verb.bare)) return k;
      if (ends) return to;
    }
  }
  return to;
}

/**
 * A clause's span: below the type's own recognisers, which find the detail inside it with its
 * exact type ("[FAMILY] is [ETHNICITY]"), and divisible, so the rest of the clause fills the gaps
 * (pieces of one type then join into one placeholder).
 */
const clauseSpan = (type: RedactionType, [start, end]: [number, number]) => makeSpan(type, start, end, { priority: REDACTION_KINDS[type].priority - 1, divisible: true });

const TYPE: Record<Field, RedactionType> = {
  dependants: 'dependants',
  'marital-status': 'marital-status',
  'parental-leave': 'parental-leave',
  religion: 'religion',
  health: 'health',
  origin: 'origin',
  'sexual-orientation': 'sexual-orientation',
  'immigration-status': 'immigration-status',
};

/**
 * The disclosing clause: a clause whose subject or possessor is the writer and that holds a concept
 * of a protected characteristic. Two forms:
 * - a relative, faith, condition or origin the writer possesses opens the clause and something is
 *   said of it: the possessor, the noun and what is said go ("after [my second was born] I went
 *   part-time", "[my husband works nights at the depot]", "[my faith means a lot to me]");
 * - a concept word in a clause the writer leads: the predicate goes when it is short and about the
 *   concept ("I [had a breakdown after a long period of burnout]", "I [see my psychiatrist twice a
 *   year]"), else the concept and the words of its phrase ("the [Pride stall]").
 * A clause about patients, colleagues or a community, or the writer's work ("I run Ramadan
 * medication reviews for Muslim patients"), is work and stays.
 */
/** Words of descent that name no people by themselves. */
const UNTOLD_ORIGIN = new Set(['heritage', 'roots', 'ancestry']);
/** Words of peoples, faiths and travelling communities in lower case, the last word of a longer name ("West [African]"): "my heritage is jewish". */
const PEOPLE_WORDS = new Set(
  [...demonymData.demonyms, ...demonymData.regional, ...ETHNIC_GROUPS, ...religionData.capitalised, 'Traveller', 'Travellers', 'travelling', 'Jewish']
    .map((words) => words.toLowerCase().split(/[ \t-]/).pop()!),
);
/**
 * Whether a people, a faith or a place stands in words[from..to] ("my roots are in Jamaica", "my ancestry is gypsy"): a word of
 * the lists in any case, or a capitalised word other than "I" and an acronym ("at the NHS").
 */
function namesAPeople(words: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const text = words[k]!.text;
    if (PEOPLE_WORDS.has(words[k]!.bare) || (/^\p{Lu}/u.test(text) && text !== 'I' && !/^\p{Lu}{2,}(?!\p{Ll})/u.test(text))) return true;
  }
  return false;
}
/** A home ("return home to Ghana"), or a move with a place ("leave Nigeria"), told after a relative moved the writer. */
const HOME_WORDS = new Set(['home', 'abroad', 'overseas', 'homeland']);
const MOVE_WORDS = new Set(['leave', 'return', 'move', 'emigrate', 'migrate', 'relocate', 'back', 'come']);
/** Verbs by which someone moves the writer to act: "inspired me to", "encouraged me into". */
const MOVED_ME = new Set(['inspired', 'inspires', 'encouraged', 'encourages', 'motivated', 'motivates', 'persuaded', 'convinced', 'pushed', 'urged']);

export function findDisclosures(text: string): Span[] {
  const spans: Span[] = [];
  const hits: { start: number; end: number; field: Field; possessed: boolean; mine?: boolean }[] = [];
  for (const m of matchAll(text, POSSESSED)) {
    const field = FIELD_OF.get(lower(m[1]!));
    if (field) hits.push({ start: m.index, end: m.index + m[0].length, field, possessed: true, mine: true });
  }
  for (const m of matchAll(text, DETERMINED)) hits.push({ start: m.index, end: m.index + m[0].length, field: 'dependants', possessed: true });
  for (const [field, list] of TOLD) for (const m of matchPhrases(text, list)) hits.push({ start: m.index, end: m.index + m[0].length, field, possessed: false });
  for (const m of matchAll(text, ON_MEDICINE)) hits.push({ start: m.index, end: m.index + m[0].length, field: 'health', possessed: false });
  const all = hits.length ? tokens(text) : [];
  const { sentenceFirst, sentenceLast, clauseBreak, ends } = breaks(text, all);
  // Words of the writer counted once, when a concept the writer does not possess first needs them: a sentence has one when the count grows across it.
  let writerWords: Int32Array | undefined;
  const writerWordsBefore = (i: number) => {
    if (!writerWords) {
      writerWords = new Int32Array(all.length + 1);
      for (let k = 0; k < all.length; k++) writerWords[k + 1] = writerWords[k]! + (FIRST_PERSON.test(all[k]!.text) ? 1 : 0);
    }
    return writerWords[i]!;
  };
  for (const hit of hits) {
    const index = tokenAt(all, hit.start);
    if (index >= all.length) continue;
    // The sentence's words, at most REACH either side: indices into `all`, never a copy.
    const lo = Math.max(sentenceFirst[index]!, index - REACH);
    const hi = Math.min(sentenceLast[index]!, index + REACH);
    const words = all;
    const at = index;
    let to = at;
    while (to + 1 <= hi && words[to + 1]!.start < hit.end) to++;
    // The clause's end is read first: most concepts are settled before its start is needed.
    let last = clauseEnd(clauseBreak, ends, words, at, hi);
    // "my husband Bikram works nights", "My husband, Tatenda, was working nights": a relative's name between them and what is said of them.
    if (hit.possessed && PEOPLE.has(hit.field)) {
      const named = relativeNameEnd(words, to, hi);
      if (named > to) {
        to = named;
        last = clauseEnd(clauseBreak, ends, words, to + 1, hi);
      }
    }
    // "my husband also works shifts": an adverb between a relative and their verb.
    const skip = hit.possessed && to + 1 < last && ADVERBS.has(words[to + 1]!.bare) ? 1 : 0;
    const next = to + skip < last ? words[to + 1 + skip]!.bare : null;
    const type = TYPE[hit.field];
    // "the Vaisakhi health stalls", "Ramadan medication reviews": a concept naming work for others.
    // The writer's own visits to such a place are their care, not work: "my IVF clinic appointments", "my IVF unit visits".
    if (!hit.possessed && next !== null && WORK_AFTER.has(next) && !ownVisits(words, at, to, lo, last)) continue;
    // "my fast turnaround", "keep a fast pace": "fast" before another word is the adjective; the fast ends its clause or is
    // timed ("break my fast at sunset").
    if (hit.field === 'religion' && /^fast$/.test(words[to]!.bare) && next !== null && !AFTER_NOUN.has(next) && !TIME_WORDS.has(next) && next !== 'during') continue;
    // "a teenage mum support worker", "a young parent advocate": a parent group named before a post or service works with them.
    if (hit.field === 'dependants' && !hit.possessed && next !== null && PARENT_POSTS.has(next)) continue;
    // "the communication breakdown", "a system breakdown": a thing that broke down, not the writer's health.
    if (hit.field === 'health' && at > lo && THING_BROKEN.has(words[at - 1]!.bare) && /^breakdown/i.test(words[at]!.bare)) continue;
    // "moved back home at 47 to care for Mum": going home, not where the writer is from ("went back home to Accra" is).
    if (hit.field === 'origin' && words[at]!.bare === 'back' && at > lo && GOING.has(words[at - 1]!.bare) && next !== 'to' && next !== 'in') continue;
    // "on the way to a career", "well on its way towards": a road or progress, not a baby on the way.
    if (hit.field === 'parental-leave' && /^way\b/.test(words[to]!.bare) && next !== null && JOURNEY_AFTER.has(next)) continue;
    // A status word before a noun names a thing, not the writer: "a refugee camp", "refugee families".
    if (hit.field === 'immigration-status' && next !== null && !closed(words[to]!.text) && /^\p{Ll}+$/u.test(next) && !AFTER_NOUN.has(next) && !isVerb(next)) continue;
    // "My heritage helps me connect with patients": a heritage, roots or ancestry with no people named tells nothing; a people
    // named with it goes by its own finder ("my Nigerian heritage", "my heritage is Nigerian").
    if (hit.field === 'origin' && UNTOLD_ORIGIN.has(words[to]!.bare) && !namesAPeople(words, to + 1, last)) continue;
    if (hit.possessed) {
      // "my wife's nights": what a relative owns is found with them by findFamily.
      if (/['’]s$/.test(words[to]!.text)) continue;
      // A noun phrase that goes on ("my first placement", "my partner practice") is not the relative or the faith.
      // A person does things: "my wife teaches", "my dad drives" (not "our partner practices", a modifier's noun).
      // "my two are…", "my first was…" act only by a verb of the list: "my two years", "my first shifts", "my first boss" are no child.
      // A word in "-ss" is a noun, no verb's "-s": "my ex boss" is a former manager, not an ex who bosses.
      const acts = next !== null && (isVerb(next) || (PEOPLE.has(hit.field) && !/^(?:partners?|two|three|four|first|second|third|fourth)$/i.test(words[to]!.text) && /^\p{Ll}+s$/u.test(next) && !next.endsWith('ss')));
      if (next !== null && !acts && !AFTER_NOUN.has(next) && !closed(words[to]!.text)) continue;
      // "My daughter inspired me to train": a relative who moved the writer to act goes alone, what the writer then did stays
      // ("My mother took me to Ghana" still goes whole).
      // A home or a move with a place in what the writer did goes with the clause: "My aunt inspired me to leave Nigeria"
      // ("inspired me to move into paediatrics" stays).
      const told = (from: number) => {
        const rest = words.slice(from, last + 1);
        return rest.some((word) => HOME_WORDS.has(word.bare)) || (rest.some((word) => MOVE_WORDS.has(word.bare)) && namesAPeople(words, from, last));
      };
      if (acts && PEOPLE.has(hit.field) && MOVED_ME.has(next) && to + skip + 2 <= last && words[to + skip + 2]!.bare === 'me' && clauseStart(clauseBreak, words, at, lo) === at && !told(to + skip + 3)) {
        spans.push(clauseSpan(type, spanOf(words, at, to)));
        continue;
      }
      if (acts && last - at < MAX_PREDICATE) {
        const first = clauseStart(clauseBreak, words, at, lo);
        if (at === predicateStart(words, first, last) && (hit.mine || !aboutOthers(words, first, last))) {
          spans.push(clauseSpan(type, spanOf(words, at, last)));
          continue;
        }
      }
      // A relative after a verb ("I live with my parents") is found with its own words by findFamily: what the writer does around them stays.
      if (hit.field === 'dependants' || hit.field === 'marital-status') continue;
    }
    if (!hit.mine && writerWordsBefore(hi + 1) === writerWordsBefore(lo)) continue;
    const first = clauseStart(clauseBreak, words, at, lo);
    // "a patient who was fasting during Ramadan", "a student who fasts": a clause opened by "who" after people the writer serves,
    // or one of them, is theirs.
    const served = first - 2 >= lo ? words[first - 2]!.bare : '';
    if (!hit.mine && ['who', 'whose', 'whom'].includes(words[first - 1]?.bare ?? '') && (OTHERS.has(served) || OTHERS.has(`${served}s`))) continue;
    const predicate = predicateStart(words, first, last);
    // A clause with no subject of its own ("During Ramadan", "on a low dose of sertraline") is read with its sentence: "During Ramadan I run clinics…" is work.
    const subjectless = predicate === first && !(first > lo && words[first - 1]!.bare === 'and');
    if (aboutOthers(words, first, last) || (subjectless && last + 1 <= hi && aboutOthers(words, ...clauseAround(clauseBreak, ends, words, last + 1, lo, hi)))) continue;
    if (last - predicate < MAX_PREDICATE && at - predicate < MAX_LEAD) {
      // After the concept, "and" joins another predicate: "I am [now in remission] and fully fit for work".
      let end = to;
      while (end < last && !['and', 'or'].includes(words[end + 1]!.bare)) end++;
      // An infinitive holding the concept is the detail, not what the writer asks around it: "I ask only for the flexibility to [attend my infusion every six months]".
      let from = predicate;
      for (let i = predicate; i < at - 1; i++) if (words[i]!.bare === 'to') from = i + 1;
      // A role any club has stays, with its preposition: "I volunteer at [RELIGION]", "I help out with [RELIGION]".
      if (ROLE_VERBS.has(words[from]!.bare) && from + 1 < at) {
        from++;
        while (from < at && ['out', 'at', 'with', 'for', 'in', 'on'].includes(words[from]!.bare)) from++;
      }
      spans.push(clauseSpan(type, spanOf(words, from, end)));
      continue;
    }
    // Too long a clause: the concept and its phrase, capitalised words before it and words of its noun after ("Swansea LGBTQ+ choir").
    let from = at;
    while (from > first && from > at - 2 && /^\p{Lu}/u.test(words[from - 1]!.text) && !SUBJECTS.has(words[from - 1]!.bare)) from--;
    let until = to;
    while (until < last && until < to + 2 && !closed(words[until]!.text) && /^[\p{Ll}-]+$/u.test(words[until + 1]!.text) && !isVerb(words[until + 1]!.bare) && !['for', 'to', 'in', 'at', 'on', 'of', 'with', 'and', 'or', 'the', 'a', 'an', 'each', 'every'].includes(words[until + 1]!.bare)) until++;
    spans.push(clauseSpan(type, spanOf(words, from, until)));
  }
  return spans;
}

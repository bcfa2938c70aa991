import { DEMANDED_FIELDS, type DemandedField } from '../concept-fields';
import { CONCEPTS } from '../concepts';
import type { Doc } from '../document';
import { demandOn } from '../judgement/demand';
import { AUXILIARIES, nounClass, PREPOSITIONS } from '../lexicon';
import { GAP, SHAPE } from '../tokenize';
import { byFirstWord, phraseFrom } from './cue-per-sentence';
import type { Hit, SpanHandler } from './types';

// A demand on the person made of a characteristic that stands for a protected one (a body, looks,
// where they live or were born, a faith: wordlists/concepts.json), in any of the forms of
// judgement/demand.ts, with the characteristic said of the person rather than of a thing ("strong
// communication skills", "a small team", "local services") or of patients.

/**
 * Words that describe the noun after them: such a characteristic is the person's only when it
 * ends its phrase ("must be strong", "no one small") or comes before a word for the person ("strong
 * lads", "big, strong male staff"), not before anything else ("strong IT skills", "local services").
 */
const MODIFIERS = new Set([
  'tall', 'taller', 'small', 'slight', 'petite', 'slim', 'slender', 'skinny', 'big', 'bigger', 'large', 'burly', 'stocky', 'heavyset',
  'sturdy', 'strapping', 'hefty', 'brawny', 'muscly', 'muscular', 'strong', 'stronger', 'robust', 'hardy', 'tireless', 'healthy',
  'pretty', 'attractive', 'glamorous', 'photogenic', 'trendy', 'local', 'groomed', 'presented', 'looking', 'built', 'set', 'fit',
  'presentable', 'stylish', 'fashionable', 'dressed',
]);
/** Words for the person after a characteristic: "strong lads", "a pretty one", "local applicants". */
const PERSON_HEADS = new Set([
  'someone', 'somebody', 'anyone', 'anybody', 'person', 'people', 'staff', 'lad', 'lads', 'lass', 'lasses', 'girl', 'girls', 'boy', 'boys',
  'man', 'men', 'woman', 'women', 'guy', 'guys', 'chap', 'chaps', 'bloke', 'blokes', 'fella', 'fellas', 'one', 'ones', 'type', 'types',
  'sort', 'individual', 'individuals', 'candidate', 'candidates', 'applicant', 'applicants', 'locals', 'residents',
]);
/**
 * Person words that are not the person: "a strong team", "a local role". Other job words are the
 * person's ("a smartly presented receptionist") for every field but the body, where "a strong
 * leader" or "a big nurse" is too often another sense.
 */
const NOT_THE_PERSON = new Set([
  'team', 'teams', 'role', 'roles', 'post', 'posts', 'position', 'positions', 'job', 'jobs', 'career', 'workplace', 'attitude', 'personality',
  'character', 'mindset', 'manner', 'approach', 'approaches', 'partnership', 'partnerships', 'member', 'members', 'workforce', 'player', 'players',
]);
/** Words for the person as one chosen among others, before which "strong" means good. */
const CHOSEN = new Set(['candidate', 'candidates', 'applicant', 'applicants', 'individual', 'individuals']);
/** Words that may stand between a characteristic and its person: "strong male staff". */
const BETWEEN = new Set(['male', 'female', 'young', 'fit', 'physically']);
/** Words after a characteristic that end its phrase: "tall enough", "local only", "healthy before we interview". */
const ENDS = new Set(['enough', 'only', 'please', 'preferred', 'essential', 'required', 'ideally', 'too', 'though', 'as', 'so', 'because', 'who', 'that', 'if', 'before', 'for', 'is', 'are']);
/** Describing phrases that open with a preposition ("up to date", "in-depth"), which a grammar word after "and" would otherwise end. */
const PREPOSITIONAL_ADJECTIVES = [['up', 'to', 'date'], ['in', 'depth']];
/** Words that may come between "and" and a characteristic joined on: "glamorous and always well groomed". */
const ADVERBS = new Set(['always', 'very', 'really', 'quite', 'also']);
/**
 * First words of presentation ("smart appearance", "well presented", "smartly dressed"), a standard
 * of dress that employers commonly set and reviewers accept, whether asked in running text ("you'll
 * be expected to keep a smart appearance") or as a criterion ("- Smart appearance"); it reads as
 * looks only as the kind of person wanted ("a smartly presented receptionist") or at all times
 * ("must be well presented at all times").
 */
const PRESENTATION = new Set(['smart', 'smartly', 'well', 'nicely', 'neatly', 'beautifully', 'presentable']);
/** How far before the characteristic its demand may be and still join the finding. */
const SPAN_REACH = 4;
/** How far after a characteristic its person may be. */
const HEAD_REACH = 3;

/**
 * Prepositions that make the people after them others the post holder works among, not the person
 * hired: "work with local managers", "alongside strong, experienced colleagues".
 */
const AMONG = new Set(['with', 'alongside', 'among', 'amongst', 'beside', 'between']);
/** Words that may stand between such a preposition and the characteristic: "with our local GPs". */
const AMONG_GAP = new Set(['the', 'our', 'their', 'your', 'other', 'its', 'a', 'an', 'some', 'many', 'all']);

/** Whether the characteristic at token k, run on to a person word, describes people the post holder works with ("liaise with local GPs"). */
function amongOthers(doc: Doc, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && j > k - 3 && AMONG_GAP.has(doc.tokens[j]!.norm)) j--;
  const before = doc.tokens[j];
  return before !== undefined && before.sentence === doc.tokens[k]!.sentence && AMONG.has(before.norm);
}

/**
 * Words of the body that keep their sense before any job word: "a healthy manager", "a burly
 * porter", not "a strong leader" or "a big character". "A strapping porter" is left to its own rule,
 * which reads it as asking for a man (gendered-language).
 */
const BODY_BEFORE_JOB = new Set([
  'healthy', 'bodied', 'burly', 'stocky', 'heavyset', 'brawny', 'muscly', 'muscular', 'hefty', 'petite', 'slim', 'slender', 'skinny', 'tall',
]);

/** Words of strength that keep their sense of the body before a job with physical tasks: "a robust HCA", not "a robust manager". */
const BODY_BEFORE_MANUAL_JOB = new Set(['robust', 'sturdy', 'hardy']);

/** Jobs with physical tasks, where a body is most often asked for, that the lexicon's person nouns leave out. */
const MANUAL_JOBS = new Set([
  'porter', 'porters', 'driver', 'drivers', 'cleaner', 'cleaners', 'hca', 'hcas', 'physio', 'physios', 'handyman', 'labourer', 'labourers',
  'guard', 'guards', 'steward', 'stewards', 'housekeeper', 'housekeepers', 'caretaker', 'caretakers',
]);

/**
 * Whether token j is a word for the person: one of PERSON_HEADS (not a candidate, for the body), or a
 * job word ("receptionist"), for the body only after a word that keeps its sense there (`trait`).
 */
function isPerson(doc: Doc, j: number, field: DemandedField, trait: string): boolean {
  const t = doc.tokens[j]!;
  const job = (nounClass(t.base) === 'person' && !NOT_THE_PERSON.has(t.base)) || MANUAL_JOBS.has(t.norm);
  // "a strong candidate" is a good one.
  if (field === 'physique') {
    return (PERSON_HEADS.has(t.norm) && !CHOSEN.has(t.base)) || (job && BODY_BEFORE_JOB.has(trait)) || (MANUAL_JOBS.has(t.norm) && BODY_BEFORE_MANUAL_JOB.has(trait) && endsNoun(doc, j));
  }
  return PERSON_HEADS.has(t.norm) || job;
}

/** Whether token j ends its noun phrase ("a robust HCA who", "a sturdy porter for"), rather than describing a noun after it ("a robust HCA induction"). */
function endsNoun(doc: Doc, j: number): boolean {
  const next = doc.tokens[j + 1];
  if (!next || next.sentence !== doc.tokens[j]!.sentence || next.gap & (GAP.COMMA | GAP.BREAK)) return true;
  return ENDS.has(next.norm) || AUXILIARIES.has(next.norm) || PREPOSITIONS.has(next.norm) || next.norm === 'and' || next.norm === 'or';
}

/** Where a measure starting at token j ends ("5ft 8in", "1.7 metres"), or -1 when none starts there. */
function measureEnd(doc: Doc, j: number): number {
  const { tokens } = doc;
  let end = j;
  while (end < tokens.length && end < j + 3 && tokens[end]!.shape & SHAPE.DIGIT && tokens[end]!.sentence === tokens[j]!.sentence) end++;
  return end > j ? end : -1;
}

/** Where the characteristic of the field's index that starts at token k ends, or -1 when none does. */
function traitAt(doc: Doc, index: ReadonlyMap<string, string[][]>, k: number): number {
  const words = k < doc.tokens.length ? phraseFrom(doc, index, k) : undefined;
  return words ? k + words.length : -1;
}

/**
 * Where the run of characteristics starting at [k, end) ends ("small or slightly built",
 * "strength and stamina"), or -1 when the run is not said of a person: a describing word before a
 * word that is not the person's.
 */
function runEnd(doc: Doc, field: DemandedField, index: ReadonlyMap<string, string[][]>, k: number, end: number): number {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  let last = end;
  for (;;) {
    const next = tokens[last];
    if (!next || next.sentence !== sentence || next.gap & GAP.BREAK) return last;
    // Another characteristic joined on: "small or slightly built", "big, strong", "glamorous and always well groomed".
    let joined = next.norm === 'and' || next.norm === 'or' ? last + 1 : next.gap & GAP.COMMA ? last : -1;
    while (joined >= 0 && joined < tokens.length && traitAt(doc, index, joined) < 0 && ADVERBS.has(tokens[joined]!.norm)) joined++;
    const more = joined >= 0 ? traitAt(doc, index, joined) : -1;
    if (more > 0) {
      last = more;
      continue;
    }
    const lastWord = tokens[last - 1]!.norm;
    // "strength of character", "a good build of team": what follows "of" is what the words are about,
    // unless it is a measure ("a height of 5ft 8in"); a faith, looks or home of two words or more is
    // whole before it ("the Christian values of the village"), a body's is not ("good strength of character").
    if (next.norm === 'of') {
      const measure = measureEnd(doc, last + 1);
      return measure < 0 && last - k > 1 && field !== 'physique' ? last : measure;
    }
    // "over 5ft 10", "6ft 2in": a height's inches after its feet.
    if (tokens[last - 1]!.shape & SHAPE.DIGIT && next.shape & SHAPE.DIGIT && !(next.gap & GAP.COMMA)) {
      last++;
      continue;
    }
    // A phrase that takes its object ("local to", "live near") or of two words or more that is not a
    // describing word ("from Eastern Europe", "sharp ears") is whole.
    if (PREPOSITIONS.has(lastWord) || (last - k > 1 && !MODIFIERS.has(lastWord))) return last;
    if (!MODIFIERS.has(lastWord)) {
      // A noun ("stamina", "fitness") ends its own phrase unless a noun follows it ("fitness instructor").
      return next.gap & GAP.COMMA || next.norm === 'and' || next.norm === 'or' || ENDS.has(next.norm) || AUXILIARIES.has(next.norm) || PREPOSITIONS.has(next.norm) ? last : -1;
    }
    // A grammar word ends the phrase, after a comma too ("no one small, please"); after a comma a
    // describing word may go on to another noun ("strong, commanding presence"). Looks end theirs
    // before any preposition ("well presented at all times"), where "strong at" or "big on" is another sense.
    if (ENDS.has(next.norm) || ((next.gap & GAP.COMMA || field === 'looks') && (AUXILIARIES.has(next.norm) || PREPOSITIONS.has(next.norm)))) return last;
    // "tall and able to lift", "strong and reliable.": a second word said of the person; not "strong
    // and experienced leader", where both describe the noun after them.
    if (next.norm === 'and' || next.norm === 'or') {
      // "robust and up to date knowledge": a describing phrase that opens with a preposition describes
      // the noun after it as the first word does; what counts is the word after the phrase.
      const compound = PREPOSITIONAL_ADJECTIVES.find((words) => doc.phraseAt(last + 1, words));
      const after = tokens[last + 1 + (compound?.length ?? 1)];
      return !after || after.sentence !== sentence || after.gap & (GAP.BREAK | GAP.COMMA) || AUXILIARIES.has(after.norm) || PREPOSITIONS.has(after.norm) ? last : -1;
    }
    for (let j = last; j < tokens.length && j < last + HEAD_REACH; j++) {
      const t = tokens[j]!;
      if (isPerson(doc, j, field, lastWord)) return j + 1;
      if (!BETWEEN.has(t.norm) && traitAt(doc, index, j) < 0) return -1;
    }
    return -1;
  }
}

/**
 * A characteristic that stands for a protected one, demanded of the person hired: a body
 * ("Physically robust", "no one small or slightly built", "must be at least 5ft 6in tall"), looks
 * ("Immaculate appearance", "ideally a pretty one"), where they live ("Local to the practice") or
 * were born ("Born or raised locally", "no one from Eastern Europe"). The same words of patients, of
 * a thing ("strong IT skills", "a small team") or in a sentence that states the task with its
 * equipment or an adjustment are not flagged.
 */
export function personDemanded(field: DemandedField): SpanHandler {
  return {
    kind: 'span',
    // A text with none of the field's first words skips the handler.
    triggers: new Set(INDEXES[field].keys()),
    find: ({ doc }) => demandsIn(doc)[field],
  };
}

/** The bodies demanded in the text ("strong lads", "a couple of strapping men"), for the rule that reads a sex in them. */
export function physiqueDemanded(doc: Doc): readonly Hit[] {
  return demandsIn(doc).physique;
}

/** Words before a body word that make it a place or a state, not the person's body: "work at height", "falls from height", "at full strength". */
const BODY_AT_PLACE = new Set(['at', 'from']);

/** Whether the body word at k is a place or a state ("work at height", "the team at full strength"). */
function atPlace(doc: Doc, k: number): boolean {
  const before = doc.tokens[k - 1]?.norm ?? '';
  return BODY_AT_PLACE.has(before) || (before === 'full' && BODY_AT_PLACE.has(doc.tokens[k - 2]?.norm ?? ''));
}

/**
 * Words that make years lived in the UK a rule of law the text reports, not the employer's wish:
 * funding's residence test ("To qualify for this funding, you must have been ordinarily resident in the UK for three years").
 */
const RESIDENCE_IN_LAW = [['funding'], ['funded'], ['ordinarily', 'resident']];

/** Whether "at all times" or "always" follows token `last`. */
function atAllTimes(doc: Doc, last: number): boolean {
  const next = doc.tokens[last];
  return next?.norm === 'always' || (next?.norm === 'at' && doc.tokens[last + 1]?.norm === 'all' && doc.tokens[last + 2]?.norm === 'times');
}

/** Each field's phrases by their first word, longest first ("slightly built" before "slight"). */
const INDEXES = Object.fromEntries(DEMANDED_FIELDS.map((f) => [f, byFirstWord([...CONCEPTS[f]].sort((a, b) => b.length - a.length))])) as Record<
  DemandedField,
  Map<string, string[][]>
>;
/**
 * The first words of every field, with the fields whose phrases each starts (bits by
 * DEMANDED_FIELDS' order): one lookup per word rules the others out for all of them, and a word
 * is read only for the fields it can start.
 */
const FIRST_WORDS = new Map<string, number>();
DEMANDED_FIELDS.forEach((f, i) => {
  for (const word of INDEXES[f].keys()) FIRST_WORDS.set(word, (FIRST_WORDS.get(word) ?? 0) | (1 << i));
});
/** The hits of every field, found in one pass per text and shared by the fields' rules. */
const FOUND = new WeakMap<Doc, Record<DemandedField, Hit[]>>();

/** The characteristics demanded in the text, by field (one pass over its words for every field's rule). */
function demandsIn(doc: Doc): Record<DemandedField, Hit[]> {
  const cached = FOUND.get(doc);
  if (cached) return cached;
  const { tokens } = doc;
  // A literal, not Object.fromEntries per text: an object of one fixed shape, read by field name.
  const hits: Record<DemandedField, Hit[]> = { physique: [], looks: [], residence: [], birthplace: [], faith: [] };
  // Where each field may next start, so a run already flagged is not read again.
  const resume = new Array<number>(DEMANDED_FIELDS.length).fill(0);
  const starts = doc.tokensWith(FIRST_WORDS);
  for (let i = 0; i < starts.length; i++) {
    const k = starts[i]!;
    const fields = FIRST_WORDS.get(tokens[k]!.norm)!;
    for (let f = 0; f < DEMANDED_FIELDS.length; f++) {
      if (!(fields & (1 << f)) || k < resume[f]!) continue;
      const field = DEMANDED_FIELDS[f]!;
      const index = INDEXES[field];
      const end = traitAt(doc, index, k);
      if (end < 0) continue;
      if (field === 'birthplace' && doc.sentenceHas(tokens[k]!.sentence, RESIDENCE_IN_LAW)) continue;
      const last = runEnd(doc, field, index, k, end);
      if (last < 0) continue;
      const person = last > end && isPerson(doc, last - 1, field, tokens[end - 1]!.norm);
      // "keen to hear from strong men": a body said of people is no place ("falls from height").
      if (field === 'physique' && !person && atPlace(doc, k)) continue;
      // People named after the characteristic, whom the post holder works with, are not the one hired.
      if (person && amongOthers(doc, k)) continue;
      // Where someone lives or comes from, wanted, may be outreach ("keen to hear from local people").
      const start = demandOn(doc, k, last, field === 'physique' || field === 'looks');
      if (start < 0) continue;
      if (field === 'looks' && PRESENTATION.has(tokens[k]!.norm) && last === end && !atAllTimes(doc, last)) continue;
      // The demand joins the finding when it is near ("no one small", "you'll need stamina"), so a
      // long one does not cover other findings between ("looking for a ... with plenty of energy").
      hits[field].push({ start: tokens[k - start <= SPAN_REACH ? start : k]!.start, end: tokens[last - 1]!.end });
      resume[f] = last;
    }
  }
  FOUND.set(doc, hits);
  return hits;
}

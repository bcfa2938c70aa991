import type { Doc } from '../document';
import { NEGATIONS, nounClass, PREPOSITIONS } from '../lexicon';
import { GAP, SHAPE } from '../tokenize';
import type { Hit, SpanHandler } from './types';

const BOUND = new Set(['under', 'over', 'below', 'above']);
const COMPARED = [['younger', 'than'], ['older', 'than'], ['no', 'older', 'than'], ['no', 'younger', 'than'], ['not', 'over'], ['not', 'older', 'than']];
/** Comparisons that are ages only with "years old" after: "no more than 40 years old" (not "no more than 25 patients"). */
const COMPARED_IN_YEARS = [['no', 'more', 'than'], ['not', 'more', 'than']];
/** After a number, words that make it something other than an age: "over 30 staff", "under 18 months". */
const NOT_AGES = new Set([
  'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'mins', 'staff', 'patients',
  'sessions', 'practices', 'percent', 'per', 'people', 'members', 'employees', 'clinicians', 'gps', 'nurses',
  'locations', 'sites', 'miles', 'beds', 'wards', 'calls', 'appointments', 'visits', 'items', 'languages', 'countries',
  'pages', 'words', 'questions', 'applicants', 'applications', 'candidates', 'places', 'posts', 'slides',
  'gp', 'gps', 'homes', 'schools', 'pharmacies', 'surgeries', 'hospitals', 'organisations', 'teams', 'services',
  'clinics', 'volunteers', 'roles', 'different', 'local', 'partners', 'doctors', 'consultants', 'pharmacists',
  'dentists', 'colleagues', 'students', 'trainees', 'nationalities', 'specialties', 'departments', 'branches',
  'vehicles', 'referrals', 'prescriptions', 'care',
  // Measures: "60 metres from the lift", "25 kg", "40 wpm".
  'metres', 'meters', 'km', 'kg', 'kilos', 'kilograms', 'mph', 'seconds', 'secs', 'feet', 'ft', 'yards', 'cm', 'mm', 'litres', 'wpm',
]);
const YEARS = new Set(['year', 'years', 'yrs']);
const THE_AGE_OF = ['the', 'age', 'of'];
/** Ages in words after "under" or "over": "all under thirty-five", "over fifty". */
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy']);
const UNITS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
/** "aged 25 or under", "aged 30 and over": the open end of a one-sided limit. */
const OPEN_ENDS = new Set(['under', 'younger', 'less', 'below', 'over', 'older', 'above', 'more']);
const BORN_BOUNDS = new Set(['after', 'before', 'since']);
const AGE_WORDS = [['maximum', 'age'], ['upper', 'age', 'limit'], ['age', 'limit'], ['between', 'the', 'ages', 'of']];
/** Lower bounds that are ages only with "years of age" or "years old" after: "a minimum of 21 years of age" (not "at least 21 staff"). */
const AT_LEAST = [['minimum', 'of'], ['at', 'least']];
const FIRST_WORDS = new Set([...COMPARED, ...COMPARED_IN_YEARS, ...AGE_WORDS, ...AT_LEAST].map((words) => words[0]!));
/** Words of wanting straight before a bare range of ages: "ideally 18 to 25", "preferably 20-30". */
const WANTING = new Set(['ideally', 'preferably', 'someone', 'somebody']);
/**
 * Words of character before "people" that make them the people hired, not a patient group: "energetic
 * people aged 18 to 30" (where "people aged 14 to 65" are those a team treats).
 */
const HIRED_PEOPLE = new Set(['energetic', 'enthusiastic', 'motivated', 'dynamic', 'lively', 'bubbly', 'ambitious', 'driven', 'hardworking', 'vibrant']);
/** Words for the people a word of character names: "enthusiastic people", "motivated individuals". */
const PEOPLE = new Set(['people', 'individuals']);
/** Verbs of serving before them that make them the people a post works with, not those hired: "mentor motivated people aged 16 to 24". */
const SERVED_BY = new Set(['mentor', 'mentoring', 'support', 'supporting', 'teach', 'teaching', 'train', 'training', 'coach', 'coaching', 'help', 'helping', 'with']);

/**
 * Where a limit at "aged" (token k) starts: at "people" when a word of character names them as the people hired, so the
 * context's "people" before it (a patient group) does not lift it; at k when they are the people served.
 */
function hiredFrom(doc: Doc, k: number): number {
  const { tokens } = doc;
  const hired = k >= 2 && PEOPLE.has(tokens[k - 1]!.norm) && HIRED_PEOPLE.has(tokens[k - 2]!.norm) && !SERVED_BY.has(tokens[k - 3]?.norm ?? '');
  return hired ? k - 1 : k;
}
/** The words a limit can start at (besides a number): the branches of ageLimit.find below. */
const STARTS: ReadonlySet<string> = new Set(['aged', 'age', 'ages', 'between', 'born', 'be', ...WANTING, ...BOUND, ...FIRST_WORDS]);
/** Words before "be" that make it a demand: "must be", "should be", "need to be". */
const DEMANDING = new Set(['must', 'should', 'shall', 'will', 'to']);
/** Who a demand with no noun of the person may be made of: the reader or the people hired. */
const DEMANDED_OF = new Set(['you', 'they', 'he', 'she']);
/** How far back a negation lifts an age limit: "there is no upper age limit", "we do not set a maximum age". */
const NEGATION_WINDOW = 4;

/** Whether a negation comes shortly before k in its clause: the fair statement, not a limit. */
function negatedBefore(doc: Doc, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - NEGATION_WINDOW && doc.tokens[j]!.clause === doc.tokens[k]!.clause; j--) {
    if (NEGATIONS.has(doc.tokens[j]!.norm)) return true;
  }
  return false;
}

/**
 * A two-digit number, optionally with "s" ("45s"), as an age. Alone ("over 18") 16 and 18 are the
 * legal minimums some tasks have, not a limit on who may apply; in a range ("aged 18-25") any counts.
 */
function age(doc: Doc, k: number, range = false): boolean {
  const t = doc.tokens[k];
  // Most words have no digit: that is read before anything is sliced.
  if (!t || (t.shape & SHAPE.DIGIT) === 0) return false;
  const digits = t.norm.endsWith('s') ? t.norm.slice(0, -1) : t.norm;
  return /^[1-9]\d$/.test(digits) && (range || (digits !== '16' && digits !== '18'));
}

/** Whether the number at k is followed by a unit or a count that makes it no age ("over 30 staff", "under 18 months"). */
export function notAnAge(doc: Doc, k: number): boolean {
  const { tokens, text } = doc;
  const next = tokens[k + 1];
  // "under 20%", "over 1,000 patients", "over 25.5 hours".
  const after = text.charAt(tokens[k]!.end);
  if (after === '%' || ((after === ',' || after === '.') && /\d/.test(text.charAt(tokens[k]!.end + 1)))) return true;
  if (!next || next.sentence !== tokens[k]!.sentence) return false;
  if (NOT_AGES.has(next.norm)) return true;
  // "over 12-18 months", "under 6 to 12 weeks": a range whose end is counted in a unit that is no age.
  const end = next.gap & GAP.HYPHEN ? k + 1 : next.norm === 'to' ? k + 2 : -1;
  if (end > k && tokens[end]!.shape & SHAPE.DIGIT && NOT_AGES.has(tokens[end + 1]?.norm ?? '')) return true;
  // "over 30 years" is a duration unless it says "years old" or "years of age".
  if (YEARS.has(next.norm) || YEARS.has(next.base)) {
    const after = tokens[k + 2]?.norm;
    return !(after === 'old' || (after === 'of' && tokens[k + 3]?.norm === 'age'));
  }
  return false;
}

/** How many words "years of age" or "years old" at k take, or 0. */
function yearsOfAge(doc: Doc, k: number): number {
  if (!YEARS.has(doc.tokens[k]?.norm ?? '')) return 0;
  const after = doc.tokens[k + 1]?.norm;
  if (after === 'old') return 2;
  return after === 'of' && doc.tokens[k + 2]?.norm === 'age' ? 3 : 0;
}

/** "year old", "year-olds", "yr olds" at k. */
function isYearOld(doc: Doc, k: number): boolean {
  const year = doc.tokens[k];
  const old = doc.tokens[k + 1];
  return year !== undefined && old !== undefined && (YEARS.has(year.norm) || YEARS.has(year.base)) && (old.norm === 'old' || old.norm === 'olds');
}

/**
 * Whether "be" at k is demanded of the person hired: after "must", "should" or "need to", with the
 * reader, a word for the person or nothing before ("Must be…" opening a criterion), not "the list must be".
 * A plural doer's noun the lexicon lacks counts with an age's open end, the word at `end` ("Interpreters
 * must be 21 or above").
 */
function demandedOfPerson(doc: Doc, k: number, end: number): boolean {
  const { tokens } = doc;
  const modal = tokens[k - 1];
  if (!modal || modal.sentence !== tokens[k]!.sentence || !DEMANDING.has(modal.norm)) return false;
  // "need to be", "have to be": the subject comes before the verb.
  const at = modal.norm === 'to' ? k - 2 : k - 1;
  if (modal.norm === 'to' && !['need', 'needs', 'have', 'has'].includes(tokens[at]?.norm ?? '')) return false;
  const who = tokens[at - 1];
  if (!who || who.sentence !== tokens[k]!.sentence || (who.gap & GAP.BREAK) !== 0 || DEMANDED_OF.has(who.norm)) return true;
  const cls = nounClass(who.base);
  return cls === 'person' || (cls === undefined && isDoers(who.norm) && AGE_ENDS.has(tokens[end]?.norm ?? ''));
}

/** Plural nouns of people by what they do ("interpreters", "translators", "cleaners"), for words the lexicon lacks. */
const DOERS = /^[a-z]{3,}(?:er|or|ist|ian|ant)s$/;
/** Plurals shaped like doers' that are counted things: "numbers must be 20 or over". */
const COUNTED = new Set(['numbers', 'orders', 'registers', 'counters', 'monitors', 'meters', 'papers', 'offers', 'answers', 'vouchers', 'covers', 'layers', 'filters', 'folders', 'markers', 'containers']);
/** Open ends that speak of an age rather than a count, for a doer's noun: "21 or over" (not "20 or more"). */
const AGE_ENDS = new Set(['over', 'above', 'under', 'below', 'older', 'younger']);

/** Whether a plural names people by what they do, a word the lexicon does not class ("interpreters must be 21 or above"). */
const isDoers = (word: string) => DOERS.test(word) && !COUNTED.has(word);

/** Decades of life that end a range of ages: "30s", "thirties". */
const RANGE_DECADES = new Set(['20s', '30s', '40s', '50s', '60s', 'twenties', 'thirties', 'forties', 'fifties', 'sixties']);
/** Parts of a decade: "early 30s", "mid-thirties". */
const DECADE_PARTS = new Set(['early', 'mid', 'late']);
/** How many words a decade of life at k takes ("30s" one, "early 30s" two), or 0 where none starts there. */
function decadeLength(doc: Doc, k: number): number {
  const t = doc.tokens[k];
  if (!t) return 0;
  if (RANGE_DECADES.has(t.norm)) return 1;
  return DECADE_PARTS.has(t.norm) && RANGE_DECADES.has(doc.tokens[k + 1]?.norm ?? '') ? 2 : 0;
}

/** Whether the open end of a limit at k ends it: nothing counted comes after ("21 or over", "25 or under at the start date"). */
function endsLimit(doc: Doc, k: number): boolean {
  const next = doc.tokens[k + 1];
  if (!next || next.sentence !== doc.tokens[k]!.sentence || next.gap & (GAP.BREAK | GAP.COMMA)) return true;
  return yearsOfAge(doc, k + 1) > 0 || PREPOSITIONS.has(next.norm) || next.norm === 'and' || next.norm === 'or';
}

/** Verbs that say how many people are of an age: "14 staff are over 60". */
const COUNTED_ARE = new Set(['are', 'were']);
/** How many words may name the people counted: "14 of our nurses are". */
const COUNT_REACH = 4;
/** Words before the number that make it the whole team, or a demand: "All 12 of us are under 30", "must 3 …". */
const NOT_COUNTING = new Set(['all', ...DEMANDING]);

/**
 * Whether the bound at k reports how many people are of an age, a fact about a workforce: a number opens
 * the subject of "are" just before it ("14 staff are over 60", "three of the porters were over 65"),
 * not the whole team or a demand ("Our team are all under 30", "All 12 of us are under 30").
 */
function countedAsOfAge(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const verb = tokens[k - 1];
  if (verb === undefined || !COUNTED_ARE.has(verb.norm)) return false;
  for (let j = k - 2; j >= 0 && j >= k - 1 - COUNT_REACH && tokens[j]!.sentence === verb.sentence; j--) {
    const t = tokens[j]!;
    if (t.shape & SHAPE.DIGIT || UNITS.has(t.norm) || TENS.has(t.norm)) {
      if (j > 0 && tokens[j - 1]!.sentence === t.sentence && NOT_COUNTING.has(tokens[j - 1]!.norm)) return false;
      return !wishedBefore(doc, j);
    }
  }
  return false;
}

/** Words of a wish or an instruction: "make sure 2 of the 3 new HCAs are under 30" asks for the count, it reports none. */
const WISHING = new Set(['sure', 'ensure', 'check', 'want', 'wants', 'need', 'needs', 'ideally', 'preferably', 'prefer', 'aim', 'hope', 'like', 'should', 'must', 'would']);

/** Whether a wish or an instruction comes before token j in its sentence. */
function wishedBefore(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  for (let h = doc.sentenceStart(tokens[j]!.sentence); h < j; h++) if (WISHING.has(tokens[h]!.norm)) return true;
  return false;
}

/**
 * Age limits on who may apply: "aged 18-25", "under 30", "over-45s", "between the ages of", "no
 * older than 40", "maximum age". Found over words, so linear on any input; the rule's context
 * keeps the ones that are about applicants, not patient groups ("patients aged 40 to 74").
 */
export const ageLimit: SpanHandler = {
  kind: 'span',
  find({ doc }) {
    const { tokens } = doc;
    const hits: Hit[] = [];
    const push = (from: number, to: number) => hits.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end });
    // Every limit starts at a number or at one of these words: any other word costs an array read.
    const starts = doc.wordsIn(STARTS);
    const { norm } = doc.wordIds();
    for (let k = 0; k < tokens.length; k++) {
      if (!(tokens[k]!.shape & SHAPE.DIGIT) && starts[norm[k]!] === 0) continue;
      const w = tokens[k]!.norm;
      // "aged 18-25", "age 25 to 35", "ages between 20 and 30".
      if (w === 'aged' || w === 'age' || w === 'ages') {
        let j = k + 1;
        if (tokens[j]?.norm === 'between' || tokens[j]?.norm === 'from') j++;
        const from = hiredFrom(doc, k);
        if (age(doc, j, true) && ['to', 'and'].includes(tokens[j + 1]?.norm ?? '') && age(doc, j + 2, true)) push(from, j + 3);
        // "aged 25 to early 30s", "aged between 20 and mid-thirties": a range that ends in a decade.
        else if (age(doc, j, true) && ['to', 'and'].includes(tokens[j + 1]?.norm ?? '') && decadeLength(doc, j + 2) > 0) push(from, j + 2 + decadeLength(doc, j + 2));
        else if (age(doc, j, true) && age(doc, j + 1, true)) push(k, j + 2);
        // "aged 25 or under", "age 50 or over", "aged 30 and over" (but not the legal minimums "aged 18 or over"; the
        // national living wage's "aged 21 and over" is left by the rule's context, which names the wage).
        else if (age(doc, j) && (tokens[j + 1]?.norm === 'or' || tokens[j + 1]?.norm === 'and') && OPEN_ENDS.has(tokens[j + 2]?.norm ?? '')) push(k, j + 3);
        continue;
      }
      // "Must be 21 or over", "applicants should be 25 or under": an open limit demanded of the person,
      // with nothing counted after it ("must be 20 or more patients" is no age). The open end comes after
      // "be", the age and "or" (or "and").
      const end = k + 3;
      if (w === 'be' && demandedOfPerson(doc, k, end) && age(doc, k + 1) && (tokens[k + 2]?.norm === 'or' || tokens[k + 2]?.norm === 'and') && OPEN_ENDS.has(tokens[end]?.norm ?? '') && endsLimit(doc, end)) {
        push(k + 1, end + 1);
        continue;
      }
      // "between 20 and 30", "someone between 25 and 35 years old" (not "between 20 and 30 hours").
      if (w === 'between' && age(doc, k + 1, true) && tokens[k + 2]?.norm === 'and' && age(doc, k + 3, true) && !notAnAge(doc, k + 3)) {
        push(k, k + 4);
        continue;
      }
      // "a 16 or 17 year old", "18-25 year olds", "20 to 30-year-olds": a range of ages as the person.
      if (age(doc, k, true)) {
        const j = ['or', 'to'].includes(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
        if (j > k && age(doc, j, true) && isYearOld(doc, j + 1)) {
          push(k, j + 3);
          continue;
        }
      }
      // "ideally 18 to 25", "preferably 20-30": a range of ages wanted, with no "aged" before it.
      if (WANTING.has(w) && age(doc, k + 1, true)) {
        const j = tokens[k + 2]?.norm === 'to' ? k + 3 : k + 2;
        if (age(doc, j, true) && !notAnAge(doc, j)) {
          push(k + 1, j + 1);
          continue;
        }
      }
      // "born after 1990", "born before 1975": a limit on age by year of birth.
      if (w === 'born' && BORN_BOUNDS.has(tokens[k + 1]?.norm ?? '') && /^(?:19|20)\d\d$/.test(tokens[k + 2]?.norm ?? '')) {
        push(k, k + 3);
        continue;
      }
      // "under the age of 30", "over the age of 45" (not the legal minimums: "over the age of 18").
      if (BOUND.has(w) && doc.phraseAt(k + 1, THE_AGE_OF) && age(doc, k + 4)) {
        push(k, k + 5);
        continue;
      }
      // "under 30", "over-45s" (not "14 staff are over 60", how many are of an age).
      if (BOUND.has(w) && age(doc, k + 1) && !notAnAge(doc, k + 1) && !countedAsOfAge(doc, k)) {
        push(k, k + 2);
        continue;
      }
      // "under thirty-five", "over fifty" (not "over fifty patients").
      if (BOUND.has(w) && TENS.has(tokens[k + 1]?.norm ?? '')) {
        const units = tokens[k + 2];
        const end = units && units.gap & GAP.HYPHEN && UNITS.has(units.norm) ? k + 3 : k + 2;
        if (!notAnAge(doc, end - 1)) push(k, end);
        continue;
      }
      if (!FIRST_WORDS.has(w)) continue;
      for (const words of COMPARED) {
        const end = k + words.length;
        if (doc.phraseAt(k, words) && age(doc, end) && !notAnAge(doc, end)) push(k, end + 1);
      }
      for (const words of COMPARED_IN_YEARS) {
        const end = k + words.length;
        if (doc.phraseAt(k, words) && age(doc, end, true) && isYearOld(doc, end + 1)) push(k, end + 3);
      }
      // "a minimum of 21 years of age" (16 and 18 alone are the legal minimums, as with "over 18").
      for (const words of AT_LEAST) {
        const end = k + words.length;
        const aged = doc.phraseAt(k, words) && age(doc, end) ? yearsOfAge(doc, end + 1) : 0;
        if (aged > 0) push(k, end + 1 + aged);
      }
      for (const words of AGE_WORDS) if (doc.phraseAt(k, words) && !negatedBefore(doc, k)) push(k, k + words.length);
    }
    return hits;
  },
};

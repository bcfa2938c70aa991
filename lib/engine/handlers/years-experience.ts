import type { Doc } from '../document';
import { HIRED, nounClass, TO_COME } from '../lexicon';
import { GAP, SHAPE } from '../tokenize';
import type { Hit, SpanHandler } from './types';

const PREPOSITIONS = new Set(['as', 'within', 'in']);

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
]);
/** Vague amounts of years ask for the same as a number: "significant years of experience". */
const VAGUE = new Set(['many', 'several', 'significant', 'extensive', 'considerable', 'substantial', 'numerous', 'few']);
/** Vague amounts followed by "of": "a number of years", "a couple of years". */
const VAGUE_OF = new Set(['number', 'couple']);
const YEARS = new Set(['year', 'years', "year's", "years'", 'yrs', 'yr', 'decade', 'decades', "decades'"]);
/** Words straight before the amount that belong to the requirement: "a minimum of 3 years". */
const LEAD_IN = [['a', 'minimum', 'of'], ['minimum', 'of'], ['minimum'], ['at', 'least'], ['no', 'less', 'than'], ['not', 'less', 'than'], ['more', 'than'], ['over'], ['in', 'excess', 'of']];
/** Words after the years that make them years of doing the job. */
const EXPERIENCE = new Set([
  'experience', 'exp', 'experienced', 'working', 'worked', 'work', 'practising', 'practicing', 'practice', 'qualified',
  'post', 'role', 'roles', 'similar', 'nursing', 'clinical', 'managing', 'management', 'leading', 'supervising',
  'registered', 'registration', 'qualification', 'employment', 'background', 'as', 'within', 'in', 'service', 'continuous', 'standing',
]);
/**
 * "Years' standing" is experience only when said of a person ("a GP of at least 15 years' standing"); a
 * practice or pharmacy "of 40 years' standing" is its age.
 */
function standingOfPerson(doc: Doc, start: number): boolean {
  const before = doc.tokens[start - 2];
  return doc.tokens[start - 1]?.norm === 'of' && before !== undefined && (HIRED.has(before.norm) || nounClass(before.base) === 'person');
}
/** Verbs of having done the job, before "for 3 years". */
const WORKED = new Set(['worked', 'practised', 'practiced', 'employed', 'qualified', 'registered']);
/** Verbs of intending: years still to come, not had ("how many years do you intend to work"). */
const AHEAD = new Set(['intend', 'intends', 'plan', 'plans', 'planning', 'hope', 'hopes', 'expect', 'expects', 'want', 'wants']);
/** How many words after "years" may come before the experience word: "3 years' recent NHS experience". */
const WINDOW = 6;

/** After "at least N years": the words that start what the years were spent on ("of CT reporting", "in a similar role"). */
const ACTIVITY = new Set(['of', 'in', 'as', 'doing', 'on']);
/** How far after a years demand its inner part may start: "..., including 5 in continence". */
const INNER_WINDOW = 8;

/** The start of "including 5 in continence" (an amount, then "in", "as" or "years") after token k, or -1. */
function innerAmount(doc: Doc, k: number): number {
  const { tokens } = doc;
  for (let j = k + 1; j < tokens.length && j <= k + INNER_WINDOW && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
    if (tokens[j]!.norm !== 'including' && tokens[j]!.norm !== 'with') continue;
    const n = tokens[j + 1]?.norm === 'at' && tokens[j + 2]?.norm === 'least' ? j + 3 : j + 1;
    if (n + 2 < tokens.length && isAmount(doc, n) && ['in', 'as', 'years', "years'"].includes(tokens[n + 1]!.norm) && tokens[n + 2]!.sentence === tokens[k]!.sentence) return n;
    return -1;
  }
  return -1;
}

/** Words that make a sentence in an email ask for experience: "must have", "you'll need", "looking for". */
const DEMANDS: string[][] = [
  'must', 'need', 'needs', 'needed', 'require', 'requires', 'required', 'requirement', 'essential', 'desirable', 'ideally', 'preferably',
  'should', 'looking for', 'want', 'wants', 'wanted', 'seeking', 'at least', 'minimum', 'will have', "you'll have", 'only',
  'ask for', 'asking for',
].map((p) => p.split(' '));

/** Whether an email's sentence asks for what it names (rather than noting an applicant's history). */
function asksFor(doc: Doc, sentence: number): boolean {
  const [from, to] = doc.sentenceRange(sentence);
  return doc.hasPhrase(from, to, DEMANDS);
}

/**
 * Words straight before the amount that make the years a point or a window in time, not a length of
 * experience asked for: "after two years in post", "every five years", "within 3 years of", "since",
 * "for 2 years" (a contract, a commitment, a residence; experience only after "worked ... for").
 */
const TIME_BEFORE = new Set(['after', 'every', 'within', 'since', 'next', 'first', 'until', 'following', 'last', 'past', 'for', 'to']);
/** Verbs before "for" that ask for what follows: "ask for ten years", "looking for 5 years". */
const ASKING = new Set(['ask', 'asks', 'asking', 'asked', 'look', 'looking', 'hoping', 'hope', 'call', 'calling']);
/** "a period of 2 years", "a commitment of three years": a length of something other than experience. */
const PERIOD_OF = new Set(['period', 'term', 'duration', 'length', 'commitment', 'contract', 'course', 'programme', 'span']);
/** Things with a length of their own, named before the years in their clause: "the apprenticeship takes two years". */
const COURSES = new Set([
  'course', 'courses', 'programme', 'programmes', 'program', 'apprenticeship', 'apprenticeships', 'rotation', 'rotations',
  'placement', 'placements', 'secondment', 'secondments', 'contract', 'contracts', 'module', 'modules', 'scheme', 'schemes',
  'fellowship', 'preceptorship', 'degree', 'diploma', 'bsc', 'msc', 'training',
]);
/** Verbs of a length of time rather than of experience had: "runs for", "is delivered over", "you will spend". */
const DURATION_VERBS = new Set(['lasts', 'lasting', 'takes', 'runs', 'run', 'spans', 'spend', 'spends', 'spending', 'delivered', 'funded', 'extended', 'renewed']);
/** Pay, leave and the years that earn them, in the years' own clause: "Pension contributions are matched after 3 years". */
const PAY_AND_LEAVE = new Set([
  'increment', 'increments', 'pay', 'progression', 'progress', 'leave', 'entitlement', 'pension', 'salary', 'holiday',
  'holidays', 'allowance', 'bonus', 'sabbatical',
]);
/** Years looked back over for checks, or an organisation's own history, in the years' own clause. */
const RECORDS: string[][] = [
  // "live" only as a verb: "a live NMC PIN and 5 years' experience" is a registration in force.
  'references', 'reference', 'referees', 'lived', 'living', 'live in', 'live within', 'live here', 'live locally', 'resided', 'resident', 'residence', 'address', 'addresses',
  'records', 'retained', 'retain', 'retention', 'police', 'visa', 'history', 'founded', 'established', 'served', 'serving',
].map((p) => p.split(' '));
/**
 * Words that make the years someone else's, read from the sentence's start to the end of the years'
 * clause: past post holders, the team, a candidate noted ("Previous post holders have typically had
 * 2 years' experience", "She has 10 years' experience", "we have over 30 years' experience").
 */
const SOMEONE_ELSES: string[][] = [
  'has worked', "she's worked", "he's worked", 'typically', 'typical', 'usually', 'tend to', 'tends to', 'most of our',
  'many of our', 'previous post holders', 'past post holders', 'previous postholders', 'past postholders', 'have had',
  'has had', 'we have', "we've", 'our team has', 'the practice has', 'our practice has', 'combined', 'between us',
  'between them', 'she has', 'he has', "she's done", "he's done", 'she spent', 'he spent', "she's been", "he's been",
  'she was', 'he was', "she's", "he's", 'she did', 'he did', 'has done', 'had done', 'have done',
].map((p) => p.split(' '));
/** A group's time together, in the years' own clause: "a close team who have worked together for many years". */
const TOGETHER: string[][] = ['worked together', 'been together', 'known each other'].map((p) => p.split(' '));
/** Words after a singular "year" that start where or how it was spent, not a noun it describes: "1 year in general practice", "one year or more". */
const NOT_DESCRIBED = new Set(['in', 'as', 'at', 'on', 'with', 'within', 'working', 'or', 'and', 'plus', 'minimum']);
/** Experience words that may follow an attributive "N-year": "a 2 year post-registration experience". */
const EXPERIENCE_NOUNS = new Set(['experience', 'exp']);
/** How far after an attributive "N-year" the experience noun may come. */
const ATTRIBUTIVE_WINDOW = 3;

/** Study the years may be the length of: courses, and study itself ("two years' full-time study"). */
const STUDY = new Set([...COURSES, 'study', 'studies', 'education']);

/**
 * Whether the years are the length of a course or of study named straight after them, before any
 * preposition or experience noun: "one year's pre-registration training", "two years of study". "Two
 * years' training experience" and "two years in a training post" are still years of experience.
 */
function lengthOfStudy(doc: Doc, y: number): boolean {
  const { tokens } = doc;
  const clause = tokens[y]!.clause;
  for (let j = tokens[y + 1]?.norm === 'of' ? y + 2 : y + 1; j < tokens.length && j <= y + ATTRIBUTIVE_WINDOW + 1 && tokens[j]!.clause === clause; j++) {
    const w = tokens[j]!.norm;
    if (EXPERIENCE_NOUNS.has(w) || PREPOSITIONS.has(w) || w === 'of') return false;
    if (STUDY.has(w)) return !EXPERIENCE_NOUNS.has(tokens[j + 1]?.norm ?? '');
  }
  return false;
}

/** Work and study named together after the years: "three years of employment, education or training". */
const WORK_HISTORY = new Set(['employment', 'work']);
const STUDY_HISTORY = new Set(['education', 'study', 'studies']);

/**
 * Whether the years are of work and study named together, a history looked back over (the three
 * years references must cover), not experience asked for: "at least three years of continuous
 * employment, education and/or training"; not "3 years' experience in education".
 */
function workOrStudyHistory(doc: Doc, y: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[y]!.sentence;
  let j = tokens[y + 1]?.norm === 'of' ? y + 2 : y + 1;
  // Up to a few modifiers before the noun of work: "of continuous employment".
  for (const last = j + ATTRIBUTIVE_WINDOW; j < tokens.length && j < last && tokens[j]!.sentence === sentence && !WORK_HISTORY.has(tokens[j]!.norm); j++) {
    if (PREPOSITIONS.has(tokens[j]!.norm) || EXPERIENCE_NOUNS.has(tokens[j]!.norm)) return false;
  }
  if (!WORK_HISTORY.has(tokens[j]?.norm ?? '')) return false;
  for (let k = j + 1; k < tokens.length && k <= j + 3 && tokens[k]!.sentence === sentence; k++) {
    // "2 years of work or study experience" asks for experience after all.
    if (STUDY_HISTORY.has(tokens[k]!.norm)) return !EXPERIENCE_NOUNS.has(tokens[k + 1]?.norm ?? '');
    if (tokens[k]!.norm !== 'and' && tokens[k]!.norm !== 'or') return false;
  }
  return false;
}

/** How far before the years a condition's opening word may be. */
const CONDITION_WINDOW = 16;
/** Words that open a condition: "if you have less than 2 years at band 3, ...". */
const CONDITIONAL = new Set(['if', 'unless', 'where']);

/**
 * Whether the years are the condition of a pay rule said in the rest of the sentence ("if you are new
 * to the NHS, or have less than 2 years' experience at band 3, your starting salary will be..."): a
 * fact about pay, not a demand.
 */
function setsPay(doc: Doc, start: number, y: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[y]!.sentence;
  let conditional = false;
  for (let j = start - 1; j >= 0 && j >= start - CONDITION_WINDOW && tokens[j]!.sentence === sentence && !conditional; j--) conditional = CONDITIONAL.has(tokens[j]!.norm);
  if (!conditional) return false;
  const end = doc.sentenceEnd(sentence);
  for (let j = y + 1; j < end; j++) if (PAY_AND_LEAVE.has(tokens[j]!.norm)) return true;
  return false;
}

/**
 * Whether the years from `start` (the lead-in) to `y` (the word "years") measure something other than
 * experience asked of the applicant: a point or window in time ("after two years in post"), the length
 * of a course or contract ("a two-year apprenticeship", "the course lasts two years"), pay or leave
 * earned, a period looked back over for references or residence, or years someone else has. Read from
 * the years' own clause (and, for whose years they are, the sentence up to it), never from a word
 * anywhere in the sentence: "At least two years' NHS experience after foundation training" keeps its
 * "after", and "experience as an HCA in maternity" its "maternity".
 */
function measuresSomethingElse(doc: Doc, start: number, y: number): boolean {
  const { tokens } = doc;
  const years = tokens[y]!;
  const [clauseFrom, clauseTo] = doc.clauseRange(years.clause);
  const before = start > clauseFrom ? tokens[start - 1]!.norm : '';
  // "let's ask for ten years", "looking for 5 years": the "for" of asking, not of a length of time.
  if (TIME_BEFORE.has(before) && !(before === 'for' && ASKING.has(tokens[start - 2]?.norm ?? ''))) {
    // "have worked in general practice for 5 years": worked for them, so experience.
    if (before !== 'for') return true;
    let worked = false;
    for (let j = start - 2; j >= clauseFrom && j >= start - 2 - WINDOW && !worked; j--) worked = WORKED.has(tokens[j]!.norm);
    if (!worked) return true;
  }
  if (before === 'of' && PERIOD_OF.has(tokens[start - 2]?.norm ?? '')) return true;
  if (before === 'with' && heldBySupporter(doc, start - 2)) return true;
  const next = tokens[y + 1];
  if (next && next.clause === years.clause && next.norm === 'ago') return true;
  // "a minimum of 21 years of age", "at least 21 years old": an age, which age-limit reads.
  if (next && next.clause === years.clause && (next.norm === 'old' || (next.norm === 'of' && tokens[y + 2]?.norm === 'age'))) return true;
  if (lengthOfStudy(doc, y) || workOrStudyHistory(doc, y)) return true;
  // "a two-year apprenticeship", "a 3 year course": the years are the length of the noun they describe.
  if (years.norm === 'year' && next && next.clause === years.clause && !(next.gap & GAP.COMMA) && /^[a-z]/.test(next.norm) && !NOT_DESCRIBED.has(next.norm)) {
    let experience = false;
    for (let j = y + 1; j < clauseTo && j <= y + ATTRIBUTIVE_WINDOW && !experience; j++) experience = EXPERIENCE_NOUNS.has(tokens[j]!.norm) || tokens[j]!.norm === 'of';
    if (!experience) return true;
  }
  // "Degree in nursing At least 10 years' experience": a criterion run on after the last, opening with a
  // capital between small letters, has no course of its own in the criterion before it.
  const runOn = start > clauseFrom && (tokens[start]!.shape & SHAPE.CAP) !== 0 && !doc.expectsCapital(start) && !(tokens[start - 1]!.shape & SHAPE.CAP);
  for (let j = runOn ? start : clauseFrom; j < start; j++) {
    const w = tokens[j]!.norm;
    if (COURSES.has(w) || DURATION_VERBS.has(w)) return true;
  }
  for (let j = clauseFrom; j < clauseTo; j++) if (PAY_AND_LEAVE.has(tokens[j]!.norm)) return true;
  if (optsToStep(doc, y, clauseTo)) return true;
  if (setsPay(doc, start, y)) return true;
  if (doc.hasPhrase(clauseFrom, clauseTo, RECORDS)) return true;
  return doc.hasPhrase(doc.sentenceStart(years.sentence), clauseTo, SOMEONE_ELSES) || doc.hasPhrase(clauseFrom, clauseTo, TOGETHER);
}

/** Verbs of choosing a next step, before "to": "may opt to undertake a master's". */
const OPTING = new Set(['opt', 'opts', 'choose', 'chooses']);
/** Steps that are the post itself: "those with 3 years' experience who choose to apply". */
const THE_POST = new Set(['apply', 'join', 'work']);

/**
 * Whether, after the years in their clause, a step is said to be open to those who have them ("Nurses
 * with more than 3 years' experience may opt to undertake a master's"): a career path described, as
 * progression is, not a demand of the person hired.
 */
function optsToStep(doc: Doc, y: number, clauseTo: number): boolean {
  const { tokens } = doc;
  for (let j = y + 1; j + 2 < clauseTo; j++) {
    if (OPTING.has(tokens[j]!.norm) && tokens[j + 1]!.norm === 'to' && !THE_POST.has(tokens[j + 2]!.norm)) return true;
  }
  return false;
}

/** People who support or teach the post-holder: their years are their own ("a supervisor with eight years' experience"). */
const SUPPORTERS = new Set(['supervisor', 'supervisors', 'mentor', 'mentors', 'preceptor', 'preceptors', 'educator', 'educators', 'trainer', 'trainers', 'tutor', 'tutors', 'assessor', 'assessors', 'colleagues']);
/** How far before the person "our" may come: "our senior practice manager, with…". */
const OUR_REACH = 3;

/**
 * Whether the person at token j, just before "with" and the years, is someone other than the one
 * wanted: a supporter ("a supervisor with eight years' experience") or a colleague in post ("our
 * manager, with ten years in the role, will mentor you"); not "a nurse with 5 years' experience".
 */
function heldBySupporter(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const t = tokens[j];
  if (!t) return false;
  if (SUPPORTERS.has(t.norm)) return true;
  if (HIRED.has(t.norm) || nounClass(t.base) !== 'person') return false;
  for (let h = j; h >= 0 && h >= j - OUR_REACH && tokens[h]!.sentence === t.sentence; h--) {
    // "Our practice manager, with…" as the clause's subject, not "join our team with 3 years' experience".
    if (tokens[h]!.norm === 'our') return h < j && !TO_COME.has(tokens[h + 1]!.norm) && doc.clauseRange(tokens[h]!.clause)[0] === h;
  }
  return false;
}

/** Applicants said to lack the length asked for: "who may not have the required length of experience". */
const LACKING: string[][] = [
  'not have the required length', 'not have the stated length', 'not have the full length', 'not have the required number of years',
  'not have the stated number of years', 'not have the required years', 'not yet have the required', "don't have the required length",
  'without the required length', 'without the stated length', 'without the required number of years', 'without the required years',
  'less than the required', 'less than the stated', 'fewer years', 'fewer than the stated', 'fewer than the required',
].map((p) => p.split(' '));
/** Words that take such applicants in: "we will accept applications from", "we will consider". */
const ACCEPTING: string[][] = ['accept', 'consider', 'welcome', 'encourage', 'invite', 'still apply', 'also apply', 'happy to hear'].map((p) => p.split(' '));
/** Words that turn them away after all: "applicants without the required length will not be considered". */
const TURNED_AWAY: string[][] = [
  'not be considered', 'not be accepted', 'not be shortlisted', 'unable to accept', 'unable to consider', 'cannot accept', "can't accept",
  'cannot consider', "can't consider", 'will be rejected', 'not eligible',
].map((p) => p.split(' '));

/**
 * Whether the demand's sentence or the next one takes in applicants without that length ("We will
 * accept applications from applicants who may not have the required length of experience but have
 * significant relevant experience"): the years are a guide the advert itself waives, as a fair route
 * for a qualification is ("or equivalent"), not a bar.
 */
function waived(doc: Doc, sentence: number): boolean {
  const next = doc.tokens[doc.sentenceEnd(sentence)]?.sentence;
  for (const s of next === undefined ? [sentence] : [sentence, next]) {
    const [from, to] = doc.sentenceRange(s);
    if (doc.hasPhrase(from, to, LACKING) && doc.hasPhrase(from, to, ACCEPTING) && !doc.hasPhrase(from, to, TURNED_AWAY)) return true;
  }
  return false;
}

/** Every word that can open an amount in words. */
const AMOUNT_WORDS: ReadonlySet<string> = new Set([...NUMBER_WORDS, ...VAGUE, ...VAGUE_OF]);

const isAmount = (doc: Doc, k: number) => {
  const t = doc.tokens[k]!;
  if (t.shape & SHAPE.NUMBER) return t.norm.length <= 2;
  return NUMBER_WORDS.has(t.norm) || VAGUE.has(t.norm) || (VAGUE_OF.has(t.norm) && doc.tokens[k + 1]?.norm === 'of');
};

/**
 * A demand for a number of years of experience ("2 years' experience", "a minimum of 5 years in
 * general practice", "significant years of experience"), found over words so it runs in linear time
 * on any input. Statutory and other periods are excluded by the rule's context (contract, references).
 */
export const yearsExperience: SpanHandler = {
  kind: 'span',
  find({ doc }) {
    const { tokens } = doc;
    const hits: Hit[] = [];
    const amountWords = doc.wordsIn(AMOUNT_WORDS);
    const ids = doc.wordIds().norm;
    for (let k = 0; k < tokens.length; k++) {
      // "Decades of experience" asks for an amount of years without a number.
      if (tokens[k]!.norm === 'decades' && tokens[k + 1]?.norm === 'of' && tokens[k + 2]?.norm === 'experience') {
        hits.push({ start: tokens[k]!.start, end: tokens[k + 2]!.end });
        continue;
      }
      // A word that is no number and no amount word is passed over by its number, not three set lookups.
      if ((tokens[k]!.shape & SHAPE.NUMBER) === 0 && amountWords[ids[k]!] === 0) continue;
      if (!isAmount(doc, k)) continue;
      // "3+ years", "3 or more years", "3 plus years", "2-3 years".
      let y = VAGUE_OF.has(tokens[k]!.norm) ? k + 2 : k + 1;
      // "15+ years", "5 or more years", "ten years ... minimum": a floor stated after the amount.
      let floor = doc.text.charAt(tokens[k]!.end) === '+';
      while (y < tokens.length && y <= k + 3 && (tokens[y]!.norm === 'or' || tokens[y]!.norm === 'more' || tokens[y]!.norm === 'plus' || (tokens[y]!.shape & SHAPE.NUMBER && tokens[y]!.gap & GAP.HYPHEN))) {
        if (tokens[y]!.norm === 'more' || tokens[y]!.norm === 'plus') floor = true;
        y++;
      }
      const years = tokens[y];
      if (!years || !YEARS.has(years.norm) || years.sentence !== tokens[k]!.sentence) continue;
      let start = k;
      for (const words of LEAD_IN) {
        if (doc.phraseAt(k - words.length, words) && tokens[k - words.length]!.sentence === years.sentence) {
          start = k - words.length;
          break;
        }
      }
      let end = y + 1;
      let experience = false;
      for (let j = y + 1; j < tokens.length && j <= y + WINDOW && tokens[j]!.clause === years.clause; j++) {
        // "3 years in general practice", "2 years as a receptionist": a preposition only straight after.
        if (PREPOSITIONS.has(tokens[j]!.norm) && j > y + 1 && tokens[j]!.norm !== 'of') continue;
        if (AHEAD.has(tokens[j]!.norm)) break;
        if (EXPERIENCE.has(tokens[j]!.norm)) {
          if (tokens[j]!.norm === 'standing' && !standingOfPerson(doc, start)) break;
          experience = true;
          // "years' experience", "years of experience", "years' NHS experience": the span takes the
          // word in, so what the years describe is read after it (not "NHS" as an organisation).
          const noun = tokens[j]!.norm === 'experience' || tokens[j]!.norm === 'exp';
          let modifiers = true;
          for (let m = tokens[y + 1]!.norm === 'of' ? y + 2 : y + 1; m < j && modifiers; m++) modifiers = !PREPOSITIONS.has(tokens[m]!.norm) && tokens[m]!.norm !== 'of';
          if (noun && modifiers) end = j + 1;
          break;
        }
      }
      // "experience of at least two years", "Experience: 3 years".
      for (let j = start - 1; !experience && j >= 0 && j >= start - 3 && tokens[j]!.sentence === years.sentence; j--) {
        if (tokens[j]!.norm === 'experience' || tokens[j]!.norm === 'experienced') experience = true;
      }
      // "have worked in general practice for 5 years or more", "worked as a band 6 for at least two years".
      if (!experience && tokens[start - 1]?.norm === 'for') {
        for (let j = start - 2; j >= 0 && j >= start - 2 - WINDOW && tokens[j]!.clause === years.clause; j--) {
          if (WORKED.has(tokens[j]!.norm)) experience = true;
        }
      }
      for (let j = y + 1; !floor && j < tokens.length && j <= y + WINDOW && tokens[j]!.clause === years.clause; j++) {
        floor = tokens[j]!.norm === 'minimum' || (tokens[j]!.norm === 'at' && tokens[j + 1]?.norm === 'least');
      }
      // "At least 5 years of CT reporting", "a minimum of two years in a similar role", "ten years on the
      // road minimum", "15+ years on the wards": a minimum of years spent on something is experience,
      // whatever the activity is called.
      if (!experience && (start < k || floor) && ACTIVITY.has(tokens[y + 1]?.norm ?? '') && tokens[y + 1]!.clause === years.clause) {
        experience = true;
      }
      // "A minimum of 5 years" stands for experience in a criterion even without the word.
      if (!experience && !(start < k && ['essential', 'desirable'].includes(doc.roleOf(k) ?? ''))) continue;
      if (measuresSomethingElse(doc, start, y)) continue;
      if (waived(doc, years.sentence)) continue;
      // In an email, years are a demand only when the sentence asks for them; in notes on an applicant
      // ("Rosa: twelve years as a carer") they describe the person.
      if (doc.kind === 'email' && start === k && !asksFor(doc, years.sentence)) continue;
      hits.push({ start: tokens[start]!.start, end: tokens[end - 1]!.end });
      k = end - 1;
      // "..., including 5 in continence": a second minimum inside the first.
      const inner = innerAmount(doc, k);
      if (inner >= 0) {
        hits.push({ start: tokens[inner]!.start, end: tokens[inner + 2]!.end });
        k = inner + 2;
      }
    }
    return hits;
  },
};

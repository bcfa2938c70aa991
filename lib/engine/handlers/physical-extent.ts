import type { Doc } from '../document';
import { demandOn } from '../judgement/demand';
import { byFirstWord, longestFrom, phraseList } from './cue-per-sentence';
import type { Hit, SpanHandler } from './types';

// A posture or a movement demanded of the person for a stretch with no bound: "you must be on your
// feet all shift", "you will need to stand at the counter for your whole shift", "someone who can
// walk the wards from start to finish without a break", "lads who can push beds all day". The
// posture is read back from the stretch in its clause, and the demand is judgement/demand.ts's (a
// requirement, a want, a criterion listed bare, an exclusion, an instruction), so that the same
// words said of patients ("patients who walk all day"), stated as what the job is like ("staff are
// on their feet all day"), negated ("you won't be lifting all day") or in a sentence with the
// task's equipment or an adjustment ("standing all day, with seating and reasonable adjustments")
// are not demands. A lift or a push without help ("turn patients on your own", "push beds unaided")
// is the same demand: no bound on the effort where handling policy gives one (a second person, a hoist).

/**
 * Stretches of time or effort with no bound or measure: "all shift", "your whole shift", "without a
 * break", "with no breaks", "for long periods", "without any difficulty". Not
 * "throughout the day", which says how often a task comes ("walking between clinics throughout the
 * day"), as an honest advert should, nor "a full shift" or "the whole of", which measure the work
 * ("able to stand and work a full shift").
 */
const EXTENTS = phraseList(`
  all day, all day long, all shift, all night, all morning, all afternoon, all evening, all week,
  whole shift, whole day, whole night, entire shift, entire day, entire night,
  from start to finish, start to finish, without a break, without breaks, without any break, without any breaks, without a rest, without rest,
  without resting, without stopping, without a pause, without sitting, without sitting down, without complaint,
  without complaining, non stop, nonstop, hours on end, hour after hour, every minute, all through the shift, all through the day,
  on your own, on their own, by yourself, by themselves, unaided, unassisted, without help, without assistance, single handed,
  single handedly, singlehandedly, with no help, with no assistance, for long periods, for prolonged periods, for extended periods,
  for long stretches, without any problems, without any problem, without difficulty, without any difficulty,
  with no break, with no breaks, with no rest, with no rest breaks, without rest breaks,
  up stairs, up the stairs, up flights of stairs, up a flight of stairs, up several flights of stairs, up and down stairs, up and down the stairs,
  down stairs, down the stairs, down flights of stairs`);
const EXTENTS_BY_FIRST = byFirstWord(EXTENTS);
/** Spells with no measure, read as demands of the body only when the posture is not sitting. */
const VAGUE_SPELLS = new Set(['for long periods', 'for prolonged periods', 'for extended periods', 'for long stretches']);
const SEATED = new Set(['sit', 'sitting', 'seated']);
/**
 * Loads taken up or down stairs are no bound on the effort only when carried ("carry 15kg of kit up
 * flights of stairs"), which handling guidance would put on a second person or a carry chair; walking
 * up and down stairs is a posture like any other, said as the job needs it.
 */
const CARRYING = new Set(['carry', 'carries', 'carrying', 'lift', 'lifts', 'lifting']);

/** Postures and movements of the body: "stand", "walk", "on your feet", "up and down stairs". */
const POSTURES = new Set([
  'stand', 'stands', 'standing', 'walk', 'walks', 'walking', 'kneel', 'kneels', 'kneeling', 'bend', 'bends', 'bending', 'crouch',
  'crouching', 'stoop', 'stooping', 'squat', 'squatting', 'lift', 'lifts', 'lifting', 'carry', 'carries', 'carrying', 'push', 'pushes',
  'pushing', 'pull', 'pulls', 'pulling', 'climb', 'climbs', 'climbing', 'stairs', 'ladders', 'sit', 'sitting', 'seated', 'feet',
]);
/** Words after a posture's verb that make it another sense: "carry out", "stand in for", "sit on a panel", "push for". */
const OTHER_SENSE = new Set(['out', 'in', 'by', 'for', 'together', 'through', 'on', 'up', 'down', 'back', 'off', 'over', 'along', 'alongside']);
/** Postures that "down" only completes ("bend down to the low shelves"), where "push down" or "stand down" is another sense. */
const DOWNWARD = new Set(['bend', 'bends', 'bending', 'kneel', 'kneels', 'kneeling', 'crouch', 'crouching', 'stoop', 'stooping', 'squat', 'squatting']);
/** Stances for which "for" may open the time they are held: "stand for a full shift without a break". */
const HELD_FOR = new Set(['stand', 'standing', 'sit', 'sitting', 'kneel', 'kneeling', 'walk', 'walking']);
/** Stretches of time after such a "for": "for a full nine-hour shift", "for a whole clinic"; not "stand for our values". */
const SPELLS = new Set([
  'shift', 'shifts', 'day', 'days', 'night', 'nights', 'hour', 'hours', 'minutes', 'morning', 'afternoon', 'evening', 'clinic',
  'clinics', 'session', 'sessions', 'list', 'lists', 'periods', 'spells', 'stretches', 'miles',
]);
/** How far after "for" its stretch of time may end: "for a full nine-hour shift". */
const SPELL_REACH = 5;

/** Whether the "for" at token j opens a stretch of time before the extent at `extent`: "for a full nine-hour shift", "for hours". */
function opensSpell(doc: Doc, j: number, extent: number): boolean {
  for (let h = j + 1; h <= j + SPELL_REACH && h < extent; h++) if (SPELLS.has(doc.tokens[h]!.norm)) return true;
  return false;
}
/** Words before "on your feet" that make it an idiom: "think on your feet", "quick on your feet". */
const FEET_IDIOMS = new Set(['think', 'thinks', 'thinking', 'quick', 'quicker', 'light', 'nimble', 'back', 'fast', 'steady']);
/** Determiners of "on your feet". */
const FEET_OWNERS = new Set(['your', 'their', 'her', 'his', 'my', 'our']);
/** How far before the stretch its posture may be: "stand at the bench for your whole shift". */
const POSTURE_REACH = 7;
/** How far before the posture its demand may be and still join the finding. */
const SPAN_REACH = 4;

/** Where the posture that the stretch at token k is said of starts ("on your feet", "up and down stairs", "stand"), or -1. */
function postureBefore(doc: Doc, k: number): number {
  const { tokens } = doc;
  const [from] = doc.clauseRange(tokens[k]!.clause);
  for (let j = k - 1; j >= from && j >= k - POSTURE_REACH; j--) {
    const norm = tokens[j]!.norm;
    if (!POSTURES.has(norm)) continue;
    // "think on your feet", "quick on your feet", "back on your feet" are not a posture.
    if (norm === 'feet') return j >= 2 && tokens[j - 2]!.norm === 'on' && FEET_OWNERS.has(tokens[j - 1]!.norm) && !FEET_IDIOMS.has(tokens[j - 3]?.norm ?? '') ? j - 2 : -1;
    const after = tokens[j + 1]?.norm ?? '';
    // The word after the posture may open the stretch itself ("kneel for long periods", "walk without a break"), not "carry on your own".
    const stretch = j + 1 === k && (after === 'for' || after === 'without');
    if (!stretch && OTHER_SENSE.has(after) && !(after === 'down' && DOWNWARD.has(norm)) && norm !== 'stairs' && norm !== 'ladders' && !(after === 'for' && HELD_FOR.has(norm) && opensSpell(doc, j + 1, k))) return -1;
    // "up and down stairs", "up and down the stairs"; "kneel and crouch": the first of two postures.
    let start = j;
    if (start >= 2 && (tokens[start - 1]!.norm === 'and' || tokens[start - 1]!.norm === 'or') && POSTURES.has(tokens[start - 2]!.norm)) start -= 2;
    if (tokens[start - 1]?.norm === 'the') start--;
    if (start >= 3 && tokens[start - 1]!.norm === 'down' && tokens[start - 2]!.norm === 'and' && tokens[start - 3]!.norm === 'up') start -= 3;
    return start >= from ? start : j;
  }
  return -1;
}

/** What the job will be like, said to the reader: "you'll be", "you will be", "expect to". */
const DESCRIBING = [["you'll", 'be'], ['you', 'will', 'be'], ['you', 'are'], ["you're"], ['expect', 'to']];

/** Whether the demand at token j only says what the job will be like. */
function describing(doc: Doc, j: number): boolean {
  for (const words of DESCRIBING) if (doc.phraseAt(j, words)) return true;
  return false;
}

/** Where a stretch ending at `end` ends with those that follow straight on: "from start to finish without a break". */
function extentEnd(doc: Doc, end: number): number {
  while (end < doc.tokens.length) {
    const more = longestFrom(doc, EXTENTS_BY_FIRST, end);
    if (!more) break;
    end += more.length;
  }
  return end;
}

/** How far back a posture joined by "and" or "or" may find the posture whose demand it shares. */
const SHARED_REACH = 10;

/**
 * The demand of a posture joined by "and" or "or" to one before it in its sentence, which it shares
 * when it lies beyond the demand's own reach: "you must be able to stand all day without a break and
 * lift sacks on your own". -1 when the posture is not joined so.
 */
function sharedDemand(doc: Doc, posture: number, end: number): number {
  const { tokens } = doc;
  const join = tokens[posture - 1]?.norm;
  if (join !== 'and' && join !== 'or') return -1;
  const sentence = tokens[posture]!.sentence;
  for (let j = posture - 2; j >= 0 && j >= posture - SHARED_REACH && tokens[j]!.sentence === sentence; j--) {
    if (POSTURES.has(tokens[j]!.norm)) return demandOn(doc, j, end);
  }
  return -1;
}

/** The postures demanded for a stretch with no bound in the text. */
function extentsDemanded(doc: Doc): Hit[] {
  const { tokens } = doc;
  const hits: Hit[] = [];
  const starts = doc.tokensWith(EXTENTS_BY_FIRST);
  let after = 0;
  for (let i = 0; i < starts.length; i++) {
    const k = starts[i]!;
    if (k < after) continue;
    const words = longestFrom(doc, EXTENTS_BY_FIRST, k);
    if (!words) continue;
    const posture = postureBefore(doc, k);
    if (posture < 0) continue;
    // "for long periods" is no bound said of standing or kneeling; of sitting ("sit at a screen for
    // long periods") it describes desk work, as display-screen guidance asks adverts to.
    if (VAGUE_SPELLS.has(words.join(' ')) && SEATED.has(tokens[posture]!.norm)) continue;
    if (words.at(-1) === 'stairs' && !CARRYING.has(tokens[posture]!.norm)) continue;
    const end = extentEnd(doc, k + words.length);
    let demand = demandOn(doc, posture, end);
    if (demand < 0) demand = sharedDemand(doc, posture, end);
    // "You'll be on your feet all shift" says what the job is like, as an honest advert should; the
    // demand is one the person must meet ("you will need to stand", "able to", "who can").
    if (demand < 0 || describing(doc, demand)) continue;
    hits.push({ start: tokens[posture - demand <= SPAN_REACH ? Math.min(demand, posture) : posture]!.start, end: tokens[end - 1]!.end });
    after = end;
  }
  return hits;
}

/**
 * A posture or a movement demanded for a stretch with no bound: "on your feet all shift", "stand at
 * the bench for your whole shift", "up and down stairs all day", "push beds all day without complaint".
 */
export const physicalExtent: SpanHandler = {
  kind: 'span',
  triggers: new Set(EXTENTS_BY_FIRST.keys()),
  find: ({ doc }) => extentsDemanded(doc),
};

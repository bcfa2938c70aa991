import type { Doc } from '../document';
import { listedUnderRequest } from '../judgement/demand';
import { NEGATIONS, nounClass } from '../lexicon';
import { GAP, SHAPE } from '../tokenize';
import { byFirstWord, longestFrom, phraseFrom, phraseList } from './cue-per-sentence';
import type { Hit, SpanHandler } from './types';

// Time asked of the person hired with no bound: a verb of giving time ("stay", "come in", "cover",
// "be contactable") with a time that is open-ended ("until the last patient leaves", "finish when
// they finish"), at the employer's call ("any shift we give you", "at any hour"), without notice
// ("at a moment's notice") or limit ("with no limit", "without exception"), or on days off ("on
// your rest days", "in the school holidays"), said as a demand on the candidate or the role, with
// no bound or agreement in the sentence (a rota, paid overtime, notice, "occasionally", "by
// arrangement"). Flexibility offered to the candidate ("any shifts that suit you"), a negated
// demand, and the hours of patients, services or a rota are not demands on the person.

/** Words that name a stretch of time after "any" or "whatever": "any hour", "whatever shifts". */
const TIME_NOUNS = new Set([
  'hour', 'hours', 'time', 'times', 'day', 'days', 'night', 'nights', 'shift', 'shifts', 'moment', 'point', 'evening',
  'evenings', 'weekend', 'weekends', 'weekday', 'weekdays', 'overtime', 'extra', 'pattern', 'patterns', 'rota', 'rotas', 'schedule',
  'schedules',
]);
const ANY = new Set(['any', 'whatever', 'whichever']);
/** Words after a time noun that make one noun of the two: "any shift pattern", "any rota pattern". */
const PATTERNS = new Set(['pattern', 'patterns']);
/** Words after "any time" that bound it: "any time between 8am and 6pm", "any day from Monday to Friday". */
const BOUNDED_BY = new Set(['between', 'from', 'within', 'during', 'in']);
/** Verbs of the employer's call in a relative clause after the time: "any shift we give you", "whatever hours the ward needs". */
const CALLING = new Set([
  'need', 'needs', 'give', 'gives', 'ask', 'asks', 'want', 'wants', 'put', 'puts', 'require', 'requires', 'send', 'sends',
  'set', 'sets', 'offer', 'offers', 'allocate', 'allocates', 'book', 'books', 'throw', 'throws', 'choose', 'chooses', 'decide', 'decides',
]);
/** Words after the time that make it the candidate's choice: "any hours that suit you", "whatever shifts you like". */
const CHOOSING = new Set(['suit', 'suits', 'like', 'prefer', 'choose', 'wish', 'fancy', 'pick', 'want', "you'd", "you're"]);
/** How far after "any shift" the employer's call may be: "any shift the rota coordinator gives you". */
const CALL_REACH = 4;
/** Verbs of the employer's or the work's call after "whenever" or "as and when": "whenever the principal asks", "whenever gaps appear" (not "whenever we offer shifts", which is the person's choice). */
const CALLERS = new Set([
  'need', 'needs', 'ask', 'asks', 'require', 'requires', 'demand', 'demands', 'dictate', 'dictates', 'say', 'says', 'tell', 'tells', 'call',
  'calls', 'ring', 'rings', 'appear', 'appears', 'arise', 'arises', 'occur', 'occurs',
]);
/** Participles of the employer's call after "whenever": "whenever needed", "whenever asked". */
const CALLED_FOR = new Set(['needed', 'required', 'asked', 'necessary', 'requested', 'called', 'told']);
/** Demands that name flexibility after the hours: "Monday to Friday, 8am to 6pm, with flexibility expected". */
const FLEXIBILITY_DEMANDED = new Set(['expected', 'required', 'essential', 'demanded', 'needed']);

/** "Notice" kept from the time: "no notice", "short notice", "a moment's notice". */
const NOTICE_BEFORE = new Set(['no', 'without', 'zero', 'little', 'short', "moment's", "minute's", "second's", "moments'", "minutes'", 'immediate']);
/** A limit denied: "with no limit", "without exception", "without fail", "no end". */
const LIMITS = new Set(['limit', 'limits', 'exception', 'exceptions', 'fail', 'cap', 'ceiling', 'end', 'restriction', 'restrictions']);
/** What a limit denied may be on, which makes it a limit on time: "no restrictions on availability". */
const LIMITED = new Set(['availability', 'hours', 'time', 'times', 'shifts', 'days']);
/** Times off work: "on your days off", "during annual leave", "in the school holidays". */
const OFF_TIMES = phraseList(`
  days off, day off, rest days, rest day, annual leave, leave, holiday, holidays, time off, weekends off, weekend off, nights off,
  night off, school holidays, half term, half terms, lieu days, off days, off duty`);
const OFF_BY_FIRST = byFirstWord(OFF_TIMES);
/** Prepositions that put the work inside a time off: "on your day off", "during leave", "over half-term". */
const OFF_PREPOSITIONS = new Set(['on', 'during', 'over', 'in', 'through', 'throughout', 'across']);
const OFF_DETERMINERS = new Set(['your', 'their', 'his', 'her', 'my', 'the', 'a', 'any', 'some', 'scheduled']);
/** Determiners that make leave or a holiday the person's own: "cover during their annual leave" is colleagues' leave, the job. */
const OWN = new Set(['your', 'my']);
/** Times off that are the person's own without a determiner: "work on days off", "in school holidays". */
const OFF_ALONE = new Set(['days', 'day', 'rest', 'weekends', 'weekend', 'nights', 'night', 'school', 'half', 'lieu', 'off']);
/** Times that fall on parents above all, needing no preposition when listed as availability: "available Saturdays and school holidays". */
const PARENTS_TIMES = phraseList('school holidays, half term, half terms');
const PARENTS_BY_FIRST = byFirstWord(PARENTS_TIMES);
/**
 * Words naming the hours contracted or the end of the person's shift: "beyond your contracted hours",
 * "past your finish time". Closing time is not one: staying after it to lock up has its own end.
 */
const DAY_END = phraseList(`
  hours, your hours, contracted hours, your contracted hours, normal hours, your normal hours,
  working hours, your working hours, core hours, your shift, the end of your shift, your finish time, finishing time, your finishing time,
  shift end, your shift end, the end of the shift, end of shift`);
const DAY_END_BY_FIRST = byFirstWord(DAY_END);
const BEYOND = new Set(['after', 'past', 'beyond', 'outside']);
/** Verbs and participles of work ending: "until the list is finished", "until the last patient leaves". */
const ENDED = new Set(['done', 'finished', 'finish', 'finishes', 'over', 'complete', 'completed', 'leaves', 'leave', 'left', 'gone', 'seen', 'cleared', 'sorted']);
/** Events that end the day at a set point, a colleague taking over: "until the handover is complete", "until your relief arrives". */
const RELIEVED = new Set(['handover', 'handed', 'relief', 'relieved', 'replacement', 'arrives', 'arrive', 'arrived', 'takes', 'set']);
const ENDING_VERBS = new Set(['finish', 'finishes', 'end', 'ends', 'stop', 'stops', 'done']);
/** How far after "until" the event that ends the day may be: "until the last of the afternoon's patients has left". */
const UNTIL_REACH = 8;
/** Set phrases of time with no bound or at any hour. */
// Each starts at its least common word, so that the loop looks up few words of a text: "(as) long as it takes".
const OPEN_PHRASES = phraseList(`
  round the clock, around the clock, day or night, night or day, day and night, night and day, all hours, drop of a hat,
  last minute, drop everything, dropping everything, down tools, long as it takes, however long it takes, long as needed,
  long as necessary, unlimited hours, unlimited overtime, without warning, late into the evening, late into the night,
  into the night, till late, until late, til late, however late, however long, until the evening, till the evening,
  until the early hours`);
const OPEN_BY_FIRST = byFirstWord(OPEN_PHRASES);

/** Words after "day and night" that make it a pattern of shifts: "day and night shifts". */
const PATTERN_NOUNS = new Set(['shift', 'shifts', 'duty', 'duties', 'rota', 'rotas', 'work', 'working', 'cover', 'staff', 'service', 'services', 'team', 'teams']);
/** Words just before the time that say a place or a service keeps the hours: "a hub open around the clock", "manned day and night". */
const KEPT_BY_SERVICE = new Set(['open', 'opens', 'staffed', 'manned', 'run', 'runs', 'running', 'operates', 'operating', 'operational', 'accessible', 'answered', 'covered']);
/** Work whose urgency is the job stated, not time asked of the person: "assess people in crisis at short notice". */
const URGENT_WORK = phraseList('crisis, crises, urgent, urgently, triage, referral, referrals, deteriorating, admission, admissions, cardiac arrest, arrest calls');
/** Bullet items that open with one of these list a demand on the person: "- Able to work nights without exception". */
const ITEM_LEADS = new Set(['able', 'willing', 'prepared', 'happy', 'comfortable', 'ready', 'available', 'availability', 'flexible', 'flexibility', 'contactable', 'must', 'should', 'be']);

/** Verbs and adjectives of giving time: what the person is asked to do or be. */
const GIVING_TIME = new Set([
  'stay', 'stays', 'staying', 'remain', 'remaining', 'work', 'works', 'working', 'come', 'coming', 'cover', 'covering', 'available',
  'availability', 'contactable', 'reachable', 'contacted', 'reached', 'answer', 'answering', 'pick', 'picking', 'start', 'starts', 'starting',
  'finish', 'finishing', 'step', 'stepping', 'fill', 'filling',
  'called', 'rung', 'phoned', 'texted', 'turn', 'finishes', 'end', 'ends', 'extend', 'extending',
  // "respond to callouts at any hour" ("call-outs" is read as two words: calloutAt), "overtime is expected whenever",
  // "be free for any shift we put you on".
  'callouts', 'callout', 'overtime', 'free',
]);
/** Whether token j is "on call" or "on-call" said of the person: "be on call for deadlines", "comfortable being on-call". */
const onCall = (doc: Doc, j: number) =>
  (doc.tokens[j]!.norm === 'on-call' || (doc.tokens[j]!.norm === 'call' && doc.tokens[j - 1]?.norm === 'on')) &&
  !ROTAS.has(doc.tokens[j + 1]?.norm ?? '') && !ON_CALL_PERIODS.has(doc.tokens[j + 1]?.norm ?? '');
/** "free" is time given only after a verb of being ("be free for any shift"), not "feel free to call at any time". */
const BEING_FREE = new Set(['be', 'been', 'being', 'are', 'is', 'am', "you're", "they're"]);
const freeOtherwise = (doc: Doc, j: number) => doc.tokens[j]!.norm === 'free' && !BEING_FREE.has(doc.tokens[j - 1]?.norm ?? '');

/** Whether token j ends "call-outs" or "call-out", which the tokeniser splits at the hyphen. */
const calloutAt = (doc: Doc, j: number) =>
  (doc.tokens[j]!.norm === 'outs' || doc.tokens[j]!.norm === 'out') && doc.tokens[j - 1]?.norm === 'call' && (doc.tokens[j]!.gap & GAP.HYPHEN) !== 0;
const ATTEND = new Set(['attend', 'attending', 'attends']);
/** What one attends that makes it time given: a place of work, not "attend meetings". */
const ATTENDED = new Set(['site', 'work', 'base', 'station', 'premises', 'hospital', 'the']);
/** Whether token j is "attend" or "attending" with a place of work after it: "attend site within 30 minutes at any hour". */
const attending = (doc: Doc, j: number) => ATTEND.has(doc.tokens[j]!.norm) && ATTENDED.has(doc.tokens[j + 1]?.norm ?? '');

/** Verbs of covering, whose object may be a place or a service to be covered rather than time given. */
const COVERING = new Set(['cover', 'covering', 'covers']);
/** Verbs that open a sentence as an instruction to the person: "Stay until the list is done", "Be on call". */
const IMPERATIVES = new Set(['be', 'stay', 'come', 'cover', 'remain', 'work', 'expect']);
/** Open times that hold their own verb: "drop everything", "down tools". */
const SELF_VERBS = new Set(['drop', 'dropping', 'down']);
/** Verbs that are about time by themselves, so a limit denied after them is a limit on time: "stay on, with no limit". */
const TIMELY_VERBS = new Set(['stay', 'stays', 'staying', 'remain', 'remaining', 'available', 'availability', 'contactable', 'reachable', 'come', 'coming', 'overtime']);
/** Verbs of staying, and the words after them that make it staying at work: "stay on", "stay late", "remain until". */
const STAYING = new Set(['stay', 'stays', 'staying', 'remain', 'remains', 'remaining']);
const STAYING_ON = new Set([
  'on', 'late', 'behind', 'back', 'as', 'until', 'till', 'til', 'past', 'after', 'beyond', 'over', 'longer', 'later', 'overnight', 'for', 'in',
  'at', 'to', 'the', 'an', 'extra', 'available', 'contactable', 'reachable',
]);
/** Words of time between a verb and a limit denied: "work late without exception". */
const TIME_WORDS = new Set([
  'late', 'early', 'on', 'past', 'over', 'longer', 'extra', 'overtime', 'weekends', 'nights', 'evenings', 'mondays', 'tuesdays', 'wednesdays',
  'thursdays', 'fridays', 'saturdays', 'sundays', 'saturday', 'sunday', 'bank',
]);
/** First words of a call by the employer or the work: "whenever the principal asks", "as and when the team needs it". */
const CALLS = new Set(['whenever', 'as']);
/** Words of the work running over or short of staff after "whenever": the time is then at the work's call ("stay on whenever the list overruns"). */
const PRESSURE = new Set([
  'overrun', 'overruns', 'overrunning', 'overran', 'short', 'short-staffed', 'understaffed', 'busy', 'busier', 'behind', 'backlog',
  'backlogs', 'swamped', 'stretched', 'rush', 'pressure', 'pressures', 'surge', 'surges', 'overflowing',
  // Short of staff: "whenever the rota has gaps", "whenever there is sickness".
  'gap', 'gaps', 'shortage', 'shortages', 'sickness', 'absence', 'absences', 'vacancies',
]);
/** The employer's own words, which may be capitalised: "as the Trust requires", "as the PCN needs". */
const OWN_SIDE = new Set(['partners', 'partner', 'manager', 'managers', 'team', 'practice', 'department', 'ward', 'management', 'directors', 'trust', 'pcn', 'surgery', 'pharmacy', 'service', 'unit', 'hospital', 'hospice', 'board', 'rota', 'business', 'organisation']);
/** A law or another body: "as the law requires", "as the regulator requires". */
const LAW = new Set(['law', 'laws', 'regulator', 'regulators', 'regulations', 'legislation', 'guidance', 'act', 'government']);

/**
 * Whether what "as the …" names at k is a law or another body rather than the employer: "as the law
 * requires", "as the Home Office requires" (a name with a capital, none of the employer's words).
 */
function ownedByAnother(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  let named = false;
  for (let j = k; j < tokens.length && j < k + OWNER_REACH && tokens[j]!.sentence === tokens[k]!.sentence && !CALLERS.has(tokens[j]!.norm); j++) {
    const t = tokens[j]!;
    if (OWN_SIDE.has(t.norm)) return false;
    if (LAW.has(t.norm)) return true;
    if (t.shape & SHAPE.CAP && !(t.shape & SHAPE.CAPITALS)) named = true;
  }
  return named;
}
/** How many words "as the …" may name before the verb of its call: "as the Home Office requires". */
const OWNER_REACH = 4;

/** Determiners of the employer after "as": "as the PCN needs", "as our surgery requires". */
const CALL_OWNERS = new Set(['the', 'our']);
/** Words before "as" that make it no call: "such as the ward", "as well as", "the same as", "so as". */
const NOT_A_CALL = new Set(['such', 'well', 'same', 'so', 'just']);
/** Times outside the working day before "as required" or "as needed": "evenings and weekends as required". */
const OFF_HOURS = new Set(['evenings', 'weekends', 'nights', 'late', 'overtime', 'holidays', 'sundays', 'saturdays', 'lates']);
/** "Extra shifts" and "additional hours" at the employer's call: "pick up extra shifts when needed", "additional shifts as required". */
const EXTRA = new Set(['extra', 'additional']);
const EXTRA_TIME = new Set(['shift', 'shifts', 'hours', 'days', 'nights', 'sessions']);
const CALLED_WHEN = new Set(['when', 'as', 'if', 'whenever']);
/** Verbs of being reachable, the only ones "at all times" asks time of ("contactable at all times", not "wear your badge at all times"). */
const REACHABLE = new Set(['available', 'availability', 'contactable', 'reachable', 'contacted', 'reached', 'called', 'rung', 'phoned']);
/** Words that may join a second time to the first: "(past your finish time) as long as it takes". */
const JOINING = new Set(['as', 'and', 'or', 'for', 'with']);
/** How far before the time its verb may be to be underlined with it. */
const SPAN_VERB_REACH = 4;
/** How far from the time a verb of giving time may be, in words of the same sentence. */
const VERB_REACH = 12;

/** Requirement words in the sentence: the time is demanded of the person. */
const REQUIRING = phraseList(`
  must, need, needs, need to, required, require, requires, requirement, expected, expect, expects, expectation, you'll, you will,
  you'd, should, have to, has to, got to, willing, prepared, able, ready, happy to, who can, that can, ideal, essential,
  we want, looking for, we're after, we are after, suit someone, suits someone, we prefer, we'd prefer, we would prefer,
  i'd prefer, i would prefer, preferably, ideally, only if, confirm you can, confirm that you can, confirm you are, confirm you're,
  if she can, if he can, if they can, as long as she, as long as he, as long as they, provided she, provided he, provided they`);
const REQUIRING_BY_FIRST = byFirstWord(REQUIRING);
/**
 * Bounds or agreements in the sentence, and flexibility offered to the person: a rota, paid
 * overtime, notice, "occasionally", "by arrangement", "up to", "usually by", "if you wish", shifts
 * swapped. Also an emergency, for which a call at any hour is the job stated, and an interview or a
 * start date, which are not the job's hours.
 */
const BOUNDS = phraseList(`
  arrangement, arranged, agreed, agreement, agree, paid, pay, overtime available, overtime is available, overtime rates,
  overtime rate, enhanced, enhancement,
  time off in lieu, toil, lieu, occasional, occasionally, rarely, sometimes, now and then, from time to time, in advance, ahead,
  notice of, weeks' notice, weeks notice, days' notice, days notice, hours' notice, with notice, optional, voluntary, voluntarily,
  if you wish, if you want, if you'd like, if you like, if you choose, your choice, up to you, you choose, suits you, suit you,
  to suit, flexible working, at your request, your request, emergency, emergencies, major incident, opportunity, opportunities,
  welcome to, can choose, bank shifts, extra shifts available, if available, protected, never, not expected, no expectation,
  not be asked, won't be asked, will not be asked, not have to, don't have to, do not have to, no need to, switch off,
  for advice, for support, to support you, if you need, when you need, whenever you need, for you, to you, swap, swaps, swapping,
  interview, interviews, start date, to start at, can start at, could start at, start at any time, start immediately, to start work, usually, normally, typically, up to, at most,
  no later than, at the latest, maximum`);
const BOUNDS_BY_FIRST = byFirstWord(BOUNDS);
/**
 * A rota: the person's own turn, which bounds only what is said of it. A demand coordinated after it
 * ("join the on-call rota and be available at any hour when the team needs you") asks for more, and
 * a rota to be covered ("cover the rota at short notice", "any gaps in the rota") is others' turns.
 */
const ROTAS = new Set(['rota', 'rotas', 'rostered', 'roster', 'rotation']);
/** Periods that make an on-call duty a set one: "your on-call week", "on-call shifts". */
const ON_CALL_PERIODS = new Set(['week', 'weeks', 'weekend', 'weekends', 'shift', 'shifts', 'day', 'days', 'night', 'nights', 'period', 'periods']);
/** Words before "on call" that put the time inside the duty: "when on call". */
const WHILE = new Set(['when', 'while', 'whilst']);
/** Words just before a rota that make it others' turns to fill: "cover the on-call rota", "gaps in the rota". */
const FILLING = new Set(['cover', 'covering', 'covers', 'fill', 'filling', 'gaps', 'gap', 'holes']);
/** How far before a rota the word that makes it others' turns may be: "cover the on-call rota". */
const FILLING_REACH = 4;
/**
 * Words after "and" that open a second demand on the same person, with its own verb: "contribute to
 * the rota and be flexible to cover", "join the rota and stay on until the list is done".
 */
const SECOND_DEMAND = new Set([
  'be', 'stay', 'come', 'cover', 'work', 'remain', 'must', 'will', 'may', 'should', 'can', 'expected', 'available', 'able',
  'willing', 'prepared', 'happy', 'ready', 'flexible', 'contactable', 'pick', 'answer', 'start', 'finish',
]);
const URGENT_BY_FIRST = byFirstWord(URGENT_WORK);

/**
 * Whether tokens [from, to) hold a phrase of the index: read in the sentence's own words, since few
 * sentences get this far and the text's phrase index would search the whole text for the list.
 */
function sentenceHas(doc: Doc, from: number, to: number, index: ReadonlyMap<string, string[][]>): boolean {
  for (let j = from; j < to; j++) if (phraseFrom(doc, index, j)) return true;
  return false;
}

/** Number words of a share of turns: "one weekend in four", "1 in 6 nights". */
const COUNTS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve']);
const isCount = (doc: Doc, j: number) => j >= 0 && (COUNTS.has(doc.tokens[j]?.norm ?? '') || (doc.tokens[j] !== undefined && isDigitWord(doc, j)));

/** Whether "and" or "or" stands between a share of turns at j and the cue after it: "one weekend in four and whenever the rota has gaps" asks more. */
function joinedAfter(doc: Doc, j: number, cue: number): boolean {
  for (let c = j + 1; c < cue; c++) if (doc.tokens[c]!.norm === 'and' || doc.tokens[c]!.norm === 'or') return true;
  return false;
}

/** Whether "in" at j makes a share of turns, a rota by another name: "one weekend in four", "1 in 6". */
function share(doc: Doc, j: number): boolean {
  return isCount(doc, j + 1) && (isCount(doc, j - 1) || (TIME_NOUNS.has(doc.tokens[j - 1]?.norm ?? '') && isCount(doc, j - 2)));
}

/** Frequencies that bound a demand unless short notice follows them: "sometimes at short notice" makes it harder, not rarer. */
const FREQUENCIES = new Set(['sometimes', 'occasionally']);

/** Whether the sentence [from, to) bounds its demand (BOUNDS), not counting a frequency of short notice ("whenever we need cover, sometimes at short notice"). */
function boundedSentence(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let j = from; j < to; j++) {
    const bound = phraseFrom(doc, BOUNDS_BY_FIRST, j);
    if (!bound) continue;
    // "able to start at 7:30 and stay until…": a clock time to start at is the day's start, not a start date.
    if (bound[bound.length - 1] === 'at' && bound.includes('start') && isDigitWord(doc, j + bound.length)) continue;
    const atNotice = FREQUENCIES.has(tokens[j]!.norm) && (tokens[j + 1]?.norm === 'at' || tokens[j + 1]?.norm === 'on' || tokens[j + 1]?.norm === 'with') && NOTICE_BEFORE.has(tokens[j + 2]?.norm ?? '') && tokens[j + 3]?.norm === 'notice';
    if (!atNotice) return true;
  }
  return false;
}

/** Where the statement of the verb at v starts: its clause, or a second demand coordinated in it ("... rota and be available"). */
function statementOf(doc: Doc, v: number): number {
  const { tokens } = doc;
  const clauseFrom = doc.clauseRange(tokens[v]!.clause)[0];
  for (let j = v - 1; j >= clauseFrom; j--) if (tokens[j]!.norm === 'and' && SECOND_DEMAND.has(tokens[j + 1]!.norm)) return j + 1;
  return clauseFrom;
}

/** Words that make a demand occasional: "may need to cover", "might sometimes". */
const HEDGES = new Set(['may', 'might', 'occasionally', 'sometimes', 'now', 'odd']);
/** How far before the verb a hedge may be: "may occasionally need to cover". */
const HEDGE_REACH = 4;

/** Whether a hedge comes shortly before the verb at v in its sentence. */
function hedged(doc: Doc, v: number): boolean {
  for (let j = v - 1; j >= 0 && j >= v - HEDGE_REACH && doc.tokens[j]!.sentence === doc.tokens[v]!.sentence; j--) if (HEDGES.has(doc.tokens[j]!.norm)) return true;
  return false;
}

/**
 * Whether tokens [from, to) name the person's own rota or on-call duty: not a rota to be covered
 * ("cover the rota", "gaps in the rota").
 */
function ownRota(doc: Doc, from: number, to: number, cue: number): boolean {
  const { tokens } = doc;
  for (let j = from; j < to; j++) {
    const w = tokens[j]!.norm;
    // "on call one weekend in four": a share of turns is a rota by another name.
    if (w === 'in' && share(doc, j) && !joinedAfter(doc, j, cue)) return true;
    // "during your on-call week", "when on call": the time is asked within a set on-call duty, not
    // by being on call at all ("be on call to come in at any hour").
    if (w === 'on-call' || (w === 'call' && tokens[j - 1]?.norm === 'on' && j > from)) {
      const first = w === 'call' ? j - 1 : j;
      if (ON_CALL_PERIODS.has(tokens[j + 1]?.norm ?? '') || WHILE.has(tokens[first - 1]?.norm ?? '')) return true;
      continue;
    }
    // "when the rota is short": the rota's state, the work's call, not the person's turn; "whenever
    // the rota needs you" calls at any time, where "as the rota requires" is its pattern.
    if (!ROTAS.has(w) || (j + 2 < to && pressed(doc, j + 2)) || rotaCalling(doc, j)) continue;
    // "including when not on the rota", "whether on the rota or not": time asked beyond the person's turn.
    if (offRota(doc, j, from)) continue;
    let filled = false;
    for (let b = j - 1; b >= from && b >= j - FILLING_REACH && !filled; b--) filled = FILLING.has(tokens[b]!.norm);
    if (!filled) return true;
  }
  return false;
}

/** Whether the rota at j calls the person whenever it needs: "whenever the rota needs you". */
function rotaCalling(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const whenever = tokens[j - 1]?.norm === 'whenever' || (tokens[j - 1]?.norm === 'the' && tokens[j - 2]?.norm === 'whenever');
  return whenever && CALLERS.has(tokens[j + 1]?.norm ?? '');
}

/** Words before a rota that put the time outside it: "not on the rota", "off the rota", "beyond the rota". */
const OUTSIDE_ROTA = new Set(['not', 'off', 'outside', 'beyond', 'regardless']);
/** How far before a rota a word that puts the time outside it may be: "not on the on-call rota". */
const OUTSIDE_REACH = 4;

/** Whether the rota at j is named as a turn the time goes beyond: "when not on the rota", "whether on the rota or not". */
function offRota(doc: Doc, j: number, from: number): boolean {
  const { tokens } = doc;
  if (tokens[j + 1]?.norm === 'or' && tokens[j + 2]?.norm === 'not') return true;
  for (let b = j - 1; b >= from && b >= j - OUTSIDE_REACH; b--) if (OUTSIDE_ROTA.has(tokens[b]!.norm)) return true;
  return false;
}

/** Nouns whose time is not the person's: patients', a service's, a rota's or a plan's ("clinics run until the last patient is seen"). */
const NOT_THE_PERSON = new Set(['patient', 'service', 'thing', 'place', 'pay']);

/** The first words every cue starts with: one Set lookup per word rules the rest out. */
const CUE_FIRST = new Set([
  ...ANY, ...NOTICE_BEFORE, 'unlimited', 'until', 'till', 'til', ...OFF_BY_FIRST.keys(), ...BEYOND,
  ...PARENTS_TIMES.map((p) => p[0]!), ...OPEN_BY_FIRST.keys(), ...ENDING_VERBS, 'no', 'without',
  'whenever', 'as', 'when', 'if', 'with', 'at', 'extra', 'additional',
]);

const isDigitWord = (doc: Doc, j: number) => (doc.tokens[j]!.shape & SHAPE.DIGIT) !== 0;

/** Where "any shift we give you" or "any hour" starting at k ends, or -1 (and -1 for "any hours that suit you"). */
function anyTime(doc: Doc, k: number): number {
  const { tokens } = doc;
  let j = k;
  if (!ANY.has(tokens[j]!.norm)) return -1;
  j++;
  // "any one time" counts, "at any given moment" too.
  if (tokens[j]?.norm === 'given' || tokens[j]?.norm === 'old') j++;
  const noun = tokens[j];
  if (!noun || noun.sentence !== tokens[k]!.sentence || !TIME_NOUNS.has(noun.norm)) return -1;
  let end = j + 1;
  // "any extra shifts", "any overtime hours", "any shift pattern".
  const after = tokens[end]?.norm ?? '';
  if (((noun.norm === 'extra' || noun.norm === 'overtime') && TIME_NOUNS.has(after)) || PATTERNS.has(after)) end++;
  // "any time of the day or night", "any day of the week".
  if (tokens[end]?.norm === 'of' && (tokens[end + 1]?.norm === 'the' || tokens[end + 1]?.norm === 'day')) {
    end += tokens[end + 1]!.norm === 'the' ? 3 : 2;
    if (tokens[end]?.norm === 'or' || tokens[end]?.norm === 'and') end += 2;
    return Math.min(end, tokens.length);
  }
  for (let c = end; c < tokens.length && c <= end + CALL_REACH && tokens[c]!.sentence === tokens[k]!.sentence; c++) {
    if (tokens[c]!.gap & (GAP.BREAK | GAP.COMMA) && c > end) break;
    const w = tokens[c]!.norm;
    // "any hours that suit you", "at any time you need": the person's own call.
    if ((CHOOSING.has(w) || CALLING.has(w)) && tokens[c - 1]?.norm === 'you') return -1;
    if (CHOOSING.has(w) && (w === 'suit' || w === 'suits' || w === 'prefer')) return -1;
    if (CALLING.has(w) && tokens[c - 1]?.norm !== 'you' && tokens[c - 1]?.norm !== 'they') return Math.min(c + (tokens[c + 1]?.norm === 'you' ? 2 : 1), tokens.length);
    // "any evening as required", "any shift when needed": the employer's call.
    if (CALLED_FOR.has(w) && c > end && CALLED_WHEN.has(tokens[c - 1]!.norm)) return c + 1;
  }
  // "Any day" and "any shift" alone may be one of a pattern ("any shift on our rota"); "any hour" is open by itself,
  // unless a range bounds it ("at any time between 8am and 6pm").
  const n = noun.norm;
  if (BOUNDED_BY.has(tokens[end]?.norm ?? '')) return -1;
  // "any day including Sundays": every day of the week.
  if (tokens[end]?.norm === 'including' && end + 1 < tokens.length && tokens[end + 1]!.sentence === noun.sentence) return end + 2;
  return n === 'hour' || n === 'time' || n === 'moment' || n === 'point' || n === 'hours' ? end : -1;
}

/**
 * Where the employer's call that starts at token `from` ends, after "whenever" or "as and when" at
 * k ("whenever the principal asks", "as and when the team needs it", "whenever needed"), or -1: not
 * the person's own choice ("whenever you like") or patients' need ("whenever they need us").
 * "Whenever" ending its clause is any call ("stay on whenever").
 */
function callAt(doc: Doc, k: number, from: number): number {
  const { tokens } = doc;
  const whenever = tokens[k]!.norm === 'whenever';
  const first = tokens[from];
  if (whenever && (!first || first.sentence !== tokens[k]!.sentence || first.gap & (GAP.BREAK | GAP.COMMA))) return from;
  if (whenever && first && CALLED_FOR.has(first.norm)) return from + 1;
  for (let c = from; c < tokens.length && c <= from + CALL_REACH && tokens[c]!.sentence === tokens[k]!.sentence; c++) {
    const w = tokens[c]!.norm;
    if ((c > from && tokens[c]!.gap & (GAP.BREAK | GAP.COMMA)) || w === 'you') return -1;
    // "Needs" is also patients' ("care needs"): the verb is read first. Not "whenever they need" when
    // they may be patients; "available to the partners whenever they need them" is the employer's call.
    if (CALLERS.has(w) && c > from && (tokens[c - 1]!.norm !== 'they' || employerBefore(doc, k))) {
      return Math.min(c + (tokens[c + 1]?.norm === 'it' || tokens[c + 1]?.norm === 'them' ? 2 : 1), tokens.length);
    }
    // "whenever they need us" is patients' need; "whenever the patient list runs over" the work's.
    if (nounClass(tokens[c]!.base) === 'patient' && !WORKLOAD.has(tokens[c + 1]?.norm ?? '')) return -1;
    if (pressed(doc, c)) return pressureEnd(doc, c);
  }
  return -1;
}

/** Who "they" after "whenever" at k may be: the noun just before it ("available to the partners whenever they need them"). */
const EMPLOYERS = new Set(['partners', 'partner', 'manager', 'managers', 'consultants', 'team', 'practice', 'department', 'ward', 'management', 'directors', 'doctors', 'gps']);

/** Whether "they" after "whenever" at k refers to the employer: a noun of the employer just before it, within two words. */
function employerBefore(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  return EMPLOYERS.has(tokens[k - 1]?.norm ?? '') || (EMPLOYERS.has(tokens[k - 2]?.norm ?? '') && !(tokens[k]!.gap & GAP.BREAK));
}

/** Where the pressure word at c ends: "short-staffed" may be read as "short", "staffed". */
function pressureEnd(doc: Doc, c: number): number {
  return doc.tokens[c + 1]?.norm === 'staffed' ? c + 2 : c + 1;
}

/** Copulas and verbs before a state of the work: "the ward is short", "we're running behind", "it gets busy". */
const BEING = new Set(['is', 'are', 'was', 'were', "we're", "it's", "they're", 'running', 'runs', 'run', 'gets', 'get', 'getting', 'be']);
/** Nouns after "patient" that make it the work's load: "the patient list", "patient numbers". */
const WORKLOAD = new Set(['list', 'lists', 'numbers', 'flow', 'demand', 'queue', 'queues', 'volumes', 'load']);
/** Verbs before "over" that make it the work overrunning: "the list runs over". */
const OVERRUNNING = new Set(['runs', 'run', 'running', 'ran', 'goes', 'go', 'going', 'went']);
/** States that name the work's pressure only as a state ("is short", "short-staffed"), not as a word's sense ("a short placement", "busy clinics"). */
const STATES = new Set(['short', 'busy', 'busier', 'behind', 'swamped', 'stretched']);

/** Whether the word at c says the work runs over or is short: an overrun, a backlog, or a state after a copula ("is short", "short-staffed"). */
function pressed(doc: Doc, c: number): boolean {
  const { tokens } = doc;
  const w = tokens[c]!.norm;
  // "whenever the list runs over", "whenever clinic goes over".
  if (w === 'over') return OVERRUNNING.has(tokens[c - 1]?.norm ?? '');
  if (!PRESSURE.has(w)) return false;
  if (!STATES.has(w)) return true;
  return BEING.has(tokens[c - 1]?.norm ?? '') || tokens[c + 1]?.norm === 'staffed';
}

/** Where the open-ended time starting at token k ends (exclusive), or -1. */
function openTimeAt(doc: Doc, k: number): number {
  const { tokens } = doc;
  const t = tokens[k]!;
  const w = t.norm;
  // At the employer's call: "whenever the principal asks", "as and when the team needs it".
  if (w === 'whenever') return callAt(doc, k, k + 1);
  // "at all times": read with a verb of being reachable only (timeOfPerson).
  if (w === 'at') {
    if (tokens[k + 1]?.norm === 'all') return tokens[k + 2]?.norm === 'times' ? k + 3 : -1;
    // "at the manager's discretion", "at the discretion of the practice": at the employer's call.
    for (let j = k + 1; j <= k + 3 && j < tokens.length && tokens[j]!.sentence === t.sentence; j++) if (tokens[j]!.norm === 'discretion') return j + 1;
    return -1;
  }
  // "extra shifts when needed", "additional hours as required".
  if (EXTRA.has(w)) {
    if (!EXTRA_TIME.has(tokens[k + 1]?.norm ?? '') || !CALLED_WHEN.has(tokens[k + 2]?.norm ?? '')) return -1;
    const called = tokens[k + 3];
    return called && called.sentence === t.sentence && CALLED_FOR.has(called.norm) ? k + 4 : -1;
  }
  if (w === 'as') {
    if (tokens[k + 1]?.norm === 'and' && tokens[k + 2]?.norm === 'when') return callAt(doc, k, k + 3);
    // "extended hours as the PCN needs", "as our practice requires": the employer's call ("such as the
    // ward", "as well as the team" are no call).
    if (CALL_OWNERS.has(tokens[k + 1]?.norm ?? '') && !NOT_A_CALL.has(tokens[k - 1]?.norm ?? '') && !ownedByAnother(doc, k + 2)) return callAt(doc, k, k + 1);
    if (!CALLED_FOR.has(tokens[k + 1]?.norm ?? '') || tokens[k + 1]!.sentence !== t.sentence) return -1;
    // "evenings and weekends as required": the times off work at the employer's call.
    if (OFF_HOURS.has(tokens[k - 1]?.norm ?? '')) return k + 2;
    // "as required, including evenings": the same times named after the call.
    const including = tokens[k + 2];
    return including?.norm === 'including' && including.sentence === t.sentence && OFF_HOURS.has(tokens[k + 3]?.norm ?? '') ? k + 4 : -1;
  }
  // "evenings and weekends when needed", "at weekends when clinical demand requires": times off work
  // at the employer's or the work's call.
  if (w === 'when' || w === 'if') {
    if (!OFF_HOURS.has(tokens[k - 1]?.norm ?? '')) return -1;
    return CALLED_FOR.has(tokens[k + 1]?.norm ?? '') && tokens[k + 1]!.sentence === t.sentence ? k + 2 : callAt(doc, k, k + 1);
  }
  // "8am to 6pm with flexibility expected": flexibility demanded on top of the hours stated.
  if (w === 'with') return tokens[k + 1]?.norm === 'flexibility' && FLEXIBILITY_DEMANDED.has(tokens[k + 2]?.norm ?? '') ? k + 3 : -1;
  const set = phraseFrom(doc, OPEN_BY_FIRST, k);
  // "day and night shifts" is a pattern of shifts, not time at any hour.
  if (set) return PATTERN_NOUNS.has(tokens[k + set.length]?.norm ?? '') ? -1 : k + set.length;
  if (ANY.has(w)) return anyTime(doc, k);
  const next = tokens[k + 1];
  // "no notice", "short-notice nights", "at a moment's notice".
  if (NOTICE_BEFORE.has(w) && next?.norm === 'notice') return k + 2;
  // "with no limit", "without exception", "no end".
  // "no end date", "no end of support" are not limits on time.
  if ((w === 'no' || w === 'without') && LIMITS.has(next?.norm ?? '')) {
    if (next!.norm === 'end' && (tokens[k + 2]?.norm === 'of' || tokens[k + 2]?.norm === 'date')) return -1;
    // "no restrictions on availability": the limit is on the person's time.
    return tokens[k + 2]?.norm === 'on' && LIMITED.has(tokens[k + 3]?.norm ?? '') ? k + 4 : k + 2;
  }
  if (w === 'without' && next?.norm === 'any' && LIMITS.has(tokens[k + 2]?.norm ?? '')) return k + 3;
  if (w === 'unlimited' && (next?.norm === 'hours' || next?.norm === 'availability')) return k + 2;
  // "until the last patient leaves", "until the work is done": an event, not a clock time.
  if (w === 'until' || w === 'till' || w === 'til') return untilEvent(doc, k);
  // "on your days off", "during annual leave", "in the school holidays": read from the time off, back to its preposition.
  const off = phraseFrom(doc, OFF_BY_FIRST, k);
  if (off) {
    let j = k - 1;
    let own = false;
    for (; j >= 0 && j >= k - 2 && OFF_DETERMINERS.has(tokens[j]!.norm); j--) if (OWN.has(tokens[j]!.norm)) own = true;
    // "at all times, including during annual leave": the person's own leave, added to the time asked.
    if (tokens[j - 1]?.norm === 'including' || tokens[j - 1]?.norm === 'even') own = true;
    // Leave and holidays are the person's own only with "your": "cover during their annual leave" is colleagues' leave, the job.
    if (j >= 0 && OFF_PREPOSITIONS.has(tokens[j]!.norm) && (own || OFF_ALONE.has(off[0]!))) return k + off.length;
  }
  const parents = phraseFrom(doc, PARENTS_BY_FIRST, k);
  if (parents) return k + parents.length;
  // "after closing", "past your finish time", "beyond your contracted hours".
  if (BEYOND.has(w)) {
    const day = k + 1 < tokens.length ? longestFrom(doc, DAY_END_BY_FIRST, k + 1) : undefined;
    const end = day ? k + 1 + day.length : -1;
    // "outside hours" alone may be the out-of-hours service; "outside your hours" is the person's.
    if (end < 0 || (w === 'outside' && end === k + 2 && tokens[k + 1]!.norm === 'hours')) return -1;
    return end;
  }
  // "finish when they finish", "it ends when it ends".
  if (ENDING_VERBS.has(w) && next?.norm === 'when') {
    const subject = tokens[k + 2];
    const again = tokens[k + 3];
    if (subject && again && again.sentence === t.sentence && ENDING_VERBS.has(again.norm) && again.norm.slice(0, 3) === w.slice(0, 3)) return k + 4;
    // "finish when the work is done", "end when everything is finished".
    for (let j = k + 3; j < tokens.length && j <= k + 6 && tokens[j]!.sentence === t.sentence; j++) {
      if (isDigitWord(doc, j)) return -1;
      if (tokens[j]!.norm === 'done' || tokens[j]!.norm === 'finished') return j + 1;
    }
  }
  return -1;
}


/** Where "until" at k and the event that ends the work end ("until the last patient leaves"), or -1 for a clock time or a date. */
function untilEvent(doc: Doc, k: number): number {
  const { tokens } = doc;
  for (let j = k + 1; j < tokens.length && j <= k + UNTIL_REACH && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
    const t = tokens[j]!;
    if (j > k + 1 && t.gap & (GAP.BREAK | GAP.COMMA)) return -1;
    // "until 8pm", "until the end of March", "until your shift ends".
    if (t.shape & SHAPE.DIGIT || t.norm === 'midnight' || t.norm === 'noon' || t.norm === 'shift' || t.norm === 'rota' || RELIEVED.has(t.norm)) return -1;
    if (j > k + 1 && ENDED.has(t.norm)) return j + 1;
  }
  return -1;
}

/** Whether the sentence from `from` makes a demand of the person before the verb at `verb`: a requirement word, an instruction, a criterion listed bare, or an item under a request. */
function demanded(doc: Doc, from: number, verb: number, cue: number): boolean {
  const { tokens } = doc;
  // A noun of time given takes its demand after it: "overtime is expected whenever".
  const upTo = tokens[verb]!.norm === 'overtime' ? cue : verb;
  for (let j = from; j <= upTo; j++) {
    const list = REQUIRING_BY_FIRST.get(tokens[j]!.norm);
    if (!list) continue;
    for (const words of list) if (doc.phraseAt(j, words) && !negatedBefore(doc, j, from)) return true;
  }
  if (doc.roleOf(cue) === 'essential') return true;
  // An instruction: "Stay until the list is done", "Please be on call".
  const first = tokens[from]!.norm === 'please' ? from + 1 : from;
  if (IMPERATIVES.has(tokens[first]?.norm ?? '')) return true;
  // A second instruction in a bulleted duty: "- Take part in the rota, and stay on until the list is done".
  if (tokens[from]!.gap & GAP.BULLET && IMPERATIVES.has(tokens[statementOf(doc, verb)]!.norm)) return true;
  // A criterion listed bare ("- Able to work nights without exception") or under "we're after:".
  if (tokens[from]!.gap & GAP.BULLET && (ITEM_LEADS.has(tokens[from]!.norm) || from === verb)) return true;
  return listedUnderRequest(doc, cue);
}

/** Whether a negation in the two words before token j (from `from`) lifts the demand: "you won't need to", "we never expect". */
function negatedBefore(doc: Doc, j: number, from: number): boolean {
  for (let n = j - 1; n >= from && n >= j - 2; n--) if (NEGATIONS.has(doc.tokens[n]!.norm)) return true;
  return false;
}

/**
 * The verb of giving time nearest before the cue at k in its sentence, or -1: the person is asked to
 * stay, come in, cover or be contactable. Its clause's subject must not be patients, a service, a
 * rota or a place ("clinics may run until the last patient is seen", "the rota can change at short
 * notice"), and a negation just before it lifts the demand ("you will never be asked to stay").
 */
function givingTime(doc: Doc, k: number, from: number): number {
  const { tokens } = doc;
  let best = -1;
  for (let j = k - 1; j >= from && j >= k - VERB_REACH && best < 0; j--) if ((GIVING_TIME.has(tokens[j]!.norm) && !freeOtherwise(doc, j)) || onCall(doc, j) || attending(doc, j) || calloutAt(doc, j)) best = j;
  if (best < 0) return -1;
  const [clauseFrom] = doc.clauseRange(tokens[best]!.clause);
  for (let j = Math.max(clauseFrom, best - 4); j < best; j++) {
    if (NEGATIONS.has(tokens[j]!.norm)) return -1;
  }
  return otherSubject(doc, best) ? -1 : best;
}

/**
 * Whether the words from the verb at `verb` to the time at [k, end) ask for the person's time: not a
 * task with a patient or with anyone ("stay with the patient until they are handed over"), and a limit denied only
 * of time ("work nights without exception", not "work within the code without exception").
 */
function timeOfPerson(doc: Doc, verb: number, k: number, end: number): boolean {
  const { tokens } = doc;
  // "available to work flexibly at all times": a word of being reachable anywhere in the statement.
  if (tokens[k]!.norm === 'at' && tokens[k + 1]?.norm === 'all') {
    for (let j = statementOf(doc, verb); j <= verb; j++) if (REACHABLE.has(tokens[j]!.norm)) return true;
    return false;
  }
  // "late finishes whenever the list runs over": a word of time just before the verb makes it time given.
  let timely = TIMELY_VERBS.has(tokens[verb]!.norm) || TIME_WORDS.has(tokens[verb - 1]?.norm ?? '');
  // "work with children in the school holidays", "stay with the patient until": a task with someone.
  if (tokens[verb + 1]?.norm === 'with') return false;
  // "stay calm when we're short", "remain professional": a manner kept, not time given.
  if (STAYING.has(tokens[verb]!.norm) && verb + 1 < k && !STAYING_ON.has(tokens[verb + 1]!.norm)) return false;
  for (let j = verb + 1; j < k; j++) {
    const cls = nounClass(tokens[j]!.base);
    if (cls === 'patient') return false;
    // "may need to cover a branch at short notice": a place covered now and then is the job's task;
    // "able to cover other branches at short notice", demanded outright, is time asked of the person.
    if (COVERING.has(tokens[verb]!.norm) && (cls === 'place' || cls === 'service' || cls === 'organisation') && hedged(doc, verb)) return false;
    timely ||= TIME_NOUNS.has(tokens[j]!.norm) || TIME_WORDS.has(tokens[j]!.norm);
  }
  // At the employer's call ("whenever the ward needs"), time is asked only of a verb of time or with a
  // time named ("cover extra shifts whenever"), not of a task ("cover other wards whenever asked").
  if (CALLS.has(tokens[k]!.norm)) return timely;
  return timely || !LIMITS.has(tokens[end - 1]!.norm);
}

/** Whether the subject of the verb at token v (the first noun of a class in its clause before it) is patients, a service, a rota or a place. */
function otherSubject(doc: Doc, v: number): boolean {
  const { tokens } = doc;
  for (let j = statementOf(doc, v); j < v; j++) {
    const cls = nounClass(tokens[j]!.base);
    if (cls !== undefined) return NOT_THE_PERSON.has(cls);
  }
  return false;
}

/**
 * Whether the person's own time off is asked for from the cue at k to the sentence's end ("at all
 * times, including during annual leave", "on your days off"): urgent work is the job stated, but
 * not when it is to be done on the person's leave.
 */
function ownTimeOff(doc: Doc, k: number, to: number): boolean {
  for (let j = k; j < to; j++) if (phraseFrom(doc, OFF_BY_FIRST, j) && openTimeAt(doc, j) > j) return true;
  return false;
}

/** The open-ended times demanded of the person in the text. */
function timesDemanded(doc: Doc): Hit[] {
  const { tokens } = doc;
  const hits: Hit[] = [];
  // Only the tokens of the cues' first words (doc.tokensWith) are read, not every token.
  const cues = doc.tokensWith(CUE_FIRST);
  let lastSentence = -1;
  for (let i = 0; i < cues.length; i++) {
    const k = cues[i]!;
    const t = tokens[k]!;
    if (t.sentence === lastSentence) continue;
    const end = openTimeAt(doc, k);
    if (end < 0) continue;
    const [from, to] = doc.sentenceRange(t.sentence);
    // "Home visits finish when they finish": the role's hours stated as having no end are the demand,
    // as is flexibility expected on top of the hours stated ("8am to 6pm with flexibility expected");
    // "drop everything" holds its own verb.
    const tautology = ENDING_VERBS.has(t.norm) || t.norm === 'with';
    const ownVerb = tautology || SELF_VERBS.has(t.norm) || EXTRA.has(t.norm);
    // A tautology's subject is the work just before it ("ward rounds finish when they finish"), unless it is patients'.
    const verb = tautology ? (nounClass(tokens[k - 1]?.base ?? '') === 'patient' ? -1 : k) : ownVerb ? (otherSubject(doc, k) ? -1 : k) : givingTime(doc, k, from);
    if (verb < 0 || (!tautology && !demanded(doc, from, verb, k)) || (!ownVerb && !timeOfPerson(doc, verb, k, end))) continue;
    // A place or a service that keeps the hours ("a hub open around the clock"), or urgent work stated.
    if (KEPT_BY_SERVICE.has(tokens[k - 1]?.norm ?? '') || KEPT_BY_SERVICE.has(tokens[k - 2]?.norm ?? '')) continue;
    // A bound in the sentence lifts every time in it.
    // A limit denied on availability itself ("a 24/7 rota with no restrictions on availability") asks more than the rota.
    const onAvailability = tokens[end - 2]?.norm === 'on' && LIMITED.has(tokens[end - 1]!.norm);
    if (
      boundedSentence(doc, from, to) ||
      (sentenceHas(doc, from, to, URGENT_BY_FIRST) && !ownTimeOff(doc, k, to)) ||
      (!onAvailability && ownRota(doc, statementOf(doc, verb), to, k))
    ) {
      lastSentence = t.sentence;
      continue;
    }
    // The span: the time, with its verb when close ("stay until the last patient leaves"), so that it
    // does not cover other findings' words; a tautology with its subject.
    // "on call", "call-outs": the span takes the verb's first word.
    let a = k - verb <= SPAN_VERB_REACH ? (tokens[verb]!.norm === 'call' || calloutAt(doc, verb) ? verb - 1 : verb) : k;
    if (tautology && t.norm !== 'with') while (a > from && k - a < 3 && !(tokens[a]!.gap & (GAP.BREAK | GAP.COMMA | GAP.BULLET))) a--;
    // A time that follows straight on qualifies the same demand: "until the last patient has gone, however late".
    let last = end;
    for (;;) {
      // "past your finish time as long as it takes": one joining word may come between.
      const at = last < to && JOINING.has(tokens[last]!.norm) ? last + 1 : last;
      const more = at < to ? openTimeAt(doc, at) : -1;
      if (more <= at) break;
      last = more;
    }
    hits.push({ start: tokens[a]!.start, end: tokens[last - 1]!.end });
    lastSentence = t.sentence;
  }
  return hits;
}

/**
 * Time with no bound demanded of the person: "stay until the last patient leaves", "any shift we
 * give you", "come in at any hour", "on your rest days", "with no limit".
 */
export const timeDemanded: SpanHandler = {
  kind: 'span',
  find: ({ doc }) => timesDemanded(doc),
};

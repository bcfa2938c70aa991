import type { Doc } from '../document';
import { type JudgementAt, judgementNear, type ReadOptions } from '../judgement/reader';
import { NEGATIONS, nounClass, THIRD_PERSON_POSSESSIVES } from '../lexicon';
import { phraseSetIn } from '../phrase-sets';
import { GAP } from '../tokenize';

// Whether what a note says of a candidate is held for or against them: the third part of the
// reading (who: who.ts; what: what.ts). The judgement words themselves are one vocabulary
// (judgement/vocabulary.ts, read by judgement/reader.ts); this is where a note's judgement may be.
// A note often states the characteristic in one sentence and judges it in the next: "says she had a
// year off with depression. Not sure we need that risk.", "uses a hearing aid. I'd mark her down."

/** Words by which a sentence refers back to what the one before it said: "That might be a problem", "one of them is off", "see him lasting". */
const BACK = new Set(['that', 'this', 'it', "that's", "it's", 'them', 'him', 'those', 'these', 'she', 'he', "she'll", "he'll", "she'd", "he'd", "she's", "he's"]);
/** A person named inside a decision: "dropped her a point", "mark him down". */
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them']);
/** Words after "that" that make it open a clause ("not sure that she"), not refer back. */
const CLAUSE_AFTER_THAT = new Set(['she', 'he', 'they', 'we', 'i', 'you', "she'll", "he'll", "she'd", "he'd", "she's", "he's"]);
/** Words after a judgement that give it an object of its own: "Not sure about her wound care", "worried whether the rota". */
const OWN_OBJECT = new Set(['about', 'with', 'whether', 'if', 'how', 'why', 'of', 'regarding', 're']);
/**
 * Traits of the person a doubt may take as its object after a characteristic, which refer back to
 * the person rather than to a skill: "I'd worry about reliability", "not sure about her stamina".
 */
const TRAITS = new Set([
  'reliability', 'resilience', 'attendance', 'absence', 'absences', 'sickness', 'stamina', 'energy', 'accuracy', 'concentration',
  'focus', 'memory', 'judgement', 'capacity', 'commitment', 'availability', 'punctuality', 'temperament', 'stability',
  // The job's demands the person is doubted against: "worried about night shifts", "not sure about the stairs".
  'nights', 'night', 'lates', 'earlies', 'weekends', 'on-call', 'pace', 'stairs', 'lifting', 'phones', 'workload', 'rota',
]);
/** How far after "about" or "with" the trait may be: "about her reliability", "about how reliable". */
const TRAIT_REACH = 2;

/** Whether a trait of the person is among the first words from j: "reliability", "her stamina". */
function traitAfter(doc: Doc, j: number, to: number): boolean {
  for (let h = j; h < to && h <= j + TRAIT_REACH; h++) if (TRAITS.has(doc.tokens[h]!.norm)) return true;
  return false;
}

/** Verbs of taking something said of a person, well or badly: "how the team would take it", "how patients react". */
const REACTIONS = new Set(['take', 'react', 'respond', 'cope', 'feel']);
/** Words after those verbs that refer back: "take it", "feel about that", "cope with him". */
const REACTED_TO = new Set(['it', 'that', 'this', 'him', 'her', 'them', 'about', 'with', 'to']);
/** Words for the people who may react, besides nouns for staff, patients and persons: "how they would take it". */
const REACTORS = new Set(['they', 'we', 'you', 'people', 'everyone', 'everybody', 'lads', 'girls', 'guys', 'team', 'crew', 'crews', 'colleagues', 'staff', 'patients', 'residents', 'families']);
const isPeople = (cls: ReturnType<typeof nounClass>) => cls === 'person' || cls === 'patient';
/** How far after "how" the reaction may be: "how the lads in the workshop would take it". */
const REACTION_REACH = 10;

/** Whether a reaction to what came before is among the words from j: "the lads would take it", "patients would react". */
function reactionTo(doc: Doc, j: number, to: number): boolean {
  const { tokens } = doc;
  let people = false;
  for (let h = j; h < to && h <= j + REACTION_REACH; h++) {
    // Only people react to a remark: "how the lads would take it", not "how the lift would cope".
    if (!REACTIONS.has(tokens[h]!.base)) {
      people ||= REACTORS.has(tokens[h]!.norm) || isPeople(nounClass(tokens[h]!.base));
      continue;
    }
    if (!people) return false;
    const next = tokens[h + 1];
    return next === undefined || h + 1 >= to || REACTED_TO.has(next.norm) || (next.gap & (GAP.BREAK | GAP.COMMA)) !== 0;
  }
  return false;
}

/** How near its sentence's start a judgement that judges what came before opens: "Could be awkward", "I'd mark her down". */
const OPENS = 2;
/**
 * Words that only soften or size a judgement that opens a sentence, not counted in OPENS: "Bit of a
 * red flag", "Sounds like a lot of hassle", "A real worry", "Quite a risk".
 */
const HEDGES = new Set([
  'a', 'bit', 'of', 'quite', 'rather', 'slightly', 'slight', 'little', 'lot', 'sounds', 'seems', 'looks', 'like', 'possibly', 'probably',
  'just', 'very', 'big', 'real',
]);

/** How many words other than hedges come before the judgement at `at` in the sentence from `from`. */
function openingWords(doc: Doc, from: number, at: number): number {
  let words = 0;
  for (let j = from; j < at; j++) if (!HEDGES.has(doc.tokens[j]!.norm)) words++;
  return words;
}

/**
 * Where the clause that opens with a judgement starts: after "so" when a short statement of the job's
 * own comes first ("The Hub is upstairs, so I don't think it'd work"), as after a sentence of its own
 * (judgedNext's aside); else the sentence's start `from`.
 */
function opening(doc: Doc, from: number, at: number): number {
  for (let j = at - 1; j > from; j--) if (doc.tokens[j]!.norm === 'so') return asidesFact(doc, from, j) ? j + 1 : from;
  return from;
}

/** How far around the judgement a word that refers back may be. */
const BACK_REACH = 4;
/** How far into the next sentence its judgement is read. */
const NEXT_REACH = 16;

/**
 * Whether the judgement in tokens [from, to), the sentence after a characteristic's, judges it: it
 * opens the sentence with no object of its own ("Not sure we need that risk", "Could be awkward on a
 * busy DCA"), or refers back to it or to the person ("That might be a problem", "whenever one of them
 * is off sick", "I can't see him lasting"). "Not sure about her wound care" is another matter.
 */
function refersBack(doc: Doc, judged: JudgementAt, from: number, to: number): boolean {
  const { tokens } = doc;
  if (openingWords(doc, opening(doc, from, judged.start), judged.start) <= OPENS && !OWN_OBJECT.has(tokens[judged.end]?.norm ?? '')) return true;
  // "I'd worry about reliability", "not sure about his stamina": the object is a trait of the person.
  if (OWN_OBJECT.has(tokens[judged.end]?.norm ?? '') && traitAfter(doc, judged.end + 1, to)) return true;
  // "Not sure how the lads would take it": others' reaction to what was just said of the person.
  if (tokens[judged.end]?.norm === 'how' && reactionTo(doc, judged.end + 1, to)) return true;
  // "so I've dropped her a point": a decision against the person that names them itself.
  if (judged.kind === 'refuse') for (let j = judged.start; j < judged.end; j++) if (OBJECT_PRONOUNS.has(tokens[j]!.norm)) return true;
  const stop = Math.min(to, judged.end + BACK_REACH);
  for (let j = Math.max(from, judged.start - BACK_REACH); j < stop; j++) {
    const w = tokens[j]!.norm;
    if (BACK.has(w) && !(w === 'that' && CLAUSE_AFTER_THAT.has(tokens[j + 1]?.norm ?? ''))) return true;
  }
  return false;
}

/**
 * The judgement of a characteristic at token k, whose sentence ends at `sentenceEnd` with none, in the
 * next sentence of its paragraph when that sentence judges it (refersBack), or undefined. Only in
 * notes and e-mails: an advert's next sentence is about the next thing.
 */
export function judgedNext(doc: Doc, k: number, sentenceEnd: number, options: ReadOptions = {}): JudgementAt | undefined {
  const { tokens } = doc;
  if (doc.kind === 'advert' || sentenceEnd >= tokens.length || tokens[sentenceEnd]!.line !== tokens[k]!.line) return undefined;
  const nextEnd = doc.sentenceEnd(tokens[sentenceEnd]!.sentence);
  const to = Math.min(nextEnd, sentenceEnd + NEXT_REACH);
  const judged = judgementNear(doc, sentenceEnd, to, sentenceEnd, -1, -1, options);
  if (judged) return refersBack(doc, judged, sentenceEnd, to) ? judged : undefined;
  // "she's a wheelchair user. Our dispensary is tiny. Let's not put her through.": a short statement
  // of the job's own between the fact and the decision that refers back to the person.
  if (!asidesFact(doc, sentenceEnd, nextEnd) || nextEnd >= tokens.length || tokens[nextEnd]!.line !== tokens[k]!.line) return undefined;
  const after = Math.min(doc.sentenceEnd(tokens[nextEnd]!.sentence), nextEnd + NEXT_REACH);
  const later = judgementNear(doc, nextEnd, after, nextEnd, -1, -1, options);
  return later && refersBack(doc, later, nextEnd, after) ? later : undefined;
}

/** How many words a statement between a fact and its judgement may run to: "Our dispensary is tiny." */
const ASIDE_LENGTH = 10;
/**
 * Words by which a sentence weighs the candidate on the criteria or says more of them, so a decision
 * after it may be about that instead: "Weak on the clinical scenario.", "Scored 12 of 20.", "She
 * interviewed well."
 */
const ON_THE_CRITERIA = new Set([
  'weak', 'weaker', 'poor', 'strong', 'stronger', 'good', 'great', 'excellent', 'scored', 'score', 'scores', 'answer', 'answers',
  'answered', 'criteria', 'criterion', 'essential', 'essentials', 'desirable', 'experience', 'skills', 'lacks', 'lacking',
  'meets', 'met', 'reference', 'references', 'interview', 'interviewed', 'statement', 'she', 'he', "she's", "he's", 'her', 'his',
]);

/** Whether tokens [from, to) are a short statement of something other than the candidate or how they meet the criteria. */
function asidesFact(doc: Doc, from: number, to: number): boolean {
  if (to - from > ASIDE_LENGTH) return false;
  for (let j = from; j < to; j++) if (ON_THE_CRITERIA.has(doc.tokens[j]!.norm)) return false;
  return true;
}

/** How many words of the judging clause after its judgement a finding may take in: "Not sure [we need that risk]". */
const TAIL = 8;
/** Prepositions that open what the judgement is about, or where: "a problem [with our lists]", "a risk [on a ward]". */
const ADJUNCT = new Set(['on', 'at', 'for', 'with', 'in', 'during', 'across', 'within', 'by', 'from', 'after', 'before', 'like']);

/**
 * The end of what a judgement in a later sentence than the words it judges says: on to the end of
 * its clause or the first preposition after it, whichever comes first, a few words at most ("Not sure
 * we need that risk", "I'd mark her down", "I doubt she could keep up"), so the finding holds both the
 * fact and the decision against the person.
 */
export function judgingEnd(doc: Doc, judged: JudgementAt): number {
  const { tokens } = doc;
  const stop = Math.min(doc.clauseEnd(tokens[judged.end - 1]!.clause), judged.end + TAIL);
  let end = judged.end;
  while (end < stop && !ADJUNCT.has(tokens[end]!.norm)) end++;
  return end;
}

/**
 * The tokens to flag for the words at [k, end) judged by `judged`: both; when the judgement is in a
 * later sentence that refers back (judgedNext), from the words to the end of its clause, as one
 * finding: the fact and the decision against the person are one thing to put right ("a year off with
 * depression in 2022. Not sure we need that risk").
 */
export function spanWith(doc: Doc, k: number, end: number, judged: JudgementAt): [number, number] {
  const { tokens } = doc;
  if (judged.start >= end && tokens[judged.start]!.sentence !== tokens[end - 1]!.sentence) return [k, Math.max(judgingEnd(doc, judged), verdictAfter(doc, judged.start))];
  return [Math.min(k, judged.start), Math.max(end, judged.end, againOpening(doc, k))];
}

/** Words a short verdict sentence is made of: "Probably no.", "Maybe skip.", "I'd say pass.", "Not for now." */
const VERDICT_WORDS = new Set([
  'probably', 'prob', 'maybe', 'likely', 'possibly', 'so', 'i', "i'd", 'say', 'think', 'a', "it's", "that's", 'for', 'me', 'now', 'us', 'then', "let's", 'lets',
  'no', 'not', 'nope', 'nah', 'skip', 'pass', 'decline', 'reject', 'out',
]);
/** The words of a verdict that decide against the person: a verdict of "Probably yes." is not one. */
const VERDICT_AGAINST = new Set(['no', 'not', 'nope', 'nah', 'skip', 'pass', 'decline', 'reject', 'out']);
/** How many words a verdict sentence has at most. */
const VERDICT_LENGTH = 4;

/**
 * The end of a short verdict against the person that follows, on the same line, the note's sentence
 * that holds token j ("Not sure she'd manage the phones. Probably no.", "Worried about nights. Pass."),
 * or -1: the decision is part of the finding. Only in notes and e-mails, after a judgement already read.
 */
export function verdictAfter(doc: Doc, j: number): number {
  const { tokens } = doc;
  const from = doc.sentenceEnd(tokens[j]!.sentence);
  if (doc.kind === 'advert' || from >= tokens.length || tokens[from]!.line !== tokens[j]!.line) return -1;
  const to = doc.sentenceEnd(tokens[from]!.sentence);
  if (to - from > VERDICT_LENGTH) return -1;
  let against = false;
  for (let i = from; i < to; i++) {
    const norm = tokens[i]!.norm;
    if (!VERDICT_WORDS.has(norm)) return -1;
    against ||= VERDICT_AGAINST.has(norm);
  }
  return against ? to : -1;
}

const AGAINST = { kinds: ['doubt', 'refuse'] } as const;

/**
 * The end of a doubt or a refusal that opens a note's next sentence and refers back, after a sentence
 * that already judged the words at k ("he's asked for prayer breaks. Could be awkward on a busy
 * DCA"), or of a short verdict after either ("Probably not."), or -1: the decision against the person
 * is part of the same finding.
 */
export function againOpening(doc: Doc, k: number): number {
  const sentenceEnd = doc.sentenceEnd(doc.tokens[k]!.sentence);
  const next = judgedNext(doc, k, sentenceEnd, AGAINST);
  if (next && next.start - sentenceEnd <= OPENS) return Math.max(judgingEnd(doc, next), verdictAfter(doc, next.start));
  return verdictAfter(doc, k);
}

/**
 * A short verdict against the person that is the whole of the note's next sentence after the words at
 * k ("- Omar: ADHD, I think. Probably not.", "uses a stick. Pass."), as a refusal of what was noted; or
 * undefined. The sentence must follow on the same line, so a verdict on the next candidate is not read.
 */
export function verdictNext(doc: Doc, k: number): JudgementAt | undefined {
  const end = verdictAfter(doc, k);
  return end < 0 ? undefined : { kind: 'refuse', start: doc.sentenceEnd(doc.tokens[k]!.sentence), end, takesObject: false };
}

/** How far after the words a "though" or "mind you" that concedes them may be: "mentioned a toddler though". */
const CONCEDE_REACH = 4;

/** Whether token j ends its clause or sentence (nothing after it, or a comma or a stop). */
function closes(doc: Doc, j: number): boolean {
  const next = doc.tokens[j + 1];
  return next === undefined || next.sentence !== doc.tokens[j]!.sentence || (next.gap & (GAP.COMMA | GAP.BREAK)) !== 0;
}

/**
 * A note's "though" or "mind you" closing what is said of the words that end at `end` (their
 * sentence or clause), which marks them as a drawback ("She's mentioned a toddler though.", "Only 23
 * though, might be", "Two under fives, mind you."), as a doubt; not "though" that opens a clause
 * ("though she has cover") and not in an advert.
 */
export function concededAfter(doc: Doc, end: number): JudgementAt | undefined {
  const { tokens } = doc;
  if (doc.kind === 'advert') return undefined;
  const sentence = tokens[end - 1]!.sentence;
  for (let j = end; j < tokens.length && j < end + CONCEDE_REACH && tokens[j]!.sentence === sentence; j++) {
    // "mind you" may follow a comma: "in her fifties, mind you".
    if (tokens[j]!.norm === 'mind' && tokens[j + 1]?.norm === 'you' && tokens[j + 1]!.sentence === sentence) {
      return closes(doc, j + 1) ? { kind: 'doubt', start: j, end: j + 2, takesObject: false } : undefined;
    }
    if (tokens[j]!.norm !== 'though') {
      if (tokens[j]!.gap & (GAP.COMMA | GAP.BREAK)) return undefined;
      continue;
    }
    return closes(doc, j) ? { kind: 'doubt', start: j, end: j + 1, takesObject: false } : undefined;
  }
  return undefined;
}

/** Words that concede a drawback after praise: "lovely, though English isn't her mother tongue". */
const CONCEDING = new Set(['though', 'although']);

/**
 * A note's ", though" opening the clause that holds the words at k, after something said for the
 * person: "Candidate 5 is lovely, though English isn't her mother tongue". The words are a drawback.
 */
export function concededBefore(doc: Doc, k: number): JudgementAt | undefined {
  const { tokens } = doc;
  if (doc.kind === 'advert') return undefined;
  for (let j = k - 1; j >= 0 && j >= k - CONCEDE_REACH && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
    if (CONCEDING.has(tokens[j]!.norm)) return tokens[j]!.gap & GAP.COMMA ? { kind: 'doubt', start: j, end: j + 1, takesObject: false } : undefined;
  }
  return undefined;
}

/** Words that praise the candidate before a "but": "good, but", "impressive but", "strongest on risk but". */
const PRAISE = new Set([
  'good', 'great', 'strong', 'strongest', 'stronger', 'excellent', 'impressive', 'lovely', 'brilliant', 'fantastic', 'outstanding',
  'superb', 'best', 'keen', 'capable', 'experienced', 'knowledgeable', 'solid', 'ideal',
]);

/**
 * A note's "but" after praise of the person, opening the clause that holds the words at k: "Dr B:
 * good, but mentions a history of depression", "impressive but she's been on antidepressants". What
 * follows is set against the merit just granted, as a drawback.
 */
export function contrastedWithPraise(doc: Doc, k: number): JudgementAt | undefined {
  const { tokens } = doc;
  if (doc.kind === 'advert') return undefined;
  for (let j = k - 1; j >= 0 && j >= k - CONCEDE_REACH - 2 && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
    // The "but" opens k's own clause: a ";", ":" or bracket between them starts another ("but seemed nervous; mentioned …").
    if (tokens[j + 1]!.gap & GAP.BREAK) return undefined;
    if (tokens[j]!.norm !== 'but') continue;
    for (let h = j - 1; h >= 0 && h >= j - CONCEDE_REACH && tokens[h]!.sentence === tokens[j]!.sentence; h--) {
      if (PRAISE.has(tokens[h]!.norm)) return { kind: 'doubt', start: j, end: j + 1, takesObject: false };
    }
    return undefined;
  }
  return undefined;
}

/** Words of how a person speaks or is understood: "accent", "her English", "understand", "follow". */
const SPEECH = new Set(['accent', 'accents', 'accented', 'english', 'understand', 'understood', 'follow', 'pronounce', 'pronunciation', 'diction']);
/** Of them, those a note already holds against the person by naming: "her accent is quite strong". */
const ACCENT = new Set(['accent', 'accents', 'accented']);
/** Verbs of a check set for this person on how they speak: "check she'll understand", "test whether her English", "hear his accent". */
const CHECKS = new Set(['check', 'checking', 'test', 'testing', 'hear', 'assess', 'assessing']);
/** Words that clear what is said of the speech: "her English is excellent", "accent fine on the phone". */
const CLEARED = new Set(['fine', 'clear', 'clearly', 'excellent', 'fluent', 'perfect', 'great', 'good', 'easy', 'easily', 'well', 'passed']);
/** Words after "test" that make it one taken, not a check set: "her English test score is 8.0". */
const TAKEN = new Set(['score', 'scores', 'result', 'results', 'passed', 'certificate']);
/** How far on in its note (its line) a doubt of the person's speech may be from where they trained. */
const SPEECH_REACH = 60;

/**
 * A remark others made about the person's speech, ending just before token k: "made jokes about her
 * accent", "mocked his accent". The writer reports what was said to the person (a complaint, an exit
 * interview), not a doubt of their own. The remarks are the wordlists' phrase set "remarks-on-speech",
 * which the accent and name-judged rules read as "@remarks-on-speech", so the two readings agree.
 */
export function remarkBefore(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const last = tokens[k - 1];
  if (!last || last.sentence !== tokens[k]?.sentence) return false;
  const phrases = remarksOf(doc.phraseSets).get(last.norm);
  if (!phrases) return false;
  for (let i = 0; i < phrases.length; i++) {
    const words = phrases[i]!;
    const from = k - words.length;
    if (from < 0 || tokens[from]!.sentence !== last.sentence) continue;
    let w = 0;
    while (w < words.length && tokens[from + w]!.norm === words[w]) w++;
    if (w === words.length) return true;
  }
  return false;
}
/** The remarks by their last word, made once per ruleset's phrase sets (a caller may analyse with its own). */
const remarksBySets = new WeakMap<object, Map<string, string[][]>>();
function remarksOf(sets: Readonly<Record<string, string[][]>>): Map<string, string[][]> {
  let index = remarksBySets.get(sets);
  if (!index) {
    index = byLastWord(phraseSetIn(sets, 'remarks-on-speech'));
    remarksBySets.set(sets, index);
  }
  return index;
}
function byLastWord(phrases: readonly string[][]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const words of phrases) {
    const last = words[words.length - 1]!;
    const listed = index.get(last);
    if (listed) listed.push(words);
    else index.set(last, [words]);
  }
  return index;
}

/** Whether the clause [from, to) clears the person's speech ("her English is excellent", "no accent issues"). */
function cleared(doc: Doc, from: number, to: number): boolean {
  for (let h = from; h < to; h++) if (CLEARED.has(doc.tokens[h]!.norm) || NEGATIONS.has(doc.tokens[h]!.norm)) return true;
  return false;
}

/**
 * A doubt of the person's speech later in the same note (its line) as where they trained or came
 * from, which holds that place against them: "trained in Lagos and I'd want to hear his accent",
 * "qualified in Pakistan. Phone call was fine but her accent is quite strong", "moved here from
 * Kerala. Solid experience, but we'd need to check she'll understand our older patients". The accent
 * named, or a word of speech in a clause that doubts it or sets a check of it for this person; not
 * "her English is excellent" or "IELTS 8.5". Returned as the doubt of the speech ("check she'll
 * understand our older patients", "her accent is quite strong"), which is a finding of its own beside
 * the place. Read in the place's own sentence, or (`sentenceOnly` false) on to the end of the note's
 * line. Only in notes and e-mails.
 */
export function speechDoubtedAfter(doc: Doc, end: number, sentenceOnly: boolean): JudgementAt | undefined {
  const { tokens } = doc;
  if (doc.kind === 'advert') return undefined;
  const line = tokens[end - 1]!.line;
  const stop = Math.min(tokens.length, end + SPEECH_REACH, sentenceOnly ? doc.sentenceEnd(tokens[end - 1]!.sentence) : tokens.length);
  for (let j = end; j < stop && tokens[j]!.line === line; j++) {
    const norm = tokens[j]!.norm;
    if (!SPEECH.has(norm)) continue;
    const [from, to] = doc.clauseRange(tokens[j]!.clause);
    if (cleared(doc, from, to)) continue;
    // Where the doubt starts: the judgement or the check before the word of speech, else the word
    // itself with its possessive ("her accent").
    let start = THIRD_PERSON_POSSESSIVES.has(tokens[j - 1]!.norm) ? j - 1 : j;
    if (remarkBefore(doc, j)) continue;
    let doubted = ACCENT.has(norm);
    const judged = judgementNear(doc, from, to, j, -1, -1, { kinds: AGAINST_OR_ASK });
    if (judged) {
      doubted = true;
      start = Math.min(start, judged.start);
    }
    for (let h = from; h < j && !doubted; h++) {
      if (!CHECKS.has(tokens[h]!.norm) || TAKEN.has(tokens[h + 1]?.norm ?? '')) continue;
      doubted = true;
      start = h;
    }
    if (!doubted) continue;
    // On to the end of its clause or a preposition, a few words at most: "is quite strong", not "on the phone".
    let stop = j + 1;
    while (stop < to && stop <= j + SPEECH_TAIL && !ADJUNCT.has(tokens[stop]!.norm)) stop++;
    return { kind: 'doubt', start, end: stop, takesObject: false };
  }
  return undefined;
}

/** Whether tokens [from, to) hold a word of speech: the stretch speechDoubtedAfter found. */
export function isSpeechDoubt(doc: Doc, judged: JudgementAt): boolean {
  for (let j = judged.start; j < judged.end; j++) if (SPEECH.has(doc.tokens[j]!.norm)) return true;
  return false;
}

/** How many words of its clause after the word of speech the doubt runs on to: "understand [our older patients]". */
const SPEECH_TAIL = 3;

const AGAINST_OR_ASK = ['doubt', 'refuse', 'ask'] as const;

/** Modals before "affect" by which a condition is said to harm the work: "which may affect her confidence". */
const MAY = new Set(['may', 'might', 'could', 'would', 'will']);
/** Words that may stand between the condition and the modal: "stammer, which may", "dyslexia that might". */
const AFFECT_OPENERS = new Set(['which', 'that', 'and', 'so', 'this', 'it']);

/**
 * A doubt that the characteristic ending at `end` "may affect" the work, with it as the subject: "a stammer, which may
 * affect confidence with groups", "family commitments that might affect her" (not "the new rota may affect her childcare",
 * where the family words are the object).
 */
export function affectedAfter(doc: Doc, end: number, sentenceEnd: number): JudgementAt | undefined {
  const { tokens } = doc;
  let j = end;
  if (j < sentenceEnd && AFFECT_OPENERS.has(tokens[j]!.norm)) j++;
  if (j + 1 >= sentenceEnd || !MAY.has(tokens[j]!.norm) || tokens[j + 1]!.norm !== 'affect') return undefined;
  return { kind: 'doubt', start: j, end: j + 2, takesObject: false };
}

/** Her, his or their before the characteristic: a person's own, not a group's unnamed ("staff affected by caring duties"). */
const ONE_PERSONS = new Set(['her', 'his', 'their']);
/** Participles before "by" by which the work is said to suffer from what follows. */
const SUFFERED = new Set(['affected', 'hampered', 'disrupted', 'impacted']);

/**
 * A doubt that one person's characteristic starting at `k` harms the work, said the other way round: "was her attendance
 * affected by her childcare arrangements?", "his timekeeping was hampered by his diabetes".
 */
export function affectedBy(doc: Doc, k: number, sentenceFrom: number, sentenceEnd: number): JudgementAt | undefined {
  const { tokens } = doc;
  const j = k - 1;
  if (j - 2 < sentenceFrom || !ONE_PERSONS.has(tokens[j]!.norm) || tokens[j - 1]!.norm !== 'by' || !SUFFERED.has(tokens[j - 2]!.norm)) return undefined;
  // "…, so we arranged coaching": the writer's help that follows makes it a need met, not a doubt.
  if (writerHelped(doc, k + 1, sentenceEnd)) return undefined;
  return { kind: 'doubt', start: j - 2, end: j, takesObject: false };
}

/** The writer, as the subject of what was done to help: "we arranged", "I have extended". */
const WRITERS = new Set(['we', 'i', "we've", "i've", "we'll", "i'll"]);
/** Words that may stand between the writer and the help: "we have also arranged". */
const HELPED_BETWEEN = new Set(['have', 'has', 'had', 'will', 'then', 'also']);
/** What the writer did to help someone whose work suffered. */
const HELPED = new Set([
  'arranged', 'arrange', 'extended', 'extend', 'adjusted', 'adjust', 'adapted', 'adapt', 'offered', 'offer', 'provided', 'provide',
  'gave', 'give', 'moved', 'move', 'supported', 'support', 'referred', 'refer', 'agreed', 'agree',
]);

/** Whether the writer says in [from, to) what they did to help: "so we arranged coaching", "and we have extended his rotation". */
function writerHelped(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let j = from; j < to; j++) {
    if (!WRITERS.has(tokens[j]!.norm)) continue;
    let v = j + 1;
    while (v < to && v <= j + 3 && HELPED_BETWEEN.has(tokens[v]!.norm)) v++;
    if (v < to && HELPED.has(tokens[v]!.norm)) return true;
  }
  return false;
}

import type { Doc } from '../document';
import { MONTHS, nounClass, ONE_RELATIVE, SEVERAL_RELATIVES, THIRD_PERSON_POSSESSIVES } from '../lexicon';
import { GAP } from '../tokenize';
import { judgementNear } from '../judgement/reader';
import { aboutPerson, noteAbout, PERSON } from '../reading/who';
import type { Hit, SpanHandler } from './types';

/** Words that end a clause after "expecting": "she's expecting", "she's expecting again". */
const EXPECTING_ENDS = new Set(['again', 'twins', 'baby', 'soon', 'now']);
/** Seasons a baby is due in, beside the months: "expecting in the spring". */
const SEASONS = new Set(['spring', 'summer', 'autumn', 'winter']);

/** Words after a due date that go on to the next clause: "she's expecting in May and would start after". */
const DUE_ENDS = new Set(['and', 'so', 'but']);

/**
 * Whether "in" and a month or season follow token k and end its clause: "expecting in May", "expecting in
 * the spring" (a due date), not "expecting in the post", nor a plan: "expecting in June to hear about her PIN".
 */
function dueAfter(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  if (tokens[k + 1]?.norm !== 'in') return false;
  const at = tokens[k + 2]?.norm === 'the' ? k + 3 : k + 2;
  const when = tokens[at];
  if (when === undefined || when.sentence !== tokens[k]!.sentence || !(MONTHS.has(when.norm) || SEASONS.has(when.norm))) return false;
  const after = tokens[at + 1];
  return !after || after.sentence !== when.sentence || (after.gap & (GAP.COMMA | GAP.BREAK)) !== 0 || DUE_ENDS.has(after.norm);
}
/** Words of what may come: maternity leave read as a risk, not a post covering it. */
const FUTURE = new Set(['will', "'ll", "she'll", "he'll", "you'll", 'would', "she'd", "he'd", "you'd", 'going', 'likely', 'soon', 'expect', 'bet', 'might', 'could', 'plans', 'planning', 'plan', 'want', 'wants', 'wanting', 'whether', 'risk', 'probably', 'possible', 'possibly']);
/** Words that make maternity leave the post's reason or the employer's offer. */
const MATERNITY_OTHER = new Set([
  'cover', 'covering', 'covers', 'policy', 'policies', 'pay', 'enhanced', 'offer', 'offers', 'entitled', 'entitlement', 'shared', 'paternity', 'adoption',
  'returned', 'colleague', 'colleagues', 'went', 'gone', 'been', 'last', 'previous', 'current', 'currently', 'post', 'vacancy', 'role', 'contract',
  'temporary', 'months', 'staff', 'team', 'until', 'while', 'whilst', 'from', 'since', 'due', 'currently',
]);
/** Marriage: read as a sign of coming maternity leave when a family word follows in the sentence. */
const MARRIED = [['just', 'got', 'married'], ['just', 'got', 'engaged'], ['got', 'married'], ['getting', 'married'], ['just', 'married'], ['recently', 'married'], ['newly', 'married'], ['newlywed'], ['newlyweds'], ['newly', 'wed'], ['just', 'engaged'], ['got', 'engaged'], ['wedding']];
const FAMILY = new Set(['maternity', 'mat', 'baby', 'babies', 'pregnant', 'pregnancy', 'family', 'kids', 'children', 'expecting', 'settle', 'settling']);
/** How far after a marriage its family word may be to join the finding: "just married, so a baby next". */
const FAMILY_REACH = 6;
/** The months of a pregnancy: "five months gone", "7 months gone". */
const MONTH_COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', '2', '3', '4', '5', '6', '7', '8', '9', 'few']);
/** Parents counted: "a mum of three", "mother of two young children". */
const PARENT = new Set(['mum', 'mother', 'mom', 'dad', 'father', 'parent', 'mummy', 'daddy']);
const COUNT = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'young', 'little', 'small', 'twins', 'teenagers', 'toddlers', 'one', 'a', 'under']);
/** Verbs whose object is someone the candidate serves, not the candidate: "help a parent of a toddler", "reassure a mother of twins". */
const HELPED = new Set(['help', 'support', 'advise', 'reassure', 'calm', 'treat', 'see', 'phone', 'call', 'greet', 'assist', 'counsel', 'signpost', 'refer', 'approach', 'handle', 'answer']);
/** Children described by their age or needs: "her kids are grown up", "his children are at school". */
const CHILDREN = new Set(['kids', 'children', 'child', 'kid', 'son', 'sons', 'daughter', 'daughters', 'little']);
const CHILD_STATE = new Set(['grown', 'older', 'young', 'little', 'small', 'school', 'nursery', 'teenagers', 'home', 'left', 'off', 'university', 'uni', 'babies', 'toddlers', 'ill', 'poorly', 'sick']);

/** Marital states noted of a candidate: "she's a newlywed", "divorced, so she'll have more time". */
const MARITAL = new Set(['newlywed', 'newlyweds', 'divorced', 'divorcee', 'widowed', 'widow', 'widower']);
/** Caring for a relative: "looks after her mum", "helps look after her grandchildren", "cares for his dad". */
const CARING = new Set(['look', 'looks', 'looking', 'looked', 'care', 'cares', 'caring', 'cared']);
/** Relatives a candidate may care for: one or several. */
const RELATIVES = new Set([...ONE_RELATIVE, ...SEVERAL_RELATIVES]);

/** The end of "looks after her (elderly) mum" from the verb at k, or -1. */
function caringEnd(doc: Doc, k: number): number {
  const { tokens } = doc;
  const link = tokens[k]!.norm.startsWith('c') ? 'for' : 'after';
  if (tokens[k + 1]?.norm !== link || !THIRD_PERSON_POSSESSIVES.has(tokens[k + 2]?.norm ?? '')) return -1;
  for (let j = k + 3; j <= k + 4 && tokens[j]?.sentence === tokens[k]!.sentence; j++) if (RELATIVES.has(tokens[j]!.norm)) return j + 1;
  return -1;
}

/** Words that make a clause someone else's: the writer, the employer, patients or a service before it in the sentence. */
function othersBefore(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
    const w = tokens[j]!.norm;
    if (w === 'i' || w === 'we' || w === 'our' || w === "i'm" || w === "we're") return true;
    const cls = nounClass(tokens[j]!.base);
    if (cls === 'patient' || cls === 'service' || cls === 'organisation') return true;
  }
  return false;
}
/** Whether the family words at k are the candidate's: about her by the usual reading, or in a note with nobody else before them. */
const ofCandidate = (doc: Doc, k: number) => aboutPerson(doc, k) || !othersBefore(doc, k);

/** A candidate's own words reported ("she told us she's a mum of two"): a fact she gave, unless the writer draws on it. */
const REPORTED = [['told', 'us'], ['told', 'me'], ['told', 'the', 'panel'], ['said'], ['says'], ['mentioned'], ['explained']];
/** Words by which the writer draws on what was reported: "..., so she'd be free for any shift". */
const DRAWN = [['so'], ['which', 'means'], ['means'], ['therefore'], ['possible'], ['possibly']];
/** The writer or the employer as the one who covers: "we'd be covering", "I would have to cover". */
const WRITER = new Set(['we', "we'd", "we'll", 'i', "i'd", "i'll"]);
/** Leave as what is covered: "covering her maternity leave". */
const LEAVE = new Set(['leave', 'maternity', 'paternity']);

/**
 * Whether the writer counts the cost of what was reported to the employer: "she mentioned she's pregnant
 * and we'd be covering maternity leave within months", "... so cover for her leave". Not the candidate's
 * own cover of a shift: "he said he's a single dad and will be covering the late shift".
 */
function costCounted(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.norm;
    if (w !== 'cover' && w !== 'covering') continue;
    const next = tokens[k + 1]?.norm === 'her' || tokens[k + 1]?.norm === 'his' ? tokens[k + 2] : tokens[k + 1];
    if (next && next.sentence === tokens[k]!.sentence && LEAVE.has(next.norm)) return true;
    // "we'd be covering", "we would have to cover": the writer's side within the few words before.
    for (let b = k - 1; b >= from && b >= k - 4; b--) if (WRITER.has(tokens[b]!.norm)) return true;
  }
  return false;
}

/** Whether the sentence only reports what the candidate said, with no use made of it. */
function onlyReported(doc: Doc, sentence: number): boolean {
  const [from, to] = doc.sentenceRange(sentence);
  return doc.hasPhrase(from, to, REPORTED) && !doc.hasPhrase(from, to, DRAWN) && !costCounted(doc, from, to) && !judgementNear(doc, from, to, from);
}

/**
 * The employer's duty to a pregnant worker named in the next sentence: "Isn't she pregnant? We should
 * check she has had her risk assessment." The pregnancy is noted for the check the law asks for.
 */
const DUTY = ['risk assessment', 'occupational health', 'adjustment', 'adjustments'].map((p) => p.split(' '));

/** Whether the sentence after `sentence`, on the same line, names the duty owed to a pregnant worker. */
function dutyNext(doc: Doc, sentence: number): boolean {
  const end = doc.sentenceEnd(sentence);
  if (end >= doc.tokens.length || doc.tokens[end]!.line !== doc.tokens[end - 1]!.line) return false;
  const [from, to] = doc.sentenceRange(sentence + 1);
  return doc.hasPhrase(from, to, DUTY);
}

type Cue = [number, number];

/** Family life offered as the writer's guess at a reason: "kids I assume", "maternity, I presume". */
const GUESSED = new Set(['kids', 'children', 'childcare', 'maternity', 'family', 'baby', 'babies', 'pregnancy']);
/**
 * The writer's guess after the family word. (A guess before it, "probably kids.", is left to
 * family-judged, which reads it with the doubt that usually follows: "probably kids. I'd want to know
 * she's committed now".)
 */
const GUESS_AFTER = [['i', 'assume'], ['i', 'presume'], ['i', 'imagine'], ['i', 'guess'], ['i', 'suppose'], ["i'd", 'guess'], ["i'd", 'imagine'], ["i'm", 'guessing'], ['presumably'], ['no', 'doubt']];

/**
 * The end of family life guessed as an aside at k ("out of work for three years, kids I assume, so"):
 * the family word opens its clause and the guess closes it. Not "the kids I assume you know" (the
 * clause goes on) nor "children's services, I imagine" (no bare family word).
 */
function guessedEnd(doc: Doc, k: number): number {
  const { tokens } = doc;
  const t = tokens[k]!;
  if (k !== doc.sentenceStart(t.sentence) && !(t.gap & (GAP.COMMA | GAP.BREAK))) return -1;
  for (const guess of GUESS_AFTER) {
    const after = k + 1 + guess.length;
    const closes = after >= tokens.length || tokens[after]!.sentence !== t.sentence || (tokens[after]!.gap & (GAP.COMMA | GAP.BREAK)) !== 0;
    if (doc.phraseAt(k + 1, guess) && !(tokens[k + 1]!.gap & GAP.BREAK) && closes) return after;
  }
  return -1;
}

/** Verbs of having a child to come: "(she's) got another on the way", "has another on the way". */
const HAVING = new Set(['got', 'has', 'have', 'having']);

/** Whether "on the way" follows the word at k in its sentence: "a baby on the way". */
const onTheWay = (doc: Doc, k: number) =>
  doc.tokens[k + 1]?.norm === 'on' && doc.tokens[k + 2]?.norm === 'the' && doc.tokens[k + 3]?.norm === 'way' && doc.tokens[k + 3]!.sentence === doc.tokens[k]!.sentence;

/** The words a cue can start at (each branch of `cues` below): every other word is passed over at one lookup. */
const CUE_STARTS: ReadonlySet<string> = new Set([
  'pregnant', 'bump', 'expecting', 'gone', 'far', 'baby', 'another', 'maternity', 'her', 'his', 'their', 'grown', 'single', 'married',
  ...GUESSED, ...MARITAL, ...CARING, ...PARENT, ...MARRIED.map((m) => m[0]!),
]);

/** Every cue in the text: a pregnancy, maternity leave to come, a marriage read as one, children counted or aged. */
function cues(doc: Doc): Cue[] {
  const { tokens } = doc;
  const found: Cue[] = [];
  const sameSentence = (a: number, b: number) => tokens[b] !== undefined && tokens[b]!.sentence === tokens[a]!.sentence;
  const starts = doc.tokensWith(CUE_STARTS);
  for (let i = 0; i < starts.length; i++) {
    const k = starts[i]!;
    const w = tokens[k]!.norm;
    if (GUESSED.has(w)) {
      // An aside on the person a sentence or note is about, not a sentence's own subject ("Children, I imagine, make up the caseload").
      const end = guessedEnd(doc, k);
      if (end > 0 && k - 1 > doc.sentenceStart(tokens[k]!.sentence) && (aboutPerson(doc, k) || noteAbout(doc, k) >= 0)) {
        found.push([k, end]);
        continue;
      }
    }
    if (w === 'pregnant' || (w === 'bump' && (tokens[k - 1]?.norm === 'her' || tokens[k - 1]?.norm === 'baby'))) {
      // Not "a scheme for pregnant women" (patients, the next word says).
      const next = tokens[k + 1];
      if (aboutPerson(doc, k) && !(w === 'pregnant' && next && sameSentence(k, k + 1) && nounClass(next.base) === 'patient')) found.push([k, k + 1]);
    } else if (w === 'expecting') {
      const next = tokens[k + 1];
      const ends = !next || !sameSentence(k, k + 1) || next.gap & (GAP.COMMA | GAP.BREAK) || EXPECTING_ENDS.has(next.norm) || next.norm === 'so' || next.norm === 'and' || (next.norm === 'a' && tokens[k + 2]?.norm === 'baby') || dueAfter(doc, k);
      if (ends && aboutPerson(doc, k)) found.push([k, k + 1]);
    } else if (MARITAL.has(w)) {
      // Not "divorced parents" (patients, the next word says).
      const next = tokens[k + 1];
      if (ofCandidate(doc, k) && !(next && nounClass(next.base) === 'patient')) found.push([k, k + 1]);
    } else if (w === 'single' && PARENT.has(tokens[k + 1]?.norm ?? '') && sameSentence(k, k + 1)) {
      // "she's a single mum": one parent (a plural, "single mums", is a group the service may support).
      if (ofCandidate(doc, k)) found.push([k, k + 2]);
    } else if (w === 'married' && tokens[k + 1]?.norm === 'with' && COUNT.has(tokens[k + 2]?.norm ?? '') && sameSentence(k, k + 2)) {
      // "Married with two young children": the family counted, up to its children.
      for (let j = k + 3; j <= k + 4 && sameSentence(k, j); j++) {
        if (CHILDREN.has(tokens[j]!.norm) && ofCandidate(doc, k)) {
          // "two little ones": the children's own word ends it.
          found.push([k, tokens[j]!.norm === 'little' && tokens[j + 1]?.norm === 'ones' ? j + 2 : j + 1]);
          break;
        }
      }
    } else if (CARING.has(w)) {
      const end = caringEnd(doc, k);
      if (end > 0 && ofCandidate(doc, k)) found.push([k, end]);
    } else if (w === 'gone' && tokens[k - 1]?.norm === 'months' && MONTH_COUNTS.has(tokens[k - 2]?.norm ?? '') && sameSentence(k - 2, k)) {
      // "five months gone": pregnant, in a common idiom.
      if (aboutPerson(doc, k - 2) || noteAbout(doc, k - 2) >= 0) found.push([k - 2, k + 1]);
    } else if (w === 'far' && tokens[k - 1]?.norm === 'how' && tokens[k + 1]?.norm === 'along' && sameSentence(k, k + 1)) {
      found.push([k - 1, k + 2]);
    } else if (w === 'baby' && onTheWay(doc, k)) {
      found.push([k, k + 4]);
    } else if (w === 'another' && onTheWay(doc, k) && HAVING.has(tokens[k - 1]?.norm ?? '') && aboutPerson(doc, k)) {
      // "she's got another on the way": a child, the one word left to stand for it after a having verb.
      found.push([k - 1, k + 4]);
    } else if (w === 'maternity') {
      // Read in its clause: "whether she'll come back after maternity leave", "she'll be off on maternity soon".
      const [from, to] = doc.clauseRange(tokens[k]!.clause);
      let future = false;
      let other = false;
      let person = false;
      for (let j = Math.max(from, k - 8); j < Math.min(to, k + 4); j++) {
        if (FUTURE.has(tokens[j]!.norm)) future = true;
        if (MATERNITY_OTHER.has(tokens[j]!.norm)) other = true;
        if (PERSON.has(tokens[j]!.norm)) person = true;
      }
      const end = tokens[k + 1]?.norm === 'leave' && sameSentence(k, k + 1) ? k + 2 : k + 1;
      // Or speculation after another cue in the sentence: "just got married, so I'd expect maternity leave".
      const after = found.length > 0 && sameSentence(found.at(-1)![0], k);
      if (!other && (after || (future && person))) found.push([k, end]);
    } else if (PARENT.has(w) && tokens[k + 1]?.norm === 'of' && COUNT.has(tokens[k + 2]?.norm ?? '') && sameSentence(k, k + 2)) {
      // "a mum of three", not "support mums of young children" (patients), nor "how would you help a parent of a baby
      // with a fever" (someone the candidate would help).
      if (tokens[k - 1]?.norm === 'a' && !HELPED.has(tokens[k - 2]?.norm ?? '') && aboutPerson(doc, k - 1)) found.push([k - 1, k + 3]);
    } else if ((w === 'her' || w === 'his' || w === 'their') && CHILDREN.has(tokens[k + 1]?.norm ?? '') && sameSentence(k, k + 1)) {
      const kids = tokens[k + 1]!.norm === 'little' ? k + 2 : k + 1;
      const [, clauseEnd] = doc.clauseRange(tokens[kids]!.clause);
      for (let j = kids + 1; j < Math.min(clauseEnd, kids + 5); j++) {
        if (CHILD_STATE.has(tokens[j]!.norm)) {
          found.push([k, j + 1]);
          break;
        }
      }
    } else if (w === 'grown' && CHILDREN.has(tokens[k + 2]?.norm ?? '') && tokens[k + 1]?.norm === 'up' && sameSentence(k, k + 2)) {
      found.push([k, k + 3]);
    } else {
      const married = MARRIED.find((m) => m[0] === w && doc.phraseAt(k, m));
      if (!married || !aboutPerson(doc, k)) continue;
      const end = k + married.length;
      const s = tokens[k]!.sentence;
      for (let j = end; j < tokens.length && tokens[j]!.sentence === s; j++) {
        if (FAMILY.has(tokens[j]!.norm)) {
          // "the wedding and then babies": the family word read with it, when near, is part of the note.
          // ("possible mat leave?": the leave goes with "mat".)
          const word = tokens[j]!.norm === 'mat' && tokens[j + 1]?.norm === 'leave' ? j + 2 : j + 1;
          found.push(j - end < FAMILY_REACH ? [k, word] : [k, end]);
          break;
        }
      }
    }
  }
  return found;
}

/**
 * Family life noted about a candidate in shortlisting notes, e-mails or questions: a pregnancy
 * ("she's expecting", "how far along she is"), maternity leave read as a risk ("she'll be off on
 * maternity soon"), a marriage read as one ("just got married, so expect maternity leave"),
 * children counted or aged ("a mum of three", "her kids are grown up now"). Cues in one sentence
 * make one finding. Maternity cover as the post's reason, the employer's leave offer, and
 * pregnant patients are not flagged.
 */
export const familyNoted: SpanHandler = {
  kind: 'span',
  find({ doc }) {
    const { tokens } = doc;
    const hits: Hit[] = [];
    let last: { sentence: number; hit: Hit } | undefined;
    for (const [from, to] of cues(doc)) {
      const sentence = tokens[from]!.sentence;
      if (onlyReported(doc, sentence) || dutyNext(doc, sentence)) continue;
      if (last && last.sentence === sentence) {
        last.hit.end = Math.max(last.hit.end, tokens[to - 1]!.end);
        continue;
      }
      const hit = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
      hits.push(hit);
      last = { sentence, hit };
    }
    return hits;
  },
};

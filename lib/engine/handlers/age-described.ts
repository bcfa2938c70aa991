import type { Doc } from '../document';
import { judgementNear } from '../judgement/reader';
import { CALENDAR, GROUPS_OF_SEX, nounClass, TITLE_HEADS } from '../lexicon';
import { NAME } from '../names';
import { soughtForOther, wantedPeople } from '../targets';
import { judgedNext, judgingEnd, verdictAfter } from '../reading/judged';
import { isWhichOne, noteAbout } from '../reading/who';
import { phraseList } from './cue-per-sentence';
import { GAP, SHAPE } from '../tokenize';
import { notAnAge } from './age-limit';
import type { Hit, SpanHandler } from './types';

/** A candidate talked about in notes: "she's", "he is", "the applicant must be". */
const PRONOUN_BE = new Set(["she's", "he's"]);
const PRONOUNS = new Set(['she', 'he', 'candidate', 'applicant']);
const APPLICANT = new Set(['candidate', 'applicant']);
/** Present and guessed ages ("she is", "he must be", "she looks"), not the age someone started at ("he was 19 when"). */
const BE = new Set(['is', 'be', 'are', "'s", 'looks', 'seems', 'turns', 'turned', 'aged', 'must', "'ll", 'will', "'d", 'would', 'might', 'could']);
/** Verbs that start a note or a clause with the subject left out: "Looks about 60", "Margaret: seems about 55". */
const ELIDED = new Set(['looks', 'seems']);
/** Words between the verb and the number: "she must be about 58", "he's probably over 60". */
const HEDGES = new Set([
  'about', 'around', 'roughly', 'nearly', 'almost', 'probably', 'easily', 'well', 'far', 'way', 'over', 'under', 'at', 'least', 'likely', 'maybe',
  'only', 'already', 'surely', 'just', 'be', 'getting', 'on', 'for', 'going', 'to', 'nearing', 'approaching',
  // A decade guessed: "she's in her late fifties", "probably mid 40s".
  'in', 'her', 'his', 'their', 'early', 'mid', 'late',
]);

/** Ages in words: "she's nearly sixty", "he must be fifty-odd", "he's only nineteen". */
const TENS = new Set(['seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty']);
/** Words of recruiting: a person named with an age is an applicant only in a text about hiring ("Dr Khan is 61"), not a patient ("Mrs Patel is 82"). */
const RECRUITING = phraseList('candidate, candidates, applicant, applicants, shortlist, shortlisting, shortlisted, interview, interviews, interviewed, application, applications, cv, cvs, the post, the posts, the role, the vacancy, assessment day, assessment centre, offers go out, succession, successor, successors, post-holder, postholder, promotion, promoted');
/** The person after an age that opens a sentence: "At 58, she would", "At nineteen they'll need". */
const AFTER_AT = new Set(['she', 'he', 'they', "she's", "he's", "they're", "she'd", "he'd", "they'd", "she'll", "he'll", "they'll", 'is', 'would', 'will']);

/** Decades of life a note may guess: "late 30s", "in her fifties", "mid-forties". */
const DECADES = new Set(['20s', '30s', '40s', '50s', '60s', '70s', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies']);
/** The words an age may be written as, so a word that is none of them and no number is ruled out once per distinct word. */
const AGE_WORDS = new Set([...TENS, ...DECADES]);

/** Whether token k is a two-digit number read as an age (17 to 99, or twenty to eighty in words), or a decade of life, not a count or a measure. */
function isAgeNumber(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  // "in her late fifties" is an age; "qualified in the late seventies" a time.
  if (DECADES.has(t.norm)) return doc.tokens[DECADE_PART.has(doc.tokens[k - 1]?.norm ?? '') ? k - 2 : k - 1]?.norm !== 'the';
  const digits = (t.shape & SHAPE.NUMBER) !== 0 && /^[1-9]\d$/.test(t.norm) && Number(t.norm) >= 17;
  if (!digits && !TENS.has(t.norm)) return false;
  return !notAnAge(doc, k);
}

/** Words that make the one whose age is given a patient or a relative: "I saw Mrs Brown in clinic. She's 61 and newly diagnosed". */
const PATIENT_CUES = new Set([
  'clinic', 'surgery', 'ward', 'appointment', 'consultation', 'diagnosed', 'diagnosis', 'admitted', 'discharged', 'referred',
  'husband', 'wife', 'son', 'daughter', 'grandson', 'granddaughter', 'mum', 'dad', 'partner', 'brother', 'sister',
]);
/** Words after a place of care that make it the applicant's experience, not a visit: "good ward experience, but she's 58". */
const OF_WORK = new Set(['experience', 'skills', 'background', 'knowledge', 'work']);
/** How far back the person a "she" or "he" stands for is looked for. */
const REFERENT_WINDOW = 30;

/**
 * Whether the "she" or "he" at `subject` is a patient or a relative rather than an applicant: the
 * nearest person word before it (in its sentence or the one before) is a patient, a relative or a
 * visit, or its own sentence tells of a diagnosis. An applicant named nearer ("Candidate 2",
 * "the applicant", "the nurse") keeps the note.
 */
function aboutSomeoneElse(doc: Doc, subject: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[subject]!.sentence;
  const [, end] = doc.sentenceRange(sentence);
  for (let j = subject + 1; j < end && j < subject + REFERENT_WINDOW; j++) if (tokens[j]!.norm.startsWith('diagnos')) return true;
  // "Candidate 3 - good ward experience but she's 58": a note labelled with a candidate's number is hers, whatever ward it names;
  // so is a line of shortlisting notes labelled with a name ("- Patricia - great experience, but she's 63"), whatever the line before said.
  if (numberedNote(doc, subject) || (noteAbout(doc, subject) >= 0 && doc.documentHas(RECRUITING))) return false;
  for (let j = subject - 1; j >= 0 && j >= subject - REFERENT_WINDOW && tokens[j]!.sentence >= sentence - 1; j--) {
    const t = tokens[j]!;
    // "Sister Maryam", "Brother Idris": a title before a name, not someone's relative.
    const titled = (t.shape & SHAPE.CAP) !== 0 && ((tokens[j + 1]?.shape ?? 0) & SHAPE.CAP) !== 0 && tokens[j + 1]!.sentence === t.sentence;
    if (PATIENT_CUES.has(t.norm) && !OF_WORK.has(tokens[j + 1]?.norm ?? '') && !titled) return true;
    const cls = nounClass(t.base);
    // "she may start a family": a family someone has or plans, not a patient's.
    if (cls === 'patient' && !(t.norm === 'family' && tokens[j - 1]?.norm === 'a')) return true;
    if (cls === 'person') return false;
  }
  return false;
}

/** The group "one of" picks a candidate from: "one of them is 61", "one of the two is 58". */
const ONE_OF = new Set(['them', 'those', 'two', 'three', 'candidates', 'applicants', 'shortlisted']);

/** Titles that make a note's label a person: "4. Dr Pelling - 58". */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx']);

/** The highest score a text's marking goes to ("scored out of 40", "marks out of 25"), read once per text; 0 when none is given. */
const topScores = new WeakMap<Doc, number>();
/** Words that say a number is a mark: "scores out of 40". */
const MARKING = new Set(['score', 'scores', 'scored', 'scoring', 'mark', 'marks', 'marked', 'points']);
/** How far before "out of" a marking word may be: "scores for each candidate out of 40". */
const MARKING_REACH = 6;

function topScore(doc: Doc): number {
  let top = topScores.get(doc);
  if (top !== undefined) return top;
  top = 0;
  const { tokens } = doc;
  for (const j of doc.tokensWith(MARKING)) {
    for (let o = j + 1; o < tokens.length && o <= j + MARKING_REACH && tokens[o]!.sentence === tokens[j]!.sentence; o++) {
      const mark = tokens[o + 2];
      if (tokens[o]!.norm === 'out' && tokens[o + 1]?.norm === 'of' && mark !== undefined && mark.shape & SHAPE.NUMBER) top = Math.max(top, Number(mark.norm) || 0);
    }
  }
  topScores.set(doc, top);
  return top;
}

/**
 * Whether the age at token k is what a note about a person gives first or guesses, as a fact of its
 * own: "Candidate 6 - 61, and says…", "4. Dr Pelling - 58.", "No. 16 - did a PhD, probably late
 * 30s." The note's label must be a candidate (numbered, titled or named), and a number right after
 * the label must end its clause ("Ward 6 - 24 beds" is a count); a decade may stand anywhere in it.
 */
function agedInNote(doc: Doc, k: number): boolean {
  const label = noteAbout(doc, k);
  if (label < 0) return false;
  const { tokens } = doc;
  // "Scores out of 40 are on the matrix. A - 34.": a number no higher than the top score given is a score.
  if (Number(tokens[k]!.norm) <= topScore(doc)) return false;
  // "Clinical scenario (/20)": a number after a slash is what a score is out of.
  if (tokens[k]!.gap & GAP.SLASH) return false;
  // A numbered note is a candidate's; a titled or named one only in a text about hiring ("Mrs Brown - 82" may be a patient).
  let person = numberedNote(doc, k);
  if (!person && doc.documentHas(RECRUITING)) {
    for (let j = label; !person && j < k; j++) {
      person = TITLES.has(tokens[j]!.norm) || doc.nameKind(j) === NAME.PERSON;
      if (tokens[j + 1]!.gap & GAP.BREAK) break;
    }
    person ||= firstNameLabel(doc, label, k);
  }
  if (!person || aboutSomeoneElse(doc, k)) return false;
  if (DECADES.has(tokens[k]!.norm)) return true;
  // "[09:18] Kev:", "9:30 to 2:30": a time, not an age after a label.
  if (!/\s/.test(doc.text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
  const next = tokens[k + 1];
  // Ended by its full stop, even where a note runs on in lower case ("Ray H - 61. knows his stuff"),
  // in notes that give no marks (where "61." may be a score).
  const stopped = doc.text[tokens[k]!.end] === '.' && doc.tokensWith(MARKING).length === 0;
  return (tokens[k]!.gap & GAP.BREAK) !== 0 && (next === undefined || stopped || next.sentence !== tokens[k]!.sentence || (next.gap & (GAP.COMMA | GAP.BREAK)) !== 0);
}

/** Capitalised words that label a note with something other than a person: "Dates: 22, 23", "Total: 45, of whom". */
const NOT_NAMES = new Set([
  ...CALENDAR, 'date', 'dates', 'day', 'days', 'total', 'totals', 'age', 'ages', 'hours', 'time', 'times', 'week', 'weeks', 'room', 'rooms', 'band',
  'salary', 'score', 'scores', 'number', ...RECRUITING.flat(),
]);

/**
 * Whether a note's label is a first name alone, or with a surname's initial, given an age and then
 * more about the person: "- Brian: 61, retired from…", "Liam (20) - plays football", "Keira M - 19,
 * lovely". At a line's start any word has a capital, so names.ts cannot tell a name there; a label
 * of one plain capitalised word (not an abbreviation, a day, a month or a label such as "Total")
 * whose number is followed by words about the one labelled reads as a candidate's note, where a
 * number that ends the note counts something ("Parking - 24", "Beds: 22").
 */
function firstNameLabel(doc: Doc, label: number, k: number): boolean {
  const { tokens } = doc;
  const name = tokens[label]!;
  if (!(name.shape & SHAPE.CAP) || name.shape & SHAPE.CAPITALS || NOT_NAMES.has(name.norm)) return false;
  const initial = tokens[label + 1]!;
  if (!(label + 1 === k || (label + 2 === k && initial.norm.length === 1 && (initial.shape & SHAPE.CAP) !== 0))) return false;
  const next = tokens[k + 1];
  return next !== undefined && next.line === tokens[k]!.line && (next.shape & SHAPE.NUMBER) === 0;
}

/** Words that label a note with a candidate's place on a list: "Candidate 3 -", "Applicant B:", "No. 4 -". */
const LIST_LABELS = new Set(['candidate', 'applicant', 'no', 'number']);

/** Whether token j is in a note labelled with a candidate's place on a list ("Candidate 3 -", "No. 4:", "3. -"), not a name that may be a patient's. */
function numberedNote(doc: Doc, j: number): boolean {
  const label = noteAbout(doc, j);
  return label >= 0 && (LIST_LABELS.has(doc.tokens[label]!.norm) || (doc.tokens[label]!.shape & SHAPE.NUMBER) !== 0);
}

/**
 * Whether token j is a surname's initial after a first name, in a run names.ts found: "Graham T",
 * "Priya S" (one capital letter after a capitalised word of lower-case letters), not "Ward B" or "Bay C" (a noun the lexicon classes).
 */
function initialledName(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const initial = tokens[j];
  const first = tokens[j - 1];
  if (!initial || !first || first.sentence !== initial.sentence || doc.nameKind(j) === NAME.NONE) return false;
  if (!/^[A-Z]$/.test(doc.text.slice(initial.start, initial.end)) || initial.gap & (GAP.COMMA | GAP.BREAK)) return false;
  return (first.shape & SHAPE.CAP) !== 0 && (first.shape & SHAPE.CAPITALS) === 0 && (first.shape & SHAPE.NUMBER) === 0 && !NOT_NAMES.has(first.norm) && nounClass(first.base) === undefined;
}

/** Words that judge the person by the age just noted: "she's 61, would she cope with the new phone system?" */
const JUDGEMENT = new Set([
  'cope', 'keep', 'stay', 'last', 'lasting', 'gone', 'retire', 'retiring', 'retirement', 'learn', 'adapt', 'energy', 'manage', 'handle', 'fit', 'slow', 'old', 'young',
  'system', 'systems', 'technology', 'computer', 'computers', 'tired', 'pace', 'long', 'invest', 'investing', 'worth', 'babysitting', 'train', 'training',
]);
/** How far after the age a judgement of it may run, into the next sentence on the same line. */
const JUDGEMENT_WINDOW = 14;

/**
 * Where the note of an age ends: at the age, or, when the words after it in the same sentence or the
 * next one judge the person by it, at the end of that judgement (the annotated problem is often the
 * judgement, not the number).
 */
function judgementEnd(doc: Doc, k: number): number {
  const { tokens } = doc;
  const age = tokens[k]!;
  for (let j = k + 1; j < tokens.length && j <= k + JUDGEMENT_WINDOW && tokens[j]!.line === age.line && tokens[j]!.sentence <= age.sentence + 1; j++) {
    if (!JUDGEMENT.has(tokens[j]!.norm)) continue;
    const s = tokens[j]!.sentence;
    let end = j;
    while (end + 1 < tokens.length && tokens[end + 1]!.sentence === s) end++;
    return tokens[end]!.end;
  }
  // The rest of the sentence, or the next one, that judges the person in the vocabulary's words
  // ("she's 58, reckon she'll struggle with", "he's 52. Fair play to him but I can't see him lasting":
  // judgement/vocabulary.ts, reading/judged.ts).
  const sentenceEnd = doc.sentenceEnd(age.sentence);
  const judged = judgementNear(doc, k + 1, Math.min(sentenceEnd, k + JUDGEMENT_WINDOW), k, -1, -1) ?? judgedNext(doc, k, sentenceEnd);
  if (judged) return tokens[judgingEnd(doc, judged) - 1]!.end;
  // "good community experience but she's 63. Probably not.": a short verdict after the age.
  const verdict = verdictAfter(doc, k);
  return verdict > 0 ? tokens[verdict - 1]!.end : age.end;
}

/** Words that place a decade: "late 30s", "mid-forties". */
const DECADE_PART = new Set(['early', 'mid', 'late']);

/** Where a guessed age starts: at "late" in "late 30s", else at the age. */
function decadeStart(doc: Doc, k: number): number {
  const before = doc.tokens[k - 1];
  return before !== undefined && before.sentence === doc.tokens[k]!.sentence && DECADE_PART.has(before.norm) ? before.start : doc.tokens[k]!.start;
}

/** Words that open a clause before "at": "but at 58 she's not really a trainee". */
const CLAUSE_OPENERS = new Set(['but', 'and', 'so', 'though', 'although', 'yet', 'plus']);

/**
 * Whether the age at token k opens its sentence or clause after "at" and a person follows: "At 58,
 * she would only give us", "At nineteen they'll need babysitting", "but at 58 she's not really a
 * trainee"; not "at 9am she rang" (no age) or "meet at 30 Park Road".
 */
function opensAt(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const at = tokens[k - 1];
  if (at?.norm !== 'at' || at.sentence !== tokens[k]!.sentence) return false;
  const opens = k - 1 === doc.sentenceStart(at.sentence) || (tokens[k - 2]?.sentence === at.sentence && CLAUSE_OPENERS.has(tokens[k - 2]!.norm));
  if (!opens) return false;
  // An aside between the age and the person: "At 55, with 30 years in the fire service, you may".
  let n = k + 1;
  if (tokens[n]?.norm === 'with' && tokens[n]!.gap & GAP.COMMA) n = doc.clauseEnd(tokens[n]!.clause);
  const next = tokens[n];
  if (next === undefined || next.sentence !== at.sentence) return false;
  // The reader of an e-mail, only where the sentence holds the age against them ("At 55 you may find it
  // hard to take instruction"), not a fact of a scheme ("At 18 you can join the bank").
  return AFTER_AT.has(next.norm) || (doc.kind === 'email' && READER.has(next.norm) && judgementEnd(doc, n - 1) > tokens[n - 1]!.end);
}
/** The reader, after "at" and an age in an e-mail to them. */
const READER = new Set(['you', "you'd", "you'll", "you're"]);

/** Words that weigh an age set apart in a note: "only 19", "already 60", "barely 21". */
const WEIGHING = new Set(['only', 'just', 'barely', 'already', 'nearly', 'almost', 'over', 'probably']);
/** Words after the age that go on describing the same person: "only 19 and keen", "only 26, but impressive". */
const DESCRIBING_ON = new Set(['and', 'but', 'so', 'though']);

/**
 * Whether the age at token k is set apart in an e-mail about hiring, as a remark of its own that
 * weighs it: "The first lad is great, only 19 and keen", "wet behind the ears for a manager, only 26,
 * but impressive", "Natalie - only 19 and bubbly". The weighing word opens its clause and the age
 * closes it or runs on to more about the person; a patient named before keeps it theirs.
 */
function weighedAge(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const hedge = tokens[k - 1];
  if (doc.kind !== 'email' || hedge === undefined || !WEIGHING.has(hedge.norm) || hedge.sentence !== tokens[k]!.sentence) return false;
  if (!(hedge.gap & (GAP.COMMA | GAP.BREAK))) return false;
  const next = tokens[k + 1];
  const closes = next === undefined || next.sentence !== tokens[k]!.sentence || (next.gap & (GAP.COMMA | GAP.BREAK)) !== 0 || DESCRIBING_ON.has(next.norm);
  return closes && doc.documentHas(RECRUITING) && personBefore(doc, k) && !aboutSomeoneElse(doc, k);
}

/** One person by sex or by pronoun, whom a weighed age may describe: "the first lad is great, only 19". */
const ONE_PERSON = new Set(['lad', 'girl', 'lady', 'man', 'woman', 'chap', 'guy', 'fella', 'bloke', 'lass', 'she', 'he', "she's", "he's"]);

/** Whether the note or the sentence before the age at k is about a person: a note's label, a person's name, a role or one person. */
function personBefore(doc: Doc, k: number): boolean {
  if (noteAbout(doc, k) >= 0) return true;
  const { tokens } = doc;
  for (let j = k - 2; j >= doc.sentenceStart(tokens[k]!.sentence); j--) {
    const t = tokens[j]!;
    if (ONE_PERSON.has(t.norm) || nounClass(t.base) === 'person' || doc.nameKind(j) === NAME.PERSON) return true;
  }
  return false;
}

/** Verbs that report what was said or seen, before "that you are 58". */
const REPORTED = new Set(['noted', 'said', 'mentioned', 'felt', 'commented', 'observed', 'pointed', 'aware', 'remarked']);

/** Words after "or"/"and" that make an age a minimum met, not the reader's age: "you are 18 or over". */
const OVER = new Set(['over', 'older', 'above', 'upwards']);
const atLeast = (doc: Doc, k: number) => (doc.tokens[k + 1]?.norm === 'or' || doc.tokens[k + 1]?.norm === 'and') && OVER.has(doc.tokens[k + 2]?.norm ?? '');

/** Whether the verb at j is "you are" / "you're" after "that" and a verb of reporting: "they also noted that you are 58". */
function youReported(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const you = tokens[j]!.norm === "you're" ? j : tokens[j]!.norm === 'are' && tokens[j - 1]?.norm === 'you' ? j - 1 : -1;
  if (you < 1 || tokens[you - 1]!.norm !== 'that') return false;
  const report = tokens[you - 2]?.norm === 'out' ? tokens[you - 3] : tokens[you - 2];
  return report !== undefined && REPORTED.has(report.norm) && report.sentence === tokens[j]!.sentence;
}

/**
 * An applicant's age noted in shortlisting notes or an email: "She's 58 going by her dates", "he
 * must be about 60", "the applicant is 24", "Dr Khan is 61", "At 58, she". Age is not a criterion,
 * and writing it down invites it to become one. Found over words, so linear on any input.
 */
export const ageNoted: SpanHandler = {
  kind: 'span',
  find({ doc }) {
    const { tokens } = doc;
    const hits: Hit[] = [];
    const ageWords = doc.wordsIn(AGE_WORDS);
    const ids = doc.wordIds().norm;
    for (let k = 0; k < tokens.length; k++) {
      if ((tokens[k]!.shape & SHAPE.NUMBER) === 0 && ageWords[ids[k]!] === 0) continue;
      if (!isAgeNumber(doc, k)) continue;
      if (opensAt(doc, k)) {
        // Mid-sentence ("but at 58 she's not really a trainee"), the age is underlined alone: the
        // sentence's other findings stay their own.
        const midSentence = k - 1 !== doc.sentenceStart(tokens[k]!.sentence);
        if (!aboutSomeoneElse(doc, k + 1)) hits.push({ start: tokens[k - 1]!.start, end: midSentence ? tokens[k]!.end : judgementEnd(doc, k) });
        continue;
      }
      // The age a note about a candidate gives: "Candidate 6 - 61, and…", "probably late 30s".
      if (agedInNote(doc, k)) {
        hits.push({ start: decadeStart(doc, k), end: judgementEnd(doc, k) });
        continue;
      }
      // Read back over hedges to the verb, then to the person: "she" + "must be about" + "58".
      let j = k - 1;
      while (j >= 0 && j >= k - 4 && HEDGES.has(tokens[j]!.norm) && tokens[j]!.sentence === tokens[k]!.sentence) j--;
      const verb = tokens[j];
      if (!verb || verb.sentence !== tokens[k]!.sentence) continue;
      let subject = -1;
      // "she's 58", "the first one's 58".
      if (PRONOUN_BE.has(verb.norm) || isWhichOne(doc, j)) subject = j;
      // "The panel noted that you are 58": the reader's age, reported back to them (not "if you are 65 or over").
      else if (youReported(doc, j) && !atLeast(doc, k)) subject = verb.norm === "you're" ? j : j - 1;
      // Notes drop the subject: "Looks about 60 from the photo."
      else if (ELIDED.has(verb.norm) && (j === 0 || tokens[j - 1]!.clause !== verb.clause)) subject = j;
      else if (BE.has(verb.norm)) {
        for (let s = j - 1; s >= 0 && s >= j - 2 && tokens[s]!.sentence === verb.sentence; s--) {
          if (PRONOUNS.has(tokens[s]!.norm)) {
            subject = s;
            break;
          }
        }
        // "Number 9 is 61", "Applicant B is 58": a candidate by their place on the list, opening the clause (not "Room number 4 is 60 metres").
        const place = tokens[j - 1];
        if (subject < 0 && j > 1 && place!.sentence === verb.sentence && (place!.shape & SHAPE.NUMBER || /^[A-Z]$/.test(doc.text.slice(place!.start, place!.end))) && LIST_LABELS.has(tokens[j - 2]!.norm) && doc.clauseRange(verb.clause)[0] === j - 2 && doc.documentHas(RECRUITING)) {
          subject = j - 2;
        }
        // "One of them is 61", "one of the two is 58": one of the candidates a note weighs.
        const one = tokens[j - 2]?.norm === 'the' ? j - 4 : j - 3;
        if (subject < 0 && one >= 0 && tokens[one]!.norm === 'one' && tokens[one + 1]!.norm === 'of' && ONE_OF.has(tokens[j - 1]!.norm) && tokens[one]!.sentence === verb.sentence && doc.documentHas(RECRUITING)) subject = one;
        // "Dr Khan is 61", "Margaret is 57": a person named right before the verb.
        // ("Janet Moss, Head of Operations. Janet is 61": a first name the text gives in full before.)
        if (subject < 0 && j > 0 && tokens[j - 1]!.sentence === verb.sentence && (doc.nameKind(j - 1) === NAME.PERSON || (j - 1 === doc.clauseStart(verb.clause) && doc.namedElsewhere(j - 1))) && doc.documentHas(RECRUITING)) {
          subject = j - 1;
          while (subject > 0 && tokens[subject - 1]!.sentence === verb.sentence && doc.nameKind(subject - 1) === NAME.PERSON) subject--;
        }
        // "Mr Qureshi is 67", "Dr Okafor is 59": a title and a surname, whether or not the names list knows it.
        const title = tokens[j - 2];
        if (subject < 0 && title !== undefined && TITLES.has(title.norm) && title.sentence === verb.sentence && tokens[j - 1]!.shape & SHAPE.CAP && doc.documentHas(RECRUITING)) subject = j - 2;
        // "Graham T is 62", "and Priya S is 58": a first name and a surname's initial, as notes name candidates.
        if (subject < 0 && initialledName(doc, j - 1) && doc.documentHas(RECRUITING)) subject = j - 2;
      }
      if (subject >= 0) {
        // "Candidate C is 57" names the applicant; a "she" or a name may be a patient spoken of before.
        if (APPLICANT.has(tokens[subject]!.norm) || LIST_LABELS.has(tokens[subject]!.norm) || !aboutSomeoneElse(doc, subject)) hits.push({ start: tokens[subject]!.start, end: judgementEnd(doc, k) });
      }
      // "Good, but 58.": a bare age set against the application, ending its clause.
      else if (tokens[k - 1]?.norm === 'but' && tokens[k - 1]!.sentence === tokens[k]!.sentence && tokens[k + 1]?.clause !== tokens[k]!.clause) {
        hits.push({ start: tokens[k - 1]!.start, end: judgementEnd(doc, k) });
      }
      // "only 19 and keen, I'd take him. The older lady…": the age alone, as what follows may be about someone else.
      else if (weighedAge(doc, k)) hits.push({ start: tokens[k - 1]!.start, end: tokens[k]!.end });
    }
    return hits;
  },
};

/** Words for the person hired that "young" can describe: "a bubbly young person", "a young lad". */
const PEOPLE = new Set(['person', 'man', 'woman', 'lady', 'lad', 'girl', 'guy', 'gentleman', 'individual', 'chap', 'fella', 'thing', 'blood', 'face', 'faces', 'graduate', 'student', 'profile']);
/** Words of wanting or suiting that make the person the one hired: "we want", "ideal for", "would suit". */
const WANTING = new Set(['want', 'wants', 'wanted', 'need', 'needs', 'needed', 'looking', 'seeking', 'after', 'ideal', 'ideally', 'perfect', 'suit', 'suits', 'suited', 'prefer', 'preferably', 'rather', 'like', 'hire', 'hiring', 'appoint', 'recruit', 'recruiting', 'find', 'get']);
/** "a young lad", "a younger person on the front desk", "a youthful face". */
const YOUNG = new Set(['young', 'younger', 'youthful']);
/** How far back the wanting word may be: "we need a bright, bubbly young person". */
const WINDOW = 6;
/** Work said to be someone's or for someone: "a young person's job", "a role for a younger person". */
const POSTS = new Set(['job', 'jobs', 'role', 'roles', 'post', 'posts', 'position', 'game']);

/** Words after a group that say it is sought: "young lads wanted". */
const WANTED_AFTER = new Set(['wanted', 'needed', 'required', 'preferred', 'sought']);

/** Words for a group that "young" names as patients unless their working life is said to be starting: "young people", "young adults". */
const GROUP_PEOPLE = new Set(['people', 'adults']);
/** Where a working life starts, after "starting out in": "in their careers", "in the NHS", "in work". */
const WORKING_LIFE = new Set(['career', 'careers', 'work', 'nhs', 'healthcare', 'nursing', 'pharmacy', 'employment']);
/** Words that may stand between "in" and the working life: "in their careers", "in the NHS", "in a career". */
const OWNING = new Set(['their', 'the', 'a', 'your']);

/**
 * The last token of "starting out" or "starting their careers" at j, said of a group as the start of
 * working life, or -1: the phrase ends its clause, or goes on "in" a working life ("starting out in the
 * NHS"); "young people starting out in independent living" is a patient group's.
 */
function startingOutAfter(doc: Doc, j: number): number {
  const { tokens } = doc;
  const start = tokens[j];
  if (start?.norm !== 'starting' || start.sentence !== tokens[j - 1]!.sentence) return -1;
  const next = tokens[j + 1];
  if (next && next.sentence === start.sentence && (next.norm === 'their' || next.norm === 'your') && (tokens[j + 2]?.norm === 'careers' || tokens[j + 2]?.norm === 'career')) return j + 2;
  if (next?.norm !== 'out' || next.sentence !== start.sentence) return -1;
  const after = tokens[j + 2];
  if (!after || after.clause !== next.clause) return j + 1;
  if (after.norm !== 'in') return -1;
  const owner = OWNING.has(tokens[j + 3]?.norm ?? '') ? j + 4 : j + 3;
  return WORKING_LIFE.has(tokens[owner]?.norm ?? '') ? j + 1 : -1;
}

/** Modals by which the person named before them is said to suit the post: "would suit", "would fit in", "would be better". */
const MODALS = new Set(['would', 'will', 'might', 'could']);
/** After "be": "would be better", "would be ideal" (not "would be better supported"). */
const SUITING = new Set(['better', 'best', 'ideal', 'perfect']);

/**
 * Whether the words from j say the person before them would suit the post: "would suit the front
 * desk", "would fit in", "would be better on reception"; not when the sentence goes on to a patient or
 * a service in its clause ("would suit the youth clinic's drop-in": a patient placed), nor "would be better supported".
 */
function suitsAfter(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const modal = tokens[j];
  if (!modal || !MODALS.has(modal.norm) || modal.sentence !== tokens[j - 1]!.sentence) return false;
  const verb = tokens[j + 1]?.norm ?? '';
  const next = tokens[j + 2]?.norm ?? '';
  const suits = verb === 'suit' || (verb === 'fit' && next === 'in') || (verb === 'be' && SUITING.has(next) && !(tokens[j + 3]?.norm ?? '').endsWith('ed'));
  if (!suits) return false;
  // Patients in a later clause are others' ("would suit the front desk, and ... with nervous patients").
  const end = doc.clauseRange(modal.clause)[1];
  for (let m = j + 2; m < end; m++) {
    const cls = nounClass(tokens[m]!.base);
    if (cls === 'patient' || cls === 'service') return false;
  }
  return true;
}

/**
 * "Young" describing the person hired ("we want a bubbly young person for the front desk", "would
 * suit a young lad"), where the same words about patients ("support the young person and their
 * family") are a patient group: the wanting or suiting word before decides, and a patient or a
 * service named in between hands the words to them.
 */
/** Words that aim an advert at a group: "aimed at younger nurses", "appeal to younger applicants", "attract younger staff". */
const AIMING = new Set(['aimed', 'aim', 'targeted', 'target', 'targeting', 'pitched', 'geared', 'appeal', 'attract', 'attracting']);

/** People in general, whom a service is aimed at as often as an advert: "aimed at young people", "younger adults". */
const EVERYONE = new Set(['people', 'person', 'persons', 'adult', 'adults', 'individual', 'individuals', 'one', 'ones', 'folk']);

/**
 * Where the aiming before "young" at k starts, when what follows is staff, not patients: "more aimed at younger nurses",
 * "to attract younger applicants" (-1 otherwise; "services aimed at young people" aims a service at patients).
 */
function aimedAt(doc: Doc, k: number): number {
  const { tokens } = doc;
  const staff = tokens[k + 1];
  if (!staff || staff.sentence !== tokens[k]!.sentence || EVERYONE.has(staff.base) || !(nounClass(staff.base) === 'person' || TITLE_HEADS.has(staff.base))) return -1;
  const before = tokens[k - 1]?.norm === 'at' || tokens[k - 1]?.norm === 'to' ? k - 2 : k - 1;
  return before >= 0 && AIMING.has(tokens[before]!.norm) && tokens[before]!.sentence === tokens[k]!.sentence ? before : -1;
}

export const youngHire: SpanHandler = {
  kind: 'span',
  triggers: new Set(YOUNG),
  find({ doc }) {
    const { tokens } = doc;
    const hits: Hit[] = [];
    const young = doc.tokensWith(YOUNG);
    for (let i = 0; i < young.length; i++) {
      const k = young[i]!;
      const aim = aimedAt(doc, k);
      if (aim >= 0) {
        hits.push({ start: tokens[aim]!.start, end: tokens[k + 1]!.end });
        continue;
      }
      // "a younger, entrepreneurial profile": one more adjective set off by a comma before the person.
      const listed = tokens[k + 2] !== undefined && (tokens[k + 1]!.gap & GAP.COMMA) !== 0 && PEOPLE.has(tokens[k + 2]!.norm) && (tokens[k + 2]!.gap & (GAP.COMMA | GAP.BREAK)) === 0;
      const at = listed ? k + 2 : k + 1;
      const person = tokens[at];
      if (!person || person.sentence !== tokens[k]!.sentence) continue;
      // "it's a young person's job", "a young man's game": the work itself said to be for the young.
      // ("the young person's role in their plan" is a patient's).
      const article = tokens[k - 1]?.norm === 'a' || tokens[k - 1]?.norm === 'an';
      const owned = article && person.norm.endsWith("'s") && PEOPLE.has(person.norm.slice(0, -2)) ? tokens[k + 2] : undefined;
      if (owned && owned.sentence === person.sentence && POSTS.has(owned.norm)) {
        hits.push({ start: tokens[k]!.start, end: owned.end });
        continue;
      }
      // "we want young people starting out": a group is the one hired only at the start of working life.
      const starting = GROUP_PEOPLE.has(person.norm) ? startingOutAfter(doc, at + 1) : -1;
      // "we want strong young men", "young lads wanted": a group named by sex is wanted only by the
      // verb's own object, as "young women" is most often a patient group ("we want to support young women").
      if (GROUPS_OF_SEX.has(person.norm)) {
        if (!listed && (wantedPeople(doc, at) || (WANTED_AFTER.has(tokens[at + 1]?.norm ?? '') && !soughtForOther(doc, at)))) hits.push({ start: tokens[k]!.start, end: person.end });
        continue;
      }
      if (!PEOPLE.has(person.norm) && starting < 0) continue;
      let wanted = false;
      for (let j = k - 1; j >= 0 && j >= k - WINDOW && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
        // "a job for a younger person"; "needs" is read as the verb before its sense as patients' needs.
        if (WANTING.has(tokens[j]!.norm) || (tokens[j]!.norm === 'for' && POSTS.has(tokens[j - 1]?.norm ?? ''))) {
          wanted = true;
          break;
        }
        const cls = nounClass(tokens[j]!.base);
        if (cls === 'patient' || cls === 'service') break;
      }
      // "a younger face would suit the front desk", "a young lad would fit in better": the suiting said after.
      // ("a young person would suit the drop-in" may place a patient: "young person" is a patient group's name.)
      // A listed adjective between keeps the span to the age word, so a finding on that adjective stays its own.
      if (starting >= 0) {
        if (wanted) hits.push({ start: tokens[k]!.start, end: tokens[starting]!.end });
        continue;
      }
      if (wanted || (!(tokens[k]!.norm === 'young' && person.norm === 'person') && suitsAfter(doc, at + 1))) hits.push({ start: tokens[k]!.start, end: listed ? tokens[k]!.end : person.end });
    }
    return hits;
  },
};

import { CONCEPTS } from '../concepts';
import type { Doc } from '../document';
import { type JudgementAt, judgementNear } from '../judgement/reader';
import { NOT_HELD_AGAINST, SUPPORTING_SOMEONE } from '../judgement/vocabulary';
import { COURTESY_TITLES, nounClass } from '../lexicon';
import { affectedAfter, affectedBy, concededAfter, judgedNext, spanWith } from '../reading/judged';
import { cuesOf } from '../reading/what';
import { aboutPerson, helpOfferedToReader, noteAbout, othersAddressed, PATIENT_WORDS, PERSON } from '../reading/who';
import { byFirstWord, firstCuePerSentenceIn, phraseList as phrases } from './cue-per-sentence';
import { refusingNobody } from './person-judged';
import type { SpanHandler } from './types';
import { GAP } from '../tokenize';

/** Children, a pregnancy, a family to come, or caring at home: what a candidate's family life is. */
const FAMILY_BY_FIRST = byFirstWord(CONCEPTS.family);

/** Caring at home rather than children themselves: a refusal to accommodate it is about every applicant. */
const CARING = new Set(['childcare', 'child care', 'school run', 'school runs', 'school pick up', 'school pick ups', 'school pickup', 'nursery pick up', 'nursery pick ups', 'nursery run', 'nursery runs', 'caring responsibilities', 'caring commitments', 'family commitments', 'family responsibilities', 'family life', 'dependants', 'dependents']);

/** First words of the cues that name children, who may be patients: they need the person to have them. */
const CHILDREN = new Set(['children', 'kids', 'toddler', 'toddlers', 'little', 'under', 'school', 'dependants', 'dependents']);
/** Verbs and possessives by which the person has the children: "she has", "you've got", "her kids". */
const HAVING = new Set(['has', 'have', 'had', 'got', "she's", "he's", "you've", "they've", 'her', 'his', 'your', 'their', 'raising', 'bringing']);
/** The candidate in the third person, as in notes and e-mails about her ("you" is any advert's reader). */
const THIRD_PERSON = new Set([...PERSON].filter((w) => !w.startsWith('you')));

/** "someone with young children", "applicants with dependants": the people the post is for, or judged, by what they have. */
const HOLDERS = new Set([
  'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'applicants', 'applicant', 'candidates', 'candidate', 'those', 'person', 'people', 'individuals', 'one',
  // A whole sex or all parents, judged by what they have: "women who fall pregnant twice are a burden", "mothers with young children".
  'women', 'mothers', 'mums', 'fathers', 'dads', 'parents',
]);
/** Words after a holder that say what they have or are: "anyone with", "someone who's". */
const LINKS = new Set(['with', 'who', "who's", "who'll", "who'd", "who've", 'that', 'whose', 'still']);

/** Words that make the sentence about patients, a service or the employer's support, not a judgement of the person. */
const OTHER_SENSE = phrases(`
  safeguarding, caseload, experience of,
  experience with, worked with, working with, work with, support, supportive, we can offer, we also offer, flexible working,
  we will offer, on offer, offers, welcome, welcomes, happy to, family friendly, policy, policies, voucher, vouchers,
  scheme, schemes, parental leave, carer's leave, carers leave, maternity cover, maternity leave cover, cover for,
  covered maternity, covering maternity, cover maternity, cover while, cover whilst, cover during, covering while,
  supported, cared for, care for, looked after, understand, recognise, committed to, commitment to, can request,
  can take, entitled, entitlement, school hours, term time, risk assessment, health and safety, radiation, x ray,
  x rays, cytotoxic, occupational health, expectant, arrange, adjustment, adjustments, around your, suits you,
  suit you, help you, we can discuss, we could discuss, we can talk, we could talk, we can look at, we could look at, emergency, emergencies, regardless, whether or not, not relevant, irrelevant, never ask, don't ask, do not ask, must not ask,
  shouldn't ask, should not ask, can't ask, cannot ask, not allowed, unlawful, illegal, discrimination,
  must not refuse, mustn't refuse, should not refuse, must not reject, should not reject, must not turn down,
  available for you to, available to you, to offer, another time, another date, another day, alternative date,
  alternative time, rearrange, contraception, contraceptive, counsel, counselling, antenatal, perinatal`).concat(NOT_HELD_AGAINST, SUPPORTING_SOMEONE);

/** The words of tokens [k, end) as written in lower case, joined by spaces. */
function wordsOf(doc: Doc, k: number, end: number): string {
  let words = doc.tokens[k]!.norm;
  for (let j = k + 1; j < end; j++) words += ` ${doc.tokens[j]!.norm}`;
  return words;
}

/** How close after the family words a service must be to be theirs: "children's clinic", "kids in the unit". */
const NEAR = 3;
/** How far apart the family words and the judgement may be, in words of the sentence. */
const WINDOW = 16;

/** Whether the word at j is the person's own relative: "her elderly mum", "his disabled son" (one word may come between). */
function ownFamily(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  return THIRD_PERSON.has(tokens[j - 1]?.norm ?? '') || (THIRD_PERSON.has(tokens[j - 2]?.norm ?? '') && tokens[j - 2]!.sentence === tokens[j]!.sentence);
}

/**
 * Words by which an e-mail is written to a candidate, whose "you" is then the person judged: "thank you
 * for coming in to interview", or a reply to what they asked of the post ("being so open about your situation").
 */
const TO_CANDIDATE = phrases(
  'your application, for applying, your interview, to interview, at interview, for coming in, you applied, your situation, your circumstances, your request',
);
/** The reader of an e-mail written to a candidate. */
const YOU = new Set(['you', "you'd", "you'll", "you're", "you've", 'your']);

/** Whether the family words at [k, end) are the candidate's or applicants': read before them, then around them. */
function ofPerson(doc: Doc, k: number, end: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  // "Mr Khan has a son who visits", "Mrs Obi's two daughters": a person named by title before the family words is a patient.
  for (let j = doc.sentenceStart(sentence); j < k; j++) if (COURTESY_TITLES.has(tokens[j]!.norm)) return false;
  // A partner named by the possessive alone ("Her husband is in the forces") is left to partner-job-noted's own reading.
  if (CHILDREN.has(tokens[k]!.norm)) {
    // Children may be patients: "her kids", "she has two under fives", "you've got young children".
    for (let j = k - 1; j >= 0 && j >= k - 4 && tokens[j]!.sentence === sentence; j--) if (HAVING.has(tokens[j]!.norm)) return true;
  } else if (aboutPerson(doc, k, true, false) || noteAbout(doc, k) >= 0) return true;
  // "anyone with small kids", "someone who's likely to go on maternity leave", "applicants who have children".
  for (let j = k - 1; j >= 0 && j >= k - 8 && tokens[j]!.sentence === sentence; j--) {
    if (HOLDERS.has(tokens[j]!.norm) && LINKS.has(tokens[j + 1]!.norm)) return !othersAddressed(doc, end);
  }
  // "Given her kids", "with four children I don't think he'll": the person in the sentence, when
  // nobody else (patients, a service) is.
  const [from, to] = doc.sentenceRange(sentence);
  let person = false;
  // "we felt you might not fit, and wondered whether the commute with a young family would be manageable", to the candidate.
  const addressed = doc.kind === 'email' && doc.documentHas(TO_CANDIDATE);
  for (let j = from; j < to; j++) {
    if (j >= k && j < end) continue;
    const t = tokens[j]!;
    if (THIRD_PERSON.has(t.norm) || (addressed && YOU.has(t.norm))) person = true;
    const cls = nounClass(t.base);
    // Patients anywhere, or a service or employer before the family words or just after them ("kids'
    // clinic", "children in the unit"), may be whose they are; one further on is the job she is judged
    // for ("with three kids I can't see her managing the late clinic"), and a noun after "her" or
    // "his" is her own family ("looks after her elderly mum").
    // Written to the candidate, a team or service in another clause is the job she was judged for ("not a fit for a small team, and ...").
    const otherClause = addressed && t.clause !== tokens[k]!.clause;
    if (cls === 'patient' || ((cls === 'service' || cls === 'organisation') && (j < k || j < end + NEAR) && !otherClause)) {
      if (!FAMILY_BY_FIRST.has(t.norm) && !ownFamily(doc, j)) return false;
    }
  }
  return person;
}

/** How many words may name the kind refused after "not another": "not another young mum with". */
const KIND_WORDS = 3;
/** Words for the person refused after "not another", beside HOLDERS and nouns for staff: "not another mum with". */
const KINDS = new Set(['mum', 'mums', 'mother', 'mothers', 'dad', 'dads', 'father', 'fathers', 'parent', 'parents', 'woman', 'women', 'man', 'men', 'girl', 'lad', 'one']);

/** Whether a word names a person refused: "one", "mum", "nurse". */
const isKind = (doc: Doc, h: number) => {
  const t = doc.tokens[h]!;
  return KINDS.has(t.norm) || HOLDERS.has(t.norm) || nounClass(t.base) === 'person';
};

/**
 * "nobody with kids", "no one who's planning a family", "not another young mum with school runs": a
 * refusal of whoever has it, read back over its clause.
 */
function nobodyBefore(doc: Doc, k: number, from: number): JudgementAt | undefined {
  const { tokens } = doc;
  for (let j = k - 1; j >= from && j >= k - 8; j--) {
    const no = refusingNobody(doc, j);
    if (no < 0) continue;
    // After "not another", the link must follow a person: "not another mum with", not "not another invoice with".
    const another = tokens[j]!.norm === 'another';
    const reach = another ? KIND_WORDS : 1;
    for (let h = j + 1; h <= j + reach && h < k; h++) {
      if (LINKS.has(tokens[h]!.norm) && (!another || isKind(doc, h - 1))) return { kind: 'refuse', start: no, end: j + 1, takesObject: true };
    }
  }
  return undefined;
}

/** Refusals of the kind of person described after them: "not a job for someone who", "wouldn't suit anyone with". */
const REFUSING_KIND = phrases(`
  not a job for, not the job for, not a role for, not the role for, not a post for, not the post for, not for, not suitable for,
  isn't a job for, isn't the job for, isn't a role for, isn't the role for, isn't a post for, unsuitable for, would not suit, wouldn't suit, won't suit, will not suit, no good for, no use for`);
/** Wants of the person described after them, when the description is an absence: "we'd like someone who does not have". */
const WANTING_KIND = phrases(`
  need, needs, want, wants, would like, we'd like, i'd like, prefer, prefers, preferably, ideally, looking for, after, seeking`);
/** Words that make the family life an absence in the person's description: "who does not have", "with no", "free of". */
const ABSENT = new Set(['no', 'not', "doesn't", "don't", 'without', 'free', 'none', 'never']);
/** How far before the family words an absence may be: "with no", "free of any", "without any". */
const ABSENT_REACH = 3;

/** Whether the family words at k are described as absent: "someone without caring responsibilities". */
function absentBefore(doc: Doc, k: number, from: number): boolean {
  for (let j = Math.max(from, k - ABSENT_REACH); j < k; j++) if (ABSENT.has(doc.tokens[j]!.norm)) return true;
  return false;
}

/** How far before the family words the person described may be: "someone who needs to leave at 3 for the school run". */
const DESCRIBED_REACH = 10;

/** Whether the refusal at `at` is said of a service, a place or a group ("the parenting group is not for someone who"): the first classed noun before it in its sentence. */
function ownedBy(doc: Doc, from: number, at: number): boolean {
  for (let j = from; j < at; j++) {
    const cls = nounClass(doc.tokens[j]!.base);
    if (cls !== undefined) return cls !== 'person';
  }
  return false;
}

/**
 * The kind of person whose description holds the family words, refused or wanted without them:
 * "not a job for someone who needs to leave at 3 for the school run", "we'd like someone who does
 * not have young children". The description is read from a holder and its link ("someone who",
 * "anyone with") to the family words, in one clause run without a sentence break.
 */
function kindRefused(doc: Doc, k: number, from: number): JudgementAt | undefined {
  const { tokens } = doc;
  for (let h = k - 1; h >= from && h >= k - DESCRIBED_REACH; h--) {
    if (tokens[h + 1]!.gap & GAP.BREAK) return undefined;
    if (!HOLDERS.has(tokens[h]!.norm) || !LINKS.has(tokens[h + 1]?.norm ?? '')) continue;
    // "not a job for someone who", "wouldn't suit anyone with": the refusal closes just before the holder (an article may come between).
    const before = tokens[h - 1]?.norm === 'a' || tokens[h - 1]?.norm === 'any' ? h - 1 : h;
    for (const words of REFUSING_KIND) {
      const at = before - words.length;
      if (at >= from && doc.phraseAt(at, words)) return ownedBy(doc, from, at) ? undefined : { kind: 'refuse', start: at, end: before, takesObject: true };
    }
    // "we'd like someone who does not have young children": a want, and an absence in the description.
    let absent = false;
    for (let j = h + 1; j < k && !absent; j++) absent = ABSENT.has(tokens[j]!.norm);
    if (!absent) return undefined;
    for (let j = h - 1; j >= from && j >= h - 4; j--) {
      for (const words of WANTING_KIND) if (words[0] === tokens[j]!.norm && j + words.length <= h && doc.phraseAt(j, words)) return { kind: 'prefer', start: j, end: j + words.length, takesObject: true };
    }
    return undefined;
  }
  return undefined;
}

/**
 * A candidate or applicants judged by their family life: children, a pregnancy, a family planned or
 * caring at home, with a doubt, a preference, a refusal or a request to disclose it in the same
 * sentence ("she has two under fives, so I'm not sure about the lates", "ideally someone with a young
 * family who will settle", "please let us know if you have young children so we can plan the
 * rota", "we are unable to accommodate childcare commitments"). Family life stated without a
 * judgement, patients' families and the employer's family-friendly offer are not flagged. Treating
 * someone less favourably for pregnancy, sex or caring is discrimination (Equality Act 2010,
 * sections 13, 18 and 19).
 */
export const familyJudged: SpanHandler = {
  kind: 'span',
  find({ doc }) {
    // Every hit starts at a family cue (found once per text, with the other fields: reading/what.ts).
    const { tokens } = doc;
    return firstCuePerSentenceIn(doc, cuesOf(doc).family, (k, end, from, to) => {
      if (doc.hasPhrase(from, to, OTHER_SENSE) || helpOfferedToReader(doc, from, to)) return null;
      // Patients in the family words' own clause make them theirs ("supporting patients who are
      // pregnant"); in a reason for a refusal they do not ("no one pregnant, as it means lifting patients").
      const [clauseFrom, clauseTo] = doc.clauseRange(tokens[k]!.clause);
      if (doc.hasPhrase(clauseFrom, clauseTo, PATIENT_WORDS)) return null;
      // In a note, the paragraph's next sentence may judge what this one stated ("she mentions three
      // kids. Realistically she'll be ringing in whenever one of them is off sick").
      let judged = judgementNear(doc, Math.max(from, k - WINDOW), Math.min(to, end + WINDOW), k, k, end) ?? nobodyBefore(doc, k, from) ?? kindRefused(doc, k, from) ?? affectedAfter(doc, end, to) ?? affectedBy(doc, k, from, to);
      if (!judged) {
        judged = judgedNext(doc, k, to);
        if (judged && (doc.hasPhrase(to, doc.sentenceEnd(tokens[to]!.sentence), OTHER_SENSE) || doc.hasPhrase(to, doc.sentenceEnd(tokens[to]!.sentence), PATIENT_WORDS))) return null;
        judged ??= concededAfter(doc, end);
      }
      if (!judged) return null;
      // "The hours would suit anyone with caring responsibilities": a post preferred for those who care at
      // home welcomes them; only a want of its absence judges it ("ideally someone with no family commitments").
      if (judged.kind === 'prefer' && CARING.has(wordsOf(doc, k, end)) && !absentBefore(doc, k, from)) return null;
      // A refusal to accommodate caring needs is about every applicant; the rest must be about the person.
      if (!(judged.kind === 'refuse' && CARING.has(wordsOf(doc, k, end))) && !ofPerson(doc, k, end)) return null;
      return spanWith(doc, k, end, judged);
    });
  },
};

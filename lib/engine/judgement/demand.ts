import type { Doc } from '../document';
import { byFirstWord, phraseList } from '../handlers/cue-per-sentence';
import { AUXILIARIES, DETERMINERS, NEGATIONS, nounClass, POSTS } from '../lexicon';
import { othersAddressed } from '../reading/who';
import { GAP } from '../tokenize';
import { judgementNear } from './reader';
import { FAIR } from './vocabulary';

// A demand made on the person hired, with or without a modal: a criterion or a requirement listed
// bare ("- Physically robust", "Local to the practice"), an exclusion ("no one small or slightly
// built", "smokers need not apply"), an instruction to the panel or an agency ("please check
// they're healthy before we interview", "make sure whoever you send is tall"), or a requirement or a
// want ("must be", "you'll need", "we want", "ideally"). Read by person-demanded, for the words of a
// concept field said of the person (wordlists/concepts.json).

/** Words that may come before a characteristic listed bare: "Good physical strength", "Must be at least 5ft". */
const LEAD = new Set([
  'good', 'excellent', 'high', 'very', 'physically', 'physical', 'reasonable', 'real', 'genuine', 'a', 'an', 'the', 'must', 'be', 'should',
  'and', 'or', 'of', 'level', 'standard', 'at', 'least', 'over', 'minimum', 'min', 'is', 'are', 'only', 'ideally', 'preferably',
]);
/** An ability that leads in to a characteristic listed bare: "able to work at height all day". */
const ABILITY = new Set(['able', 'ability', 'willing', 'prepared']);
/** Words for the person a list item describes before "who can": "- Strong young person who can lift all day". */
const PERSON_LISTED = new Set(['person', 'someone', 'somebody', 'individual', 'candidate', 'applicant']);
/** How far into its item (or its part after a comma) a characteristic listed bare may start. */
const LEAD_REACH = 4;

/** Openers of an exclusion of whoever has the characteristic: "no one small", "nobody born outside". */
const EXCLUDING = phraseList('no one, nobody, noone, no-one, not anyone, not anybody, not someone, not somebody, not suitable for, unsuitable for, not for, not a job for');
const EXCLUDING_LAST = new Set(EXCLUDING.map((p) => p.at(-1)!));
/** Exclusions after the characteristic: "smokers need not apply". */
const EXCLUDED_AFTER = phraseList("need not apply, needn't apply, should not apply, shouldn't apply, will not be considered, won't be considered, not be considered");
/** How far from the characteristic an exclusion may be. */
const EXCLUSION_REACH = 4;
/** Words that may stand between an exclusion and the characteristic: "no one who is too small", not "nobody will put their big...". */
const EXCLUSION_GAP = new Set(['who', "who's", 'that', 'is', 'are', 'was', 'too', 'very', 'really', 'quite', 'overly', 'particularly', 'a', 'bit', 'with']);

/** A copula after an exclusion states a fact ("nobody is lifting all day") unless a relative opens it ("no one who is too small"). */
const COPULAS = new Set(['is', 'are', 'was']);
const RELATIVES = new Set(['who', "who's", 'that']);

/** Verbs of a state kept or reached, which make the words wellbeing rather than a demand: "we want our staff to stay healthy". */
const STATE_VERBS = new Set(['stay', 'stays', 'staying', 'keep', 'keeps', 'keeping', 'remain', 'remains', 'remaining', 'feel', 'feels', 'feeling', 'become', 'becoming', 'eat', 'eating']);

/** Words that may open a clause before an instruction: "please check", "and can you make sure". */
const BEFORE_INSTRUCTION = new Set(['please', 'pls', 'and', 'also', 'so', 'just', 'kindly', 'can', 'could', 'would', 'will', 'you', 'only', 'again']);
/** Instructions to a panel or an agency about whom to put forward. */
const INSTRUCTIONS = phraseList('check, make sure, ensure, confirm, send, find, screen, vet, shortlist, pick, choose, filter, put forward');
const INSTRUCTING = new Set(INSTRUCTIONS.map((p) => p[0]!));
/** The person an instruction is about: "check they're", "make sure whoever you send is". */
const INSTRUCTED = new Set([
  'they', "they're", 'them', 'whoever', 'someone', 'somebody', 'anyone', 'anybody', 'people', 'staff', 'applicants', 'candidates',
  'he', 'she', "he's", "she's", 'everyone', 'everybody', 'nurses', 'locums', 'workers', 'shortlist', 'shortlisted',
]);
/** How far after the instruction its person may be, and the characteristic after them. */
const INSTRUCTION_REACH = 6;

/** Requirements said to the reader or of the post-holder, which the judgement vocabulary reads only as the writer's want. */
const REQUIRING = phraseList(`
  you'll need, you will need, you need, you'd need, applicants need, candidates need, need to be, needs to be, required, requires,
  requirement, expected to be, expected to, expect to, do need, does need, have to be, has to be, got to be, should be, should have, need to have, needs to have, you'll be, you will be,
  must have, essential`);
/**
 * Things that may be the subject of "must be" or "needs to be" before a characteristic, which is
 * then theirs: "your application should be well presented", "the leaflets need to be attractive".
 */
const THINGS = new Set([
  'application', 'applications', 'cv', 'cvs', 'statement', 'statements', 'form', 'forms', 'notes', 'documentation', 'paperwork',
  'records', 'report', 'reports', 'document', 'documents', 'letter', 'letters', 'leaflet', 'leaflets', 'display', 'displays',
  'presentation', 'presentations', 'correspondence', 'workspace', 'workstation', 'stock', 'shop', 'counter', 'area', 'areas',
]);
/** Whether the word before token j is a thing that a "be" requirement at j is about ("reports must be", "the leaflets need to be"). */
function thingBefore(doc: Doc, j: number, reach: number): boolean {
  return j > reach && THINGS.has(doc.tokens[j - 1]!.norm);
}
/** Requirements that open with their own subject: "you'll need", "applicants need". */
const SUBJECTS = new Set(['you', "you'll", "you'd", 'applicants', 'candidates']);
/** How far before the characteristic a requirement may be, and its subject before it. */
const REQUIRE_REACH = 8;
const WRITER_REACH = 3;
/** How far before a requirement its subject may be: "our patients need to be", "the ward must be". */
const SUBJECT_REACH = 2;
const AFTER_REACH = 2;
/** How far before a requirement a negation lifts it. */
const NEGATION_REACH = 2;

/**
 * Sentences that state the fair version: the task with its equipment or support, an adjustment,
 * an occupational requirement with its exemption, the need itself (knowing the area, an on-call
 * response time, a way to travel or relocate), a welcome.
 */
const FAIR_DEMAND = [
  ...FAIR,
  ...phraseList(`
    adjustment, adjustments, hoist, hoists, lifting aids, carry chair, carry chairs, stair chair, evacuation chair,
    equipment provided, training given, training provided, with support, with a colleague, two-person, in pairs,
    occupational requirement, schedule 9, exemption, exempt, uniform, dress code, you do not need to, you don't need to, not required,
    no need to, not essential, not a requirement, relocate, relocating, relocation, knows the area, know the area, knows the local area, know the local area,
    knowledge of the area, knowledge of the local area, local knowledge, knowledge of local services, willing to travel, security check, security checks,
    security clearance, vetting, counter terrorist check, national security, able to travel, or willing, on call, on-call, response time, respond within`),
];

/**
 * Whether tokens [from, to) name a patient, a client or a service, whose the characteristic is
 * instead ("not suitable for patients with", "the clinic is not suitable for anyone small"), or,
 * with `places`, a place or an organisation ("local services", "the ward must be").
 */
function others(doc: Doc, from: number, to: number, places = true): boolean {
  for (let j = from; j < to; j++) {
    const cls = nounClass(doc.tokens[j]!.base);
    if (cls === 'patient' || cls === 'service' || (places && (cls === 'place' || cls === 'organisation'))) return true;
  }
  return false;
}

/** The first token of the list item or criterion holding token k, or -1 when it is in running text. */
function itemStart(doc: Doc, k: number): number {
  const { tokens } = doc;
  const role = doc.roleOf(k);
  if (role === 'essential' || role === 'desirable') return doc.tokenAt(doc.sectionAt(tokens[k]!.start)!.start);
  const line = tokens[k]!.line;
  let first = k;
  while (first > 0 && first > k - LEAD_REACH - 1 && tokens[first - 1]!.line === line) first--;
  if (first > 0 && tokens[first - 1]!.line === line) return -1;
  // "Who we are looking for:⏎Strong young men who…": the line straight after a request ending in a
  // colon is what it asks for, bullet or none.
  return tokens[first]!.gap & GAP.BULLET || (first > 0 && tokens[first]!.gap & GAP.COLON && asksFor(doc, first)) ? first : -1;
}

/** Where a characteristic listed bare starts its item ("- Local to the practice", "Good strength, able to work at height all day"), or -1. */
function listedBare(doc: Doc, k: number): number {
  const { tokens } = doc;
  const start = itemStart(doc, k);
  if (start < 0) return -1;
  // A criterion's later part, after a comma, is listed bare too: "Good strength and stamina, able to lift all day".
  let part = start;
  for (let j = k - 1; j > start && j >= k - LEAD_REACH; j--) {
    if (tokens[j]!.gap & GAP.COMMA) {
      part = j;
      break;
    }
  }
  // "- Strong young person who can lift sacks all day": the person listed, then what they can do.
  const who = k - 2;
  if (who > part && who - part <= LEAD_REACH && tokens[who]!.norm === 'who' && tokens[k - 1]!.norm === 'can' && PERSON_LISTED.has(tokens[who - 1]!.norm)) return start;
  if (k - part > LEAD_REACH) return -1;
  for (let j = part; j < k; j++) {
    const norm = tokens[j]!.norm;
    if (LEAD.has(norm) || (norm.charCodeAt(0) >= 48 && norm.charCodeAt(0) <= 57)) continue;
    // "able to work at height all day": an ability and its verb lead in to the demand.
    if (ABILITY.has(norm) && tokens[j + 1]?.norm === 'to' && j + 3 >= k) {
      j += 2;
      continue;
    }
    return -1;
  }
  return start;
}

/** Where an exclusion of whoever has the characteristic at [k, end) starts ("No one small", "smokers need not apply"), or -1. */
function excluded(doc: Doc, k: number, end: number, from: number, to: number): number {
  const { tokens } = doc;
  // "Nobody from round here applied", "no one local has": a statement of what happened, not an exclusion.
  const next = tokens[end];
  if (next && next.sentence === tokens[k]!.sentence && ((AUXILIARIES.has(next.norm) && !next.norm.startsWith('need')) || next.norm.endsWith('ed'))) return -1;
  // "nobody is lifting all day" states a fact; "no one who is too small" excludes.
  let copula = false;
  for (let j = k - 1; j >= from && j >= k - EXCLUSION_REACH; j--) {
    const norm = tokens[j]!.norm;
    if (!EXCLUDING_LAST.has(norm)) {
      if (!EXCLUSION_GAP.has(norm)) break;
      if (COPULAS.has(norm)) copula = true;
      else if (RELATIVES.has(norm)) copula = false;
      continue;
    }
    if (copula) break;
    for (const words of EXCLUDING) {
      const at = j - words.length + 1;
      // "The clinic is not suitable for anyone small": a service's or a patient's exclusion.
      if (at >= from && words.at(-1) === norm && doc.phraseAt(at, words)) return others(doc, from, k) ? -1 : at;
    }
  }
  for (let j = end; j < to && j <= end + EXCLUSION_REACH; j++) {
    for (const words of EXCLUDED_AFTER) if (doc.phraseAt(j, words)) return k;
  }
  return -1;
}

/** Where an instruction to the panel or an agency about the person with the characteristic at k starts ("please check they're healthy"), or -1. */
function instructed(doc: Doc, k: number, from: number): number {
  const { tokens } = doc;
  let c = from;
  while (c < k && BEFORE_INSTRUCTION.has(tokens[c]!.norm)) c++;
  if (c >= k || !INSTRUCTING.has(tokens[c]!.norm)) return -1;
  let verbEnd = -1;
  for (const words of INSTRUCTIONS) if (words.length > verbEnd - c && doc.phraseAt(c, words)) verbEnd = c + words.length;
  if (verbEnd < 0 || k - verbEnd > INSTRUCTION_REACH) return -1;
  for (let j = verbEnd; j < k; j++) if (INSTRUCTED.has(tokens[j]!.norm)) return others(doc, verbEnd, k, false) ? -1 : from;
  return -1;
}

/**
 * Wants that are also invitations: with where someone lives or comes from ("we are keen to hear from
 * local people", "looking for local people to train") they may be outreach to a community.
 */
const INVITATIONS = phraseList('looking for, keen to hear, love to hear, hope to hear, hire, appoint');

/** Verbs after "to" that keep a want on the person: "we want them to be local", "need to have grown up". */
const INFINITIVE_OF_DEMAND = new Set(['be', 'have', 'live', 'come', 'look', 'send', 'get', 'find', 'hire', 'appoint', 'see', 'hear']);

/** Words that start a new statement: a requirement before them is about something else. */
const NEW_STATEMENT = new Set(['but', 'so', 'because', 'although', 'though', 'whereas', 'while', 'whilst', 'as', 'since', 'if', 'when', 'which', 'unless']);

/**
 * Where the words read for a requirement before token k start: back to the start of its sentence
 * or of a statement (a colon, a dash, "but", "because"), across the commas of a list of describing
 * words ("looking for a bubbly, well-spoken and smartly presented receptionist").
 */
function statementStart(doc: Doc, k: number, sentenceFrom: number): number {
  const { tokens } = doc;
  let j = k;
  while (j > sentenceFrom && j > k - REQUIRE_REACH && !(tokens[j]!.gap & GAP.BREAK) && !NEW_STATEMENT.has(tokens[j - 1]!.norm)) j--;
  return j;
}

/** Whether a negation just before token j, from `from`, lifts the requirement there: "you won't need to be", "you do not have to be". */
function negated(doc: Doc, j: number, from: number): boolean {
  for (let n = j - 1; n >= from && n >= j - NEGATION_REACH; n--) if (NEGATIONS.has(doc.tokens[n]!.norm)) return true;
  return false;
}

/** Where a requirement or a want before the characteristic at [k, end) starts ("must be", "you'll need", "we want"), or -1. */
function required(doc: Doc, k: number, end: number, sentenceFrom: number, to: number, invitations: boolean): number {
  const reach = statementStart(doc, k, sentenceFrom);
  for (let j = k - 1; j >= reach; j--) {
    for (const words of REQUIRING) {
      if (words[0] !== doc.tokens[j]!.norm || j + words.length > k || !doc.phraseAt(j, words)) continue;
      // "The leaflets need to be attractive": a thing before a "be" requirement is what it is about.
      const ofThing = words.at(-1) === 'be' && !SUBJECTS.has(words[0]!) && thingBefore(doc, j, reach);
      // Patients or a service as its subject or between it and the words make them theirs ("our
      // patients need to be local"); the requirement's own words are not read ("needs to be" is no
      // patients' needs).
      return (!SUBJECTS.has(words[0]!) && others(doc, Math.max(reach, j - SUBJECT_REACH), j, false)) || others(doc, j + words.length, k) || ofThing || negated(doc, j, reach) ? -1 : j;
    }
  }
  const relative = wantedBefore(doc, k, sentenceFrom, invitations);
  if (relative >= 0) return relative;
  // The writer may be named just before ("we are looking for"); after the words, only a judgement
  // that closes their phrase counts ("local applicants only", "strong lads preferred").
  const judged = judgementNear(doc, Math.max(sentenceFrom, reach - WRITER_REACH), Math.min(to, end + AFTER_REACH), k, k, end, { reading: 'word', kinds: ['prefer', 'refuse'] });
  if (!judged) return -1;
  if (!invitations) for (const words of INVITATIONS) if (doc.phraseAt(judged.start, words)) return -1;
  // "we want to recruit local people", "we want our workforce to reflect": the person is another verb's object.
  if (judged.end <= k) for (let j = judged.end; j < k - 1; j++) if (doc.tokens[j]!.norm === 'to' && !INFINITIVE_OF_DEMAND.has(doc.tokens[j + 1]!.norm)) return -1;
  // "The clinic is not suitable for anyone small", "patients must be well enough": said of others.
  if (judged.start < k ? others(doc, judged.end, k) : others(doc, end, judged.start, false)) return -1;
  // The subject before it: "for our patients we need...", not "agency staff"; "reports must be well presented".
  // The writer as the want's own subject, opening a clause of its own, starts it: "this is a busy unit and
  // we want strong men" is the writer's want (not "for our patients we want ...", one clause).
  let subject = Math.min(reach, judged.start);
  // "Because of the nature of the unit we are keen to hear from strong men": a reason put first, with
  // no comma, is not who wants; the writer after it is.
  const reason = doc.tokens[sentenceFrom]!.norm === 'because' && doc.tokens[sentenceFrom + 1]?.norm === 'of';
  for (let j = Math.min(judged.start, k - 1); j > subject; j--) {
    if (WRITERS.has(doc.tokens[j]!.norm) && (reason || doc.tokens[j]!.clause !== doc.tokens[subject]!.clause || CLAUSE_JOINS.has(doc.tokens[j - 1]!.norm))) {
      subject = j;
      break;
    }
  }
  return others(doc, subject, k, false) || thingBefore(doc, judged.start, reach) ? -1 : Math.min(judged.start, k);
}

/** Verbs after "who" that say what the person has, is or can do: "who has perfect eyesight", "who is tall", "who will look right". */
const RELATIVE_VERBS = new Set(['has', 'have', 'is', 'are', 'got', 'looks', 'look', 'can', 'will', 'be']);

/**
 * Where the want of the person a relative clause is said of starts, when the characteristic at k
 * ends it ("we want a receptionist who is friendly, and who has perfect eyesight"), or -1: "who"
 * is said only of a person, so a want earlier in the sentence is a want of them, unless they are
 * patients or a service's users ("we want patients who are healthy enough to go home").
 */
function wantedBefore(doc: Doc, k: number, sentenceFrom: number, invitations: boolean): number {
  const { tokens } = doc;
  let r = k - 1;
  while (r > sentenceFrom && r >= k - 2 && RELATIVE_VERBS.has(tokens[r]!.norm)) r--;
  if (r === k - 1 || tokens[r]!.norm !== 'who') return -1;
  const judged = judgementNear(doc, sentenceFrom, r, r, r, r + 1, { reading: 'word', kinds: ['prefer'] });
  if (!judged || judged.end > r || others(doc, judged.end, r)) return -1;
  if (!invitations) for (const words of INVITATIONS) if (doc.phraseAt(judged.start, words)) return -1;
  return judged.start;
}

/**
 * Where the demand on the person made of the characteristic at tokens [k, end) starts, or -1 when
 * none is made: a criterion listed bare, an exclusion, an instruction to the panel or an agency, or
 * a requirement or want, in its clause (not a want that may be an invitation, unless `invitations`);
 * none in a sentence that states the fair version (the task with its equipment, an adjustment, an
 * exemption, the need itself), of wellbeing ("stay healthy"), or about patients or a service.
 */
export function demandOn(doc: Doc, k: number, end: number, invitations = true): number {
  const { tokens } = doc;
  const [sentenceFrom, sentenceTo] = doc.sentenceRange(tokens[k]!.sentence);
  if (doc.hasPhrase(sentenceFrom, sentenceTo, FAIR_DEMAND) || STATE_VERBS.has(tokens[k - 1]?.norm ?? '')) return -1;
  const [from, to] = doc.clauseRange(tokens[k]!.clause);
  const bare = listedBare(doc, k);
  if (bare >= 0) return bare;
  const no = excluded(doc, k, end, from, to);
  if (no >= 0) return no;
  const told = instructed(doc, k, from);
  if (told >= 0) return told;
  return required(doc, k, end, sentenceFrom, to, invitations);
}

/** Openers that turn a kind of person away before naming them: "not for career changers", "please don't send students". */
const TURNING_AWAY = phraseList(`
  no, not for, not suitable for, unsuitable for, not a job for, not a role for, not a post for, isn't a job for, isn't a role for,
  isn't a post for, not open to, would not suit, wouldn't suit,
  will not suit, won't suit, not ideal for, steer clear of, avoid, don't send, do not send, don't want, do not want, rule out,
  had our fill of, had my fill of, had enough of, fed up with, sick of, tired of, no time for, don't have time for,
  do not have time for, haven't got time for, have no time for`);
const TURNING_AWAY_LAST = new Set(TURNING_AWAY.map((p) => p.at(-1)!));
/** Words that may stand between an opener and the kind of person: "don't send me any students", "no more graduates", "avoid hiring parents". */
const GROUP_GAP = new Set(['any', 'more', 'the', 'me', 'us', 'hiring', 'recruiting', 'employing', 'appointing', 'interviewing']);
/** Words that may open a clause before a bare "no": "and no parents", "please, no students". */
const BEFORE_NO = new Set(['and', 'but', 'also', 'so', 'please', 'pls', 'definitely', 'absolutely', 'really', 'ideally', 'preferably', 'just', 'strictly']);
/** Words after the kind of person that close the exclusion: "no students please", "not for parents, sorry", "no graduates or students". */
const GROUP_CLOSERS = new Set(['please', 'pls', 'thanks', 'sorry', 'this', 'though', 'either', 'or', 'and', 'nor', 'as', 'because', 'since', 'at', 'here']);
/** Exclusions after it that may be about something else when more follows: "will not be considered part of the numbers". */
const CONSIDERED = 'considered';
/** Words that join a clause with a subject of its own: "it is busy and we need…". */
const CLAUSE_JOINS = new Set(['and', 'but', 'so']);
/** The writer as the subject who turns a group away: "we don't want students" (not an organisation whose group it is). */
const WRITERS = new Set(['we', 'i', "we'd", "i'd", "we're", "i'm", "we'll", "i'll"]);
/** Where the kind of person is turned away for a reason the post has: registration or a qualification it needs, a placement. */
const GROUP_REASONS = phraseList('registration, registered, qualification, qualifications, qualified, licence, licensed, placement, placements, supernumerary');

/** Words for people after a kind that names them: "Gen Z types", "millennial staff". */
const PEOPLE_AFTER = new Set(['types', 'staff', 'applicants', 'candidates', 'workers', 'employees', 'hires', 'recruits', 'lot', 'crowd']);

/** The post a group is turned away from, after "for this", "for the": "no students for this post", "for the care package". */
const CLOSED_POSTS: ReadonlySet<string> = new Set([...POSTS, 'contract', 'package', 'shift', 'shifts']);

/** Whether the kind of person at [.., end) closes the words turning them away: the clause ends, or a closer follows. */
function groupCloses(doc: Doc, end: number): boolean {
  const next = doc.tokens[end];
  if (!next || next.clause !== doc.tokens[end - 1]!.clause || (next.gap & (GAP.COMMA | GAP.BREAK)) !== 0 || GROUP_CLOSERS.has(next.norm)) return true;
  // "no students for this post", "for this home care package": the post it is closed to, within two words, where the
  // clause then ends ("no students for this post, please"); "no students for this post were shortlisted" reports a fact.
  if (next.norm !== 'for' || !DETERMINERS.has(doc.tokens[end + 1]?.norm ?? '')) return false;
  for (let j = end + 2; j <= end + 4 && j < doc.tokens.length && doc.tokens[j]!.clause === next.clause; j++) {
    if (CLOSED_POSTS.has(doc.tokens[j]!.norm)) return doc.tokens[j + 1]?.norm !== 'for' && groupCloses(doc, j + 1);
  }
  return false;
}

/**
 * Where a kind of person at tokens [k, end) is turned away as a group starts and ends ("Students need
 * not apply", "not for career changers", "- no parents", "please don't send graduates"), or null:
 * not a statement of who is there ("there are no students on the ward"), not of patients or a
 * service ("the clinic is not suitable for parents with babies"), not for a reason the post has
 * ("students need not apply, as the post needs registration").
 */
export function groupTurnedAway(doc: Doc, k: number, end: number): [number, number] | null {
  const { tokens } = doc;
  const [sentenceFrom, sentenceTo] = doc.sentenceRange(tokens[k]!.sentence);
  if (doc.hasPhrase(sentenceFrom, sentenceTo, GROUP_REASONS)) return null;
  const [clauseFrom, to] = doc.clauseRange(tokens[k]!.clause);
  // The writer opening the clause turns the group away, as the employer: "we don't want students".
  const from = WRITERS.has(tokens[clauseFrom]!.norm) ? clauseFrom + 1 : clauseFrom;
  // After: "Parents need not apply", "career changers will not be considered for this post".
  for (let j = end; j < to && j <= end + EXCLUSION_REACH; j++) {
    for (const words of EXCLUDED_AFTER) {
      if (!doc.phraseAt(j, words)) continue;
      const after = j + words.length;
      if (words.at(-1) === CONSIDERED && after < to && tokens[after]!.norm !== 'for') return null;
      return others(doc, from, k) || othersAddressed(doc, end) ? null : [k, after];
    }
  }
  // "Gen Z job-hoppers", "millennial types": a word for people after the kind names them with it.
  const hyphened = end + 1 < to && (tokens[end + 1]!.gap & GAP.HYPHEN) !== 0;
  const close = hyphened ? end + 2 : end < to && PEOPLE_AFTER.has(tokens[end]!.norm) ? end + 1 : end;
  if (!groupCloses(doc, close)) return null;
  let j = k - 1;
  // "no gap-year students": a compound made with a hyphen describes the kind.
  if (j > from && tokens[j]!.gap & GAP.HYPHEN) j -= 2;
  while (j >= from && j >= k - 2 && GROUP_GAP.has(tokens[j]!.norm)) j--;
  if (j < from || !TURNING_AWAY_LAST.has(tokens[j]!.norm)) return null;
  for (const words of TURNING_AWAY) {
    const at = j - words.length + 1;
    if (at < from || words.at(-1) !== tokens[j]!.norm || !doc.phraseAt(at, words)) continue;
    // A bare "no" opens its clause or list item: "No students", "and no parents", not "there are no students".
    if (words.length === 1) for (let c = from; c < at; c++) if (!BEFORE_NO.has(tokens[c]!.norm)) return null;
    // "no time for IMGs" turns a kind away; "no time for the students this week" is about those already there.
    if (words.includes('time') && tokens[j + 1]!.norm === 'the') return null;
    return others(doc, from, k) || othersAddressed(doc, end) ? null : [at, close];
  }
  return null;
}

/**
 * Words of a line in which the writer asks for what the list after it names: "we're after:", "looking
 * for someone who:", "what we need:"; not a line that tells the reader something ("what you need to
 * know:", "what we offer:") or says whom a service is for ("for people who:"); a heading other than
 * "Requirements:" ("Essential information:", "Eligibility criteria:") is read by sections.ts.
 */
const REQUEST_LINE = phraseList(`
  we're after, we are after, i'm after, i am after, looking for, we're seeking, we are seeking, hoping for, we want, i want, we'd want,
  we would want, we'd like, we would like, i'd like, i would like, we need, i need, we'll need, we will need, you must,
  requirements, wish list, someone who, somebody who, applicants who, candidates who,
  please bring, please send, please provide, please include, please attach, please tell us, please let us know,
  please have ready, please also bring, please also send, please could you bring, please could you send, please reply with,
  reply with, please respond with, please email us, please let us have, send us`);
const REQUEST_BY_FIRST = byFirstWord(REQUEST_LINE);
/** How many list items back the line that introduces them may be. */
const ITEMS_BACK = 12;
/** How many words a list item may run to. */
const ITEM_WORDS = 60;
/** How many words a heading over a list may have, when it ends with no colon. */
const HEADING_WORDS = 6;

/** Whether tokens [from, to), a line, ask for something: read in the line's own words, as the text's phrase index would search the whole text for the list. */
function requestIn(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const list = REQUEST_BY_FIRST.get(doc.tokens[j]!.norm);
    if (list) for (const words of list) if (j + words.length <= to && doc.phraseAt(j, words)) return true;
  }
  return false;
}

/** Whether the line before token `first` (a line's first word) asks for something: "Who we are looking for:". */
function asksFor(doc: Doc, first: number): boolean {
  const { tokens } = doc;
  let intro = first - 1;
  while (intro > 0 && first - intro < ITEM_WORDS && tokens[intro - 1]!.line === tokens[first - 1]!.line) intro--;
  return requestIn(doc, intro, first);
}

/**
 * Whether token k is in a list item under a line that asks for what the list names ("For the porter
 * we're after:\n- under 30\n- always contactable", or a heading "What we're looking for"): each item is a demand on the person, as a
 * criterion under an Essential heading is, though it has no cue word of its own.
 */
export function listedUnderRequest(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  let first = k;
  // A list item is short: a word further into its line than ITEM_WORDS is in prose, and the bound
  // keeps each call constant-time on a text with no line breaks.
  while (first > 0 && tokens[first - 1]!.line === tokens[k]!.line) if (k - --first > ITEM_WORDS) return false;
  // "- 2 shifts at short notice": an item that counts what is asked for is about the work, not the person.
  const lead = tokens[first]!.norm.charCodeAt(0);
  if (lead >= 48 && lead <= 57) return false;
  for (let items = 0; items < ITEMS_BACK; items++) {
    const end = first;
    while (first > 0 && tokens[first - 1]!.line === tokens[first]!.line) if (end - --first > ITEM_WORDS) return false;
    const gap = tokens[first]!.gap;
    if (first === 0) return false;
    // The first line under the request, with no bullet (as itemStart reads it).
    if (!(gap & GAP.BULLET)) return items === 0 && (gap & GAP.COLON) !== 0 && asksFor(doc, first);
    let intro = first - 1;
    // (Only the intro's last ITEM_WORDS words: a request ends by its colon.)
    while (intro > 0 && first - intro < ITEM_WORDS && tokens[intro - 1]!.line === tokens[first - 1]!.line) intro--;
    // The first item of the list: the line before it ends with a colon, or is a short heading of its
    // own ("What we're looking for"), and asks for something.
    if (gap & GAP.COLON || (!(tokens[intro]!.gap & GAP.BULLET) && first - intro <= HEADING_WORDS)) return requestIn(doc, intro, first);
    first--;
  }
  return false;
}

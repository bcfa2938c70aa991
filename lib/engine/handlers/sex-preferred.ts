import type { Doc } from '../document';
import { AUXILIARIES, COURTESY_TITLES, DETERMINERS, EVALUATIVE, nounClass, PREPOSITIONS, SUBJECT_PRONOUNS, THIRD_PERSON_POSSESSIVES } from '../lexicon';
import { GAP, SHAPE } from '../tokenize';
import { forIntimateCare, forPatients, forSameSexCare, oneSex } from './one-sex';
import { phraseList } from './cue-per-sentence';
import { physiqueDemanded } from './person-demanded';
import { judgementInClause, judgementOf, OBJECT_WINDOW } from '../judgement/reader';
import type { Hit, SpanHandler } from './types';

/** Words that name a person by sex, one person or several. */
const ONE = new Set(['man', 'woman', 'male', 'female', 'lady', 'girl', 'lad', 'bloke', 'guy', 'chap', 'gent', 'gentleman', 'fella', 'boy', 'lass']);
const SEVERAL = new Set(['men', 'women', 'males', 'females', 'ladies', 'girls', 'lads', 'blokes', 'chaps', 'gents', 'gentlemen', 'fellas', 'boys', 'lasses']);
/** Words that name a person by parenthood, which stands for sex here ("ideally a mum", "mostly mums ourselves"). */
const PARENT = new Set(['mum', 'mums', 'mother', 'mothers', 'mummy', 'mummies', 'dad', 'dads', 'father', 'fathers', 'housewife', 'housewives']);

/** Words after the sex word that make it about someone else: "men over 50", "women aged 25 to 64". */
const GROUP_AFTER = new Set(['over', 'under', 'aged', 'age', 'attending', 'experiencing', 'affected']);

/** Words that say most or all of a group is one thing: "mostly mums", "an all-female team". */
const MOST = new Set(['all', 'mostly', 'mainly', 'largely', 'entirely', 'predominantly', 'nearly', 'almost', 'exclusively', 'only', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** The verb that says what the team is: "we are four women", "our volunteers are mostly retired ladies". */
const IS = new Set(['are', 'is', 'were', 'was', "we're", "they're", "'re"]);
/** Who a group described as one sex must be, for it to be the team the new person joins. */
const TEAM_SUBJECTS = new Set(['we', "we're", 'we’re', 'us', 'ourselves', 'our', 'team', 'staff', 'volunteers', 'colleagues', 'workforce', 'receptionists', 'nurses', 'reception', 'office', 'crew', 'everyone']);
/** How far after the sex word the team noun it describes may be: "an all-female morning team". */
const TEAM_NOUN_WINDOW = 3;
/**
 * Words of a call to apply: "female applicants are particularly welcome as our team is all male"
 * encourages the sex the team lacks (positive action); "we'd welcome another chap, as the team is
 * mostly women" wants one.
 */
const POSITIVE_ACTION = phraseList('applicants, applications, under represented, underrepresented, encourage, encourages');
/** "You", said of the applicant: "ideally you'll be a mum too", "if you're a dad yourself". */
const YOU = new Set(['you', "you'll", "you're", "you'd", 'yourself']);
const BE = new Set(['be', 'are', "you're", 'being', 'is']);
const REFLEXIVE = new Set(['yourself', 'herself', 'himself', 'themselves']);

/** Words before "man" that make it a verb, and words after it that start its object: "can man the phones". */
const VERB_BEFORE = new Set(['to', 'can', 'will', "'ll", 'could', 'would', 'must', 'should', 'help', 'helps', 'helping', 'who']);
const OBJECT_AFTER = new Set(['the', 'our', 'their', 'your', 'this', 'that']);

/** "who can man the helpdesk": "man" as a verb is the staffing words' rule (man-the-desk), not a sex wanted. */
function isVerbMan(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  return tokens[k]!.norm === 'man' && VERB_BEFORE.has(tokens[k - 1]?.norm ?? '') && OBJECT_AFTER.has(tokens[k + 1]?.norm ?? '');
}

/** Every word that names a person by sex or parenthood: each hit is one of them. */
const SEX_WORDS: ReadonlySet<string> = new Set([...ONE, ...SEVERAL, ...PARENT]);

/** Whether the word names a person by sex or parenthood. */
function isSexWord(norm: string): boolean {
  return SEX_WORDS.has(norm);
}

/** Whether the sex word at k names patients, a service or a group by age rather than a person wanted. */
function namesOthers(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  // "women's health", "the men's shed", "the Ladies' toilets".
  if (t.base !== t.norm || /['’]$/.test(doc.text.slice(t.start, t.end + 1))) return true;
  const next = tokens[k + 1];
  if (!next || next.sentence !== t.sentence) return false;
  const cls = nounClass(next.base);
  if (cls === 'patient' || cls === 'service' || cls === 'place') return true;
  // "more men to consider nursing": encouraging a group to apply (positive action), not choosing one;
  // "get more men into nursing" likewise.
  if (tokens[k - 1]?.norm === 'more' || tokens[k - 2]?.norm === 'more') return true;
  if (onCaseload(doc, k + 1)) return true;
  return GROUP_AFTER.has(next.norm) && !(next.gap & GAP.COMMA);
}

/** Where patients are held, not staff ("on the ward" is both) nor candidates ("on your books", "on the list"): "on the caseload". */
const CARE_HOLDERS = new Set(['caseload', 'caseloads']);

/** Whether the words from token j say the people before them are someone's patients: "big lads on the caseload". */
function onCaseload(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const preposition = tokens[j]?.norm;
  if (preposition !== 'on' && preposition !== 'in') return false;
  const holder = DETERMINERS.has(tokens[j + 1]?.norm ?? '') ? tokens[j + 2] : tokens[j + 1];
  return holder !== undefined && holder.sentence === tokens[j]!.sentence && CARE_HOLDERS.has(holder.norm);
}

/**
 * Everyday words for staff by sex ("a girl", "a bloke", "a lady"): no same-sex care policy is
 * written in them, so a patient's wish for one is a post to be filled by sex.
 */
const INFORMAL = new Set(['girl', 'girls', 'lady', 'ladies', 'lad', 'lads', 'bloke', 'blokes', 'chap', 'chaps', 'fella', 'fellas', 'lass', 'lasses', 'guy', 'guys', 'gent', 'gents', 'boy', 'boys']);
/** Where a person works that patients see: "a woman on the front desk", "a girl in the chair next to me". */
const POSTS = ['on the front desk', 'on the desk', 'on the front', 'on reception', 'on the door', 'on the phones', 'on the counter', 'on the till', 'in the chair', 'at the desk', 'behind the desk', 'behind the counter', 'chairside', 'front of house',
  'to answer the phone', 'to answer the phones', 'to answer calls', 'to answer the calls', 'to answer the door',
  'answering the phone', 'answering the phones', 'answering calls', 'answering the door'].map((p) => p.split(' '));
/** How many words (a role noun, "female nurse") may come between the sex word and the post. */
const POST_WINDOW = 2;

/**
 * Whether the sex word at k names staff, so that patients' liking for one sex is a post filled by
 * sex rather than a patient's right to same-sex care ("patients prefer a woman on the front desk",
 * "the lads in the class respond better to a bloke"; not "patients prefer personal care from a woman").
 */
function staffBySex(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  if (INFORMAL.has(tokens[k]!.norm)) return true;
  for (let j = k + 1; j < tokens.length && j <= k + 1 + POST_WINDOW && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
    for (const post of POSTS) if (doc.phraseAt(j, post)) return true;
    // "Callers expect a woman to answer.": answering, with nothing after it, is the calls'.
    if (tokens[j]!.norm === 'to' && tokens[j + 1]?.norm === 'answer' && tokens[j + 2]?.sentence !== tokens[k]!.sentence) return true;
    if (tokens[j]!.gap & (GAP.BREAK | GAP.COMMA)) return false;
  }
  return false;
}

/** Whether one of the hits covers [start, end). */
function within(hits: readonly Hit[], start: number, end: number): boolean {
  for (const h of hits) if (h.start <= start && h.end >= end) return true;
  return false;
}

/**
 * Whether the word is written as a name where a capital is not expected: a patient's relative ("Mum
 * will bring him"), a person ("send it to Guy Hart"), a place ("Isle of Man"). Capitals lines pass.
 */
const asName = (doc: Doc, k: number) => {
  const shape = doc.tokens[k]!.shape;
  return (shape & SHAPE.CAP) !== 0 && (shape & SHAPE.UPPER) === 0 && !doc.expectsCapital(k);
};

/**
 * The start of a group described as mostly or all of one sex, when the group is the team (we, our
 * staff, our volunteers): "we're an all-female team", "we're mostly mums ourselves", "our volunteers
 * are mostly retired ladies". -1 when the group is patients ("our patients are mostly women").
 */
function teamOfOneSex(doc: Doc, k: number): number {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  let most = -1;
  for (let j = k - 1; j >= 0 && j >= k - 3 && tokens[j]!.sentence === sentence; j--) {
    if (MOST.has(tokens[j]!.norm)) {
      most = j;
      break;
    }
  }
  if (most < 0) return -1;
  // "all-female team", "all-male portering crew": the sex word may describe the team noun after it,
  // a word or two on.
  const after = tokens[k + 1];
  if (after?.sentence === sentence && after.norm === 'ourselves') return most;
  for (let j = k + 1; j < tokens.length && j <= k + TEAM_NOUN_WINDOW && tokens[j]!.sentence === sentence; j++) {
    const w = tokens[j]!;
    // Only words that describe the noun may come between: "only men because our partner" is not a team.
    if (w.gap & (GAP.BREAK | GAP.COMMA) || DETERMINERS.has(w.norm) || PREPOSITIONS.has(w.norm) || SUBJECT_PRONOUNS.has(w.norm)) break;
    if (TEAM_SUBJECTS.has(w.base)) return most;
  }
  // The team is the subject of "is" or "are" ("we see mostly women" is about patients).
  let is = false;
  for (let j = most - 1; j >= 0 && j >= most - 6 && tokens[j]!.sentence === sentence; j--) {
    const t = tokens[j]!;
    const cls = nounClass(t.base);
    if (IS.has(t.norm)) is = true;
    if (TEAM_SUBJECTS.has(t.norm)) return is ? most : -1;
    if (cls === 'patient' || cls === 'service' || cls === 'organisation' || cls === 'place') return -1;
  }
  return -1;
}

/** "you'll be a mum", "if you're a dad yourself": the applicant described by sex or parenthood. */
function youAre(doc: Doc, k: number): number {
  const { tokens } = doc;
  // "a mum yourself" is the family-status rule's.
  if (REFLEXIVE.has(tokens[k + 1]?.norm ?? '')) return -1;
  const sentence = tokens[k]!.sentence;
  let j = k - 1;
  if (tokens[j]?.norm === 'a' || tokens[j]?.norm === 'an') j--;
  if (!tokens[j] || tokens[j]!.sentence !== sentence || !BE.has(tokens[j]!.norm)) return -1;
  if (YOU.has(tokens[j]!.norm)) return j;
  for (let h = j - 1; h >= 0 && h >= j - 2 && tokens[h]!.sentence === sentence; h--) if (YOU.has(tokens[h]!.norm)) return h;
  return -1;
}

/** Words before the sex word that make it someone not yet there: "a man", "some lads", "a couple of burly men". */
const INDEFINITE_BEFORE = new Set(['a', 'an', 'some', 'couple', 'few', 'another', 'extra']);

/**
 * "a couple of burly men would be handy", "another woman would be good on nights", "another woman
 * would fit in better": a judgement after someone not yet there, named by sex. One sex said to suit
 * the post ("a woman would be better") is the one-sex rule's, and it is taken out later.
 */
function preferredAfter(doc: Doc, k: number): number {
  const { tokens } = doc;
  const judged = judgementInClause(doc, k, 'person');
  if (judged?.kind !== 'prefer' || judged.start !== k + 1 || judged.takesObject) return -1;
  for (let j = k - 1; j >= 0 && j >= k - 4 && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
    if (INDEFINITE_BEFORE.has(tokens[j]!.norm)) return j;
    if (tokens[j]!.gap & GAP.BREAK) break;
  }
  return -1;
}

/** Verbs of coping or failing, said of people by sex: "women struggle", "a man wouldn't cope", "lads don't last". */
const COPING = new Set([
  'struggle', 'struggles', 'struggled', 'cope', 'copes', 'coped', 'last', 'lasts', 'lasted', 'manage', 'manages', 'survive', 'survives',
  'handle', 'handles', 'hack',
]);
/** Those of them that have other senses, read as coping only after a hedge. */
const NEEDS_HEDGE = new Set(['last', 'lasts', 'lasted', 'manage', 'manages', 'handle', 'handles']);
/** Possessives after the verb that make it the people's own care: "men manage their diabetes". */
const THIRD_PERSON_OWN = new Set([...THIRD_PERSON_POSSESSIVES, 'themselves', 'himself', 'herself']);
/** Words between the people and the verb: modals, negations and hedges ("a woman might not", "women don't tend to"). */
const HEDGES = new Set([
  'would', 'might', 'could', 'can', 'will', 'may', "wouldn't", "couldn't", "can't", 'cannot', "won't", "don't", "doesn't", "didn't", 'not', 'never',
  'tend', 'tends', 'to', 'generally', 'usually', 'often', 'always', 'really', 'just', 'probably', 'ever', 'all',
]);
/** How many such words may come between. */
const HEDGE_REACH = 4;
/** Words that make the sentence help or serve the people rather than doubt them: "women struggle with childcare, so we offer flexible shifts". */
const SUPPORTING = new Set([
  'support', 'supports', 'supported', 'supporting', 'offer', 'offers', 'help', 'helps', 'flexible', 'adjustments', 'welcome', 'encourage', 'menopause', 'pregnancy',
  // A service set up for them: "men struggle to talk, so the post holder will run a wellbeing group".
  'run', 'runs', 'running', 'sessions', 'drop-in', 'appointments', 'book', 'visits', 'register', 'feelings',
]);
/** Determiners of one person said of anyone of that sex ("a woman would struggle"), not one in particular ("the woman on reception"). */
const ANY_ONE = new Set(['a', 'an', 'any']);

/**
 * The last token of a doubt of what people of one sex can cope with ("I don't think a woman would
 * manage", "women don't tend to last in this workshop", "a man wouldn't cope with the mums"), or -1:
 * the sex word is the subject of a verb of coping or failing, with only modals, negations and hedges
 * between ("women who struggle with continence" has "who"). One person needs "a" or "any" before
 * them (any woman, not the woman on reception); not when patients or a service are named before
 * them, nor when the sentence offers help or a service ("women can struggle to find childcare, so we offer
 * flexible shifts").
 */
function copingDoubted(doc: Doc, k: number): number {
  const { tokens } = doc;
  const t = tokens[k]!;
  if (ONE.has(t.norm) && !ANY_ONE.has(tokens[k - 1]?.norm ?? '')) return -1;
  // "some of the women might struggle with her accent": a group present (often the patients), not a sex in general.
  if (tokens[k - 2]?.norm === 'of' && DEFINITE.has(tokens[k - 1]?.norm ?? '')) return -1;
  let verb = -1;
  for (let j = k + 1; j < tokens.length && j <= k + 1 + HEDGE_REACH && tokens[j]!.sentence === t.sentence; j++) {
    const w = tokens[j]!;
    if (w.gap & (GAP.BREAK | GAP.COMMA)) return -1;
    if (COPING.has(w.norm)) {
      verb = j;
      break;
    }
    if (!HEDGES.has(w.norm)) return -1;
  }
  // Verbs with other senses only after a hedge: "women don't last", not "the women last week";
  // "a man would manage", not "men manage most of our wards".
  if (verb < 0 || (verb === k + 1 && NEEDS_HEDGE.has(tokens[verb]!.norm))) return -1;
  // "men manage their diabetes": their own care, not the work.
  if (THIRD_PERSON_OWN.has(tokens[verb + 1]?.norm ?? '')) return -1;
  // Patients or a service named before them make them patients ("at the clinic, women struggle to..."),
  // and so does a service set up for them later in the sentence (SUPPORTING: "so patients can book visits").
  const [from, to] = doc.sentenceRange(t.sentence);
  for (let j = from; j < to; j++) {
    if (j === k) continue;
    const cls = j < k ? nounClass(tokens[j]!.base) : undefined;
    if (cls === 'patient' || cls === 'service' || SUPPORTING.has(tokens[j]!.norm)) return -1;
  }
  return verb;
}

/** The plural words that make a sex a whole group: "women", "men", and the pupils a careers talk steers ("girls usually love nursing"). */
const GROUP = new Set(['women', 'men', 'females', 'males', 'girls', 'boys']);
/** Words before the group that open a clause or report an opinion: "because women…", "I don't think men…". */
const CLAUSE_OPENERS = new Set([
  'because', 'as', 'since', 'that', 'so', 'but', 'think', 'believe', 'feel', 'reckon', 'find', 'honestly', 'frankly', 'personally', 'basically',
]);
/** Hedges that may come between the group and what is said of it: "women just…", "men tend to…". */
const GENERALISING = new Set(['just', 'always', 'never', 'all', 'generally', 'naturally', 'simply', 'really', 'often', 'tend', 'to', 'usually']);
/** Verbs too general to be a claim alone: "women are invited", "men get paid", "women make the tea". */
const LIGHT_CLAIMS = new Set(['are', "aren't", 'do', 'get', 'go', 'take', 'make', 'can']);
/**
 * Verbs that start a claim about the whole group: "women are too emotional", "men don't do caring",
 * "women talk too much", "women know how to keep things in order", "women shoulder the childcare".
 */
const CLAIMS = new Set([
  "can't", 'cannot', 'should', "shouldn't", "don't", "won't", 'would', "wouldn't", 'never', 'know', 'talk', 'gossip', 'nag', 'moan', 'chatter',
  'cry', 'panic', 'overreact', 'fuss', 'bicker', 'shoulder', 'belong', 'lack', 'love', 'prefer', 'enjoy', 'hate', ...LIGHT_CLAIMS,
]);
/** Of them, the verbs of opinion, after which even being paid or given something is a view: "women shouldn't be paid the same". */
const OPINION = new Set(['should', "shouldn't"]);
/** Words passed over to reach what the verb says of the group: "women are so very emotional", "men can get stroppy". */
const BEFORE_COMPLEMENT = new Set([
  'not', 'be', 'being', 'get', 'go', 'to', 'so', 'too', 'very', 'really', 'quite', 'far', 'much', 'way', 'more', 'less', 'as', 'a', 'an', 'just',
  'always', 'often', 'naturally', 'generally', 'usually', 'all', 'such', 'bit', 'little', 'everything', 'things', 'it', 'anything',
]);
/**
 * Verbs of being treated that make the group people addressed or given something, not judged: "women
 * are invited to the breakfast", "men get paid more here", "women are warned the car park is unlit".
 */
const ADDRESSED = new Set([
  'invited', 'asked', 'reminded', 'warned', 'offered', 'paid', 'given', 'told', 'sent', 'allowed', 'eligible', 'entitled', 'free', 'welcome',
]);

/**
 * What the claim verb at j says of the group: the first word after it past hedges and "be" ("women
 * are so very emotional"). A light verb says nothing of the group without a judging word there
 * ("women get free parking", "men are invited"), and being addressed or given something is no view
 * after any verb but one of opinion ("men don't get paid enough here").
 */
function claimJudges(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const verb = tokens[j]!;
  let c = j + 1;
  // The sentence, not the clause: "so" in "women are so moody" would end one.
  const within = (i: number) => tokens[i]?.sentence === verb.sentence && !(tokens[i]!.gap & (GAP.BREAK | GAP.COMMA));
  while (c <= j + 4 && within(c) && BEFORE_COMPLEMENT.has(tokens[c]!.norm)) c++;
  const complement = tokens[c];
  if (!complement || !within(c)) return !LIGHT_CLAIMS.has(verb.norm);
  if (ADDRESSED.has(complement.norm)) return OPINION.has(verb.norm);
  if (!LIGHT_CLAIMS.has(verb.norm)) return true;
  // A comparison is a judgement: "men are calmer than women".
  if (EVALUATIVE.has(complement.norm) || (complement.norm.endsWith('er') && tokens[c + 1]?.norm === 'than')) return true;
  // "Take" judges by how its object is taken: "women take criticism personally".
  return verb.norm === 'take' && within(c + 1) && EVALUATIVE.has(tokens[c + 1]!.norm);
}

/**
 * Words that make such a sentence a fact, a right or a service rather than a view of the sex: "men are
 * under-represented in nursing", "women make up most of the workforce", "women are entitled to…", "men
 * should book their health check".
 */
const NOT_A_VIEW = phraseList(`
  represented, underrepresented, under represented, likely, proportion, majority, minority, percent, per cent, workforce, make up, made up,
  welcome, welcomed, encourage, encouraged, apply, entitled, eligible, right, rights, law, legal, policy, health, risk, risks, screening,
  symptoms, menopause, pregnant, pregnancy, maternity, paternity, cancer, check, checks, clinic, appointment, appointments`);

/**
 * "Women are too emotional", "I don't think women should be managers", "because women know how to
 * keep things in order", "men don't do caring": the whole of one sex ("women", "men", with no
 * determiner) as the subject of what they are, do or cannot do. A view of a sex set down in notes or
 * an e-mail about staff; not a fact, a right or a service ("men are under-represented in nursing",
 * "women can self-refer to the clinic"), and not in an advert, whose patient groups read the same way.
 * The last token of the claim's first word, or -1.
 */
function generalised(doc: Doc, k: number): number {
  const { tokens } = doc;
  const t = tokens[k]!;
  if (doc.kind === 'advert' || !GROUP.has(t.norm)) return -1;
  const prev = tokens[k - 1];
  if (prev && prev.sentence === t.sentence && !(t.gap & GAP.COMMA) && !CLAUSE_OPENERS.has(prev.norm)) {
    // The group as a whole opening its clause, not "the women", "older men" or "for women".
    return -1;
  }
  let j = k + 1;
  while (j < tokens.length && j <= k + 3 && tokens[j]!.sentence === t.sentence && GENERALISING.has(tokens[j]!.norm) && !CLAIMS.has(tokens[j]!.norm)) j++;
  const verb = tokens[j];
  if (!verb || verb.sentence !== t.sentence || verb.gap & (GAP.BREAK | GAP.COMMA) || !CLAIMS.has(verb.norm)) return -1;
  if (!claimJudges(doc, j) || doc.sentenceHas(t.sentence, NOT_A_VIEW) || doc.sentenceHas(t.sentence, POSITIVE_ACTION)) return -1;
  const [from, to] = doc.sentenceRange(t.sentence);
  for (let i = from; i < to; i++) {
    const cls = nounClass(tokens[i]!.base);
    if ((cls === 'patient' || cls === 'service') && !GROUP.has(tokens[i]!.norm)) return -1;
    if (SUPPORTING.has(tokens[i]!.norm) || /\d/.test(tokens[i]!.norm)) return -1;
  }
  return j;
}

/** Work a sex may be wanted for: "male doctors for the night car", "women for the evening clinic". */
const SHIFT_WORDS = new Set([
  'night', 'nights', 'nightshift', 'nightshifts', 'late', 'lates', 'early', 'earlies', 'evening', 'evenings', 'weekend', 'weekends',
  'shift', 'shifts', 'rota', 'car', 'van', 'on-call', 'clinic', 'clinics', 'session', 'sessions', 'round', 'rounds', 'wing', 'wings',
]);
/** Hedges that make a group named for a shift a preference: "…for the night car if possible". */
const IF_POSSIBLE = phraseList('if possible, where possible, if we can, if you can, ideally, preferably, by preference, for preference');
/** How many words (a role noun: "male doctors for") may stand between the sex word and "for", and between "for" and the work. */
const FOR_WINDOW = 2;

/**
 * Verbs of staffing that make people named by sex alone ("women", no role) staff wanted, not patients
 * booked: "we need women for the night shift if possible", not "book ladies for the evening clinic".
 */
const STAFFING = phraseList('need, needs, want, wants, like, send, get, find, cover, staff, rota, roster, hire, recruit');

/**
 * "Male doctors for the night car if possible", "ideally we need women for the evening clinic": people
 * named by sex, with a role or a verb of staffing, then the work they are wanted for, with a hedge of
 * preference in the sentence. Not a group that is already there or given something ("female staff on
 * nights get a taxi home"), which has no "for"; not patients booked ("book ladies for the smear
 * clinic"), nor staff of one sex for patients' sake ("male HCAs at night so patients can choose", a
 * female sample taker for smears).
 */
function wantedForShift(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  let f = -1;
  for (let j = k + 1; j < tokens.length && j <= k + 1 + FOR_WINDOW && tokens[j]!.sentence === t.sentence; j++) {
    if (tokens[j]!.gap & (GAP.BREAK | GAP.COMMA)) return false;
    if (tokens[j]!.norm === 'for') {
      f = j;
      break;
    }
    // A role noun or a grade's letters: "male HCAs for".
    if (nounClass(tokens[j]!.base) !== 'person' && !(tokens[j]!.shape & SHAPE.CAPITALS)) return false;
  }
  if (f < 0 || (f === k + 1 && !doc.sentenceHas(t.sentence, STAFFING))) return false;
  for (let j = f + 1; j < tokens.length && j <= f + 1 + FOR_WINDOW && tokens[j]!.sentence === t.sentence; j++) {
    if (tokens[j]!.gap & (GAP.BREAK | GAP.COMMA)) return false;
    if (SHIFT_WORDS.has(tokens[j]!.norm)) return doc.sentenceHas(t.sentence, IF_POSSIBLE) && !forPatients(doc, t.sentence, SEX_WORDS);
  }
  return false;
}

/** Verbs by which someone at work wants a person ("our lead likes a female assistant", "the ward needs a strong man"). */
const WANTS = new Set(['likes', 'like', 'prefers', 'prefer', 'wants', 'want', 'needs', 'need']);
/** Verbs after "likes to" that keep the want: "they like to see a senior man in the chair". */
const WANTS_TO = new Set(['see', 'have', 'get']);
/** How many describing words may stand between "a" and the sex word ("a strong, fit young man"), and between the subject and the verb. */
const WANT_REACH = 3;

/** The "a" or "an" before the sex word at k, with only describing words between ("a strong, fit young man"), or -1. */
function articleBefore(doc: Doc, k: number): number {
  const { tokens } = doc;
  for (let a = k - 1; a >= 0 && k - a <= WANT_REACH + 1; a--) {
    const w = tokens[a]!;
    if (w.sentence !== tokens[k]!.sentence || tokens[a + 1]!.gap & GAP.BREAK) return -1;
    if (w.norm === 'a' || w.norm === 'an') return a;
    if (DETERMINERS.has(w.norm) || PREPOSITIONS.has(w.norm) || nounClass(w.base) !== undefined) return -1;
  }
  return -1;
}

/**
 * "Our lead orthodontist likes a female assistant", "the ward needs a strong man at the helm": a
 * colleague, a department or customers (whose liking fills a post only where the word is for staff,
 * as staffBySex reads) wanting someone not yet there, named by sex. The writer's own want is
 * judgementOf's. Not a patient's wish for same-sex care ("patients prefer a female nurse for smears",
 * "some patients want a female clinician"), nor a call to apply (positive action).
 */
function wantedByOthers(doc: Doc, k: number): number {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  const a = articleBefore(doc, k);
  if (a < 0) return -1;
  let verb = a - 1;
  if (WANTS_TO.has(tokens[verb]?.norm ?? '') && tokens[verb - 1]?.norm === 'to') verb -= 2;
  if (verb < 0 || tokens[verb]!.sentence !== sentence || !WANTS.has(tokens[verb]!.norm)) return -1;
  if (forSameSexCare(doc, sentence) || doc.sentenceHas(sentence, POSITIVE_ACTION)) return -1;
  // Who wants: a patient's or a customer's liking counts only for a word for staff.
  for (let h = verb - 1; h >= 0 && h >= verb - WANT_REACH - 1; h--) {
    const t = tokens[h]!;
    if (t.sentence !== sentence || tokens[h + 1]!.gap & (GAP.BREAK | GAP.COMMA) || t.norm === 'and' || t.norm === 'but') break;
    // "Mrs Green prefers a female nurse": someone named by a courtesy title is, in NHS text, most often the person cared for.
    if (nounClass(t.base) === 'patient' || t.norm === 'they' || COURTESY_TITLES.has(tokens[h - 1]?.norm ?? '')) return staffBySex(doc, k) ? a : -1;
  }
  return a;
}

/** Verdicts that one of a sex does the job better: "a strong lad does best down here", "a man will carry more weight". */
const DOES_BETTER = phraseList(`
  does best, do best, does better, works best, work best, works better, copes best, copes better, carries more weight, carry more weight,
  gets more respect, get more respect, commands more respect, command more respect, goes down better, go down better`);
/** Modals that may come between: "a man will carry more weight", "a woman would go down better". */
const VERDICT_MODALS = new Set(['will', 'would', "'ll", 'always', 'just', 'usually', 'generally']);

/**
 * "We've always found a strong lad does best down here", "a man will carry more weight with the
 * partners": one of a sex, not yet there ("a", "an"), said to do the job better. Not people already
 * there ("the man on nights does best") nor a sentence about patients or same-sex care.
 */
function betterOfSex(doc: Doc, k: number): number {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  const a = articleBefore(doc, k);
  if (a < 0) return -1;
  let v = k + 1;
  while (v < tokens.length && v <= k + 2 && VERDICT_MODALS.has(tokens[v]!.norm)) v++;
  if (tokens[v]?.sentence !== sentence) return -1;
  for (const words of DOES_BETTER) if (doc.phraseAt(v, words)) return forPatients(doc, sentence, SEX_WORDS) ? -1 : a;
  return -1;
}

/** How far after the sex word "please" may end the request: "a male HCA for nights please". */
const PLEASE_WINDOW = 4;
/** Words before the sex word that make it people already there, spoken to or of: "the men please move". */
const DEFINITE = new Set(['the', 'these', 'those', 'our', 'your', 'my']);

/**
 * "big strong blokes please", "two female HCAs for nights please": a noun phrase asked for with a
 * "please" that ends it, as an e-mail to an agency asks. Not people spoken to ("Ladies please note
 * the rota", "men please use the upstairs lockers") nor people already there ("the men please").
 */
function requestedPlease(doc: Doc, k: number): number {
  const { tokens } = doc;
  const t = tokens[k]!;
  let start = k;
  while (start > 0 && k - start < 3 && tokens[start - 1]!.sentence === t.sentence && !(tokens[start]!.gap & (GAP.BREAK | GAP.COMMA)) && !DEFINITE.has(tokens[start - 1]!.norm) && !AUXILIARIES.has(tokens[start - 1]!.norm) && tokens[start - 1]!.norm !== 'please') start--;
  if (DEFINITE.has(tokens[start - 1]?.norm ?? '')) return -1;
  for (let j = k + 1; j < tokens.length && j <= k + PLEASE_WINDOW && tokens[j]!.sentence === t.sentence; j++) {
    if (tokens[j]!.gap & (GAP.BREAK | GAP.COMMA)) return -1;
    if (tokens[j]!.norm !== 'please' && tokens[j]!.norm !== 'pls') continue;
    // "please" ends the request; "men please use the lockers" speaks to them.
    const next = tokens[j + 1];
    return !next || next.sentence !== t.sentence || (next.gap & (GAP.BREAK | GAP.COMMA)) !== 0 ? start : -1;
  }
  return -1;
}

/** "the new man", "our new girl": the person to be hired, one of them, named by sex. */
function newOne(doc: Doc, k: number): number {
  const { tokens } = doc;
  if (!ONE.has(tokens[k]!.norm) || tokens[k - 1]?.norm !== 'new') return -1;
  const det = tokens[k - 2]?.norm;
  if (!(det === 'the' || det === 'our' || det === 'a' || det === 'your') || tokens[k - 2]!.sentence !== tokens[k]!.sentence) return -1;
  // "Sarah is the new lady on the counter": someone already there, not the person to be hired.
  return COPULA.has(tokens[k - 3]?.norm ?? '') ? -1 : k - 2;
}

const COPULA = new Set(['is', 'was', "'s", "she's", "he's", 'are', 'were']);

/** "men and women", "a man or a woman": both sexes, not one. */
function paired(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const after = (j: number) => tokens[j] !== undefined && tokens[j]!.sentence === tokens[k]!.sentence;
  if (after(k + 2) && (tokens[k + 1]!.norm === 'and' || tokens[k + 1]!.norm === 'or')) {
    const other = tokens[k + 2]!.norm === 'a' || tokens[k + 2]!.norm === 'an' ? k + 3 : k + 2;
    if (after(other) && isSexWord(tokens[other]!.norm)) return true;
  }
  const before = (j: number) => j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence;
  const prev = tokens[k - 1]?.norm === 'a' || tokens[k - 1]?.norm === 'an' ? k - 2 : k - 1;
  return before(prev - 1) && (tokens[prev]!.norm === 'and' || tokens[prev]!.norm === 'or') && isSexWord(tokens[prev - 1]!.norm);
}

/** Words for people of one sex that a careers pitch addresses: "Girls, …", "Lads, …". */
const ADDRESSED_BY_SEX = new Set(['girls', 'boys', 'ladies', 'lads', 'women', 'men', 'guys', 'gents', 'gentlemen']);
/** Words of the clause after them that steer them to work: "… are perfect for you", "have a look at paramedics". */
const STEERING = phraseList('for you, have a look at, take a look at, think about, apply for, go for');
/**
 * Professions the clause names, so that an errand to colleagues ("Lads, have a look at the rota for the van jobs", "Girls,
 * think about the training course") is not read as a careers pitch.
 */
const PROFESSIONS = new Set([
  'nursing', 'midwifery', 'medicine', 'pharmacy', 'dentistry', 'paramedic', 'paramedics', 'estates', 'engineering', 'portering', 'apprenticeship',
  'apprenticeships', 'physiotherapy', 'radiography', 'science', 'sciences',
]);
/** How many words the clause may run to. */
const PITCH_WORDS = 14;

/**
 * The last token of a clause that addresses people of one sex and steers them to kinds of work ("Girls, nursing and
 * midwifery are perfect for you; boys, have a look at paramedics and estates"), or -1: the sex word opens its clause
 * and a comma follows it, and the clause names work and offers it to them.
 */
function steeredBySex(doc: Doc, k: number): number {
  const { tokens } = doc;
  const t = tokens[k]!;
  const opens = k === 0 || tokens[k - 1]!.sentence !== t.sentence || (t.gap & GAP.BREAK) !== 0;
  if (!ADDRESSED_BY_SEX.has(t.norm) || !opens || !((tokens[k + 1]?.gap ?? 0) & GAP.COMMA)) return -1;
  let end = k + 1;
  while (end + 1 < tokens.length && end - k < PITCH_WORDS && tokens[end + 1]!.sentence === t.sentence && !(tokens[end + 1]!.gap & GAP.BREAK)) end++;
  let steers = false;
  let work = false;
  for (let j = k + 1; j <= end; j++) {
    if (PROFESSIONS.has(tokens[j]!.norm)) work = true;
    if (!steers) steers = STEERING.some((words) => doc.phraseAt(j, words));
  }
  // "Men, think about midwifery: we encourage applications from men, who are under-represented": lawful positive action.
  return steers && work && !doc.sentenceHas(t.sentence, POSITIVE_ACTION) ? end : -1;
}

/**
 * The person wanted named by sex or parenthood in an advert, an e-mail or notes: "ideally men for
 * the night shifts", "not sure about a male support worker", "ask the agency for a girl", "the new
 * man will be expected to...", "ideally you'll be a mum too", or the team they must match, "we're an
 * all-female team", "we're mostly mums ourselves". Patients and patient groups ("new mums", "men
 * over 50", "women's health"), chaperones and what one-sex adverts already flag are left out.
 */
export const sexPreferred: SpanHandler = {
  kind: 'span',
  triggers: SEX_WORDS,
  find(input) {
    const { doc } = input;
    const { tokens } = doc;
    const hits: Hit[] = [];
    let oneSexHits: Hit[] | null = null;
    // Only a sex word starts a finding: the walk goes from one to the next.
    const sexWords = doc.tokensWith(SEX_WORDS);
    for (let i = 0; i < sexWords.length; i++) {
      const k = sexWords[i]!;
      const t = tokens[k]!;
      if (t.quoted || isVerbMan(doc, k) || namesOthers(doc, k) || asName(doc, k) || paired(doc, k) || forIntimateCare(doc, t.sentence)) continue;
      const pitch = steeredBySex(doc, k);
      if (pitch >= 0) {
        hits.push({ start: t.start, end: tokens[pitch]!.end, variant: 'steered' });
        continue;
      }
      let start = newOne(doc, k);
      if (start < 0) start = youAre(doc, k);
      if (start < 0 && !doc.sentenceHas(t.sentence, POSITIVE_ACTION)) start = teamOfOneSex(doc, k);
      if (start < 0 && !PARENT.has(t.norm)) start = judgementOf(doc, k, OBJECT_WINDOW, staffBySex(doc, k));
      if (start < 0 && !PARENT.has(t.norm)) start = preferredAfter(doc, k);
      if (start < 0 && !PARENT.has(t.norm) && doc.kind === 'email') start = requestedPlease(doc, k);
      if (start < 0 && !PARENT.has(t.norm) && wantedForShift(doc, k)) start = k;
      if (start < 0 && !PARENT.has(t.norm)) start = wantedByOthers(doc, k);
      if (start < 0 && !PARENT.has(t.norm)) start = betterOfSex(doc, k);
      // A body demanded with a sex ("strong lads", "a couple of strapping men"): strength stands for the sex.
      if (start < 0 && !PARENT.has(t.norm) && within(physiqueDemanded(doc), t.start, t.end)) start = k;
      if (start < 0 && !PARENT.has(t.norm)) {
        const verb = copingDoubted(doc, k);
        if (verb >= 0) {
          const first = ANY_ONE.has(tokens[k - 1]?.norm ?? '') ? k - 1 : k;
          hits.push({ start: tokens[first]!.start, end: tokens[verb]!.end, variant: 'doubted' });
          continue;
        }
      }
      if (start < 0) {
        const claim = generalised(doc, k);
        if (claim >= 0) {
          // "Men make better porters" says the post suits one sex: the one-sex rule's finding.
          oneSexHits ??= oneSex.find(input);
          const end = tokens[claim]!.end;
          if (!oneSexHits.some((h) => h.start < end && h.end > t.start)) hits.push({ start: t.start, end, variant: 'generalised' });
          continue;
        }
      }
      if (start < 0) continue;
      // One sex asked for outright is the one-sex rule's: one finding for it.
      oneSexHits ??= oneSex.find(input);
      if (oneSexHits.some((h) => h.start < t.end && h.end > t.start)) continue;
      // The word itself is underlined: where a title or a word for staff already covers it ("a cleaning
      // lady", "the girls on reception"), that rule's finding, found first, is the one shown.
      hits.push({ start: t.start, end: t.end });
    }
    return hits;
  },
};

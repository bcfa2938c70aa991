import type { Doc } from '../document';
import { listedCriteria, type Section } from '../sections';
import { negates, nounClass, RECRUITING } from '../lexicon';
import { GAP, phraseWords, SHAPE } from '../tokenize';
import { offersFlexibleWorking } from './flexible-working';
import type { DocumentHandler } from './types';

/** More essential criteria than this deters people who read "essential" literally (WIN toolkit, NHS Providers). */
export const MAX_ESSENTIAL_CRITERIA = 8;

/** Words that make a criterion a wish: said of the whole ("... would be an advantage") or as an adverb ("ideally ..."). */
const PREDICATE = /\b(?:desirable|preferred|advantageous|an advantage|nice to have|would be (?:good|helpful|beneficial|useful))\b/i;
const ADVERB = /\b(?:preferabl[ey]|ideally|if possible|where possible)\b/i;
const FILLER = /\b(?:is|are|would be|be|this|it)\b|[.!]/gi;
/** Where a criterion's own requirement ends and a qualifying clause begins. */
const CLAUSE_BREAK = /[,;:()]|\s[–—-]\s/;
/** A clause with a subject of its own ("; a Master's would be an advantage") or joined on ("and ..."): a rider, not the requirement. */
const RIDER_START = /^(?:a|an|any|additional|further|and|with|but|although|though|while|plus|also)\b/i;

/**
 * Whether an essential criterion reads as a preference, judged clause by clause: a wish said of the
 * criterion ("Experience of EMIS would be an advantage", "(preferred)", "Ideally ...") or of part of
 * it ("..., preferably at level 5"). A clause with a subject of its own, or an aside in brackets, is
 * not the requirement and is left alone ("NVQ 3 or equivalent; a degree would be an advantage",
 * "Good IT skills (knowing EMIS is desirable)").
 */
export function readsAsPreference(criterion: string): boolean {
  // A clause that matches matches in the whole criterion too (its edges are breaks): most criteria have neither word.
  if (!PREDICATE.test(criterion) && !ADVERB.test(criterion)) return false;
  const bracketed = new Set(criterion.match(/\([^()]*\)/g)?.map((b) => b.slice(1, -1).trim()));
  return criterion
    .split(CLAUSE_BREAK)
    .map((p) => p.trim())
    .some((part, i) => {
      if (!PREDICATE.test(part) && !ADVERB.test(part)) return false;
      // The wish alone in its clause ("..., ideally", "(desirable)") is said of the whole criterion.
      if (part.replace(PREDICATE, '').replace(ADVERB, '').replace(FILLER, '').trim() === '') return true;
      return i === 0 || !(bracketed.has(part) || RIDER_START.test(part));
    });
}

const phrases = (list: string) => list.split(',').map((p) => phraseWords(p.trim()));

const ADJUSTMENTS = phrases(`
  reasonable adjustment, reasonable adjustments, adjustments to the recruitment, adjustments to our recruitment,
  adjustments for the interview, adjustments for your interview, adjustments during the recruitment,
  adjustments in the recruitment, adjustments to the interview, adjustments to the application, access needs,
  access requirements, alternative format, alternative formats, access to work, adjust our recruitment,
  adjustments you need, adjustments you may need, adjustments we can make, adjustment you need, adjustment you may need,
  adjustment you might need, adjustments you might need, talk to you about adjustments, discuss adjustments, look at
  adjustments, we offer workplace adjustments, we make workplace
  adjustments, we can make workplace adjustments, we will make workplace adjustments, adjustments to the role for you,
  adjustments to the job for you,
  provide interview questions in advance, provide the interview questions in advance, provide the questions in advance,
  share interview questions in advance, share the interview questions in advance, share the questions in advance,
  send you the questions, send you the interview questions, see the questions before your interview, see the questions ahead
  of your interview, see the interview questions before your interview, see the interview questions ahead of your interview,
  have the questions before your interview, have the questions ahead of your interview`);
const EQUALITY = phrases(`
  equal opportunities, equal opportunity, equality and diversity, equality diversity and inclusion, equality
  diversity inclusion, diversity and inclusion, inclusive employer, committed to equality, committed to diversity,
  committed to inclusion, committed to equal, disability confident, protected characteristic, protected
  characteristics, equality of opportunity, value diversity, values diversity, celebrate diversity, celebrates diversity, diverse workforce,
  equality act, anti-racist, anti racist, reflects the communities, reflect the communities, reflects the diversity,
  reflect the diversity, representative of the communities, all walks of life, whoever you are, reflect the people we
  serve, reflects the people we serve, inclusive workplace, inclusive organisation, inclusive culture, inclusive team,
  inclusive environment, inclusive working environment, where everyone feels they belong, where everyone belongs,
  workplace free from discrimination, do not discriminate on, does not discriminate on, don't discriminate on, will
  not discriminate on, do not discriminate against applicants, does not discriminate against applicants, positive
  action, from under-represented, from underrepresented, from communities under-represented,
  from groups under-represented, from people under-represented, are under-represented at band, are underrepresented at band, are under-represented in our senior,
  are under-represented in senior, under-represented in our workforce, underrepresented in our workforce, guaranteed interview, guarantee an interview,
  guarantee interviews`);
/** Who a "we welcome applications from" statement must be about to be an equality statement. */
const EVERYONE = new Set([
  'all', 'everyone', 'anyone', 'backgrounds', 'background', 'sections', 'communities', 'community', 'diverse',
  'under', 'underrepresented', 'disabled', 'minority', 'minorities', 'ethnic', 'black', 'lgbtq', 'lgbt', 'lgbtq+',
  'regardless', 'whatever', 'every', 'groups', 'lived',
]);
/** Verbs that welcome or invite applicants, in every form a statement takes ("welcomes", "are welcomed", "we encourage"). */
const WELCOME_VERBS = new Set([
  'welcome', 'welcomes', 'welcomed', 'welcoming', 'encourage', 'encourages', 'encouraged', 'encouraging', 'invite', 'invites',
  'invited', 'inviting',
]);
/** Whom a welcome must be to for it to be about applicants: "all applicants", "applications from", "people from all backgrounds". */
const APPLICANTS = new Set(['applicants', 'applications', 'candidates', 'people', 'volunteers', 'everyone', 'anyone', 'backgrounds', 'background']);
/** How far before and after a welcoming verb its applicants and its "all" may be, in the verb's clause. */
const WELCOME_BEFORE = 3;
/** Words that start another statement: "visits are welcome and all applicants need a DBS check". */
const JOINS = new Set(['and', 'but', 'so', 'while', 'whereas', 'although']);
/** Words after "and" that go on with the same welcome: "from men and from people of every background". */
const SAME_WELCOME = new Set(['from', 'of', 'with']);
/** Whether token j starts another statement, not a second group welcomed ("and from ..."). */
function joinsAnother(tokens: Doc['tokens'], j: number): boolean {
  return JOINS.has(tokens[j]!.norm) && !SAME_WELCOME.has(tokens[j + 1]?.norm ?? '');
}
const WELCOME_AFTER = 9;
/** How far after the welcoming verb a list of professions may go on to the group it is "of": "nurses, midwives and allied health professionals of all backgrounds". */
const LIST_AFTER = 24;
/** Groups of people a list is "of" or "from": "of all backgrounds", "from every faith", not "from all over the UK" or "of all bands". */
const PEOPLE_GROUPS = new Set([
  'backgrounds', 'background', 'communities', 'community', 'faiths', 'faith', 'beliefs', 'religions', 'cultures', 'culture',
  'ethnicities', 'ethnicity', 'races', 'ages', 'genders', 'identities', 'nationalities', 'sections', 'groups', 'walks',
]);
/** Words of EVERYONE that say "every" and need such a group after them ("all", "every", "whatever"). */
const EVERY = new Set(['all', 'every', 'any', 'whatever', 'regardless']);
/** Whether the welcome past a list's comma names a group of people at token j ("all backgrounds", "diverse communities"). */
function namesPeopleGroup(tokens: Doc['tokens'], j: number): boolean {
  if (!EVERYONE.has(tokens[j]!.norm)) return false;
  if (!EVERY.has(tokens[j]!.norm)) return true;
  for (let h = j + 1; h <= j + 2 && tokens[h]?.sentence === tokens[j]!.sentence; h++) if (PEOPLE_GROUPS.has(tokens[h]!.norm)) return true;
  return false;
}
/** What people are welcomed regardless of: a protected characteristic. */
const REGARDLESS = phrases('regardless of, irrespective of, whatever your, no matter your');
const REGARDLESS_FIRST: ReadonlySet<string> = new Set(REGARDLESS.map((words) => words[0]!));
const CHARACTERISTICS = new Set(['age', 'race', 'sex', 'gender', 'disability', 'religion', 'belief', 'sexual', 'ethnicity', 'background']);

/** A sum of money a year, an hour or a session: "£24,071 a year", "£12.50 per hour", "30,000 pa". */
const PERIODS = new Set(['year', 'annum', 'pa', 'hour', 'hr', 'session', 'sessions', 'day', 'week', 'month', 'shift', 'hourly', 'annually', 'fte', 'pro', 'rata', 'wte']);
/** Words that make a sum of money pay: "Band 3 (£24,937)" is a band's pay. */
const PAY_WORDS = new Set(['band', 'salary', 'salaries', 'pay', 'rate', 'rates', 'wage', 'wages', 'paid', 'earn', 'earning', 'remuneration', 'basic', 'sessional', 'annum', 'pa', 'fte', 'wte', 'rata']);
/** Sums of money that are not the post's pay. */
const NOT_PAY = new Set([
  'turnover', 'budget', 'budgets', 'funding', 'funded', 'fund', 'grant', 'bonus', 'relocation', 'course', 'courses', 'fees',
  'fee', 'towards', 'investment', 'invested', 'worth', 'value', 'allowance', 'expenses', 'mileage', 'payment', 'hello',
  'refer', 'referral', 'contribution', 'raised', 'raise', 'donation', 'donations', 'million', 'm', 'bn', 'billion',
  'items', 'patients', 'adults', 'children', 'people', 'population', 'calls', 'appointments', 'attendances', 'contacts',
  'referrals', 'visits', 'residents', 'prescriptions', 'staff', 'households', 'miles',
]);

/** How many words either side of a sum of money say what it is for. */
const PAY_WINDOW = 12;
/** How close a word must be to say the sum is something else ("£2,000 relocation", "turnover of £3m"). */
const NOT_PAY_WINDOW = 4;
/** A range of two sums in pounds ("£30,000 - £34,000", "£28k to £31k"): how pay is stated when no period is given. */
const POUNDS_RANGE = /^[\d,.]{1,9}k?\s{0,3}(?:-|–|—|to)\s{0,3}£\d/;
/** Words before an extra that is on top of the pay, not the sum's purpose: "£30,000 plus bonus". */
const ON_TOP = new Set(['plus', 'and']);

/** Whether the word at j is added on top of a sum: "£30,000 plus bonus", "£28,000 + bonus". */
function onTop(doc: Doc, j: number): boolean {
  const before = doc.tokens[j - 1]!;
  return ON_TOP.has(before.norm) || doc.text.slice(before.end, doc.tokens[j]!.start).includes('+');
}

/** A post that says it is unpaid: a volunteer role has no salary to state. */
const UNPAID = phrases(`
  unpaid role, unpaid post, unpaid position, role is unpaid, post is unpaid, position is unpaid, is an unpaid, voluntary
  role, voluntary post, voluntary position, volunteer role, volunteer position, volunteering role, volunteering
  opportunity, volunteer opportunity, this is a volunteer, not a paid, expenses only`);

/** Words that make a percentage pay: a dentist's or optometrist's share of what they earn ("50% of gross fees", "a 45% fee share"). */
const SHARE_WORDS = new Set(['fee', 'fees', 'gross', 'earnings', 'share', 'commission', 'billings', 'takings']);
/** How many words after a percentage its share word may come: "50% of NHS contract value plus private fee share". */
const SHARE_WINDOW = 8;

/** Whether the percentage at token k is pay as a share of fees or earnings. */
function isShareOfFees(doc: Doc, k: number): boolean {
  const { tokens, text } = doc;
  if (text.charAt(tokens[k]!.end) !== '%') return false;
  for (let j = k + 1; j < tokens.length && j <= k + SHARE_WINDOW && tokens[j]!.sentence === tokens[k]!.sentence; j++) if (SHARE_WORDS.has(tokens[j]!.norm)) return true;
  return false;
}

/** How many lines open an advert with its title, employer and pay ("£23,000 during training, rising to £38,000"). */
const HEADING_LINES = 4;

/**
 * Where the heading lines of a text end: after its first HEADING_LINES lines, in a text that has
 * more lines than that; a text of fewer lines (a paragraph pasted, a short e-mail) has no heading, 0.
 */
function headingEnd(text: string): number {
  let at = -1;
  for (let lines = 0; lines < HEADING_LINES; lines++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return 0;
  }
  return at;
}

/** How far before a sum its line may start: "Up to £48,000", "From £23,000". */
const LINE_LEAD = 12;

/**
 * Whether the sum at offset `at` (after its "£") opens its line or follows two short words at most
 * ("£23,000 during training", "Up to £48,000"), not a line about something else ("Relocation
 * package of up to £8,000"). At most LINE_LEAD characters are read back.
 */
function opensLine(text: string, at: number): boolean {
  const from = Math.max(0, at - LINE_LEAD);
  const line = text.lastIndexOf('\n', at - 1);
  if (line < from - 1 && from > 0) return false;
  return text.slice(line + 1, at).trim().split(/\s+/).length <= 3;
}

/** The names of the post's pay that a withheld figure is said of: "Salary: competitive", "pay on application". */
const PAY_NAMES = new Set(['salary', 'pay', 'paid', 'wage', 'wages', 'remuneration']);
/** Words that say the figure is withheld: "negotiable", "on application", "on request", "depending on experience". */
const WITHHELD = new Set(['competitive', 'negotiable', 'application', 'request', 'depending', 'dependent', 'doe']);
/** How many words after the pay's name its withholding may come: "Salary: negotiable depending on experience". */
const WITHHELD_WINDOW = 4;

/** Whether the pay's name at token k is said to be withheld: "Salary: competitive", "competitive salary", "pay on application". */
function payWithheld(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  if (tokens[k - 1]?.norm === 'competitive' && tokens[k - 1]!.sentence === tokens[k]!.sentence) return true;
  for (let j = k + 1; j < tokens.length && j <= k + WITHHELD_WINDOW && tokens[j]!.sentence === tokens[k]!.sentence; j++) if (WITHHELD.has(tokens[j]!.norm)) return true;
  return false;
}

const PAY_NAME_PHRASES = [...PAY_NAMES].map((word) => [word]);
/** Whether the sentence of token k names pay: "Salary: Band 5", "This job is paid on Agenda for Change Band 6". */
const inPaySentence = (doc: Doc, k: number) => doc.sentenceHas(doc.tokens[k]!.sentence, PAY_NAME_PHRASES);

/** Words just before "a Band N <post>" that recruit or offer the post: "we are recruiting a Band 3 healthcare assistant". */
const RECRUITS_POST = new Set([...RECRUITING, 'for', 'offer', 'offering', 'offers']);
/** How many words may come between an article and its band ("an experienced Band 6 physiotherapist") or a band and its post. */
const BAND_POST_WINDOW = 3;

/**
 * Whether the band at token k is the advertised post's ("we are recruiting a Band 3 healthcare assistant",
 * "looking for an experienced Band 6 physiotherapist"), not another's ("supervision from a Band 7", "supervise
 * two Band 3 support workers") or a charge ("Band 2 charges"): an article before it that a recruiting word
 * or "for" precedes, and a post or a person named after its number.
 */
function recruitsBand(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const s = tokens[k]!.sentence;
  let post = false;
  for (let j = k + 2; j <= k + 1 + BAND_POST_WINDOW && tokens[j]?.sentence === s; j++) if (nounClass(tokens[j]!.norm) === 'person') post = true;
  if (!post) return false;
  for (let a = k - 1; a >= Math.max(1, k - BAND_POST_WINDOW) && tokens[a]!.sentence === s; a--) {
    if (tokens[a]!.norm === 'a' || tokens[a]!.norm === 'an') return RECRUITS_POST.has(tokens[a - 1]!.norm) && tokens[a - 1]!.sentence === s;
  }
  return false;
}

/**
 * Whether the text states pay: a sum of money per year, hour or session, a share of fees, that the
 * post is unpaid, or an Agenda for Change band in the heading, a pay line or said of the post ("Band 6",
 * "Salary: Band 5", "we are recruiting a Band 3 healthcare assistant"), unless the figure is said to be
 * withheld on a pay line of its own ("Salary: negotiable") or beside the band ("Band 6 | Salary on
 * application"): "a competitive salary" in a list of benefits is everyday wording beside a band. A band
 * named elsewhere is another post's ("supervision from a Band 7") or a dental charge ("NHS Band 2 charges").
 */
export function statesPay(doc: Doc): boolean {
  const { tokens, text } = doc;
  if (doc.documentHas(UNPAID)) return true;
  const heading = headingEnd(text);
  // The sentences of the bands that state pay, and of the pay said to be withheld beside something else.
  const bands = new Set<number>();
  const withheldBeside = new Set<number>();
  let withheldLine = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.norm === 'band' && /^[1-9][a-d]?$/.test(tokens[k + 1]?.norm ?? '') && (heading === 0 || t.start < heading || inPaySentence(doc, k) || recruitsBand(doc, k))) bands.add(t.sentence);
    if (PAY_NAMES.has(t.norm) && payWithheld(doc, k)) {
      if (doc.sentenceStart(t.sentence) === k) withheldLine = true;
      else withheldBeside.add(t.sentence);
    }
    if (!(t.shape & SHAPE.DIGIT)) continue;
    if (isShareOfFees(doc, k)) return true;
    const pounds = text.slice(tokens[k - 1]?.end ?? 0, t.start).includes('£');
    const thousands = /^\d{1,3}$/.test(t.norm) && text.charAt(t.end) === ',' && /^\d{3}$/.test(tokens[k + 1]?.norm ?? '');
    const short = /^\d+k$/.test(t.norm);
    if (!pounds && !thousands && !short) continue;
    if (/^\d+(?:m|bn)$/.test(t.norm)) continue;
    // A sum in pounds needs a period or a pay word; a bare number ("9,000 items a month") needs a pay word.
    let pay = (pounds && short) || (pounds && POUNDS_RANGE.test(text.slice(t.start, t.start + 24))) || (pounds && thousands && t.start < heading && opensLine(text, t.start));
    let other = false;
    for (let j = Math.max(0, k - PAY_WINDOW); j < tokens.length && j <= k + PAY_WINDOW; j++) {
      const w = tokens[j]!;
      if (w.sentence !== t.sentence) continue;
      if (NOT_PAY.has(w.norm) && Math.abs(j - k) <= NOT_PAY_WINDOW && !(j > k && onTop(doc, j))) other = true;
      if (PAY_WORDS.has(w.norm) || (pounds && PERIODS.has(w.norm))) pay = true;
    }
    if (pay && !other) return true;
  }
  return bands.size > 0 && !withheldLine && ![...bands].some((s) => withheldBeside.has(s));
}

/** The words of RECRUITMENT that say adjustments are the applicant's: its others ("disability", "condition") are also patients'. */
const APPLYING = ['apply', 'applying', 'application', 'applications', 'interview', 'interviews', 'recruitment', 'selection'];
/** Words that put "adjustments" in the recruitment ("if you need adjustments to apply or attend interview"). */
const RECRUITMENT = new Set([...APPLYING, 'process', 'stage', 'disability', 'disabled', 'condition', 'conditions', 'assessment', 'assessments']);
const RECRUITMENT_PHRASES = phrases(APPLYING.join(', '));

/** Help offered to the applicant in other words ("tell us what would help", "if you need any support to apply, let us know"). */
const HELP = phrases(`
  what would help, what would make it easier, what you need, any support, any help, extra support, anything we can do,
  extra time, large print, easy read, sign language, interpreter, need anything, need something, done differently, do
  anything differently, do things differently, support you need, support you may need, support you might need, help you
  need, help you may need, make it easier for you, make things easier for you, need help, need support, need extra help`);
/** Changing the process itself: only with a word that puts it in the recruitment ("we can adapt the interview"). */
const CHANGE = phrases('adapt, adjust, changes to, change the way, different format');
const ASK = phrases('tell us, let us know, talk to us, get in touch, contact us, speak to us, just ask, please ask');

/** Words before "people" that make them those the post serves: "working with people", "supporting people". */
const SERVING: ReadonlySet<string> = new Set([
  'with', 'help', 'helps', 'helping', 'support', 'supports', 'supporting', 'treat', 'treats', 'treating', 'serve', 'serves', 'serving',
  'visit', 'visits', 'visiting', 'see', 'seeing', 'assess', 'assessing',
]);

/**
 * Whether sentence [from, to) is about the recruitment: a word of applying, or one of RECRUITMENT's
 * others (an assessment, a disability) in a sentence that names no patients ("easy read leaflets from
 * memory assessments for patients" is the post's work with patients, not help to apply).
 */
function aboutRecruitment(doc: Doc, from: number, to: number): boolean {
  if (doc.hasPhrase(from, to, RECRUITMENT_PHRASES)) return true;
  let other = false;
  let patients = false;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    other ||= RECRUITMENT.has(t.norm);
    // "People" are those served only as the object of the post's work ("easy read leaflets with people with learning
    // disabilities", "supporting people with dementia"), not as whom help to apply is for ("for people who are Deaf").
    patients ||= nounClass(t.base) === 'patient' || (t.base === 'people' && SERVING.has(doc.tokens[k - 1]?.norm ?? ''));
  }
  return other && !patients;
}

/** Whether sentence s offers help with applying: help plus an invitation to ask or a recruitment word, or a change to the process. */
function offersHelp(doc: Doc, s: number): boolean {
  const from = doc.sentenceStart(s);
  const to = doc.sentenceEnd(s);
  if (doc.hasPhrase(from, to, HELP)) return doc.hasPhrase(from, to, ASK) || aboutRecruitment(doc, from, to);
  let recruitment = false;
  for (let k = from; k < to && !recruitment; k++) recruitment = RECRUITMENT.has(doc.tokens[k]!.norm);
  return recruitment && doc.hasPhrase(from, to, CHANGE);
}

/**
 * Words that make adjustments what the reader needs: "if you need any adjustments", "adjustments you require",
 * or ones made before for others, offered to the reader who asks ("tell us: we have made adjustments for staff before").
 */
const NEEDING: ReadonlySet<string> = new Set(['need', 'needs', 'require', 'requires', 'made']);

/** Whether a word of needing (NEEDING) comes within three words before the "adjustments" at token k. */
function neededBefore(doc: Doc, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3 && doc.tokens[j]!.sentence === doc.tokens[k]!.sentence; j--) if (NEEDING.has(doc.tokens[j]!.norm)) return true;
  return false;
}

/** "Adjustments" named near a word of recruitment: "adjustments at interview". */
const ADJUSTMENT_WORDS: ReadonlySet<string> = new Set(['adjustment', 'adjustments']);

/** The first words of the ADJUSTMENTS phrases. */
const ADJUSTMENT_FIRST_WORDS = new Set(ADJUSTMENTS.map((words) => words[0]!));
/** Words that open the people adjustments are made for: "for our patients", "to people's care". */
const FOR = new Set(['for', 'to']);
/** How far after the adjustments the people they are for may be: "reasonable adjustments for our autistic patients". */
const FOR_REACH = 4;

/** How far after the adjustments "for" may open the people they are for: "reasonable adjustments are in place for patients". */
const FOR_OPENS_REACH = 4;

/**
 * Whether the adjustments ending before token `after` are for patients: "for our autistic patients",
 * "are in place for patients", "are made to people's care".
 */
function madeForPatients(doc: Doc, after: number): boolean {
  const { tokens } = doc;
  const clause = tokens[after]?.clause;
  for (let f = after; f < tokens.length && f <= after + FOR_OPENS_REACH && tokens[f]!.clause === clause; f++) {
    if (!FOR.has(tokens[f]!.norm)) continue;
    for (let j = f + 1; j < tokens.length && j <= f + FOR_REACH && tokens[j]!.clause === clause; j++) if (nounClass(tokens[j]!.base) === 'patient') return true;
    return false;
  }
  return false;
}

/** Words that may stand between a negation and the offer it refuses: "will not be able to provide". */
const REFUSAL_BRIDGE = new Set(['be', 'able', 'to', 'usually', 'normally', 'routinely', 'always']);

/**
 * Whether a negation refuses the offer at token k: "will not provide the questions in advance". The negation must
 * govern the offer's verb, so "any applicant who cannot drive about Access to Work" still offers it.
 */
function refusedBefore(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  let j = k - 1;
  while (j >= 0 && REFUSAL_BRIDGE.has(tokens[j]!.norm) && tokens[j]!.sentence === tokens[k]!.sentence) j--;
  return j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence && negates(tokens, j);
}

/**
 * Whether an ADJUSTMENTS phrase offers them to applicants: not adjustments the post-holder makes for
 * patients ("help GPs and hospitals make reasonable adjustments for our patients", in a learning
 * disability service), unless the sentence is about the recruitment too.
 */
function offeredToApplicants(doc: Doc): boolean {
  const { tokens } = doc;
  // Only the tokens that open one of the phrases are read.
  const starts = doc.tokensWith(ADJUSTMENT_FIRST_WORDS);
  for (let i = 0; i < starts.length; i++) {
    const k = starts[i]!;
    const words = ADJUSTMENTS.find((phrase) => doc.phraseAt(k, phrase));
    // "The panel will not provide the questions in advance" refuses the offer.
    if (!words || refusedBefore(doc, k)) continue;
    const sentence = tokens[k]!.sentence;
    if (doc.hasPhrase(doc.sentenceStart(sentence), doc.sentenceEnd(sentence), RECRUITMENT_PHRASES)) return true;
    if (!madeForPatients(doc, k + words.length)) return true;
  }
  return false;
}

function hasAdjustmentsStatement(doc: Doc): boolean {
  const { tokens } = doc;
  if (doc.documentHas(ADJUSTMENTS) && offeredToApplicants(doc)) return true;
  // A sentence offers help only with a HELP or a CHANGE phrase in it: without either, none is read.
  const sentences = doc.documentHas(HELP) || doc.documentHas(CHANGE) ? (tokens.at(-1)?.sentence ?? -1) + 1 : 0;
  for (let s = 0; s < sentences; s++) if (offersHelp(doc, s)) return true;
  const adjustments = doc.tokensWith(ADJUSTMENT_WORDS);
  for (let i = 0; i < adjustments.length; i++) {
    const k = adjustments[i]!;
    const sentence = tokens[k]!.sentence;
    for (let j = Math.max(0, k - PAY_WINDOW); j < tokens.length && j <= k + PAY_WINDOW; j++) {
      if (tokens[j]!.sentence === sentence && RECRUITMENT.has(tokens[j]!.norm)) return true;
    }
    // "Please tell us if you need any adjustments": adjustments the reader is asked to name, not "get in
    // touch with the rota team to make adjustments to your shifts".
    if (neededBefore(doc, k) && doc.hasPhrase(doc.sentenceStart(sentence), doc.sentenceEnd(sentence), ASK)) return true;
  }
  return false;
}

/**
 * Whether a sentence welcomes everyone as applicants: a welcoming verb with "all", "everyone" or a
 * group (EVERYONE) and applicants (APPLICANTS) beside it ("welcomes all applicants", "we encourage
 * applications from every background", "applications are welcome from all"), not a welcome to
 * enquiries or to some applicants only ("informal visits are welcome", "we welcome applications from
 * people with a degree"); or a phrase such as "regardless of" before a characteristic.
 */
function hasEqualityStatement(doc: Doc): boolean {
  const n = doc.tokens.length;
  if (doc.documentHas(EQUALITY)) return true;
  const { tokens } = doc;
  // Each word looked up once per text, not at every token.
  const welcomes = doc.wordsIn(WELCOME_VERBS);
  const regardless = doc.wordsIn(REGARDLESS_FIRST);
  const ids = doc.wordIds().norm;
  for (let k = 0; k < n; k++) {
    if (welcomes[ids[k]!] === 1) {
      const clause = tokens[k]!.clause;
      let everyone = false;
      let applicants = false;
      for (let j = k - 1; j >= 0 && j >= k - WELCOME_BEFORE && tokens[j]!.clause === clause && !JOINS.has(tokens[j]!.norm); j--) {
        everyone ||= EVERYONE.has(tokens[j]!.norm);
        applicants ||= APPLICANTS.has(tokens[j]!.norm);
      }
      // Past a list's comma ("from nurses, paramedics and pharmacists of all backgrounds", where "and" ends
      // the list) only a group of people the list is "of" or "from" counts, read to the list's end, not another
      // statement ("from nurses, all of whom...") nor a place or a grade ("from all over the UK", "of all bands").
      let listed = false;
      let at = clause;
      for (let j = k + 1; j < n && j <= k + (listed ? LIST_AFTER : WELCOME_AFTER) && (listed || !joinsAnother(tokens, j)); j++) {
        if (tokens[j]!.sentence !== tokens[k]!.sentence) break;
        if (tokens[j]!.clause !== at) {
          if (tokens[j]!.gap !== GAP.COMMA || !applicants) break;
          listed = true;
          at = tokens[j]!.clause;
        }
        if (!listed) everyone ||= EVERYONE.has(tokens[j]!.norm);
        else if (SAME_WELCOME.has(tokens[j - 1]!.norm)) everyone ||= namesPeopleGroup(tokens, j);
        applicants ||= APPLICANTS.has(tokens[j]!.norm);
      }
      if (everyone && applicants) return true;
    } else if (regardless[ids[k]!] === 1) {
      for (const words of REGARDLESS) {
        if (!doc.phraseAt(k, words)) continue;
        for (let j = k + words.length; j < n && j < k + words.length + 8; j++) if (CHARACTERISTICS.has(tokens[j]!.norm)) return true;
      }
    }
  }
  return false;
}

/**
 * Words for a piece that points to the advert rather than being it ("RADIO SCRIPT – 30 seconds",
 * "Poster: come back to nursing"): its first line names what it is, and the full advert it sends
 * people to carries the statements.
 */
const CAMPAIGN_PIECES = new Set(['script', 'scripts', 'transcript', 'poster', 'posters', 'flyer', 'flyers', 'leaflet', 'leaflets']);
/** The medium a piece's name may open with: "RADIO SCRIPT", "Recruitment poster". */
const PIECE_MEDIA = new Set(['radio', 'tv', 'podcast', 'recruitment']);
/** Units of a piece's running time: "Script (60 seconds)". */
const DURATIONS = new Set(['second', 'seconds', 'secs', 'sec', 'minute', 'minutes', 'mins', 'min']);

/**
 * Whether the text's first line opens by naming it a script, poster, flyer or leaflet: the piece's word
 * first (after its medium), then a dash or colon, "for", a running time or the line's end. A job's title
 * only holds the word inside a name ("Leaflet and Poster Distribution Assistant", "Health Promotion Flyer
 * Designer", "Pharmacy Assistant (Prescription Scripts)").
 */
function isCampaignPiece(doc: Doc): boolean {
  const { tokens } = doc;
  const k = PIECE_MEDIA.has(tokens[0]?.norm ?? '') ? 1 : 0;
  const piece = tokens[k];
  if (piece === undefined || piece.line !== tokens[0]!.line || !CAMPAIGN_PIECES.has(piece.norm)) return false;
  const next = tokens[k + 1];
  if (next === undefined || next.line !== piece.line || next.norm === 'for') return true;
  const timed = (next.shape & SHAPE.NUMBER) !== 0 && DURATIONS.has(tokens[k + 2]?.norm ?? '');
  return timed || ((next.gap & GAP.BREAK) !== 0 && (next.gap & GAP.OPEN) === 0);
}

/** Document checks by handler name. Missing statements are checked in adverts of `minWords` or more, not in a campaign piece. */
const statement = (has: (doc: Doc) => boolean): DocumentHandler => ({
  kind: 'document',
  check: ({ doc, minWordsForStatements }) => (doc.tokens.length >= minWordsForStatements && !has(doc) && !isCampaignPiece(doc) ? {} : null),
});

export const structureHandlers = {
  'too-many-essential-criteria': {
    kind: 'document',
    check: ({ doc }) => {
      const essential = essentialCriteria(doc);
      return essential.length > MAX_ESSENTIAL_CRITERIA ? { count: String(essential.length), max: String(MAX_ESSENTIAL_CRITERIA) } : null;
    },
  },
  'essential-reads-as-preference': {
    kind: 'document',
    check: ({ doc }) => {
      const preferences = essentialCriteria(doc)
        .map((s) => doc.text.slice(s.start, s.end))
        .filter(readsAsPreference);
      if (preferences.length === 0) return null;
      const quoted = preferences.slice(0, 3).map((c) => `“${c.length > 60 ? `${c.slice(0, 57)}…` : c}”`);
      return {
        count: String(preferences.length),
        reads: preferences.length === 1 ? 'criterion reads as a preference' : 'criteria read as preferences',
        examples: quoted.join(', '),
      };
    },
  },
  'no-reasonable-adjustments-statement': statement(hasAdjustmentsStatement),
  'no-flexible-working-statement': statement(offersFlexibleWorking),
  'no-equality-statement': statement(hasEqualityStatement),
  'no-salary': statement(statesPay),
} satisfies Record<string, DocumentHandler>;

/** The essential criteria, each part of a list run together with semicolons counted as one. */
function essentialCriteria(doc: Doc): Section[] {
  return doc.sections.filter((s) => s.role === 'essential').flatMap((s) => listedCriteria(doc.text, s));
}

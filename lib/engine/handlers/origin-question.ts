import type { Doc } from '../document';
import type { Hit, SpanHandler } from './types';

/** Words that put an origin in doubt: "if he's actually from here", "whether she's really British". */
const HEDGED_ORIGIN = new Set(['actually', 'really', 'originally', 'even', 'definitely']);
/** Words after "from" that may name where someone lives now: "from round here". */
const LOCAL = new Set(['here', 'round', 'around']);
/** After "where ... you": words that ask about origin rather than logistics. */
const ORIGIN_VERBS = new Set(['from', 'born', 'brought', 'raised', 'originally', 'originate', 'hail']);
/** Verbs that ask about a childhood only with their "up": "where did you grow up", not "where do you want to grow in this role". */
const GROW = new Set(['grow', 'grew', 'growing']);
/** Verbs whose own "from" is no origin: "areas where he would benefit from support", "where she learnt from". */
const FROM_VERBS = new Set(['benefit', 'benefits', 'benefited', 'benefitted', 'learn', 'learnt', 'learned', 'hear', 'heard', 'recover', 'recovered', 'suffer', 'suffers', 'suffered', 'graduate', 'graduated', 'retire', 'retired', 'resign', 'resigned', 'return', 'returned', 'step', 'stepped', 'differ', 'differs']);
/** Whether token j asks where someone comes from: an origin verb, and not the "from" of a verb such as "benefit". */
const asksOrigin = (doc: Doc, j: number) =>
  (ORIGIN_VERBS.has(doc.tokens[j]!.norm) && !(doc.tokens[j]!.norm === 'from' && FROM_VERBS.has(doc.tokens[j - 1]?.norm ?? ''))) || growingUp(doc, j);
/** Whether token j is "grow up", "grew up" or "growing up". */
const growingUp = (doc: Doc, j: number) => GROW.has(doc.tokens[j]!.norm) && doc.tokens[j + 1]?.norm === 'up';
/** "where are you travelling from", "where will you be commuting from", "a role where you work remotely from the office": logistics. */
const TRAVEL = new Set(['travelling', 'traveling', 'travel', 'commuting', 'commute', 'driving', 'coming', 'applying', 'calling', 'phoning', 'ringing', 'writing', 'work', 'works', 'worked', 'working', 'remotely', 'moving', 'relocating', 'based', 'joining', 'transferring']);
/** "your ..." nouns that ask where someone or their family comes from. */
const ORIGIN_NOUNS: string[][] = [
  'nationality', 'ethnicity', 'ethnic origin', 'ethnic background', 'ethnic group', 'heritage', 'country of origin',
  'home country', 'country of birth', 'place of birth', 'race', 'first language', 'mother tongue', 'native language',
  'native tongue', 'main language', 'home language', 'cultural background', 'family background', 'roots', 'accent',
  'citizenship', 'national origin', 'skin colour', 'skin color', 'complexion',
].map((p) => p.split(' '));
/** "are you ..." answers that are about origin. */
const ORIGIN_STATES: string[][] = [
  'british', 'a british citizen', 'a uk citizen', 'a british national', 'an eu citizen', 'an eu national', 'english', 'from here', 'from the uk', 'from around here', 'from round here', 'from abroad',
  'from overseas', 'foreign', 'an immigrant', 'a uk national', 'a foreign national', 'a native', 'a native speaker',
  'a native english speaker',
].map((p) => p.split(' '));
/** "What country ...", "which nationality ...": questions whose answer is an origin. */
const ORIGIN_KINDS = new Set(['country', 'nationality', 'citizenship', 'ethnicity', 'race', 'heritage']);
/** "Which country did you qualify in?", "what country will you be working in?": about training or work. */
const NOT_ORIGIN = new Set(['qualify', 'qualified', 'train', 'trained', 'study', 'studied', 'register', 'registered', 'work', 'worked', 'working', 'practise', 'practised', 'visit', 'visited', ...TRAVEL]);
/** The person asked, or a candidate talked about in an email ("ask her where she is from"). */
const YOU = new Set(['you', 'your', "you're", 'yourself', 'she', 'he', "she's", "he's", 'her', 'his', 'him']);
/**
 * Candidates named as such, asked about only after a verb of asking ("we like to know a bit about where candidates are
 * from"): equality monitoring that shows or records where applicants are from asks nothing.
 */
const CANDIDATES = new Set(['candidate', 'candidates', 'applicant', 'applicants']);
/** How far before "where" the verb of asking may stand for candidates named as such ("know a bit about where"). */
const CANDIDATES_REACH = 6;
const POSSESSIVE = new Set(['your', 'her', 'his']);
/** People spoken of in the third person plural, or one person of either sex: "ask where they're from". */
const THEY = new Set(['they', "they're", 'them', 'their']);
/** Words that show a note is about candidates and how they are judged: "if a candidate has an accent, ask where they're from". */
const ABOUT_CANDIDATES = new Set([...CANDIDATES, 'interview', 'interviews', 'interviewing', 'shortlist', 'shortlisting', 'accent', 'accents', 'sponsorship', 'visa']);

/** Whether the sentence of token k, or the one before it, holds a word of ABOUT_CANDIDATES. */
function aboutCandidates(doc: Doc, k: number): boolean {
  const sentence = doc.tokens[k]!.sentence;
  const [from] = doc.sentenceRange(Math.max(0, sentence - 1));
  const [, to] = doc.sentenceRange(sentence);
  for (let j = from; j < to; j++) if (ABOUT_CANDIDATES.has(doc.tokens[j]!.norm)) return true;
  return false;
}
const THIRD_PERSON = new Set(['she', 'he', "she's", "he's"]);
const BE_END = new Set(['is', 'was']);
const RELATIVES = new Set(['who', 'which', 'that', 'whose']);
/** "How long have you lived in the UK?", "What brought you to this country?": how long someone has been here. */
const SETTLING = new Set(['been', 'lived', 'living', 'live', 'come', 'came', 'moved', 'move', 'arrive', 'arrived', 'brought', 'settled', 'resided', 'stayed']);
/** The word after "how", "when" or "what" that makes a question of it: "how long", "when did", "what brought". */
const ASKED = new Set(['did', 'do', 'have', 'has', 'had', 'were', 'was', 'brought', 'made', 'makes']);
/** Verbs that report a question: "ask her how long...", "find out when he came to the UK". */
const REPORTING = new Set(['ask', 'asked', 'asking', 'know', 'out', 'wonder', 'wondered', 'wondering', 'tell', 'check', 'enquire', 'inquire']);
/** Whether a verb of REPORTING stands up to `reach` words before token k, in its sentence. */
const isReported = (doc: Doc, k: number, reach = 3) => {
  for (let j = k - 1; j >= 0 && j >= k - reach && doc.tokens[j]!.sentence === doc.tokens[k]!.sentence; j--) if (REPORTING.has(doc.tokens[j]!.norm)) return true;
  return false;
};
const COUNTRY: string[][] = ['this country', 'the uk', 'uk', 'britain', 'great britain', 'the united kingdom', 'england', 'scotland', 'wales'].map((p) => p.split(' '));
/** Words that can follow the country in a question about living there: "in the UK for", "in England now". */
const AFTER_COUNTRY = new Set(['for', 'now', 'then', 'and', 'or', 'so', 'before', 'since', 'yet', 'altogether', 'in', 'at', 'from', 'with', 'as', 'already', 'long']);
/** Checks that ask everyone where they have lived: an overseas criminal record check covers years abroad. */
const VETTING: string[][] = ['dbs', 'police', 'criminal record', 'criminal records', 'certificate of good conduct', 'vetting', 'address history', 'addresses', 'security clearance'].map((p) => p.split(' '));
/** Text about the checks made after a job offer, when where someone has lived is asked for the check. */
const AFTER_OFFER: string[][] = ['conditional offer', 'pre-employment checks', 'pre employment checks', 'overseas police', 'certificate of good conduct', 'police certificate', 'criminal record certificate'].map((p) => p.replace('-', ' ').split(' '));
/** How far a question about settling may run: "How long have you and your family been living in the UK?" */
const SETTLING_WINDOW = 10;
/** Words after "born" that make it about sex, not place: "born a man", "born female" (not "born a British citizen"). */
const BORN_AS = new Set(['male', 'female']);
const BORN_A = new Set(['man', 'woman', 'boy', 'girl', 'male', 'female']);
/** Words of a time before "were you born": "when", "what year", "which decade". */
const TIMES = new Set(['year', 'decade', 'date', 'month', 'day']);
const ASKING_WHICH = new Set(['what', 'which']);
/** A year or a decade after "born in": "born in 1975", "born in the 1980s", "born in the 80s", "born in the eighties". */
const YEAR = /^(?:(?:1[89]|20)[0-9]{2}s?|['’]?[0-9]0s|fifties|sixties|seventies|eighties|nineties|noughties)$/;

/** Whether the "were you born" at k asks when rather than where: "When were you born?", "What year were you born?", "Were you born in 1975?". */
function askedWhen(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const before = tokens[k - 1];
  if (before && before.sentence === tokens[k]!.sentence) {
    if (before.norm === 'when') return true;
    if (TIMES.has(before.norm) && ASKING_WHICH.has(tokens[k - 2]?.norm ?? '')) return true;
  }
  if (tokens[k + 3]?.norm !== 'in') return false;
  const year = tokens[k + 4]?.norm === 'the' ? tokens[k + 5] : tokens[k + 4];
  return year !== undefined && YEAR.test(year.norm);
}

/** Whether the words from k say a sex one was born as: "born female", "born a man". */
const bornAs = (doc: Doc, k: number) => BORN_AS.has(doc.tokens[k]?.norm ?? '') || (doc.tokens[k]?.norm === 'a' && BORN_A.has(doc.tokens[k + 1]?.norm ?? ''));
const FAMILY = new Set(['family', 'parents', 'parent', 'mum', 'dad', 'mother', 'father', 'grandparents', 'folks', 'people']);
/** A name, for "it" or "that" to stand for later in the sentence: "That's an interesting name, where is it from?" */
const NAMES = new Set(['name', 'names', 'surname', 'surnames', 'forename', 'forenames']);
const PRONOUNS_FOR_NAME = new Set(['it', 'that']);

/** Whether the word just before k, in its sentence, is a name, for a pronoun after k to stand for ("what a lovely name - where"). */
function nameBefore(doc: Doc, k: number): boolean {
  const before = doc.tokens[k - 1];
  return before !== undefined && before.sentence === doc.tokens[k]!.sentence && NAMES.has(before.norm);
}

const NOT_FOUND: [number, number] = [-1, 0];

/** The first index in [from, to) where one of the phrases starts, or -1; sets `len` to its length. */
function findPhrase(doc: Doc, from: number, to: number, phrases: string[][]): [number, number] {
  // Asked at common words ("is", "what"): a text that holds none of the phrases is not read word by word.
  if (!doc.documentHas(phrases)) return NOT_FOUND;
  for (let k = from; k < to; k++) {
    for (const words of phrases) if (k + words.length <= to && doc.phraseAt(k, words)) return [k, words.length];
  }
  return NOT_FOUND;
}

/** The end of "grow up", "brought up" (after the verb at j). */
const withUp = (doc: Doc, j: number, to: number) => {
  const next = j + 1 < to ? doc.tokens[j + 1]!.norm : '';
  return next === 'up' || (next === 'from' && doc.tokens[j]!.norm === 'originally') ? j + 2 : j + 1;
};

/**
 * "How long have you been in this country?", "When did you come to the UK?", "What brought you to
 * Britain?": a question word, "you", a verb of living or arriving, then "in" or "to" and a country.
 */
function settlingQuestion(doc: Doc, k: number, to: number): [number, number] | null {
  const { tokens } = doc;
  // A question, not a statement: "when did you arrive", not "when you arrive in the UK, we will..."
  // or "how long you have lived here does not matter"; a reported question keeps its order ("ask her
  // how long she has been in this country").
  // "how long have you", "how many years have you".
  const at = tokens[k + 1]?.norm === 'long' ? k + 2 : tokens[k + 1]?.norm === 'many' && tokens[k + 2]?.norm === 'years' ? k + 3 : k + 1;
  // Reported to the reader ("let us know how long you have lived in the UK") it is a request for an
  // address history, asked of everyone for the criminal record check; about a candidate, it is not.
  const inverted = ASKED.has(tokens[at]?.norm ?? '');
  if (!inverted && !(isReported(doc, k) && THIRD_PERSON.has(tokens[at]?.norm ?? ''))) return null;
  // Years of residence for a criminal record check are asked of everyone, for the check, and after an offer.
  const [from, end] = doc.sentenceRange(tokens[k]!.sentence);
  if (doc.hasPhrase(from, end, VETTING) || doc.documentHas(AFTER_OFFER)) return null;
  let you = -1;
  let settling = -1;
  for (let j = k + 1; j < to; j++) {
    const w = tokens[j]!.norm;
    if (NOT_ORIGIN.has(w) || RELATIVES.has(w)) return null;
    if (YOU.has(w)) you = j;
    // The person asked is the one who settled: "have you (ever) lived", "brought you" (not "patients who moved").
    else if (SETTLING.has(w)) {
      if ((you >= 0 && j - you <= 2) || settling === j - 1) settling = j;
      else if (w === 'brought' && YOU.has(tokens[j + 1]?.norm ?? '')) settling = j + 1;
    }
    // Straight after the verb: "lived in the UK", not "been a nurse in the UK" or "been practising in England" (work).
    else if (you >= 0 && settling === j - 1 && (w === 'in' || w === 'to')) {
      const [at, len] = findPhrase(doc, j + 1, Math.min(to + 3, end), COUNTRY);
      if (at !== j + 1) return null;
      // The country itself, not a sector named after it: "been in UK general practice", "in the UK NHS".
      const next = tokens[at + len];
      if (next && next.sentence === tokens[k]!.sentence && next.clause === tokens[at]!.clause && !AFTER_COUNTRY.has(next.norm)) return null;
      // The span stops before the country: a proper name ("England") would read as a name and be skipped.
      return [k, j];
    }
  }
  return null;
}

/**
 * The words an origin question starts with ("where are you from", "what is your nationality", "how
 * long have you lived in the UK", "were you born here", "if she's really British", "are you from"):
 * questionAt finds none at any other word.
 */
const QUESTION_STARTS: ReadonlySet<string> = new Set(['where', "where's", 'what', "what's", 'which', 'is', 'tell', 'how', 'when', 'were', 'if', 'whether', 'are', 'do', 'does']);

/** Whom a question about staying is asked of: "whether she plans to stay". */
const STAYER = new Set(['she', 'he', 'they', 'you']);
/** Plans to stay, after the person: "plans to stay", "is planning to stay", "intends to stay". */
const STAY_PLANS: string[][] = ['plans to stay', 'plan to stay', 'is planning to stay', 'are planning to stay', 'intends to stay', 'intend to stay', 'means to stay', 'wants to stay', 'want to stay', 'will stay', 'would stay', 'is going to stay', 'are going to stay'].map((p) => p.split(' '));
/** Words that say the person came from abroad, in the question's sentence or the one before it. */
const FROM_ABROAD: string[][] = ['abroad', 'overseas', 'originally', 'back home', 'home country', 'visa', 'sponsorship', 'this country', 'the uk', 'international'].map((p) => p.split(' '));
/** Where a stay is in the country, not on a ward, team or shift: "stay in the UK", "stay for good", "stay here". */
const STAY_IN_COUNTRY: string[][] = ['in the uk', 'in this country', 'in britain', 'in england', 'in scotland', 'in wales', 'long term', 'long-term', 'for good', 'for the long term', 'permanently', 'here', 'on here'].map((p) => p.split(' '));
/** How far before the question the verb that reports it may be: "worth asking where she's from and whether she plans to stay". */
const STAY_REPORT_REACH = 10;

/**
 * "Worth asking where she's originally from and whether she plans to stay", "ask how long he intends
 * to stay": whether someone from abroad means to stay, asked of them alone. Not a plan asked of
 * anyone ("ask whether she plans to stay on the bank"), with no word of coming from abroad near it.
 */
function stayQuestion(doc: Doc, k: number, to: number): [number, number] | null {
  const { tokens } = doc;
  const w = tokens[k]!.norm;
  const who = w === 'whether' || w === 'if' ? k + 1 : w === 'how' && tokens[k + 1]?.norm === 'long' ? k + 2 : -1;
  if (who < 0 || who >= to || !STAYER.has(tokens[who]!.norm) || !isReported(doc, k, STAY_REPORT_REACH)) return null;
  const [at, len] = findPhrase(doc, who + 1, Math.min(to, who + 5), STAY_PLANS);
  if (at !== who + 1) return null;
  // "ask if they want to stay on nights" asks about a ward, team or shift: the stay must end its clause or be in the country.
  const after = at + len;
  if (after < doc.clauseEnd(tokens[at]!.clause) && findPhrase(doc, after, Math.min(to, after + 5), STAY_IN_COUNTRY)[0] !== after) return null;
  const sentence = tokens[k]!.sentence;
  const [from] = doc.sentenceRange(sentence > 0 ? sentence - 1 : sentence);
  return doc.hasPhrase(from, to, FROM_ABROAD) ? [k, at + len] : null;
}

/** The origin question that starts at token k, within its sentence (which ends at `to`), as a token span, or null. */
function questionAt(doc: Doc, k: number, to: number): [number, number] | null {
  const { tokens } = doc;
  const w = tokens[k]!.norm;
  if (w === 'where' || w === "where's") {
    // "where are you (really) from", "where were you born", "where is your family from", and of a
    // name said before: "that's an unusual name, where is it from?".
    let you = -1;
    for (let j = k + 1; j < to && j <= k + 5; j++) {
      if (YOU.has(tokens[j]!.norm) || FAMILY.has(tokens[j]!.norm) || (PRONOUNS_FOR_NAME.has(tokens[j]!.norm) && nameBefore(doc, k))) you = j;
      else if (CANDIDATES.has(tokens[j]!.norm) && isReported(doc, k, CANDIDATES_REACH)) you = j;
      // "ask where they're from" of candidates: people a note tells the reader to ask, where the note is about candidates
      // or what a candidate is judged on ("accent", "sponsorship"); not visitors or agency staff signed in at a desk.
      else if (THEY.has(tokens[j]!.norm) && isReported(doc, k) && aboutCandidates(doc, k)) you = j;
      if (TRAVEL.has(tokens[j]!.norm)) {
        you = -1;
        break;
      }
      if (you >= 0 && asksOrigin(doc, j)) return [k, withUp(doc, j, to)];
    }
    for (let j = Math.max(you, k + 1); you >= 0 && j < to && j <= you + 5; j++) {
      if (TRAVEL.has(tokens[j]!.norm)) break;
      if (asksOrigin(doc, j)) return [k, withUp(doc, j, to)];
    }
  }
  // "Is English your first language?" asks by its word order: "is" opens the clause ("English is not her first language" states).
  // "Where is your country of origin?" asks the same as "what is" (the "where" branch above wants a verb such as "from").
  if (w === 'what' || w === "what's" || w === 'which' || w === 'where' || w === "where's" || (w === 'is' && opensClause(doc, k)) || w === 'tell') {
    // "what is your nationality", "is English your first language", "tell us about your heritage".
    const [at, len] = findPhrase(doc, k + 1, Math.min(to, k + 8), ORIGIN_NOUNS);
    if (at >= 0 && tokens.slice(k + 1, at).some((t) => POSSESSIVE.has(t.norm))) return [k, at + len];
    // "What country are you from?", "Which country were you born in?", "What nationality are you?"
    if ((w === 'what' || w === 'which') && k + 1 < to && ORIGIN_KINDS.has(tokens[k + 1]!.norm)) {
      const end = Math.min(to, k + 7);
      let you = -1;
      for (let j = k + 2; j < end; j++) {
        if (NOT_ORIGIN.has(tokens[j]!.norm)) break;
        if (YOU.has(tokens[j]!.norm)) you = j;
        else if (you >= 0 && asksOrigin(doc, j)) return [k, growingUp(doc, j) ? j + 2 : j + 1];
      }
      if (you >= 0 && tokens[k + 1]!.norm !== 'country') return [k, you + 1];
    }
  }
  if (w === 'how' || w === 'when' || w === 'what' || w === "what's") {
    const span = settlingQuestion(doc, k, Math.min(to, k + SETTLING_WINDOW));
    if (span) return span;
    // "What's your background?" on its own asks about origin; "your background in nursing" does not.
    const your = w === "what's" ? k + 1 : w === 'what' && tokens[k + 1]?.norm === 'is' ? k + 2 : -1;
    if (your > 0 && POSSESSIVE.has(tokens[your]?.norm ?? '') && tokens[your + 1]?.norm === 'background' && your + 2 === to) return [k, your + 2];
    // "ask her what her background is".
    if (w === 'what' && POSSESSIVE.has(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.norm === 'background' && BE_END.has(tokens[k + 3]?.norm ?? '')) {
      const next = tokens[k + 4];
      if (k + 4 >= to || next!.clause !== tokens[k + 3]!.clause || next!.norm === 'and') return [k, k + 4];
    }
  }
  // "Were you born here?", "Were you born in the UK?"
  // Not "Were you born a woman?", which asks about sex (question-orientation's), nor "What year were
  // you born?" or "Were you born in 1975?", which ask when (question-age's).
  if (w === 'were' && tokens[k + 1]?.norm === 'you' && tokens[k + 2]?.norm === 'born' && !bornAs(doc, k + 3) && !askedWhen(doc, k)) return [k, k + 3];
  // Reported: "useful to know if he's actually from here", "check whether she's really British".
  if ((w === 'if' || w === 'whether') && THIRD_PERSON.has(tokens[k + 1]?.norm ?? '')) {
    // "if he's", "whether she is".
    const verb = BE_END.has(tokens[k + 2]?.norm ?? '') ? k + 3 : k + 2;
    const hedged = HEDGED_ORIGIN.has(tokens[verb]?.norm ?? '');
    const at = hedged ? verb + 1 : verb;
    const [state, len] = findPhrase(doc, at, Math.min(to, at + 5), ORIGIN_STATES);
    // Unhedged, "if she's from round here" may ask about a commute; "actually from here" asks about origin.
    if (state === at && (hedged || !LOCAL.has(tokens[at + 1]?.norm ?? ''))) return [k, at + len];
  }
  const stay = stayQuestion(doc, k, to);
  if (stay) return stay;
  if ((w === 'are' && tokens[k + 1]?.norm === 'you') || (w === 'is' && (tokens[k + 1]?.norm === 'she' || tokens[k + 1]?.norm === 'he'))) {
    const [at, len] = findPhrase(doc, k + 2, Math.min(to, k + 7), ORIGIN_STATES);
    if (at === k + 2) return [k, at + len];
  }
  // "Do you come from the UK?", "Does she come from abroad?": the same question with "come".
  if ((w === 'do' && tokens[k + 1]?.norm === 'you') || (w === 'does' && (tokens[k + 1]?.norm === 'she' || tokens[k + 1]?.norm === 'he'))) {
    const verb = tokens[k + 2]?.norm === 'originally' ? k + 3 : k + 2;
    if (tokens[verb]?.norm !== 'come') return null;
    const [at, len] = findPhrase(doc, verb + 1, Math.min(to, verb + 6), ORIGIN_STATES);
    if (at === verb + 1) return [k, at + len];
  }
  return null;
}

/** Words that refuse the question reported after them: "we never ask where people are from". */
const REFUSING = new Set(['never', 'not', "don't", "won't", "doesn't", "didn't", "shouldn't", "mustn't", 'cannot', "can't", 'nobody', 'no-one', 'avoid', 'avoided', 'avoiding', 'removed', 'dropped', 'omitted', 'omit']);
/** Verbs that refuse with "out" after them: "I've left out anything about where people are from". */
const REFUSING_OUT = new Set(['left', 'leave', 'leaving', 'taken', 'took', 'take', 'cut', 'kept', 'keep']);
/** How far before the question the refusal may be: "we would never dream of asking where". */
const REFUSAL_WINDOW = 5;
/** Words after a negation that make it a doubt, not a refusal: "not sure where she's from", "don't know where". */
const DOUBTING = new Set(['sure', 'certain', 'clear', 'know', 'knowing']);

/** Whether the question at token k is reported as one nobody asks (within its sentence, which starts at `from`). */
function refused(doc: Doc, k: number, from: number): boolean {
  for (let j = k - 1; j >= from && j >= k - REFUSAL_WINDOW; j--) {
    if (REFUSING.has(doc.tokens[j]!.norm) && !DOUBTING.has(doc.tokens[j + 1]?.norm ?? '')) return true;
    if (doc.tokens[j]!.norm === 'out' && REFUSING_OUT.has(doc.tokens[j - 1]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * Questions about where a person or their family comes from, in any wording ("Where are you from
 * originally?", "What's your nationality?", "Is English your first language?"). They invite race
 * discrimination; the right-to-work check is the same for everyone and asks none of them.
 */
export const originQuestions: SpanHandler = {
  kind: 'span',
  find({ doc }) {
    const hits: Hit[] = [];
    const starts = doc.tokensWith(QUESTION_STARTS);
    // A sentence may ask two: "what her background is and where her family is from". The next is
    // looked for after the words of the last (`next`).
    let next = 0;
    for (let i = 0; i < starts.length; i++) {
      const k = starts[i]!;
      if (k < next) continue;
      const [from, to] = doc.sentenceRange(doc.tokens[k]!.sentence);
      const span = questionAt(doc, k, to);
      if (!span) continue;
      if (!refused(doc, span[0], from)) hits.push({ start: doc.tokens[span[0]]!.start, end: doc.tokens[span[1] - 1]!.end });
      next = span[1];
    }
    return hits;
  },
};

/** Words after which "is" still opens a question: "and is English your first language?", "ask: is …". */
const BEFORE_QUESTION = new Set(['and', 'but', 'so', 'also', 'ask', 'asking', 'or']);

/** Whether token k opens its clause, or follows only a joining word: "Is English…", "and is English…". */
function opensClause(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  return k === doc.clauseStart(tokens[k]!.clause) || BEFORE_QUESTION.has(tokens[k - 1]?.norm ?? '');
}

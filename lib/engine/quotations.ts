import { WRITER_SUBJECTS } from './lexicon';
import { GAP, SHAPE, type Token } from './tokenize';

/** A quotation mark found between words. `tokenIndex` is the index of the next token. */
export interface QuoteMark {
  at: number;
  code: number;
  sentence: number;
  tokenIndex: number;
}

/** A quotation longer than this (in characters) is not a quotation but a stray mark. */
export const MAX_QUOTATION = 200;

const STRAIGHT_DOUBLE = 34;
const OPEN_DOUBLE = 0x201c;
const CLOSE_DOUBLE = 0x201d;
const OPEN_SINGLE = 0x2018;
const CLOSE_SINGLE = 0x2019;
const STRAIGHT_SINGLE = 39;

const isLetterAt = (text: string, i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text.charAt(i));
/** Punctuation a quotation may end with inside its closing mark: "…in his development.'". */
const CLOSING_PUNCTUATION = /[.,!?]/;

/** Verbs that put wording into a document: "can we put", "let's add", "I'd include", "can we say", "word it as". */
const PROPOSING = new Set(['put', 'add', 'include', 'write', 'use', 'insert', 'say', 'word', 'phrase', 'drop', 'state', 'stick', 'mention']);
/** Words before such a verb that advise against the wording: "please don't put", "we can't say", "rather than say". */
const NOT = new Set(["don't", 'not', 'never', "didn't", "won't", "wouldn't", 'without', "can't", 'cannot', "couldn't", "shouldn't", "mustn't", 'avoid', 'stop', 'than', 'instead']);
/** Words before "it says" that make it the aim of a wording asked for: "so that it says", "so it says". */
const SO_THAT = new Set(['so', 'that']);
/** What the wording is put into: "in the person spec", "to the advert". */
const INTO = new Set(['in', 'into', 'to', 'on', 'under']);
/** A person specification's own columns are where its wording goes too: 'add "…" under Essential'. */
const DOCUMENTS = new Set(['spec', 'specification', 'advert', 'ad', 'advertisement', 'jd', 'description', 'listing', 'essential', 'essentials', 'desirable', 'criteria']);
/** The same in the plural, which names the documents to be written only before the verb ("the adverts should say"): after it, "in job adverts" is where such wording was seen. */
const DOCUMENTS_TO_WRITE = new Set([...DOCUMENTS, 'specs', 'specifications', 'adverts', 'ads', 'advertisements', 'jds', 'descriptions', 'listings']);
/** How far before the quotation its verb may be, and after it the document: "put it in the person spec". */
const PROPOSAL_REACH = 3;
/**
 * Words of a request that make the verb the writer's proposal when no document is named after it:
 * "can we say", "can you put", "let's put", "please add", "maybe word it as", "I'd like to say", "I want to add" (or one
 * named before: "for the spec, put").
 */
const REQUEST = new Set(['we', 'you', "let's", 'lets', 'please', 'maybe', 'perhaps']);
/** Verbs of wishing that make the wording the writer's own only after the writer: "I'd like to add", "we want to put". */
const WISHING = new Set(['like', 'want']);
/** What may stand between the writer (lexicon's WRITER_SUBJECTS) and WISHING: "I would like to", "I really want to". */
const BETWEEN_WRITER = new Set(['would', 'also', 'really', 'just', 'do', 'did']);

/** Whether the wish at token j is the writer's: "I'd like to", not "managers want to" or "would you like to". */
function writersWish(tokens: Token[], j: number): boolean {
  let k = j - 1;
  while (k >= 0 && k >= j - 3 && BETWEEN_WRITER.has(tokens[k]!.norm)) k--;
  return k >= 0 && WRITER_SUBJECTS.has(tokens[k]!.norm) && tokens[k]!.sentence === tokens[j]!.sentence;
}

/** Whether the sentence after the quotation's answers the request with a refusal: "Would you like to add "…"? No, as that is unlawful." */
function refusedNext(tokens: Token[], close: number): boolean {
  const sentence = tokens[close - 1]!.sentence;
  let k = close;
  while (k < tokens.length && tokens[k]!.sentence === sentence) k++;
  return tokens[k]?.norm === 'no' && tokens[k]!.sentence === sentence + 1;
}
/** Words that join an instruction to the one before it without changing its mood: "Also put", "And then add". */
const LINKING = new Set(['also', 'and', 'then', 'plus', 'just', 'oh', 'ok', 'okay', 'finally', 'lastly', 'next']);
/** How far before the verb its request may start: "can we re-advertise and say". */
const REQUEST_REACH = 5;
/** Words that join a second wording to the first: "word it as "settled" or "established"". */
const ALTERNATIVE = new Set(['or', 'and']);
/** Words after a proposed quotation that close the request: "can we say "…" instead?". */
const CLOSING = new Set(['instead', 'too', 'please', 'then']);
/** Words after a proposed quotation that give the request's reason, which ends its wording: 'I'd like to say "…" because of the consent conversations'. */
const REASON = new Set(['because', 'as', 'since']);
/** How many words after the quotation may be the alternative it is joined to. */
const ALTERNATIVE_REACH = 4;

/**
 * Whether the quotation of tokens [open, close) is wording proposed for the advert ("can we put
 * "must be fit and healthy" in the person spec?", "Can we say "local applicants preferred"?"): it
 * is the writer's own demand, read as the text is, not a phrase quoted to advise against ("don't
 * call it "Practice Sister" in the advert"). With no document named, the verb is a request ("can
 * we", "let's", "please", or an instruction opening the sentence: "Put "...".") and the quotation
 * ends its sentence, alone or with an alternative, so wording discussed on the way ("can we add
 * "young" before we meet?") stays quoted.
 */
function isProposed(tokens: Token[], open: number, close: number): boolean {
  if (askedToRead(tokens, open) || changedTo(tokens, open)) return true;
  let verb = -1;
  for (let j = open - 1; j >= 0 && j >= open - PROPOSAL_REACH; j--) if (PROPOSING.has(tokens[j]!.norm)) verb = j;
  // "word the advert so that it says "…"": what the document is to say, asked for.
  if (verb < 0 && tokens[open - 1]?.norm === 'says' && tokens[open - 2]?.norm === 'it' && SO_THAT.has(tokens[open - 3]?.norm ?? '')) verb = open - 1;
  if (verb < 0 || (verb > 0 && (NOT.has(tokens[verb - 1]!.norm) || NOT.has(tokens[verb - 2]?.norm ?? '')))) return false;
  // "Managers often want to add "…"": another's wish reported; "Would you like to add "…"? No, …": a request refused.
  if (tokens[verb - 1]?.norm === 'to' && WISHING.has(tokens[verb - 2]?.norm ?? '') && !writersWish(tokens, verb - 2) && tokens[verb - 3]?.norm !== 'you') return false;
  if (refusedNext(tokens, close)) return false;
  // "we used to put "..." in our adverts": what was written once, not wording asked for now.
  if (tokens[verb - 1]?.norm === 'to' && tokens[verb - 2]?.norm === 'used') return false;
  for (let j = close; j < tokens.length && j < close + PROPOSAL_REACH; j++) {
    if (!INTO.has(tokens[j]!.norm)) continue;
    for (let d = j + 1; d < tokens.length && d <= j + PROPOSAL_REACH; d++) if (DOCUMENTS.has(tokens[d]!.norm)) return true;
  }
  // "drop" proposes as "drop in "…"" or into a named document; alone it removes ("we should drop "…"").
  if (tokens[verb]!.norm === 'drop' && tokens[verb + 1]?.norm !== 'in') return false;
  const sentence = tokens[verb]!.sentence;
  // "…"instead?", "…" too: a word that only closes the request; "…" – we had…": a dash, colon, semicolon or bracket
  // after it (GAP.BREAK) ends its clause.
  const last = CLOSING.has(tokens[close]?.norm ?? '') && tokens[close]!.sentence === sentence ? close + 1 : close;
  const after = tokens[last];
  const ends =
    after === undefined ||
    after.sentence !== sentence ||
    (after.gap & GAP.BREAK) !== 0 ||
    REASON.has(after.norm) ||
    (last === close && ALTERNATIVE.has(after.norm) && (tokens[close + ALTERNATIVE_REACH]?.sentence ?? -1) !== sentence);
  if (!ends) return false;
  if (verb === 0 || tokens[verb - 1]!.sentence !== sentence) return true;
  // "Also put "..."", "And then add "..."": an instruction still opens its sentence after words that join it to the last.
  let first = verb;
  while (first > 0 && tokens[first - 1]!.sentence === sentence && LINKING.has(tokens[first - 1]!.norm)) first--;
  if (first === 0 || tokens[first - 1]!.sentence !== sentence) return true;
  for (let j = verb - 1; j >= 0 && j >= verb - REQUEST_REACH && tokens[j]!.sentence === sentence; j--) {
    if (NOT.has(tokens[j]!.norm)) return false;
    // A document just before the verb is what it says, reported ("some adverts say "…""); one further
    // back is what it is to say ("the adverts should say "…"", "for the spec, put "…"").
    if (REQUEST.has(tokens[j]!.norm) || (WISHING.has(tokens[j]!.norm) && writersWish(tokens, j)) || (DOCUMENTS_TO_WRITE.has(tokens[j]!.norm) && (j < verb - 1 || (tokens[verb]!.gap & GAP.COMMA) !== 0))) return true;
  }
  return false;
}

/** Modals that ask for what a document should say: "could it read", "should it say". */
const ASKING_MODALS = new Set(['could', 'can', 'should', 'would', 'might']);
/** Whether the quotation at `open` is what the writer asks the document to read: 'could it read "…"?', 'should it say "…"'. */
const askedToRead = (tokens: Token[], open: number) =>
  (tokens[open - 1]?.norm === 'read' || tokens[open - 1]?.norm === 'say') && tokens[open - 2]?.norm === 'it' && ASKING_MODALS.has(tokens[open - 3]?.norm ?? '') && !NOT.has(tokens[open - 4]?.norm ?? '');

/** Verbs that put one wording in place of another: 'change "the fellow" to "he"', 'replace "staff" with "girls"', 'swap "…" for "…"'. */
const CHANGING = new Set(['change', 'changing', 'replace', 'replacing', 'swap', 'switch', 'amend', 'reword', 'edit']);
/**
 * Whether the quotation at `open` is the new wording of a change the writer asks for ('change "the fellow" to "he"'):
 * "to" or "with" before it, after a quoted old wording that a verb of changing opens, not negated.
 */
function changedTo(tokens: Token[], open: number): boolean {
  const link = tokens[open - 1]?.norm;
  if ((link !== 'to' && link !== 'with' && link !== 'for') || !tokens[open - 2]?.quoted) return false;
  let j = open - 2;
  while (j > 0 && tokens[j - 1]!.quoted && open - j < MAX_OLD_WORDS) j--;
  const verb = tokens[j - 1];
  // "swap "…" for "…"": only a swap takes "for".
  return verb !== undefined && CHANGING.has(verb.norm) && (link !== 'for' || verb.norm === 'swap' || verb.norm === 'switch') && verb.sentence === tokens[open]?.sentence && !NOT.has(tokens[j - 2]?.norm ?? '') && !NOT.has(tokens[j - 3]?.norm ?? '');
}
/** How many words the old wording of a change may have. */
const MAX_OLD_WORDS = 8;

/** Nouns after a quotation that make it the writer's own description of a kind: "a "received pronunciation" kind of voice". */
const KIND = new Set(['kind', 'sort', 'type']);

/** Whether the quotation ending before token `close` describes a kind of thing in the writer's own voice ("a "posh" sort of voice"). */
const describesKind = (tokens: Token[], close: number) => KIND.has(tokens[close]?.norm ?? '') && tokens[close + 1]?.norm === 'of' && tokens[close]!.sentence === tokens[close - 1]!.sentence;
/** A candidate, as the subject of what they would have to do: "he'd need to", "she'll have to". */
const WOULD = new Set(["he'd", "she'd", "they'd", "he'll", "she'll", "they'll"]);
const MUST = new Set(['need', 'needs', 'have', 'has']);
/** Whether the quotation opening at token `open` is what the writer says a candidate would have to do ("he'd need to "lose the lilt""). */
const demandedOfCandidate = (tokens: Token[], open: number) =>
  open >= 3 && tokens[open - 1]!.norm === 'to' && MUST.has(tokens[open - 2]!.norm) && WOULD.has(tokens[open - 3]!.norm);

/** A candidate and a modal before a quotation that says what they would be: 'as she would "fit in with the girls"'. */
const CANDIDATE_SUBJECTS = new Set(['she', 'he', 'they']);
const WOULD_BE = new Set(['would', 'will', 'could', 'might']);
/** Whether the quotation at `open` is the writer's claim of what a candidate would be or do ('she would "fit in"', "he'd "blend in""). */
const claimedOfCandidate = (tokens: Token[], open: number) =>
  WOULD.has(tokens[open - 1]?.norm ?? '') || (WOULD_BE.has(tokens[open - 1]?.norm ?? '') && CANDIDATE_SUBJECTS.has(tokens[open - 2]?.norm ?? ''));

/** Words of a request for a person, just before the quotation that describes whom: 'the ward have asked for "a young girl"'. */
const ASKED_FOR = new Set(['for', 'requested', 'request', 'want', 'wants', 'wanted', 'prefer', 'prefers', 'preferred']);
/** A document or its part that "asked for" wording, reported: "the advert asked for "…"". */
const ASKING_DOCUMENTS = new Set([...DOCUMENTS_TO_WRITE, 'line', 'question', 'form', 'post', 'job', 'role']);
/** Whether the quotation at `open` describes the person someone asked for: 'asked for "…"', 'they requested "…"', 'we want "…"'. */
function askedFor(tokens: Token[], open: number): boolean {
  const before = tokens[open - 1];
  if (!before || !ASKED_FOR.has(before.norm) || before.sentence !== tokens[open]?.sentence) return false;
  // "have asked for", not a document's question ("the line asking for "…"", "the advert asked for "…"").
  if (before.norm === 'for' && (tokens[open - 2]?.norm !== 'asked' || ASKING_DOCUMENTS.has(tokens[open - 3]?.norm ?? ''))) return false;
  // "Please don't say we want "…"", "I'd never write that we want "…"": advice against the request, anywhere in its sentence before it.
  for (let j = open - 2; j >= 0 && j >= open - REQUEST_NEGATION_REACH && tokens[j]!.sentence === before.sentence; j--) if (NOT.has(tokens[j]!.norm)) return false;
  return true;
}
/** How far before a request's quotation a word advising against it may be. */
const REQUEST_NEGATION_REACH = 12;

/** Words that say what a person wanted is, just before a quotation: "someone who's "one of us"". */
const WHO_IS = new Set(["who's", 'whos']);
const COPULA = new Set(['is', 'was', "'d", 'would', 'will']);
/**
 * Whether the quotation opening at token `open` is the writer's own word for the person they want, in
 * scare quotes after "who's" or "who is" ("someone who's "one of us"", "a nurse who is "low
 * maintenance""), not a phrase quoted to discuss it.
 */
function describesWanted(tokens: Token[], open: number): boolean {
  const before = tokens[open - 1];
  if (!before) return false;
  if (WHO_IS.has(before.norm)) return true;
  const who = before.norm === 'be' ? tokens[open - 3] : tokens[open - 2];
  return (COPULA.has(before.norm) || (before.norm === 'be' && COPULA.has(tokens[open - 2]?.norm ?? ''))) && who?.norm === 'who' && who.sentence === before.sentence;
}

/**
 * Whether the quotation is a question standing as a numbered line of its own ("4. "Where are you
 * originally from?""): a script's or a question bank's own question to ask, not one quoted to discuss
 * ("put this to her:" over an unnumbered line). Questions listed under a warning ("Questions to
 * avoid:") are read by avoid-label.ts.
 */
function asksAsLine(text: string, tokens: Token[], open: QuoteMark, close: QuoteMark): boolean {
  const first = tokens[open.tokenIndex];
  if (!first || text.charAt(close.at - 1) !== '?') return false;
  let j = open.tokenIndex - 1;
  for (; j >= 0 && tokens[j]!.line === first.line; j--) if (!isNumber(tokens[j]!.norm)) return false;
  // Its number: the only token before it on its line.
  if (j !== open.tokenIndex - 2) return false;
  const next = tokens[close.tokenIndex];
  if (next !== undefined && next.line === first.line) return false;
  return !leadInWarns(tokens, j - 1);
}

/**
 * Words of a label that name a part of a script or an interview guide: "Icebreaker:", "Closing line:", "Opening question:".
 * A numbered item's label need not ("3. Who we want:"); a label of neither kind ("Red flags:", "Patient:", "Mrs Jones:",
 * "Staff survey:") gives others' words or wording discussed.
 */
const SCRIPT_PARTS = new Set([
  'question', 'questions', 'line', 'lines', 'icebreaker', 'opener', 'opening', 'greeting', 'prompt', 'prompts', 'closing', 'close',
  'intro', 'introduction', 'pitch', 'script', 'strapline', 'tagline', 'slogan', 'headline', 'hook', 'message', 'ask', 'say', 'q',
]);
/** How many words a line's label may have: "Icebreaker:", "3. Who we want:", "Closing question:". */
const LABEL_WORDS = 4;
/** Courtesy titles, by which a chat's speaker is someone outside the team (a patient, a caller), not a colleague. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);
/** How many words a chat's speaker label may have: "Bev:", "Raj Patel:". */
const SPEAKER_WORDS = 2;

/**
 * Whether the label [from, colon] names a colleague speaking in a chat the writer copies ('Bev: "…"' and 'Raj: "…"',
 * each opening more than one line): their messages are read as notes are. A label used once ("Note:", "Mrs Jones:")
 * or a courtesy title is someone else's words. `speakers` keeps the answer per label for the text.
 */
function chatSpeaker(text: string, tokens: Token[], from: number, colon: number, speakers: Map<string, boolean>): boolean {
  if (colon - from + 1 > SPEAKER_WORDS || COURTESY.has(tokens[from]!.norm)) return false;
  for (let j = from; j <= colon; j++) if (!(tokens[j]!.shape & SHAPE.CAP)) return false;
  const label = `${text.slice(tokens[from]!.start, tokens[colon]!.end)}:`;
  let known = speakers.get(label);
  if (known === undefined) {
    let lines = 0;
    for (let at = text.indexOf(label); at >= 0 && lines < 2; at = text.indexOf(label, at + label.length)) if (at === 0 || text.charAt(at - 1) === '\n') lines++;
    known = lines >= 2;
    speakers.set(label, known);
  }
  return known;
}

/** Imperatives by which a script gives its own question or line: 'Ask visitors who are interested "Have you…?"'. */
const SCRIPT_VERBS = new Set(['ask', 'say', 'tell']);
/** How far after such a verb its quotation may open. */
const SCRIPT_REACH = 6;

/**
 * Whether the quotation is a script's or an interview guide's own line: after a short label ending in a colon that
 * opens its line ("Icebreaker: "Where is your family from?"", "3. Who we want: "…""), or after "Ask" or "Say" opening
 * the clause after such a label ('Health: Ask visitors "Have you…?"'). A label that warns or gives an example ("Avoid:",
 * "Example:") keeps it quoted, as a quotation in a sentence does.
 */
function scriptLine(text: string, tokens: Token[], open: QuoteMark, close: QuoteMark, speakers: Map<string, boolean>): boolean {
  const first = tokens[open.tokenIndex];
  if (!first || close.tokenIndex <= open.tokenIndex) return false;
  let start = open.tokenIndex - 1;
  while (start > 0 && tokens[start - 1]!.line === first.line) start--;
  if (start < 0 || start >= open.tokenIndex || tokens[start]!.line !== first.line) return false;
  const from = isNumber(tokens[start]!.norm) ? start + 1 : start;
  // The label: words up to a colon, then the quotation or an imperative that gives it.
  let colon = -1;
  for (let j = from; j < open.tokenIndex && j - from < LABEL_WORDS; j++) {
    // "Line 4:" quotes a line of the draft; "Opening line:" gives the script's own.
    if (LABEL_WARNS.has(tokens[j]!.norm) || REPORTING.has(tokens[j]!.norm) || ((tokens[j]!.norm === 'line' || tokens[j]!.norm === 'lines') && isNumber(tokens[j + 1]?.norm ?? ''))) return false;
    if (text.slice(tokens[j]!.end, j + 1 === open.tokenIndex ? open.at : tokens[j + 1]!.start).trim() === ':') {
      colon = j;
      break;
    }
  }
  if (colon < 0) return false;
  if (colon === open.tokenIndex - 1) {
    if (from > start) return true;
    for (let j = from; j <= colon; j++) if (SCRIPT_PARTS.has(tokens[j]!.norm)) return true;
    return chatSpeaker(text, tokens, from, colon, speakers);
  }
  const verb = tokens[colon + 1]!;
  return SCRIPT_VERBS.has(verb.norm) && open.tokenIndex - colon - 1 <= SCRIPT_REACH && text.charAt(close.at - 1) === '?' && !tokens.slice(colon + 2, open.tokenIndex).some((t) => NOT.has(t.norm));
}

/** Verbs in the present tense that give a quotation to its speaker, as a newsletter or a profile does: "…," says Sister Coyle. */
const SPEAKS = new Set(['says', 'adds', 'explains', 'agrees', 'continues', 'enthuses', 'jokes', 'laughs', 'smiles']);
/** Words that open no speaker's name after "says": a document or an unnamed one ("says the complaint", "says one nurse"). */
const NO_SPEAKER = new Set(['the', 'a', 'an', 'one', 'our', 'this', 'that', 'it', 'its', 'their', 'his', 'her', 'which']);
/** Words by which a quotation speaks of its speaker: a story told of oneself ("I joined as a young mum") repeats no demand. */
const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'myself']);

/** Whether the token at j names a speaker: a capitalised word, or a role before one ("says receptionist Amy"). */
function namesSpeaker(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || NO_SPEAKER.has(t.norm)) return false;
  return (t.shape & SHAPE.CAP) !== 0 || ((tokens[j + 1]?.shape ?? 0) & SHAPE.CAP) !== 0;
}

/**
 * Whether the quotation is a named colleague's words published as theirs ("…," says Charge Nurse Patel; the matron
 * agrees: "…"), which the publication repeats rather than discusses: its wording is read. A document's words, an
 * unnamed speaker's and a story told of oneself stay quoted, and so does the past tense ("she said "young team"").
 */
function spokenAs(tokens: Token[], open: number, close: number): boolean {
  for (let k = open; k < close; k++) if (FIRST_PERSON.has(tokens[k]!.norm)) return false;
  const after = tokens[close];
  if (after !== undefined && SPEAKS.has(after.norm) && after.sentence === tokens[close - 1]?.sentence) return namesSpeaker(tokens, close + 1);
  const before = tokens[open - 1];
  if (before === undefined || !SPEAKS.has(before.norm) || before.sentence !== tokens[open]?.sentence) return false;
  // A document "says" the wording it holds ("your draft says "…""): only a person named before it speaks.
  const speaker = tokens[open - 2];
  return before.norm !== 'says' || (speaker !== undefined && (speaker.shape & SHAPE.CAP) !== 0 && !NO_SPEAKER.has(speaker.norm));
}

/** Words of a heading that offer the quoted lines under it as wording to use: "Suggested pitches", "Draft slogans". */
const OFFERED = new Set([
  'suggested', 'proposed', 'draft', 'pitch', 'pitches', 'slogan', 'slogans', 'tagline', 'taglines', 'strapline', 'straplines',
  'soundbite', 'soundbites', 'wording',
]);
/**
 * Words of such a heading that warn against its lines ("Lines to avoid", "Wording we no longer use"), or give them as
 * others' words, reported ("Suggested quotes from the staff survey", "Feedback from patients").
 */
const HEADING_WARNS = new Set([...NOT, 'dont', 'stopped', 'banned', 'longer', 'old', 'previous', 'feedback', 'survey', 'said', 'comments', 'quotes', 'testimonials', 'messages']);
/**
 * Words of a line's label that give its quotation as wording to avoid, an example of it or others' words (the heading
 * words that warn, and more): "Avoid:", "Example:", "Old wording:", "Top comment – Sue:", "Patient:", "Line 4:", "Out:".
 */
const LABEL_WARNS = new Set([
  ...HEADING_WARNS, 'example', 'examples', 'eg', 'before', 'wrong', 'bad', 'poor', 'original', 'current', 'biased', 'problem', 'problematic',
  'issue', 'unlawful', 'illegal', 'asked', 'quote', 'complaint', 'comment', 'reply', 'replies', 'review', 'reviews', 'patient', 'patients',
  'caller', 'candidate', 'applicant', 'relative', 'visitor', 'flag', 'flags', 'outdated', 'steer', 'removed', 'remove', 'delete', 'deleted',
  'out', 'cut', 'changed', 'change', 'replaced', 'replace', 'was', 'draft',
]);
/** How many lines above a quoted line its heading may be, over the list's other lines. */
const HEADING_REACH = 6;
/** How many words a heading may have. */
const HEADING_WORDS = 8;
/** A blank line between two lines, which ends a paragraph (and a heading's list): "\n\n", "\r\n\r\n", "\n  \n". */
const BLANK_LINE = /\n[ \t\r]*\n/;

/** Whether only spaces, a bullet or a dash stand between the line's edge and offset `at`, going back (dir -1) or on (dir 1). */
function aloneOnLine(text: string, at: number, dir: 1 | -1): boolean {
  for (let i = at; i >= 0 && i < text.length; i += dir) {
    const c = text.charAt(i);
    if (c === '\n') return true;
    if (!/[\s\-–•*.!?,]/u.test(c)) return false;
  }
  return true;
}

/** Whether the line whose last word ends at offset `end` closes with a quotation mark, after its last punctuation. */
function closesWithQuote(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"' || c === '”' || c === '’' || c === "'") return true;
    if (c === '\n' || !/[\s.!?,;:]/u.test(c)) return false;
  }
  return false;
}

/**
 * Whether the quotation fills its own line under a heading that offers such lines as wording to use ("Suggested pitches
 * (from the comms team draft)" over "\"We want fresh young faces!\""): the lines are the document's proposals, read as
 * they are, not wording quoted to discuss. A heading that warns ("Lines to avoid") keeps them quoted.
 */
function offeredUnderHeading(text: string, tokens: Token[], open: QuoteMark, close: QuoteMark): boolean {
  if (!aloneOnLine(text, open.at - 1, -1) || !aloneOnLine(text, close.at + 1, 1)) return false;
  let j = open.tokenIndex - 1;
  for (let lines = 0; j >= 0 && lines < HEADING_REACH; lines++) {
    const line = tokens[j]!.line;
    let start = j;
    while (start > 0 && tokens[start - 1]!.line === line) start--;
    // Another line of the same list, quoted or not: its heading is further up, in the same paragraph.
    if (tokens[j]!.quoted || closesWithQuote(text, tokens[j]!.end) || j - start + 1 > HEADING_WORDS) {
      if (start === 0 || BLANK_LINE.test(text.slice(tokens[start - 1]!.end, tokens[start]!.start))) return false;
      j = start - 1;
      continue;
    }
    let offers = false;
    for (let i = start; i <= j; i++) {
      if (HEADING_WARNS.has(tokens[i]!.norm)) return false;
      if (OFFERED.has(tokens[i]!.norm)) offers = true;
    }
    return offers;
  }
  return false;
}

/** How many numbered lines back the lead-in of a numbered question may be. */
const LEAD_IN_REACH = 30;

/**
 * Whether the line leading into a numbered list ending at token `end` reports or warns against what
 * the list quotes: "The interviewer asked:", "The following is unlawful and must never be asked:".
 */
function leadInWarns(tokens: Token[], end: number): boolean {
  for (let lines = 0; end >= 0 && lines < LEAD_IN_REACH; lines++) {
    let start = end;
    while (start > 0 && tokens[start - 1]!.line === tokens[end]!.line) start--;
    // Another numbered item of the same list: its lead-in is further up.
    if (isNumber(tokens[start]!.norm)) {
      end = start - 1;
      continue;
    }
    for (let i = start; i <= end; i++) if (REPORTING.has(tokens[i]!.norm) || WARNING.has(tokens[i]!.norm)) return true;
    return false;
  }
  return false;
}

/** Verbs by which a list's lead-in reports its questions as said: "She asked:". */
const REPORTING = new Set(['asked', 'asks', 'said', 'says', 'told', 'wrote', 'replied', 'commented', 'added', 'put']);
/** Words by which a list's lead-in warns against its questions or complains of them: "must never be asked". */
const WARNING = new Set(['never', 'not', "don't", "mustn't", "shouldn't", 'avoid', 'unlawful', 'illegal', 'inappropriate', 'discriminatory', 'complaint', 'complained']);
const isNumber = (word: string) => word.length > 0 && word.length <= 3 && [...word].every((c) => c >= '0' && c <= '9');

/**
 * Marks the tokens inside quotations as quoted. A quotation needs its opening and closing marks in
 * the same sentence, at most MAX_QUOTATION characters apart; an unmatched mark quotes nothing, so
 * one stray quote can never switch the checks off for the rest of a paragraph. `possessives`: the
 * tokens, in order, that end in a plural possessive's apostrophe. Returns the quotations proposed as
 * the advert's wording (isProposed), as flat [from, to) token pairs, which stay unquoted.
 */
export function markQuotations(text: string, tokens: Token[], found: QuoteMark[], possessives: readonly number[]): number[] {
  // A plural possessive (nurses') that ends a single-quoted stretch also closes it: its apostrophe
  // joins the marks, in order of offset.
  const marks: QuoteMark[] = [];
  let f = 0;
  for (const k of possessives) {
    const t = tokens[k]!;
    while (f < found.length && found[f]!.at < t.end) marks.push(found[f++]!);
    marks.push({ at: t.end - 1, code: text.charCodeAt(t.end - 1), sentence: t.sentence, tokenIndex: k + 1 });
  }
  while (f < found.length) marks.push(found[f++]!);

  const proposed: number[] = [];
  // Chat speakers' labels already counted, by label.
  const speakers = new Map<string, boolean>();
  // The sentence of the last quotation spoken as someone's, so that a quotation filling the next sentence continues it.
  let spoken = -2;
  let sentence = -1;
  let double: QuoteMark | null = null;
  let single: QuoteMark | null = null;
  const quote = (open: QuoteMark, close: QuoteMark) => {
    if (close.at - open.at > MAX_QUOTATION) return;
    // The writer's own description or demand stays unquoted, but is no wording for the advert.
    if (
      describesKind(tokens, close.tokenIndex) ||
      demandedOfCandidate(tokens, open.tokenIndex) ||
      describesWanted(tokens, open.tokenIndex) ||
      claimedOfCandidate(tokens, open.tokenIndex) ||
      askedFor(tokens, open.tokenIndex) ||
      asksAsLine(text, tokens, open, close) ||
      scriptLine(text, tokens, open, close, speakers)
    )
      return;
    const first = tokens[open.tokenIndex];
    const continues = first !== undefined && first.sentence === spoken + 1 && tokens[open.tokenIndex - 1]?.sentence !== first.sentence;
    if (continues || spokenAs(tokens, open.tokenIndex, close.tokenIndex)) {
      spoken = first?.sentence ?? spoken;
      return;
    }
    if (isProposed(tokens, open.tokenIndex, close.tokenIndex) || offeredUnderHeading(text, tokens, open, close)) {
      proposed.push(open.tokenIndex, close.tokenIndex);
      return;
    }
    for (let k = open.tokenIndex; k < close.tokenIndex; k++) tokens[k]!.quoted = true;
  };
  for (const mark of marks) {
    if (mark.sentence !== sentence) {
      sentence = mark.sentence;
      double = null;
      single = null;
    }
    switch (mark.code) {
      case STRAIGHT_DOUBLE:
        if (double) {
          quote(double, mark);
          double = null;
        } else double = mark;
        break;
      case OPEN_DOUBLE:
        double = mark;
        break;
      case CLOSE_DOUBLE:
        if (double) quote(double, mark);
        double = null;
        break;
      case OPEN_SINGLE:
        single = mark;
        break;
      case CLOSE_SINGLE:
      case STRAIGHT_SINGLE:
        // Closes an open single quote after a word, or after the quotation's own full stop or comma
        // ("…support him in his development.' It should…"); opens one before a word.
        if (single && (isLetterAt(text, mark.at - 1) || (CLOSING_PUNCTUATION.test(text.charAt(mark.at - 1)) && !isLetterAt(text, mark.at + 1)))) {
          quote(single, mark);
          single = null;
        } else if (!isLetterAt(text, mark.at - 1) && isLetterAt(text, mark.at + 1)) single = mark;
        break;
    }
  }
  return proposed;
}

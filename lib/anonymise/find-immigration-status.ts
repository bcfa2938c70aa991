import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { othersAfterWriter } from './others-after-writer';
import type { Span } from './span';
import { wrapsParagraph } from './unwrap-prose';

const TERMS =
  /\b(?:Tier\s*[1-5](?:\s*\((?:General|Skilled Worker|Health and Care)\))?|Skilled\s+Worker(?:\s+visa)?|Health\s+and\s+Care\s+(?:Worker\s+)?[Vv]isa|visas?|Visa(?=[ \t]+(?:valid|expires?|expiring|expiry|until|[Hh]older)\b)|(?:Work|Student|Spouse|Dependant|Family|Graduate|Ancestry)\s+Visa|visa\s+sponsorship|WINDRUSH(?:\s+SCHEME)?|Windrush\s+[Ss]cheme|sponsorship|sponsoring|Certificate\s+of\s+Sponsorship|CoS|ILR|[Ii]ndefinite\s+[Ll]eave(?:\s+to\s+(?:[Rr]emain|[Ee]nter))?|[Ll]eave\s+to\s+(?:[Rr]emain|[Rr]esettle|[Ss]ettle)|BN\(O\)(?:\s+(?:[Vv]isa|[Rr]oute|[Ss]tatus|[Pp]assport))?|British\s+National\s+\(Overseas\)|(?:[Pp]re-)?[Ss]ettled\s+[Ss]tatus|EU\s+Settlement\s+Scheme|EUSS|BRP|B\.R\.P\.?|[Bb]iometric\s+[Rr]esidence\s+(?:[Pp]ermit|[Cc]ard)|[Rr]esidence\s+(?:[Pp]ermit|[Cc]ard)|[Ww]ork\s+[Pp]ermit|right\s+to\s+work(?![\s-]+(?:checks?|documents?|documentation|verification|audits?|compliance|process(?:es)?|training))|right\s+to\s+live\s+and\s+work|(?:was|were|am|are|is|been|living|lived|staying|stayed)\s+in\s+(?:the|this)\s+country\s+(?:il)?legally|(?:granted\s+(?:the\s+)?)?right\s+to\s+remain(?!\s+silent)|right\s+of\s+abode|eligible\s+to\s+work\s+in\s+the\s+UK|permission\s+to\s+work|share\s+code|[Rr]efugee\s+[Ss]tatus|as\s+an?\s+refugee|as\s+an?\s+asylum[\s-]+seeker|(?:grew\s+up|born|raised|lived|living)\s+in\s+a\s+refugee\s+camp|(?:claim(?:ed|ing)?|sought|seek(?:ing)?|appl(?:y|ied|ying)\s+for)\s+asylum|granted\s+(?:asylum|settlement)|asylum\s+(?:claim|application|status)|[Nn]aturali[sz](?:ed|ation|ing)|British\s+citizenship\s+application|immigration\s+status|Graduate\s+Route|dependant\s+visa|spouse\s+visa|Ancestry\s+visa|family\s+reunion|resettled\s+(?:under|through|via)|[Rr]esettlement\s+[Ss]cheme|(?:visa\s+)?sponsored\s+by\s+(?:my|our)\s+(?:current\s+|previous\s+|new\s+)?(?:trust|employer|practice|hospital|health\s+board)|as\s+(?:my|his|her|their|a)\s+dependants?|ARAP|Afghan\s+Relocations\s+and\s+Assistance\s+Policy|Homes\s+for\s+Ukraine|Ukraine\s+(?:Family|Sponsorship|Extension)\s+Scheme|Ukraine\s+Permission\s+Extension|humanitarian\s+protection|discretionary\s+leave|[Pp]ermanent\s+[Rr]esiden(?:ce|cy|ts?)|undocumented\s+(?:immigrant|migrant)(?!s|\s+(?:health|clinics?|services?|projects?|support|teams?|charity|centres?|networks?|outreach|drop-in))|undocumented\s+status|deport(?:ation(?:\s+orders?)?|ed)|(?:my|our)\s+(?:family['’]s\s+)?immigration(?!\s+(?:lawyer|solicitor|advice|work|team|law|cases?|services?|clinic))|(?:I|[Ww]e)\s+(?:was|were|am|are)\s+undocumented)\b/g;
/** Terms that say the status even as a field's label: a BRP, ILR or settled status is held only by someone with that status. */
const TELLING_LABEL = /^(?:BRP|B\.R\.P\.?|ILR|EUSS|[Bb]iometric|[Ii]ndefinite|(?:[Pp]re-)?[Ss]ettled|refugee|BN\(O\)|British\s+National|Tier|Skilled|Health\s+and\s+Care|share\s+code)/i;
/** Terms that only mean immigration with a visa or legal context in the same sentence ("sponsored by my trust" in a visa's sentence, not a conference's). */
const WEAK = /^(?:sponsorship|sponsoring|CoS|Tier\s*[1-5]|(?:visa\s+)?sponsored\s[^\n]*)$/i;
const WEAK_CONTEXT = /\b(?:visa|Home Office|require|required|requires|need|needs|needed|needing|without|not|work)\b/i;
/** Work on other people's status after a term: "(sponsorship) administration", "paperwork", "compliance". */
const WORK_AFTER = /^(?:[ \t]+(?:sponsorship|application))?[ \t]+(?:administration|admin|paperwork|compliance|licen[cs]e|queries|processing|holders|applicants|applications|checks|renewals|cases|caseload)\b/;
/** When a status ends, after it: "expires 11/2026", "(valid until 09/2026)", ", valid to 2028", ",\nvalid until March 2027". */
const EXPIRY_AFTER =
  /^,?[ \t]*(?:\n[ \t]*)?\(?(?:expires?|expiring|expiry|valid(?:[ \t]+(?:until|till|to))?|until)[ \t:]*(?:on[ \t]+)?(?:(?:\d{1,2}[/.-])?\d{1,2}[/.-]\d{2,4}|(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+)?(?:19|20)\d\d\b)\)?/i;
const SENTENCE_END = /[.!?](?=\s|$)|\n|[|•]/g;
/** Terms that name a step of a story, not a status held: only the words go ("the first years of [our immigration] were hard"). */
const STORY_TERM = /^(?:deport|my\s|our\s)/i;

/**
 * Coming to the UK: "came to the UK", "moving to Britain", "arrived in this country", "my parents
 * brought me to Britain", "came over from Kerala" (over to here), "moved here" (not a nation of it:
 * "moved to Scotland" may be from Leeds; arriving in one is coming from abroad: "when I first arrived in England").
 */
const ARRIVAL =
  /\b(?:(?:[Cc]ame|[Cc]ome|[Cc]oming|[Mm]oved|[Mm]oving|[Aa]rrived|[Aa]rriving|[Mm]igrated|[Ee]migrated|[Ii]mmigrat(?:e|ed|ing)|[Rr]elocated|[Rr]elocating|[Bb]rought[ \t\n]+(?:me|us))[ \t\n]+(?:over[ \t\n]+)?(?:(?:to|in)[ \t\n]+(?:the[ \t\n]+)?(?:UK|United[ \t\n]+Kingdom|Britain|Great[ \t\n]+Britain|this[ \t\n]+country)|here)|(?:[Cc]ame|[Cc]oming|[Mm]oved)[ \t\n]+over(?=[ \t\n]+from[ \t\n]+\p{Lu})|[Aa]rriv(?:ed|ing)[ \t\n]+in[ \t\n]+(?:England|Scotland|Wales|Northern[ \t\n]+Ireland))\b/gu;
/**
 * Migrating anywhere: "emigrated to Canada", "my family decided to migrate to the United States" or "the U.S", "immigrated
 * to Toronto". Unlike a move, the verb itself says the writer crossed a border, wherever to.
 */
const MIGRATION = /\b(?:[Ee]migrat(?:e|ed|ing)|[Ii]mmigrat(?:e|ed|ing)|[Mm]igrat(?:e|ed|ing))[ \t\n]+to[ \t\n]+(?:the[ \t\n]+)?\p{Lu}[\p{L}'’-]*(?:(?:\.\p{Lu})+\.?)?(?:[ \t]+\p{Lu}[\p{L}'’-]*)?/gu;
/** Coming to a town: "came to Bradford", "moved to Luton" says no status alone; only a status or visa after it tells how ("as refugees"). */
const ARRIVAL_TOWN = /\b(?:[Cc]ame|[Cc]ome|[Cc]oming|[Mm]oved|[Mm]oving|[Aa]rrived|[Aa]rriving)[ \t\n]+(?:over[ \t\n]+)?(?:to|in)[ \t\n]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?/gu;
/**
 * How long the writer has been in the UK, which tells that they came from abroad: "I have [lived in the
 * UK since 2009]", "I've [been in Britain for nine years]" (not "worked in the UK for twelve years", experience,
 * nor "been here since 2015", which may be this practice, nor "lived in Scotland since 2001", which may
 * be a move from Leeds).
 */
const TIME_HERE =
  /\bI(?:['’]ve|[ \t]+have)[ \t]+(?:(?:now|also)[ \t]+)?((?:been|lived|resided)[ \t]+in[ \t]+(?:the[ \t]+)?(?:UK|United[ \t]+Kingdom|Britain|Great[ \t]+Britain|this[ \t]+country)[ \t]+(?:for[ \t]+(?:(?:over|nearly|almost|about|around|more[ \t]+than)[ \t]+)?(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)[ \t]+(?:years|months)|since[ \t]+(?:(?:early|late|mid-?)[ \t]*)?(?:19|20)\d\d))\b/g;
/** What may follow an arrival, each `[pattern, telling]`: a year and company say nothing alone; an age, being alone, a status or a visa tell how the writer came. */
const ARRIVAL_PARTS: [RegExp, boolean][] = [
  [/^[ \t\n]+in[ \t\n]+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t\n]+)?(?:19|20)\d\d\b|^[ \t\n]+in[ \t\n]+the[ \t\n]+(?:(?:19|20)?\d0s|fifties|sixties|seventies|eighties|nineties)\b/, false],
  // "came to the UK from Huế": where from goes with the arrival (the origin's own span is weaker).
  // "came over from Manila in the Philippines", "as a refugee from Ghazni, Afghanistan": the country the town is in goes with it
  // (after a comma, any capitalised word but the writer's "I"); "from her native Sudan" too.
  [/^[ \t\n]+from[ \t\n]+(?:the[ \t\n]+|(?:her|his|their|my|our)[ \t\n]+native[ \t\n]+)?\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2}(?:[ \t]+in[ \t]+the[ \t]+\p{Lu}[\p{L}\p{M}'’-]*|,[ \t]+(?!I[ \t'’])\p{Lu}[\p{L}\p{M}'’-]+)?/u, false],
  [/^[ \t\n]+with[ \t\n]+(?:my|our)[ \t\n]+(?:family|parents|mother|father|mum|dad|brothers?|sisters?|siblings)\b/, false],
  [/^[ \t\n]+(?:aged|at|at[ \t\n]+the[ \t\n]+age[ \t\n]+of)[ \t\n]+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b|^[ \t\n]+when[ \t\n]+I[ \t\n]+was[ \t\n]+(?:\d{1,2}|a[ \t\n]+(?:child|teenager|baby|toddler)|[a-z]+(?:-[a-z]+)?)\b|^[ \t\n]+as[ \t\n]+an?[ \t\n]+(?:child|teenager|baby|toddler|teen)\b/, true],
  [/^,?[ \t\n]+(?:as[ \t\n]+an?[ \t\n]+)?(?:alone|unaccompanied(?:[ \t\n]+(?:minors?|child|children))?)\b/, true],
  [/^[ \t\n]+as[ \t\n]+(?:an?[ \t\n]+)?(?:refugees?|asylum[ \t\n-]+seekers?|economic[ \t\n]+migrants?)\b/, true],
  [/^[ \t\n]+on[ \t\n]+an?[ \t\n]+(?:Tier[ \t]*[1-5]|Skilled[ \t\n]+Worker|student|work|spouse|family|dependant|Health[ \t\n]+and[ \t\n]+Care(?:[ \t\n]+Worker)?|BN\(O\)|Ancestry|Graduate)[ \t\n]+visa\b/, true],
  // "as a student" tells a visa only for the UK: "I moved to Leeds as a student" is a move to university.
  [/^[ \t\n]+as[ \t\n]+an?[ \t\n]+(?:international[ \t\n]+|overseas[ \t\n]+)?student\b/, true],
  // How someone came, which tells a status as a visa does: "in the back of a lorry", "illegally".
  [/^[ \t\n]+(?:in[ \t\n]+the[ \t\n]+back[ \t\n]+of[ \t\n]+an?[ \t\n]+(?:lorry|truck|van)|illegally|irregularly)\b/, true],
];

/** People the writer serves or manages, standing between the writer and a status term: its status is theirs. */
const SERVED = /\b(?:patients?|people|families|clients|residents|communities|service[ \t]+users|staff|colleagues|nurses|doctors|recruits|refugees|asylum[ \t]+seekers|migrants|applicants|students|detainees|prisoners|survivors)\b/i;


/** A count or a place's possessive before "permanent residents": a care home's, not a status held. */
const RESIDENTS_COUNTED = /(?:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|all|both|most|many|some|the|our|its)|['’]s?)[ \t]+$/i;

/** Someone else between the writer and the arrival: "families who arrived in the UK", "patients who came to Britain". */
const OTHERS_ARRIVE = /\b(?:who|whose|patients?|people|families|clients|residents|communities|those|children|users|staff|colleagues|nurses|doctors|recruits|they|he|she)\b/i;
const WRITER_SUBJECT = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b/g;

/**
 * Whether the writer (or their family) is who arrived: "I came to the UK", "my parents moved to
 * Britain", or an arrival opening a line or a field ("Came to the UK from Huế in 2009.").
 */
function writersArrival(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  // A line break ends the clause unless it only wraps a sentence, after a small letter or a comma ("from Masvingo,\nZimbabwe and came").
  let lineEnd = before.lastIndexOf('\n');
  while (lineEnd > 0 && /[\p{Ll},]/u.test(before[lineEnd - 1]!)) lineEnd = before.lastIndexOf('\n', lineEnd - 1);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf(';'), lineEnd) + 1);
  if (/^[ \t]*$/.test(clause)) return true;
  let last = -1;
  for (const w of matchAll(clause, WRITER_SUBJECT)) last = w.index + w[0].length;
  return last >= 0 && !OTHERS_ARRIVE.test(clause.slice(last));
}

/** "Before moving to the UK, I…": a time clause opening the sentence, the writer its subject just after. */
function timedByWriter(text: string, at: number, end: number): boolean {
  return /(?:^|[.!?\n][ \t]*)(?:Before|After|Since|Until|On|Upon)[ \t]+$/.test(text.slice(Math.max(0, at - 12), at)) && /^,?[ \t]+I\b/.test(text.slice(end, end + 6));
}

/**
 * The writer's arrival in the UK goes with its when and where from ("I [IMMIGRATION STATUS]" for
 * "came to the UK from Huế in 2009"): it tells that they came from abroad, which the panel does not
 * need. A move to a town or "here" may be within the UK and stays, unless it tells how the writer
 * came. An arrival in the UK with what tells how the writer came ("[came to the UK aged 9 with my family
 * as asylum seekers]", "[arrived unaccompanied at 16]" is found by its age; "moving to the UK in 2017
 * on a Tier 2 visa") goes whoever came.
 */
function arrivals(text: string): Span[] {
  const spans: Span[] = [];
  // Migration verbs all hold "igrat": the pattern runs only where one stands.
  const migrated = text.includes('igrat') ? [...matchAll(text, MIGRATION)] : [];
  const migrations = new Set(migrated.map((m) => m.index));
  for (const m of [...matchAll(text, ARRIVAL), ...matchAll(text, ARRIVAL_TOWN), ...migrated]) {
    const town = !migrations.has(m.index) && !/(?:UK|Kingdom|Britain|country|here|over)$|^[Aa]rriv.*(?:England|Scotland|Wales|Ireland)$/.test(m[0]);
    let end = m.index + m[0].length;
    let telling = false;
    let aged = false;
    let status = false;
    for (let taken = true; taken; ) {
      taken = false;
      for (const [part, tells] of ARRIVAL_PARTS) {
        const found = part.exec(text.slice(end, end + 60));
        if (!found) continue;
        end += found[0].length;
        // To a town, only a status or a visa tells how the writer came ("moved to Leeds at 9" is a move).
        telling ||= tells && (!town || part === ARRIVAL_PARTS[5]![0] || part === ARRIVAL_PARTS[6]![0]);
        aged ||= part === ARRIVAL_PARTS[3]![0];
        status ||= part === ARRIVAL_PARTS[5]![0] || part === ARRIVAL_PARTS[6]![0];
        taken = true;
      }
    }
    // "I moved here at 11" may be a move within the UK: with its age it dates the writer, and says no status;
    // The writer's family "arrived here as refugees", "came here on a student visa": a status wherever "here" is.
    if (m[0].endsWith('here') && !(status && writersArrival(text, m.index))) {
      if (aged) spans.push(makeSpan('age', m.index, end, { divisible: true }));
    } else if (telling || (!town && (writersArrival(text, m.index) || timedByWriter(text, m.index, end)))) spans.push(makeSpan('immigration-status', m.index, end, { divisible: true }));
  }
  return spans;
}

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && (!/[.!?\n|•]/.test(text[s - 1] ?? '') || (text[s - 1] === '\n' && wrapsParagraph(text, s - 1)))) s--;
  SENTENCE_END.lastIndex = end;
  let m = SENTENCE_END.exec(text);
  while (m && m[0] === '\n' && wrapsParagraph(text, m.index)) m = SENTENCE_END.exec(text);
  const e = m ? m.index : text.length;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  return [s, e];
}

/** What the panel weighs, not status: a qualification or training ("completed my MSc in 2019"). */
const QUALIFICATION_WORDS =
  'MSc|BSc|MA|BA|PhD|MBBS|MD|degree|diploma|qualified|qualification|graduated|trained|training|registered|registration|certificate|course|apprenticeship|NVQ|PGCert|PGDip';
const QUALIFICATION = new RegExp(`\\b(?:${QUALIFICATION_WORDS})\\b`);
/**
 * Clauses of a sentence: split at commas, semicolons, a column's gap before a capital, a bullet or a figure, not a bracket (a tab or three
 * blanks: two columns merged line by line hold two texts; a wrapped line's indent goes on in small letters), "but", "so", "while", "although", before a
 * time clause of the arrival ("I have worked as a Band 5 OT | since arriving in the UK on a … visa": the work is the panel's), before a new
 * "I", and at "and" before a verb in the past that leads to a qualification ("…visa in 2017 and
 * completed my MSc in 2019").
 */
const CLAUSE_BREAK = new RegExp(
  `[,;]\\s+|(?<![ \\t])(?=\\t|   )[ \\t]+(?=[^a-z\\s(])|(?<!\\s)\\s+(?:but|so|while|whereas|although|though)\\s+|(?<!\\s)\\s+(?=(?:since|after|before|when|until|on)\\s+(?:arriving|moving|coming|relocating)\\s)|(?<!\\s|\\band)\\s+(?=I\\s)|(?<!\\s)\\s+and\\s+(?=[a-z]{2,}ed\\s)(?=[^,;.]{0,70}\\b(?:${QUALIFICATION_WORDS})\\b)`,
  'g',
);
/** Words of a status, a route or an arrival, which keep a clause before "and I" with the status after it ("I moved to Portsmouth from Gdańsk in 2014 and I am…"). */
const STATUS_WORD =
  /\b(?:permission|leave|visa|stay|settled|settlement|status|sponsor\w*|citizen\w*|passport|asylum|refugee|scheme|route|naturali[sz]\w*|Home[ \t]+Office|moved|came|arrived|arriving|relocated|emigrated|migrated|immigrated|fled)\b/i;
/** "…visa sponsored by my trust and I am looking for a Band 6 post": a new clause after the last status term. */
const AND_I = /(?<!\s)\s+and\s+(?=I\s)/g;

/** The clauses of text[s, e) that contain a status term, from the first such clause to the last. */
function clausesWithTerms(text: string, s: number, e: number): [number, number] | null {
  const sentence = text.slice(s, e);
  const bounds: [number, number][] = [];
  let cursor = 0;
  for (const m of matchAll(sentence, CLAUSE_BREAK)) {
    bounds.push([cursor, m.index]);
    cursor = m.index + m[0].length;
  }
  bounds.push([cursor, sentence.length]);
  let first = -1;
  let last = -1;
  let lastTerm = -1;
  let firstTerm = -1;
  for (const [cs, ce] of bounds) {
    const clause = sentence.slice(cs, ce);
    const hits = [...matchAll(clause, TERMS)].filter((t) => !WEAK.test(t[0].replace(/\s+/g, ' ')) || WEAK_CONTEXT.test(sentence));
    // A qualification between two status clauses stays: only the clauses up to it are the status.
    if (!hits.length && first >= 0 && QUALIFICATION.test(clause)) break;
    if (!hits.length) continue;
    if (first < 0) {
      first = cs;
      firstTerm = cs + hits[0]!.index;
    }
    last = ce;
    lastTerm = cs + hits.at(-1)!.index + hits.at(-1)![0].length;
  }
  if (first < 0) return null;
  // So is what goes before the first term's "and I" ("I have run the dispensary for six years and I am a British citizen with no
  // restrictions…"), when it holds no word of a status that the terms missed ("permission to stay under … and I have the right to work").
  AND_I.lastIndex = first;
  for (let before = AND_I.exec(sentence); before && before.index < firstTerm; before = AND_I.exec(sentence)) {
    if (!STATUS_WORD.test(sentence.slice(first, before.index))) first = before.index + before[0].length;
  }
  // What follows the last term after "and I" is a clause of its own ("…and I am looking for a Band 6 post").
  AND_I.lastIndex = lastTerm;
  const andI = AND_I.exec(sentence);
  if (andI && andI.index < last) last = andI.index;
  // "and I have settled status": a leading conjunction stays outside the span.
  const lead = /^(?:and|but|so|also|then)\s+/i.exec(sentence.slice(first))?.[0].length ?? 0;
  return [s + first + lead, s + last];
}

/** A field's label characters (`\w` of ASCII, blanks, brackets, slashes, hyphens). */
const isLabelChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 32 || code === 40 || code === 41 || code === 47 || code === 45;

/** Whether a colon follows within 30 label characters of `at` ("Visa status: …"): /^[\w ()/-]{0,30}:/ read in code, not tried at each term. */
function namesField(text: string, at: number): boolean {
  for (let i = at; i <= at + 30 && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 58) return true;
    if (!isLabelChar(code)) return false;
  }
  return false;
}

/** The first letter WORK_AFTER can find after the blanks at `end` (each of its words opens with one): the pattern only where it can match. */
const WORK_AFTER_FIRST = new Set('sapclqhr');
function mayBeWorkAfter(text: string, end: number): boolean {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i > end && WORK_AFTER_FIRST.has(text[i] ?? '');
}

/** The first character EXPIRY_AFTER can find after a comma and the blanks at `end`: a bracket, or the first letter of one of its words. */
const EXPIRY_FIRST = new Set('(eEvVuU');
function mayBeExpiry(text: string, end: number): boolean {
  let i = end;
  if (text[i] === ',') i++;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n') i++;
  return EXPIRY_FIRST.has(text[i] ?? '');
}

/** A question put to the reader, opening its line or sentence, shortly before a term: "Do you have the …", "Are you eligible …". */
const ASKED_BEFORE = /(?:^|[\n.?!:][ \t]*)(?:do|does|are|have|will|would|is)[ \t]+you[ \t]+(?:\p{Ll}+[ \t]+){0,3}$/iu;
/** The question's mark closing the clause after the term. */
const QUESTION_END = /^[^.!?\n]{0,36}\?/;

/**
 * Immigration status and right-to-work statements. The clauses of a sentence that state status go
 * whole ("I hold indefinite leave to remain and do not need sponsorship"), up to 40 words; the
 * rest of the sentence stays ("I came to Leeds in 2012, and [IMMIGRATION STATUS]."). Longer
 * clauses lose only the term. "Sponsorship" counts only near "visa", "require", "work"….
 * Each sentence is read once, however many terms it holds.
 */
export function findImmigrationStatus(text: string): Span[] {
  const spans: Span[] = [];
  let sentence: { s: number; e: number; colons: number[]; clauses: [number, number] | null; words: number; weakContext: boolean } | null = null;
  for (const m of matchAll(text, TERMS)) {
    const end = m.index + m[0].length;
    // The term names a field ("Visa status: …"): the labelled value is redacted instead. A term that
    // tells the status itself ("BRP: valid to 2027", "Settled status: yes") goes with its value.
    if (namesField(text, m.index) && !TELLING_LABEL.test(m[0])) continue;
    // "visa sponsorship administration for our overseas nurses": HR work on others' status, like right-to-work checks.
    if (mayBeWorkAfter(text, end) && WORK_AFTER.test(text.slice(end, end + 40))) continue;
    // "I helped patients apply to the EU Settlement Scheme": the people the writer served, not the writer
    // (who are in the 80 characters before, which hold the clause, wherever they are in the clause).
    if (SERVED.test(text.slice(Math.max(0, m.index - 80), m.index)) && othersAfterWriter(text, m.index, WRITER_SUBJECT, SERVED)) continue;
    // "Do you have the right to work in the UK?": a form's question to every applicant; the answer after it tells.
    if (ASKED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) && QUESTION_END.test(text.slice(end, end + 40))) continue;
    // "30 permanent residents", "the home's permanent residents": residents counted or a place's are people cared for.
    if (m[0].endsWith('sidents') && RESIDENTS_COUNTED.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (!sentence || m.index >= sentence.e) {
      const [s, e] = sentenceAround(text, m.index, end);
      const colons: number[] = [];
      for (let c = text.indexOf(': ', s); c >= 0 && c < m.index; c = text.indexOf(': ', c + 1)) colons.push(c);
      sentence = { s, e, colons, clauses: null, words: 0, weakContext: false };
    }
    // After a label ("Right to work: …"), the sentence starts at the value.
    let colon = -1;
    while (sentence.colons.length && sentence.colons[0]! < m.index) colon = sentence.colons.shift()!;
    if (colon >= 0 && colon + 2 > sentence.s) {
      sentence.s = colon + 2;
      sentence.clauses = null;
    }
    const { s, e } = sentence;
    if (!sentence.clauses) {
      sentence.weakContext = WEAK_CONTEXT.test(text.slice(s, e));
      sentence.clauses = clausesWithTerms(text, s, e) ?? [m.index, end];
      sentence.words = text.slice(sentence.clauses[0], sentence.clauses[1]).split(/\s+/).length;
    }
    if (WEAK.test(m[0]) && !sentence.weakContext) continue;
    const [cs, ce] = sentence.clauses;
    const until = mayBeExpiry(text, end) ? (EXPIRY_AFTER.exec(text.slice(end, end + 40))?.[0].length ?? 0) : 0;
    const whole = sentence.words <= 40 && cs <= m.index && end <= ce && !STORY_TERM.test(m[0]);
    // "a Skilled Worker visa sponsored by my trust, valid until 2027": the clause's end may be where its when starts.
    const clauseUntil = whole && mayBeExpiry(text, ce) ? (EXPIRY_AFTER.exec(text.slice(ce, ce + 40))?.[0].length ?? 0) : 0;
    if (whole) spans.push(makeSpan('immigration-status', cs, Math.max(ce + clauseUntil, end + until), { divisible: true }));
    // "BRP expires 11/2026", "Visa valid until 09/2026": when the status ends goes with it.
    else spans.push(makeSpan('immigration-status', m.index, end + until));
  }
  for (const m of matchAll(text, TIME_HERE)) spans.push(makeSpan('immigration-status', m.index + m[0].length - m[1]!.length, m.index + m[0].length, { divisible: true }));
  return spans.map((span) => withoutShareNote(text, span)).concat(arrivals(text));
}

/** Whether a stretch names a status term of its own (TERMS, read without its global flag). */
const STATUS_TERM = new RegExp(TERMS.source);
const holdsStatus = (stretch: string) => STATUS_TERM.test(stretch.replace(/share[ \t]+code/gi, ''));

/** A note that the status can be checked, closing a span: "share code", "share code available on request". */
const SHARE_NOTE = /share[ \t]+code(?:[ \t]+available)?(?:[ \t]+on[ \t]+request)?$/i;

/**
 * "EU Settled Status (share code available on request)", "Health and Care Worker visa – share code": after the status, the
 * note that an employer may check it tells nothing more, so it stays; the status goes. A share code alone is the status.
 */
function withoutShareNote(text: string, span: Span): Span {
  // The note's bracket may close the span: "… (share code available on request)".
  const whole = text.slice(span.start, span.end);
  const value = whole.endsWith(')') ? whole.slice(0, -1) : whole;
  const note = SHARE_NOTE.exec(value.slice(-40));
  if (!note) return span;
  const before = value.slice(0, value.length - note[0].length).trimEnd().replace(/[(,;–—-]$/, '').trimEnd();
  return holdsStatus(before) ? { ...span, end: span.start + before.length } : span;
}

import { phraseList } from './alternation';
import { isAsciiLetter, isSpaceAt } from './chars';
import concepts from './data/disclosure-concepts.json';
import religionData from './data/religion-terms.json';
import { wordBefore } from './detail-edges';
import { lineStart } from './line-start';
import { makeSpan } from './make-span';
import { matchAll, matchPhrases } from './match-all';
import { holdsAny, needing } from './needed-words';
import { othersAfterWriter } from './others-after-writer';
import { REDACTION_KINDS } from './redaction-type';
import { sentenceBounds } from './sentence-bounds';
import type { Span } from './span';
import { spansBefore } from './spans-before';
import { leadingLength, trailingLength, trimChars } from './trim-chars';

const CAPITALISED = phraseList(religionData.capitalised, "(?<![\\p{L}'’-])", '(?![\\p{L}-])', 'gu');
/** A faith's people in the plural, whose singular the list also holds: "Catholics", "Hindus", "Jehovah's Witnesses" (not "Jesus"). */
const FAITH_PEOPLE = new Set(
  religionData.capitalised.filter((word) => /s$/.test(word) && /(?:^| )\p{Lu}\S*$/u.test(word) && [1, 2].some((cut) => religionData.capitalised.includes(word.slice(0, -cut)))),
);
const ANY_CASE = phraseList(religionData.anyCase, "(?<![\\p{L}'’-])", '(?![\\p{L}-])', 'giu');
/** "Church Road", "Temple Street": a place, not a faith. */
const STREET_AFTER = /^\s+(?:Road|Rd|Street|St|Lane|Avenue|Close|Drive|Way|Hill|Green|View|Walk|Row|Fields|Gate|Place|Terrace|Surgery|Practice|Medical\s+(?:Centre|Practice)|Health\s+Centre)\b/;
/** A faith's observance told after it: " but not strict", ", though not practising", " (non-practising)", " but not very religious". */
const OBSERVANCE_AFTER =
  /^(?:,?[ \t]+(?:but|though|although)[ \t]+not[ \t]+(?:very[ \t]+|that[ \t]+|especially[ \t]+)?|[ \t]*\((?=non-?|not[ \t]|lapsed|practising|practicing|observant|devout|strict))(?:non-?|not[ \t]+)?(?:strictly[ \t]+observant|strict|practising|practicing|observant|devout|religious|lapsed)\b\)?/;
/** Words that can be part of a faith organisation's name besides capitalised ones. */
const ORG_WORDS = new Set(['St', 'St.', 'Saint', 'of', 'the', 'and', '&', 'Our', 'Lady', 'de', 'la']);
/** The rest of a capitalised word: letters, apostrophes and hyphens. */
const NAME_REST = /^[\p{L}'’-]*$/u;
const NON_ASCII_CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;
/** Capitalised words that can be part of a faith organisation's name, read in code: the same as /^(?:St\.?|Saint|[A-Z][\p{L}'’-]*|of|the|and|&|Our|Lady|de|la)$/u. */
function isOrgWord(word: string): boolean {
  if (ORG_WORDS.has(word)) return true;
  const first = word.charCodeAt(0);
  // A capital outside ASCII: "Église Évangélique".
  if (first >= 128) return NON_ASCII_CAPITALISED.test(word);
  if (!(first >= 65 && first <= 90)) return false;
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return NAME_REST.test(word.slice(i));
    if (!isAsciiLetter(code) && code !== 39 && code !== 45) return false;
  }
  return true;
}
const NOT_ORG_WORD = new Set(
  'I A An The My Our At In On As For With By Volunteer Volunteered Volunteering Member Trustee Secretary Treasurer Chair Leader Organiser Organizer Helper Coordinator Co-ordinator Since From To Local During After Before Every Each This That Last Next When While Over Through Throughout Until Outside Inside Within Without Both All Many Some Most Also Then Each Celebrating Attending Attend Regular Weekly Monthly Annual'.split(
    ' ',
  ),
);
const JOINING = new Set(['of', 'the', 'and', '&']);

const PLACE_AFTER = /^\s+(?:Hospital|Surgery|Practice|Medical|Health|Clinic|Infirmary|Primary|School|Academy|University|Institute|Polytechnic|Library|Station|Road|Street|Lane|Avenue)\b/;
/**
 * The same, grown into the name: "Chapel Allerton Hospital"; an employer or a charity named for a church is where someone worked
 * ("Unitarian Care Home", "Lutheran World Federation", "Mennonite Central Committee"), not their faith; a university, college or institute is where someone studied ("International Islamic University", "Our Lady of Fatima University"), the education option's to redact. */
const PLACE_LAST = /\s(?:Hospital|Surgery|Practice|Clinic|Infirmary|School|Academy|University|College|Institute|Polytechnic|Library|Station|Road|Street|Lane|Avenue|Homes?|Hospice|Trust|Foundation|Federation|Committee)$/;
/**
 * A seat of learning or a workplace inside the name grown from a faith's word: "Our Lady of Lourdes College of Nursing", "Chapel
 * Allerton Medical Centre", and the US hospitals named for a church ("Methodist Stone Oak Emergency Room", "Baptist Health System").
 */
const SEATS_OF_LEARNING = [
  ' University', ' College', ' Institute', ' Polytechnic', ' Medical Centre', ' Medical Center', ' Medical Practice', ' Hospital', ' Surgery', ' Emergency Room', ' Emergency Department', ' Health System', ' Healthcare',
];
/** A place of worship, whose street or town says which congregation. */
const WORSHIP_PLACE = /\b(?:[Cc]hurch|[Cc]ongregation|[Mm]osque|[Gg]urdwara|[Ss]ynagogue|[Tt]emple|[Mm]andir|[Cc]hapel|[Vv]ihara|[Pp]agoda|[Mm]asjid|[Cc]entre|[Hh]ouse|[Hh]all|[Mm]ission|[Ff]ellowship|[Aa]ssembly|[Tt]abernacle|[Mm]inster|[Cc]athedral|[Pp]arish|[Kk]ovil|[Dd]erasar|Sabha)$/;
/** A place of worship named on after its word ("New Testament Church of God", "Zimbabwe Methodist Church UK") or a saint's church ("St Mary's"). */
const WORSHIP_NAMED = /\b(?:[Cc]hurch|[Cc]hapel|[Tt]emple|[Mm]osque|[Mm]asjid|[Gg]urdwara|[Aa]ssembly|[Tt]abernacle|[Cc]athedral)[ \t]+(?:of[ \t]+\p{Lu}[\p{L}'’]*(?:[ \t]+\p{Lu}[\p{L}'’]*)?|UK|International)$|^(?:St\.?|Saint)[ \t]+\p{Lu}[\p{L}'’]*['’]s$/u;
/** WORSHIP_NAMED only on a span holding a word it ends with or starting as a saint does (it is tried at every start of the grown span). */
const NAMED_ENDS = ['of', 'UK', 'International'];
const worshipNamed = (span: string) => (span.startsWith('S') || holdsAny(span, NAMED_ENDS)) && WORSHIP_NAMED.test(span);
/** ", Luton" closing a line or cell after a place of worship, or before a bracket: its town says which congregation ("RCCG Jesus Centre, Luton", "Capel Bethel, Rhiwbina (deacon)"). */
const TOWN_AFTER = /^,[ \t]*(\p{Lu}[\p{L}'’-]+)(?:[ \t]+\p{Lu}[\p{L}'’-]+)?(?:[ \t]+(?:circuit|diocese|deanery))?(?=[ \t]*(?:$|[\n·|•;(]|[.,](?:\s|$)))/u;
/** "temple on Catherine Street", "mosque in Leeds": one or two blanks between the words, as a column's gap parts two cells ("temple in       Fire Marshal"). */
const WHERE = /^(?:[ \t]+|[ \t]*\n[ \t]*)(?:on|in) {1,2}(\p{Lu}[\p{L}'’-]+)(?: {1,2}(?:Street|Road|Lane|Avenue|\p{Lu}[\p{L}'’-]+))?/u;
const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Advent|Lent)$/;
/** Words of dress, found in any case, that start no organisation's name. */
const DRESS = /^(?:hijabs?|tudung|niqab|burqa|jilbab|abaya|kippah|yarmulke|patka|turbans?|headscarf|tichel|sheitel|kirpan|dastaa?r)$/i;
/** A noun of belonging after a faith: what it is to the writer or who they belong to ("Christian faith", "Muslim family", "Sikh upbringing"). */
const BELONGING =
  /^[ \t]+(?:faith|beliefs?|upbringing|background|family|household|home|values|tradition|heritage|roots|identity)(?![\p{L}-]|[ \t]+(?:centres?|centers?|services?|support|groups?|networks?|hubs?|charity|trust|rooms?|care|liaison|law|court))/u;
/** A saint's church just after a faith's act or office: "at St Nicholas", "at St Cuthbert's". */
const SAINT_AT = /^[ \t]+at[ \t]+(?:the[ \t]+)?(?:St\.?|Saint)[ \t]+\p{Lu}[\p{L}'’]*/u;
/** How devout: "practising Muslim", "devout Catholic". */
const DEVOUT = new Set(['practising', 'practicing', 'devout', 'observant', 'committed', 'born-again']);
/** A group or role at a place of worship, and the saint's church it is at. */
const ACTIVITY =
  /^(?:['’]s)?(?:\s+(?:choir|festivals?|celebrations?|group|club|class|classes|team|fellowship|centre|center|committee|council|warden|school|youth|homework|volunteers?|member|members|community|association|society|events?|services?|prayers|leader|elders?|deacons?|deaconess|stewards?|organist|preacher|treasurer|secretary|trustee|servers?|reader|movement|camps?|charity|outreach|ministry|retreat|circuit|network|reps?|representative)\b){1,2}(?:\s+(?:at|in)\s+(?:the\s+)?St\.?\s+\p{Lu}[\p{L}'’]*)?/u;

/** What the writer does at a place of worship, said before it: "choir at", "youth team at", "Sunday school at". */
const FAITH_ACTIVITY = "(?:choir|worship\\s+team|youth\\s+(?:(?:group|team|club)(?:\\s+leader)?|work|worker|leader)|Sunday\\s+school|[Bb]ible\\s+study|prayer\\s+group|bell[- ]?ringers?|bell[- ]?ringing|altar\\s+servers?|flower\\s+rota|(?:women['’]s|men['’]s|youth)\\s+fellowship|(?:Sunday\\s+)?meditation\\s+class(?:es)?)";
/** An office, membership or activity before a place of worship: "deacon at", "an elder of the", "member of the local … chapel", "choir and youth team at". */
const OFFICE_BEFORE = new RegExp(
  `\\b(?:elder|deacon|deaconess|steward|usher|churchwarden|warden|organist|(?:lay|local)\\s+preacher|lay\\s+reader|trustee|treasurer|(?:(?:[Aa]ctive|[Rr]egular|[Ll]ifelong|[Ff]ounding|[Pp]ractising|[Pp]racticing|[Dd]evout|[Oo]bservant)\\s+)?member|(?<![\\p{L}\\p{N},;:][ \\t]*)Member|${FAITH_ACTIVITY}(?:\\s+(?:and|&)\\s+${FAITH_ACTIVITY})?)(?:\\s+(?:at|of|in|for)\\s+|,[ \\t]+)((?:[\\p{Ll}'’-]+\\s+){0,3})$`,
  'u',
);
/** Every office is followed by one of these ("Member, Methodist Church": a CV's line puts a comma there). */
const PREPOSITIONS = ['at', 'of', 'in', 'for', 'with', ','];
const FAITH_OFFICE = new RegExp(`^(?:elder|deacon|deaconess|usher|churchwarden|lay|local\\s+preacher|${FAITH_ACTIVITY})\\b`);
/** Words of a role listed before a faith organisation in a CV's line: "Deaconess and choir leader, RCCG Jesus Centre". */
const ROLE_WORDS = new Set(
  'choir leader member secretary treasurer trustee volunteer youth worker helper organist pianist musician singer deacon deaconess elder steward usher chair coordinator co-ordinator teacher worship sunday school team lay reader preacher warden server minister and & of the'.split(' '),
);
/**
 * The role words that are a faith's offices. A list of only the others ("Volunteer, Al-Noor Mosque
 * food bank", "Trustee, Bethel Gospel Assembly") stays: a role any club has is experience the panel
 * may weigh, and without the organisation it tells no faith (the research note lists faith-based
 * organisations and volunteering, not the role).
 */
const FAITH_ROLE_WORDS = new Set('deacon deaconess elder steward usher organist worship sunday school lay reader preacher warden server minister'.split(' '));
/** At most this many role words are read back. */
const MAX_ROLE_WORDS = 6;
/** An organisation's name has at most this many words either side of its faith word. */
const MAX_GROWTH = 6;
/** A line shorter than this is a heading, not a wrapped paragraph's: only this much of it is read back. */
const SHORT_LINE = 40;

const WORD_CHAR = /[\p{L}'’.&-]/u;
const BRACKETED_CHAR = /[\p{L}'’-]/u;
/** The ASCII of WORD_CHAR and BRACKETED_CHAR: letters, "'", "-", and for a word "." and "&". */
const isAsciiWordChar = (code: number) => isAsciiLetter(code) || code === 39 || code === 45 || code === 46 || code === 38;
const isAsciiBracketedChar = (code: number) => isAsciiLetter(code) || code === 39 || code === 45;

/** Where the character before offset i starts when it is in the class (ASCII read in code), or -1. */
function classStartBefore(text: string, i: number, ascii: (code: number) => boolean, pattern: RegExp): number {
  const code = text.charCodeAt(i - 1);
  if (code < 128) return ascii(code) ? i - 1 : -1;
  const [ch, at] = charBefore(text, i);
  return pattern.test(ch) ? at : -1;
}
const CAPITAL = /\p{Lu}/u;
/** How far back a word before a faith word is looked for. */
const READ_BACK = 40;

/** The character (a whole code point) that ends just before offset i, and where it starts. */
function charBefore(text: string, i: number): [string, number] {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return [text.slice(i - 2, i), i - 2];
  }
  return [text.charAt(i - 1), i - 1];
}

/**
 * The word, or capitalised name in brackets, just before offset s with the blanks between, read
 * back in code over at most READ_BACK characters: a word of letters, apostrophes, dots, ampersands
 * and hyphens ("Trinity", "St."), or "(Annibynwyr)", that starts the window or follows a blank or an
 * opening bracket (its `prefix`). The same as matching
 * /(?:^|[\s(])(\(\p{Lu}[\p{L}'’-]*\)|[\p{L}'’.&-]+)(\s+)$/u on the window, which, tried at every
 * start, cost a 1 MB list of faith words seconds.
 */
function wordBack(text: string, s: number): { word: string; gap: string; prefix: string } | null {
  const from = Math.max(0, s - READ_BACK);
  let r = s;
  while (r > from && isSpaceAt(text, r - 1)) r--;
  if (r === s || r === from) return null;
  const gap = text.slice(r, s);
  let start = r;
  if (text.charAt(r - 1) === ')') {
    let b = r - 1;
    while (b > from) {
      const at = classStartBefore(text, b, isAsciiBracketedChar, BRACKETED_CHAR);
      if (at < 0) break;
      b = at;
    }
    const first = text.codePointAt(b);
    if (b - 1 < from || text.charAt(b - 1) !== '(' || b >= r - 1 || first === undefined || !CAPITAL.test(String.fromCodePoint(first))) return null;
    start = b - 1;
  } else {
    while (start > from) {
      const at = classStartBefore(text, start, isAsciiWordChar, WORD_CHAR);
      if (at < 0) break;
      start = at;
    }
    if (start === r) return null;
  }
  const prefix = start === from ? '' : text.charAt(start - 1);
  if (prefix !== '' && !isSpaceAt(prefix, 0) && prefix !== '(') return null;
  return { word: text.slice(start, r), gap, prefix };
}

const WORD_AFTER = /^(?:[ \t]+|[ \t]*\n[ \t]*)([\p{L}'’&-]+|\(\p{Lu}[\p{L}'’ -]{1,30}\))/u;
/** How far ahead the word after an organisation's name is read. */
const READ_AHEAD = 50;

/**
 * The blanks (or one line break) at offset e and the word or capitalised bracket after them, within
 * READ_AHEAD characters: WORD_AFTER on that window, with an ASCII word read in code.
 */
function wordAfter(text: string, e: number): [string, string] | null {
  const to = Math.min(text.length, e + READ_AHEAD);
  let i = e;
  while (i < to && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) i++;
  if (i < to && text.charAt(i) === '\n') {
    i++;
    while (i < to && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) i++;
  }
  if (i === e) return null;
  let j = i;
  for (; j < to; j++) {
    const code = text.charCodeAt(j);
    if (code >= 128 || code === 40) {
      const m = WORD_AFTER.exec(text.slice(e, to));
      return m ? [m[0], m[1]!] : null;
    }
    if (!isAsciiLetter(code) && code !== 39 && code !== 38 && code !== 45) break;
  }
  return j > i ? [text.slice(e, j), text.slice(i, j)] : null;
}

/** A gap between two columns: a tab or three blanks. */
const COLUMN_GAP = /\t| {3}/;
/** How much of the line above a wrapped name is read for a column's gap. */
const COLUMN_READ = 80;

function grow(text: string, start: number, end: number): [number, number] {
  // Left: "St Mary's Church", "Holy Trinity Church", "Guru Nanak Gurdwara".
  let s = start;
  // A field's label opening its line ("Church: Member of …") names no church with the line above ("… Acute Medical Unit").
  const label = /^[ \t]*:/.test(text.slice(end, end + 3));
  for (let grown = 0; grown < MAX_GROWTH; grown++) {
    // A word before it on the same line or the line before ("Free\nChurch of Scotland"), or a name in brackets ("Welsh Independent (Annibynwyr) chapel").
    const back = wordBack(text, s);
    if (!back) break;
    const { word, gap, prefix } = back;
    // Across a line break only inside a wrapped paragraph: a short line before it is a heading.
    const lineEnd = s - gap.length;
    if (gap.includes('\n') && (label || lineEnd - lineStart(text, lineEnd, SHORT_LINE) < SHORT_LINE)) break;
    // Nor across a column's gap, on its line or ending the line above: "Born in Mandalay, Myanmar      CAREER HISTORY⏎Buddhist" is two columns.
    if (COLUMN_GAP.test(gap) || (gap.includes('\n') && COLUMN_GAP.test(text.slice(lineStart(text, lineEnd, COLUMN_READ), lineEnd)))) break;
    const bracketed = word.startsWith('(');
    if (!bracketed && (!(isOrgWord(word) || DEVOUT.has(word)) || NOT_ORG_WORD.has(word) || JOINING.has(word))) break;
    // The prefix, the word and the gap, read without joining them: the prefix is empty or one character.
    const first = prefix !== '' ? prefix : word.charAt(0);
    const opensBlank = isSpaceAt(first, 0);
    s -= prefix.length + word.length + gap.length - ((opensBlank || first === '(') && !bracketed ? 1 : 0) - (bracketed && opensBlank ? 1 : 0);
  }
  // Right: "Muslim Doctors Association", "Church of England", "Christian Medical Fellowship (CMF)".
  let e = end;
  for (let grown = 0; grown < MAX_GROWTH; grown++) {
    // A bracket of capitalised words says which one: "(CMF)", "Buddhist (Jodo Shinshu)", "Islamic Centre (Wolseley Road)".
    const m = wordAfter(text, e);
    const word = m?.[1];
    if (!m || !word) break;
    // Across a line break only inside a wrapped paragraph: "Christian Okafor" on a short line is a heading, not "…Okafor Staff Nurse".
    if (m[0].includes('\n') && e - lineStart(text, e, SHORT_LINE) < SHORT_LINE) break;
    // Nor across a column's gap: "Khmer Buddhist          Fire Marshal (2024)" is two columns.
    const gap = m[0].slice(0, m[0].length - word.length);
    if (!gap.includes('\n') && COLUMN_GAP.test(gap)) break;
    if (word.startsWith('(')) {
      e += m[0].length;
      break;
    }
    if (!isOrgWord(word) || NOT_ORG_WORD.has(word)) break;
    if (JOINING.has(word)) {
      // A word of dress or practice in lower case names no organisation: "my turban and PPE".
      if (DRESS.test(text.slice(start, end))) break;
      // Only when another capitalised word follows: "Church of England", not "mosque of my".
      const next = /^\s+(?:of|the|and|&)\s+([A-Z][\p{L}'’-]+)/u.exec(text.slice(e, e + 40));
      // Read without a contraction's ending: "Diwali and I'm happy" is the writer's next clause.
      if (!next?.[1] || NOT_ORG_WORD.has(next[1].replace(/['’]\p{Ll}+$/u, ''))) break;
      e += next[0].length;
      continue;
    }
    e += m[0].length;
  }
  // "St Mary's Church's", "the mosque's": the possessive goes too.
  if (/^['’]s\b/.test(text.slice(e, e + 3))) e += 2;
  // What the writer does there: "church choir", "mosque's homework club", "Buddhist centre", "Church warden at St Cuthbert's".
  const activity = ACTIVITY.exec(text.slice(e, e + 60));
  if (activity) e += activity[0].length;
  // What the faith is to the writer: "my Christian faith", "a Muslim family", "a Catholic upbringing".
  else e += BELONGING.exec(text.slice(e, e + 20))?.[0].length ?? 0;
  // Where it is done, a saint's church: "the Sunday liturgy at St Nicholas, Portswood", "lay minister at St Cuthbert's".
  const saint = SAINT_AT.exec(text.slice(e, e + 40));
  if (saint) e += saint[0].length + (TOWN_AFTER.exec(text.slice(e + saint[0].length, e + saint[0].length + 50))?.[0].length ?? 0);
  return [s, e];
}

/** Religious practice described rather than named: "I wear a hijab", "I keep the Sabbath", "I only eat halal", "for religious reasons". */
const PRACTICE = needing(
  ['wear', 'keep', 'kept', 'uncut', 'prayers', 'sabbath', 'shabbat', 'fast', 'friday', 'saturday', 'loc', 'kara', 'kirpan', 'bindi', 'tilak', 'rosary', 'crucifix', 'halal', 'kosher', 'reasons', 'capel', 'mass'],
  /\b(?:wear|wears|wearing)\s+(?:an?\s+|my\s+|the\s+)?(?:hijab|tudung|niqab|headscarf|turban|kippah|yarmulke|patka|burqa|jilbab|abaya|dastar|dastaar|pagri|chunni|keski|tichel|sheitel)(?:\s+and\s+(?:an?\s+|my\s+|the\s+)?(?:hijab|tudung|niqab|headscarf|turban|kippah|yarmulke|patka|burqa|jilbab|abaya|dastar|dastaar|pagri|chunni|keski|tichel|sheitel))?\b|\b(?:keep|keeps|kept)\s+(?:my|his|her)\s+hair\s+uncut\b|\buncut\s+hair\b|\b(?:Friday|Jummah|Jumu['’]ah)\s+prayers\b|\b(?:Sabbath|Shabbat)\b|\b(?:fast|fasting)\s+(?:on|during|for|at)\s+\p{Lu}\p{L}+|\b(?:Friday|Saturday)\s+(?:sunset|sundown|nightfall)\b|\bmy\s+(?:locs|dreadlocks|kara|kirpan|bindi|tilak|rosary|crucifix)\b|\b(?:wear|wears|wearing)\s+a\s+(?:kara|kirpan|bindi|tilak|rosary|crucifix|cross)\b|\bI\s+(?:only\s+|strictly\s+)?(?:eat|keep|follow|need)\s+(?:only\s+|a\s+|strictly\s+)?(?:halal|kosher)(?:\s+(?:food|meat|meals?|diet|kitchen))?\b|\bfor\s+(?:religious|faith)\s+reasons\b|\bCapel[ \t]+(?:Bethel|Salem|Seion|Sion|Bethesda|Ebeneser|Ebenezer|Tabernacl|Moriah|Hebron|Carmel|Bethania|Horeb|Soar|Peniel|Bethlehem|Jerusalem)\b|\b(?:to|attend|attending|Sunday|vigil|Polish|Latin|daily|weekly|Catholic)\s+[Mm]ass\b(?![\s-]+(?:[Vv]accinat|[Cc]asualt|[Ii]mmuni|[Ss]pectromet|[Gg]ather|[Ss]creening|[Ee]vent|[Ii]ndex|[Pp]roduc))(?:[ \t]+at[ \t]+St\.?[ \t]+\p{Lu}[\p{L}'’]*)?/gu,
);

/** Kept apart from PRACTICE, whose size puts it past the ReDoS checker's time: an article of faith worn or carried with "my" or a word of its look ("wear my kara", "wear a small cross"). */
const WORN = needing(
  ['wear', 'carr'],
  /\b(?:wear|wears|wearing|carry|carries)[ \t]+(?:my[ \t]+(?:locs|dreadlocks|kara|kirpan|bindi|tilak|rosary|crucifix|cross)|an?[ \t]+(?:small|little|silver|gold|plain|wooden)[ \t]+(?:kara|kirpan|rosary|crucifix|cross))\b/g,
);
/** A rite the writer went through, read back from the faith it names: "I [converted to Islam]", "I was [confirmed in the Catholic Church]". */
const RITE_BEFORE = /(?:^|[^\p{L}])((?:(?:converted|reverted|confirmed|baptised|baptized|christened|received|initiated|ordained)[ \t\n]+(?:as|to|in|into)|(?:brought[ \t\n]+up|raised)(?:[ \t\n]+(?:as|in))?)[ \t\n]+(?:(?:the|an?)[ \t\n]+)?)$/u;
/** Every verb of RITE_BEFORE ends in "ed" but "brought up", which holds "up": a window without either holds no rite. */
const RITE_CUES = ['ed', 'up'];

/** The length of the rite read back from a faith that starts at `start` (RITE_BEFORE on the 40 characters before it), or 0. */
function riteBefore(text: string, start: number): number {
  const window = text.slice(Math.max(0, start - 40), start);
  return holdsAny(window, RITE_CUES) ? (RITE_BEFORE.exec(window)?.[1]?.length ?? 0) : 0;
}
/** A rite taken, whose name may also be a given name: "I took Amrit in 2015", "took the Shahada". */
const RITE_TAKEN = /\b(?:took|take|taken|taking)[ \t]+(?:Amrit|(?:the[ \t]+)?Shahada|(?:my[ \t]+)?(?:first[ \t]+)?(?:Holy[ \t]+)?Communion)\b/g;
/** Words of a faith said or sung, with the writer's verb: "I recite the Gayatri mantra", "chant the Hanuman Chalisa". */
const RECITE =
  /\b(?:recite|recites|recited|reciting|chant|chants|chanted|chanting)[ \t]+(?:(?:the|my|our|daily|morning|evening)[ \t]+)?(?:\p{Lu}[\p{L}'’]*[ \t]+){0,2}(?:mantras?|prayers|psalms|rosary|Qur['’]?an|Quran|Torah|Bible|scriptures?|hymns|gurbani|Nitnem|Chalisa|Shema|Surahs?|Rosary)\b/gu;
/** Faith left or kept in a sentence that already tells it: "brought up as a Muslim, I am [not practising]". */
const NOT_PRACTISING = /\b(?:not|no[ \t]+longer|non-)[ \t]?practi[sc](?:ing|e)\b/g;
/** The writer's act before "for religious reasons", at most six words after "I" or "we" in its clause: "I [cover my hair] for religious reasons". */
const ACT_BEFORE = /(?:^|[^\p{L}'’])(?:I|[Ww]e)[ \t]+((?:[\p{L}'’-]+[ \t]+){1,6})$/u;

/** The length of the writer's act just before `start` (0 when the clause is someone else's or has none). */
function practiceBefore(text: string, start: number): number {
  const act = ACT_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  return act && !OTHERS.test(act[1]!) && !/[.;:,]/.test(act[1]!) ? act[1]!.length : 0;
}

/**
 * A place of worship named in a language that puts its word first: Welsh "Capel Tegid", "Capel y Morfa", "Eglwys Dewi Sant";
 * French, Spanish, Portuguese and Italian "Église Kimbanguiste", "Iglesia de Dios", "Igreja Batista", "Chiesa di San Marco".
 */
const WORSHIP_FIRST = needing(
  ['capel', 'eglwys', 'glise', 'iglesia', 'igreja', 'chiesa'],
  /(?<![\p{L}'’-])(?:Capel|CAPEL|Eglwys|EGLWYS|Église|Eglise|ÉGLISE|EGLISE|Iglesia|IGLESIA|Igreja|IGREJA|Chiesa|CHIESA)[ \t]+(?:(?:y|yr|de|du|des|la|le|di|do|da|del)[ \t]+)?\p{Lu}[\p{L}'’-]*/gu,
);
/** The Welsh words are also the first word of villages ("Capel Curig", "Eglwys Fach"): they name a chapel only beside its worship or office. */
const WELSH_FIRST = /^(?:Capel|CAPEL|Eglwys|EGLWYS)\b/;

/** Kept apart from PRACTICE, whose size puts it past the ReDoS checker's time: the Sikh kesh or Rastafari locs kept ("I keep my kesh", "I keep my locs tied back"), and the town of a Mass ("the Polish Mass in Derby"). */
const KESH = /\b(?:keep|keeps|kept)[ \t]+(?:my|his|her)[ \t]+(?:kesh|head[ \t]+covered|(?:locs|dreadlocks)(?:[ \t\n]+(?:tied[ \t\n]+back|covered|up))?)\b/g;
/** The Sikh articles of faith kept or worn, with what the bracket after them lists: "keep the Sikh articles of faith (kara, kirpan…)". */
const ARTICLES = /\b(?:keep|keeps|kept|wear|wears|wearing|carry|carries)[ \t]+(?:the[ \t]+|my[ \t]+)?(?:Sikh[ \t]+)?(?:articles[ \t]+of[ \t]+faith|five[ \t]+Ks|5[ \t]?Ks)(?:[ \t]*\([^()\n]{1,80}\))?/g;
/**
 * Time away from work the writer keeps or asks for: "not work Sunday mornings", "I don't work Sundays", "can't do Sunday
 * clinics", "ask for annual leave", "take the day off".
 */
const SCHEDULE =
  /\b(?:not|never|cannot|(?:do|does|did|ca|wo)n['’]t)[ \t]+(?:to[ \t]+)?work\b|\b(?:cannot|(?:ca|wo)n['’]t)[ \t]+(?:do|cover|take)[ \t]+(?:(?:any|a|the)[ \t]+)?(?:Friday|Saturday|Sunday)s?\b|\b(?:ask|asks|asking|request|requesting|take|takes|taking|book|books)[ \t]+(?:for[ \t]+)?(?:(?:annual|unpaid|the[ \t]+day|a[ \t]+day|(?:a|one|two|three|\d)[ \t]+days['’]?)[ \t]+)?(?:leave|off)\b|\b(?:ask|asks|asking|request|requesting)[ \t]+for[ \t]+(?:(?:the|a)[ \t]+)?(?:(?:Friday|Saturday|Sunday)[ \t]+)?(?:(?:evenings?|afternoons?|mornings?|days?|nights?)[ \t]+)?off\b/g;
/**
 * "not available", which is the when of a practice only with a time of worship after it ("not available before midday",
 * "on Fridays", "during Ramadan") or a day before it (DAY_LEAD); "not available for interview on 3 June" or "until
 * September" is what a panel needs.
 */
const NOT_AVAILABLE = /\bnot[ \t]+available\b/g;
const WORSHIP_TIME =
  /^[ \t]+(?:(?:on|before|after|until|till|during|over|at)[ \t]+(?:the[ \t]+|a[ \t]+)?)?(?:(?:Fri|Satur|Sun)days?|Sabbath|Shabbat|Ramadan|Eid|Diwali|Vaisakhi|Passover|Lent|Easter|holy[ \t]+days?|feast[ \t]+days?|festivals?|midday|noon|sunset|sundown|\d{1,2}(?:[.:]\d{2})?[ \t]?[ap]\.?m\b)/i;
/** Words before a request that are part of it: "[prefer not to work…]", "I [usually ask for leave]". */
const SCHEDULE_LEAD = new Set(['prefer', 'try', 'tend', 'usually', 'always', 'normally', 'generally', 'rather', 'would', 'do', 'also', 'will', 'can', 'cannot']);
const SENTENCE_END = /[.!?](?=\s)|\n[ \t]*\n/g;
/** A day or a month opening the clause before the writer's "I" and a request: "on Sundays I am ", "Saturday mornings I ", "each April I ". */
const DAY_LEAD =
  /(?:(?:\b[Oo]n[ \t]+)?\b(?:Fridays?|Saturdays?|Sundays?)(?:[ \t]+(?:mornings?|evenings?))?|\b(?:[Ee]ach|[Ee]very|[Ii]n)[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December))[ \t]+I(?:[ \t]+am|['’]?m)?[ \t]+$/;

/**
 * Time off asked for or kept, or a faith not practised, in a sentence that already tells the writer's faith ("I keep the
 * Sabbath, so I [do not work from Friday sunset…]", "on Losar I [usually ask for annual leave]"):
 * the when of the practice. Alone ("I do not work Fridays") it says nothing and stays.
 */
function faithSchedule(text: string, faith: Span[]): Span[] {
  const spans: Span[] = [];
  const faithBefore = spansBefore(faith);
  const unavailable = [...matchAll(text, NOT_AVAILABLE)].filter(
    (m) => WORSHIP_TIME.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) || DAY_LEAD.test(text.slice(Math.max(0, m.index - 40), m.index)),
  );
  for (const m of [...matchAll(text, SCHEDULE), ...unavailable, ...matchAll(text, NOT_PRACTISING)]) {
    const before = text.slice(Math.max(0, m.index - 250), m.index);
    let from = 0;
    for (const edge of matchAll(before, SENTENCE_END)) from = edge.index + edge[0].length;
    const sentenceStart = m.index - before.length + from;
    if (!faithBefore(sentenceStart, m.index)) continue;
    let start = m.index;
    for (let steps = 0; steps < 3; steps++) {
      const lead = wordBefore(text, start, 20);
      if (!lead || !SCHEDULE_LEAD.has(lead.word.toLowerCase())) break;
      start = lead.start;
    }
    // "on Sundays I am [not available]": the day opening the clause is the when of the practice.
    start -= DAY_LEAD.exec(text.slice(Math.max(sentenceStart, start - 40), start))?.[0].length ?? 0;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    // A paragraph's wrapped line goes on: only punctuation, a blank line, an exception ("unless on rota cover") or the writer's
    // next clause ("and I'm happy to cover…") ends the request.
    const stop = after.search(/[.;:!?,()]|\n[ \t]*\n|\b(?:unless|except|but|though|although)\b|\band[ \t]+I\b/);
    const end = m.index + m[0].length + trimChars(after.slice(0, stop < 0 ? after.length : stop), null, /\s/).length;
    // Divisible: a festival inside it ("…or on Yom Tov") may be taken first by a stronger finding.
    spans.push(makeSpan('religion', start, end, { divisible: true }));
  }
  return spans;
}

/** "a quiet space to pray": the writer's need, unless it is made for patients. */
const PLACE_TO_PRAY = /\b(?:space|room|place|somewhere|time)[ \t]+to[ \t]+pray\b/g;
const PRACTICE_MASS_BEFORE = /\b(?:Sunday|vigil|Polish|Latin|daily|weekly|Catholic)[ \t]$/;
const MASS_IN = /\b[Mm]ass[ \t]+in[ \t]+\p{Lu}[\p{L}'’]*/gu;

/**
 * Worship the writer goes to or keeps, with the rest of its clause ("I go to the masjid on Friday
 * lunchtimes for Jummah", "I fast through Ramadan", "I pray five times a day"), a second act
 * joined by "and" ("…and pray at lunchtime"), and one told of the writer after "who" ("As a Jew who
 * keeps kosher": see `writerWho`).
 */
const WORSHIP_ACT = needing(
  ['pray', 'fast', 'observe', 'keep', 'attend', 'read', 'serve', 'sing', 'play', 'church', 'mosque', 'masjid', 'gurdwara', 'temple', 'mandir', 'synagogue', 'shul', 'chapel', 'mass', 'jummah', 'vihara', 'kovil', 'hajj', 'umrah', 'pilgrimage', 'puja', 'aarti', 'seva', 'namaz', 'salah', 'salat', 'sadhana'],
  /\b(?:I|we|We|and|who)[ \t]+(?:(?:also|usually|still|regularly|always|normally)[ \t]+)?(?:prays?|fasts?(?![\w-])|observes?[ \t]+(?:the[ \t]+)?(?:Sabbath|Shabbat|Lent|Ramadan|fasts?|religious|Jewish|holy|festivals?)|keeps?[ \t]+(?:the[ \t]+)?(?:Sabbath|Shabbat|kosher|halal|fasts?)|(?:attends?|(?:reads?|serves?|sings?|plays?)[ \t]+at)[ \t]+(?:(?:the|my|our|a)[ \t]+)?(?:local[ \t]+)?(?:[A-Z][a-z]{2,20}[ \t]+)?(?:Mass|mass|church|mosque|masjid|temple|gurdwara|synagogue|shul|chapel|prayers|services|worship)|(?:go|goes|went|walks?|travels?)[ \t]+to[ \t]+(?:(?:the|my|our|a)[ \t]+)?(?:local[ \t]+)?(?:church|mosque|masjid|gurdwara|temple|mandir|synagogue|shul|chapel|Mass|mass|prayers|Jummah|vihara|kovil)|(?:performed|perform|made|did|went[ \t]+on)\s+(?:(?:the|my|a)[ \t]+)?(?:Hajj|hajj|Umrah|umrah|pilgrimage)|do(?:es)?[ \t]+(?:my[ \t]+)?(?:puja|aarti|seva|namaz|salah|salat|sadhana))\b/g,
);
/** The writer saying what they are, as "who" may then tell of them: "As a", "I am a", "I'm someone". */
const WRITER_AS = /\b(?:[Aa]s|I[ \t]+am|I['’]m)[ \t]+(?:an?|someone|somebody|one)\b/g;
/** How many words may stand between WRITER_AS and "who": "As a [practising Muslim nurse] who…". */
const WRITER_WHO_WORDS = 4;
/** A link to someone else between WRITER_AS and "who", who is then the one "who" tells of: "As a mentor to a student who…", "As a carer for my mother who…". */
const LINK_TO_OTHER = /\b(?:to|for|with|at|by|from|in|on|my|his|her|their|our)\b/;
/**
 * An act after "and" in the third person: it goes on a "who" told of the writer ("As a Christian who attends a local church
 * and sings at Sunday services"), else it is someone else's ("Mrs B is 92 and keeps kosher").
 */
const AND_THIRD_PERSON = /^and[ \t]+(?:(?:also|usually|still|regularly|always|normally)[ \t]+)?(?:prays|fasts|observes|keeps|attends|reads|serves|sings|plays|goes|walks|travels|does)\b/;

/**
 * Whether the "who" at offset `at` is the writer: a few words after "As a" or "I am a" in its clause ("As a Muslim who prays
 * five times a day"), not a patient or anyone else named after it ("As a nurse who cares for patients who pray…").
 */
function writerWho(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(','), before.lastIndexOf('\n')) + 1);
  let from = -1;
  for (const m of matchAll(clause, WRITER_AS)) from = m.index + m[0].length;
  if (from < 0) return false;
  const between = clause.slice(from).trim();
  return between.split(/\s+/).length <= WRITER_WHO_WORDS && !/\bwho\b/.test(between) && !OTHERS.test(between) && !LINK_TO_OTHER.test(between);
}

/** Worship the writer is at, with its when: "I'm at church on Sunday mornings", "we are usually at the mosque for Jummah". */
const WORSHIP_AT =
  /\b(?:I[ \t]+am|I['’]?m|[Ww]e[ \t]+are|[Ww]e['’]re)[ \t]+(?:(?:usually|always|normally|often|still)[ \t]+)?at[ \t]+(?:(?:the|my|our)[ \t]+)?(?:local[ \t]+)?(?:church|mosque|masjid|gurdwara|temple|mandir|synagogue|shul|chapel|Mass|mass|prayers|Jummah|vihara|kovil)\b/g;
/** People the writer serves: a faith word in their clause is work ("Ramadan medication reviews for Muslim patients", "a Diwali health fair for patients"). */
const SERVED = /\b(?:patients?|clients?|service[ \t]+users?|residents|customers|population)\b|\bfor[ \t]+(?:(?:the|our)[ \t]+)?(?:local[ \t]+)?communit(?:y|ies)\b/i;
/** People just after a faith word, in lower case, whose faith it is: "Muslim colleagues", "Catholic families" (not "the Muslim staff network", nor "Sikh Doctors and Pharmacists Association"). */
const OTHERS_AFTER = /^[ \t]+(?:colleagues|staff|nurses|doctors|students|pupils|families|mothers|fathers|women|men|members|children|parents|communities|service[ \t]+users)\b(?![ \t]+(?:network|forum|association|society|group|fellowship|council|committee|choir))/;
/** Words before a faith that make the writer one of the people after it: "As Muslim women", "we are Catholic parents", "I am one of the Sikh members". */
const WRITER_AMONG = /(?:\b[Aa]s|\b(?:(?:we|We|I) (?:are|am)|I['’]?m)(?: both| all| one of(?: the)?)?|\band (?:I|me) are(?: both)?) $/;
/** Where a clause ends, for `forPatients`: punctuation, a line break or "and" ("…during Diwali and volunteer with a group for patients"). */
const PATIENT_CLAUSE_EDGE = /[.;:!?,\n]|\band\b/g;

/** Whether the clause around [start, end) (at most 100 characters either way) names the people the writer serves. */
function forPatients(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 100), start);
  let from = 0;
  for (const m of matchAll(before, PATIENT_CLAUSE_EDGE)) from = m.index + m[0].length;
  const after = text.slice(end, end + 100);
  const to = after.search(PATIENT_CLAUSE_EDGE);
  return SERVED.test(before.slice(from)) || SERVED.test(to < 0 ? after : after.slice(0, to));
}

/** Where a clause ends: punctuation, a line break not inside a paragraph, or a conjunction that starts another ("…for Jummah and take my break then"). */
const CLAUSE_END = /[.;:!?,()]|\n(?![ \t]*\p{Ll})|\s(?:and|but|so|which|because|where|while|as)\s/u;
/**
 * Care given just before people of a faith, named in the plural, maybe after others in a list: "end-of-life care to [Lutherans and]
 * Catholics", "supported Muslims": the people the writer served, not the writer's faith.
 */
const CARED_FOR_BEFORE =
  /\b(?:[Cc]ar(?:e|ed|ing)|[Nn]urs(?:ed|ing)|[Ss]upport(?:ed|ing)?|[Tt]reat(?:ed|ing)|[Ss]erv(?:ed|ing)|[Vv]isit(?:ed|ing))[ \t]+(?:(?:to|for)[ \t]+)?(?:(?:the|many|local|elderly|older|dying)[ \t]+)?(?:\p{Lu}[\p{L}'’-]{0,20}(?<=s)(?:,|[ \t]+(?:and|or|&))[ \t]+){0,3}$/u;
/** Words after a faith's name that make it a post or a subject of study: "Muslim Chaplain", "Islamic Studies", after a list of faiths too ("Lutheran and Catholic chaplains"). */
const FAITH_POST_OR_SUBJECT =
  /^(?:(?:,|[ \t]+(?:and|or|&))[ \t]+\p{Lu}[\p{L}'’-]{0,20}){0,3}[ \t]+(?:[Cc]haplain(?:s|cy)?|Studies|Theology|Finance|Banking|Economics|Law|Jurisprudence|Art|Architecture|History)\b/u;
/** Festivals and holy days, which name the time of work in "the Eid rota" (`told` religion words of the disclosure concepts, capitalised). */
const FESTIVALS = new Set(concepts.told.religion.filter((word) => /^\p{Lu}/u.test(word)));
/** A festival as the time of a workplace's rota: "the Eid rota", "Diwali cover", "Christmas shifts" (a festival's stall or fair may be the writer's community's). */
const WORK_NOUN_AFTER = /^[ \t]+(?:rotas?|cover|shifts?|on-call)(?![\p{L}])/u;
/** A workplace's possessive before a faith word, within its phrase: "the hospital's interfaith prayer room", "the trust's chaplaincy". */
const WORKPLACE_OWNS = /\b(?:hospital|trust|practice|ward|unit|surgery|site|centre|hospice|university|college|school|employer|PCN|ICB)['’]s(?:[ \t]+[\p{L}-]+){0,2}[ \t]+$/u;
/** WORKPLACE_OWNS only on a window holding a possessive, which it cannot match without (tried at every start of the window, for each faith word). */
const workplaceOwns = (window: string) => (window.includes("'s") || window.includes('’s')) && WORKPLACE_OWNS.test(window);
/** Whose act a practice is: someone else's when a person other than the writer stands after the writer's last word in its clause ("I supported a patient who was fasting"). */
const SOMEONE_ELSE = /\b(?:who|whose|patients?|clients?|residents|service\s+users?|colleagues|staff|pupils|students|people|families|carers|he|she|they)\b/;
/**
 * The writer's words; "As a Muslim woman who…" opens with the writer, whom its "who" goes on to describe, where "As" opens a
 * sentence or a clause ("…described as a Sikh who wears a kara" is someone else).
 */
const WRITER_WORD = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e)\b|(?:\bAs|(?<=[,;:][ \t]{1,3})as)[ \t]+an?[ \t]+(?:[\p{L}-]+[ \t]+){0,3}who\b/gu;
/** The writer saying what they are just before a faith: "As a", "I am a practising", "being". A clause about patients does not make it theirs. */
const WRITER_IS_BEFORE = /(?:\b(?:I[ \t]+am|I['’]m|[Bb]eing)|\b[Aa]s[ \t]+an?)(?:[ \t]+(?:also|an?|practising|devout|observant|committed|proud))*$/;

/** Patients straight after a faith, whom it describes: "Muslim patients' advocate", "Jewish patient advocate". */
const PATIENTS_AFTER = /^[ \t]+(?:patients?|clients?|service[ \t]+users?|residents)(?![\p{L}])/u;

/** A form's field of the writer's faith, which may say who reads it: "Religion (optional, for chaplaincy): …". */
const FAITH_FIELD = /\b(?:[Rr]eligion|[Ff]aith|[Bb]elief)\b[^:\n]{0,40}:/;
/** A chaplain's post, named in a sentence: the worship its duties list is the chaplain's work ("as a chaplain I lead Friday prayers on the wards"). */
const CHAPLAINCY = /\b[Cc]haplain(?:s|cy)?\b/;
/** Words just before a faith or a practice that make it the writer's own, whatever else the sentence says of chaplaincy:
 * "I am a practising Muslim", "As a Christian", "being Sikh", "my faith as a Hindu", "I attend Mass", "and keep Shabbat". */
const OWN_FAITH_BEFORE =
  /(?:\b(?:I[ \t]+am|I['’]m|[Aa]s|[Bb]eing|[Mm]y[ \t]+(?:faith|religion)[ \t]+(?:is|as))(?:[ \t]+(?:also|an?|practising|devout|observant|committed|proud))*|\b[Pp]ractising|\bI|\b(?:keep|keeps|kept|observe|observes|observed|celebrate|celebrates|celebrated|attend|attends|attended))$/;
/** A capitalised word straight after, across a line break: the name a faith's title stands before. */
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}/u;
/** Whether the sentence around [start, end) names chaplaincy before it, the post and then its duties, whose faith's words are work:
 * not a field of the writer's faith, nor a faith or practice the writer says is their own ("I am a Muslim and volunteer for the
 * chaplaincy"), nor a thing named before the chaplaincy it is for ("We ordered prayer mats for the chaplaincy"). */
function chaplaincyWork(text: string, start: number, end: number): boolean {
  const [s, e] = sentenceBounds(text, start, end);
  return CHAPLAINCY.test(text.slice(s, start)) && !FAITH_FIELD.test(text.slice(s, e)) && !OWN_FAITH_BEFORE.test(text.slice(Math.max(s, start - 40), start).trimEnd());
}

/** People the writer works with: an act of worship done with them is work. */
const OTHERS = /\b(?:patients?|clients?|residents|service\s+users?|colleagues|staff|pupils|students|people|families|carers)\b/;
/** Care the writer gives to people who fast: "I run clinics on taking medicines safely while fasting". */
const CARE_FOR_OTHERS = /\b(?:people|clinics?|medicines?|medication|advice|advise[ds]?|educat\w*|sessions?|safely)\b/;
/** "while fasting", "when I am fasting": the writer's own fast, unless patients' or a blood test's. */
const WHILE_FASTING = /\b(?:while|whilst|when)[ \t]+(?:I[ \t]+am[ \t]+|I['’]?m[ \t]+)?fasting\b(?![ \t]+(?:bloods?|glucose|lipids?|tests?|samples?))/g;
/** A saint's church written as a possessive alone ("the choir at St Brigid's") or "All Saints", not a hospital, hospice or university ("St Mary's Hospital"). */
const SAINTS = /(?<![\p{L}])(?:(?:St\.?|Saint)[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:and|&)[ \t]+(?:St\.?[ \t]+)?\p{Lu}[\p{L}'’-]*)?['’]s|All[ \t]+Saints['’]?)(?![\p{L}])/gu;
const SAINTS_NAMED_AFTER = /^(?:[ \t]+\p{Lu}|,?[ \t]+(?:University|Hospital|Healthcare|Hospice|College|School|Surgery|Medical|Health|Primary|Academy)\b)/u;
/** Worship or a church office at a saint's church, said in the same clause before it ("church warden at All Saints"). */
const CHURCH_CONTEXT =
  /\b(?:choir|[Mm]ass|parish|altar|communion|congregation|worship|sing|sang|singing|bell[- ]?ring\w*|Sunday\s+school|confirmation|baptised|christened|lay\s+reader|(?:lay|eucharistic)\s+minister|intercessions|liturgy|church\s*warden|deacon(?:ess)?|organist|organ|verger|sacristan|PCC|youth\s+(?:club|group)|bells|server)\b/;

/** The start of the role words listed before a faith organisation at the head of its line ("Deaconess and choir leader, …"), or `start`. */
function roleListStart(text: string, start: number): number {
  // Read back 120 characters at most: searching the whole text for its line's start made a text without
  // line breaks quadratic.
  const head = lineStart(text, start, 120);
  let cut = start - trailingLength(text.slice(head, start), /[ \t]/);
  if (cut <= head || !/[,–—-]/.test(text[cut - 1]!)) return start;
  cut -= 1;
  const listed = text.slice(head, cut);
  const lead = leadingLength(listed, /[ \t•·*-]/);
  const words = listed.slice(lead).trim().split(/[ \t]+/);
  if (!words[0] || words.length > MAX_ROLE_WORDS || !words.every((w) => ROLE_WORDS.has(w.toLowerCase())) || !words.some((w) => FAITH_ROLE_WORDS.has(w.toLowerCase()))) return start;
  return head + lead;
}

const MEMBER = /^(?:\S+\s+)?member\b/i;
/** A congregation by its place or name (the "Centre" of a faith's name: "Islamic Centre", "Buddhist Centre"). */
const CONGREGATION = /\b(?:[Cc]hurch|[Mm]osque|[Mm]asjid|[Gg]urdwara|[Ss]ynagogue|[Ss]hul|[Tt]emple|[Mm]andir|[Cc]hapel|[Vv]ihara|[Pp]agoda|[Kk]ovil|[Dd]erasar|[Cc]athedral|[Pp]arish|[Cc]ongregation|Centre|Sabha|Kingdom\s+Hall)\b/;
/**
 * Verbs of worship done at a place or kept, by the writer: "I sing with the choir at", "I play keyboard at", "and attend the", "I go to
 * the East Ham Mosque", "I observe Thaipusam", "and celebrate Vaisakhi".
 */
const WORSHIP_VERBS = new Set(
  'sing sang play played attend attended worship worshipped pray prayed ring rang read preach preached go went observe observed celebrate celebrated keep kept'.split(' '),
);
/** The writer as the subject, "i" too, as a hurried line types it. */
const WORSHIP_SUBJECTS = new Set(['I', 'i', 'we', 'We', 'and']);
const OFTEN = new Set(['also', 'usually', 'still', 'regularly', 'always', 'normally', 'often', 'now']);
/** "weekends at the Buddhist Centre", "Sundays at St Anne's": when, opening the clause. */
const WORSHIP_TIMES = new Set(['weekends', 'sundays', 'saturdays', 'fridays', 'evenings', 'mornings']);
const WORSHIP_CUES = [...WORSHIP_VERBS, ...WORSHIP_TIMES];
/** Verbs of going, which lead to a place of worship only as "go to (the)" right before it. */
const GOING = new Set(['go', 'went']);
const GOING_TO = /^[ \t]+to(?:[ \t]+the)?[ \t]+$/;
/** Verbs of keeping a day or a rite, which lead only straight before it. */
const KEEPING = new Set(['observe', 'observed', 'celebrate', 'celebrated', 'keep', 'kept']);
/** Work at a place of worship, in the clause: "a placement", "a staff awards ceremony", "a vaccination event". */
const WORK_EVENT = /\b(?:placements?|staff|ceremony|event|vaccination)\b/i;

/**
 * The start of the writer's act of worship before a place of worship at [start, end): at most
 * five words back, a worship verb after "I", "we" or "and" ("I [sing with the choir at …]"), or a time
 * opening the clause ("[weekends at the …]"). Else `start`.
 */
function worshipLead(text: string, start: number, end: number): number {
  const from = Math.max(0, start - 60);
  if (start === from || !isSpaceAt(text, start - 1)) return start;
  // Only a worship verb or a time read back moves the start: a window holding neither (in lower case, as times are compared) keeps it.
  if (!holdsAny(text.slice(from, start).toLowerCase(), WORSHIP_CUES)) return start;
  const words = tokensBefore(text, from, start, 6);
  for (let i = words.length - 1, steps = 0; i >= 0 && steps < 5; i--, steps++) {
    const word = words[i]!.text;
    const bare = endsClausePunctuation(word) ? word.slice(0, -1) : word;
    // "On Sundays I am an elder at": the time with its "on".
    if (WORSHIP_TIMES.has(bare.toLowerCase()) && (i === 0 || endsClausePunctuation(words[i - 1]!.text) || /^[Oo]n$/.test(words[i - 1]!.text))) return words[i]!.start;
    if (!isLetters(word)) return start;
    if (!WORSHIP_VERBS.has(word)) continue;
    let j = i - 1;
    while (j >= 0 && OFTEN.has(words[j]!.text)) j--;
    // An act shared with patients or their families is work: "I went to the temple festival with my patients' families"; so is
    // one at a work event or placement there ("We went to the Cathedral for the staff awards ceremony").
    if (!(j >= 0 && WORSHIP_SUBJECTS.has(words[j]!.text))) return start;
    const rest = clauseAfter(text, end);
    if (SERVED.test(rest) || WORK_EVENT.test(text.slice(words[i]!.start, start)) || WORK_EVENT.test(rest)) return start;
    // Going is worship only straight to the place: "I go to the mosque", not "I went on a placement to St Mary's Church Hall";
    // keeping a day only straight before it ("I observe Thaipusam", not "I keep a prayer mat" or "I keep Mondays free in Shravan")
    // or time kept for a place of worship ("I keep Sundays free for church at St Anne's").
    const between = text.slice(words[i]!.start + word.length, start);
    if (GOING.has(word) ? !GOING_TO.test(between) : KEEPING.has(word) && !/^[ \t]+$/.test(between) && !CONGREGATION.test(text.slice(start, end))) return start;
    // "on Fridays I go to …": a time just before the writer opens the act.
    const time = words[j - 1];
    return time && WORSHIP_TIMES.has(time.text.toLowerCase()) && (j === 1 || /^[Oo]n$/.test(words[j - 2]!.text)) ? time.start : words[i]!.start;
  }
  return start;
}

/** The rest of the clause after `end`, 60 characters at most. */
function clauseAfter(text: string, end: number): string {
  const after = text.slice(end, end + 60);
  const stop = after.search(/[.;!?\n]/);
  return stop < 0 ? after : after.slice(0, stop);
}

/** The last `max` runs of non-blanks in text[from, to), as /\S+/g finds them there, read back in code. */
function tokensBefore(text: string, from: number, to: number, max: number): { text: string; start: number }[] {
  const tokens: { text: string; start: number }[] = [];
  let i = to;
  while (tokens.length < max) {
    while (i > from && isSpaceAt(text, i - 1)) i--;
    if (i === from) break;
    const end = i;
    while (i > from && !isSpaceAt(text, i - 1)) i--;
    tokens.push({ text: text.slice(i, end), start: i });
  }
  return tokens.reverse();
}

const endsClausePunctuation = (word: string) => ';:,.'.includes(word.charAt(word.length - 1)) && word !== '';
const LETTERS = /^[\p{L}'’]+$/u;
/** Whether a word is only letters and apostrophes (LETTERS), an ASCII one read in code. */
function isLetters(word: string): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return LETTERS.test(word);
    if (!isAsciiLetter(code) && code !== 39) return false;
  }
  return true;
}

/** A word of the place's own name in the words after an office ("member of the local chapel"), not an article or a possessive. */
const namesPlace = (word: string) => word !== '' && !/^(?:the|my|our|a|an)$/.test(word);

/**
 * A place of worship or faith organisation found at [s, e), grown to its office, town or street.
 * Divisible, so an address around it ("22 acorn close, chapel allerton") goes as that and the
 * rest as religion; but one `named` by a listed organisation of several words ("Legion of Mary",
 * "Singh Sabha") outranks the given name inside it.
 */
function religionSpan(text: string, s: number, e: number, named = false, place = false): Span {
  // Where a place of worship is: "temple on Catherine Street", "Buddhist centre in Aldershot" (not "in May"), "RCCG Jesus Centre, Luton".
  let end = e;
  // WORSHIP_PLACE on its last 12 characters: a place's word is at most 10 long, and its boundary the character before.
  if (place || WORSHIP_PLACE.test(text.slice(Math.max(s, e - 12), e)) || worshipNamed(text.slice(s, e))) {
    const where = WHERE.exec(text.slice(e, e + 50));
    const town = where ? null : TOWN_AFTER.exec(text.slice(e, e + 50));
    if (where && !MONTH_OR_DAY.test(where[1]!)) end += where[0].length;
    else if (town && !MONTH_OR_DAY.test(town[1]!)) end += town[0].length;
  }
  // "an elder at [Bethany Church]": the office goes with the place, which it names as a faith's.
  // A role any club has ("member", "steward") goes only when the place has no name of its own ("member of the local chapel").
  const window = text.slice(Math.max(0, s - 60), s);
  const found = holdsAny(window, PREPOSITIONS) ? OFFICE_BEFORE.exec(window) : null;
  const unnamed = found !== null && found[1]!.split(/\s+/).some(namesPlace);
  // Membership of a congregation is belonging, not a role: "[a member of St Mary's Church]" (a charity's "member" stays).
  const belongs = found !== null && MEMBER.test(found[0]) && CONGREGATION.test(text.slice(s, end));
  const office = found && (FAITH_OFFICE.test(found[0]) || unnamed || belongs) ? found : null;
  const start = worshipLead(text, roleListStart(text, office ? s - office[0].length : s), end);
  return makeSpan('religion', start, end, named ? { priority: REDACTION_KINDS.name.priority + 1 } : { divisible: true });
}

/** A place of worship's word alone, which opens some places' names. */
const BUILDING_OPENS = /^(?:Chapel|Temple|Church)$/;
/** One or two capitalised words after it that end the name, none a faith's, saint's or worship's word: "Chapel Allerton", "Temple Fortune". */
const PLACE_NAME_AFTER =
  /^(?:[ \t]+(?!(?:Of|St|Saint|Church|Chapel|Temple|Mission|Fellowship|Assembly|Centre|Hall|House|International|UK|Army|Methodist|Baptist|Pentecostal|Catholic|Anglican|Evangelical|Gospel|Christian|Reformed|Presbyterian|Free|Congregational|Orthodox|Apostolic)\b)\p{Lu}\p{Ll}+){1,2}(?=[ \t]*(?:[,.;:)\n]|$)|[ \t]+\p{Ll})/u;
/** One capitalised word after it and then a place of care's: "Temple Fortune Health Centre", "Chapel Allerton Medical Centre". */
const CARE_PLACE_NEXT = /^[ \t]+\p{Lu}\p{Ll}+[ \t]+(?:Hospital|Surgery|Practice|Medical|Health|Clinic|Library)\b/u;
/**
 * A title and maybe given names just before a building's word, which is then a surname: "Mrs Grace Chapel, Ward Manager".
 * The span keeps to the person, so a post after it stays; where the name finder misses it ("Dr Ann Temple") it goes as a name.
 */
const TITLED_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sister)\.? (?:\p{Lu}[\p{Ll}'’-]+ ){0,2}$/u;
const WORSHIP_VERB = /\b(?:attend|attends|attended|attending|worship|worshipped|pray|prayed|praying)\b/i;
/** Whether worship is told in the clause around a name (60 characters before, 40 after). */
function worshipAround(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const from = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1;
  const after = text.slice(end, end + 40).split(/[.;\n]/, 1)[0]!;
  const clause = `${before.slice(from)} ${after}`;
  return CHURCH_CONTEXT.test(clause) || WORSHIP_VERB.test(clause);
}

/**
 * Religion: faiths, festivals and places of worship, grown to the organisation's name around
 * them ("volunteer at St Mary's Church" → "volunteer at [RELIGION]"). A faith word followed by
 * "Road", "Surgery"… is a place or practice and stays.
 */
export function findReligion(text: string): Span[] {
  const spans: Span[] = [];
  for (const list of [CAPITALISED, ANY_CASE]) {
    for (const m of matchPhrases(text, list)) {
      const end = m.index + m[0].length;
      if (list === ANY_CASE && STREET_AFTER.test(text.slice(end, end + 30))) continue;
      // "Jesus College", "Christian Salvesen Road": a college or a place, not a faith.
      if (list === CAPITALISED && /^\s+College\b/.test(text.slice(end, end + 12))) continue;
      // "Muslim Chaplain", "BA in Islamic Studies", "Certificate in Catholic Theology": a post or a qualification the panel needs.
      if (list === CAPITALISED && FAITH_POST_OR_SUBJECT.test(text.slice(end, end + 80))) continue;
      if (list === CAPITALISED && FAITH_PEOPLE.has(m[0]) && CARED_FOR_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
      // A faith or festival named in work for patients; a place of worship is the writer's own wherever it is.
      // The writer saying what they are counts only where no patients follow the faith: "As a Muslim patients' advocate" is work.
      const writerIs = WRITER_IS_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index).trimEnd()) && !PATIENTS_AFTER.test(text.slice(end, end + 24));
      if (!WORSHIP_PLACE.test(m[0]) && forPatients(text, m.index, end) && !writerIs) continue;
      // "Muslim colleagues", "Jewish students": a faith naming other people the writer works with (not their network).
      // Not when the writer is one of them: "As Muslim women, my sister and I…", "we are Catholic parents".
      if (!WORSHIP_PLACE.test(m[0]) && OTHERS_AFTER.test(text.slice(end, end + 40)) && !WRITER_AMONG.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      // A festival before a noun of work ("the Eid rota", "a Diwali clinic") or kept by someone else ("staff who were fasting during Ramadan"),
      // and a room of the workplace ("the hospital's prayer room"), are work.
      if (FESTIVALS.has(m[0]) && (WORK_NOUN_AFTER.test(text.slice(end, end + 20)) || othersAfterWriter(text, m.index, WRITER_WORD, SOMEONE_ELSE))) continue;
      if (workplaceOwns(text.slice(Math.max(0, m.index - 50), m.index))) continue;
      // A chaplain's duties, and the faiths of a chaplaincy team, are the job; a faith's title before a name ("Imam Yusuf") still goes with it.
      if (chaplaincyWork(text, m.index, end) && !NAME_AFTER.test(text.slice(end, end + 8))) continue;
      const [grownStart, e] = grow(text, m.index, end);
      // "Chapel Allerton Hospital", "Temple Fortune Library": a place named after the building.
      // PLACE_LAST read on the last 12 characters, as long as its longest match (" Polytechnic").
      if (PLACE_AFTER.test(text.slice(e, e + 30)) || PLACE_LAST.test(text.slice(Math.max(grownStart, e - 12), e)) || holdsAny(text.slice(end, e), SEATS_OF_LEARNING)) continue;
      // "Mrs Grace Chapel", "Dr Ann Temple": the building's word is a surname, and the person is a name. Before a place of care
      // it opens the place's name, and the person is only the title and name before it ("Dr Patel Temple Fortune Health Centre").
      const titled = BUILDING_OPENS.test(m[0]) ? TITLED_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index)) : null;
      const carePlace = BUILDING_OPENS.test(m[0]) && CARE_PLACE_NEXT.test(text.slice(end, end + 40));
      if (titled) spans.push(makeSpan('name', m.index - titled[0].length, carePlace ? m.index - 1 : end));
      if (titled || carePlace) continue;
      // "Chapel Allerton", "Temple Fortune", "Church Stretton": a building's word opening a name of capitalised words is a
      // district's or a town's, unless worship is told around it ("choir at Chapel Street Methodist").
      if (grownStart === m.index && BUILDING_OPENS.test(m[0]) && PLACE_NAME_AFTER.test(text.slice(end, end + 40)) && !worshipAround(text, m.index, e)) continue;
      const s = grownStart - riteBefore(text, grownStart);
      // How strictly the writer keeps it goes with the faith: "Muslim but not strict", "Catholic (non-practising)".
      const kept = list === CAPITALISED ? (OBSERVANCE_AFTER.exec(text.slice(e, e + 40))?.[0].length ?? 0) : 0;
      spans.push(religionSpan(text, s, e + kept, list === CAPITALISED && /\s/.test(m[0])));
    }
  }
  for (const m of matchAll(text, SAINTS)) {
    const end = m.index + m[0].length;
    const clause = text.slice(Math.max(0, m.index - 60), m.index);
    const clauseStart = Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(';'), clause.lastIndexOf('\n'));
    if (SAINTS_NAMED_AFTER.test(text.slice(end, end + 30)) || !CHURCH_CONTEXT.test(clause.slice(clauseStart + 1))) continue;
    spans.push(religionSpan(text, m.index, end));
  }
  for (const m of matchAll(text, WORSHIP_FIRST)) {
    const end = m.index + m[0].length;
    if (STREET_AFTER.test(text.slice(end, end + 30))) continue;
    if (WELSH_FIRST.test(m[0])) {
      const clause = text.slice(Math.max(0, m.index - 60), m.index);
      const from = Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(';'), clause.lastIndexOf('\n')) + 1;
      if (!CHURCH_CONTEXT.test(`${clause.slice(from)} ${text.slice(end, end + 40)}`.toLowerCase())) continue;
    }
    const [grownStart, e] = grow(text, m.index, end);
    if (PLACE_AFTER.test(text.slice(e, e + 30)) || PLACE_LAST.test(text.slice(Math.max(grownStart, e - 12), e)) || holdsAny(text.slice(end, e), SEATS_OF_LEARNING)) continue;
    spans.push(religionSpan(text, m.index, e, false, true));
  }
  for (const pattern of [KESH, ARTICLES, RECITE, WORN]) for (const m of matchAll(text, pattern)) spans.push(makeSpan('religion', m.index, m.index + m[0].length));
  // Above a name: "Amrit" is a given name too.
  for (const m of matchAll(text, RITE_TAKEN)) spans.push(makeSpan('religion', m.index, m.index + m[0].length, { priority: REDACTION_KINDS.name.priority + 1 }));
  for (const m of matchAll(text, PLACE_TO_PRAY)) if (!forPatients(text, m.index, m.index + m[0].length)) spans.push(makeSpan('religion', m.index, m.index + m[0].length));
  // A Mass PRACTICE finds, lengthened by its town ("[Polish Mass in Derby]").
  for (const m of matchAll(text, MASS_IN)) {
    const before = PRACTICE_MASS_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    if (before) spans.push(makeSpan('religion', m.index - before[0].length, m.index + m[0].length));
  }
  for (const m of matchAll(text, PRACTICE)) {
    // "a patient who was fasting during Ramadan": someone else's practice, in the writer's care.
    if (othersAfterWriter(text, m.index, WRITER_WORD, SOMEONE_ELSE) || chaplaincyWork(text, m.index, m.index + m[0].length)) continue;
    const [s, e] = grow(text, m.index, m.index + m[0].length);
    spans.push(makeSpan('religion', s - (m[0].startsWith('for') ? practiceBefore(text, s) : 0), e));
  }
  // Where the last act told of the writer after "who" ends, as an act in the third person may go on from it.
  let writerWhoEnd = -1;
  for (const m of [...matchAll(text, WORSHIP_ACT), ...matchAll(text, WORSHIP_AT)]) {
    if (m[0].startsWith('who') && !writerWho(text, m.index)) continue;
    if (AND_THIRD_PERSON.test(m[0]) && (writerWhoEnd < 0 || text.slice(writerWhoEnd, m.index).trim() !== '')) continue;
    const from = m.index + m[0].length;
    const window = text.slice(from, from + 60);
    const stop = window.search(CLAUSE_END);
    // "I went to the temple festival with my patients' families": work, where only the faith word goes.
    if (OTHERS.test(window.slice(0, stop < 0 ? window.length : stop))) continue;
    // "I fast during Ramadan and pray at lunchtime": a second act starts after its "and".
    const start = m[0].startsWith('and') || m[0].startsWith('who') ? m.index + m[0].search(/[ \t]/) + 1 : m.index;
    // Grown to the right only: the act starts at its subject ("Every Sunday [I do seva…]").
    const [, e] = grow(text, start, from + trimChars(window.slice(0, stop < 0 ? window.length : stop), null, /[\s,]/).length);
    const s = start;
    // Divisible: a festival or an organisation named inside it ("Yom Kippur") outranks it, and the act still goes round it.
    spans.push(makeSpan('religion', s, e, { divisible: true }));
    if (m[0].startsWith('who') || AND_THIRD_PERSON.test(m[0])) writerWhoEnd = e;
  }
  for (const m of matchAll(text, WHILE_FASTING)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1);
    if (/\b(?:I|we)\b/.test(clause) && !OTHERS.test(clause) && !CARE_FOR_OTHERS.test(clause)) spans.push(makeSpan('religion', m.index, m.index + m[0].length));
  }
  return spans.concat(faithSchedule(text, spans));
}

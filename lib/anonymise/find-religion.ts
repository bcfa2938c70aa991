import { alternation } from './alternation';
import religionData from './data/religion-terms.json';
import { makeSpan } from './make-span';
import type { Span } from './span';

const CAPITALISED = new RegExp(`(?<![\\p{L}'’-])(?:${alternation(religionData.capitalised)})(?![\\p{L}-])`, 'gu');
const ANY_CASE = new RegExp(`(?<![\\p{L}'’-])(?:${alternation(religionData.anyCase)})(?![\\p{L}-])`, 'giu');
/** "Church Road", "Temple Street": a place, not a faith. */
const STREET_AFTER = /^\s+(?:Road|Rd|Street|St|Lane|Avenue|Close|Drive|Way|Hill|Green|View|Walk|Row|Fields|Gate|Place|Terrace|Surgery|Practice|Medical\s+(?:Centre|Practice)|Health\s+Centre)\b/;
/** Capitalised words that can be part of a faith organisation's name. */
const ORG_WORD = /^(?:St\.?|Saint|[A-Z][\p{L}'’-]*|of|the|and|&|Our|Lady|de|la)$/u;
const NOT_ORG_WORD = /^(?:I|A|An|The|My|Our|At|In|On|As|For|With|Volunteer|Volunteered|Volunteering|Member|Trustee|Secretary|Treasurer|Chair|Leader|Organiser|Organizer|Helper|Coordinator|Co-ordinator|Since|From|To|Local|During|After|Before|Every|Each|This|That|Last|Next|When|While|Over|Through|Throughout|Until|Outside|Inside|Within|Without|Both|All|Many|Some|Most|Also|Then|Each|Celebrating|Attending|Attend|Regular|Weekly|Monthly|Annual)$/;

const PLACE_AFTER = /^\s+(?:Hospital|Surgery|Practice|Medical|Health|Clinic|Infirmary|Primary|School|Academy|Library|Station|Road|Street|Lane|Avenue)\b/;
/** The same, grown into the name: "Chapel Allerton Hospital". */
const PLACE_LAST = /\s(?:Hospital|Surgery|Practice|Clinic|Infirmary|School|Academy|Library|Station|Road|Street|Lane|Avenue)$/;
/** A place of worship, whose street or town says which congregation. */
const WORSHIP_PLACE = /\b(?:[Cc]hurch|[Mm]osque|[Gg]urdwara|[Ss]ynagogue|[Tt]emple|[Mm]andir|[Cc]hapel|[Vv]ihara|[Pp]agoda|[Mm]asjid|[Cc]entre|[Hh]ouse)$/;
const WHERE = /^[ \t]+(?:on|in)[ \t]+(\p{Lu}[\p{L}'’-]+)(?:[ \t]+(?:Street|Road|Lane|Avenue|\p{Lu}[\p{L}'’-]+))?/u;
const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Advent|Lent)$/;
/** How devout: "practising Muslim", "devout Catholic". */
const DEVOUT = /^(?:practising|practicing|devout|observant|committed|born-again)$/;
/** A group or role at a place of worship, and the saint's church it is at. */
const ACTIVITY =
  /^(?:['’]s)?(?:\s+(?:choir|festivals?|celebrations?|group|club|class|classes|team|fellowship|centre|center|committee|council|warden|school|youth|homework|volunteers?|member|members|community|association|society|events?|services?|prayers|leader|elders?|deacons?|deaconess|stewards?|organist|preacher|treasurer|secretary|trustee|servers?|reader)\b){1,2}(?:\s+(?:at|in)\s+(?:the\s+)?St\.?\s+\p{Lu}[\p{L}'’]*)?/u;

/** An office or membership before a place of worship: "deacon at", "an elder of the", "member of the local … chapel". */
const OFFICE_BEFORE = /\b(?:elder|deacon|deaconess|steward|churchwarden|warden|organist|lay\s+preacher|lay\s+reader|trustee|treasurer|member)\s+(?:at|of|in|for)\s+((?:[\p{Ll}'’-]+\s+){0,3})$/u;
const FAITH_OFFICE = /^(?:elder|deacon|deaconess|churchwarden|lay)\b/;
/** An organisation's name has at most this many words either side of its faith word. */
const MAX_GROWTH = 6;

function grow(text: string, start: number, end: number): [number, number] {
  // Left: "St Mary's Church", "Holy Trinity Church", "Guru Nanak Gurdwara".
  let s = start;
  for (let grown = 0; grown < MAX_GROWTH; grown++) {
    // A word before it on the same line or the line before ("Free\nChurch of Scotland"), or a name in brackets ("Welsh Independent (Annibynwyr) chapel").
    const m = /(?:^|[\s(])(\(\p{Lu}[\p{L}'’-]*\)|[\p{L}'’.&-]+)(\s+)$/u.exec(text.slice(Math.max(0, s - 40), s));
    const word = m?.[1];
    if (!m || !word) break;
    // Across a line break only inside a wrapped paragraph: a short line before it is a heading.
    if (m[2]!.includes('\n') && s - m[2]!.length - (text.lastIndexOf('\n', s - m[2]!.length - 1) + 1) < 40) break;
    const bracketed = word.startsWith('(');
    if (!bracketed && (!(ORG_WORD.test(word) || DEVOUT.test(word)) || NOT_ORG_WORD.test(word) || /^(?:of|the|and|&)$/.test(word))) break;
    s -= m[0].length - (/^[\s(]/.test(m[0]) && !bracketed ? 1 : 0) - (bracketed && /^\s/.test(m[0]) ? 1 : 0);
  }
  // Right: "Muslim Doctors Association", "Church of England", "Christian Medical Fellowship (CMF)".
  let e = end;
  for (let grown = 0; grown < MAX_GROWTH; grown++) {
    const m = /^(?:[ \t]+|[ \t]*\n[ \t]*)([\p{L}'’&-]+|\([A-Z]{2,8}\))/u.exec(text.slice(e, e + 40));
    const word = m?.[1];
    if (!m || !word) break;
    if (word.startsWith('(')) {
      e += m[0].length;
      break;
    }
    if (!ORG_WORD.test(word) || NOT_ORG_WORD.test(word)) break;
    if (/^(?:of|the|and|&)$/.test(word)) {
      // Only when another capitalised word follows: "Church of England", not "mosque of my".
      const next = /^\s+(?:of|the|and|&)\s+([A-Z][\p{L}'’-]+)/u.exec(text.slice(e, e + 40));
      if (!next?.[1] || NOT_ORG_WORD.test(next[1])) break;
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
  return [s, e];
}

/** Religious practice described rather than named: "I wear a hijab", "I fast during Ramadan", "I keep the Sabbath", "I only eat halal", "for religious reasons". */
const PRACTICE =
  /\b(?:wear|wears|wearing)\s+(?:a\s+|my\s+)?(?:hijab|niqab|headscarf|turban|kippah|yarmulke|patka|burqa|jilbab)\b|\bI\s+(?:pray|fast|observe|keep\s+(?:the\s+)?(?:Sabbath|Shabbat|kosher|halal)|attend\s+(?:Mass|mass|church|mosque|temple|gurdwara|synagogue|chapel|prayers))\b[^.;\n]{0,40}|\b(?:Friday|Jummah|Jumu['’]ah)\s+prayers\b|\b(?:Sabbath|Shabbat)\b|\b(?:fast|fasting)\s+(?:on|during|for|at)\s+\p{Lu}\p{L}+|\b(?:Friday|Saturday)\s+sunset\b|\bmy\s+(?:locs|dreadlocks|kara|kirpan|bindi|tilak|rosary|crucifix)\b|\b(?:wear|wears|wearing)\s+a\s+(?:kara|kirpan|bindi|tilak|rosary|crucifix)\b|\bI\s+(?:only\s+)?eat\s+(?:only\s+)?(?:halal|kosher)\b|\bfor\s+(?:religious|faith)\s+reasons\b|\bCapel[ \t]+(?:Bethel|Salem|Seion|Sion|Bethesda|Ebeneser|Ebenezer|Tabernacl|Moriah|Hebron|Carmel|Bethania|Horeb|Soar|Peniel|Bethlehem|Jerusalem)\b|\b(?:to|attend|attending|Sunday|vigil|Polish|Latin|daily|weekly|Catholic)\s+[Mm]ass\b(?![\s-]+(?:[Vv]accinat|[Cc]asualt|[Ii]mmuni|[Ss]pectromet|[Gg]ather|[Ss]creening|[Ee]vent|[Ii]ndex|[Pp]roduc))(?:[ \t]+at[ \t]+St\.?[ \t]+\p{Lu}[\p{L}'’]*)?/gu;

/**
 * Religion: faiths, festivals and places of worship, grown to the organisation's name around
 * them ("volunteer at St Mary's Church" → "volunteer at [RELIGION]"). A faith word followed by
 * "Road", "Surgery"… is a place or practice and stays.
 */
export function findReligion(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of [CAPITALISED, ANY_CASE]) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (pattern === ANY_CASE && STREET_AFTER.test(text.slice(end, end + 30))) continue;
      // "Jesus College", "Christian Salvesen Road": a college or a place, not a faith.
      if (pattern === CAPITALISED && /^\s+College\b/.test(text.slice(end, end + 12))) continue;
      const [s, e] = grow(text, m.index, end);
      // "Chapel Allerton Hospital", "Temple Fortune Library": a place named after the building.
      if (PLACE_AFTER.test(text.slice(e, e + 30)) || PLACE_LAST.test(text.slice(s, e))) continue;
      // Where a place of worship is: "temple on Catherine Street", "Buddhist centre in Aldershot" (not "in May").
      const where = WORSHIP_PLACE.test(text.slice(s, e)) ? WHERE.exec(text.slice(e, e + 50)) : null;
      // "an elder at [Bethany Church]": the office goes with the place, which it names as a faith's.
      // A role any club has ("member", "steward") goes only when the place has no name of its own ("member of the local chapel").
      const found = OFFICE_BEFORE.exec(text.slice(Math.max(0, s - 60), s));
      const unnamed = (found?.[1] ?? '').split(/\s+/).some((word) => word && !/^(?:the|my|our|a|an)$/.test(word));
      const office = found && (FAITH_OFFICE.test(found[0]) || unnamed) ? found : null;
      spans.push(makeSpan('religion', office ? s - office[0].length : s, where && !MONTH_OR_DAY.test(where[1]!) ? e + where[0].length : e));
    }
  }
  for (const m of text.matchAll(PRACTICE)) {
    // The rest of a clause read up to 40 characters may stop inside a word: take the whole word.
    let end = m.index + m[0].length;
    while (end < text.length && /[\p{L}'’-]/u.test(text[end]!) && /[\p{L}'’-]/u.test(text[end - 1]!)) end++;
    const [s, e] = grow(text, m.index, end);
    spans.push(makeSpan('religion', s, e));
  }
  return spans;
}

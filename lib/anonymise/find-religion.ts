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

/** An organisation's name has at most this many words either side of its faith word. */
const MAX_GROWTH = 6;

function grow(text: string, start: number, end: number): [number, number] {
  // Left: "St Mary's Church", "Holy Trinity Church", "Guru Nanak Gurdwara".
  let s = start;
  for (let grown = 0; grown < MAX_GROWTH; grown++) {
    const m = /(?:^|[ \t])([\p{L}'’.&-]+)[ \t]+$/u.exec(text.slice(Math.max(0, s - 40), s));
    const word = m?.[1];
    if (!m || !word || !ORG_WORD.test(word) || NOT_ORG_WORD.test(word) || /^(?:of|the|and|&)$/.test(word)) break;
    s -= m[0].length - (m[0].startsWith(' ') || m[0].startsWith('\t') ? 1 : 0);
  }
  // Right: "Muslim Doctors Association", "Church of England", "Christian Medical Fellowship (CMF)".
  let e = end;
  for (let grown = 0; grown < MAX_GROWTH; grown++) {
    const m = /^[ \t]+([\p{L}'’&-]+|\([A-Z]{2,8}\))/u.exec(text.slice(e, e + 40));
    const word = m?.[1];
    if (!m || !word) break;
    if (word.startsWith('(')) {
      e += m[0].length;
      break;
    }
    if (!ORG_WORD.test(word) || NOT_ORG_WORD.test(word)) break;
    if (/^(?:of|the|and|&)$/.test(word)) {
      // Only when another capitalised word follows: "Church of England", not "mosque of my".
      const next = /^[ \t]+(?:of|the|and|&)[ \t]+([A-Z][\p{L}'’-]+)/u.exec(text.slice(e, e + 40));
      if (!next?.[1] || NOT_ORG_WORD.test(next[1])) break;
      e += next[0].length;
      continue;
    }
    e += m[0].length;
  }
  return [s, e];
}

/** Religious practice described rather than named: "I wear a hijab", "I fast during Ramadan", "I keep the Sabbath". */
const PRACTICE =
  /\b(?:wear|wears|wearing)\s+(?:a\s+|my\s+)?(?:hijab|niqab|headscarf|turban|kippah|yarmulke|patka|burqa|jilbab)\b|\bI\s+(?:pray|fast|observe|keep\s+(?:the\s+)?(?:Sabbath|Shabbat|kosher|halal)|attend\s+(?:Mass|mass|church|mosque|temple|gurdwara|synagogue|chapel|prayers))\b[^.;\n]{0,40}|\b(?:Friday|Jummah|Jumu['’]ah)\s+prayers\b|\b(?:Sabbath|Shabbat)\b/g;

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
      const [s, e] = grow(text, m.index, end);
      spans.push(makeSpan('religion', s, e));
    }
  }
  for (const m of text.matchAll(PRACTICE)) spans.push(makeSpan('religion', m.index, m.index + m[0].length));
  return spans;
}

import demonymData from './data/demonyms.json';
import { demonymPattern, demonymRuns } from './demonym-runs';
import { makeSpan } from './make-span';
import { matchSpans } from './match-spans';
import type { Span } from './span';

const ROOT = demonymPattern([
  ...demonymData.demonyms,
  ...['Caribbean', 'African', 'West African', 'East African', 'South Asian', 'East Asian', 'Asian', 'Arab', 'Romani', 'Roma', 'Gypsy'],
  ...['Irish Traveller', 'West Indian', 'Indo-Caribbean', 'Afro-Caribbean', 'Black', 'White', 'Mixed', 'Berber'],
]);
/** Census categories: "Black British", "White Irish", "Asian British", "Mixed White and Black Caribbean". */
const CENSUS_START = /^(?:Black|White|Mixed|Asian)\b/;
/** "Black and White photos": colours alone are no census category. */
const COLOURS_ONLY = /^(?:Black|White|Mixed|Asian)(?:\s+(?:and\s+)?(?:Black|White))*$/;
const HERITAGE_BEFORE = /\bof\s+(?:mixed\s+)?$/;
const BRACKETED = /^\s*\(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?\)/u;
/** "the Vietnamese community association", "Polish Saturday school": a people's own organisation. */
const ASSOCIATION_AFTER = /^\s+(?:[Cc]ommunity\s+)?(?:[Aa]ssociation|[Ss]ociety|[Cc]lub|[Ss]aturday\s+[Ss]chool|[Cc]ommunity\s+[Cc]entre)\b/;
const HERITAGE_AFTER = /^\s+(?:heritage|descent|origin|background|ancestry|extraction|roots)\b/;

const WHOLE: RegExp[] = [
  /\b(?:British|Scottish|Welsh|English)[- ](?:Asian|Indian|Pakistani|Bangladeshi|Chinese|Nigerian|Ghanaian|Somali|Caribbean|Jamaican|Arab|Turkish|Kurdish|African|Sikh|Muslim|Hindu|Jewish|Bengali|Punjabi)\b/g,
  /\b(?:mixed[- ]race|mixed heritage|dual heritage|biracial)\b/gi,
  // "Anglo-Indian", "the Windrush generation"
  /\bAnglo-(?:Indian|Burmese|Chinese|African|Caribbean)\b|\bWindrush\s+generation\b/g,
  // "from a BAME background", "from an ethnic minority background"
  /\b(?:from\s+)?an?\s+(?:BAME|BME|ethnic minority|minority ethnic|Black|Asian|Black and minority ethnic)\s+(?:background|community|family|heritage)\b/g,
];
// "as a Black nurse", "I am Asian": only the adjective.
const AS_A = /\b(?:[Aa]s|I am|I'm|I’m|[Bb]eing)\s+an?\s+(Black|Asian|mixed[- ]race|South Asian|East Asian|Brown)\b/g;

/** Staff networks by ethnicity: "BAME Staff Network", "Black, Asian and Minority Ethnic Nurses Forum". */
const NETWORK = /\b(?:Network|Forum|Association|Society|Group)\b/g;
const NETWORK_WORD = /^(?:BAME|BME|Black|Minority|Ethnic|Race|Equality|REACH|Asian|Staff|Nurses|Doctors|Midwives|Paramedic|Paramedics|Pharmacists|Professionals|Colleagues|Allied|Health|NHS|Women|Leadership|Clinicians|and|&)$/;
const ETHNIC_MARKER = /\b(?:BAME|BME|Black|Minority Ethnic|Ethnic Minority|Race Equality|REACH)\b/;

/** The network's name before `end`, read back one word at a time (at most eight words). */
function networkName(text: string, end: number): number | null {
  let start = end;
  for (let words = 0; words < 8; words++) {
    let cursor = start;
    while (cursor > 0 && /[ \t,]/.test(text[cursor - 1]!)) cursor--;
    let wordStart = cursor;
    while (wordStart > 0 && /[\p{L}&]/u.test(text[wordStart - 1]!)) wordStart--;
    if (wordStart === cursor || !NETWORK_WORD.test(text.slice(wordStart, cursor))) break;
    start = wordStart;
  }
  return start < end && ETHNIC_MARKER.test(text.slice(start, end)) ? start : null;
}

/** Ethnicity stated or implied by a membership. Only in those contexts: "Black" alone stays. */
export function findEthnicity(text: string): Span[] {
  const spans = matchSpans(text, 'ethnicity', WHOLE, [AS_A]);
  for (const run of demonymRuns(text, ROOT)) {
    const value = text.slice(run.start, run.end);
    const before = text.slice(Math.max(0, run.start - 20), run.start);
    const after = HERITAGE_AFTER.exec(text.slice(run.end, run.end + 20));
    const of = HERITAGE_BEFORE.exec(before);
    if (of && after) spans.push(makeSpan('ethnicity', run.start - of[0].length, run.end + after[0].length));
    else if (CENSUS_START.test(value) && /\s/.test(value) && !COLOURS_ONLY.test(value)) {
      // "Black British (Caribbean)": the census category's bracketed detail goes with it.
      spans.push(makeSpan('ethnicity', run.start, run.end + (BRACKETED.exec(text.slice(run.end, run.end + 40))?.[0].length ?? 0)));
    } else if (ASSOCIATION_AFTER.test(text.slice(run.end, run.end + 40))) spans.push(makeSpan('ethnicity', run.start, run.end));
  }
  for (const m of text.matchAll(NETWORK)) {
    const start = networkName(text, m.index);
    if (start !== null) spans.push(makeSpan('ethnicity', start, m.index + m[0].length));
  }
  return spans;
}

import { alternation } from './alternation';
import demonymData from './data/demonyms.json';
import { matchSpans } from './match-spans';
import type { Span } from './span';

const D = `(?:${alternation(demonymData.demonyms)})`;
const ROOTS = `(?:${D}|Caribbean|African|West African|East African|South Asian|East Asian|Asian|Arab|Romani|Roma|Gypsy|Irish Traveller|West Indian|Indo-Caribbean|Afro-Caribbean|Black|Punjabi|Gujarati|Tamil|Bengali|Sylheti|Yoruba|Igbo|Hausa|Akan|Kurdish|Berber)`;

const WHOLE: RegExp[] = [
  // Census categories: "Black British", "White Irish", "Asian British", "Mixed White and Black Caribbean"
  /\b(?:Black|White|Mixed|Asian)(?:\s+(?:British|African|Caribbean|Irish|Asian|European|Arab|Other|Pakistani|Indian|Bangladeshi|Chinese|and(?=\s+(?:Black|White|Asian))|Black|White))+\b/g,
  /\b(?:British|Scottish|Welsh|English)[- ](?:Asian|Indian|Pakistani|Bangladeshi|Chinese|Nigerian|Ghanaian|Somali|Caribbean|Jamaican|Arab|Turkish|Kurdish|African|Sikh|Muslim|Hindu|Jewish|Bengali|Punjabi)\b/g,
  // "of Nigerian heritage", "of mixed Caribbean and Irish descent"
  new RegExp(`\\bof\\s+(?:mixed\\s+)?${ROOTS}(?:\\s*(?:,|and|&|-)\\s*${ROOTS})*\\s+(?:heritage|descent|origin|background|ancestry|extraction|roots)\\b`, 'g'),
  /\b(?:mixed[- ]race|mixed heritage|dual heritage|biracial)\b/gi,
  // "from a BAME background", "from an ethnic minority background"
  /\b(?:from\s+)?an?\s+(?:BAME|BME|ethnic minority|minority ethnic|Black|Asian|Black and minority ethnic)\s+(?:background|community|family|heritage)\b/g,
  // Staff networks by ethnicity
  /\b(?:BAME|BME|Black|Minority Ethnic|Ethnic Minority|Race Equality|REACH|Black,? Asian and Minority Ethnic)(?:\s+(?:and|&|,)?\s*(?:Asian|Minority|Ethnic|Black|Staff|Nurses|Doctors|Women|Leadership|Clinicians))*\s+(?:Staff\s+)?(?:Network|Forum|Association|Society|Group)\b/g,
];
// "as a Black nurse", "I am Asian": only the adjective.
const AS_A = /\b(?:as|I am|I'm|being)\s+an?\s+(Black|Asian|mixed[- ]race|South Asian|East Asian|Brown)\b/g;

/** Ethnicity stated or implied by a membership. Only in those contexts: "Black" alone stays. */
export function findEthnicity(text: string): Span[] {
  return matchSpans(text, 'ethnicity', WHOLE, [AS_A]);
}

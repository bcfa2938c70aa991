import { alternation } from './alternation';
import demonymData from './data/demonyms.json';
import { matchSpans } from './match-spans';
import type { Span } from './span';

const D = `(?:${alternation(demonymData.demonyms)})`;
const SEVERAL = `${D}(?:\\s*(?:,|and|&|/|-)\\s*${D})*`;

const PATTERNS: RegExp[] = [
  // "British citizen", "Nigerian and British citizenship", "EU national", "Polish passport holder", "Nigerian-born"
  new RegExp(`\\b${SEVERAL}(?:\\s+(?:[Cc]itizen(?:ship)?s?|national(?:ity|s)?|[Nn]ationality|[Pp]assport(?:\\s+[Hh]older)?)|-born)\\b`, 'g'),
  // "dual nationality", "dual British and Irish citizenship"
  new RegExp(`\\bdual\\s+(?:${SEVERAL}\\s+)?(?:nationality|citizenship|national)\\b`, 'gi'),
  // "citizen of Ghana", "citizenship of the Philippines"
  /\b[Cc]itizen(?:ship)? of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}/g,
];
// "I am British.", "I'm Irish and…": only the nationality, and only at the end of a clause.
const I_AM = new RegExp(
  `\\bI(?: am|'m|’m)\\s+(?:an?\\s+)?(?:proud\\s+)?(${SEVERAL})(?=\\s*(?:[.,;:!)]|$|\\s+(?:and|but|by|with|living|who|citizen)\\b))`,
  'gm',
);

/** Nationality, only where the text states it: a bare "British" (British Sign Language) stays. */
export function findNationality(text: string): Span[] {
  return matchSpans(text, 'nationality', PATTERNS, [I_AM]);
}

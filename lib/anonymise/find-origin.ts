import { alternation } from './alternation';
import demonymData from './data/demonyms.json';
import { makeSpan } from './make-span';
import type { Span } from './span';

/** A place of one to five capitalised words, hyphens inside words: "Lagos", "Stoke-on-Trent", "Kuala Lumpur", "the Philippines". */
const WORD = "\\p{Lu}[\\p{L}'’]+(?:-\\p{L}[\\p{L}'’]*){0,3}";
const PLACE = `((?:the[ \\t]+)?${WORD}(?:[ \\t]+(?:(?:of|and|upon|on|de|la|el|al|es)[ \\t]+)?${WORD}){0,4}(?:,[ \\t]*${WORD}(?:[ \\t]+${WORD})?)?)(?![\\p{L}\\p{M}'’-])`;
const ORIGIN = new RegExp(
  `\\b(?:[Bb]orn(?:\\s+and\\s+(?:raised|brought up|bred))?\\s+in|[Oo]riginally\\s+(?:from|hail(?:ing)?\\s+from)|[Gg]rew\\s+up\\s+in|[Bb]rought\\s+up\\s+in|[Rr]aised\\s+in|(?:[Mm]oved|[Cc]ame|[Rr]elocated|[Ee]migrated|[Mm]igrated|[Aa]rrived)\\s+(?:(?:to|in)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’]*(?:\\s+\\p{Lu}[\\p{L}'’]*)?\\s+)?(?:in\\s+\\d{4}\\s+)?from|I\\s+am\\s+from|I'm\\s+from|[Nn]ative\\s+of|[Hh]ail\\s+from)\\s+${PLACE}`,
  'gu',
);
/** "a proud Mancunian", "as a Geordie": a regional identity, unless it names a road or a body ("Mancunian Way"). */
const REGIONAL = new RegExp(`(?<![\\p{L}])(?:${alternation(demonymData.regional)})(?![\\p{L}]|\\s+(?:Way|Road|Street|Centre|Trust|Society|Association)\\b)`, 'gu');

/**
 * Where the candidate comes from: "born in Lagos", "originally from Kraków",
 * "moved to the UK from the Philippines" (only the place goes), and regional identities.
 */
export function findOrigin(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(ORIGIN)) {
    const place = m[1] ?? '';
    const start = m.index + m[0].length - place.length;
    spans.push(makeSpan('origin', start, start + place.length));
  }
  for (const m of text.matchAll(REGIONAL)) spans.push(makeSpan('origin', m.index, m.index + m[0].length));
  return spans;
}

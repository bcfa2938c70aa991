import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import type { Span } from './span';

/**
 * One author as a citation lists them (Vancouver style): a surname, maybe after a particle and maybe joined by a
 * hyphen or of two words ("Okonkwo-Adeyemi", "van der Berg", "Ní Bhriain"), then one to three initials ("Chan WY").
 * A surname part has a small letter, so it never runs into the initials.
 */
const SURNAME_PART = String.raw`\p{Lu}[\p{Ll}'’]+`;
const AUTHOR = String.raw`(?:(?:van|von|de|der|den|da|di|du|le|la|al|el|bin|ibn)[ -]){0,2}${SURNAME_PART}(?:[ -]${SURNAME_PART})?[ \t]\p{Lu}{1,3}`;
/** One author, where a list may hold them. */
const AUTHOR_AT = new RegExp(`(?<![\\p{L}\\p{N}])${AUTHOR}(?![\\p{L}\\p{N}])`, 'gu');
/** Where a list of authors ends: a full stop, or "et al". */
const LIST_END = /^(?:\.|,?[ \t]et[ \t]al\b)/;
/** The same author with two or more initials: "Chan WY", as a ward or a bay ("Ward B", "Bay C") never has. */
const TWO_INITIALS = /[ \t]\p{Lu}{2,3}(?=,|$)/u;
const ET_AL = /^,?[ \t]et[ \t]al\b/;
/** A year in the citation's own line: when the work was published. */
const YEAR = /\b(?:19|20)\d{2}\b/;

/**
 * The authors of a publication a CV lists ("1. Ogunleye OA, Danjuma AB, Chan WY, et al. Same-day emergency care…",
 * "Wickramasinghe KD, Ó Súilleabháin P, Okonkwo-Adeyemi T. Trauma-focused CBT…"): the candidate and their co-authors
 * are named there. A list is a citation when "et al" ends it, or when it holds two authors or more, one with two
 * initials or more, and a year stands on its line or the next.
 */
export function findAuthorLists(text: string): Span[] {
  const spans: Span[] = [];
  // Authors in a row, joined by ", ", read as one list.
  let list: { start: number; end: number; text: string }[] = [];
  const close = () => {
    const end = list.at(-1)?.end ?? 0;
    const etAl = ET_AL.test(text.slice(end, end + 8));
    const lineEnd = text.indexOf('\n', text.indexOf('\n', end) + 1);
    const cited = list.length >= 2 && list.some((author) => TWO_INITIALS.test(author.text)) && YEAR.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd));
    if (list.length && LIST_END.test(text.slice(end, end + 8)) && (etAl || cited)) for (const a of list) spans.push(makeSpan('name', a.start, a.end));
    list = [];
  };
  for (const m of matchAll(text, AUTHOR_AT)) {
    const previous = list.at(-1);
    if (previous && !/^,[ \t]$/.test(text.slice(previous.end, m.index))) close();
    list.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  close();
  return spans;
}

import demonymData from './data/demonyms.json';
import religionTerms from './data/religion-terms.json';

/**
 * The writer's "i" and "im" typed in lower case, as a quick or informal CV types them ("im 34 and i care for my mum", "im Roma"),
 * read as "I" and "Im", so the readings of the writer's own words ("I am", "I'm") know them. The same length: every offset stays.
 * "i" only before a word in lower case or a contraction's mark, never a list's "(i)", "i.e." or a particle between two names
 * ("Puig i Ferrer"); "im" only before a word in lower case, a figure (not an ordinal's "im 3. Jahr") or, where a line or sentence opens, a
 * capitalised word: German's "im Krankenhaus" inside a sentence and Polish "im. Mikołaja" stay.
 */
const WRITER_I = /(?<![\p{L}\p{M}\p{N}'’.(-])i(?=['’](?:m|ve|d|ll)\b|[ \t]+\p{Ll})|(?<![\p{L}\p{M}\p{N}'’.(-])im(?=[ \t]+(?:\p{Ll}|\d(?!\d{0,2}\.[ \t]+\p{Lu})))|(?<=^[ \t]*|[.!?][ \t]{1,3})im(?=[ \t]+\p{Lu}\p{Ll})/gmu;

/** "im" inside a sentence before a people's or a faith's word ("Hi, im Nigerian", "and im Muslim"), which German's "im" never precedes. */
const IM_BEFORE_CAPITAL = /(?<![\p{L}\p{M}\p{N}'’.(-])im(?=[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}]))/gu;
const WRITER_KINDS: ReadonlySet<string> = new Set([...demonymData.demonyms, ...demonymData.regional, ...religionTerms.capitalised]);

export function withWriterCapitals(text: string): string {
  if (!/\bim?\b/.test(text)) return text;
  return text
    .replace(WRITER_I, (word) => (word === 'i' ? 'I' : 'Im'))
    .replace(IM_BEFORE_CAPITAL, (word, kind: string) => (WRITER_KINDS.has(kind) ? 'Im' : word));
}

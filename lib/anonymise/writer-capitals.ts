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

/**
 * A people's or a faith's word the writer types in lower case of themself or their family ("I am muslim", "we're polish", "as a
 * devout sikh", "my family is hindu"), read capitalised, as the readings of nationality and faith know it. Not words that are also
 * a plain word after "I am" ("a keen traveller", "evangelical about safety", "orthodox in approach"), nor a post ("trained as an imam").
 */
const SELF_KIND =
  /(?<![\p{L}'’])(?:I[ \t]+am|I['’]m|Im|[Ww]e[ \t]+are|[Ww]e['’]re|[Mm]y[ \t]+family[ \t]+(?:is|are)|([Aa]s[ \t]+an?|[Bb]eing|brought[ \t]+up|raised))[ \t]+(?:an?[ \t]+)?(?:(?:proud|practising|practicing|devout|observant|lapsed|non-practising)[ \t]+)?(\p{Ll}[\p{Ll}'’]*)(?![\p{L}\p{M}-])/gu;
/**
 * After "as a", "being", "brought up" or "raised" the word is the writer's people only where no noun follows it: the clause ends, or
 * "and", "I", a preposition or a word for a person comes next ("raised sikh in Leeds", "as a proud welsh woman"); "as an english teacher", "as a chinese medicine practitioner" is a subject.
 */
const KIND_ENDS = /^(?:[ \t]*(?:[,.;:!?)]|\r?\n|$)|[ \t]+(?:and|or|but|I|in|by|from|until|since|so|who|with|at|woman|man|person|lady|lad|lass|girl|boy|mum|dad|mother|father|family|household)(?![\p{L}]))/u;
const PLAIN_AFTER_I_AM: ReadonlySet<string> = new Set(['Traveller', 'Kiwi', 'Tyke', 'Gog', 'Commonwealth', 'Evangelical', 'Orthodox', 'Apostolic', 'Gospel', 'God', 'Imam', 'Rabbi', 'Pastor', 'Vicar']);
const SELF_KINDS: ReadonlySet<string> = new Set([...WRITER_KINDS].filter((kind) => !/\s/.test(kind) && !PLAIN_AFTER_I_AM.has(kind)));

/**
 * The same statement typed all in capitals ("I AM KURDISH", "WE ARE KURDISH"): read in the
 * writer's ordinary case ("I am Kurdish"), so the readings above and the nationality's and faith's know it. Only a people's or a
 * faith's word: "I AM AVAILABLE" stays as it is.
 */
const SELF_KIND_CAPITALS = /(?<![\p{L}'’])(?:I[ \t]+AM|I['’]M|WE[ \t]+ARE|WE['’]RE|MY[ \t]+FAMILY[ \t]+(?:IS|ARE))[ \t]+(?:(?:AN?|PROUD|PRACTISING|DEVOUT|OBSERVANT)[ \t]+)?(\p{Lu}[\p{Lu}'’]*)(?![\p{L}\p{M}-])/gu;

function inOrdinaryCase(text: string): string {
  return text.replace(SELF_KIND_CAPITALS, (whole, kind: string) => {
    const capitalised = kind.charAt(0) + kind.slice(1).toLowerCase();
    if (!SELF_KINDS.has(capitalised)) return whole;
    const frame = whole.slice(0, whole.length - kind.length).toLowerCase().replace(/^i(?![\p{L}])/u, 'I');
    return frame + capitalised;
  });
}

export function withWriterCapitals(text: string): string {
  text = /[A-Z]{2}/.test(text) ? inOrdinaryCase(text) : text;
  const writer = /\bim?\b/.test(text)
    ? text.replace(WRITER_I, (word) => (word === 'i' ? 'I' : 'Im')).replace(IM_BEFORE_CAPITAL, (word, kind: string) => (WRITER_KINDS.has(kind) ? 'Im' : word))
    : text;
  return writer.replace(SELF_KIND, (whole, role: string | undefined, kind: string, offset: number) => {
    if (role !== undefined && !KIND_ENDS.test(writer.slice(offset + whole.length, offset + whole.length + 8))) return whole;
    const capitalised = kind.charAt(0).toUpperCase() + kind.slice(1);
    return SELF_KINDS.has(capitalised) ? whole.slice(0, whole.length - kind.length) + capitalised : whole;
  });
}

// The one expander of phrases written with slots, for the rule lists (compile.ts) and the concept
// fields (wordlists/concepts.json), run by `npm run wordlists`: the engine reads the forms it gives.

export type Inflect = (phrase: string, kind: 'noun' | 'verb' | 'adjective') => string[];

/** What `{poss}` in a phrase stands for: the possessives an idiom takes ("punch above {poss} weight"). */
const POSSESSIVES = ['your', 'their', 'his', 'her', 'our', 'my'];

/** A verb's tenses, once per verb: compromise is slow and idioms share verbs ("go", "take"). */
const verbCache = new WeakMap<Inflect, Map<string, string[]>>();
function verbForms(verb: string, inflect: Inflect): string[] {
  const cache = verbCache.get(inflect) ?? new Map<string, string[]>();
  verbCache.set(inflect, cache);
  const forms = cache.get(verb) ?? [...new Set([verb, ...inflect(verb, 'verb')])];
  cache.set(verb, forms);
  return forms;
}

/**
 * Every form of a phrase written once with its variable parts: `(a|b)` is one of the words, `(|a)`
 * an optional word, `{poss}` any possessive, `<go>` the verb in any tense ("<go> (|in) hard" gives
 * "go hard", "went in hard", "goes in hard"...). Hyphens need no slot: the tokenizer reads
 * "toe-to-toe" as "toe to toe". More than `maxForms` forms is a typo in the slots (an idiom has
 * a few dozen; a concept such as "in (their|her) (early|late) (twenties|…)" more): it throws.
 */
export function expandPhrase(phrase: string, inflect: Inflect, maxForms: number): string[] {
  let forms = [''];
  // Split with its group kept, the slots are the odd parts: an unclosed "(a|b" stays as it is
  // written, for the caller to refuse.
  const parts = phrase.replaceAll('{poss}', `(${POSSESSIVES.join('|')})`).split(/(\([^()]*\)|<[^<>]*>)/);
  for (const [i, part] of parts.entries()) {
    let choices = [part];
    if (i % 2 === 1) choices = part.startsWith('(') ? part.slice(1, -1).split('|') : verbForms(part.slice(1, -1), inflect);
    forms = forms.flatMap((f) => choices.map((c) => f + c));
    if (forms.length > maxForms) throw new Error(`"${phrase}" gives more than ${maxForms} forms; split it`);
  }
  return forms.map((f) => f.replace(/ {2,}/g, ' ').trim());
}

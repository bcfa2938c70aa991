import { nameLexicon } from './name-lexicon';
import type { Word } from './scan-words';

/** How many first letters a second spelling shares with the name, and how far their lengths may differ. */
const SHARED_LETTERS = 6;
const LENGTH_SLACK = 2;

/**
 * Whether `word` spells `part` another way, their lengths close: their first letters the same ("Hovhannisian", "Hovhannisyan"),
 * or all but the opening sound, as Russian and Ukrainian spell one name ("Aleksandr", "Oleksandr"; "Yelena", "Olena" is too short).
 */
function spellsAnotherWay(word: string, part: string): boolean {
  if (word === part || part.length < SHARED_LETTERS + 1 || Math.abs(word.length - part.length) > LENGTH_SLACK) return false;
  const [a, b] = [word.toLowerCase(), part.toLowerCase()];
  return a.slice(0, SHARED_LETTERS) === b.slice(0, SHARED_LETTERS) || a.slice(-SHARED_LETTERS - 1) === b.slice(-SHARED_LETTERS - 1);
}

/**
 * A person's surname spelt another way beside their given name, as a diploma or an old document transliterated it ("Optometry
 * diploma (Anahit Hovhannisian)" for Anahit Hovhannisyan): a capitalised word no list knows as a word, joined by a blank to a
 * word of the same person, that starts with the first six letters of one of their parts and is about as long. It becomes theirs.
 */
export function addSpellingVariants(words: Word[], partsOf: readonly ReadonlySet<string>[], owner: Map<string, number[]>): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.kind !== 'cap' || word.text.length <= SHARED_LETTERS || owner.has(word.text) || nameLexicon.notNames.has(word.text)) continue;
    const before = i > 0 && words[i - 1]!.joinsNext && words[i - 1]!.join === 'space' ? owner.get(words[i - 1]!.text) : undefined;
    const after = word.joinsNext && word.join === 'space' ? owner.get(words[i + 1]?.text ?? '') : undefined;
    for (const person of [...(before ?? []), ...(after ?? [])]) {
      if (![...partsOf[person]!].some((part) => spellsAnotherWay(word.text, part))) continue;
      owner.set(word.text, [person]);
      break;
    }
  }
}

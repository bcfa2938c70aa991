import petNameData from './data/pet-names.json';
import { nameLexicon } from './name-lexicon';
import type { Word } from './scan-words';

/** Each full given name, in lower case, with the pet names it is known by (data/pet-names.json). */
const PET_NAMES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(petNameData.names).map(([full, pets]) => [full.toLowerCase(), pets]));

/**
 * A well-known pet name of a given name someone found has, which no rule of letters derives ("Małgosia" for Małgorzata, "Kasia"
 * for Katarzyna, "Pepe" for José, "Majo" for María José): a capitalised word of the text becomes theirs, unless
 * it stands in another person's name.
 * Only when the document names the person with the full given name, and never a word the lists know.
 */
export function addPetNames(words: Word[], partsOf: readonly ReadonlySet<string>[], owner: Map<string, number[]>): void {
  const petOf = new Map<string, number>();
  partsOf.forEach((parts, person) => {
    const list = [...parts].map((part) => part.toLowerCase());
    // One given name, or two in a row as a double given name ("María José").
    const keys = [...list, ...list.slice(1).map((part, i) => `${list[i]} ${part}`)];
    for (const key of keys) for (const pet of PET_NAMES.get(key) ?? []) if (!petOf.has(pet)) petOf.set(pet, person);
  });
  if (!petOf.size) return;
  for (const [i, word] of words.entries()) {
    const person = word.kind === 'cap' ? petOf.get(word.text) : undefined;
    if (person === undefined || nameLexicon.notNames.has(word.text) || nameLexicon.wordLike.has(word.text)) continue;
    // Before a capitalised word not the person's own it heads another name or a title: "a Ted Talk", "Ned Kelly".
    const next = word.joinsNext && !word.dot ? words[i + 1] : undefined;
    if (next && (next.kind === 'cap' || next.kind === 'caps') && !partsOf[person]!.has(next.text)) continue;
    // Found as a name alone ("Kasia runs the room") or with the full name's surname ("Pepe Ortega"), the pet name was read as
    // someone of its own: it is the full name's person. Beside another surname ("Kasia Nowak") it is someone else.
    const stranger = (other: number) => other !== person && [...partsOf[other]!].some((part) => part !== word.text && !partsOf[person]!.has(part));
    if ((owner.get(word.text) ?? []).some(stranger)) continue;
    owner.set(word.text, [person]);
  }
}

/**
 * A phrase set of the ruleset (`phraseSets` in wordlists/*.json) as code reads it, each phrase split into
 * words: one list that both a rule's context ("@name") and a reading in code use, so the two cannot drift
 * apart. The sets are the ruleset's being analysed (`Doc.phraseSets`), not the bundled one's; a name
 * that code reads and the ruleset lacks is an error rather than an empty set, so a renamed set is found.
 */
export function phraseSetIn(sets: Readonly<Record<string, string[][]>>, name: string): readonly string[][] {
  const set = sets[name];
  if (!set) throw new Error(`The ruleset has no phrase set "${name}" (phraseSets in wordlists/*.json), which the engine's code reads`);
  return set;
}

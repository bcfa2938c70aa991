import compiled from './compiled-rules.json';
import type { Ruleset } from './ruleset';

const NONE: readonly string[][] = [];

/**
 * A phrase set of the wordlists (`phraseSets` in wordlists/*.json) as code reads it, each phrase split
 * into words: one list that both a rule's context ("@name") and a reading in code use, so the two cannot
 * drift apart. An unknown name is an empty set (the compiler reports a context's unknown name).
 */
export function phraseSet(name: string): readonly string[][] {
  return (compiled as unknown as Ruleset).phraseSets?.[name] ?? NONE;
}

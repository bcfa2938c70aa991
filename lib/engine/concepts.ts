// The file is checked by its schema (lib/wordlists/concepts-schema.ts) in the tests, not at run time:
// zod's schema builders in the engine would more than double its bundle.
import data from '../../wordlists/concepts.json';

/** The protected characteristics said of a person, one field of words each (wordlists/concepts.json). */
export const CONCEPT_FIELDS = ['age', 'family', 'health', 'origin', 'religion'] as const;
export type ConceptField = (typeof CONCEPT_FIELDS)[number];

/** A pattern's words and groups, split at the spaces outside brackets (a loop, not an expression, so it stays linear). */
function parts(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of pattern) {
    if (c === ' ' && depth === 0) {
      if (current) out.push(current);
      current = '';
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    current += c;
  }
  if (current) out.push(current);
  return out;
}

/** Every phrase a pattern of groups stands for, as its words: "(start|end) of (her|his) career" gives four. */
export function expandPhrase(pattern: string): string[][] {
  let out: string[][] = [[]];
  for (const part of parts(pattern)) {
    const choices = part.startsWith('(') ? part.slice(1, -1).split('|') : [part];
    out = out.flatMap((words) => choices.map((c) => [...words, ...c.split(' ')]));
  }
  return out;
}

/** Each field's phrases as lower-case words, expanded. */
export const CONCEPTS: Record<ConceptField, string[][]> = Object.fromEntries(
  CONCEPT_FIELDS.map((field) => [field, data.fields[field].phrases.flatMap(expandPhrase)]),
) as Record<ConceptField, string[][]>;

// The concept fields of wordlists/concepts.json, their phrases expanded by `npm run wordlists`
// (lib/wordlists/compile-concepts.ts), so the engine only splits them into words at load.
import compiled from './compiled-concepts.json';
import { CONCEPT_FIELDS, type ConceptField } from './concept-fields';

export type { ConceptField } from './concept-fields';

/** Each field's phrases as lower-case words. */
export const CONCEPTS = Object.fromEntries(
  CONCEPT_FIELDS.map((field) => [field, compiled[field].map((phrase) => phrase.split(' '))]),
) as Record<ConceptField, string[][]>;

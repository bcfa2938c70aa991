/** The protected characteristics said of a person, one field of words each (wordlists/concepts.json). */
export const CONCEPT_FIELDS = ['age', 'family', 'health', 'origin', 'religion'] as const;
export type ConceptField = (typeof CONCEPT_FIELDS)[number];

/** The protected characteristics said of a person, and the demands that stand for them, one field of words each (wordlists/concepts.json). */
export const CONCEPT_FIELDS = ['age', 'family', 'health', 'origin', 'religion', 'physique', 'looks', 'residence', 'birthplace'] as const;
export type ConceptField = (typeof CONCEPT_FIELDS)[number];

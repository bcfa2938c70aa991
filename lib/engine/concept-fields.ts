/** The protected characteristics said of a person, and the demands that stand for them, one field of words each (wordlists/concepts.json). */
export const CONCEPT_FIELDS = ['age', 'family', 'health', 'origin', 'religion', 'physique', 'looks', 'residence', 'birthplace', 'faith'] as const;
export type ConceptField = (typeof CONCEPT_FIELDS)[number];
/** The fields a characteristic is said of a person in (read for or against a candidate: lib/engine/reading/what.ts). */
export const SAID_FIELDS = ['age', 'family', 'health', 'origin', 'religion'] as const satisfies readonly ConceptField[];
export type SaidField = (typeof SAID_FIELDS)[number];

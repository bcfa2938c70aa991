/** The fields a characteristic is said of a person in (read for or against a candidate: lib/engine/reading/what.ts). */
export const SAID_FIELDS = ['age', 'family', 'health', 'origin', 'religion'] as const;
export type SaidField = (typeof SAID_FIELDS)[number];
/** The fields of demands that stand for a protected characteristic (read by handlers/person-demanded.ts). */
export const DEMANDED_FIELDS = ['physique', 'looks', 'residence', 'birthplace', 'faith'] as const;
export type DemandedField = (typeof DEMANDED_FIELDS)[number];
/** The protected characteristics said of a person, and the demands that stand for them, one field of words each (wordlists/concepts.json). */
export const CONCEPT_FIELDS = [...SAID_FIELDS, ...DEMANDED_FIELDS] as const;
export type ConceptField = (typeof CONCEPT_FIELDS)[number];

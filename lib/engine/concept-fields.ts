/** The fields a characteristic is said of a person in (read for or against a candidate: lib/engine/reading/what.ts). */
export const SAID_FIELDS = ['age', 'family', 'health', 'origin', 'religion', 'orientation'] as const;
export type SaidField = (typeof SAID_FIELDS)[number];
/** The fields of demands that stand for a protected characteristic (read by handlers/person-demanded.ts). */
export const DEMANDED_FIELDS = ['physique', 'looks', 'residence', 'birthplace', 'faith'] as const;
export type DemandedField = (typeof DEMANDED_FIELDS)[number];
/** The fields of kinds of person turned away as a group, standing for a protected characteristic (read by handlers/group-excluded.ts). */
export const GROUP_FIELDS = ['age-group', 'circumstance', 'people'] as const;
export type GroupField = (typeof GROUP_FIELDS)[number];
/** The protected characteristics said of a person, the demands and the groups that stand for them, one field of words each (wordlists/concepts.json). */
export const CONCEPT_FIELDS = [...SAID_FIELDS, ...DEMANDED_FIELDS, ...GROUP_FIELDS] as const;
export type ConceptField = (typeof CONCEPT_FIELDS)[number];

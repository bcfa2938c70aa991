import { CONCEPT_FIELDS, type ConceptField } from '../engine/concept-fields';
import { WordlistError } from './compile';
import { conceptsFileSchema } from './concepts-schema';
import { expandPhrase, type Inflect } from './expand-phrase';

/** A concept phrase can stand for many more forms than an idiom: "in (their|her|his|your|our) (early|mid|late) (twenties|…)" gives 150. */
export const CONCEPT_MAX_FORMS = 256;

/** Lower-case words, one space apart, as the engine splits them. */
const WORDS = /^[a-z0-9'&]+(?: [a-z0-9'&]+)*$/;

/**
 * Validates wordlists/concepts.json and expands each field's phrases into their forms, in the
 * order written: lib/engine/compiled-concepts.json, which lib/engine/concepts.ts reads.
 */
export function compileConcepts(file: unknown, inflect: Inflect): Record<ConceptField, string[]> {
  const parsed = conceptsFileSchema.safeParse(file);
  if (!parsed.success) throw new WordlistError(parsed.error.issues.map((issue) => `concepts.json: ${issue.path.join('.')}: ${issue.message}`));
  const problems: string[] = [];
  const compiled = {} as Record<ConceptField, string[]>;
  for (const field of CONCEPT_FIELDS) {
    const forms = new Set<string>();
    for (const phrase of parsed.data.fields[field].phrases) {
      let expanded: string[] = [];
      try {
        expanded = expandPhrase(phrase, inflect, CONCEPT_MAX_FORMS);
      } catch (e) {
        problems.push(`concepts.json ${field}: ${(e as Error).message}`);
      }
      for (const form of expanded) {
        if (!WORDS.test(form)) problems.push(`concepts.json ${field}: "${phrase}" gives "${form}"; write lower-case words one space apart, with (a|b), (|a), {poss} or <verb> slots`);
        else if (forms.has(form)) problems.push(`concepts.json ${field}: "${form}" comes twice; keep one`);
        forms.add(form);
      }
    }
    compiled[field] = [...forms];
  }
  if (problems.length > 0) throw new WordlistError(problems);
  return compiled;
}

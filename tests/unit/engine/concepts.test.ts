import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCEPT_FIELDS } from '@/lib/engine/concept-fields';
import { CONCEPTS } from '@/lib/engine/concepts';
import { WordlistError } from '@/lib/wordlists/compile';
import { compileConcepts } from '@/lib/wordlists/compile-concepts';
import { conceptsFileSchema } from '@/lib/wordlists/concepts-schema';
import { inflect } from '@/scripts/inflect';

const FILE = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../wordlists/concepts.json'), 'utf8'));

/** A concepts file whose age field has `phrases` and every other field one phrase. */
const withAge = (phrases: string[]) => ({
  description: 'x',
  fields: Object.fromEntries(CONCEPT_FIELDS.map((field) => [field, { description: 'x', phrases: field === 'age' ? phrases : ['word'] }])),
});

describe('wordlists/concepts.json', () => {
  it('passes its schema, with every field', () => {
    const parsed = conceptsFileSchema.parse(FILE);
    expect(Object.keys(parsed.fields).sort()).toEqual([...CONCEPT_FIELDS].sort());
  });

  it("reaches the engine as each field's phrases split into words", () => {
    expect(CONCEPTS.age).toContainEqual(['end', 'of', 'his', 'career']);
    expect(CONCEPTS.age.every((words) => words.length > 0 && words.every((w) => /^[a-z0-9'&]+$/.test(w)))).toBe(true);
  });
});

describe('compileConcepts', () => {
  it('expands the slots of each phrase, in the order written', () => {
    expect(compileConcepts(withAge(['(start|end) of (her|his) career', '(school|nursery) (pick up|drop off)']), inflect).age).toEqual([
      'start of her career', 'start of his career', 'end of her career', 'end of his career',
      'school pick up', 'school drop off', 'nursery pick up', 'nursery drop off',
    ]);
  });

  it("takes the rule lists' other slots: an optional word, {poss} and a <verb> in any tense", () => {
    expect(compileConcepts(withAge(['(|very) young', '<wind> down']), inflect).age).toEqual([
      'young', 'very young', 'wind down', 'wound down', 'winds down', 'winding down',
    ]);
    expect(compileConcepts(withAge(['past {poss} prime']), inflect).age).toEqual([
      'past your prime', 'past their prime', 'past his prime', 'past her prime', 'past our prime', 'past my prime',
    ]);
  });

  it('refuses capitals, stray brackets, a phrase listed twice and slots past 256 forms, naming each', () => {
    const problems = (phrases: string[]) => {
      try {
        compileConcepts(withAge(phrases), inflect);
        return [];
      } catch (e) {
        return (e as WordlistError).problems;
      }
    };
    expect(problems(['Young'])).toEqual(['concepts.json age: "Young" gives "Young"; write lower-case words one space apart, with (a|b), (|a), {poss} or <verb> slots']);
    expect(problems(['(young|old'])).toEqual(['concepts.json age: "(young|old" gives "(young|old"; write lower-case words one space apart, with (a|b), (|a), {poss} or <verb> slots']);
    expect(problems(['old timer', '(old|young) timer'])).toEqual(['concepts.json age: "old timer" comes twice; keep one']);
    expect(problems(['(a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b)'])).toEqual([
      'concepts.json age: "(a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b)" gives more than 256 forms; split it',
    ]);
    expect(() => compileConcepts({ description: 'x', fields: {} }, inflect)).toThrow(WordlistError);
  });
});

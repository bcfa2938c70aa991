import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 43 (engine-129): the 36th audit on real NHS adverts. Students named as in the last year of
// their course are named by where they are in their training (about to qualify), not by their stage of life;
// and an equivalent offered for an earlier requirement of a list ("a degree or equivalent and extensive
// experience") does not waive the experience asked for after it, nor makes "equivalent" an adjective shared
// with the words after it ("or equivalent and extensive experience of foot care" is still asked of the
// person). Every case is fresh wording.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('students in the last year of their course are named by their training, not their stage of life', () => {
  check([
    ["Our children's ward would suit third-year university students due to register in September.", 'advert', []],
    ['Final year college students finishing their course are encouraged to apply.', 'advert', []],
    // Students named without their year, or early in their course, are still a stage of life.
    ['The weekend post would suit university students.', 'advert', ['age-life-stage@28:university students']],
    ['Ideal for first-year university students wanting evening work.', 'advert', ['age-life-stage@21:university students']],
    ['We would love to hear from college students in their final year or sixth formers.', 'advert', ['age-life-stage@27:college students', 'age-life-stage@67:sixth formers']],
  ]);
});

describe('"or equivalent" waives long experience only when it is offered for the experience, after it', () => {
  check([
    ['Applicants need an orthoptics degree or equivalent and extensive experience of triage.', 'advert', ['age-extensive-experience@55:extensive experience']],
    ['Extensive experience of triage, or equivalent, is essential.', 'advert', []],
    ['You will need considerable experience of ward management or equivalent.', 'advert', []],
    // The alternative closes the diploma's phrase: "equivalent" is not an adjective coordinated with "extensive".
    ['You need a chiropody diploma or equivalent and extensive experience of foot care.', 'advert', ['age-extensive-experience@47:extensive experience']],
    // A coordinated adjective still shares the first one's reading.
    ['We want someone calm and energetic for the front desk.', 'advert', ['age-energetic@25:energetic']],
  ]);
});

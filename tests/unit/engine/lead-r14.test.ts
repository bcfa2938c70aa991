import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 14 (lead, from what the unseen fresh14 set showed): fresh wordings, none from the corpus,
// each trap beside a positive.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('a pronoun for one particular person in notes is no generic pronoun', () => {
  it.each<[string, TextKind, string[]]>([
    // An applicant known by number: "No. 4" is a label, and no negation.
    ['Scores below.\n- No. 4 trained at Hillside and her mentor rates her highly.', 'email', []],
    ['Scores below.\n- No. 4 has a surname I can\'t pronounce.', 'email', ['name-judged@38:can\'t pronounce']],
    // One person the writer has seen, picked out by "the".
    ['Re the receptionist post: the quiet gentleman (Tomasz?) seemed nervous, though he warmed up.', 'email', []],
    ['Re the receptionist post: the right gentleman for it will know he must be calm.', 'email', ['generic-pronoun@63:he']],
    // A relative or friend is one person.
    ["Re the porter vacancy: my cousin's wife has just finished her NVQ.", 'email', ['unexpanded-acronym@62:NVQ']],
    // A word in a compound is no person.
    ['Re the porter vacancy: the two-man lifts are heavy. Whoever we get, he will need to lift.', 'email', ['two-man@27:two-man lifts', 'generic-pronoun@68:he']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('codes that are no abbreviation: bus, road and motorway numbers, CCTV', () => {
  it.each<[string, TextKind, string[]]>([
    ['Free parking, and the site is on the N7 and 212 bus routes, five minutes from junction 9 of the M6.', 'advert', []],
    ['Keep the CCTV log and patrol the car parks.', 'advert', []],
    ['You will rotate through F2 posts on the unit.', 'advert', ['unexpanded-acronym@24:F2']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

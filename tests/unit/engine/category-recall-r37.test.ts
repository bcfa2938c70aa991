import { analyse } from '@/lib/engine';
import { describe, expect, it } from 'vitest';
import { type Found, judged } from './read-findings';
import type { TextKind } from '@/lib/engine/document';

// Round 37, the study slice's misses and wrong-category findings in its weakest categories
// (exclusionary requirements, disability, race and nationality, gendered language, tone), by
// family: each in words of our own, with the near sentences a reviewer would leave alone.

describe('a UK school qualification asked for with no equivalent (race and nationality)', () => {
  it.each<[string, TextKind, Found]>([
    ['Essential: four GCSEs, one of them in English Language.', 'advert', [['uk-school-qualification', 'GCSEs', 16]]],
    ['Requirements: O level maths and a clean driving record.', 'advert', [['uk-school-qualification', 'O level', 14]]],
  ])('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });
  it('is told as race and nationality, naming people educated abroad', () => {
    const [finding] = analyse('Essential: four GCSEs, one of them in English Language.', { context: 'advert' }).findings;
    expect(finding?.category).toBe('race-nationality');
    expect(finding?.message).toContain('educated abroad');
  });
  it.each<[string, TextKind]>([
    // An equivalent named, an overseas route, a skill asked for instead.
    ['Essential: four GCSEs or equivalent, one of them in English Language.', 'advert'],
    ['GCSE maths, or an overseas qualification at the same level, is essential.', 'advert'],
    ['Level 2 Functional Skills or GCSE English is essential.', 'advert'],
  ])('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });
});

describe('the rules whose category the study slice reads otherwise', () => {
  // A one-sex demand is told as gendered language, a faith noted or asked about as an exclusionary
  // requirement (as every other faith rule is); one underline each, in that category.
  it.each<[string, TextKind, string, string]>([
    ['For the night post we want a male nurse, please.', 'email', 'one-sex-advert', 'gendered-language'],
    ['Candidate 6 wears a turban, so she might not suit the front desk.', 'email', 'faith-asked', 'exclusionary-requirement'],
    ['Applicant 3 is very religious, so Sundays could be awkward.', 'email', 'faith-noted', 'exclusionary-requirement'],
  ])('%j', (text, context, rule, category) => {
    const found = analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.filter((f) => f.ruleId === rule);
    expect(found.map((f) => f.category)).toEqual([category]);
  });
});

describe('madness as slang for busy or annoying (disability)', () => {
  it.each<[string, TextKind, Found]>([
    ['Fridays are mad from eight until ten.', 'email', [['ableist-slang', 'are mad', 8]]],
    ["It's been a mad week in the dispensary.", 'email', [['ableist-slang', 'a mad week', 10]]],
    ['Her endless questions would drive the pharmacists mad.', 'email', [['ableist-slang', 'drive the pharmacists mad', 28]]],
  ])('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });
  it.each<[string, TextKind]>([
    // Keen on, angry at, driving between sites.
    ["We're mad about good patient care.", 'email'],
    ['The partner was mad at the locum agency for the late cancellation.', 'email'],
    ['The patients are mad keen on the new walking group.', 'email'],
    ['You would drive the pool car between the two sites.', 'email'],
  ])('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });
});

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

import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 24 (lead, from what the unseen fresh24 set showed): each kind in other words than the
// documents that showed it, with the sense left out.

type Found = [string, string, number][];

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string, context: 'email' | 'advert' = 'advert'): Found {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('a requirement in an essential cell of a person specification row copied flat', () => {
  it('is judged by its own cell, not by the "Desirable:" cell beside it', () => {
    expect(read('Skills Essential: Clear handwriting Essential: Use of own vehicle Desirable: First aid at work')).toEqual([['own-car', 'own vehicle', 54]]);
  });
  it('is still a preference in a desirable cell, or with a preference word in its own cell', () => {
    expect(read('Skills Essential: Clear handwriting Desirable: Use of own vehicle')).toEqual([]);
    expect(read('Other Essential: Own vehicle would be an advantage Desirable: First aid at work')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import type { Section } from '@/lib/engine/sections';

// Round 33 (lead): each kind in other words than the documents that showed it.

/** Inline findings of a page text whose sections the page gave (as the extension and the CLI's HTML reader do). */
const readPage = (text: string, sections: Section[]) =>
  analyse(text, { context: 'advert', sections, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english' && f.category !== 'jargon')
    .map((f) => [f.ruleId, f.text, f.start]);

describe('a page section that is not a criterion is read sentence by sentence', () => {
  const duties = 'You will order stock; answer queries from the community. We are looking for a digital native.';
  it('does not let a word in another sentence of a duties section lift a finding', () => {
    expect(readPage(duties, [{ role: 'duties', start: 0, end: duties.length }])).toEqual([['age-digital-native', 'digital native', 78]]);
    const overview = `Job overview\n${duties}`;
    expect(readPage(overview, [{ role: 'summary', start: 13, end: overview.length }])).toEqual([['age-digital-native', 'digital native', 91]]);
  });
  it('still reads a criterion copied flat item by item', () => {
    const criterion = 'Works with the community; a digital native for the new app';
    expect(readPage(criterion, [{ role: 'essential', start: 0, end: criterion.length }])).toEqual([['age-digital-native', 'digital native', 28]]);
    const together = 'Supports digital natives in the community; registered nurse';
    expect(readPage(together, [{ role: 'essential', start: 0, end: together.length }])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { ParagraphCache } from '@/lib/page/paragraph-cache';

describe('ParagraphCache', () => {
  it('analyses only paragraphs it has not seen, and shifts offsets into the whole text', () => {
    const seen: string[] = [];
    const cache = new ParagraphCache((p) => {
      seen.push(p);
      return analyse(p, { context: 'email' });
    });
    const first = 'Our chairman agrees.\nWe need a rockstar.';
    expect(cache.findings(first).map((f) => [f.text, f.start, first.slice(f.start, f.end)])).toEqual([
      ['chairman', 4, 'chairman'],
      ['rockstar', 31, 'rockstar'],
    ]);
    const edited = 'Our chairman agrees.\nWe need a rockstar now.';
    expect(cache.findings(edited).map((f) => f.start)).toEqual([4, 31]);
    expect(seen).toEqual(['Our chairman agrees.', 'We need a rockstar.', 'We need a rockstar now.']);
  });

  it('reports an unexplained acronym at its first use in the whole text only', () => {
    const cache = new ParagraphCache((p) => analyse(p, { context: 'email' }));
    const text = 'The PCN meets monthly.\nThe PCN also runs clinics.';
    expect(cache.findings(text).filter((f) => f.ruleId === 'unexpanded-acronym').map((f) => f.start)).toEqual([4]);
  });

  it('forgets everything when the settings change', () => {
    let calls = 0;
    const cache = new ParagraphCache((p) => {
      calls++;
      return analyse(p, { context: 'email' });
    });
    cache.findings('A young team.');
    cache.clear();
    cache.findings('A young team.');
    expect(calls).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { applyFix } from '@/lib/engine/apply-fix';
import { lineColumnMap } from '@/lib/engine/position';

describe('applyFix', () => {
  it('replaces exactly the span', () => {
    expect(applyFix('Our chairman will chair.', { start: 4, end: 12 }, 'chair')).toBe('Our chair will chair.');
  });
  it('refuses a span outside the text', () => {
    expect(() => applyFix('abc', { start: 2, end: 9 }, 'x')).toThrow('Span 2-9 is outside a text of 3 characters.');
  });
});

describe('lineColumnMap', () => {
  it('gives 1-based lines and columns', () => {
    const at = lineColumnMap('ab\ncd\n\nef');
    expect([0, 1, 3, 4, 6, 7].map((o) => at(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });
});

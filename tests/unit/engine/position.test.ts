import { describe, expect, it } from 'vitest';
import { lineColumnMap } from '@/lib/engine/position';

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

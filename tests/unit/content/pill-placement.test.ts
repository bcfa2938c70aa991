import { describe, expect, it } from 'vitest';
import { placePill } from '@/components/pill-placement';

describe('placePill', () => {
  it.each([
    // [viewport, column, full width, preferred, expected]
    ['wide margin on the right', 1280, { left: 176, right: 784 }, 230, 'right', { side: 'right', size: 'full' }],
    ['the preferred side first', 1280, { left: 300, right: 784 }, 230, 'left', { side: 'left', size: 'full' }],
    ['the other side when the preferred is narrow', 1280, { left: 40, right: 784 }, 230, 'left', { side: 'right', size: 'full' }],
    ['the count alone where the words do not fit', 1024, { left: 100, right: 920 }, 230, 'right', { side: 'right', size: 'compact' }],
    ['a tab at the edge of a narrow margin', 1024, { left: 32, right: 992 }, 230, 'right', { side: 'right', size: 'tab' }],
    ['a tab in the preferred corner with no margin at all', 800, { left: 0, right: 800 }, 230, 'left', { side: 'left', size: 'tab' }],
    ['anywhere when the text is not on screen', 800, null, 230, 'right', { side: 'right', size: 'full' }],
  ] as const)('%s', (_, width, column, full, preferred, expected) => {
    expect(placePill(width, column, full, preferred)).toEqual(expected);
  });
});

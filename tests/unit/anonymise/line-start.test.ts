import { expect, test } from 'vitest';
import { findRegistrationNumbers } from '../../../lib/anonymise/find-registration-numbers';
import { lineStart } from '../../../lib/anonymise/line-start';

test.each([
  ['ab\ncdef', 6, 10, 3],
  ['ab\ncdef', 3, 10, 3],
  ['ab\ncdef', 2, 10, 0],
  // A line longer than the limit: the read stops `limit` characters back.
  ['abcdefghij', 9, 4, 5],
  ['ab\ncdefghij', 10, 4, 6],
  ['', 0, 10, 0],
])('lineStart(%j, %i, %i) is %i', (text, at, limit, expected) => {
  expect(lineStart(text, at, limit)).toBe(expected);
});

// The cap holds where it is used: the number's own line is read back 100 characters, and a number alone
// on its line still reads the line above.
test.each([
  [`${'x'.repeat(300)} GMC reference number ${'y'.repeat(60)} 7123456`, ['7123456']],
  [`GMC reference number ${'y'.repeat(110)} 7123456`, []],
  ['My GMC registration number is below\n  7123456', ['7123456']],
])('registration number read back within the line: %#', (text, found) => {
  expect(findRegistrationNumbers(text).map((s) => text.slice(s.start, s.end))).toEqual(found);
});

// Each number used to read back to the start of its line (800 KB without line breaks took 49 s): the
// 'register-like numbers' worst case (worst-cases.ts) times the same input in a process of its own.

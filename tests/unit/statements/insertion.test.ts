import { describe, expect, it } from 'vitest';
import { statementInsertion } from '@/lib/statements';

describe('statementInsertion', () => {
  it.each([
    ['', '', 'S.'],
    ['Hello.', '', '\n\nS.'],
    ['Hello.\n', '', '\nS.'],
    ['Hello.\n\n', '', 'S.'],
    ['   \n', '', 'S.'],
    ['Hello.', 'Thanks.', '\n\nS.\n\n'],
    ['Hello.\n\n', '\nThanks.', 'S.\n'],
    ['Hello.\n\n', '\n\nThanks.', 'S.'],
  ])('after %j and before %j inserts %j', (before, after, expected) => {
    expect(statementInsertion(before, ' S. ', after)).toBe(expected);
  });
});

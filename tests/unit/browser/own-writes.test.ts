import { expect, test } from 'vitest';
import { ownWrites } from '../../../browser/storage/own-writes';

test("a page's own saves come back as echoes, in order, and are ignored once each", () => {
  const own = ownWrites();
  own.saving({ n: 1 });
  own.saving({ n: 2 });
  expect(own.isEcho({ n: 1 })).toBe(true);
  expect(own.isEcho({ n: 1 })).toBe(false);
  expect(own.isEcho({ n: 2 })).toBe(true);
});

test("another page's change is not an echo, even between this page's own", () => {
  const own = ownWrites();
  own.saving({ n: 1 });
  own.saving({ n: 2 });
  expect(own.isEcho({ n: 1 })).toBe(true);
  expect(own.isEcho({ n: 'other' })).toBe(false);
  expect(own.isEcho({ n: 2 })).toBe(true);
});

test('a save that failed is never taken for an echo', () => {
  const own = ownWrites();
  const json = own.saving({ n: 1 });
  own.failed(json);
  expect(own.isEcho({ n: 1 })).toBe(false);
});

test('an echo that never came (an unchanged value) is dropped when a later one arrives', () => {
  const own = ownWrites();
  own.saving({ n: 1 });
  own.saving({ n: 2 });
  expect(own.isEcho({ n: 2 })).toBe(true);
  expect(own.isEcho({ n: 1 })).toBe(false);
});

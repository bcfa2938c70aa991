import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../lib/text/normalise';
import { propertyRuns } from '../../property-runs';

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
/** Text with invisible characters, look-alikes, ligatures, accents and astral characters mixed in. */
const awkwardText = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(...INVISIBLE, 'о', 'а', 'Α', 'ﬁ', '＝', '\u00a0', 'e\u0301', '😀', 'Ольга', '\r\n'),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('normaliseText on generated text', () => {
  it('maps every span inside the original, in order, and is idempotent', () => {
    fc.assert(
      fc.property(awkwardText, fc.nat(), fc.nat(), (original, a, b) => {
        const n = normaliseText(original);
        const start = a % (n.text.length + 1);
        const end = start + (b % (n.text.length - start + 1));
        const [s, e] = n.toOriginalSpan(start, end);
        expect(0 <= s && s <= e && e <= original.length).toBe(true);
        expect(normaliseText(n.text).text).toBe(n.text);
        for (const c of INVISIBLE) expect(n.text.includes(c)).toBe(false);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('finds a word hidden by invisible characters at the original place', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.constantFrom(...INVISIBLE), fc.integer({ min: 1, max: 5 }), (before, hidden, at) => {
        const original = `${before} ${'young'.slice(0, at)}${hidden}${'young'.slice(at)} team`;
        const n = normaliseText(original);
        const found = n.text.lastIndexOf('young');
        expect(found).toBeGreaterThanOrEqual(0);
        const [s, e] = n.toOriginalSpan(found, found + 5);
        expect(original.slice(s, e).replace(hidden, '')).toBe('young');
      }),
      { numRuns: propertyRuns(1000) },
    );
  });
});

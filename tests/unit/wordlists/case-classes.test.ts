import { describe, expect, it } from 'vitest';
import { withCaseClasses } from '@/lib/wordlists/case-classes';

/** Every match of an expression over a text, as [start, end] pairs. */
const matches = (source: string, flags: string, text: string) => [...text.matchAll(new RegExp(source, flags))].map((m) => [m.index, m.index + m[0].length]);

describe('withCaseClasses: a pattern that matches without the i flag what it matched with it', () => {
  it('writes each letter as a class of its cases and an apostrophe as either apostrophe, and leaves escapes, digits and signs', () => {
    expect(withCaseClasses(String.raw`\bnhs\s+band\s+[5-7]\b`)).toBe(String.raw`\b[nN][hH][sS]\s+[bB][aA][nN][dD]\s+[5-7]\b`);
    expect(withCaseClasses(String.raw`o'clock\.`)).toBe(String.raw`[oO]['\u2019][cC][lL][oO][cC][kK]\.`);
  });

  it("adds the other cases of a class's letters and ranges, negated or not, as ranges where they run", () => {
    expect(withCaseClasses('[a-z]+')).toBe('[a-zA-Z]+');
    expect(withCaseClasses('[^a-c]')).toBe('[^a-cA-C]');
    expect(withCaseClasses(String.raw`colou?r[\s-]`)).toBe(String.raw`[cC][oO][lL][oO][uU]?[rR][\s-]`);
    // A hyphen that ends a class is escaped, so that nothing added after it makes a range.
    expect(withCaseClasses('[ab-]')).toBe(String.raw`[ab\-AB]`);
  });

  it('pairs letters outside ASCII with their own cases only, as the i flag does', () => {
    expect(withCaseClasses('café')).toBe(String.raw`[cC][aA][fF][é\u00c9]`);
    // "ÿ" pairs with "Ÿ" (outside Latin-1); "k" not with the Kelvin sign, "s" not with "ſ".
    expect(withCaseClasses('[à-ÿ]')).toBe(String.raw`[à-ÿ\u00c0-\u00d6\u00d8-\u00de\u0178]`);
    expect(withCaseClasses('ks')).toBe('[kK][sS]');
  });

  it('matches what the i flag matches on awkward text', () => {
    const text = 'Nurse NURSE nurſe \u212aind kind İn in ın Café CAFÉ ÿes Ÿes µ Μ ẞ ß a-b A-B';
    for (const source of [String.raw`\bnurse\b`, String.raw`\bkind\b`, String.raw`\bin\b`, 'caf[eé]', '[à-ÿ]es', '[^a-z ]+', 'µ', 'ß', String.raw`a[\s-]b`, 'a-b']) {
      expect(matches(withCaseClasses(source), 'g', text), source).toEqual(matches(source, 'gi', text));
    }
  });

  it('refuses a back-reference, which the i flag compares in any case', () => {
    expect(() => withCaseClasses(String.raw`(a)\1`)).toThrow(/back-reference/);
  });
});

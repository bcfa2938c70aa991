import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../lib/text/normalise';

/** The original text behind a span of the normalised text. */
function originalOf(original: string, start: number, end: number): string {
  const n = normaliseText(original);
  const [a, b] = n.toOriginalSpan(start, end);
  return original.slice(a, b);
}

describe('normaliseText', () => {
  it('leaves ordinary text as it is, curly quotes and accents included', () => {
    for (const text of ['A caring team.', 'The patient’s “named nurse”', 'Zoë Brontë, café', '']) {
      const n = normaliseText(text);
      expect(n.identity).toBe(true);
      expect(n.text).toBe(text);
      expect(n.toOriginalSpan(1, 3)).toEqual([1, 3]);
    }
  });

  it.each([
    ['you\u200bng', 'young'],
    ['ener\u00adgetic', 'energetic'],
    ['na\u200ctive', 'native'],
    ['ma\u200dture', 'mature'],
    ['dri\u2060ven', 'driven'],
    ['\ufeffculture fit', 'culture fit'],
    ['str\ufe0fong', 'strong'],
  ])('removes invisible characters: %j', (original, text) => {
    expect(normaliseText(original).text).toBe(text);
  });

  it('maps a span back over the invisible characters inside it', () => {
    const original = 'Be you\u200bng and ener\u00adgetic';
    const n = normaliseText(original);
    expect(n.text).toBe('Be young and energetic');
    const young = n.text.indexOf('young');
    expect(n.toOriginalSpan(young, young + 5)).toEqual([3, 9]);
    expect(originalOf(original, young, young + 5)).toBe('you\u200bng');
    const energetic = n.text.indexOf('energetic');
    expect(originalOf(original, energetic, energetic + 9)).toBe('ener\u00adgetic');
    expect(n.toOriginal(n.text.length)).toBe(original.length);
  });

  it('covers invisible characters inside an identifier', () => {
    const original = 'Call 07700\u200c900\u2060123 or jane\u200d@example.com';
    const n = normaliseText(original);
    expect(n.text).toBe('Call 07700900123 or jane@example.com');
    const phone = n.text.indexOf('07700900123');
    expect(originalOf(original, phone, phone + 11)).toBe('07700\u200c900\u2060123');
  });

  it('folds look-alike letters in words that mix them with Latin', () => {
    expect(normaliseText('a yоung team').text).toBe('a young team'); // Cyrillic о
    expect(normaliseText('nаtive English').text).toBe('native English'); // Cyrillic а
    expect(normaliseText('Υoung').text).toBe('Young'); // Greek capital upsilon
    expect(normaliseText('сосо').text).toBe('coco'); // only look-alikes: spelled to deceive
  });

  it('leaves words in Cyrillic, Greek and Armenian proper alone', () => {
    for (const word of ['Ольга', 'Αθήνα', 'Նարեկ']) expect(normaliseText(`Name: ${word} Smith`).text).toBe(`Name: ${word} Smith`);
  });

  it('applies NFKC: full-width letters, ligatures, no-break spaces, composed accents', () => {
    expect(normaliseText('＝SUM(A1)').text).toBe('=SUM(A1)');
    expect(normaliseText('ｙｏｕｎｇ').text).toBe('young');
    expect(normaliseText('ﬁt and well').text).toBe('fit and well');
    expect(normaliseText('Band\u00a05').text).toBe('Band 5');
    expect(normaliseText('Zoe\u0308').text).toBe('Zoë');
  });

  it('maps each character of an expanded ligature to the ligature', () => {
    const original = 'be ﬁt';
    const n = normaliseText(original);
    expect(n.text).toBe('be fit');
    expect(n.toOriginalSpan(3, 6)).toEqual([3, 5]);
    expect(n.toOriginalSpan(4, 5)).toEqual([3, 4]);
  });

  it('maps an empty span to a point', () => {
    const n = normaliseText('a\u200bb');
    expect(n.toOriginalSpan(1, 1)).toEqual([2, 2]);
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    const original = 'Great team 😀 you\u200bng';
    const n = normaliseText(original);
    expect(n.text).toBe('Great team 😀 young');
    const young = n.text.indexOf('young');
    expect(originalOf(original, young, young + 5)).toBe('you\u200bng');
  });

  it('maps every character after clusters that NFKC lengthened, past the original length', () => {
    // Each "…" becomes three dots, so the text grows by two characters at each: the long plain run after
    // them ends past the original's length, and its last characters must still map.
    const original = `${'Note… '.repeat(20)}${'and so on '.repeat(50)}We need a young HCA.`;
    const n = normaliseText(original);
    const young = n.text.indexOf('young');
    expect(young).toBeGreaterThan(original.length - 20);
    expect(originalOf(original, young, young + 5)).toBe('young');
    expect(n.toOriginalSpan(n.text.length - 4, n.text.length - 1)).toEqual([original.length - 4, original.length - 1]);
  });
});

import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 23 (lead): fresh wordings, none from the corpus.
describe('a number spelt out digit by digit', () => {
  test.each([
    ['HCPC no. five-five-eight-nought-one-two', 'HCPC no. [REGISTRATION NUMBER]'],
    ['Reach me on oh seven seven oh oh nine oh oh four four two.', 'Reach me on [PHONE].'],
    ['Ref: six two nine nine four one', 'Ref: [ID NUMBER]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('broken over two lines of the right-hand column of a merged two-column CV: each part goes, the left column stays', () => {
    const text = ['Skills                        GPhC registered (number one-', 'Dispensing, audit             seven-four-four-two-nine), 2019', ''].join('\n');
    expect(redact(text)).toBe(['Skills                        GPhC registered (number [REGISTRATION NUMBER]', 'Dispensing, audit             [REGISTRATION NUMBER]), 2019', ''].join('\n'));
  });
  test.each([
    'I ran one-to-one and two-to-one sessions.',
    'We saw one, two or three patients an hour.',
    'Scored four out of five in two of three audits.',
    'Five-a-side, one two three four: warm-ups for the team.',
  ])('kept: counts and phrases, %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe("a phone's own label inside the bracket of its extension", () => {
  test.each([
    ['Tel 0161 496 0712 (office, ext 318)', 'Tel [PHONE]'],
    ['0117 496 0021 (direct: extension 44) or e-mail', '[PHONE] or e-mail'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('kept: a label bracket with no extension stays as written', () => {
    expect(redact('Mobile 07700 900 441 (evenings)')).toBe('Mobile [PHONE] (evenings)');
  });
});

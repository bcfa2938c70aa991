import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { Doc } from '@/lib/engine/document';
import { tokenize } from '@/lib/engine/tokenize';
import { currentEpoch, reserveNumbers } from '@/lib/engine/vocabulary';

const doc = (text: string) => new Doc(text, tokenize(text), 'advert', []);

/** What a Doc answers through the thread's word numbers, as plain values. */
function answers(d: Doc, small: ReadonlySet<string>, large: ReadonlySet<string>) {
  const { words } = d.wordIds();
  const marked = (set: ReadonlySet<string>) => words.filter((_, w) => d.wordsIn(set)[w] === 1);
  return {
    small: marked(small),
    large: marked(large),
    holds: ['matron', 'nurse', "nurses'", 'ward', 'uk'].map((w) => d.holds(w)),
    holdsAny: [d.holdsAny(new Set(['matron', 'sister'])), d.holdsAny(new Set(['surgeon']))],
    // A set larger than the text's vocabulary is read by the text's words.
    holdsAnyLarge: [d.holdsAny(large), d.holdsAny(new Set(Array.from({ length: 40 }, (_, i) => `absent${i}`)))],
    // Tokens by their `norm` (not their `base`: "nurses'" is not "nurses"), in text order; a map by its keys.
    tokensWith: [small, new Set(['nurses']), new Map([['rota', 1], ['the', 2]])].map((set) => [...d.tokensWith(set)]),
    starts: [...d.wordStarts(['uk', 'nurse'])],
    lists: [...d.listsHeld(new Map([['ward', [0]], ['uk', [1]], ['surgeon', [2]]]), 3)],
  };
}

describe('word numbers shared by the texts of a thread (vocabulary.ts)', () => {
  const first = "The ward matron leads the nurses' rota. UK-trained nurse wanted for the ward.";
  const second = 'A sister on the surgical ward; the matron retires in May.';
  // A set smaller than either text's vocabulary is read word by word, a larger one by the text's words.
  const small = new Set(['ward', 'matron', 'nurse', 'absent']);
  const large = new Set([...'the a on in for of to and ward matron sister nurse nurses leads rota may retires surgical uk'.split(' '), 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9', 'x10']);

  it('answers for each text alike when two texts are read in turn', () => {
    const a = doc(first);
    const b = doc(second);
    const expectedA = answers(doc(first), small, large);
    const expectedB = answers(doc(second), small, large);
    // Interleaved: each question to one text follows one to the other.
    expect(answers(a, small, large)).toEqual(expectedA);
    expect(answers(b, small, large)).toEqual(expectedB);
    expect(answers(a, small, large)).toEqual(expectedA);
    expect(expectedA).toEqual({
      small: ['ward', 'matron', 'nurse'],
      large: ['the', 'ward', 'matron', 'leads', 'nurses', 'rota', 'uk', 'nurse', 'for'],
      holds: [true, true, true, true, true],
      holdsAny: [true, false],
      holdsAnyLarge: [true, false],
      tokensWith: [[1, 2, 9, 13], [], [0, 4, 6, 12]],
      starts: [40, 51],
      lists: [1, 1, 0],
    });
    expect(expectedB.small).toEqual(['ward', 'matron']);
    expect(expectedB.holdsAny).toEqual([true, false]);
    expect(expectedB.lists).toEqual([1, 0, 0]);
  });

  it('gives the same answers and findings after the numbering starts again', () => {
    const text = 'We want a young, energetic nurse; no older applicants. The ward matron is UK-trained.';
    const before = analyse(text, { context: 'advert' });
    const a = doc(first);
    const expected = answers(doc(first), small, large);
    const epoch = currentEpoch();
    // As a run of a million new words would: every number kept so far is dropped.
    reserveNumbers(1 << 20);
    expect(currentEpoch()).toBe(epoch + 1);
    expect(answers(a, small, large)).toEqual(expected);
    expect(analyse(text, { context: 'advert' })).toEqual(before);
    expect(before.findings.map((f) => f.text)).toContain('young');
  });
});

// The tokenizer hashes a word as it reads it and vocabulary.ts hashes a word given whole: the two must
// agree, or one word would get two numbers and a list would silently miss it in mixed case.
describe('one number per word, however it was read', () => {
  it('gives a word in any case, read from a text, the number a list of lower-case words gives it', () => {
    const d = doc('NURSE Nurse nurse NuRsE; Band-5 MATRON matron');
    const { words } = d.wordIds();
    const ids = d.wordIds().norm;
    const numbered = (word: string) => d.tokens.map((t, k) => (t.norm === word ? ids[k] : -1)).filter((n) => n >= 0);
    expect(new Set(numbered('nurse')).size).toBe(1);
    expect(new Set(numbered('matron')).size).toBe(1);
    expect(d.wordsIn(new Set(['nurse', 'matron'])).filter((marked) => marked === 1)).toHaveLength(2);
    expect(words).toContain('nurse');
  });
});

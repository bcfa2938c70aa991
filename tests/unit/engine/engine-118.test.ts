import { describe, expect, it } from 'vitest';
import { Doc } from '@/lib/engine/document';
import { matchPattern, type PatternMatcher } from '@/lib/engine/matcher';
import { tokenize } from '@/lib/engine/tokenize';
import { requiredWords } from '@/lib/wordlists/required-words';

/** Spelt in both cases, as the compiled rules are (they run without the i flag). */
const SOURCE = String.raw`(?<=\b(?:[wW][eE]|[tT][hH][eE][yY])\s(?:[a-z]+\s)?)[cC][oO][vV][eE][rR]\s+[nN][iI][gG][hH][tT][sS]\b`;

function scanned(text: string): [number, number][] {
  const re = new RegExp(SOURCE, 'g');
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

describe('a pattern that opens with a lookbehind ending in a separator', () => {
  it('starts where its first word starts, as after \\b', () => {
    expect(requiredWords(String.raw`(?<=\b(?:we|they)\s(?:[a-z]+\s)?)cover\s+nights\b`, 'gi')).toEqual({
      lists: [['cover'], ['nights']],
      starts: ['cover'],
    });
    expect(requiredWords(String.raw`(?<=,\s?)(?:lone|single)\s+parents?\b`, 'gi')?.starts).toEqual(['lone', 'single']);
    // The start of the text or of a line is such an edge too.
    expect(requiredWords(String.raw`(?<=(?:^|[.?!])[ \t]*)who\s+minds\b`, 'gim')?.starts).toEqual(['who']);
  });

  it('proves nothing when the lookbehind may end in a letter or is negative', () => {
    expect(requiredWords(String.raw`(?<=\bover)night\s+shifts?\b`, 'gi')?.starts).toBeNull();
    expect(requiredWords(String.raw`(?<!\bno\s)night\s+shifts?\b`, 'gi')?.starts).toBeNull();
    expect(requiredWords(String.raw`(?<=(?:^|\.|a)\s?)night\s+shifts?\b`, 'gi')?.starts).toBeNull();
  });

  it('finds, tried only at its first word, what a scan of the whole text finds', () => {
    const words = requiredWords(SOURCE, 'g');
    expect(words?.starts).toEqual(['cover']);
    const text = 'They cover nights. we sometimes cover nights; café cover nights, we_cover nights, THEY COVER NIGHTS and we\tcover nightshifts';
    const doc = new Doc(text, tokenize(text), 'advert', []);
    const pattern: PatternMatcher = { rule: 0, source: SOURCE, regex: null, words };
    // As analyse.ts does: the text's words are indexed before any pattern runs.
    doc.listsHeld(new Map(), 0);
    const found = matchPattern(doc, pattern);
    expect(found).toEqual([
      [5, 17],
      [32, 44],
      [87, 99],
    ]);
    expect(found).toEqual(scanned(text));
  });
});

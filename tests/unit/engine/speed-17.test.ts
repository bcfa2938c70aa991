import { describe, expect, it } from 'vitest';
import { Doc } from '@/lib/engine/document';
import { matchPattern } from '@/lib/engine/matcher';
import { tokenize } from '@/lib/engine/tokenize';
import { requiredWords } from '@/lib/wordlists/required-words';

describe('requiredWords: patterns that had no start words and were tried at every character', () => {
  it('reads \\b before a lookbehind that ends at a word edge as one edge, so the pattern gets its starts', () => {
    const source = String.raw`\b(?:no\s+more\s+than|(?<=\bmust\s+have\s)(?:fewer|less)\s+than)\s+(?:two|three)\s+absences\b`;
    expect(requiredWords(source, 'gi')?.starts).toEqual(['fewer', 'less', 'no']);
  });

  it('keeps the words a long pattern opens with when its alternatives are too many to spell out', () => {
    // 2 x 5 x 7 x 5 x 7 x 5 = 12,250 ways to match: more than the strings read whole.
    const words = (prefix: string, n: number) => `(?:${Array.from({ length: n }, (_, i) => `${prefix}${i}`).join('|')})`;
    const tail = [words('b', 5), words('c', 7), words('d', 5), words('e', 7), words('f', 5)].join(String.raw`\s+`);
    const source = String.raw`\b(?:(?:must|should)\s+${tail}|(?:need|needs)\s+to\s+${tail})\b`;
    const found = requiredWords(source, 'gi');
    expect(found?.starts).toEqual(['must', 'need', 'needs', 'should']);
    expect(found?.lists).toEqual([['must', 'need', 'needs', 'should']]);
  });
});

describe('matchPattern with start words finds what a scan of the whole text finds', () => {
  it('finds the same spans for a pattern opening with a lookbehind', () => {
    const source = String.raw`\b(?:no\s+more\s+than|(?<=\bmust\s+have\s)(?:fewer|less)\s+than)\s+(?:two|three)\s+absences\b`;
    const text = 'Staff must have fewer than three absences a year. We ask no more than two absences, and less than two absences is fine.';
    const doc = new Doc(text, tokenize(text), 'advert', []);
    doc.wordIds(); // the engine indexes the words before it matches patterns (listsHeld)
    const scanned = matchPattern(doc, { rule: 0, source, words: null, regex: null });
    const started = matchPattern(doc, { rule: 0, source, words: requiredWords(source, 'gi'), regex: null });
    expect(scanned).toHaveLength(2);
    expect(started).toEqual(scanned);
  });
});

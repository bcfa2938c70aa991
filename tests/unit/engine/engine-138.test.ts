// Round 44, engine-138 (issue 16, speed): the faster paths give what the slower ones gave.
import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { Doc } from '@/lib/engine/document';
import { tokenize } from '@/lib/engine/tokenize';

/** Every offset where one of `words` stands: a run of ASCII letters and digits equal to it, or a token whose base it is. */
function expectedStarts(doc: Doc, words: string[]): number[] {
  const found = new Set<number>();
  for (const m of doc.text.matchAll(/[A-Za-z0-9]+/g)) if (words.includes(m[0].toLowerCase())) found.add(m.index);
  for (const t of doc.tokens) if (words.includes(t.norm) || words.includes(t.base)) found.add(t.start);
  return [...found].sort((a, b) => a - b);
}

/** A Doc with its word index built, as the analyser has it before any pattern asks for start words. */
function docOf(text: string): Doc {
  const doc = new Doc(text, tokenize(text), 'advert', []);
  doc.wordIds();
  return doc;
}

describe('Doc.wordStarts sorts and merges the places of several words', () => {
  it('a few places, from two words and a part of a word before an apostrophe', () => {
    const doc = docOf("The team's needs come first. We need a nurse who needs little supervision; the team need not wait.");
    const starts = Array.from(doc.wordStarts(['need', 'team']));
    expect(starts).toEqual(expectedStarts(doc, ['need', 'team']));
    expect(starts).toEqual([4, 32, 79, 84]);
  });

  it('more places than the insertion sort takes, each once', () => {
    const text = Array.from({ length: 20 }, (_, i) => `Rota ${i}: the ward's needs, and what we need.`).join('\n');
    const doc = docOf(text);
    const starts = Array.from(doc.wordStarts(['need', 'ward', 'what']));
    expect(starts.length).toBeGreaterThan(32);
    expect(starts).toEqual(expectedStarts(doc, ['need', 'ward', 'what']));
  });
});

describe('handlers that read only their cue words find what they found before', () => {
  it('a person labelled by origin, and the names they should have', () => {
    const text = 'For the record, the Polish lad we saw on Monday was late. Also someone called Priya or Anita would suit.';
    const found = analyse(text, { context: 'email' }).findings.filter((f) => f.ruleId === 'origin-labelled');
    expect(found.map((f) => [f.start, f.end, f.text])).toEqual([
      [20, 30, 'Polish lad'],
      [63, 92, 'someone called Priya or Anita'],
    ]);
  });

  it('a warning to look elsewhere, read with its condition', () => {
    const text = "Night shifts are busy. If you can't cope with pressure, look elsewhere.";
    const found = analyse(text, { context: 'advert' }).findings.filter((f) => f.ruleId === 'warned-off');
    expect(found.map((f) => [f.start, f.end])).toEqual([[23, 70]]);
  });
});

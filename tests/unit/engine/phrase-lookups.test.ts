import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULESET } from '@/lib/engine';
import { CONDITIONS, type MatchView, sameSentenceAfter } from '@/lib/engine/context';
import { Doc } from '@/lib/engine/document';
import { FAIR_ROUTES } from '@/lib/engine/lexicon';
import { phraseWords, tokenize } from '@/lib/engine/tokenize';
import { propertyRuns } from '../../property-runs';

const ROOT = path.resolve(import.meta.dirname, '../../..');

type List = readonly (readonly string[])[];

/** Phrase lists as the context checks and handlers pass them: the rules' context lists, their phrases, and a lexicon list. */
const LISTS: List[] = [
  FAIR_ROUTES,
  ...RULESET.rules.flatMap((rule) =>
    Object.values(rule.context ?? {}).filter((v): v is string[][] => Array.isArray(v) && v.every((w) => Array.isArray(w))),
  ),
  ...RULESET.rules.filter((r) => r.phrases.length > 0).map((r) => r.phrases.map(phraseWords).filter((w) => w.length > 0)),
];

/** The reference: every place each phrase's words start, each word as a token's `norm` or `base`, tested one by one. */
function reference(doc: Doc, list: List): { spans: [number, number][]; found: Set<readonly string[]> } {
  const spans: [number, number][] = [];
  const found = new Set<readonly string[]>();
  for (let k = 0; k < doc.tokens.length; k++) {
    for (const words of list) {
      if (words.length > 0 && doc.phraseAt(k, words)) {
        spans.push([k, k + words.length]);
        found.add(words);
      }
    }
  }
  return { spans, found };
}

/** Stretches to ask about: every sentence and clause, and some that start or end mid-way or run off either end. */
function ranges(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  const n = doc.tokens.length;
  for (let s = 0; doc.sentenceStart(s) < n; s++) out.push(doc.sentenceRange(s));
  for (let c = 0; doc.clauseStart(c) < n; c++) out.push(doc.clauseRange(c));
  for (let k = -2; k < n + 2; k += 7) out.push([k, k + 5], [k, k + 1], [k, k]);
  return out;
}

/** The lists whose answers differ from the reference on a text, read stretch by stretch and from the whole text (indexes only). */
function differing(text: string): string[] {
  const failures: string[] = [];
  const tokens = () => tokenize(text);
  const byStretch = new Doc(text, tokens(), 'advert', []);
  const whole = new Doc(text, tokens(), 'advert', []);
  LISTS.forEach((list, i) => {
    const ref = reference(whole, list);
    const expected = ([from, to]: [number, number]) => ref.spans.some(([s, e]) => s >= from && s < to && e <= to);
    // First from the whole text, then asked about stretches.
    const set = whole.phrasesIn(list);
    if (set.size !== ref.found.size || [...ref.found].some((w) => !set.has(w))) failures.push(`${i} phrasesIn`);
    for (const r of ranges(whole)) {
      if (whole.hasPhrase(r[0], r[1], list) !== expected(r)) failures.push(`${i} whole ${r}`);
      if (byStretch.hasPhrase(r[0], r[1], list) !== expected(r)) failures.push(`${i} stretch ${r}`);
    }
  });
  return failures;
}

function textsUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(ROOT, dir, f), 'utf8'));
}

describe('phrase lists: found stretch by stretch or from the whole text, as a test of each phrase at each word finds them', () => {
  it('covers lists of every size', () => {
    expect(LISTS.length).toBeGreaterThan(50);
    expect(Math.max(...LISTS.map((l) => l.length))).toBeGreaterThan(20);
  });

  it('on the tuned corpus and the fixtures', () => {
    const texts = [...textsUnder('tests/corpus/adverts'), ...textsUnder('tests/fixtures')].filter((_, i) => i % 4 === 0);
    expect(texts.length).toBeGreaterThan(40);
    expect(texts.flatMap(differing)).toEqual([]);
  }, 120_000);

  it('on made-up text from the lists’ own words, with possessives, capitals and breaks', () => {
    const words = [...new Set(LISTS.flat(2))];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => `${w}'s`),
      fc.constantFrom(...words).map((w) => `${w}s’`),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n', '-', '(', 'é'),
    );
    const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, (t) => differing(t).length === 0),
      { numRuns: propertyRuns(150) },
    );
  }, 60_000);
});

/** The rules' lists of words that must not (or must) come just before or just after a match, and one with an empty phrase. */
const EDGE_LISTS: string[][][] = [
  ...RULESET.rules.flatMap((rule) => {
    const c = rule.context ?? {};
    return [c.notAfter, c.notBefore, c.onlyAfter, c.onlyBefore].filter((l): l is string[][] => l !== undefined);
  }),
  [['team'], [], ['our', 'team']],
];

/** The lists whose answer differs, at some match of one or two words, from a test of each phrase beside it. */
function differingBeside(text: string): string[] {
  const doc = new Doc(text, tokenize(text), 'advert', []);
  const { tokens } = doc;
  const failures: string[] = [];
  const before = (m: MatchView, w: string[]) => {
    const k = m.from - w.length;
    return k >= 0 && tokens[k]!.sentence === tokens[m.from]!.sentence && doc.phraseAt(k, w);
  };
  // After a match: in its sentence, or a line cut at its width going on (the one test of a phrase, as context.ts has it).
  const after = (m: MatchView, w: string[]) => sameSentenceAfter(m, w);
  EDGE_LISTS.forEach((list, i) => {
    for (let from = 0; from < tokens.length; from++) {
      for (let to = from + 1; to <= Math.min(tokens.length, from + 2); to++) {
        const m: MatchView = { doc, rule: RULESET.rules[0]!, start: tokens[from]!.start, end: tokens[to - 1]!.end, from, to };
        if (CONDITIONS.onlyAfter(m, list) !== list.some((w) => before(m, w))) failures.push(`${i} after ${from}-${to}`);
        if (CONDITIONS.onlyBefore(m, list) !== list.some((w) => after(m, w))) failures.push(`${i} before ${from}-${to}`);
      }
    }
  });
  return failures;
}

describe('phrases just before or after a match: looked up by the word beside it, as a test of each phrase finds them', () => {
  it('on the tuned corpus and the fixtures', () => {
    expect(EDGE_LISTS.length).toBeGreaterThan(50);
    const texts = [...textsUnder('tests/corpus/adverts'), ...textsUnder('tests/fixtures')].filter((_, i) => i % 8 === 0);
    expect(texts.flatMap(differingBeside)).toEqual([]);
  }, 120_000);

  it('on made-up text from the lists’ own words, with possessives and breaks', () => {
    const words = [...new Set(EDGE_LISTS.flat(2))];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => `${w}'s`),
      fc.constantFrom(...words).map((w) => `${w}s’`),
      fc.constantFrom(' ', ' ', ', ', '. ', '\n'),
    );
    const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, (t) => differingBeside(t).length === 0),
      { numRuns: propertyRuns(100) },
    );
  }, 60_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULESET } from '@/lib/engine';
import { Doc } from '@/lib/engine/document';
import { buildMatcher, matchPattern, mayMatch, patternRegex } from '@/lib/engine/matcher';
import { tokenize } from '@/lib/engine/tokenize';
import { settingsSchema } from '@/lib/settings/schema';
import { requiredWords } from '@/lib/wordlists/required-words';
import { propertyRuns } from '../../property-runs';
import { ruleExamples, textsUnder, writtenPatterns } from './engine-texts';

/**
 * Every pattern of every shipped rule, as the engine's matcher compiles it (strict: every rule runs),
 * with the expression its wordlist writes (the compiled one spells out its cases, lib/wordlists/case-classes.ts).
 */
const MATCHER = buildMatcher(RULESET, settingsSchema.parse({ strictness: 'strict' }));
const WRITTEN = writtenPatterns();
const PATTERNS = MATCHER.patterns.map((pattern, i) => {
  const id = MATCHER.rules[pattern.rule]!.id;
  const nth = MATCHER.patterns.slice(0, i).filter((p) => p.rule === pattern.rule).length;
  return { id, index: i, pattern, written: patternRegex(WRITTEN.get(id)![nth]!) };
});

/**
 * Every pattern scanned over every corpus text or rule example: the work grows with the rules and the
 * corpus. The examples' sweep takes 13 s alone on an idle two-core machine and 35 s beside the rest of
 * the suite under load, so the guard is set well above both; the time is a benchmark's business, not this test's.
 */
const SWEEP_TIMEOUT = 120_000;

/** What a plain scan with the written expression finds, with no word test: the reference. */
function scanned(text: string, regex: RegExp): [number, number][] {
  const found: [number, number][] = [];
  const re = new RegExp(regex.source, regex.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else found.push([m.index, m.index + m[0].length]);
  }
  return found;
}

/**
 * The patterns whose matches on `text` differ, with the word test and their cases spelt out, from a
 * plain scan as written (ids only: texts may be held out).
 */
function differing(text: string): string[] {
  const doc = new Doc(text, tokenize(text), 'advert', []);
  const held = doc.listsHeld(MATCHER.listsByWord, MATCHER.listCount);
  const found = (index: number, pattern: (typeof PATTERNS)[number]['pattern']) => (mayMatch(MATCHER, index, held) ? matchPattern(doc, pattern) : []);
  return PATTERNS.filter(({ index, pattern, written }) => JSON.stringify(found(index, pattern)) !== JSON.stringify(scanned(text, written))).map(
    ({ id }) => id,
  );
}

describe('requiredWords: the words a pattern cannot match without', () => {
  it('reads alternatives, optional parts and separators into whole words', () => {
    expect(requiredWords(String.raw`\b(?:uk|british)[\s-]+(?:citizens?|nationals?)\b`, 'gi')).toEqual({
      lists: [['british', 'uk'], ['citizen', 'citizens', 'national', 'nationals']],
      starts: ['british', 'uk'],
    });
    // "non-UK" and "nonUK": two words or one.
    expect(requiredWords(String.raw`\bnon[\s-]?uk\b`, 'gi')).toEqual({ lists: [['non', 'nonuk'], ['nonuk', 'uk']], starts: ['non', 'nonuk'] });
  });

  it('counts only words with a separator or \\b on both sides', () => {
    // "graduat" runs on into "graduate" or "graduated": only the whole forms count.
    expect(requiredWords(String.raw`\brecent\s+graduat(?:e|ed)\b`, 'gi')).toEqual({
      lists: [['recent'], ['graduate', 'graduated']],
      starts: ['recent'],
    });
    // A match that may start or end inside a longer word proves nothing about whole words.
    expect(requiredWords(String.raw`young\w*`, 'gi')).toBeNull();
    expect(requiredWords(String.raw`a\s+b`, 'gi')).toBeNull();
  });

  it('knows a pattern is tried only where its first word starts when every match starts with it', () => {
    expect(requiredWords(String.raw`\(s\)he\b`, 'gi')?.starts).toBeNull();
    expect(requiredWords(String.raw`(?:\bnative\s+)?speakers?\b`, 'gi')).toBeNull();
  });

  it('gives up on the u flag, whose case folding matches letters outside ASCII', () => {
    expect(requiredWords(String.raw`\buk\s+\p{L}+`, 'giu')).toBeNull();
  });
});

describe('patterns tried only on texts with their words, with their cases spelt out, find what a plain scan as written finds', () => {
  it('covers the shipped patterns, most of them with words', () => {
    expect(PATTERNS.length).toBe(RULESET.rules.reduce((n, rule) => n + rule.patterns.length, 0));
    expect(PATTERNS.length).toBeGreaterThan(15);
    expect(PATTERNS.filter((p) => p.pattern.words !== null).length).toBeGreaterThan(PATTERNS.length * 0.8);
  });

  it('on every advert and email of the corpus, tuned and held out, and the fixtures', () => {
    const texts = [...textsUnder('tests/corpus/adverts'), ...textsUnder('tests/corpus/held-out'), ...textsUnder('tests/fixtures')];
    expect(texts.length).toBeGreaterThan(200);
    const failed = texts.flatMap(differing);
    expect(failed).toEqual([]);
  }, SWEEP_TIMEOUT);

  it("on the rules' own examples, also in capitals and with the words run into other characters", () => {
    const variants = ruleExamples().flatMap((e) => [
      e,
      e.toUpperCase(),
      e.replace(/ /g, '\n'),
      // Words that are not one run of ASCII letters: "o'uk", "éuk", "uk’s", "K" (the Kelvin sign).
      e.replace(/\b(\w)/g, "o'$1"),
      e.replace(/\b(\w)/g, 'é$1'),
      e.replace(/(\w)\b/g, '$1’s'),
      e.replace(/k/g, '\u212a'),
      // Letters whose cases the i flag pairs otherwise than toUpperCase and toLowerCase do.
      e.replace(/s/g, 'ſ').replace(/i/g, 'ı'),
      e.replace(/I/g, 'İ').replace(/ss/g, 'ẞ'),
      e.replace(/e/g, 'É').replace(/y/g, 'Ÿ'),
    ]);
    expect(variants.flatMap(differing)).toEqual([]);
  }, SWEEP_TIMEOUT);

  it('on made-up text from the patterns’ own words, separators and awkward characters', () => {
    const words = [...new Set(PATTERNS.flatMap(({ pattern }) => pattern.words?.lists.flat() ?? []))];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(' ', ' ', '-', "'", '’', '\n', ', ', 'é', 'É', 'ÿ', 'Ÿ', 'µ', 'ı', 'İ', 'ẞ', '_', 'ſ', '\u212a', '(s)', '&', 'a', '20', '0s'),
      fc.string({ maxLength: 3 }),
    );
    const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => differing(t).length === 0),
      { numRuns: propertyRuns(1000) },
    );
  });
});

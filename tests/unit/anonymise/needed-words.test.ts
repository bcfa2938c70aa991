import { describe, expect, it } from 'vitest';
import '@/lib/anonymise';
import { lowered, mayMatch, needing, neededWords } from '@/lib/anonymise/needed-words';
import { alwaysHolds } from '@/lib/wordlists/required-words';

describe('the words an anonymiser pattern needs', () => {
  it('are proved from the syntax of every pattern that names them', () => {
    const registered = [...neededWords()];
    expect(registered.length).toBeGreaterThan(20);
    const unproved = registered.filter(([pattern, words]) => !alwaysHolds(pattern.source, pattern.flags, words)).map(([p, w]) => `${w.join(', ')}: /${p.source.slice(0, 80)}…/`);
    expect(unproved).toEqual([]);
  });

  it('are proved only when every match must hold one', () => {
    const holds = (re: RegExp, words: string[]) => alwaysHolds(re.source, re.flags, words);
    expect(holds(/\bsingle\s+(?:parent|mum)/gi, ['single'])).toBe(true);
    expect(holds(/\bsingle\s+(?:parent|mum)/gi, ['parent', 'mum'])).toBe(true);
    expect(holds(/\bsingle\s+(?:parent|mum)/gi, ['parent'])).toBe(false);
    // A word may span elements in a row, not an optional part or a repeat that may be absent.
    expect(holds(/\bstep-?(?:mum|dad)/gi, ['pmu', 'pdad', 'p-'])).toBe(false);
    expect(holds(/\bstep-?(?:mum|dad)/gi, ['pmu', 'pdad', 'p'])).toBe(true);
    expect(holds(/(?:my|our)\s+(?:dear\s+)?(?:son|daughter)s?/gi, ['son', 'daughter'])).toBe(true);
    expect(holds(/(?:my|our)\s+(?:son|daughter)?s/gi, ['son', 'daughter'])).toBe(false);
    expect(holds(/a(?:bc)*d/g, ['bc'])).toBe(false);
    expect(holds(/a(?:bc)+d/g, ['bc'])).toBe(true);
    // Nothing is known of a letter class: "x\p{L}y" need not hold "xy".
    expect(holds(/x\p{L}y/gu, ['xy'])).toBe(false);
    // With the u and i flags "ſ" matches "s" and the Kelvin sign "k": read in lowered text they are those letters.
    expect(holds(/\u017Fingle/iu, ['single'])).toBe(true);
    expect(holds(/\u017Fingle/i, ['single'])).toBe(false);
    expect(holds(/\u212Aid/iu, ['kid'])).toBe(true);
    // A class holding a character outside ASCII is read as unknown.
    expect(holds(/[\u212A]id/iu, ['kid'])).toBe(false);
  });

  it('are looked for in the text read in lower case, with "ſ" as "s"', () => {
    expect(lowered('Single MUM')).toBe('single mum');
    expect(lowered('\u017Fingle \u212Aid')).toBe('single kid');
    const single = needing(['single', 'kid'], /\bsingle|kid/giu);
    expect(mayMatch(single, 'A \u017FINGLE father')).toBe(true);
    expect(single.test('A \u017FINGLE father')).toBe(true);
    expect(mayMatch(single, 'A \u212AID')).toBe(true);
    expect(mayMatch(single, 'a married father')).toBe(false);
    // A pattern registered with no words may always match.
    expect(mayMatch(/x/, 'abc')).toBe(true);
  });

  it('keeps each word found or not for the last text only', () => {
    const kid = needing(['kid'], /kid/gi);
    const kidOrChild = needing(['kid', 'child'], /kid|child/gi);
    expect(mayMatch(kid, 'Our children play')).toBe(false);
    expect(mayMatch(kidOrChild, 'Our children play')).toBe(true);
    // Another text is searched afresh, not answered from the last one's words.
    expect(mayMatch(kid, 'Two KIDS play')).toBe(true);
    expect(mayMatch(kidOrChild, 'Two adults play')).toBe(false);
    expect(mayMatch(kidOrChild, 'Our children play')).toBe(true);
  });
});

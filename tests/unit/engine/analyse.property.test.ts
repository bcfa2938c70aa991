import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';
import { normaliseText } from '@/lib/text/normalise';
import { propertyRuns } from '../../property-runs';

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
/** Latin letters and a Cyrillic or Greek look-alike for each. */
const LOOKALIKES: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х', i: 'і' };

/** Words the rules care about, names and titles, grammar words, numbers and acronyms. */
const WORDS = [
  'young', 'energetic', 'dynamic', 'mature', 'ambitious', 'driven', 'decisive', 'lead', 'leadership', 'competitive',
  'salary', 'patients', 'people', 'team', 'you', 'we', 'will', 'must', 'be', 'the', 'a', 'and', 'or', 'not', 'who',
  'native', 'English', 'speaker', 'girls', 'ladies', 'physically', 'fit', 'driving', 'licence', 'own', 'car',
  'years', "years'", 'experience', 'minimum', 'of', '3', '20', 'aged', 'under', 'Trust', 'NHS', 'PCN', 'MDT', 'GP',
  'Mr', 'Gentle', 'Young', 'Ward', 'Sister', 'Clinical', 'Lead', 'he', 'she', 'her', 'candidate', 'where', 'are',
  'from', 'female', 'applicants', 'only', 'Essential', 'Desirable', 'thick', 'skin', 'fresh', 'photo', '£30,000',
];
const PUNCTUATION = [' ', ' ', ' ', ', ', '. ', '; ', ': ', '\n', '\n- ', ' (', ') ', ' "', '" ', ' “', '” ', ' ‘', '’ ', '?', '\t'];

const sentenceText = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCTUATION)), { maxLength: 40 })
  .map((parts) => parts.map(([w, p]) => w + p).join(''));

/** Anything at all, with invisible characters, look-alikes and odd spacing mixed in. */
const awkwardText = fc
  .array(fc.oneof(fc.string({ maxLength: 10 }), sentenceText, fc.constantFrom(...INVISIBLE, 'о', 'ﬁ', '\u00a0', 'e\u0301', '😀', '\r\n', '"')), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

const context = fc.constantFrom<TextKind>('advert', 'email', 'question');

/** Findings as words a reviewer reads: rule and the text after normalising, in order. */
const seen = (text: string, kind: TextKind) =>
  analyse(text, { context: kind, minWordsForStatements: 0 }).findings.map((f) => `${f.ruleId}:${normaliseText(f.text).text.toLowerCase()}`);

/** Puts an invisible character inside some words (never at a word's edge, so words stay words). */
function hideInside(text: string, picks: number[]): string {
  let i = 0;
  return text.replace(/[A-Za-z]{2,}/g, (word) => {
    const pick = picks[i++ % Math.max(1, picks.length)] ?? 0;
    if (pick % 3 !== 0) return word;
    const at = 1 + (pick % (word.length - 1));
    return word.slice(0, at) + INVISIBLE[pick % INVISIBLE.length]! + word.slice(at);
  });
}

/** Swaps one Latin letter of some words for its look-alike (the word stays mixed-script, so it is folded back). */
function disguise(text: string, picks: number[]): string {
  let i = 0;
  return text.replace(/[a-z]{3,}/g, (word) => {
    const pick = picks[i++ % Math.max(1, picks.length)] ?? 0;
    if (pick % 2 !== 0) return word;
    const at = [...word].findIndex((c) => LOOKALIKES[c] !== undefined);
    return at < 0 ? word : word.slice(0, at) + LOOKALIKES[word[at]!]! + word.slice(at + 1);
  });
}

describe('analyse on generated text', () => {
  it('never throws, and every finding points inside the text at the words it reports', () => {
    fc.assert(
      fc.property(awkwardText, context, (text, kind) => {
        const report = analyse(text, { context: kind, minWordsForStatements: 0 });
        for (const f of report.findings) {
          expect(0 <= f.start && f.start < f.end && f.end <= text.length).toBe(true);
          expect(f.text).toBe(text.slice(f.start, f.end));
          expect(normaliseText(f.text).text.trim().length).toBeGreaterThan(0);
        }
        expect(report.words).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('finds the same words when invisible characters are hidden inside them', () => {
    fc.assert(
      fc.property(sentenceText, fc.array(fc.nat(60), { minLength: 1, maxLength: 20 }), context, (text, picks, kind) => {
        expect(seen(hideInside(text, picks), kind)).toEqual(seen(text, kind));
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('finds the same words when letters are swapped for look-alikes', () => {
    fc.assert(
      fc.property(sentenceText, fc.array(fc.nat(60), { minLength: 1, maxLength: 20 }), context, (text, picks, kind) => {
        expect(seen(disguise(text, picks), kind)).toEqual(seen(text, kind));
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});

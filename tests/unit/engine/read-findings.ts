import { expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

/** Inline findings as the engine's example tests compare them: [rule, text, start]. */
export type Found = [string, string, number][];
export type Context = 'email' | 'advert' | 'question';

/** Every inline finding but plain English, as [rule, text, start]; the whole-advert checks are left out. */
export function read(text: string, context: Context = 'advert'): Found {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

/** The whole-advert findings of a text, by rule, however short the text. */
export function missing(text: string): string[] {
  return analyse(text, { context: 'advert', minWordsForStatements: 0 }).document.map((d) => d.ruleId);
}

/** Findings other than abbreviations, which quiet cases may contain for reasons of their own. */
export const judged = (text: string, context: Context): Found => read(text, context).filter(([rule]) => rule !== 'unexpanded-acronym');

/** One test per case: the text, read in its context, gives exactly these findings (abbreviations aside). */
export const flags = (cases: [string, Context, Found][]) =>
  it.each(cases)('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });

/** One test per case: the text, read in its context, gives no finding (abbreviations aside). */
export const leaves = (cases: [string, Context][]) =>
  it.each(cases)('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });

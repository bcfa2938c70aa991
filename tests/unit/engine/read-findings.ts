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

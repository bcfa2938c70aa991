import type { Section } from '../engine/sections';
import type { Tokenized } from '../engine/tokenize';
import { type CheckOptions, checkSentences, type PlainHit } from './checks';
import { layoutOf } from './layout';
import type { Readability } from '../engine/finding';
import { readabilityOf } from './readability';

export interface PlainEnglishOptions extends CheckOptions {
  /** Sections the page gives (NHS Jobs): duties and section titles come from them. */
  sections?: readonly Section[];
}

export interface PlainEnglishResult {
  hits: PlainHit[];
  /** Null when the text is too short to score. */
  readability: Readability | null;
}

/**
 * Plain English for one text, over the engine's tokens: at most one problem per sentence, and how
 * hard the whole text is to read. Pure: no DOM, no storage.
 */
export function checkPlainEnglish(text: string, tok: Tokenized, options: PlainEnglishOptions): PlainEnglishResult {
  const sentences = layoutOf(text, tok, options.sections);
  return {
    hits: checkSentences(text, tok.tokens, sentences, options),
    readability: readabilityOf(text, tok.tokens, sentences, options.sections),
  };
}

export { LONG_SENTENCE, type PlainHit, VERY_LONG_SENTENCE } from './checks';
export { MIN_WORDS_FOR_READING_AGE, NHS_READING_AGE } from './readability';
export { PLAIN_ENGLISH } from './words';

import type { Doc } from '../engine/document';
import { codeListNamedBefore, findAbbreviations } from '../engine/handlers/acronyms';
import { checkSentences, type PlainHit } from './checks';
import { layoutOf } from './layout';
import type { Readability } from '../engine/finding';
import { readabilityOf } from './readability';
import { formStartsIn } from './words';

export interface PlainEnglishOptions {
  /** Abbreviations every applicant knows (NHS, GP, UK): never part of a stack. */
  understood: ReadonlySet<string>;
  /** The NHS acronyms the engine knows: never taken for a word written in capitals. */
  known: Readonly<Record<string, unknown>>;
  /** The rules switched on (all when left out). */
  rules?: ReadonlySet<PlainHit['ruleId']>;
}

export interface PlainEnglishResult {
  hits: PlainHit[];
  /** Null when the text is too short to score. */
  readability: Readability | null;
}

/**
 * Plain English for one text, over the engine's words and sections (the page's, or the person
 * specification found in the text): at most one problem per sentence, and how hard the whole text
 * is to read. Pure: no DOM, no storage.
 */
export function checkPlainEnglish(doc: Doc, options: PlainEnglishOptions): PlainEnglishResult {
  const { text, tokens, sections } = doc;
  const sentences = layoutOf(text, tokens, sections);
  // Codes in brackets after the name they are codes of ("… Safe Use of Pesticides (PA1 / PA6)") are that name's, not a stack to learn.
  const abbreviations = new Set(
    findAbbreviations(doc, options.understood, options.known)
      .filter((a) => !codeListNamedBefore(doc, a))
      .map((a) => a.token),
  );
  return {
    hits: checkSentences(text, tokens, sentences, { abbreviations, formStarts: formStartsIn(doc), rules: options.rules }),
    readability: readabilityOf(text, tokens, sentences, sections),
  };
}

export { LONG_SENTENCE, type PlainHit, VERY_LONG_SENTENCE } from './checks';
export { MIN_WORDS_FOR_READING_AGE, NHS_READING_AGE } from './readability';
export { PLAIN_ENGLISH } from './words';

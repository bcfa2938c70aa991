import type { Category, Severity, Source, Suggestion } from './finding';
import type { HandlerName } from './handlers/names';
import type { Target } from './lexicon';

/**
 * Who a rule's words must describe for it to fire; 'staff' asks for evidence ("our girls", "the lads in
 * estates"); 'workplace' also takes a place of work described by the trait ("a competitive environment").
 */
export type Describes = Target | 'staff' | 'workplace';

/** Context conditions with every phrase already split into words (see lib/wordlists/schema.ts). */
export interface CompiledContext {
  notAfter?: string[][];
  notBefore?: string[][];
  notBeforeHead?: string[][];
  onlyAfter?: string[][];
  onlyBefore?: string[][];
  notInSentenceWith?: string[][];
  onlyInSentenceWith?: string[][];
  cueNotIn?: string[][];
  notInClauseWith?: string[][];
  notLaterInSentenceWith?: string[][];
  notEarlierInSentenceWith?: string[][];
  notEndingRangeFrom?: string[][];
  notNearWith?: string[][];
  notOfferedInSentence?: string[][];
  onlyNearBefore?: string[][];
  onlyInClauseWith?: string[][];
  notInDocumentWith?: string[][];
  negatable?: boolean;
  caseSensitive?: boolean;
  titleHeld?: boolean;
  describes?: Describes[];
  names?: 'skip' | 'titles' | 'any';
  fairRoute?: boolean;
  required?: boolean;
  trait?: boolean;
  judged?: boolean;
  colleague?: boolean;
  described?: boolean;
  asked?: boolean;
  staffInPost?: boolean;
  monitoring?: boolean;
}

/** The words a pattern cannot match without (see CompiledRule.patternWords). */
export interface PatternWords {
  lists: string[][];
  starts: string[] | null;
}

/** A rule as the engine runs it: the wordlist entry with its inflections expanded and no examples. */
export interface CompiledRule {
  id: string;
  category: Category;
  severity: Severity;
  message: string;
  suggestions: Suggestion[];
  source: Source;
  strictness: 1 | 2 | 3;
  gender?: 'masculine' | 'feminine';
  contexts?: ('advert' | 'email' | 'question')[];
  context?: CompiledContext;
  /** Every surface form to match, inflections included. */
  phrases: string[];
  /**
   * The phrases (by their index in `phrases`) whose words, as the tokenizer reads them and joined by
   * spaces, differ from the phrase as written ("he/she", "a&e"): split when the wordlists are
   * compiled, so that each thread that loads the rules does not tokenise them. Any other phrase is
   * its words joined by spaces.
   */
  words?: Record<number, string>;
  /**
   * Regular expressions, each as the engine runs it: with its letters' cases spelt out
   * (lib/wordlists/case-classes.ts), so without the i flag, unless it needs the u flag (Matcher.patterns).
   */
  patterns: string[];
  /**
   * For each pattern, the words it cannot match without (lib/wordlists/required-words.ts): every
   * match holds a word of each of `lists`, as a whole run of ASCII letters and digits, and starts
   * with one of `starts` when that is not null. Null: no such words.
   */
  patternWords?: (PatternWords | null)[];
  handler?: HandlerName;
  /** Other messages a handler can choose for a match ("unknown", "ambiguous" acronyms). */
  variants?: Record<string, { message: string; suggestions: Suggestion[] }>;
}

/** An acronym's expansion, or several when the letters are ambiguous ("PA"). */
export type Expansion = string | string[];

/** Everything the engine needs from `wordlists/`, produced by `npm run wordlists`. */
export interface Ruleset {
  rules: CompiledRule[];
  acronyms: { source: Source; understood: string[]; acronyms: Record<string, Expansion> };
  allowlist: { phrases: string[]; caseSensitive: string[] };
  /**
   * The wordlists' shared phrase sets by name, each phrase split into words: the same forms the rules'
   * contexts read as "@name", for code that reads them too (lib/engine/phrase-sets.ts).
   */
  phraseSets?: Record<string, string[][]>;
}

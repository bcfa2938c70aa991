import type { HandlerName } from './handlers/names';
import type { Category, Severity, Source, Suggestion } from './finding';

/** Context conditions with every phrase already split into words. */
export interface CompiledContext {
  notAfter?: string[][];
  notBefore?: string[][];
  onlyAfter?: string[][];
  onlyBefore?: string[][];
  notInSentenceWith?: string[][];
  onlyInSentenceWith?: string[][];
  negatable?: boolean;
  caseSensitive?: boolean;
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
  patterns: string[];
  handler?: HandlerName;
}

/** Everything the engine needs from `wordlists/`, produced by `npm run wordlists`. */
export interface Ruleset {
  rules: CompiledRule[];
  acronyms: { source: Source; understood: string[]; acronyms: Record<string, string> };
  allowlist: { phrases: string[]; caseSensitive: string[] };
}

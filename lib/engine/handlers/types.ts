import type { Doc } from '../document';
import type { Matcher } from '../matcher';
import type { CompiledRule } from '../ruleset';

/** What every handler is given: the document, its own rule and the compiled rules. */
export interface HandlerInput {
  doc: Doc;
  rule: CompiledRule;
  matcher: Matcher;
  /** Missing-statement checks need a whole advert: shorter texts skip some of them. */
  minWordsForStatements: number;
}

/** A span a handler flags. `vars` fill the rule's message; `variant` picks one of its message variants. */
export interface Hit {
  start: number;
  end: number;
  vars?: Record<string, string>;
  variant?: string;
}

/** A rule whose matches are found by code: pronouns, acronyms, years of experience, questions. */
export interface SpanHandler {
  kind: 'span';
  find(input: HandlerInput): Hit[];
  /**
   * Words one of which the text must hold (as a token's `norm` or `base`) for `find` to flag
   * anything: a text without them skips the handler. Give them only where every hit starts from
   * such a word (the loop skips every other token); tests/unit/engine/handler-triggers.test.ts checks it.
   */
  triggers?: ReadonlySet<string>;
}

/** A check on the document as a whole: returns the message's variables when it fires, or null. */
export interface DocumentHandler {
  kind: 'document';
  check(input: HandlerInput): Record<string, string> | null;
}

export type Handler = SpanHandler | DocumentHandler;

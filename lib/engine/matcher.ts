import type { Settings } from '../settings/schema';
import { type Doc, TEXT_KINDS, type TextKind } from './document';
import { HANDLERS } from './handlers/names';
import { createTrie, insertPhrase, markFollowers, type TrieNode } from './phrase-trie';
import type { CompiledRule, Expansion, PatternWords, Ruleset } from './ruleset';
import { phraseWords } from './tokenize';
import { WordTable } from './vocabulary';

const STRICTNESS_LEVEL = { relaxed: 1, standard: 2, strict: 3 } as const;

/** A pattern rule's expression (see Matcher.patterns). */
export interface PatternMatcher {
  rule: number;
  /** The pattern as compiled (CompiledRule.patterns). */
  source: string;
  /**
   * Its expression (regexOf): sticky, to try only where its start words start, when every match
   * starts with one of them (`words.starts`); global otherwise. One per pattern, made when a text
   * first holds its words, since V8 parses each expression it is given and most texts reach few
   * patterns: every thread of the CLI made all 153 before its first text.
   */
  regex: RegExp | null;
  words: PatternWords | null;
}

/** The rules one user runs, compiled for matching: built once per settings object. */
export interface Matcher {
  rules: CompiledRule[];
  /**
   * The phrase trie's child of the root for each word, by its number (vocabulary.ts); null where no
   * phrase starts with it. Built on first asking, from the phrases that start with the word: a text
   * meets a few hundred of the 3,000-odd first words, and every thread of the CLI built the whole
   * trie (9,500 phrases) before its first text. Making each first word's nodes below it only as
   * walks reach them too (300 adverts meet 1,059 first words holding 22,192 of 27,845 phrases) saved
   * nothing measurable: 0.2 % of a 300-advert run's instructions (valgrind, round 41).
   */
  firstNodes: WordTable<TrieNode | null>;
  /**
   * Pattern rules' expressions, each with the words it cannot match without (null: none known),
   * sticky when every match starts with one of them.
   */
  patterns: PatternMatcher[];
  /**
   * Pattern p's lists of required words (`words.lists`) are numbered listFrom[p] up to listTo[p]
   * among all the patterns' lists (see listsByWord); none when equal. Read by `mayMatch` from these
   * arrays alone: most texts hold the words of few patterns, and reading each pattern's object and
   * its array of list numbers to rule it out cost more than the check.
   */
  listFrom: Int32Array;
  listTo: Int32Array;
  /** The patterns' numbers, for each kind of text, without those whose rule does not run on it (its `contexts`). */
  patternsIn: Record<TextKind, Int32Array>;
  /** An advert's, with the question rules' too: for an advert with a form's questions (form-question.ts). */
  advertWithForms: Int32Array;
  /**
   * Each word of the patterns' lists of required words, with the numbers of the lists that hold it,
   * and how many lists there are: a text's distinct words (a few hundred) then say which lists it
   * holds (Doc.listsHeld), where each pattern looking up its own words took about 1,900 lookups.
   */
  listsByWord: Map<string, number[]>;
  listCount: number;
  /** Indexes of the rules whose logic is code. */
  handled: number[];
  /** The same, in the order the handlers are listed (so document findings keep a stable order). */
  documentChecks: number[];
  /**
   * For each kind of text, 1 for each rule that runs on it (its `contexts`), read per match; in an
   * advert, 2 for a rule of questions asked, which reads only the form's questions (form-question.ts).
   */
  runsIn: Record<TextKind, Uint8Array>;
  acronyms: Record<string, Expansion>;
  understood: ReadonlySet<string>;
}

/**
 * CompiledRule.words for a rule's phrases: those whose words, as the tokenizer reads them, are not
 * the phrase as written ("he/she"). The wordlists' rules get it at build time, custom words at load.
 */
export function wordsWhereSplit(phrases: string[]): { words?: Record<number, string> } {
  const words: Record<number, string> = {};
  phrases.forEach((phrase, i) => {
    const split = phraseWords(phrase).join(' ');
    if (split !== phrase) words[i] = split;
  });
  return Object.keys(words).length > 0 ? { words } : {};
}

function customRules(settings: Settings): CompiledRule[] {
  return settings.customWords.map((w, i) => {
    const phrases = [w.phrase.toLowerCase(), ...(w.phrase.includes(' ') ? [] : [`${w.phrase.toLowerCase()}s`])];
    return {
      id: `custom-${i + 1}-${w.phrase.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`,
      category: w.category,
      severity: 'warning',
      message: w.reason,
      suggestions: w.suggestion
        ? [{ kind: 'replace', text: w.suggestion }]
        : [{ kind: 'advice', text: 'Your organisation has asked for this wording to be avoided. Reword it.' }],
      source: { name: "Your organisation's own word list", url: '' },
      strictness: 1,
      phrases,
      ...wordsWhereSplit(phrases),
      patterns: [],
    };
  });
}

/** Whether a pattern uses a \\p{…} class, which needs the u flag (it makes every scan much slower). */
export const hasUnicodeClass = (source: string) => /\\[pP]\{/.test(source);

/** A pattern as a rule writer writes it: case-insensitive, with the u flag only where it needs it. */
export const patternRegex = (source: string) => new RegExp(source, hasUnicodeClass(source) ? 'giu' : 'gi');

/**
 * A compiled pattern (CompiledRule.patterns), the same expression: its cases are spelt out, so it
 * runs without the i flag, which about doubles the time V8 takes to compile it (each thread compiles
 * every pattern its texts reach); one with the u flag keeps the i flag, as written.
 */
const compiledRegex = (source: string, sticky: boolean) => new RegExp(source, `${hasUnicodeClass(source) ? 'giu' : 'g'}${sticky ? 'y' : ''}`);

/** Which of the shipped rules run under these settings. */
export function isRuleActive(rule: CompiledRule, settings: Settings): boolean {
  if (settings.categories[rule.category] === false) return false;
  if (rule.strictness > STRICTNESS_LEVEL[settings.strictness]) return false;
  if (settings.disabledRules.includes(rule.id)) return false;
  if (rule.id === 'he-or-she' && settings.allowHeOrShe) return false;
  return true;
}

/** A phrase of the trie, kept by its first word until a text holds that word (Matcher.firstNodes). */
interface PendingPhrase {
  /** The phrase's words: split at spaces (a rule's phrase) or already split (an allowlist phrase). */
  words: string | string[];
  /** The rule whose phrase it is, or -1 for an allowlist phrase. */
  rule: number;
  /** For a case-sensitive allowlist phrase, the phrase as written; null otherwise. */
  exact: string | null;
}

/** Files a phrase under its first word; the rest is split only if a text holds that word. */
function pend(byFirst: Map<string, PendingPhrase[]>, words: string | string[], rule: number, exact: string | null): void {
  let first: string;
  if (typeof words === 'string') {
    const space = words.indexOf(' ');
    first = space < 0 ? words : words.slice(0, space);
  } else first = words[0]!;
  const pending = byFirst.get(first);
  const phrase: PendingPhrase = { words, rule, exact };
  if (pending) pending.push(phrase);
  else byFirst.set(first, [phrase]);
}

/** Whether a rule runs on a kind of text: 1, or 2 for a question rule on an advert's form questions, or 0. */
function runsOn(rule: CompiledRule, kind: TextKind): number {
  if (!rule.contexts || rule.contexts.includes(kind)) return 1;
  return kind === 'advert' && rule.contexts.includes('question') ? 2 : 0;
}

/** The root's child for a first word: the trie of the phrases filed under it, in the order they were filed. */
function firstNode(pending: readonly PendingPhrase[] | undefined): TrieNode | null {
  if (!pending) return null;
  const root = createTrie();
  // An index loop: every thread builds a part per first word its texts meet, mostly before V8 has
  // optimised this, where a for...of costs an iterator and a result object per step.
  for (let p = 0; p < pending.length; p++) {
    const { words, rule, exact } = pending[p]!;
    const split = typeof words === 'string' ? words.split(' ') : words;
    const node = insertPhrase(root, split, 1);
    if (exact !== null) {
      node.allowExact ??= [];
      node.allowExact.push(exact);
    } else if (rule < 0) node.allow = true;
    else {
      node.rules ??= [];
      if (!node.rules.includes(rule)) node.rules.push(rule);
    }
  }
  markFollowers(root);
  return root;
}

/** The numbers of the patterns that `keep` keeps, in order. */
function patternNumbers(patterns: readonly PatternMatcher[], keep: (p: PatternMatcher) => boolean): Int32Array {
  const kept: number[] = [];
  for (let p = 0; p < patterns.length; p++) if (keep(patterns[p]!)) kept.push(p);
  return Int32Array.from(kept);
}

export function buildMatcher(ruleset: Ruleset, settings: Settings): Matcher {
  const rules = [...ruleset.rules.filter((r) => isRuleActive(r, settings)), ...customRules(settings)];
  const byFirst = new Map<string, PendingPhrase[]>();
  const patterns: Matcher['patterns'] = [];
  const handled: number[] = [];
  const listsByWord = new Map<string, number[]>();
  const listFrom: number[] = [];
  const listTo: number[] = [];
  let listCount = 0;
  rules.forEach((rule, index) => {
    if (rule.handler) handled.push(index);
    for (let i = 0; i < rule.phrases.length; i++) {
      const words = rule.words?.[i] ?? rule.phrases[i]!;
      if (words !== '') pend(byFirst, words, index, null);
    }
    rule.patterns.forEach((source, i) => {
      const words = rule.patternWords?.[i] ?? null;
      listFrom.push(listCount);
      for (const list of words?.lists ?? []) {
        const number = listCount++;
        for (const word of list) {
          const numbers = listsByWord.get(word);
          if (numbers) numbers.push(number);
          else listsByWord.set(word, [number]);
        }
      }
      listTo.push(listCount);
      patterns.push({ rule: index, source, regex: null, words });
    });
  });
  for (const phrase of [...ruleset.allowlist.phrases, ...settings.allowlist]) {
    const words = phraseWords(phrase);
    if (words.length > 0) pend(byFirst, words, -1, null);
  }
  for (const phrase of ruleset.allowlist.caseSensitive) {
    const words = phraseWords(phrase);
    if (words.length > 0) pend(byFirst, words, -1, phrase);
  }
  const runsIn = Object.fromEntries(
    TEXT_KINDS.map((kind) => [kind, Uint8Array.from(rules, (rule) => runsOn(rule, kind))]),
  ) as Record<TextKind, Uint8Array>;
  return {
    rules,
    firstNodes: new WordTable((word) => firstNode(byFirst.get(word))),
    runsIn,
    patterns,
    listFrom: Int32Array.from(listFrom),
    listTo: Int32Array.from(listTo),
    patternsIn: Object.fromEntries(TEXT_KINDS.map((kind) => [kind, patternNumbers(patterns, (p) => runsIn[kind][p.rule] === 1)])) as Record<TextKind, Int32Array>,
    advertWithForms: patternNumbers(patterns, (p) => runsIn.advert[p.rule] !== 0),
    listsByWord,
    listCount,
    handled,
    documentChecks: [...handled].sort((a, b) => HANDLERS.indexOf(rules[a]!.handler!) - HANDLERS.indexOf(rules[b]!.handler!)),
    acronyms: ruleset.acronyms.acronyms,
    understood: new Set(ruleset.acronyms.understood),
  };
}

/** A pattern's expression, made on first use (see PatternMatcher.regex). */
const regexOf = (pattern: PatternMatcher): RegExp => (pattern.regex ??= compiledRegex(pattern.source, Boolean(pattern.words?.starts)));

/**
 * Whether pattern p may match a text: a text without the words the pattern needs cannot (most texts
 * skip most patterns). `held` is which of the matcher's lists of required words the text holds
 * (Doc.listsHeld).
 */
export function mayMatch(matcher: Matcher, p: number, held: Uint8Array): boolean {
  const to = matcher.listTo[p]!;
  for (let l = matcher.listFrom[p]!; l < to; l++) if (held[l] === 0) return false;
  return true;
}

/** What matchPattern returns when a pattern does not match: never written to. */
const NO_MATCHES: readonly [number, number][] = [];

/**
 * Every match of a pattern rule, as a scan with its global expression finds them (in a text that
 * `mayMatch`: its words are indexed by then). A pattern whose matches all start with one of some
 * words is tried only where those words start, which finds the same matches, since a scan takes
 * the first place after the last match where one starts. It takes no `held`: Doc.listsHeld must
 * have been called on the text first (its answer is what `mayMatch` reads), as it builds the index of
 * word starts read here.
 */
export function matchPattern(doc: Doc, pattern: PatternMatcher): readonly [number, number][] {
  const { words } = pattern;
  const regex = regexOf(pattern);
  const { text } = doc;
  // Made on the first match only: most calls (about 99 in 100 on the corpus) find none.
  let found: [number, number][] | null = null;
  if (words?.starts) {
    let from = 0;
    const starts = doc.wordStarts(words.starts);
    for (let i = 0; i < starts.length; i++) {
      const at = starts[i]!;
      if (at < from) continue;
      regex.lastIndex = at;
      // test, not exec: a sticky match starts at `at` and ends at lastIndex, so no match array (nor
      // its string) is made for each of the many start words tried.
      if (!regex.test(text)) continue;
      const end = regex.lastIndex;
      from = end === at ? at + 1 : end;
      if (end > at) {
        found ??= [];
        found.push([at, end]);
      }
    }
    return found ?? NO_MATCHES;
  }
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++;
    else {
      found ??= [];
      found.push([m.index, m.index + m[0].length]);
    }
  }
  return found ?? NO_MATCHES;
}

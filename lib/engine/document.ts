import { findNames, type NameKind } from './names';
import type { Section, SectionRole } from './sections';
import { GAP, type Token, type Tokenized } from './tokenize';

/** The kinds of text the checker reads; rules can be limited to some of them. */
export const TEXT_KINDS = ['advert', 'email', 'question'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

type Phrases = readonly (readonly string[])[];
const NONE: Phrases = [];
const indexes = new WeakMap<Phrases, Map<string, (readonly string[])[]>>();

/** Phrases by their first word, built once per list, so a search looks only at phrases that can start at a word. */
function phraseIndex(phrases: Phrases): Map<string, (readonly string[])[]> {
  let index = indexes.get(phrases);
  if (!index) {
    index = new Map();
    for (const words of phrases) {
      const first = words[0];
      if (first === undefined) continue;
      const list = index.get(first);
      if (list) list.push(words);
      else index.set(first, [words]);
    }
    indexes.set(phrases, index);
  }
  return index;
}

const CAPITAL_AFTER = GAP.COLON | GAP.OPEN | GAP.BULLET | GAP.BREAK | GAP.NEWLINE;

/**
 * One analysed text and what the context checks read from it: its words, sentences, clauses and
 * lines, its sections, and (computed on first use) the names and titles in it. Pure data over the
 * text; the engine builds one per analysis.
 */
export class Doc {
  readonly tokens: Token[];
  private readonly sentenceFirst: number[] = [];
  private readonly clauseFirst: number[] = [];
  private nameKinds: Uint8Array | null = null;
  /** Sections sorted by start, for lookups by offset. */
  private readonly sorted: Section[];

  constructor(
    readonly text: string,
    tok: Tokenized,
    readonly kind: TextKind,
    readonly sections: Section[],
  ) {
    this.tokens = tok.tokens;
    let lastSentence = -1;
    let lastClause = -1;
    this.tokens.forEach((t, k) => {
      while (lastSentence < t.sentence) this.sentenceFirst[++lastSentence] = k;
      while (lastClause < t.clause) this.clauseFirst[++lastClause] = k;
    });
    this.sentenceFirst.push(this.tokens.length);
    this.clauseFirst.push(this.tokens.length);
    this.sorted = [...sections].sort((a, b) => a.start - b.start);
  }

  /** First token of sentence s, and the token after its last (no array, for loops that run per word). */
  sentenceStart(s: number): number {
    return this.sentenceFirst[s] ?? this.tokens.length;
  }
  sentenceEnd(s: number): number {
    return this.sentenceFirst[s + 1] ?? this.tokens.length;
  }
  clauseStart(c: number): number {
    return this.clauseFirst[c] ?? this.tokens.length;
  }
  clauseEnd(c: number): number {
    return this.clauseFirst[c + 1] ?? this.tokens.length;
  }

  /** The tokens of sentence `s`, as an index range [from, to). */
  sentenceRange(s: number): [number, number] {
    return [this.sentenceFirst[s] ?? this.tokens.length, this.sentenceFirst[s + 1] ?? this.tokens.length];
  }

  /** The tokens of clause `c`, as an index range [from, to). */
  clauseRange(c: number): [number, number] {
    return [this.clauseFirst[c] ?? this.tokens.length, this.clauseFirst[c + 1] ?? this.tokens.length];
  }

  /** Index of the first token ending after `offset` (tokens are sorted). */
  tokenAt(offset: number): number {
    const tokens = this.tokens;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether token k sits where any word starts with a capital: a sentence start, after a colon, a bullet or a bracket. */
  expectsCapital(k: number): boolean {
    const t = this.tokens[k]!;
    if (k === 0 || t.sentence !== this.tokens[k - 1]!.sentence) return true;
    if (t.gap & CAPITAL_AFTER) return true;
    return t.quoted !== this.tokens[k - 1]!.quoted;
  }

  /** What kind of name or title token k is part of, or 0 for none (see names.ts). */
  nameKind(k: number): NameKind {
    this.nameKinds ??= findNames(this);
    return (this.nameKinds[k] ?? 0) as NameKind;
  }

  /** Whether the words of a phrase (lower case) start at token k, each as written or without its possessive. */
  phraseAt(k: number, words: readonly string[]): boolean {
    const tokens = this.tokens;
    if (k < 0 || k + words.length > tokens.length) return false;
    for (let w = 0; w < words.length; w++) {
      const t = tokens[k + w]!;
      if (t.norm !== words[w] && t.base !== words[w]) return false;
    }
    return true;
  }

  /** Whether tokens [from, to) contain one of the phrases (each a list of lower-case words). */
  hasPhrase(from: number, to: number, phrases: readonly (readonly string[])[]): boolean {
    const index = phraseIndex(phrases);
    const tokens = this.tokens;
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      for (const words of index.get(t.norm) ?? NONE) if (k + words.length <= to && this.phraseAt(k, words)) return true;
      if (t.base === t.norm) continue;
      for (const words of index.get(t.base) ?? NONE) if (k + words.length <= to && this.phraseAt(k, words)) return true;
    }
    return false;
  }

  private readonly found = new Map<Phrases, Set<readonly string[]>>();

  /** Which of the phrases the whole text contains: one pass over the words per list, remembered. */
  phrasesIn(phrases: Phrases): ReadonlySet<readonly string[]> {
    let found = this.found.get(phrases);
    if (!found) {
      found = new Set();
      const index = phraseIndex(phrases);
      const tokens = this.tokens;
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        for (const words of index.get(t.norm) ?? NONE) if (this.phraseAt(k, words)) found.add(words);
        if (t.base === t.norm) continue;
        for (const words of index.get(t.base) ?? NONE) if (this.phraseAt(k, words)) found.add(words);
      }
      this.found.set(phrases, found);
    }
    return found;
  }

  /** Whether the whole text contains one of the phrases. */
  documentHas(phrases: Phrases): boolean {
    return this.phrasesIn(phrases).size > 0;
  }

  /** The section holding `offset`, if any. */
  sectionAt(offset: number): Section | undefined {
    const s = this.sorted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const candidate = s[lo - 1];
    return candidate && offset < candidate.end ? candidate : undefined;
  }

  /** The role of the section holding token k. */
  roleOf(k: number): SectionRole | undefined {
    const t = this.tokens[k];
    return t ? this.sectionAt(t.start)?.role : undefined;
  }
}

import { findNames, type NameKind } from './names';
import type { Section, SectionRole } from './sections';
import { GAP, type Token, type Tokenized } from './tokenize';

export type TextKind = 'advert' | 'email' | 'question';

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

  /** Whether tokens [from, to) contain one of the phrases (each a list of lower-case words). */
  hasPhrase(from: number, to: number, phrases: readonly (readonly string[])[]): boolean {
    const tokens = this.tokens;
    for (let k = from; k < to; k++) {
      for (const words of phrases) {
        if (k + words.length > to) continue;
        let all = true;
        for (let w = 0; w < words.length; w++) {
          const t = tokens[k + w]!;
          if (t.norm !== words[w] && t.base !== words[w]) {
            all = false;
            break;
          }
        }
        if (all) return true;
      }
    }
    return false;
  }

  private readonly documentPhrases = new Map<readonly (readonly string[])[], boolean>();

  /** Whether the whole text contains one of the phrases (remembered per list). */
  documentHas(phrases: readonly (readonly string[])[]): boolean {
    let has = this.documentPhrases.get(phrases);
    if (has === undefined) {
      has = this.hasPhrase(0, this.tokens.length, phrases);
      this.documentPhrases.set(phrases, has);
    }
    return has;
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

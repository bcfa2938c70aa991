import type { CompiledContext } from './ruleset';
import type { Token, Tokenized } from './tokenize';

/** Words that negate a requirement in their sentence ("you do not need a driving licence"). */
const NEGATIONS = new Set([
  'not', 'no', 'never', 'without', "don't", "doesn't", "isn't", "aren't", "won't", "needn't", 'nor', 'neither', "wouldn't",
]);

/** Per-analysis view of the text that the context checks read, built lazily. */
export class TextContext {
  private sentenceWords = new Map<number, string>();
  /** firstToken[s] is the index of sentence s's first token; firstToken[s + 1] ends it. */
  private firstToken: number[] = [];

  constructor(
    readonly text: string,
    readonly tok: Tokenized,
  ) {
    const { tokens } = tok;
    const sentences = tok.sentenceStarts.length;
    let k = 0;
    for (let s = 0; s <= sentences; s++) {
      while (k < tokens.length && tokens[k]!.sentence < s) k++;
      this.firstToken.push(k);
    }
  }

  /** " word word word " for a sentence, for whole-word phrase tests. */
  sentenceString(sentence: number): string {
    let s = this.sentenceWords.get(sentence);
    if (s === undefined) {
      const words: string[] = [];
      const [from, to] = this.tokensOf(sentence);
      for (let k = from; k < to; k++) words.push(this.tok.tokens[k]!.norm);
      s = ` ${words.join(' ')} `;
      this.sentenceWords.set(sentence, s);
    }
    return s;
  }

  /** The tokens of a sentence, as an index range [from, to). */
  tokensOf(sentence: number): [number, number] {
    return [this.firstToken[sentence] ?? 0, this.firstToken[sentence + 1] ?? this.tok.tokens.length];
  }
}

function wordsEndAt(tokens: Token[], end: number, words: string[]): boolean {
  const start = end - words.length;
  if (start < 0) return false;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[start + k]!;
    if (t.norm !== words[k] && t.base !== words[k]) return false;
  }
  return true;
}

function wordsStartAt(tokens: Token[], start: number, words: string[]): boolean {
  if (start + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[start + k]!;
    if (t.norm !== words[k] && t.base !== words[k]) return false;
  }
  return true;
}

function sentenceHas(ctx: TextContext, sentence: number, phrases: string[][]): boolean {
  const s = ctx.sentenceString(sentence);
  return phrases.some((words) => s.includes(` ${words.join(' ')} `));
}

function isNegated(ctx: TextContext, from: number, to: number): boolean {
  const [sFrom, sTo] = ctx.tokensOf(ctx.tok.tokens[from]!.sentence);
  for (let k = sFrom; k < sTo; k++) {
    if (k >= from && k < to) continue;
    if (NEGATIONS.has(ctx.tok.tokens[k]!.norm)) return true;
  }
  return false;
}

/** Whether a match over tokens [from, to) survives the rule's context conditions. */
export function contextAllows(ctx: TextContext, c: CompiledContext | undefined, from: number, to: number): boolean {
  if (!c) return true;
  const tokens = ctx.tok.tokens;
  const sentence = tokens[from]!.sentence;
  const sameSentenceBefore = (words: string[]) =>
    wordsEndAt(tokens, from, words) && tokens[from - words.length]!.sentence === sentence;
  const sameSentenceAfter = (words: string[]) =>
    wordsStartAt(tokens, to, words) && tokens[to + words.length - 1]!.sentence === sentence;
  if (c.notAfter?.some(sameSentenceBefore)) return false;
  if (c.notBefore?.some(sameSentenceAfter)) return false;
  if (c.onlyAfter && !c.onlyAfter.some(sameSentenceBefore)) return false;
  if (c.onlyBefore && !c.onlyBefore.some(sameSentenceAfter)) return false;
  if (c.notInSentenceWith && sentenceHas(ctx, sentence, c.notInSentenceWith)) return false;
  if (c.onlyInSentenceWith && !sentenceHas(ctx, sentence, c.onlyInSentenceWith)) return false;
  if (c.negatable && isNegated(ctx, from, to)) return false;
  return true;
}

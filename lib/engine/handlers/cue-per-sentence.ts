import type { Doc } from '../document';
import type { Hit } from './types';

/** A comma-separated list of phrases, each as its lower-case words: "no history of, must not have". */
export const phraseList = (list: string) => list.split(',').map((p) => p.trim().split(' '));

/** Phrases by their first word, so each word of the text is looked up once. */
export function byFirstWord(phrases: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const p of phrases) {
    const listed = map.get(p[0]!);
    if (listed) listed.push(p);
    else map.set(p[0]!, [p]);
  }
  return map;
}

/**
 * The first phrase of `index` that starts at token `k`, if any. A loop, not `find` with a callback:
 * handlers call this at every word, and a callback that reads `k` makes V8 allocate a context per call.
 */
export function phraseFrom(doc: Doc, index: ReadonlyMap<string, string[][]>, k: number): string[] | undefined {
  const list = index.get(doc.tokens[k]!.norm);
  if (list === undefined) return undefined;
  // Index loops here and below: an iterator per call costs most in code V8 has not optimised yet.
  for (let i = 0; i < list.length; i++) if (doc.phraseAt(k, list[i]!)) return list[i];
  return undefined;
}

/** The longest phrase of `index` that starts at token `k` (the first listed of those as long), if any. */
export function longestFrom(doc: Doc, index: ReadonlyMap<string, string[][]>, k: number): string[] | undefined {
  const list = index.get(doc.tokens[k]!.norm);
  if (list === undefined) return undefined;
  let longest: string[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const words = list[i]!;
    if ((!longest || words.length > longest.length) && doc.phraseAt(k, words)) longest = words;
  }
  return longest;
}

/**
 * The loop the handlers that read a cue in its sentence share (a health bar, socialising demanded):
 * at each of the tokens `at` (where a cue phrase may start: `doc.tokensWith` its first words) where
 * `cueAt` finds one, `judge` gets the cue and its sentence's token range and returns the tokens to
 * flag, or null. A sentence is flagged once: after a hit, the rest of it is skipped.
 */
export function firstCuePerSentence(
  doc: Doc,
  at: Int32Array,
  cueAt: (k: number) => string[] | undefined,
  judge: (k: number, cue: string[], from: number, to: number) => [start: number, end: number] | null,
): Hit[] {
  const { tokens } = doc;
  const hits: Hit[] = [];
  let lastSentence = -1;
  for (let i = 0; i < at.length; i++) {
    const k = at[i]!;
    const t = tokens[k]!;
    if (t.sentence === lastSentence) continue;
    const cue = cueAt(k);
    if (!cue) continue;
    const [from, to] = doc.sentenceRange(t.sentence);
    const span = judge(k, cue, from, to);
    if (!span) continue;
    hits.push({ start: tokens[span[0]]!.start, end: tokens[span[1] - 1]!.end });
    lastSentence = t.sentence;
  }
  return hits;
}

/**
 * The same loop over cues already found (reading/what.ts: [start, end) pairs, flat, in text order):
 * `judge` gets each cue and its sentence's token range; a sentence is flagged once.
 */
export function firstCuePerSentenceIn(
  doc: Doc,
  cues: readonly number[],
  judge: (k: number, end: number, from: number, to: number) => [start: number, end: number] | null,
): Hit[] {
  const { tokens } = doc;
  const hits: Hit[] = [];
  let lastSentence = -1;
  for (let i = 0; i < cues.length; i += 2) {
    const k = cues[i]!;
    const t = tokens[k]!;
    if (t.sentence === lastSentence) continue;
    const [from, to] = doc.sentenceRange(t.sentence);
    const span = judge(k, cues[i + 1]!, from, to);
    if (!span) continue;
    hits.push({ start: tokens[span[0]]!.start, end: tokens[span[1] - 1]!.end });
    lastSentence = t.sentence;
  }
  return hits;
}

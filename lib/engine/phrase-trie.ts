import type { Token } from './tokenize';

/** A word-by-word trie: each node may end rule phrases and allowlist phrases. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Indexes of the rules whose phrase ends here. */
  rules?: number[];
  /** A case-insensitive allowlist phrase ends here. */
  allow?: boolean;
  /** Case-sensitive allowlist phrases ending here, as written. */
  allowExact?: string[];
}

export function createTrie(): TrieNode {
  return { next: new Map() };
}

export function insertPhrase(root: TrieNode, words: string[]): TrieNode {
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map() };
      node.next.set(word, child);
    }
    node = child;
  }
  return node;
}

/** Calls `visit(i, endIndexExclusive, node)` for every phrase in the trie that starts at token `i`. */
export function walkFrom(
  root: TrieNode,
  tokens: Token[],
  i: number,
  visit: (i: number, end: number, node: TrieNode) => void,
): void {
  const t = tokens[i];
  if (t === undefined) return;
  const child = root.next.get(t.norm) ?? (t.base !== t.norm ? root.next.get(t.base) : undefined);
  if (child) walkOn(child, tokens, i, visit);
}

/**
 * The same, given the root's child for token `i` (its `norm`, or else its `base`): the caller looks
 * that up once per distinct word of the text.
 */
export function walkOn(
  child: TrieNode,
  tokens: Token[],
  i: number,
  visit: (i: number, end: number, node: TrieNode) => void,
): void {
  if (child.rules || child.allow || child.allowExact) visit(i, i + 1, child);
  let node = child;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    const next: TrieNode | undefined = node.next.get(t.norm) ?? (t.base !== t.norm ? node.next.get(t.base) : undefined);
    if (!next) return;
    // A phrase never runs across a sentence break.
    if (t.sentence !== tokens[j - 1]!.sentence) return;
    if (next.rules || next.allow || next.allowExact) visit(i, j + 1, next);
    node = next;
  }
}

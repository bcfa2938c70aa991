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
  let node: TrieNode | undefined = root;
  for (let j = i; j < tokens.length && node; j++) {
    const t = tokens[j]!;
    const child: TrieNode | undefined = node.next.get(t.norm) ?? (t.base !== t.norm ? node.next.get(t.base) : undefined);
    if (!child) return;
    // A phrase never runs across a sentence break.
    if (j > i && t.sentence !== tokens[j - 1]!.sentence) return;
    if (child.rules || child.allow || child.allowExact) visit(i, j + 1, child);
    node = child;
  }
}

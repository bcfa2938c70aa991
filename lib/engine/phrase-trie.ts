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

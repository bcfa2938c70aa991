/**
 * A word-by-word trie: each node may end rule phrases and allowlist phrases. Every node has every
 * field (null or false when unused), so the walk over each word of a text reads one object shape.
 */
export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Indexes of the rules whose phrase ends here. */
  rules: number[] | null;
  /** A case-insensitive allowlist phrase ends here. */
  allow: boolean;
  /** Case-sensitive allowlist phrases ending here, as written. */
  allowExact: string[] | null;
}

export function createTrie(): TrieNode {
  return { next: new Map(), rules: null, allow: false, allowExact: null };
}

export function insertPhrase(root: TrieNode, words: string[]): TrieNode {
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = createTrie();
      node.next.set(word, child);
    }
    node = child;
  }
  return node;
}

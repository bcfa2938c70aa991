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

/**
 * The `next` of every node that no phrase goes on from, never written to: over half the nodes are
 * such ends, and a Map each made building the rules' trie (every thread of the CLI builds it) take
 * about a third longer.
 */
const NO_NEXT: ReadonlyMap<string, TrieNode> = new Map();

export function createTrie(): TrieNode {
  return { next: NO_NEXT as Map<string, TrieNode>, rules: null, allow: false, allowExact: null };
}

/** Adds the phrase `words` from its word `from` on below `root`; returns the node it ends at. */
export function insertPhrase(root: TrieNode, words: readonly string[], from: number): TrieNode {
  let node = root;
  for (let i = from; i < words.length; i++) {
    const word = words[i]!;
    if (node.next === NO_NEXT) node.next = new Map();
    let child = node.next.get(word);
    if (!child) {
      child = createTrie();
      node.next.set(word, child);
    }
    node = child;
  }
  return node;
}

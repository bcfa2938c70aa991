import { wordNumber } from './vocabulary';

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
  /**
   * The thread's numbers (vocabulary.ts) of the words in `next`, as 60 bits in two small integers
   * (bit `n % 60`; see `mayFollow`), 0 where `next` is empty. Most steps of a walk find no next word:
   * these answer most of them from the word's number and the node itself, which the walk has just
   * read, where a lookup in `next` reads the map's table elsewhere in memory.
   */
  low: number;
  high: number;
}

/**
 * The `next` of every node that no phrase goes on from, never written to: over half the nodes are
 * such ends, and a Map each made building the rules' trie (every thread of the CLI builds it) take
 * about a third longer.
 */
const NO_NEXT: ReadonlyMap<string, TrieNode> = new Map();

export function createTrie(): TrieNode {
  return { next: NO_NEXT as Map<string, TrieNode>, rules: null, allow: false, allowExact: null, low: 0, high: 0 };
}

/** Bits per field of a node's `low` and `high`: small integers, kept in the node itself. */
const FIELD_BITS = 30;

/**
 * Sets `low` and `high` on every node below `root` (the whole subtree, once its phrases are in).
 * Each entry read by index, not destructured: every thread marks each first word's subtree, mostly
 * in code V8 has not optimised, where `[word, child]` is read through the iterator protocol.
 */
export function markFollowers(root: TrieNode): void {
  for (const entry of root.next) {
    const bit = wordNumber(entry[0]) % (2 * FIELD_BITS);
    if (bit < FIELD_BITS) root.low |= 1 << bit;
    else root.high |= 1 << (bit - FIELD_BITS);
    markFollowers(entry[1]);
  }
}

/** Whether the word numbered `n` may follow `node` (never false when it does). */
export function mayFollow(node: TrieNode, n: number): boolean {
  const bit = n % (2 * FIELD_BITS);
  return bit < FIELD_BITS ? (node.low & (1 << bit)) !== 0 : (node.high & (1 << (bit - FIELD_BITS))) !== 0;
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

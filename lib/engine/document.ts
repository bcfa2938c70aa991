import { findNames, NAME, type NameKind } from './names';
import type { Section, SectionRole } from './sections';
import { GAP, SHAPE, type Token, type Tokenized } from './tokenize';
import { currentEpoch, knownNumber, numberedWords, numbersOf, reserveNumbers, WordFlags, WordTable, wordNumber } from './vocabulary';

/** The kinds of text the checker reads; rules can be limited to some of them. */
export const TEXT_KINDS = ['advert', 'email', 'question'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

type Phrases = readonly (readonly string[])[];
const EMPTY = new Int32Array(0);
/** Phrases are far shorter than this many words (a match is stored as start * LENGTH_SPAN + length). */
const LENGTH_SPAN = 2 ** 21;
/** A list's phrases as a word trie: each node holds the phrases that end there. */
interface PhraseNode {
  next: Map<string, PhraseNode>;
  ends: (readonly string[])[] | null;
}
/** A list's trie, with its first words in an array (a loop over them allocates nothing). */
interface PhraseTrie {
  root: Map<string, PhraseNode>;
  firsts: string[];
  nodes: PhraseNode[];
}
const tries = new WeakMap<Phrases, PhraseTrie>();

/**
 * A list's phrases as a word trie, built once per list: a search looks only at phrases that can
 * start at a word, and each word of the text after it is looked at once for all of them.
 */
function phraseTrie(phrases: Phrases): PhraseTrie {
  let trie = tries.get(phrases);
  if (!trie) {
    const root = new Map<string, PhraseNode>();
    // Index loops: each thread builds a trie per list it meets, mostly before V8 has optimised this.
    for (let p = 0; p < phrases.length; p++) {
      const words = phrases[p]!;
      if (words.length === 0) continue;
      let next = root;
      let node: PhraseNode | undefined;
      for (let w = 0; w < words.length; w++) {
        const word = words[w]!;
        node = next.get(word);
        if (!node) {
          node = { next: new Map(), ends: null };
          next.set(word, node);
        }
        next = node.next;
      }
      node!.ends ??= [];
      node!.ends.push(words);
    }
    trie = { root, firsts: [...root.keys()], nodes: [...root.values()] };
    tries.set(phrases, trie);
  }
  return trie;
}

/** The distinct words of a text and, for each token, the numbers of its `norm` and `base` (the same when they are). */
export interface WordIds {
  words: readonly string[];
  norm: Int32Array;
  base: Int32Array;
  /** Each of `words`' number for the thread (vocabulary.ts), by which a WordTable keeps what depends on the word alone. */
  numbers: Int32Array;
}

/**
 * Which text's words are stamped (`stamped`, a Doc's serial, under the numbering `stampedEpoch`):
 * for each word it holds, by the word's number for the thread, its number in the text (LOCAL), where
 * STAMP holds the text's serial. A fixed list's words, numbered once (numbersOf), are then found in
 * a text by reading two arrays, not by looking each up in the text's index.
 */
let LOCAL = new Int32Array(4096);
let STAMP = new Int32Array(4096);
let stamped = -1;
let stampedEpoch = -1;
let serials = 0;
/** After the numbering started again, stamps of the last one may match any serial: start clean. */
function freshStamps(): void {
  if (stampedEpoch === currentEpoch()) return;
  STAMP.fill(0);
  stampedEpoch = currentEpoch();
}

/** Makes LOCAL and STAMP long enough for every numbered word. */
function growStamps(): void {
  let size = STAMP.length;
  while (size < numberedWords()) size *= 2;
  const local = new Int32Array(size);
  local.set(LOCAL);
  const stamp = new Int32Array(size);
  stamp.set(STAMP);
  LOCAL = local;
  STAMP = stamp;
}

/** Per set that `wordsIn` reads word by word: whether it holds each word, by the word's number. */
const setTables = new WeakMap<ReadonlySet<string> | ReadonlyMap<string, unknown>, WordFlags>();
/** A set's (or a map's keys') flags by word number, made on first asking. */
function flagsOf(words: ReadonlySet<string> | ReadonlyMap<string, unknown>): WordFlags {
  let table = setTables.get(words);
  if (!table) {
    table = new WordFlags((word) => words.has(word));
    setTables.set(words, table);
  }
  return table;
}
/** listsHeld's answer, reused from text to text (sized to the lists of the matcher last asked about). */
let heldScratch = new Uint8Array(0);
/** Per map that `listsHeld` reads: each word's lists, by the word's number. */
const listTables = new WeakMap<ReadonlyMap<string, readonly number[]>, WordTable<readonly number[] | null>>();

/**
 * The offsets in order, as a typed array (sorted numerically, with no call back into JavaScript per
 * comparison). Copied by a loop, not `Int32Array.from`, which reads an array through its iterator:
 * that copy, for the few offsets most lists have, cost more than the search that found them.
 */
function sortedOffsets(offsets: readonly number[]): Int32Array {
  if (offsets.length === 0) return EMPTY;
  const sorted = new Int32Array(offsets.length);
  for (let i = 0; i < offsets.length; i++) sorted[i] = offsets[i]!;
  return sorted.length > 1 ? sorted.sort() : sorted;
}

/** wordStarts' offsets as it gathers them, reused from text to text (copied out at the end). */
let scratch = new Int32Array(256);

/** Up to this many offsets are sorted by insertion: TypedArray sort's own setup costs more than that. */
const FEW_OFFSETS = 32;

/**
 * Sorts `array`'s first `n` offsets in place, each once; returns how many are left. Most calls sort a
 * handful (a start word's few places and a run's), where an insertion sort beats the built-in one.
 */
function sortedOnce(array: Int32Array, n: number): number {
  if (n > FEW_OFFSETS) return distinctPrefix(array.subarray(0, n).sort(), n);
  for (let i = 1; i < n; i++) {
    const at = array[i]!;
    let j = i - 1;
    for (; j >= 0 && array[j]! > at; j--) array[j + 1] = array[j]!;
    array[j + 1] = at;
  }
  return distinctPrefix(array, n);
}

/** A larger copy of `array`, to hold at least `size`. */
function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(Math.max(size, 2 * array.length));
  larger.set(array);
  return larger;
}

/** Moves the distinct values of `sorted`'s first `n` to its front, in place; returns how many there are. */
function distinctPrefix(sorted: Int32Array, n: number): number {
  let m = n > 0 ? 1 : 0;
  for (let i = 1; i < n; i++) if (sorted[i] !== sorted[m - 1]) sorted[m++] = sorted[i]!;
  return m;
}

/** The same for the keys of matches (start * LENGTH_SPAN + length, past 32 bits). */
function sortedKeys(keys: readonly number[]): Float64Array {
  if (keys.length === 0) return NO_KEYS;
  const sorted = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) sorted[i] = keys[i]!;
  return sorted.length > 1 ? sorted.sort() : sorted;
}
const NO_KEYS = new Float64Array(0);

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

const CAPITAL_AFTER = GAP.COLON | GAP.OPEN | GAP.BULLET | GAP.BREAK | GAP.NEWLINE;
/**
 * A numbered clause's number, with a dot between its parts: "1.1", "4.2.3" (not a count: "2 Practice Nurses"), or a
 * question's or item's number on a scoring sheet: "Q5", "Question 5", "Item 12".
 */
const CLAUSE_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3}){1,3}|(?:Q|Question |Item )\d{1,2})$/i;
/** Words that open a question's or item's number: "Question 5 Cultural fit". */
const ITEM_WORDS = new Set(['question', 'item']);

/**
 * One analysed text and what the context checks read from it: its words, sentences, clauses and
 * lines, its sections, and (computed on first use) the names and titles in it. Pure data over the
 * text; the engine builds one per analysis.
 */
/** A Doc made without a ruleset holds no phrase sets; a reading that needs one then says so (phrase-sets.ts). */
const NO_PHRASE_SETS: Readonly<Record<string, string[][]>> = Object.freeze({});

export class Doc {
  readonly tokens: Token[];
  /** Quotations proposed as the advert's wording, as flat [from, to) token pairs (tokenize.ts). */
  private readonly proposed: readonly number[];
  /** The tokenizer's numbers of each token's `norm` and `base`, in the numbering `tokenEpoch` (Tokenized). */
  private readonly tokenIds: readonly number[];
  private readonly tokenBaseIds: readonly number[];
  private readonly tokenEpoch: number;
  private readonly sentenceFirst: number[] = [];
  private readonly clauseFirst: number[] = [];
  private nameKinds: Uint8Array | null = null;
  private namedWords: Set<string> | null = null;
  /** Sections sorted by start, for lookups by offset. */
  private readonly sorted: Section[];

  constructor(
    readonly text: string,
    tok: Tokenized,
    readonly kind: TextKind,
    readonly sections: Section[],
    /** The ruleset's phrase sets (`phraseSets` in wordlists/*.json) for readings in code: the ruleset analysed, not the bundled one. */
    readonly phraseSets: Readonly<Record<string, string[][]>> = NO_PHRASE_SETS,
  ) {
    this.tokens = tok.tokens;
    this.proposed = tok.proposed;
    this.tokenIds = tok.ids;
    this.tokenBaseIds = tok.baseIds;
    this.tokenEpoch = tok.epoch;
    let lastSentence = -1;
    let lastClause = -1;
    for (let k = 0; k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      while (lastSentence < t.sentence) this.sentenceFirst[++lastSentence] = k;
      while (lastClause < t.clause) this.clauseFirst[++lastClause] = k;
    }
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
    if (this.afterClauseNumber(k)) return true;
    return t.quoted !== this.tokens[k - 1]!.quoted;
  }

  /**
   * Whether token k follows a numbered clause's or question's number opening its line: "1.1 He or she will…", "2.3
   * Maintain…", "Q5 Cultural fit with the team – score /4".
   */
  afterClauseNumber(k: number): boolean {
    const { tokens } = this;
    // Most capitals follow a word: only a number before one is read further.
    if (k === 0 || !(tokens[k - 1]!.shape & SHAPE.DIGIT)) return false;
    const line = tokens[k]!.line;
    // The number's parts are tokens of their own ("1", "1"): back to the first, at most four.
    let j = k - 1;
    while (j > 0 && j > k - 4 && tokens[j - 1]!.line === line && tokens[j - 1]!.shape & SHAPE.DIGIT) j--;
    if (j > 0 && tokens[j - 1]!.line === line && ITEM_WORDS.has(tokens[j - 1]!.norm)) j--;
    if (tokens[j]!.line !== line || (j > 0 && tokens[j - 1]!.line === line)) return false;
    return CLAUSE_NUMBER.test(this.text.slice(tokens[j]!.start, tokens[k - 1]!.end));
  }

  /** What kind of name or title token k is part of, or 0 for none (see names.ts). */
  nameKind(k: number): NameKind {
    this.nameKinds ??= findNames(this);
    return (this.nameKinds[k] ?? 0) as NameKind;
  }

  /**
   * Whether the word at k, capitalised, is written elsewhere in the text as part of a person's name or
   * another proper name ("Janet Moss … Janet is 61"): the caller reads which, from where the word stands.
   */
  namedElsewhere(k: number): boolean {
    const t = this.tokens[k];
    if (!t || !(t.shape & SHAPE.CAP)) return false;
    if (!this.namedWords) {
      this.namedWords = new Set();
      for (let j = 0; j < this.tokens.length; j++) if (this.nameKind(j) === NAME.PERSON || this.nameKind(j) === NAME.PROPER) this.namedWords.add(this.tokens[j]!.norm);
    }
    return this.namedWords.has(t.norm);
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
  hasPhrase(from: number, to: number, phrases: Phrases): boolean {
    if (!this.matches.has(phrases)) {
      // A list asked about a few short stretches is read there; one asked about more than its first
      // words would cost to look up is found in the whole text once.
      let scan = this.scanned.get(phrases);
      if (!scan) {
        scan = { trie: phraseTrie(phrases), spent: 0 };
        this.scanned.set(phrases, scan);
      }
      const spent = scan.spent + Math.max(0, to - from);
      if (spent <= scan.trie.firsts.length) {
        scan.spent = spent;
        return this.phraseWithin(from, to, scan.trie.root);
      }
    }
    const { starts, ends } = this.matchesOf(phrases);
    // The first match starting at or after `from`; matches are sorted by where they start.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < starts.length && starts[i]! < to; i++) if (ends[i]! <= to) return true;
    return false;
  }

  /** Each list that `hasPhrase` looked for stretch by stretch: its trie (kept here, so one lookup finds both) and the tokens read so far. */
  private readonly scanned = new Map<Phrases, { trie: PhraseTrie; spent: number }>();

  /** sentenceHas's answers by list, one per sentence: 0 not asked yet, 1 no, 2 yes. */
  private readonly bySentence = new Map<Phrases, Uint8Array>();

  /**
   * Whether sentence s holds one of the phrases, as `hasPhrase` over its tokens: answered once per
   * sentence and list, since every match in a sentence asks its rule's lists of it (notInSentenceWith,
   * notNearWith, which also asks of the next sentence on the line, and `required`).
   */
  sentenceHas(s: number, phrases: Phrases): boolean {
    let known = this.bySentence.get(phrases);
    if (!known) {
      known = new Uint8Array(this.sentenceFirst.length);
      this.bySentence.set(phrases, known);
    }
    if (known[s] === 0) known[s] = this.hasPhrase(this.sentenceStart(s), this.sentenceEnd(s), phrases) ? 2 : 1;
    return known[s] === 2;
  }

  /** Whether a phrase of the trie starts in tokens [from, to) and ends by `to`. */
  private phraseWithin(from: number, to: number, root: Map<string, PhraseNode>): boolean {
    const tokens = this.tokens;
    const stop = Math.min(to, tokens.length);
    for (let k = Math.max(from, 0); k < stop; k++) {
      const t = tokens[k]!;
      const a = root.get(t.norm);
      if (a && this.phraseFrom(k, a, stop)) return true;
      if (t.base !== t.norm) {
        const b = root.get(t.base);
        if (b && this.phraseFrom(k, b, stop)) return true;
      }
    }
    return false;
  }

  /** Whether a phrase ends at `node` (reached at token j) or further on, by token `stop`. */
  private phraseFrom(j: number, node: PhraseNode, stop: number): boolean {
    if (node.ends) return true;
    const t = this.tokens[j + 1];
    if (j + 1 >= stop || t === undefined || node.next.size === 0) return false;
    const a = node.next.get(t.norm);
    if (a && this.phraseFrom(j + 1, a, stop)) return true;
    if (t.base !== t.norm) {
      const b = node.next.get(t.base);
      if (b && this.phraseFrom(j + 1, b, stop)) return true;
    }
    return false;
  }

  /** Whether the word index below is built. */
  private indexed = false;
  /**
   * The token positions of each word, by its number, in one array (no array per word): word w's are
   * `wordTokens[wordFirst[w]]` up to `wordTokens[wordFirst[w + 1] - 1]`, in text order.
   */
  private wordFirst: Int32Array = EMPTY;
  private wordTokens: Int32Array = EMPTY;
  /**
   * Where each run of ASCII letters and digits starts inside the words that are not one such run
   * ("o'neill", "uk's", "café"), by the run in lower case. With the words, every such run in the text.
   */
  private runStarts: Map<string, number[]> | null = null;
  /** runStarts by the runs' thread numbers, for wordStarts: made on first asking, in the numbering's epoch. */
  private runsByNumber: Map<number, number[]> | null = null;
  private runsEpoch = -1;
  private ids: WordIds | null = null;
  private readonly matches = new Map<Phrases, { starts: number[]; ends: number[]; found: Set<readonly string[]> }>();
  /** This text's serial, for STAMP; 0 until its words are numbered. */
  private serial = 0;
  /** The numbering (vocabulary.ts) that `ids.numbers` follow. */
  private numberedIn = -1;

  /**
   * The text's distinct words (`norm` and `base` forms), numbered, and each token's numbers: a lookup
   * that depends only on the word is then made once per distinct word, not once per token.
   */
  wordIds(): WordIds {
    this.index();
    if (this.numberedIn !== currentEpoch()) this.number();
    return this.ids!;
  }

  /** Numbers the text's distinct words for the thread (again, if the numbering started again since). */
  private number(): void {
    const { words, numbers } = this.ids!;
    reserveNumbers(words.length);
    for (let w = 0; w < words.length; w++) numbers[w] = wordNumber(words[w]!);
    this.numberedIn = currentEpoch();
  }

  /** The text's number for the word numbered `n` for the thread, or -1 if the text does not hold it. */
  private localOf(n: number): number {
    if (stamped !== this.serial || stampedEpoch !== currentEpoch()) this.stamp();
    return n >= 0 && n < STAMP.length && STAMP[n] === this.serial ? LOCAL[n]! : -1;
  }

  /** Stamps this text's words in LOCAL and STAMP (see there), when another text's are. */
  private stamp(): void {
    const { numbers } = this.wordIds();
    freshStamps();
    if (STAMP.length < numberedWords()) growStamps();
    for (let w = 0; w < numbers.length; w++) {
      LOCAL[numbers[w]!] = w;
      STAMP[numbers[w]!] = this.serial;
    }
    stamped = this.serial;
  }

  /**
   * Builds the word index: each token's word numbers, and where each word is. The tokenizer numbered
   * every word for the thread; the text's own numbers (0 up, in order of first use) are given by
   * reading LOCAL and STAMP at those numbers, which stamps the text's words for `localOf` as it goes.
   */
  private index(): void {
    if (this.indexed) return;
    const runs = new Map<string, number[]>();
    const { text, tokens } = this;
    const n = tokens.length;
    const words: string[] = [];
    const numbered: number[] = [];
    const norm = new Int32Array(n);
    const base = new Int32Array(n);
    let ids = this.tokenIds;
    let baseIds = this.tokenBaseIds;
    if (this.tokenEpoch !== currentEpoch()) {
      // The numbering started again since the text was read (only a Doc kept across texts sees this).
      ids = tokens.map((t) => wordNumber(t.norm));
      baseIds = tokens.map((t, k) => (t.base === t.norm ? ids[k]! : wordNumber(t.base)));
    }
    freshStamps();
    if (STAMP.length < numberedWords()) growStamps();
    const serial = ++serials;
    for (let k = 0; k < n; k++) {
      const t = tokens[k]!;
      const a = ids[k]!;
      if (STAMP[a] !== serial) {
        STAMP[a] = serial;
        LOCAL[a] = words.length;
        words.push(t.norm);
        numbered.push(a);
      }
      norm[k] = base[k] = LOCAL[a]!;
      const b = baseIds[k]!;
      if (b !== a) {
        if (STAMP[b] !== serial) {
          STAMP[b] = serial;
          LOCAL[b] = words.length;
          words.push(t.base);
          numbered.push(b);
        }
        base[k] = LOCAL[b]!;
      }
      if (t.shape & SHAPE.PLAIN) continue;
      let i = t.start;
      while (i < t.end && isAsciiAlnum(text.charCodeAt(i))) i++;
      if (i === t.end) continue;
      // Rare: a word with an apostrophe, an ampersand or a letter outside ASCII.
      for (i = t.start; i < t.end; ) {
        if (!isAsciiAlnum(text.charCodeAt(i))) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < t.end && isAsciiAlnum(text.charCodeAt(j))) j++;
        const run = text.slice(i, j).toLowerCase();
        const at = runs.get(run);
        if (at) at.push(i);
        else runs.set(run, [i]);
        i = j;
      }
    }
    // Each word's tokens by a counting sort: a token is listed under its `norm` and, if other, its `base`.
    const first = new Int32Array(words.length + 1);
    for (let k = 0; k < n; k++) {
      first[norm[k]! + 1]!++;
      if (base[k] !== norm[k]) first[base[k]! + 1]!++;
    }
    for (let w = 1; w <= words.length; w++) first[w]! += first[w - 1]!;
    const order = new Int32Array(first[words.length]!);
    const fill = first.slice(0, words.length);
    for (let k = 0; k < n; k++) {
      order[fill[norm[k]!]!++] = k;
      if (base[k] !== norm[k]) order[fill[base[k]!]!++] = k;
    }
    this.wordFirst = first;
    this.wordTokens = order;
    this.runStarts = runs;
    // Copied by a loop: Int32Array.from reads the array through its iterator (see sortedOffsets).
    const numbers = new Int32Array(numbered.length);
    for (let w = 0; w < numbered.length; w++) numbers[w] = numbered[w]!;
    this.ids = { words, norm, base, numbers };
    this.serial = serial;
    stamped = serial;
    this.numberedIn = currentEpoch();
    this.indexed = true;
  }

  /**
   * Which of some numbered lists of words have a word that occurs as a whole run of ASCII letters
   * and digits (a word of its own, or a part of one between other characters: "uk" in "UK-trained"
   * or "UK's"), as a pattern's required words are found (lib/wordlists/required-words.ts). `byWord`
   * gives each word's lists: the text's distinct words are looked up, not every word of every list.
   */
  listsHeld(byWord: ReadonlyMap<string, readonly number[]>, count: number): Uint8Array {
    // One array for every text, cleared: a fresh one of this size each text is allocated outside V8's
    // heap, and cost more than the lookups. The caller reads it before the next text is checked.
    if (heldScratch.length !== count) heldScratch = new Uint8Array(count);
    else heldScratch.fill(0);
    const held = heldScratch;
    const { words, numbers } = this.wordIds();
    let table = listTables.get(byWord);
    if (!table) {
      table = new WordTable((word) => byWord.get(word) ?? null);
      listTables.set(byWord, table);
    }
    // Index loops: this runs for every distinct word of every text, mostly in code V8 has not
    // optimised, where a for...of costs an iterator and a result object per step.
    for (let w = 0; w < words.length; w++) {
      const lists = table.get(numbers[w]!, words[w]!);
      if (lists) for (let l = 0; l < lists.length; l++) held[lists[l]!] = 1;
    }
    if (this.runStarts!.size === 0) return held;
    for (const run of this.runStarts!.keys()) {
      const lists = byWord.get(run);
      if (lists) for (let l = 0; l < lists.length; l++) held[lists[l]!] = 1;
    }
    return held;
  }

  /** `wordsIn`'s answers, by the set asked about. */
  private readonly marks = new Map<ReadonlySet<string> | ReadonlyMap<string, unknown>, Uint8Array>();

  /**
   * For each of the text's distinct words (numbered as by `wordIds`), 1 when `words` holds it, else
   * 0; built once per text and set. A loop over the tokens then rules a word out with an array read,
   * `marks[norm[k]]`, where `words.has(token.norm)` looks the word up in the set's hash table at
   * every token (a loop over 1,000 words with two such lookups cost 1.5 % of an analysis).
   */
  wordsIn(words: ReadonlySet<string> | ReadonlyMap<string, unknown>): Uint8Array {
    let marks = this.marks.get(words);
    if (!marks) {
      const { words: all, numbers } = this.wordIds();
      marks = new Uint8Array(all.length);
      if (words.size < all.length) {
        // A set smaller than the text's vocabulary: its words, numbered once, are found in the text.
        const wanted = numbersOf(words);
        for (let i = 0; i < wanted.length; i++) {
          const id = this.localOf(wanted[i]!);
          if (id >= 0) marks[id] = 1;
        }
      } else {
        const table = flagsOf(words);
        for (let w = 0; w < all.length; w++) if (table.has(numbers[w]!, all[w]!)) marks[w] = 1;
      }
      this.marks.set(words, marks);
    }
    return marks;
  }

  /** tokensWith's answers by list. */
  private readonly positions = new Map<ReadonlySet<string> | ReadonlyMap<string, unknown>, Int32Array>();

  /**
   * The tokens whose `norm` is one of `words` (a set, or a map's keys), in text order: read from the
   * word index once per text and list. A handler that acts only at some words walks these rather
   * than every token of the text (a 400-word advert holds a sex word a few times, if at all).
   */
  tokensWith(words: ReadonlySet<string> | ReadonlyMap<string, unknown>): Int32Array {
    let found = this.positions.get(words);
    if (!found) {
      const { words: all } = this.wordIds();
      const at: number[] = [];
      if (words.size < all.length) {
        // A set smaller than the text's vocabulary: its words, numbered once, are found in the text.
        const wanted = numbersOf(words);
        for (let i = 0; i < wanted.length; i++) {
          const w = this.localOf(wanted[i]!);
          if (w >= 0) this.tokensOfNorm(w, at);
        }
      } else {
        const marks = this.wordsIn(words);
        for (let w = 0; w < marks.length; w++) if (marks[w] === 1) this.tokensOfNorm(w, at);
      }
      found = sortedOffsets(at);
      this.positions.set(words, found);
    }
    return found;
  }

  /** Adds to `at` the tokens whose `norm` is the text's word w (the index also lists it under tokens it is the `base` of). */
  private tokensOfNorm(w: number, at: number[]): void {
    const { norm } = this.ids!;
    for (let p = this.wordFirst[w]!; p < this.wordFirst[w + 1]!; p++) if (norm[this.wordTokens[p]!] === w) at.push(this.wordTokens[p]!);
  }

  /** Whether the text holds the word, as a token's `norm` or `base`. */
  holds(word: string): boolean {
    return this.localOf(knownNumber(word)) >= 0;
  }

  /** Whether the text holds one of the words, as a token's `norm` or `base`. */
  holdsAny(words: ReadonlySet<string>): boolean {
    const { words: all, numbers } = this.wordIds();
    if (words.size > all.length) {
      // A set larger than the text's vocabulary (a handler's triggers, hundreds of words, against a
      // short text's few dozen): the text's words are read in the set's flags, kept by word number.
      const table = flagsOf(words);
      for (let w = 0; w < all.length; w++) if (table.has(numbers[w]!, all[w]!)) return true;
      return false;
    }
    const wanted = numbersOf(words);
    for (let i = 0; i < wanted.length; i++) if (this.localOf(wanted[i]!) >= 0) return true;
    return false;
  }

  /**
   * The offsets where a run of ASCII letters and digits equal to one of `words` starts (and perhaps a
   * few more), sorted, each once. Called for every pattern with start words on every text that holds
   * its words: each word's offsets are already in text order, so they are written straight into one
   * typed array, sorted only when two words' (or runs') offsets meet in it, and a token listed under
   * two of the words (its `norm` and its `base`, "needs" and "need") is tried once, not twice.
   */
  wordStarts(words: readonly string[]): Int32Array {
    const wanted = numbersOf(words);
    // Most texts have a run (an apostrophe is enough): looked up by each start word's number, which
    // costs less than a lookup by the string, once per start word of every pattern tried.
    const runs = this.runStarts!.size === 0 ? null : this.runNumbers();
    const { tokens, wordFirst, wordTokens } = this;
    let n = 0;
    let sources = 0;
    for (let i = 0; i < words.length; i++) {
      const id = this.localOf(wanted[i]!);
      if (id >= 0) {
        const from = wordFirst[id]!;
        const to = wordFirst[id + 1]!;
        if (n + to - from > scratch.length) scratch = grown(scratch, n + to - from);
        for (let p = from; p < to; p++) scratch[n++] = tokens[wordTokens[p]!]!.start;
        sources++;
      }
      if (runs === null) continue;
      // Index loops: an iterator here, made per start word of every pattern tried, cost more than the reads.
      const at = runs.get(wanted[i]!);
      if (!at) continue;
      if (n + at.length > scratch.length) scratch = grown(scratch, n + at.length);
      for (let r = 0; r < at.length; r++) scratch[n++] = at[r]!;
      sources++;
    }
    if (n === 0) return EMPTY;
    return scratch.slice(0, sources > 1 ? sortedOnce(scratch, n) : n);
  }

  private runNumbers(): Map<number, number[]> {
    if (this.runsByNumber === null || this.runsEpoch !== currentEpoch()) {
      const runs = new Map<number, number[]>();
      for (const [run, at] of this.runStarts!) runs.set(wordNumber(run), at);
      this.runsByNumber = runs;
      this.runsEpoch = currentEpoch();
    }
    return this.runsByNumber;
  }

  /**
   * Where the list's phrases occur in the whole text, sorted by start, and which of them occur: found
   * once per list by looking up each phrase's first word, so a search costs what the list's words
   * occur, not a pass over the text.
   */
  private matchesOf(phrases: Phrases): { starts: number[]; ends: number[]; found: Set<readonly string[]> } {
    let m = this.matches.get(phrases);
    if (m) return m;
    const { firsts, nodes } = phraseTrie(phrases);
    const wanted = numbersOf(firsts);
    // Each match as one number, start * 2^21 + length, so a numeric sort orders them by start, then end.
    const keys: number[] = [];
    const found = new Set<readonly string[]>();
    this.index();
    const { wordFirst, wordTokens } = this;
    for (let f = 0; f < firsts.length; f++) {
      const id = this.localOf(wanted[f]!);
      if (id < 0) continue;
      const node = nodes[f]!;
      for (let p = wordFirst[id]!; p < wordFirst[id + 1]!; p++) this.walkPhrases(wordTokens[p]!, wordTokens[p]!, node, keys, found);
    }
    const sorted = sortedKeys(keys);
    const starts: number[] = new Array(sorted.length);
    const ends: number[] = new Array(sorted.length);
    for (let i = 0; i < sorted.length; i++) {
      const start = Math.floor(sorted[i]! / LENGTH_SPAN);
      starts[i] = start;
      ends[i] = start + (sorted[i]! % LENGTH_SPAN);
    }
    m = { starts, ends, found };
    this.matches.set(phrases, m);
    return m;
  }

  /**
   * Every phrase from token k whose words from token j on are each a token's `norm` or `base`, as
   * phraseAt reads them, into `keys` (start * LENGTH_SPAN + length) and `found`. A method, not a
   * closure made per list: a named closure costs about a microsecond to make under tsx.
   */
  private walkPhrases(k: number, j: number, node: PhraseNode, keys: number[], found: Set<readonly string[]>): void {
    if (node.ends) {
      for (const words of node.ends) {
        keys.push(k * LENGTH_SPAN + (j + 1 - k));
        found.add(words);
      }
    }
    const t = this.tokens[j + 1];
    if (t === undefined || node.next.size === 0) return;
    const a = node.next.get(t.norm);
    if (a) this.walkPhrases(k, j + 1, a, keys, found);
    if (t.base !== t.norm) {
      const b = node.next.get(t.base);
      if (b) this.walkPhrases(k, j + 1, b, keys, found);
    }
  }

  /** Which of the phrases the whole text contains. */
  phrasesIn(phrases: Phrases): ReadonlySet<readonly string[]> {
    return this.matchesOf(phrases).found;
  }

  /** Whether token k is inside a quotation the writer proposes as the advert's wording ("can we say "..."?"). */
  isProposed(k: number): boolean {
    const p = this.proposed;
    for (let i = 0; i < p.length && p[i]! <= k; i += 2) if (k < p[i + 1]!) return true;
    return false;
  }

  /** Whether the whole text contains one of the phrases. */
  documentHas(phrases: Phrases): boolean {
    return this.phrasesIn(phrases).size > 0;
  }

  /** The tokens where the list's phrases start in the whole text, in order. */
  phraseStarts(phrases: Phrases): readonly number[] {
    return this.matchesOf(phrases).starts;
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

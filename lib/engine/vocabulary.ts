/**
 * Every word the engine has met, numbered once per thread: what depends only on a word and on a
 * list fixed for the run (the rules' first words, a set of cue words, the words a pattern needs) is
 * then looked up once per thread and kept by the word's number (WordTable), not looked up again in
 * each list for every text. The tokenizer numbers each word as it reads it (`numberAt`), and the Doc
 * gives a text's distinct words their own numbers from these (Doc.wordIds); a 400-word advert has
 * about 260, and they and the lists' words had been looked up over a thousand times.
 *
 * A run of random words would number without end, so past LIMIT words the numbering starts again:
 * `epoch` changes, and whatever was kept by number (WordTable, Doc, numbersOf) is dropped with it.
 * LIMIT keeps the numbers, with each table's entries, to a few megabytes in a page that checks text
 * for hours; adverts use far fewer (300 synthetic adverts and the rules' own lists: 5,501 words).
 */
const LIMIT = 1 << 17;
let epoch = 0;

/**
 * The numbering itself, a hash table of our own rather than a Map: the tokenizer finds a word's
 * number from the text's characters (`numberAt`), so a word already numbered costs no string, and
 * every token of that word gets the one string the thread keeps for it (`WORDS`), whose hash later
 * lookups (the rule trie, the handlers' sets) have worked out already.
 */
let WORDS: string[] = [];
/** Each number's hash (FNV-1a over the word's UTF-16 units), for growing the table. */
let HASHES = new Int32Array(1024);
/**
 * Open addressing, two entries a slot: the hash, then the number + 1 (0: an empty slot), so a probe
 * reads one place in memory; SLOTS (a power of two) is kept at most half full.
 */
let SLOTS = 2048;
let TABLE = new Int32Array(SLOTS * 2);
let MASK = SLOTS - 1;

/** The FNV-1a basis and prime: a word's hash is folded in unit by unit, `h = Math.imul(h ^ unit, FNV_PRIME)`. */
export const FNV_BASIS = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

function hashOf(word: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * The engine's own copy of a word, made once per word and thread: the string as V8 keeps a property
 * name (internalised), as the handlers' word lists written in the code are. A token's `norm` is then
 * the same string as the list's word, so `SET.has(t.norm)` and `t.norm === 'for'` compare pointers
 * rather than characters; and the copy holds no slice of the text it was first read in.
 * The holder has no prototype, so V8 keeps its one property in a dictionary: a `{}` given a new
 * name each time made a hidden class per word (the first 1,536 kept for the thread's life, then one
 * thrown away at each call), and a fresh thread loading the engine and checking 300 adverts ran
 * 1.2 % more instructions (valgrind, twice: 8.19 and 8.20 billion against 8.09 and 8.10).
 */
function ownCopy(word: string): string {
  const holder: Record<string, true> = Object.create(null);
  holder[word] = true;
  for (const key in holder) return key;
  return word;
}

/** Files `word` under a new number at `slot`, growing the table when it passes half full. */
function add(word: string, hash: number, slot: number): number {
  const n = WORDS.length;
  WORDS.push(ownCopy(word));
  if (n >= HASHES.length) {
    const hashes = new Int32Array(HASHES.length * 2);
    hashes.set(HASHES);
    HASHES = hashes;
  }
  HASHES[n] = hash;
  TABLE[slot * 2] = hash;
  TABLE[slot * 2 + 1] = n + 1;
  if (WORDS.length * 2 > SLOTS) {
    SLOTS *= 2;
    MASK = SLOTS - 1;
    TABLE = new Int32Array(SLOTS * 2);
    for (let m = 0; m < WORDS.length; m++) {
      let s = HASHES[m]! & MASK;
      while (TABLE[s * 2 + 1] !== 0) s = (s + 1) & MASK;
      TABLE[s * 2] = HASHES[m]!;
      TABLE[s * 2 + 1] = m + 1;
    }
  }
  return n;
}

/** The numbering in use: what was kept under another is dropped. */
export const currentEpoch = () => epoch;

/** How many words are numbered: every number is below it. */
export const numberedWords = () => WORDS.length;

/**
 * Makes room for `count` more words, starting the numbering again if they would pass LIMIT. The
 * tokenizer asks for none before each text, so a text's words are numbered in one numbering, and a
 * numbering holds at most LIMIT words and one text's.
 */
export function reserveNumbers(count: number): void {
  if (WORDS.length + count <= LIMIT) return;
  WORDS = [];
  TABLE.fill(0);
  epoch++;
}

/** The word's number, given one if it has none (a text's words: call reserveNumbers first). */
export function wordNumber(word: string): number {
  const hash = hashOf(word);
  let slot = hash & MASK;
  for (let s = TABLE[slot * 2 + 1]!; s !== 0; s = TABLE[slot * 2 + 1]!) {
    if (TABLE[slot * 2] === hash && WORDS[s - 1] === word) return s - 1;
    slot = (slot + 1) & MASK;
  }
  return add(word, hash, slot);
}

/**
 * The number of the word text[start, end) in lower case, given one if it has none: the tokenizer's
 * way for a word of ASCII letters and digits, whose `hash` (FNV-1a of its lower-case units) it worked
 * out while reading it. Only a word not numbered before is sliced out of the text.
 */
export function numberAt(text: string, start: number, end: number, hash: number): number {
  const length = end - start;
  let slot = hash & MASK;
  for (let s = TABLE[slot * 2 + 1]!; s !== 0; s = TABLE[slot * 2 + 1]!) {
    if (TABLE[slot * 2] === hash) {
      const word = WORDS[s - 1]!;
      if (word.length === length) {
        let i = 0;
        while (i < length) {
          const c = text.charCodeAt(start + i);
          if (word.charCodeAt(i) !== (c >= 65 && c <= 90 ? c + 32 : c)) break;
          i++;
        }
        if (i === length) return s - 1;
      }
    }
    slot = (slot + 1) & MASK;
  }
  return add(text.slice(start, end).toLowerCase(), hash, slot);
}

/** The word numbered `n`: one string per word for the thread. */
export const wordOf = (n: number) => WORDS[n]!;

/** The word's number, or -1 if it has none (so no text of the thread held it, nor a list asked about). */
export function knownNumber(word: string): number {
  const hash = hashOf(word);
  let slot = hash & MASK;
  for (let s = TABLE[slot * 2 + 1]!; s !== 0; s = TABLE[slot * 2 + 1]!) {
    if (TABLE[slot * 2] === hash && WORDS[s - 1] === word) return s - 1;
    slot = (slot + 1) & MASK;
  }
  return -1;
}

const listNumbers = new WeakMap<object, { epoch: number; numbers: Int32Array }>();

/**
 * The numbers of a fixed list's words (a map's keys), in its order: numbered once per list and
 * numbering. Only a text's words start the numbering again (reserveNumbers): a list's are few.
 */
export function numbersOf(words: readonly string[] | ReadonlySet<string> | ReadonlyMap<string, unknown>): Int32Array {
  let known = listNumbers.get(words);
  if (known?.epoch !== epoch) {
    const list = Array.isArray(words) ? (words as readonly string[]) : [...(words as ReadonlySet<string>).keys()];
    known = { epoch, numbers: Int32Array.from(list, wordNumber) };
    listNumbers.set(words, known);
  }
  return known.numbers;
}

/**
 * A value for each word, by its number, worked out on first asking and kept for the thread (for a
 * fixed list: a set's answer, a trie's node). `undefined` means not worked out yet.
 */
export class WordTable<T> {
  private values: (T | undefined)[] = [];
  private epoch = epoch;

  constructor(private readonly work: (word: string) => T) {}

  /** The value for word `word`, whose number is `n`. */
  get(n: number, word: string): T {
    if (this.epoch !== epoch) {
      this.values = [];
      this.epoch = epoch;
    }
    const values = this.values;
    // Kept packed (no holes), so reads stay fast: numbers come nearly in order.
    while (values.length <= n) values.push(undefined);
    let value = values[n];
    if (value === undefined) {
      value = this.work(word);
      values[n] = value;
    }
    return value;
  }
}

/**
 * A yes or no for each word, by its number, worked out on first asking and kept for the thread (a
 * fixed set's membership): as WordTable, in one byte a word (0 not worked out yet, 1 no, 2 yes)
 * rather than a reference, so a table read at every token (the tokenizer's clause words) stays in
 * the processor's cache.
 */
export class WordFlags {
  private flags = new Uint8Array(1024);
  private epoch = epoch;

  constructor(private readonly work: (word: string) => boolean) {}

  /** Whether `work` holds for word `word`, whose number is `n`. */
  has(n: number, word: string): boolean {
    if (this.epoch !== epoch) {
      this.flags.fill(0);
      this.epoch = epoch;
    }
    if (n >= this.flags.length) {
      let size = this.flags.length;
      while (size <= n) size *= 2;
      const flags = new Uint8Array(size);
      flags.set(this.flags);
      this.flags = flags;
    }
    let flag = this.flags[n]!;
    if (flag === 0) {
      flag = this.work(word) ? 2 : 1;
      this.flags[n] = flag;
    }
    return flag === 2;
  }
}

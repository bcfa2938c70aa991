/**
 * Every word the engine has met, numbered once per thread: what depends only on a word and on a
 * list fixed for the run (the rules' first words, a set of cue words, the words a pattern needs) is
 * then looked up once per thread and kept by the word's number (WordTable), not looked up again in
 * each list for every text. A text numbers its distinct words here once (Doc.wordIds); a 400-word
 * advert has about 260, and they and the lists' words were looked up over a thousand times.
 *
 * A run of random words would number without end, so past LIMIT words the numbering starts again:
 * `epoch` changes, and whatever was kept by number (WordTable, Doc, numbersOf) is dropped with it.
 * LIMIT keeps the numbers, with each table's entries, to a few megabytes in a page that checks text
 * for hours; adverts use far fewer (300 synthetic adverts and the rules' own lists: 5,501 words).
 */
const NUMBERS = new Map<string, number>();
const LIMIT = 1 << 17;
let epoch = 0;

/** The numbering in use: what was kept under another is dropped. */
export const currentEpoch = () => epoch;

/** How many words are numbered: every number is below it. */
export const numberedWords = () => NUMBERS.size;

/** Makes room for `count` more words, starting the numbering again if they would pass LIMIT. */
export function reserveNumbers(count: number): void {
  if (NUMBERS.size + count <= LIMIT) return;
  NUMBERS.clear();
  epoch++;
}

/** The word's number, given one if it has none (a text's words: call reserveNumbers first). */
export function wordNumber(word: string): number {
  let n = NUMBERS.get(word);
  if (n === undefined) {
    n = NUMBERS.size;
    NUMBERS.set(word, n);
  }
  return n;
}

/** The word's number, or -1 if it has none (so no text of the thread held it, nor a list asked about). */
export const knownNumber = (word: string) => NUMBERS.get(word) ?? -1;

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

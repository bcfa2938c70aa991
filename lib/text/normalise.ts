import confusables from './data/confusables.json';

/**
 * Text as the recognisers should see it, with a way back to the original: findings and redactions
 * are matched on `text` and reported at the original's offsets.
 */
export interface NormalisedText {
  readonly original: string;
  /** Format characters removed, look-alike letters in mixed-script words folded, NFKC applied, other scripts' digits as ASCII. */
  readonly text: string;
  /** True when `text` is `original` (most text). */
  readonly identity: boolean;
  /** The original offset of a start offset in `text` (`text.length` maps to `original.length`). */
  toOriginal(offset: number): number;
  /** The original span of `text.slice(start, end)`, covering any characters removed inside it. */
  toOriginalSpan(start: number, end: number): [number, number];
}

const LATIN: Readonly<Record<string, string>> = confusables.latin;

// Invisible characters that can split a word without showing: format characters (zero-width space,
// joiners, word joiner, BOM, soft hyphen, bidi controls), variation selectors and the combining
// grapheme joiner. U+E0100–E01EF are the supplementary variation selectors.
const INVISIBLE = /\p{Cf}|\u034F|[\u180B-\u180F]|[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}]/u;
// Only Greek, Cyrillic and Armenian (and the script-g) hold look-alikes worth folding.
const LOOKALIKE_RANGE = /[\u0261\u0370-\u058F]/;

// What each character is, worked out once per character with Unicode property tests and kept.
const PLAIN = 1;
const HIDDEN = 2;
const MARK = 3;
const LETTER = 4;
const LATIN_LETTER = 5;
const LOOKALIKE = 6;
/** Changed by NFKC on its own (full-width letters, ligatures, no-break spaces), or a digit of another script. */
const CHANGES = 7;
const kinds = new Uint8Array(0x10000);

function classify(c: string): number {
  if (INVISIBLE.test(c)) return HIDDEN;
  if (/\p{M}/u.test(c)) return MARK;
  if (c.normalize('NFKC') !== c || DIGIT.test(c)) return CHANGES;
  if (LATIN[c] !== undefined) return LOOKALIKE;
  if (/\p{Script=Latin}/u.test(c)) return LATIN_LETTER;
  if (/\p{L}/u.test(c)) return LETTER;
  return PLAIN;
}

function kindOf(code: number): number {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? LATIN_LETTER : PLAIN;
  if (code > 0xffff) return classify(String.fromCodePoint(code));
  let kind = kinds[code]!;
  if (kind === 0) {
    kind = classify(String.fromCharCode(code));
    kinds[code] = kind;
  }
  return kind;
}

/** A decimal digit of a script other than Latin, which NFKC leaves: Eastern Arabic-Indic "۰۷۷", Devanagari "०७". */
const DIGIT = /(?![0-9])\p{Nd}/u;

/**
 * A digit's value, for a phone or a date written in another script's digits ("۰۷۷۰۰ ۹۰۰ ۱۲۳"): each script's digits run
 * from zero in ten code points in a row, and where two runs touch, the count back to the first of them is still its value
 * modulo ten.
 */
function asciiDigit(c: string): string {
  let code = c.charCodeAt(0);
  let value = 0;
  while (DIGIT.test(String.fromCharCode(code - 1))) {
    code--;
    value++;
  }
  return String(value % 10);
}

/** NFKC of one cluster, cached for single characters: most come back unchanged; a digit of another script becomes its ASCII digit. */
const nfkcCache = new Map<string, string>();
function nfkc(cluster: string): string {
  if (cluster.length > 2) return cluster.normalize('NFKC');
  let folded = nfkcCache.get(cluster);
  if (folded === undefined) {
    folded = cluster.length === 1 && DIGIT.test(cluster) ? asciiDigit(cluster) : cluster.normalize('NFKC');
    if (nfkcCache.size < 8192) nfkcCache.set(cluster, folded);
  }
  return folded;
}

/**
 * Folds look-alike letters to Latin in words that mix them with Latin ("yоung" with a Cyrillic о) or
 * are spelled wholly with look-alikes; a word in Cyrillic or Greek proper ("Ольга") is left alone.
 * One character for one, so offsets do not move.
 */
function foldHomoglyphs(text: string): string {
  if (!LOOKALIKE_RANGE.test(text)) return text;
  let out = '';
  let copied = 0;
  let wordStart = -1;
  let latin = false;
  let onlyLookalikes = true;
  let lookalikes = 0;
  for (let i = 0; i <= text.length; i++) {
    const kind = i < text.length ? kindOf(text.charCodeAt(i)) : PLAIN;
    if (kind >= MARK && kind <= LOOKALIKE) {
      if (wordStart < 0) {
        wordStart = i;
        latin = false;
        onlyLookalikes = true;
        lookalikes = 0;
      }
      if (kind === LOOKALIKE) lookalikes++;
      else if (kind === LATIN_LETTER) latin = true;
      else if (kind === LETTER) onlyLookalikes = false;
      continue;
    }
    if (wordStart >= 0 && lookalikes > 0 && (latin || onlyLookalikes)) {
      out += text.slice(copied, wordStart);
      for (let k = wordStart; k < i; k++) out += LATIN[text[k]!] ?? text[k]!;
      copied = i;
    }
    wordStart = -1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const sameOffsets = { toOriginal: (offset: number) => offset, toOriginalSpan: (start: number, end: number): [number, number] => [start, end] };

/**
 * Prepares text for matching: removes invisible characters, applies NFKC (full-width letters,
 * ligatures, no-break spaces) cluster by cluster, reads other scripts' digits as ASCII ones, and folds look-alike letters, keeping a map from
 * each output character to the original characters it came from. Linear in the text's length.
 */
export function normaliseText(original: string): NormalisedText {
  // Most text needs nothing: one cheap pass over the characters decides.
  let needsClusters = false;
  for (let i = 0; i < original.length && !needsClusters; i++) {
    const code = original.charCodeAt(i);
    if (code < 0x80) continue;
    // Surrogates: characters beyond the Basic Multilingual Plane take the careful path.
    if (code >= 0xd800 && code <= 0xdfff) needsClusters = true;
    else {
      const kind = kindOf(code);
      needsClusters = kind === HIDDEN || kind === MARK || kind === CHANGES;
    }
  }
  if (!needsClusters) {
    // Folding look-alikes changes no offsets.
    const text = foldHomoglyphs(original);
    return { original, text, identity: text === original, ...sameOffsets };
  }

  const parts: string[] = [];
  // starts[i] and ends[i]: the original span behind output unit i (NFKC may lengthen a cluster).
  let starts = new Int32Array(original.length + 16);
  let ends = new Int32Array(original.length + 16);
  let n = 0;
  // NFKC may lengthen clusters ("…" becomes "..."), so the output can outgrow the original: the maps
  // grow before any write past their end, which a typed array would drop without a word.
  const room = (count: number) => {
    if (n + count <= starts.length) return;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(Math.max(a.length * 2, n + count));
      b.set(a);
      return b;
    };
    starts = grow(starts);
    ends = grow(ends);
  };
  let runStart = -1; // a run of ASCII characters, copied as they are
  const flushRun = (to: number) => {
    if (runStart < 0) return;
    parts.push(original.slice(runStart, to));
    room(to - runStart);
    for (let k = runStart; k < to; k++) {
      starts[n] = k;
      ends[n] = k + 1;
      n++;
    }
    runStart = -1;
  };

  let i = 0;
  while (i < original.length) {
    const code = original.codePointAt(i)!;
    let end = i + (code > 0xffff ? 2 : 1);
    // A base character with its combining marks is one cluster, so NFKC can compose it.
    while (end < original.length && kindOf(original.charCodeAt(end)) === MARK) end++;
    if (code < 0x80 && end === i + 1) {
      if (runStart < 0) runStart = i;
      i = end;
      continue;
    }
    flushRun(i);
    if (kindOf(code) !== HIDDEN) {
      const folded = nfkc(original.slice(i, end));
      parts.push(folded);
      room(folded.length);
      for (let k = 0; k < folded.length; k++) {
        starts[n] = i;
        ends[n] = end;
        n++;
      }
    }
    i = end;
  }
  flushRun(original.length);

  const text = foldHomoglyphs(parts.join(''));
  const toOriginal = (offset: number) => (offset >= n ? original.length : starts[offset]!);
  return {
    original,
    text,
    identity: false,
    toOriginal,
    toOriginalSpan: (start, end) => {
      if (end <= start) return [toOriginal(start), toOriginal(start)];
      return [toOriginal(start), end > n ? original.length : ends[end - 1]!];
    },
  };
}

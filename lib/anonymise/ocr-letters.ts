/**
 * A word of letters with a zero or a one inside, as OCR reads a scanned "O" or "l": "0LUWASEUN", "ADEBAY0-OGUNLEYE", "0bi-Nwosu",
 * "Nationa1ity". At least four letters and no other figure beside it, so a code ("16J0932O", "SW1A 0AA", "B0") keeps its figure.
 */
const OCR_WORD = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{M}01]+(?:-[\p{L}\p{M}01]+)*(?![\p{L}\p{M}\p{N}])/gu;
const LETTER = /\p{L}/gu;
/** Fewer letters than this and a zero is a code's: "0AA", "B0". */
const MIN_LETTERS = 4;
const SMALL = /\p{Ll}/u;
const FIGURE = /[01]/;
/** A handle's number ends the word ("farre01"): figures typed, not a scan's letters. */
const TRAILING_FIGURES = /[01]{2}$/;
/** Beside an address's, a link's or a file's marks, a word is typed as it stands: "farre01@gmail.com", "j.b0nd", "cv_n0va". */
const TYPED_MARK = /[@./_]/;

/**
 * The text with each zero inside a word read as the letter O and each one as I or l: a capital in a word in capitals (a zero also
 * opening a word or its part after a hyphen), a small letter otherwise ("R0bert0" is "Roberto", "Re1igion" "Religion"), so the
 * recognisers know a scanned name or label. The same length: every offset stays the original's.
 */
export function withOcrLetters(text: string): string {
  const read = withCapitalI(text);
  if (!FIGURE.test(read)) return read;
  return read.replace(OCR_WORD, (word, at: number) => {
    if (!FIGURE.test(word) || (word.match(LETTER)?.length ?? 0) < MIN_LETTERS || TRAILING_FIGURES.test(word)) return word;
    if (TYPED_MARK.test(read.charAt(at - 1)) || TYPED_MARK.test(read.charAt(at + word.length))) return word;
    const capitals = !SMALL.test(word);
    return word.replace(/[01]/g, (figure, at: number) => {
      if (figure === '1') return capitals ? 'I' : 'l';
      return capitals || at === 0 || word.charAt(at - 1) === '-' ? 'O' : 'o';
    });
  });
}

/** A word of capitals with a small l between two of them, four letters or more: "CURRlCULUM VlTAE", as a scan reads a capital I. */
const SMALL_L_IN_CAPITALS = /(?<![\p{L}\p{M}\p{N}])\p{Lu}+(?:l\p{Lu}+)+(?![\p{L}\p{M}\p{N}])/gu;

/** The text with each such small l read as the capital I it stands for, so a scanned title or name reads as written. */
function withCapitalI(text: string): string {
  return text.replace(SMALL_L_IN_CAPITALS, (word) => (word.length >= MIN_LETTERS ? word.replace(/l/g, 'I') : word));
}

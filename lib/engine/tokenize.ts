/** A word of the analysed text. `norm` is lower case with curly apostrophes made straight. */
export interface Token {
  start: number;
  end: number;
  norm: string;
  /** `norm` without a possessive ending ("people's" -> "people"), or `norm` itself. */
  base: string;
  /** Index of the sentence the token belongs to (a new line also ends a sentence). */
  sentence: number;
  /** Inside double or curly quotation marks: someone else's words, not the advert's. */
  quoted: boolean;
}

export interface Tokenized {
  tokens: Token[];
  /** Offsets of each sentence: sentence i spans [sentenceStarts[i], sentenceEnds[i]). */
  sentenceStarts: number[];
  sentenceEnds: number[];
}

// Letters and digits, joined by apostrophes (people's, don't). Hyphens split words so that
// "able-bodied" and "able bodied" are the same two tokens.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*['’]?/gu;

/** Splits text into words, sentences and quoted stretches in one left-to-right pass. */
export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const sentenceStarts: number[] = [0];
  const sentenceEnds: number[] = [];
  let sentence = 0;
  let quoted = false;
  let last = 0;
  let sentenceHasWords = false;

  const scanGap = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      // . ! ? end a sentence; so does a new line (adverts are lists of lines).
      if (c === 10 || ((c === 46 || c === 33 || c === 63) && isBreakAfter(text, i + 1))) {
        if (sentenceHasWords) {
          sentenceEnds.push(i + 1);
          sentenceStarts.push(i + 1);
          sentence++;
          sentenceHasWords = false;
        }
        if (c === 10) quoted = false; // an unclosed quote never runs past its paragraph
      } else if (c === 34 /* " */) {
        quoted = !quoted;
      } else if (c === 0x201c /* “ */ || c === 0x2018 /* ‘ */) {
        quoted = true;
      } else if (c === 0x201d /* ” */ || c === 0x2019 /* ’ */) {
        quoted = false;
      }
    }
  };

  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    let raw = m[0];
    // A trailing apostrophe closes a quote ('fit in') unless it is a plural possessive (nurses').
    if (raw.endsWith('’') || raw.endsWith("'")) {
      if (!/s['’]$/i.test(raw)) raw = raw.slice(0, -1);
    }
    const end = start + raw.length;
    scanGap(last, start);
    const norm = raw.toLowerCase().replace(/’/g, "'");
    const base = norm.endsWith("'s") ? norm.slice(0, -2) : norm.endsWith("s'") ? norm.slice(0, -1) : norm;
    tokens.push({ start, end, norm, base, sentence, quoted });
    sentenceHasWords = true;
    last = end;
    WORD.lastIndex = end;
  }
  scanGap(last, text.length);
  sentenceEnds.push(text.length);
  return { tokens, sentenceStarts, sentenceEnds };
}

function isBreakAfter(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 34 || c === 0x201d || c === 41;
}

/** Lower-cases and straightens apostrophes, as token `norm` does. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

/** The words of a phrase as the tokenizer would see them. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).tokens.map((t) => t.norm);
}

/**
 * Trimming by a character class, one character at a time. A regex such as `/[\s,]+$/` is
 * quadratic on a long run of those characters that does not end the text (it is tried from every
 * start in the run), so edges are trimmed with these instead. `chars` tests one character: a
 * pattern, or a Set of characters read as one (`charTest`), which costs a hash look-up, not a pattern call.
 */
export interface CharTest {
  test(char: string): boolean;
}

/** A CharTest for the characters of `chars`. */
export function charTest(chars: string): CharTest {
  const set = new Set(chars);
  return { test: (char) => set.has(char) };
}

export function leadingLength(text: string, chars: CharTest): number {
  let i = 0;
  while (i < text.length && chars.test(text[i]!)) i++;
  return i;
}

export function trailingLength(text: string, chars: CharTest): number {
  let i = text.length;
  while (i > 0 && chars.test(text[i - 1]!)) i--;
  return text.length - i;
}

/** `text` without the leading characters in `lead` and the trailing ones in `trail`. */
export function trimChars(text: string, lead: CharTest | null, trail: CharTest | null): string {
  const start = lead ? leadingLength(text, lead) : 0;
  const end = text.length - (trail ? trailingLength(text.slice(start), trail) : 0);
  return text.slice(start, end);
}

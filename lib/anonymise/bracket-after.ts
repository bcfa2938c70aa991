/** A bracket on one line with no bracket inside it, straight after a detail (one blank allowed). */
const BRACKET = /^[ \t]?\(([^()\n]{1,80})\)/;

/**
 * The bracket straight after `at`, holding at most `max` characters, as its length and what it
 * holds; null when none. Each recogniser then says which brackets add to its detail: a country
 * that issued a number, a bleep, a note on how to read an e-mail, more of a date of birth.
 */
export function bracketAfter(text: string, at: number, max: number): { length: number; inside: string } | null {
  const m = BRACKET.exec(text.slice(at, at + max + 3));
  return m ? { length: m[0].length, inside: m[1]! } : null;
}

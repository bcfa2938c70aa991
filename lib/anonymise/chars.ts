/**
 * One character tested against a class, in code for ASCII and by the pattern for the rest. Read-back
 * loops test every character they pass: a pattern call each costs far more than the comparison,
 * and more again once V8 compiles patterns late (a long-lived worker).
 */
const SPACE = /\s/;

/** Whether text[i] is a blank as `\s` reads it. */
export function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text.charAt(i));
}

/** Whether an ASCII code is a letter. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether text[i] is an ASCII digit. */
export function isDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

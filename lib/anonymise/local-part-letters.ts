/**
 * The letters of each e-mail address's local part in `text`, in lower case: "chiruka.previous88@…" →
 * "chirukaprevious". A blank may stand before the "@" ("ioana.popescu88 @ example.ro"). Read in code,
 * back from each "@", so a text costs one pass.
 */
export function localPartLetters(text: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
    let i = at - (text.charAt(at - 1) === ' ' ? 1 : 0);
    let letters = '';
    while (i > 0 && /[A-Za-z0-9._-]/.test(text.charAt(i - 1))) {
      i--;
      const char = text.charAt(i);
      if (/[A-Za-z]/.test(char)) letters = char.toLowerCase() + letters;
    }
    if (letters) found.push(letters);
  }
  return found;
}

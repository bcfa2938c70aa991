/**
 * The letters of each e-mail address's local part in `text`, in lower case: "chiruka.previous88@…" →
 * "chirukaprevious". A blank may stand before the "@" ("ioana.popescu88 @ example.ro"). Read in code,
 * back from each "@", so a text costs one pass.
 */
export function localPartLetters(text: string): string[] {
  return localParts(text)
    .map((part) => part.replace(/[^A-Za-z]/g, '').toLowerCase())
    .filter((letters) => letters);
}

/** Each e-mail address's local part in `text` as written ("chiruka.previous88"), read back from its "@". */
export function localParts(text: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
    const end = at - (text.charAt(at - 1) === ' ' ? 1 : 0);
    let i = end;
    while (i > 0 && /[A-Za-z0-9._-]/.test(text.charAt(i - 1))) i--;
    if (i < end) found.push(text.slice(i, end));
  }
  return found;
}

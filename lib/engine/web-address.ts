/** How far back the start of a web address is looked for: addresses are short, and the scan stays bounded. */
const REACH = 200;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

const AT = 64;

/** Whether the run of characters with no space around `offset`, from `start`, holds an "@" with a letter after it. */
function atInRun(text: string, start: number, offset: number): boolean {
  for (let i = start; i < text.length && i - offset < REACH && !isSpace(text.charCodeAt(i)); i++) if (text.charCodeAt(i) === AT && isLetter(text.charCodeAt(i + 1))) return true;
  return false;
}

/**
 * Whether a word starting at `offset` is part of a web address, an e-mail address or a handle ("www.trust.nhs.uk/training-education",
 * "https://…"): the run of characters with no space before it opens with "http" or "www.", or holds
 * a dot and a letter before a slash ("trust.nhs.uk/uk-training"). Words there name a page, and are
 * not the advert's wording ("£12.50/hour" and "Sister/Charge Nurse" are).
 */
export function inWebAddress(text: string, offset: number): boolean {
  let start = offset;
  while (start > 0 && offset - start < REACH && !isSpace(text.charCodeAt(start - 1))) start--;
  // A handle or an e-mail address names an account: "@older_but_wiser_sue", "young.k@nhs.net".
  if (atInRun(text, start, offset)) return true;
  // A bracket or quote before the address is not part of it.
  while (start < offset && !isLetter(text.charCodeAt(start))) start++;
  if (start === offset) return false;
  const run = text.slice(start, offset).toLowerCase();
  if (run.startsWith('http') || run.startsWith('www.')) return true;
  const slash = run.indexOf('/');
  const dot = slash > 0 ? run.lastIndexOf('.', slash) : -1;
  return dot > 0 && isLetter(run.charCodeAt(dot + 1));
}

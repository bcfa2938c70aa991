import { Readability } from '@mozilla/readability';

/**
 * The main text of an ordinary web page, by Readability (which works on a clone, since it
 * changes the document it reads). Falls back to the body's text when Readability finds no article.
 */
export function readableText(doc: Document): string {
  const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  const text = article?.textContent ?? doc.body?.textContent ?? '';
  return text.replace(/[ \t]+/g, ' ').replace(/\n\s*\n\s*/g, '\n\n').trim();
}

import { rangeFor, type TextMap } from './text-map';

/** Whitespace-folded copy of a text, with each folded character's offset in the original. */
interface Folded {
  text: string;
  offsets: number[];
}

function fold(text: string): Folded {
  const out: string[] = [];
  const offsets: number[] = [];
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (!space) {
        out.push(' ');
        offsets.push(i);
      }
      space = true;
    } else {
      out.push(c);
      offsets.push(i);
      space = false;
    }
  }
  return { text: out.join(''), offsets };
}

const foldString = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Finds, in text taken from the page's DOM, the places of spans of a text that was extracted some
 * other way (Readability, a selection). Each span is looked for with up to 40 characters of its
 * surroundings, in order, so repeated words land on the right occurrence.
 */
export function createLocator(map: TextMap, doc: Document) {
  const page = fold(map.text);
  let from = 0;
  return (source: string, start: number, end: number): Range | null => {
    const match = foldString(source.slice(start, end));
    if (!match) return null;
    const before = foldString(source.slice(Math.max(0, start - 40), start));
    const after = foldString(source.slice(end, end + 40));
    for (const [pre, post] of [[before, after], [before.slice(-12), after.slice(0, 12)], ['', '']] as const) {
      const needle = [pre, match, post].filter(Boolean).join(' ');
      let at = page.text.indexOf(needle, from);
      if (at < 0) at = page.text.indexOf(needle);
      if (at < 0) continue;
      const s = at + (pre ? pre.length + 1 : 0);
      const e = s + match.length;
      from = s;
      return rangeFor(map, page.offsets[s]!, page.offsets[e - 1]! + 1, doc);
    }
    return null;
  };
}

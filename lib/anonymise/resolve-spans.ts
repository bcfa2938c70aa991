import type { Span } from './span';
import { leadingLength, trailingLength } from './trim-chars';

const LEAD = /[\s,;:|•·()–—-]/;
/** A name's piece loses a full stop too: "12A3456E. Sarah" leaves ". Sarah" of a name that took the number's last letter for an initial. */
const NAME_LEAD = /[\s,;:|•·()–—.-]/;
const TRAIL = /[\s,;:|•·(–—-]/;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/**
 * Counts of taken characters, so "does this span overlap a taken one?" costs O(log n), not a scan
 * of every taken span. A span is taken in O(log n) too (a range added to two Fenwick trees, the
 * sum of a range read from both), not a tree update for each of its characters: 1 MB of small spans
 * took a third of a second. Float64, as the second tree's sums outgrow 32 bits; they stay exact.
 */
class TakenCharacters {
  private readonly counts: Float64Array;
  private readonly weighted: Float64Array;
  /** The index of the taken span covering each character, or -1. */
  readonly owner: Int32Array;
  constructor(length: number) {
    this.counts = new Float64Array(length + 2);
    this.weighted = new Float64Array(length + 2);
    this.owner = new Int32Array(length).fill(-1);
  }
  private add(at: number, value: number): void {
    for (let i = at; i < this.counts.length; i += i & -i) {
      this.counts[i]! += value;
      this.weighted[i]! += value * (at - 1);
    }
  }
  /** Taken characters among the first `end`. */
  private prefix(end: number): number {
    let counts = 0;
    let weighted = 0;
    for (let i = end; i > 0; i -= i & -i) {
      counts += this.counts[i]!;
      weighted += this.weighted[i]!;
    }
    return counts * end - weighted;
  }
  count(start: number, end: number): number {
    return this.prefix(end) - this.prefix(start);
  }
  take(start: number, end: number, index: number): void {
    if (end <= start) return;
    this.owner.fill(index, start, end);
    // Characters start..end-1 are positions start+1..end of the trees.
    this.add(start + 1, 1);
    this.add(end + 1, -1);
  }
}

/** A lone article split off by a stronger span carries nothing to redact. */
const ARTICLE = /^(?:an?|the|A|An|The)$/;

/**
 * Settles overlaps: spans are taken strongest first (priority, then length); a span that
 * overlaps one already taken is dropped, unless it is `divisible` (an address, a sentence), in
 * which case the pieces left around the stronger spans are kept, trimmed of separators.
 * Returns non-overlapping spans sorted by position. O(n log n) in the text and the spans.
 */
export function resolveSpans(text: string, spans: Span[]): Span[] {
  const ordered = spans
    .filter((s) => s.end > s.start)
    .sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Span[] = [];
  const chars = new TakenCharacters(text.length);
  const take = (span: Span) => {
    chars.take(span.start, span.end, taken.length);
    taken.push(span);
  };
  for (const span of ordered) {
    if (!chars.count(span.start, span.end)) {
      take(span);
      continue;
    }
    if (!span.divisible) continue;
    // The free stretches between the taken spans inside this one.
    const pieces: [number, number][] = [];
    let c = span.start;
    while (c < span.end) {
      const owner = chars.owner[c]!;
      if (owner >= 0) {
        c = taken[owner]!.end;
        continue;
      }
      const start = c;
      while (c < span.end && chars.owner[c]! < 0) c++;
      pieces.push([start, c]);
    }
    for (const [start, end] of pieces) {
      const raw = text.slice(start, end);
      const lead = leadingLength(raw, span.type === 'name' ? NAME_LEAD : LEAD);
      let trimmedEnd = end - trailingLength(raw.slice(lead), TRAIL);
      // A closing bracket whose opening was trimmed off goes too: "4 May 1990 (Kenyan)" around a stronger date.
      if (text[trimmedEnd - 1] === ')' && raw.slice(0, lead).includes('(') && !text.slice(start + lead, trimmedEnd).includes('(')) trimmedEnd--;
      if (!LETTER_OR_DIGIT.test(text.slice(start + lead, trimmedEnd))) continue;
      // A lone article cut off by a stronger span of another kind says nothing: "I am [a] [AGE] [HEALTH]" keeps its "a"
      // (before one of its own kind it joins it: "I help at [the] [RELIGION]").
      if (ARTICLE.test(text.slice(start + lead, trimmedEnd))) {
        let next = trimmedEnd;
        while (next < span.end && (text[next] === ' ' || text[next] === '\t')) next++;
        const owner = chars.owner[next] ?? -1;
        if (owner < 0 || taken[owner]!.type !== span.type) continue;
      }
      take({ ...span, start: start + lead, end: trimmedEnd });
    }
  }
  return mergeNeighbours(text, taken.sort((a, b) => a.start - b.start));
}

/**
 * Joins spans of one type that only blanks separate ("[RELIGION] [RELIGION]" → "[RELIGION]"): a
 * disclosing clause cut around the stronger spans inside it leaves such pieces. Names and pronouns
 * (numbered or rewritten) stay apart.
 */
const joinable = (span: Span) => span.replacement === undefined && span.type !== 'name' && span.type !== 'pronoun';

function onlyBlanks(text: string, start: number, end: number): boolean {
  for (let c = start; c < end; c++) if (text[c] !== ' ' && text[c] !== '\t') return false;
  return true;
}

function mergeNeighbours(text: string, spans: Span[]): Span[] {
  const merged: Span[] = [];
  let own: Span | undefined;
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && last.type === span.type && joinable(last) && joinable(span) && onlyBlanks(text, last.end, span.start)) {
      // A copy made once for a run of pieces, then grown: the spans given are never changed.
      if (last === own) last.end = span.end;
      else merged[merged.length - 1] = own = { ...last, end: span.end };
    } else merged.push(span);
  }
  return merged;
}

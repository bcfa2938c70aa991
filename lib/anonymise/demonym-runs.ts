import { type PhraseList, phraseList } from './alternation';
import { matchPhrases } from './match-all';

export interface DemonymRun {
  start: number;
  end: number;
  /** Joined by a bare hyphen somewhere: "British-Nigerian". */
  hyphenated: boolean;
  /** Opened by a prefix of descent, which makes it a people rather than a nationality: "Indo-Trinidadian". */
  descent: boolean;
}

/** A separator inside a list of demonyms: "Nigerian and British", "Irish/British", "British-Nigerian", "Black British". */
const LIST_GAP = /^(?:\s*[,&/]\s*|\s+and\s+|-|[ \t])$/;

/** A prefix of descent joined to a people's word, which makes one people of both: "Indo-Trinidadian", "Afro-Brazilian", "Sino-Malaysian". */
const DESCENT_PREFIX = /(?<![\p{L}-])(?:Indo|Afro|Sino|Anglo|Franco|Luso|Hispano|Arab|Euro)-$/u;

/** Builds the one-word matcher for a list of demonyms (peoples, nationalities). */
export function demonymPattern(demonyms: readonly string[]): PhraseList {
  return phraseList(demonyms, '(?<![\\p{L}])', '(?![\\p{L}])', 'gu');
}

/**
 * Runs of demonyms joined by commas, "and", "&", "/" or a hyphen, found one word at a time and
 * joined in code, so a long list costs no more than its length (one regex over the list is
 * quadratic: it is retried from every word in it).
 */
export function demonymRuns(text: string, demonyms: PhraseList): DemonymRun[] {
  const runs: DemonymRun[] = [];
  for (const m of matchPhrases(text, demonyms)) {
    const last = runs.at(-1);
    const end = m.index + m[0].length;
    const gap = last && m.index - last.end <= 8 ? text.slice(last.end, m.index) : null;
    if (last && gap !== null && LIST_GAP.test(gap)) {
      last.end = end;
      if (gap === '-') last.hyphenated = true;
    } else {
      const prefix = DESCENT_PREFIX.exec(text.slice(Math.max(0, m.index - 8), m.index));
      // One shape for every run, so the loops that read them see one hidden class.
      runs.push({ start: prefix ? m.index - prefix[0].length : m.index, end, hyphenated: false, descent: prefix !== null });
    }
  }
  return runs;
}

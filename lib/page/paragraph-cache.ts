import type { Finding, Report } from '../engine/finding';

export type AnalyseParagraph = (paragraph: string) => Report;

/**
 * Analyses text paragraph by paragraph and remembers each paragraph's findings, so a keystroke
 * re-checks only the paragraph it changed. Offsets are shifted into the whole text.
 */
export class ParagraphCache {
  private cache = new Map<string, Finding[]>();

  constructor(
    private readonly analyseParagraph: AnalyseParagraph,
    private readonly limit = 2000,
  ) {}

  findings(text: string): Finding[] {
    const out: Finding[] = [];
    const seenAcronyms = new Set<string>();
    const used = new Set<string>();
    let offset = 0;
    for (const paragraph of text.split('\n')) {
      if (paragraph.trim() !== '') {
        used.add(paragraph);
        let found = this.cache.get(paragraph);
        if (!found) {
          found = this.analyseParagraph(paragraph).findings;
          this.cache.set(paragraph, found);
        }
        for (const f of found) {
          // An acronym counts as unexplained at its first use in the whole text only.
          if (f.category === 'jargon') {
            if (seenAcronyms.has(f.text)) continue;
            seenAcronyms.add(f.text);
          }
          out.push({ ...f, start: f.start + offset, end: f.end + offset });
        }
      }
      offset += paragraph.length + 1;
    }
    if (this.cache.size > this.limit) {
      for (const key of this.cache.keys()) if (!used.has(key)) this.cache.delete(key);
    }
    return out;
  }

  /** Forget everything (the settings changed). */
  clear(): void {
    this.cache.clear();
  }
}

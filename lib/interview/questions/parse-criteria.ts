import type { CriterionKind } from '../schema';

export interface CriterionInput {
  text: string;
  kind: CriterionKind;
}

/** "Essential", "Essential criteria", "Desirable:" or "Desirable: text" at the start of a line. */
// The criterion after the colon starts at a non-space, so no two parts of the pattern share a run of spaces.
const HEADING = /^(essential|desirable)(?:\s+(?:criteria|requirements))?\s*(?::\s*(\S.*)?)?$/i;
/** Bullets and list numbering: •, ●, ▪, ◦, ·, -, –, —, *, ✓, "1.", "1)", "(a)", "a)". */
const BULLET = /^(?:[•●▪◦·\-–—*✓✔]+|\(?(?:[0-9]{1,2}|[a-z])[.)](?=\s))\s*/i;

/**
 * Reads criteria typed or pasted as text, one per line:
 * - bullets and list numbers are stripped, blank lines skipped;
 * - a line "Essential" / "Desirable" (optionally followed by "criteria" or "requirements" and a
 *   colon) switches the kind of the lines after it; text after the colon is itself a criterion;
 * - any other line ending in a colon ("Experience:") is a section heading and is skipped;
 * - lines before any heading are essential; repeated lines (ignoring case) are kept once.
 */
export function parseCriteria(pasted: string): CriterionInput[] {
  const out: CriterionInput[] = [];
  const seen = new Set<string>();
  let kind: CriterionKind = 'essential';
  const add = (raw: string) => {
    const text = raw.replace(BULLET, '').replace(/\s+/g, ' ').trim();
    if (!text || text.endsWith(':')) return;
    const key = text.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ text, kind });
  };
  for (const line of pasted.split(/\r\n|\r|\n/)) {
    const bare = line.replace(BULLET, '').trim();
    const heading = HEADING.exec(bare);
    if (heading) {
      kind = (heading[1] ?? '').toLowerCase() === 'desirable' ? 'desirable' : 'essential';
      if (heading[2]) add(heading[2]);
    } else {
      add(line);
    }
  }
  return out;
}

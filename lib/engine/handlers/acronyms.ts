const ACRONYM = /(?<![\p{L}\p{N}&])([A-Z][A-Za-z0-9&]*[A-Z0-9])(s?)(?![\p{L}\p{N}&])/gu;

export interface AcronymUse {
  start: number;
  end: number;
  acronym: string;
  expansion: string;
}

/** A regex for an expansion's words with any punctuation or spacing between them. */
function expansionPattern(expansion: string): RegExp | null {
  const words = (expansion.split(/\s+\/\s+|;/)[0] ?? '')
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return null;
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+'), 'iu');
}

/**
 * The first use of each known acronym that the text does not spell out: not before its first use,
 * nor just after it ("ARRS (Additional Roles Reimbursement Scheme)").
 */
export function findUnexpandedAcronyms(
  text: string,
  acronyms: Record<string, string>,
  understood: ReadonlySet<string>,
): AcronymUse[] {
  const seen = new Set<string>();
  const uses: AcronymUse[] = [];
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(text); m !== null; m = ACRONYM.exec(text)) {
    const whole = m[1]! + m[2]!;
    const acronym = acronyms[whole] !== undefined ? whole : m[1]!;
    const expansion = acronyms[acronym];
    if (expansion === undefined || understood.has(acronym) || seen.has(acronym)) continue;
    seen.add(acronym);
    const found = expansionPattern(expansion)?.exec(text);
    if (found && found.index < m.index + whole.length + 120) continue;
    // "PGDs" is spelled out as "Patient Group Directions".
    const plural = whole !== acronym && !expansion.endsWith('s') ? `${expansion}s` : expansion;
    uses.push({ start: m.index, end: m.index + whole.length, acronym, expansion: plural });
  }
  return uses;
}

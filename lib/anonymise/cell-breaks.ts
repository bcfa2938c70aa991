const BLANKS = ' \t';
const MARKS = '|•·\t';
const DASHES = '–—-';

/** How a layout separates cells: how many blanks alone make a break, and whether a spaced dash ("Leeds – LS6") or slash does. */
export interface BreakRule {
  minBlanks: number;
  dashes: boolean;
  /** "jo@example.com / 07700 900123 / Nantes": a slash with a blank either side, as a line of contacts runs them together. */
  slashes?: boolean;
}

/**
 * Where the cell break that may start at `i` ends, or -1: blanks then a mark (`|`, `•`, `·`, a
 * tab) then blanks; spaces, a dash (when `dashes`; two hyphens too) or a slash (when `slashes`) and blanks; or `minBlanks` blanks or more.
 * Never right after a blank, so each break is found once, at its start.
 */
function breakEnd(line: string, i: number, rule: BreakRule): number {
  if (i > 0 && BLANKS.includes(line[i - 1]!)) return -1;
  let j = i;
  while (line[j] === ' ') j++;
  if (j < line.length && MARKS.includes(line[j]!)) {
    j++;
    while (j < line.length && BLANKS.includes(line[j]!)) j++;
    return j;
  }
  // A dash typed as two hyphens, as LaTeX writes an en dash: "Arabe -- maternelle".
  const dash = rule.dashes && line[j] === '-' && line[j + 1] === '-' ? 2 : 1;
  if (j > i && j + dash < line.length && ((rule.dashes && DASHES.includes(line[j]!)) || (rule.slashes && line[j] === '/')) && BLANKS.includes(line[j + dash]!)) {
    j += dash;
    while (j < line.length && BLANKS.includes(line[j]!)) j++;
    return j;
  }
  let k = i;
  while (k < line.length && BLANKS.includes(line[k]!)) k++;
  return k - i >= rule.minBlanks ? k : -1;
}

/**
 * Calls `visit` with each cell of a line, [start, end) without the breaks around it (empty cells
 * included). Read by hand in one pass, with no array per cell: a line from a PDF may hold hundreds
 * of thousands of them.
 */
export function forEachCell(line: string, rule: BreakRule, visit: (start: number, end: number) => void): void {
  let cursor = 0;
  for (let i = 0; i < line.length; ) {
    const c = line[i]!;
    const end = BLANKS.includes(c) || MARKS.includes(c) ? breakEnd(line, i, rule) : -1;
    if (end < 0) {
      i++;
      continue;
    }
    visit(cursor, i);
    cursor = end;
    i = end;
  }
  visit(cursor, line.length);
}

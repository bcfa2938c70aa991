// Tested by character code, not by `includes` on a string of them: these run for every character
// of every line, most of it before V8 has optimised them (1 MB of contact details on one line).
/** A blank: a space or a tab. */
const isBlank = (code: number) => code === 32 || code === 9;
/** A mark that is a cell break with blanks or none around it: `|`, `•`, `·` or a tab. */
const isMark = (code: number) => code === 124 || code === 0x2022 || code === 0xb7 || code === 9;
/** A dash that is a cell break between blanks: an en or em dash, or a hyphen. */
const isDash = (code: number) => code === 0x2013 || code === 0x2014 || code === 45;

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
  if (i > 0 && isBlank(line.charCodeAt(i - 1))) return -1;
  let j = i;
  while (line.charCodeAt(j) === 32) j++;
  if (j < line.length && isMark(line.charCodeAt(j))) {
    j++;
    while (j < line.length && isBlank(line.charCodeAt(j))) j++;
    return j;
  }
  // A dash typed as two hyphens, as LaTeX writes an en dash: "Arabe -- maternelle".
  const dash = rule.dashes && line.charCodeAt(j) === 45 && line.charCodeAt(j + 1) === 45 ? 2 : 1;
  if (j > i && j + dash < line.length && ((rule.dashes && isDash(line.charCodeAt(j))) || (rule.slashes && line.charCodeAt(j) === 47)) && isBlank(line.charCodeAt(j + dash))) {
    j += dash;
    while (j < line.length && isBlank(line.charCodeAt(j))) j++;
    return j;
  }
  let k = i;
  while (k < line.length && isBlank(line.charCodeAt(k))) k++;
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
    const code = line.charCodeAt(i);
    const end = isBlank(code) || isMark(code) ? breakEnd(line, i, rule) : -1;
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

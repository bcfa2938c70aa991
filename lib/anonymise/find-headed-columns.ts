import { type BreakRule, forEachCell } from './cell-breaks';
import { DATE_AT_START } from './date-pattern';
import type { DocumentLayout } from './document-layout';
import { fitsLabel, labelledType, OUTRIGHT_TYPES } from './find-labelled-fields';
import { makeSpan } from './make-span';
import type { RedactionType } from './redaction-type';
import type { Span } from './span';

/** Only a bar, a tab or a bullet mark parts a table's cells here: blanks inside a cell ("Date of birth") are its words. */
const TABLE_CELLS: BreakRule = { minBlanks: 1000, dashes: false };
/**
 * A heading cell that names no personal detail: the columns a table of people lists beside one ("Name", "Role", "Start date").
 * Every cell of a heading row is one of these or a detail's label, so a form's "Nationality<tab>Moroccan" is no heading row.
 */
const COLUMN_HEADING =
  /^(?:(?:full|first|last|family|given|middle|preferred)[ \t]+)?names?$|^(?:surname|forenames?|role|post|position|job(?:[ \t]+title)?|grade|band|department|dept|ward|team|unit|site|base|employer|organisation|institution|school|college|university|qualifications?|subject|course|years?|dates?|from|to|(?:start|end)(?:[ \t]+date)?|e-?mail|phone|telephone|mobile|contact|relationship|notes?|comments?|signature|ref(?:erence)?|no\.?|number|candidate|applicant)$/i;
/** A markdown table's rule under its heading row: "|---|:---:|". */
const RULE_CELL = /^:?-{3,}:?$/;
/**
 * Columns whose heading names a detail outright. Not "Location", "Title", "Health", "Age" or "Children",
 * which head the columns of a job's, a publication's or a placement's table too.
 */
const COLUMN_TYPES = new Set<RedactionType>(['date-of-birth', ...OUTRIGHT_TYPES]);

interface Cell {
  start: number;
  text: string;
}

/** A line's cells, trimmed, without the empty ones a bar opening or closing the row leaves. */
function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  forEachCell(line, TABLE_CELLS, (start, end) => {
    const raw = line.slice(start, end);
    const text = raw.trim();
    if (text) cells.push({ start: start + raw.length - raw.trimStart().length, text });
  });
  return cells;
}

/** Whether a cell under a column's heading holds that column's detail: a date under a date of birth, a fitting word under the rest. */
function fitsColumn(type: RedactionType, value: string): boolean {
  if (type === 'date-of-birth') return DATE_AT_START.test(value) || /^\d/.test(value);
  return /\p{L}/u.test(value) && value.length <= 60 && fitsLabel(type, value);
}

/**
 * The cells under a table's column headed by a personal detail, as a form or a monitoring table sets them out
 * ("| Full name | Date of birth | Nationality |" over "| Ama Owusu | 02.11.1990 | Ghanaian |"): each row below the
 * heading row, while it has as many cells and no blank line comes, gives that column's cell its heading's detail.
 */
export function findHeadedColumns(layout: DocumentLayout): Span[] {
  const spans: Span[] = [];
  const { lines } = layout;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.length > 300 || !/[|\t]/.test(line.text)) continue;
    const heading = cellsOf(line.text);
    if (heading.length < 2 || heading.length > 12) continue;
    const labelled = heading.map((cell) => labelledType(cell.text));
    if (!heading.every((cell, c) => labelled[c] !== undefined || COLUMN_HEADING.test(cell.text))) continue;
    const columns = labelled.map((type) => (type && COLUMN_TYPES.has(type) ? type : null));
    if (!columns.some(Boolean)) continue;
    let row = i + 1;
    for (; row < lines.length; row++) {
      const below = lines[row]!;
      if (below.text.length > 300) break;
      const cells = cellsOf(below.text);
      if (cells.every((cell) => RULE_CELL.test(cell.text)) && cells.length > 0) continue;
      if (cells.length !== heading.length) break;
      cells.forEach((cell, c) => {
        const type = columns[c];
        if (type && fitsColumn(type, cell.text)) spans.push(makeSpan(type, below.start + cell.start, below.start + cell.start + cell.text.length, { divisible: true, priority: 70 }));
      });
    }
    i = row - 1;
  }
  return spans;
}

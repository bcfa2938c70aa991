/** The forms of a UK outward code by the Royal Mail's position rules (A9, A99, A9A, AA9, AA99, AA9A), as a group. */
export const OUTWARD_FORMS = '(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y])';
/** A UK outward code in capitals, its own word: "DE23", "M1", "EC1A". */
export const OUTWARD_CODE = `(?<![A-Za-z0-9])${OUTWARD_FORMS}`;
/** An outward code in capitals ending a cell: "Derby DE23" before a second column's gap or the line's end. */
export const OUTWARD_ENDS_CELL = new RegExp(`${OUTWARD_CODE}(?=[ \\t]{2}|\\t|[ \\t]?(?:\\n|$))`, 'g');
/** An inward code alone in its cell: "8AY" before a column's gap or the line's end; not an ordinal in capitals ("2ND", "4TH"). */
const INWARD_CELL = /^(?!1ST|2ND|3RD|[04-9]TH)[0-9][ABD-HJLNP-UW-Z]{2}(?=[ \t]{2}|\t|[ \t]?(?:\n|$))/;

/**
 * Where the inward code stands that a narrow column wrapped below the outward code ending at `outwardEnd`, or null: on the next
 * line, alone in the cell at the column where the outward code's cell starts ("Derby DE23      Trainer; …" / "8AY      transport
 * minibus"), as a two-column PDF merges its lines. An inward code written with a blank inside is no such wrap.
 */
export function inwardBelow(text: string, outwardEnd: number): [number, number] | null {
  const lineAt = text.lastIndexOf('\n', outwardEnd - 1) + 1;
  const line = text.slice(lineAt, outwardEnd);
  // The cell starts after the last gap of two blanks or a tab before the code, or at the line's start.
  const gap = Math.max(line.lastIndexOf('  '), line.lastIndexOf('\t'));
  const column = gap < 0 ? 0 : gap + 1 + (line.slice(gap + 1).length - line.slice(gap + 1).trimStart().length);
  const nextAt = text.indexOf('\n', outwardEnd);
  if (nextAt < 0) return null;
  const below = text.slice(nextAt + 1, nextAt + 1 + column + outwardEnd - lineAt + 8);
  if (column > 0 && !/[ \t]$/.test(below.slice(0, column))) return null;
  const rest = below.slice(column);
  const lead = rest.length - rest.trimStart().length;
  // The inward code starts within the cell's width: not a word of the other column further in.
  if (lead > outwardEnd - lineAt - column) return null;
  const inward = INWARD_CELL.exec(text.slice(nextAt + 1 + column + lead, nextAt + 1 + column + lead + 6));
  return inward ? [nextAt + 1 + column + lead, nextAt + 1 + column + lead + 3] : null;
}

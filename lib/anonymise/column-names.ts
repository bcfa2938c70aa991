import { nameLexicon } from './name-lexicon';
import type { NameRun } from './name-run';

/** A table's column headed by a person's role or by a signature: each cell under it names someone, or signs with initials. */
const NAME_COLUMN =
  /^(?:(?:practice|clinical|educational|named)[ \t]+)?(?:supervisor|assessor|mentor|preceptor|referee|manager|witness|name|staff[ \t]+name)(?:['’]s[ \t]+name)?$|^(?:signature|signed(?:[ \t]+by)?|countersigned(?:[ \t]+by)?|initials)$/i;
/** A column where initials alone sign: "M.C.", "TP". */
const SIGNING_COLUMN = /^(?:signature|signed|countersigned|initials)/i;
/** A cell that is a name: capitalised words, maybe after initials ("T. Phiri"), a bracket after it aside ("Mwila Chanda (PA)"). */
const NAME_CELL = /^((?:\p{Lu}\.[ \t]?){0,3}\p{Lu}[\p{Ll}'’]+(?:[ \t-]\p{Lu}[\p{Ll}'’]+){0,3})(?:[ \t]*\([^()]{0,30}\))?$/u;
/** A cell of initials alone, with or without their full stops: "M.C.", "T P", "JKB". */
const INITIALS_CELL = /^(\p{Lu}(?:\.?[ \t]?\p{Lu}){1,2})\.?$/u;
/** A table's cells: tabs or bars part them. */
const CELL_BREAK = /\t|\|/;

/** Whether a word is one the lists keep from names: a heading's, a ward's, a job's. */
function notAName(word: string): boolean {
  return nameLexicon.notNames.has(word) || nameLexicon.organisationSuffixes.has(word);
}

/** A given name or a name part the lists know, which is no everyday word. */
function knownName(word: string): boolean {
  return (nameLexicon.givenNames.has(word) || nameLexicon.nameParts.has(word)) && !nameLexicon.wordLike.has(word);
}

/**
 * The names in a table's column headed by a person's role or a signature, as a placement's timesheet or a log of supervision
 * sets them ("Date⇥Shift⇥Hours⇥Practice supervisor⇥Signature" over "03/11⇥LD⇥12.5⇥Tiwonge Phiri⇥T. Phiri"): each cell under
 * the heading, while the rows keep the heading's number of cells, is a name, or initials where the column signs. A cell with a
 * word of the non-name lists is none ("Ward Manager"), and one word alone only a name the lists know ("Bank" is none).
 */
export function columnNames(text: string): NameRun[] {
  const found: NameRun[] = [];
  if (!text.includes('\t') && !text.includes('|')) return found;
  let columns: { index: number; signs: boolean }[] = [];
  let width = 0;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end).replace(/\r$/, '');
    const cells = line.split(CELL_BREAK);
    if (cells.length < 3) columns = [];
    else if (columns.length && cells.length === width) {
      let at = start;
      const offsets = cells.map((cell) => {
        const offset = at;
        at += cell.length + 1;
        return offset;
      });
      for (const { index, signs } of columns) {
        const raw = cells[index]!;
        const cell = raw.trim();
        const from = offsets[index]! + raw.indexOf(cell);
        const initials = signs ? INITIALS_CELL.exec(cell) : null;
        if (initials) {
          found.push({ parts: [initials[1]!], start: from, end: from + initials[1]!.length, whole: true });
          continue;
        }
        const name = NAME_CELL.exec(cell)?.[1];
        const words = name?.split(/[ \t-]+/).filter((word) => !/\.$/.test(word)) ?? [];
        // One word alone must be a name the lists know: "Bank" and "Agency" fill such a column too.
        if (!name || !words.length || words.some(notAName) || (words.length === 1 && !knownName(words[0]!))) continue;
        found.push({ parts: words, start: from, end: from + name.length, distinct: true });
      }
    } else {
      const heads = cells.map((cell) => cell.trim());
      columns = heads.every((head) => !/\d/.test(head)) ? heads.flatMap((head, index) => (NAME_COLUMN.test(head) ? [{ index, signs: SIGNING_COLUMN.test(head) }] : [])) : [];
      width = cells.length;
    }
    start = end + 1;
  }
  return found;
}

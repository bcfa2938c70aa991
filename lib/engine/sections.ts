/** What a stretch of an advert is, so checks that need the person specification can find it. */
export const SECTION_ROLES = ['title', 'summary', 'duties', 'about', 'description', 'details', 'essential', 'desirable', 'other'] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];

/** A stretch of the analysed text. Each `essential`/`desirable` section is one criterion. */
export interface Section {
  role: SectionRole;
  start: number;
  end: number;
}

type Role = 'essential' | 'desirable';

/**
 * The words that name a column, in any case (the words have no letter whose lower case changes its
 * length). One expression for every text (findPersonSpec starts it at 0), not one made per text.
 */
const NAMES_COLUMN = /essential|desirable/gi;
/** "Essential", "Desirable criteria" on a line of their own (trimmed, with any final colon removed). */
const HEADING = /^(?:essential|desirable)\b[^:\n]{0,40}$/i;
/** The same after the name of the list it heads: "Person specification - Essential", "Selection criteria: Desirable". */
const NAMED_HEADING = /^(?:person\s+spec(?:ification)?|(?:selection\s+)?criteria|requirements)\s*[-–:|]\s*(essential|desirable)\b[^:\n]{0,20}$/i;
const INLINE = /^(\s*(?:[-*•·–◦▪]\s*)?)(essential|desirable)\s*[:–-]\s*(\S.*)$/i;
/**
 * "Essential:" and "Desirable:" as labels of cells that a table copied flat runs together on one line
 * ("Skills Essential: Clear communication Essential: Accuracy Desirable: Welsh"): capitalised, with a colon.
 */
const CELL_LABEL = /(?<![\p{L}])(Essential|Desirable|ESSENTIAL|DESIRABLE)[ \t]*:[ \t]*/gu;
const BULLET = /^\s*(?:[-*•·–◦▪]|\d{1,2}[.)])\s+/;
/** Cells of a table row flattened to text: separated by tabs, bars or wide gaps. */
const CELLS = /\t|\s\|\s|\s{3,}/;

/** Words a group heading inside the list is made of ("Skills and abilities", "Personal qualities"): it is not a criterion. */
const GROUP_WORDS = new Set(
  `qualifications qualification education training experience experiences skills skill knowledge abilities ability
  personal qualities attributes values behaviours other requirements special physical communication and & aptitude
  aptitudes professional registration criteria key clinical technical managerial management leadership general
  interpersonal additional further circumstances`.split(/\s+/),
);
/** Last words of a lead-in ("Experience of:", "Ability to:", "Knowledge of the following:") whose sub-items make one criterion. */
const LEAD_IN = new Set(['of', 'to', 'in', 'with', 'including', 'include', 'following', 'as', 'for', 'on', 'either', 'are', 'is', 'be', 'using', 'across', 'such']);
/** A criterion that ends with one of these goes on over the next line ("Experience of working in\nprimary care"). */
const OPEN_END = /(?:[,–-]|\b(?:and|or|of|in|to|the|a|an|with|for|on|at|as|by|including))$/i;

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const lastWord = (s: string) => (words(s).at(-1) ?? '').toLowerCase();

/** A heading inside the list ("Qualifications", "Clinical skills:"), not a criterion. */
function isGroupHeading(body: string): boolean {
  const text = body.replace(/:$/, '').trim();
  const ws = words(text.toLowerCase());
  if (ws.length === 0 || ws.length > 4 || /[.;]$/.test(text)) return false;
  if (ws.every((w) => GROUP_WORDS.has(w))) return true;
  return body.endsWith(':') && ws.length <= 3 && !LEAD_IN.has(lastWord(text));
}

/**
 * The criteria of a line whose cells each start "Essential:" or "Desirable:", as one criterion or a
 * whole row copied flat: before the first label only a bullet or the row's name ("Experience"), and
 * each criterion running to the next label. None when the line is not of that shape.
 */
function labelledCells(line: string, start: number): Section[] {
  const labels = [...line.matchAll(CELL_LABEL)];
  const before = line.slice(0, labels[0]?.index ?? 0).replace(BULLET, '').trim();
  if (!labels.length || (before && !isGroupHeading(before))) return [];
  return labels.flatMap((label, i) => {
    const from = label.index + label[0].length;
    const to = from + line.slice(from, labels[i + 1]?.index ?? line.length).trimEnd().length;
    return to > from ? [{ role: label[1]!.toLowerCase() as Role, start: start + from, end: start + to }] : [];
  });
}

/** A part of a criteria list that carries on the one before it: "…; or equivalent experience". */
const CARRIES_ON = /^(?:(?:or|and|including)\b|e\.g\.|i\.e\.|\()/i;

/**
 * The criteria a criterion's text lists: a list run together with semicolons ("registered nurse;
 * diabetes module; teaching qualification") is one per part, as a bulleted list would be, for counting
 * them. One semicolon alone may join two halves of one criterion, so the text is split only at two or
 * more. Rules still read the section whole: its first word opens its cell, as the person wrote it.
 */
export function listedCriteria(text: string, section: Section): Section[] {
  const body = text.slice(section.start, section.end);
  if (body.indexOf(';') === body.lastIndexOf(';')) return [section];
  const parts: Section[] = [];
  let from = section.start;
  for (const part of body.split(';')) {
    const lead = part.length - part.trimStart().length;
    const words = part.trim();
    const at = from + lead;
    from += part.length + 1;
    if (!words) continue;
    const previous = parts.at(-1);
    if (previous && CARRIES_ON.test(words)) previous.end = at + words.length;
    else parts.push({ role: section.role, start: at, end: at + words.length });
  }
  return parts;
}

/** Where the leading spaces and any bullet end, and how deep the line sits (indent, plus one for a bullet). */
function lineStart(line: string): { lead: number; level: number; bullet: boolean } {
  const bullet = BULLET.exec(line);
  const indent = line.length - line.trimStart().length;
  return bullet ? { lead: bullet[0].length, level: indent + 1, bullet: true } : { lead: indent, level: indent, bullet: false };
}

/** A table header row that names both columns ("Criteria | Essential | Desirable"): where each is, and how many cells it has. */
interface TableHeader {
  essential: number;
  desirable: number;
  cells: number;
}

function tableHeader(bare: string): TableHeader | null {
  // Most lines name no column: skip splitting them into cells.
  if (!bare.toLowerCase().includes('essential')) return null;
  const cells = bare.split(CELLS).map((c) => {
    const cell = c.trim().toLowerCase();
    return cell.endsWith(' criteria') ? cell.slice(0, -' criteria'.length).trimEnd() : cell;
  });
  const essential = cells.indexOf('essential');
  const desirable = cells.indexOf('desirable');
  if (essential < 0 || desirable < 0) return /^essential\s+desirable$/i.test(bare) ? { essential: -1, desirable: -1, cells: 0 } : null;
  return { essential, desirable, cells: cells.length };
}

/**
 * Finds person-specification criteria in plain text, one section per criterion as a reader counts
 * them: lines under an "Essential" or "Desirable" heading (up to a blank line that is followed by
 * something other than a bullet), or lines that start "Essential:" / "Desirable:", or the cells of
 * a table whose header row names both columns. A line that carries on the one before, sub-items
 * under a lead-in ("Knowledge of:") and group headings inside the list ("Skills") are not criteria
 * of their own.
 */
export function findPersonSpec(text: string): Section[] {
  const sections: Section[] = [];
  let role: Role | null = null;
  let afterBlank = false;
  /** The last criterion of the current list, and the depth of its line when it is a lead-in. */
  let last: Section | null = null;
  let leadLevel = -1;
  let table: TableHeader | null = null;
  let offset = 0;
  // Where the text names a column, found in one search over the whole text rather than by lowering each line.
  NAMES_COLUMN.lastIndex = 0;
  let nextName = NAMES_COLUMN.exec(text)?.index ?? Number.POSITIVE_INFINITY;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const bare = line.trim();
    // A heading, an inline criterion or a table header names its column, in any case ("ESSENTIAL").
    while (nextName < start) nextName = NAMES_COLUMN.exec(text)?.index ?? Number.POSITIVE_INFINITY;
    const named = nextName < start + line.length;
    const header = named ? tableHeader(bare) : null;
    if (header) {
      table = header;
      role = null;
      continue;
    }
    const cells = named ? labelledCells(line, start) : [];
    if (cells.length) {
      sections.push(...cells);
      role = null;
      table = null;
      continue;
    }
    const inline = named ? INLINE.exec(line) : null;
    if (inline) {
      const lead = inline[1]!.length + inline[2]!.length;
      const body = line.slice(lead).replace(/^\s*[:–-]\s*/, '');
      const bodyStart = start + line.length - body.length;
      sections.push({ role: inline[2]!.toLowerCase() as Role, start: bodyStart, end: bodyStart + body.trimEnd().length });
      role = null;
      table = null;
      continue;
    }
    const heading = bare.endsWith(':') ? bare.slice(0, -1).trimEnd() : bare;
    const afterName = named ? NAMED_HEADING.exec(heading) : null;
    if (named && (afterName || HEADING.test(heading))) {
      role = (afterName?.[1] ?? bare).toLowerCase().startsWith('essential') ? 'essential' : 'desirable';
      afterBlank = false;
      last = null;
      table = null;
      continue;
    }
    if (bare === '') {
      afterBlank = true;
      continue;
    }
    // A table ends at prose: a line of one cell and many words.
    if (table && !CELLS.test(line) && words(bare).length >= 8) table = null;
    if (table) {
      tableRow(line, start, table, sections);
      continue;
    }
    if (role && afterBlank && !BULLET.test(line)) {
      role = null;
      last = null;
    }
    afterBlank = false;
    if (!role) continue;
    const { lead, level, bullet } = lineStart(line);
    const body = line.slice(lead).trimEnd();
    const end = start + line.trimEnd().length;
    if (isGroupHeading(body)) {
      last = null;
      continue;
    }
    const lower = /^\p{Ll}/u.test(body);
    // A sub-item of a lead-in, or a line that carries on the criterion before it.
    const subItem = last && leadLevel >= 0 && (level > leadLevel || (level === leadLevel && lower));
    const wrapped = last && !bullet && (lower || OPEN_END.test(text.slice(last.start, last.end)));
    if (last && (subItem || wrapped)) {
      last.end = end;
      continue;
    }
    last = { role, start: start + lead, end };
    sections.push(last);
    leadLevel = body.endsWith(':') && LEAD_IN.has(lastWord(body.slice(0, -1))) ? level : -1;
  }
  return sections;
}

/**
 * The Essential and Desirable cells of one table row, as criteria. A row of one cell is a label; a
 * row with one cell more than the header has a label the header left out.
 */
function tableRow(line: string, start: number, table: TableHeader, sections: Section[]): void {
  if (table.essential < 0) return;
  const cells = line.split(CELLS);
  if (cells.length < 2) return;
  const shift = cells.length > table.cells ? cells.length - table.cells : 0;
  let at = 0;
  const offsets = cells.map((c) => {
    const found = line.indexOf(c, at);
    at = found + c.length;
    return found;
  });
  for (const [role, column] of [['essential', table.essential], ['desirable', table.desirable]] as const) {
    const i = column + shift;
    const cell = cells[i]?.trim();
    if (!cell || isGroupHeading(cell)) continue;
    const cellStart = start + offsets[i]! + (cells[i]!.length - cells[i]!.trimStart().length);
    sections.push({ role, start: cellStart, end: cellStart + cell.length });
  }
}

/**
 * Text a spreadsheet would run as a formula (OWASP "CSV injection"): a cell starting with = + - @,
 * a tab or a carriage return, also after any leading spaces, no-break spaces or invisible format
 * characters (zero-width space, BOM…), and with the full-width and small forms of those signs
 * (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫), which spreadsheets read as the plain ones.
 */
const FORMULA_START = /^[\s\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]|^[\t\r]/u;

/**
 * One CSV field (RFC 4180). Formula-like text gets a leading single quote so spreadsheets show it as
 * text instead of running it. Fields holding a comma, a double quote or a line break are quoted, with
 * double quotes doubled. Numbers are written as they are.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

import { alternation } from './alternation';
import monthNames from './data/month-names.json';

/** English months, then the other languages' (data/month-names.json), whole words only: "3 Mawrth 1988", "12. März 1986". */
const MONTH = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:${alternation(Object.values(monthNames.groups).flat())})(?![A-Za-zÀ-ÿĀ-ž]))`;
const ORDINAL_WORD =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))';
/** A day, with an English or Welsh ordinal ending ("21st", "1af", "3ydd", "21ain"), or in words. */
const DAY = `(?:(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?|${ORDINAL_WORD})`;
/** A month in Roman numerals, as Polish, Ukrainian and other European forms write it: "03-IV-1988", "09.XI.1995". */
const ROMAN_MONTH = '(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})';
/**
 * A date in an era other than the Gregorian, its month in letters: "11 Rajab 1409 AH", "14 Sha'ban 1410 A.H.",
 * "1st Rajab 1400 AH", and a Hebrew date, whose years (5500 to 5999 for anyone alive) no other calendar a CV
 * uses reaches: "4 Tishrei 5754".
 */
const ERA_DATE = "\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z][A-Za-z'’-]*(?:\\s[A-Za-z][A-Za-z'’-]*)?\\s+(?:\\d{3,4}\\s?(?:AH|A\\.H\\.|BE|B\\.E\\.)|5[5-9]\\d{2})(?![A-Za-z\\d])";
/** Between a day and its month: a German day's full stop ("12. März"), and "of", Welsh "o" or Spanish and Portuguese "de" ("9 de março de 1987"). */
const DAY_TO_MONTH = '\\.?\\s+(?:(?:of|o|de)\\s+)?';
/** A year in full, or in two digits after an apostrophe ("’90"). */
const YEAR = `(?:(?:19|20)\\d{2}|['’‘]\\d{2})`;

/**
 * A calendar date as people write it on a CV: 14/03/1985, 14.03.85, 17/3/’90, 14-3-1985, 03-Apr-1994,
 * 1985-03-14, 1985/03/14, 14 March 1985, 14th Mar 1985, the 1st of March, 1994, 17th of March ’90,
 * the twelfth of May 1987, March 14, 1985, March 1985, 1985; and a day and month alone ("17 March"),
 * which still tells a birthday; months in the other languages a UK CV may use ("21ain o Ionawr 1985", "9 de março de 1987"); a Hungarian date with spaced dots (1988. 03. 14.); a month in Roman numerals (03-IV-1988) and a Hijri date (11 Rajab 1409 AH).
 */
export const DATE = `(?:${ERA_DATE}|${DAY}[/.-](?:0?[1-9]|1[0-2]|${ROMAN_MONTH})[/.-](?:(?:19|20)?\\d{2}|['’]\\d{2})|${DAY}[/.-]${MONTH}[/.-](?:(?:19|20)?\\d{2}|['’]\\d{2})|(?:19|20)\\d{2}[/.-]\\d{1,2}[/.-]\\d{1,2}|(?:19|20)\\d{2}\\. \\d{1,2}\\. \\d{1,2}\\.?|(?:${DAY}${DAY_TO_MONTH})?${MONTH}\\.?,?\\s+(?:de\\s+)?(?:${DAY},?\\s+)?${YEAR}|${DAY}${DAY_TO_MONTH}${MONTH}|${YEAR})`;

/** A date at the very start of a text (a value, or a line's first column); the caller checks what follows it. */
export const DATE_AT_START = new RegExp(`^(?:${DATE})`, 'i');

import { alternation } from './alternation';
import monthNames from './data/month-names.json';

const OTHER_MONTHS = Object.values(monthNames.groups).flat();
/** English months, then the other languages' (data/month-names.json), whole words only: "3 Mawrth 1988", "12. März 1986". */
const MONTH = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:${alternation(OTHER_MONTHS)})(?![A-Za-zÀ-ÿĀ-ž]))`;
/** The first three letters of every English month MONTH reads. */
const ENGLISH_MONTH_HEADS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth',
];
/** The tens before a unit's ordinal: "twenty-first". */
const ORDINAL_TENS = ['twenty', 'thirty'];
const ORDINAL_WORD = `(?:${ORDINALS.join('|')}|(?:${ORDINAL_TENS.join('|')})[- ]?(?:${ORDINALS.slice(0, 9).join('|')}))`;
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
/**
 * A date with the East Asian marks for year, month and day, maybe in a Japanese era or the Republic of China's, whose years
 * run from 1: "1991年8月3日", "平成3年8月3日", "民國79年4月", and Korean "1989년 3월 7일".
 */
const CJK_ERAS = ['令和', '平成', '昭和', '大正', '民國', '民国'];
const CJK_DATE = `(?:(?:${CJK_ERAS.join('|')})\\d{1,2}|\\d{4})[ \\t]?年[ \\t]?\\d{1,2}[ \\t]?月(?:[ \\t]?\\d{1,2}[ \\t]?日)?|\\d{4}년[ \\t]?\\d{1,2}월(?:[ \\t]?\\d{1,2}일)?`;
/** Between a day and its month: a German day's full stop ("12. März"), and "of", Welsh "o" or Spanish and Portuguese "de" ("9 de março de 1987"). */
const DAY_TO_MONTH = '\\.?\\s+(?:(?:of|o|de)\\s+)?';
const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
/** A year in words: "nineteen eighty-nine", "nineteen oh five", "two thousand and three", "twenty twelve". */
const YEAR_WORDS = `(?:nineteen[- ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]${UNITS})?|oh[- ]${UNITS})|two[- ]thousand(?:[- ](?:and[- ])?(?:${TEENS}|${UNITS}))?|twenty[- ](?:oh[- ]${UNITS}|${TEENS}))(?![a-z-])`;
/** A year in full, or in two digits after an apostrophe ("’90"). */
const YEAR = `(?:(?:19|20)\\d{2}|['’‘]\\d{2})`;

/**
 * A calendar date as people write it on a CV: 14/03/1985, 14.03.85, 17/3/’90, 14-3-1985, 03-Apr-1994,
 * 1985-03-14, 1985/03/14, 14 March 1985, 14th Mar 1985, the 1st of March, 1994, 17th of March ’90,
 * the twelfth of May 1987, March 14, 1985, March 1985, 1985; and a day and month alone ("17 March"),
 * which still tells a birthday; months in the other languages a UK CV may use ("21ain o Ionawr 1985", "9 de março de 1987"); a Hungarian date with spaced dots (1988. 03. 14.); a month in Roman numerals (03-IV-1988), a Hijri date (11 Rajab 1409 AH) and one with East Asian marks (平成3年8月3日).
 */
export const DATE = `(?:${CJK_DATE}|${ERA_DATE}|${DAY}[/.-](?:0?[1-9]|1[0-2]|${ROMAN_MONTH})[/.-](?:(?:19|20)?\\d{2}|['’]\\d{2})|${DAY}[/.-]${MONTH}[/.-](?:(?:19|20)?\\d{2}|['’]\\d{2})|(?:19|20)\\d{2}[/.-]\\d{1,2}[/.-]\\d{1,2}|(?:19|20)\\d{2}\\. \\d{1,2}\\. \\d{1,2}\\.?|(?:${DAY}${DAY_TO_MONTH})?${MONTH}\\.?,?\\s+(?:de\\s+)?(?:${DAY},?\\s+)?${YEAR}|${DAY}${DAY_TO_MONTH}${MONTH}|${YEAR})`;

/**
 * What DATE starts with, as a look-ahead: each of its forms starts with a digit, an apostrophe before a two-digit year,
 * a day in words (ORDINAL_WORD) or a month (MONTH), and those words with their first three letters. Far shorter than
 * DATE, so a pattern can check cheaply that a date could follow a label before it runs (and so compiles) one that reads
 * the date (tests/unit/anonymise/date-pattern.test.ts tries every form).
 */
export const DATE_START = `(?=\\d|['’‘]|${CJK_ERAS.join('|')}|${alternation([...ORDINALS, ...ORDINAL_TENS, ...ENGLISH_MONTH_HEADS, ...OTHER_MONTHS].map((word) => word.slice(0, 3)))})`;

/** A day of the week by its name. */
export const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
/** A weekday told as the time of a birth, without its date: "a Tuesday", "Sunday morning". */
export const WEEKDAY_TOLD = `(?:a[ \\t]+)?${WEEKDAY}(?:[ \\t]+(?:morning|afternoon|evening|night))?`;
/** A date at the very start of a text (a value, or a line's first column); the caller checks what follows it. */
export const DATE_AT_START = new RegExp(`^(?:${DATE})`, 'i');

/**
 * The year after a day and a month, written so that DATE does not read it: in words ("the 14th of February,
 * nineteen eighty-nine"), or in another era with its name first ("15 March B.E. 2538", the Thai Buddhist era).
 * Read after a date, apart from DATE, which is as long as a linear-time check can still judge.
 */
export const YEAR_IN_WORDS_AFTER = new RegExp(`^,?[ \\t]+${YEAR_WORDS}`, 'i');
export const ERA_YEAR_AFTER = /^,?[ \t]+(?:AH|A\.H\.|BE|B\.E\.)[ \t]?\d{3,4}(?![\w.])/;
/** Hungarian months, whole and cut short ("máj."), which a Hungarian date writes after its year. */
const HUNGARIAN_MONTHS = [
  'január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december',
  'jan', 'febr', 'márc', 'ápr', 'máj', 'jún', 'júl', 'aug', 'szept', 'okt', 'nov', 'dec',
];
/**
 * The month and day after a year, in the Hungarian order ("1987. május 19.", "1990. febr. 3.") and the Lithuanian, whose
 * year takes "m." (metai) and day "d." (diena), its month in the genitive: "1987 m. kovo 5 d.". Read after a year, apart
 * from DATE, which is as long as a linear-time check can still judge.
 */
export const MONTH_DAY_AFTER_YEAR = new RegExp(
  `^(?:\\.[ \\t]?(?:${HUNGARIAN_MONTHS.join('|')})(?![\\p{L}])\\.?|[ \\t]?m\\.[ \\t]?(?:${monthNames.groups.lithuanian.join('|')})(?![\\p{L}]))[ \\t]+(?:0?[1-9]|[12]\\d|3[01])(?:[ \\t]?d\\.|\\.)?(?!\\d)`,
  'iu',
);

/** A span of years opening a run of digits ("2015 2019", "2012-2016"), which a line's next figure ("24 beds") makes no phone or NHS number. */
export const YEARS_FIRST = /^(?:19|20)\d{2}(?:[ \t]*[-–/][ \t]*|[ \t]+|[ \t]*\n[ \t]*)(?:19|20)\d{2}(?!\d)/;

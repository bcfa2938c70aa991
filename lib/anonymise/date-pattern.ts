const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';

/**
 * A calendar date as people write it on a CV: 14/03/1985, 14.03.85, 14-3-1985, 03-Apr-1994, 1985-03-14,
 * 14 March 1985, 14th Mar 1985, March 14, 1985, March 1985, 1985.
 */
export const DATE = `(?:${DAY}[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)?\\d{2}|${DAY}[/.-]${MONTH}[/.-](?:19|20)?\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2}|(?:${DAY}\\s+(?:of\\s+)?)?${MONTH}\\.?,?\\s+(?:${DAY},?\\s+)?(?:19|20)\\d{2}|(?:19|20)\\d{2})`;

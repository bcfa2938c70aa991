import { nounClass } from '../engine/lexicon';
import { bracketAfter } from './bracket-after';
import { forEachCell } from './cell-breaks';
import { DATE, DATE_AT_START, DATE_START, ERA_YEAR_AFTER, MONTH_DAY_AFTER_YEAR, WEEKDAY, WEEKDAY_TOLD, YEAR_IN_WORDS_AFTER } from './date-pattern';
import { placeAfterBirthDate } from './find-origin';
import { lineStart } from './line-start';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { needing } from './needed-words';
import type { Span } from './span';
import { leadingLength, trailingLength } from './trim-chars';

/**
 * The labels of a date of birth, the one list the label reading (DOB) and the field reading (FIELD_LABEL) use: English,
 * also as a key of data kept as code ("date_of_birth", "birthDay") or a contact card's property ("BDAY:1986-03-22",
 * "BDAY;VALUE=date:19860322", a vCard pasted at the head of a CV), and the labels of other languages' CVs.
 */
const BIRTH_DATE_LABELS =
  '\\b(?:date[ _]?of[ _]?birth|birth[ _]?(?:date|day)|bday(?:;value=date)?|d\\.?o\\.?b\\.?|data de nascimento|fecha de nacimiento|date de naissance|geburtsdatum|data urodzenia|data di nascita|geboortedatum|do[gğ]um tarihi|tanggal lahir|tarikh lahir|ng[àa]y sinh|data na[sșş]terii|datum ro[dđ]enja|datum narozen[íi]|gimimo data|dzim[sš]anas datums|f[æa]e?[ðd]ingardag(?:ur)?|dat[ëe]lindja|data e lindjes|sz[üu]let[ée]si (?:d[áa]tum|id[őo])|petsa ng kapanganakan)|' +
  // Labels in scripts without Latin letters, which a word boundary (of ASCII's word characters) cannot open: Korean,
  // Japanese, Chinese, Bulgarian and Russian, Ukrainian, Greek; and a birthday cake, a CV builder's icon for the field.
  '🎂|생년월일|生年月日|出生年月日|出生日期|дата на раждане|дата рождения|дата народження|ημερομηνία γέννησης';
/** A year of birth's labels (Europass's field): a field's, as a year alone is a birth's only in its field. */
const BIRTH_YEAR_LABELS = 'year of birth|birth ?year|geburtsjahr|anno di nascita|año de nacimiento|année de naissance|ano de nascimento|rok urodzenia';
/** "Born" in the other languages CVs use (Spanish, Portuguese, French, German, Polish, Romanian), one list for the label, the word alone and a place after it. */
const BORN_ABROAD = '(?:nacid[oa]|nascid[oa]|n[ée]e?|geboren|urodzon[ya]|n[ăa]scut[ăa]?)';
/** The word after "born" before its date: "nacido el", "geboren am", "urodzona dnia". */
const BORN_PREPOSITION = '(?: el| em| a| le| am| la| pe| dnia)?';
/**
 * A date of birth's label or a word for "born", and what may stand between it and the date (DOB): a data key's "value:" too,
 * its label the pair's name on the line above ("- name: Date of Birth" / "  value: 21st April 1997"). The English label may
 * be the gloss in brackets of a label in the writer's own language, its bracket closing before the colon ("Sünniaeg (date of birth): …").
 */
const DOB_LABEL = `(?:(${BIRTH_DATE_LABELS})\\)?(?:\\s+(?:is|was))?(?: ?\\([^()\\n]{0,80}\\))?(?: ?\\.\\.+)?|\\b(born(?: on| in)?|(?<=\\()b\\.|${BORN_ABROAD}${BORN_PREPOSITION}))\\s*(?:(?::-|[:\\-–|])\\s*)?(?:value[ \\t]*:[ \\t]*)?(?:the\\s+)?`;
const DOB = new RegExp(`${DOB_LABEL}(${DATE})(?![\\w/])`, 'gi');
/**
 * A date in the American order after the same label, read only where the day is past 12 and so cannot be a month: "DOB
 * 03-14-1992", "Date of birth: 11/23/1988". Apart from DATE, which every other date reading shares.
 */
const US_DOB = new RegExp(`${DOB_LABEL}((?:0?[1-9]|1[0-2])[/.-](?:1[3-9]|2\\d|3[01])[/.-](?:19|20)?\\d{2})(?![\\w/])`, 'gi');
/**
 * What every match of DOB starts with: its label, before something a date may start with. DOB holds DATE (7,037
 * characters in all), which V8 takes about 40 ms to compile, longer than a short text takes to anonymise, and the
 * words its labels need are common ("ne" for "née" is in "need" and "new"); this pattern, a tenth of its length, finds
 * a text that cannot match it, most statements, before it is compiled.
 */
const DOB_LABEL_BEFORE_DATE = new RegExp(`${DOB_LABEL}${DATE_START}`, 'i');

/** A date's format in brackets: "(dd/mm/yyyy)", "(DD.MM.YY)", "(mm-dd-yyyy)". */
const FORMAT_HINT = /\((?:[dmy]{1,4}[ \t]?[/.-][ \t]?){1,2}[dmy]{1,4}\)/i;
const BORN = /\bborn\b/gi;
/** A Czech, Slovak or German date with a blank after each dot ("14. 3. 1987"), read apart from DATE, whose day before a dot and a blank is already read several ways. */
const SPACED_DOTS_DATE = '\\d{1,2}\\. \\d{1,2}\\. (?:19|20)\\d{2}';
const ON_DATE = new RegExp(`\\bon\\s+(?:the\\s+)?(${SPACED_DOTS_DATE}(?![\\d.])|${DATE})(?![\\w/])`, 'i');
/** "Born in Kraków, Poland (28/11/1991)": the date in brackets after the place. */
const BRACKETED_DATE = new RegExp(`\\(\\s?(${DATE})\\s?\\)`, 'i');
/**
 * A bracket that restates the date, maybe with a note around it: "(16/04/1991)", "(i.e. 3 March 1971)", "(Heisei 3, 14 May
 * 1991)", "(that is 30 July 1975 in English date)". Read in code: a short bracket on its line, and a date inside it.
 */
const SHORT_BRACKET = /^\([^()\n]{1,62}\)/;
/** Where a date may start inside the bracket: after its opening, a blank or a comma. */
const WORD_START = /(?<=^\(|[\s,])\S/g;
/** How many words a note around the date may hold. */
const NOTE_WORDS = 6;

/** The date a bracket restates, as its text, or null. */
function restatedDate(bracket: string): string | null {
  for (const start of matchAll(bracket, WORD_START)) {
    const date = DATE_AT_START.exec(bracket.slice(start.index, -1))?.[0];
    if (!date) continue;
    const note = bracket.slice(1, start.index) + bracket.slice(start.index + date.length, -1);
    return note.split(/[\s,;:]+/).filter(Boolean).length <= NOTE_WORDS ? date : null;
  }
  return null;
}

/** What opens the clause before the place: a colon or "in", then blanks. Shared by PLACE_THEN and placeBeforeDate, which must agree. */
const PLACE_LEAD = /^(?::|[ \t]+in\b)?[ \t]*/;
/** "Born: Caernarfon, 23 Mehefin 1995": a place of one part and a comma, before the date (read with DATE_AT_START). */
const PLACE_THEN = new RegExp(`${PLACE_LEAD.source}\\p{L}[^,:\\d\\n]{1,29},[ \\t]*`, 'u');
/** A date of birth in numbers with a blank either side of each stroke or dash: "Date of Birth .. 1988 / 09 / 30". */
const SPACED_DOB = /\b(?:date of birth|d\.?o\.?b|birth ?date)(?![a-z])[^\n\d]{0,12}((?:19|20)\d{2} [/-] \d{1,2} [/-] \d{1,2}|\d{1,2} [/-] \d{1,2} [/-] (?:19|20)\d{2})(?![\w/])/gi;

/** SPACED_DOTS_DATE after a birth's label: "Born 14. 3. 1987", "Geburtsdatum: 2. 11. 1990". */
const SPACED_DOTS_DOB = new RegExp(
  `\\b(?:born|date of birth|d\\.?o\\.?b\\.?|geboren(?: am)?|geburtsdatum|narozen[aá]?|datum narozen[íi])[ \\t]*(?::[ \\t]*)?(${SPACED_DOTS_DATE})(?![\\d.])`,
  'gi',
);
/** A word for "born" and its small word alone before a date: "Born ", "(b. ", "Nacida el ", "geboren am ". */
const BIRTH_WORD_ALONE = new RegExp(`^(?:born|b\\.|${BORN_ABROAD}${BORN_PREPOSITION})\\s$`, 'i');
/** The French first of a month and its year, "1er mars 1990": a birth's when "born" or "né(e)" stands shortly before it. */
const FRENCH_FIRST = /\b1er[ \t]+\p{Ll}{3,9}[ \t]+(?:19|20)\d{2}(?!\d)/gu;
const BORN_SHORTLY_BEFORE = /\b(?:born|n[ée]e?)\b[^.;\n]{0,40}$/i;
/**
 * A month's name and a year with another calendar's era after it, maybe a day too: "Baisakh 2053 B.S.", "12 Tir 1365 SH",
 * "Meskerem 3, 1982 E.C.". A birth's when "born" stands shortly before it ("born in Pokhara in Baisakh 2053 B.S."): its figures
 * are no Gregorian year, so no other date reading takes it.
 */
const ERA_DATE = /(?<![\p{L}\d])(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?\p{Lu}\p{Ll}{2,15}(?:[ \t]+\d{1,2},?)?[ \t]+\d{3,4}[ \t]?(?:B\.S\.|E\.C\.|A\.H\.|B\.E\.|(?:BS|EC|AH|BE|SH|ME)(?![\p{L}\d]))/gu;

/** Where, in a clause after "born", the date after "Born: <place>," starts and ends, or null (a bare year is no birth date here). */
function dateAfterPlace(clause: string): [number, number] | null {
  const place = PLACE_THEN.exec(clause);
  if (!place) return null;
  const start = place[0].length;
  const date = DATE_AT_START.exec(clause.slice(start));
  // A day must lead: a month and year alone after the place ("Born in Leeds, March 1990") is read with the place.
  if (!date || !/^\d/.test(date[0]) || /^\d{4}$/.test(date[0]) || /^[\w/]/.test(clause.slice(start + date[0].length))) return null;
  return [start, start + date[0].length];
}

/**
 * The place before the date dateAfterPlace read ("Born    Busan, 1988.04.17"), where it opens with a capital: a birth's
 * place and date set side by side make it the place of birth, whether or not a list knows the town.
 */
function placeBeforeDate(clause: string, dateStart: number): [number, number] | null {
  const start = PLACE_LEAD.exec(clause)![0].length;
  const end = clause.lastIndexOf(',', dateStart);
  return /^\p{Lu}/u.test(clause.charAt(start)) && end > start ? [start, start + clause.slice(start, end).trimEnd().length] : null;
}

/** "born in Shiraz (": the place of birth, then a bracket. */
const PLACE_THEN_BRACKET = /^[ \t]+in[ \t]+\p{Lu}[\p{L}\p{M}'’ ,-]{0,40}\($/u;
/** A calendar's name or its era's letters beside a year: "Shamsi calendar", "B.S.", "AH". */
const CALENDAR_NOTE = /\b(?:calendar|era|Shamsi|Hijri|Jalali|Solar|lunar)\b|(?<![\w.])(?:A\.H|B\.S|B\.E|E\.C)\.|\b(?:AH|BS|BE|EC)\b/i;

/**
 * Where, after "born", the inside of a bracket after the place that gives the year of birth in another calendar starts and
 * ends, relative to `at`: "born in Shiraz (1368 Shamsi calendar; 1989)", "Born in Kathmandu (2046 B.S. / 1989)". A
 * bracket of years and nothing of a calendar is something else ("born in Poland (moved here in 2004)").
 */
function yearInCalendars(text: string, at: number): [number, number] | null {
  const open = text.indexOf('(', at);
  if (open < 0 || open - at > 50 || !PLACE_THEN_BRACKET.test(text.slice(at, open + 1))) return null;
  const bracket = bracketAfter(text, open, 60);
  if (!bracket || !YEAR_DIGITS.test(bracket.inside) || !CALENDAR_NOTE.test(bracket.inside)) return null;
  const start = open + 1 + leadingLength(bracket.inside, /\s/) - at;
  return [start, open + bracket.length - 1 - trailingLength(bracket.inside, /\s/) - at];
}

/** Where a match's group 1 (the date) starts and ends in the clause it was run on, or null. */
function dateOf(m: RegExpExecArray | null): [number, number] | null {
  if (!m?.[1]) return null;
  const start = m.index + m[0].lastIndexOf(m[1]);
  return [start, start + m[1].length];
}

/** A label alone in a column at the start of a line: "D.O.B.", "Born", "Date of birth:". */
const COLUMN_LABEL = /^[ \t]{0,8}(?:date of birth|birth ?date|d\.?o\.?b\.?|born)(?![\w.])(?: ?:)?/gim;
/** The gap between two columns a merged two-column layout leaves, or the end of the line. */
const COLUMN_GAP = /^(?: {2}|\t| ?\r?\n)/;
/** A date-of-birth label ending its line in a second column ("…ICD-10 coding      DATE OF BIRTH"), found anywhere; its column is checked in code. */
const SECOND_COLUMN_LABEL = /(?:date of birth|birth ?date|d\.?o\.?b\.?)(?![\w.])(?: ?:)?[ \t]*$/gim;
/** How far from the label's column its value may start on the next line. */
const COLUMN_SLACK = 4;

/**
 * A date-of-birth label (maybe joined to the age's: "DOB / Age:") followed by a value that starts with a digit; where it
 * stands is checked in code. A year of birth is one too ("Year of birth: 2001", Europass's field; "Geburtsjahr 1990"). So is
 * a table's row in Markdown ("| **Date of Birth:** | 07-09-2004 |") and a key of data kept as code, its value in quotes
 * ("dateOfBirth: \"23/09/2001\"", "birthDay: '28-08-1995'", "date_of_birth"), PHP's and Ruby's arrow too ('DOB         =>  "12 July 1974"').
 */
const FIELD_LABEL = new RegExp(
  `(?:${BIRTH_DATE_LABELS}|\\b(?:${BIRTH_YEAR_LABELS}))(?![\\w.])\\)?(?:[ \\t]?(?:\\/|&|and)[ \\t]?age(?![\\w.]))?["']?(?:\\*\\*|__)?(?:[ \\t]{0,16}(?:=>|:))?(?:\\*\\*|__)?[ \\t]{0,24}(?:\\|[ \\t]{0,8})?["'\`]?(?=\\d)`,
  'gi',
);
/**
 * The same label before a value that opens with a word, set off by a colon or a column's gap: "Date of birth
 * Heisei 2, 11 July (1990)" (a Japanese era and its year). Taken only when the value holds a year's digits.
 */
const WORD_FIELD_LABEL = /\b(?:date of birth|birth ?date|d\.?o\.?b\.?)(?![\w.])(?:[ \t]{0,2}:[ \t]{0,4}|[ \t]{2,40}|\t)(?=\p{L})/giu;
/** A year's digits in a value, of any calendar. */
const YEAR_DIGITS = /(?<!\d)\d{3,4}(?!\d)/;
/** A date-of-birth label with words before its colon: "Date of birth again for form: 02-10-1997". */
const WORDED_LABEL = /\b(?:date of birth|birth ?date|d\.?o\.?b\.?)(?![\w.])[ \t]+\p{L}[\p{L} ]{0,30}:[ \t]*/giu;
/** One label for a place and a date of birth, in either order: "Place/Date of Birth :", "Date and place of birth:". */
const PLACE_AND_DATE_LABEL = /\b(place[ \t]*(?:\/|&|and)[ \t]*date|date[ \t]*(?:\/|&|and)[ \t]*place)[ \t]+of[ \t]+birth[ \t]*:?[ \t]*/gi;
/**
 * Another label for the same field before one, joined by a slash or "and" ("Fecha de nacimiento / DOB:"), or the label in
 * the writer's own language whose gloss in brackets the English label is ("Sünniaeg (date of birth):").
 */
const JOINED_LABEL = /^\p{L}[\p{L}\p{M} .]{0,40}(?:\/|&|\band|[ \t]?\()[ \t]?$/iu;
/** What ends a field's value: the line, a column's gap, a tab or a bar. */
const FIELD_END = /\n| {2}|\t|\|/;
/** The longest value read as a date of birth. */
const FIELD_MAX = 48;

/** Where a field's value ends: after its last digit, and a bracket closing straight after it ("12 Mehr 1370 (4 October 1991)"). */
function valueEnd(value: string): number {
  let end = value.length;
  while (end > 0 && !/\d/.test(value.charAt(end - 1))) end--;
  return end > 0 && value.charAt(end) === ')' ? end + 1 : end;
}

/**
 * "Date of birth 12 Mehr 1370 (4 October 1991)   Age 35": a label that opens its line or its cell
 * (after a gap, a tab or a bar) makes a field, and the whole of its value is the date of birth,
 * whatever calendar or form it is written in. In running prose ("date of birth and 2 forms of ID")
 * the label does not open a field, and nothing is taken.
 */
function fieldValues(text: string, spans: Span[]): void {
  for (const m of matchAll(text, FIELD_LABEL)) {
    if (!opensField(text, m.index)) continue;
    const start = m.index + m[0].length;
    // Under a label joined to the age's ("Date of birth and age: 17/11/1979, 46"), the date alone.
    const joined = /age\W*$/i.test(m[0]) ? DATE_AT_START.exec(text.slice(start, start + 60))?.[0] : undefined;
    const value = joined ?? fieldValue(text, start);
    // A date the label reader already took keeps its own end ("D.O.B: 1991/10/04 (35)", an age after it), unless the
    // field goes on with the same date in brackets ("3 Farvardin 1365 (23 March 1986)"): the field is one date.
    const taken = spans.find((span) => span.start === start);
    if (taken) {
      const whole = value === null ? 0 : valueEnd(value);
      const rest = text.slice(taken.end, start + whole);
      if (whole > 0 && BRACKETED_DATE.test(rest) && /^[ \t]?\(.*\)$/.test(rest)) taken.end = start + whole;
      continue;
    }
    // The value ends at its last digit, or the bracket closing after it: "12 Mehr 1370 Place of birth Tehran" keeps its next label.
    const end = value === null ? 0 : valueEnd(value);
    if (end > 0) spans.push(makeSpan('date-of-birth', start, start + end));
  }
  // "Date of birth again for form: 02-10-1997": with words before the colon, only a date is taken.
  for (const m of matchAll(text, WORDED_LABEL)) {
    if (!opensField(text, m.index)) continue;
    const start = m.index + m[0].length;
    const date = DATE_AT_START.exec(text.slice(start, start + 80));
    if (date) spans.push(makeSpan('date-of-birth', start, start + date[0].length));
  }
  // "Place/Date of Birth : Klaten, Central Java, 9 August 1982": the date is the date of birth, the rest the place.
  for (const m of matchAll(text, PLACE_AND_DATE_LABEL)) {
    if (!opensField(text, m.index)) continue;
    const start = m.index + m[0].length;
    const value = fieldValue(text, start);
    if (!value) continue;
    const date = /^place/i.test(m[1]!) ? dateEnding(value) : { start: 0, end: DATE_AT_START.exec(value)?.[0].length ?? 0 };
    if (!date || date.end === 0) continue;
    spans.push(makeSpan('date-of-birth', start + date.start, start + date.end));
    // The place is the rest of the value, without the commas between: before the date or after it.
    const [from, to] = date.start > 0 ? [0, date.start] : [date.end, value.length];
    const place = value.slice(from, to);
    const lead = leadingLength(place, SEPARATOR);
    const kept = place.length - trailingLength(place, SEPARATOR);
    if (kept > lead) spans.push(makeSpan('origin', start + from + lead, start + from + kept));
  }
  // Last, so that a value another label's reader took ("Place/Date of birth: Kandy, …") keeps its readings.
  for (const m of matchAll(text, WORD_FIELD_LABEL)) {
    if (!opensField(text, m.index)) continue;
    const start = m.index + m[0].length;
    const value = fieldValue(text, start);
    const end = value !== null && YEAR_DIGITS.test(value) ? valueEnd(value) : 0;
    if (end > 0 && !spans.some((span) => span.start < start + end && start < span.end)) spans.push(makeSpan('date-of-birth', start, start + end));
  }
}

const SEPARATOR = /[\s,;-]/;

/** The date that ends a value ("Klaten, Central Java, 9 August 1982"), tried after each blank or comma. */
function dateEnding(value: string): { start: number; end: number } | null {
  let last = value.length;
  while (last > 0 && /[\s.]/.test(value.charAt(last - 1))) last--;
  for (let at = 0; at < last; at++) {
    if (at > 0 && !/[\s,;]/.test(value.charAt(at - 1))) continue;
    const date = DATE_AT_START.exec(value.slice(at, last));
    if (date && at + date[0].length === last) return { start: at, end: last };
  }
  return null;
}

/** Whether a label at `index` opens its line or its cell (after a gap, a tab or a bar), or follows another label for the same field. */
function opensField(text: string, index: number): boolean {
  // Markdown's bold or a key's quote opening the label is no text before it: "| **Date of Birth:**", '"dateOfBirth":'.
  const before = text.slice(lineStart(text, index, 80), index).replace(/(?:\*\*|__|["'])$/, '');
  return !before.trim() || /(?: {2}|\t|\|[ \t]?)$/.test(before) || JOINED_LABEL.test(before.trimStart());
}

/** A field's value from `start` to the end of its line or cell, or null when none ends within FIELD_MAX. */
function fieldValue(text: string, start: number): string | null {
  const rest = text.slice(start, start + FIELD_MAX + 1);
  const cut = FIELD_END.exec(rest);
  if (!cut && rest.length > FIELD_MAX) return null;
  return cut ? rest.slice(0, cut.index) : rest;
}

/**
 * "D.O.B.      Advanced Nurse Practitioner\n14th June 1988      Kenton Bridge…": a two-column CV
 * merged line by line puts a label and its value on two lines, each followed by the other column's
 * text. The label ends its line or its column (two spaces or a tab after it); the date opens the
 * next line and ends its column too.
 */
function columnDates(text: string, spans: Span[]): void {
  for (const m of matchAll(text, COLUMN_LABEL)) {
    const after = m.index + m[0].length;
    const eol = text.indexOf('\n', after);
    if (eol < 0 || !COLUMN_GAP.test(text.slice(after, after + 3))) continue;
    let start = eol + 1;
    while (start < eol + 9 && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
    // The date that starts the next line, alone in its column: "14th June 1988      Kenton Bridge…".
    const next = DATE_AT_START.exec(text.slice(start, start + 80));
    if (!next) {
      placeThenDateBelow(text, start, spans);
      continue;
    }
    const end = start + next[0].length;
    if (end < text.length && !COLUMN_GAP.test(text.slice(end, end + 3))) continue;
    spans.push(makeSpan('date-of-birth', start, end));
  }
  secondColumnDates(text, spans);
}

/**
 * Whether a date's year could be a working adult's birth: 1940 to 2010. The label may head a column whose next line is a job's
 * or a course's "place, date" ("Cardiff and Vale UHB, 01.09.2015"), which only the year tells apart. A year in two figures passes.
 */
function adultBirthYear(date: string): boolean {
  const year = /(?<!\d)(?:19|20)\d\d(?!\d)/.exec(date);
  return !year || (Number(year[0]) >= 1940 && Number(year[0]) <= 2010);
}

/**
 * "BORN⏎Hà Nội, 27.02.1990        Accredited Checking Technician": under a label alone in its column, the place of birth,
 * a comma and the date, the cell ending after the date. Both go.
 */
function placeThenDateBelow(text: string, start: number, spans: Span[]): void {
  const line = text.slice(start, start + 80);
  const cell = line.slice(0, /\n| {2}|\t/.exec(line)?.index ?? line.length);
  const date = dateAfterPlace(cell);
  if (!date || date[1] !== cell.length || !adultBirthYear(cell.slice(date[0], date[1]))) return;
  const place = placeBeforeDate(cell, date[0]);
  spans.push(makeSpan('date-of-birth', start + date[0], start + date[1]));
  if (place) spans.push(makeSpan('origin', start + place[0], start + place[1]));
}

/**
 * The line after the one holding `index` (`eol` is the break before it), and where in it the column that starts at
 * `column` has its first character, blanks skipped up to COLUMN_SLACK; null on the text's last line.
 */
function cellBelow(text: string, index: number, column: number): { eol: number; below: string; at: number } | null {
  const eol = text.indexOf('\n', index);
  if (eol < 0) return null;
  const next = text.indexOf('\n', eol + 1);
  const below = text.slice(eol + 1, next < 0 ? text.length : next);
  let at = column;
  while (at < below.length && at < column + COLUMN_SLACK && (below.charCodeAt(at) === 32 || below.charCodeAt(at) === 9)) at++;
  return { eol, below, at };
}

/**
 * "…audit work.        DATE OF BIRTH\n…above 95% in        1990-05-17": the label ends its line in
 * the second column, after a column's gap, and the date stands in the same column on the next line,
 * after a gap and ending the line or its cell.
 */
function secondColumnDates(text: string, spans: Span[]): void {
  for (const m of matchAll(text, SECOND_COLUMN_LABEL)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const column = m.index - lineStart;
    if (column < 3 || !/(?:\t| {3})$/.test(text.slice(m.index - 3, m.index))) continue;
    const cell = cellBelow(text, m.index, column);
    if (!cell) continue;
    const { eol, below, at } = cell;
    if (at >= below.length || !/(?:\t| {2})$/.test(below.slice(Math.max(0, at - 2), at))) continue;
    const date = DATE_AT_START.exec(below.slice(at, at + 80));
    if (!date) continue;
    const end = at + date[0].length;
    if (end < below.length && !COLUMN_GAP.test(below.slice(end, end + 3))) continue;
    spans.push(makeSpan('date-of-birth', eol + 1 + at, eol + 1 + end));
  }
}

/**
 * A table's row of labels with no figures in it, as a PDF's text flattens one: "Name Date of birth", "Post held Date of birth".
 * A few labels, each a capitalised word and maybe one in lower case after it ("Full name", "Place of birth"); prose wrapping
 * after "date of birth" ("Positive patient identification using name and") is not one.
 */
const LABEL_ROW = /^(?:\p{Lu}[\p{L}./()&-]{0,30}[ \t]+(?:(?:of[ \t]+)?\p{Ll}[\p{L}./()-]{0,20}[ \t]+)?|[/&-][ \t]+){1,6}$/u;
/** How far back from a line's end its last cell's date may start. */
const LAST_CELL = 40;

/**
 * A table flattened to single blanks, its labels on one line and the values on the next: "Name Date of birth" over
 * "Kwabena Asante 12.12.1975". No column lines up, but the row's last label is over its last value, so a date closing the
 * next line after a blank is the birth's when that label closes a row of labels (not its first word, which is read as a field).
 */
function lastCellDates(text: string, spans: Span[]): void {
  for (const m of matchAll(text, SECOND_COLUMN_LABEL)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const labels = text.slice(lineStart, m.index);
    if (!/\p{L}[ \t]+$/u.test(labels) || !LABEL_ROW.test(labels)) continue;
    const eol = text.indexOf('\n', m.index + m[0].length);
    if (eol < 0) continue;
    const next = text.indexOf('\n', eol + 1);
    const below = text.slice(eol + 1, next < 0 ? text.length : next).trimEnd();
    for (let at = Math.max(1, below.length - LAST_CELL); at < below.length; at++) {
      if (below[at - 1] !== ' ' && below[at - 1] !== '\t') continue;
      const date = DATE_AT_START.exec(below.slice(at));
      if (date?.[0].length !== below.length - at || !/\d{4}/.test(date[0])) continue;
      spans.push(makeSpan('date-of-birth', eol + 1 + at, eol + 1 + below.length));
      break;
    }
  }
}

/**
 * "Born on St Brigid's Day 1992", "born on Nowruz, 1 Farvardin 1362": a feast or a festival named as the day of
 * birth, with "Day" or "Eve" in its name (and maybe its year), or with the date it fell on after a comma.
 */
const NAMED_DAY = /\b[Bb]orn[ \t]+on[ \t]+((?:St\.?[ \t]+)?[A-Z][\p{L}'’-]+(?:[ \t]+[A-Z][\p{L}'’-]+){0,2})(?:[ \t]+(?:19|20)\d{2}(?!\d))?/gu;

/** A day, a month's name and a year in figures, in whatever calendar: "1 Farvardin 1362", "12 Meskerem 1989". */
const CALENDAR_DATE = /^\d{1,2}[ \t]+[A-Z][a-z]{2,15}[ \t]+\d{3,4}(?![\w])/;

/**
 * What joins a date to the same date in another calendar or form: "1st Rajab 1400 AH / 15th May 1980", "… (4 October 1991)"
 * (on the next line too), "… or 15/05/80", a dash set off by blanks or a clause that restates it on the same line ("… – 9
 * Muharram 1401, which is 17 November 1980", "…, i.e. 17/11/1980").
 */
const ALSO = /^(?:(?:[ \t]*\n)?[ \t]*(?:\/|\(|=|or\b)|[ \t]+[–—-]|,?[ \t]+(?:which[ \t]+(?:is|was)|that[ \t]+is|i\.e\.|ie))[ \t]*/i;
/**
 * A year of another calendar named by its calendar: "Nepali year 2041", "the year 1362 in the Persian calendar", "1362 in the
 * Solar Hijri calendar". Its figures are no Gregorian year, so a calendar's word must stand with them.
 */
const CALENDAR_TAIL = '[ \\t]+(?:in|of|by)[ \\t]+the(?:[ \\t]+\\p{Lu}[\\p{L}-]*){1,3}[ \\t]+calendar';
const CALENDAR_YEAR = new RegExp(`^(?:(?:the[ \\t]+)?(?:\\p{Lu}[\\p{L}-]*[ \\t]+){0,2}year[ \\t]+\\d{3,4}(?![\\w])(?:${CALENDAR_TAIL})?|\\d{3,4}${CALENDAR_TAIL})`, 'u');
/** "born in the year 1362 in the Persian calendar": a birth's label, then such a year. */
const BORN_IN_CALENDAR_YEAR = /\bborn[ \t]+(?:in[ \t]+)?(?=(?:the[ \t]+)?(?:\p{Lu}[\p{L}-]*[ \t]+){0,2}year\b|\d{3,4}[ \t]+(?:in|of|by)[ \t]+the\b)/giu;

/** A date of birth where `start` is, in any form a date or a calendar's year takes, or null. */
function birthDateAt(text: string, start: number): string | null {
  const rest = text.slice(start, start + 60);
  return DATE_AT_START.exec(rest)?.[0] ?? CALENDAR_DATE.exec(rest)?.[0] ?? CALENDAR_YEAR.exec(rest)?.[0] ?? null;
}

/** A short bracket's inside, on its line. */
const BRACKET_INSIDE = /^[^()\n]{4,40}(?=\))/;
/** Groups of figures. */
const FIGURES = /\d+/g;

/**
 * A bracket after a date of birth that writes it again in words no date reading knows, with the same year and figures of a
 * day and a month only: "5 May 1990 (1990 оны 5 сарын 5)", "(1990 m. gegužės 5)". The bracket's inside is the date.
 */
function sameYearBracket(text: string, span: Span, join: string, start: number): string | null {
  if (!join.includes('(') || join.includes('\n')) return null;
  const year = /(?:19|20)\d{2}/.exec(text.slice(span.start, span.end))?.[0];
  const inside = BRACKET_INSIDE.exec(text.slice(start, start + 41))?.[0].trimEnd();
  const figures: string[] = inside?.match(FIGURES) ?? [];
  if (!year || !inside || figures.length < 2 || !figures.includes(year)) return null;
  // An English list of the year's counts is no date: "(1991, 12 wards)".
  if (new RegExp(`${year}[ \t]*,`).test(inside) || (inside.match(/\p{L}+/gu) ?? []).some((word) => nounClass(word.toLowerCase()))) return null;
  return figures.every((group) => group === year || (group.length <= 2 && Number(group) <= 31)) ? inside : null;
}

/** The same birth date written again straight after one found, in another calendar or form: each is taken, and each a chain of them gives. */
function alsoWritten(text: string, spans: Span[]): void {
  const taken = new Set(spans.map((span) => `${span.start}:${span.end}`));
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.type !== 'date-of-birth') continue;
    const join = ALSO.exec(text.slice(span.end, span.end + 16));
    if (!join) continue;
    const start = span.end + join[0].length;
    const read = birthDateAt(text, start);
    const date = !read || /^\d{4}$/.test(read) ? (sameYearBracket(text, span, join[0], start) ?? read) : read;
    // A bare year only alone in its brackets on the date's own line: "15 March B.E. 2538 (1995)" gives the year in
    // the Gregorian calendar, but "(2019)" opening the next line is the year of what follows.
    const bracketed = join[0].includes('(') && !join[0].includes('\n') && text[start + (date?.length ?? 0)] === ')';
    if (!date || (/^\d{4}$/.test(date) && !bracketed) || taken.has(`${start}:${start + date.length}`)) continue;
    taken.add(`${start}:${start + date.length}`);
    spans.push(makeSpan('date-of-birth', start, start + date.length));
  }
}

/**
 * A footnote's mark after a date of birth: a superscript figure or a sign ("1990†"), or a note's number in brackets ("12 Adar
 * 5750 (note ³)", its superscript a figure once the text is normalised).
 */
const NOTE_MARK = /^[ \t]?(?:\((?:see[ \t]+)?(?:note|fn\.?)[ \t]?(\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\)|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|[*†‡]))/;

/** Words that say a footnote gives the same thing again: "i.e.", "that is", "=". */
const RESTATING = /^(?:i\.?e\.?,?|that[ \t]+is,?|=)[ \t]{1,2}/i;

/**
 * A footnote a date of birth points to, which gives it again: the line that opens with the same mark and then a date ("²
 * 21 May 1988. …", "⁴ i.e. 21 May 1988"). The date there is the birth's too.
 */
function footnotedDates(text: string, spans: Span[]): void {
  for (const span of spans.slice()) {
    const note = span.type === 'date-of-birth' ? NOTE_MARK.exec(text.slice(span.end, span.end + 16)) : null;
    const mark = note?.[1] ?? note?.[2];
    // The first line after it that opens with the mark, then a blank (a figure's mark: "2 21 May 1988", not "2019–2022").
    for (let at = mark ? text.indexOf(`\n${mark}`, span.end) : -1; at >= 0; at = text.indexOf(`\n${mark}`, at + 1)) {
      const gap = leadingLength(text.slice(at + 1 + mark!.length, at + 9), /[ \t]/);
      if (!gap && /\d/.test(mark!)) continue;
      const said = at + 1 + mark!.length + gap;
      const start = said + (RESTATING.exec(text.slice(said, said + 12))?.[0].length ?? 0);
      const date = DATE_AT_START.exec(text.slice(start, start + 60))?.[0];
      if (date && !/^[\w/]/.test(text.slice(start + date.length))) spans.push(makeSpan('date-of-birth', start, start + date.length));
      break;
    }
  }
}

/** Where a date may start on the rest of a line: a letter or a digit after neither. */
const DATE_WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
/** A date in full with a Gregorian year: a day and a month before or after it ("2 May 1988", "May 2, 1988", "02/05/1988"). */
const FULL_GREGORIAN = /\d{1,2}\D+(?:19|20)\d{2}$|^(?:19|20)\d{2}\D+\d{1,2}\D+\d{1,2}$/;
/** What stands between a birth date and another field on its line: another label's colon, a column's gap, a bar, a figure. */
const OTHER_FIELD = /:|\t| {2}|\||\d/;
/** How far along its line a date of birth's Gregorian form is looked for. */
const LINE_REACH = 120;

/**
 * "Date of birth (Solar Hijri): 13/02/1367 — for my Iranian documents; UK documents show 2 May 1988": a date of birth in
 * another calendar (no Gregorian year of a living person in it), then later on its line, with words alone between, a date
 * in full in the Gregorian calendar: the same birth told again for the UK. Only a date sixteen years or more before the
 * latest year the text names, so "…; qualified on 4 July 2015" stays. Run on the labelled fields' dates too.
 */
export function gregorianOnLine(text: string, spans: Span[]): void {
  let latest = 0;
  for (const m of matchAll(text, YEARS)) latest = Math.max(latest, Number(m[0]));
  for (const span of spans.slice()) {
    if (span.type !== 'date-of-birth') continue;
    const years = text.slice(span.start, span.end).match(YEARS) ?? [];
    if (years.some((year) => Number(year) <= latest)) continue;
    const newline = text.indexOf('\n', span.end);
    const rest = text.slice(span.end, Math.min(newline < 0 ? text.length : newline, span.end + LINE_REACH));
    for (const m of matchAll(rest, DATE_WORD_START)) {
      if (OTHER_FIELD.test(rest.slice(0, m.index))) break;
      const date = DATE_AT_START.exec(rest.slice(m.index))?.[0];
      if (!date || !FULL_GREGORIAN.test(date) || /^[\w/]/.test(rest.slice(m.index + date.length))) continue;
      if (Number(/(?:19|20)\d{2}/.exec(date)![0]) > latest - MIN_AGE) break;
      spans.push(makeSpan('date-of-birth', span.end + m.index, span.end + m.index + date.length));
      break;
    }
  }
}

/**
 * A birth date's restatements: the same date after it in another form or calendar, later on its line in the Gregorian
 * calendar, and in the footnote it points to.
 */
export function restatedBirthDates(text: string, spans: Span[]): Span[] {
  const all = spans.slice();
  alsoWritten(text, all);
  gregorianOnLine(text, all);
  footnotedDates(text, all);
  return all;
}

/** A label of a date of birth, or "born (on)", before a value in any calendar or script. */
const BIRTH_LABEL = /\b(?:date of birth|birth ?date|d\.?o\.?b\b\.?|born(?:[ \t]+on)?)[ \t]*(?::[ \t]*)?/gi;
/** A value's end: a bracket, or its field's end. */
const VALUE_END = new RegExp(`\\(|${FIELD_END.source}`);

/**
 * "D.O.B. 3rd Chithirai 1991 (16/04/1991)", "DOB<tab>1997년 8월 14일 (14/08/97)", "born on Meskerem 1, 1982 E.C.\n(11
 * September 1989)": a value with a figure in it that no date reading takes, then the same date in brackets, straight
 * after it or opening the next line (a column's other text between). Both are the date of birth.
 */
function valueThenBracketedDate(text: string, spans: Span[]): void {
  for (const m of matchAll(text, BIRTH_LABEL)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + FIELD_MAX);
    const value = rest.slice(0, VALUE_END.exec(rest)?.index ?? rest.length).trimEnd();
    if (!/\d/.test(value)) continue;
    const lineEnd = text.indexOf('\n', from);
    const nextLine = lineEnd < 0 ? -1 : lineEnd + 1;
    for (const at of [from + value.length, nextLine]) {
      if (at < 0) continue;
      const blank = leadingLength(text.slice(at, at + 8), /[ \t]/);
      const bracket = SHORT_BRACKET.exec(text.slice(at + blank, at + blank + 64))?.[0];
      const date = bracket ? restatedDate(bracket) : null;
      // Never a bare year in the bracket: "(2016) Diploma…" opening the next line is what follows.
      if (!bracket || !date || /^\d{4}$/.test(date)) continue;
      // The whole of the bracket goes: its note may hold the year too ("Heisei 3, 14 May 1991").
      const open = at + blank + 1 + leadingLength(bracket.slice(1), /\s/);
      const close = at + blank + bracket.length - 1 - trailingLength(bracket.slice(0, -1), /\s/);
      spans.push(makeSpan('date-of-birth', from, from + value.length), makeSpan('date-of-birth', open, close));
      break;
    }
  }
}

/** The most words a date in another calendar or script holds before its note: "阴历 1988年 正月 初三", "2044 Falgun 9 B.S.". */
const CALENDAR_VALUE_WORDS = 5;

/**
 * A birth date in a calendar or script no date reading knows, told by its note in brackets: "born 阴历 1988年 正月 初三
 * (Spring Festival, lunar calendar)", "Born⇥2044 Falgun 9 B.S. (Nepali calendar)", "born on Tir 12, 1365 (Persian
 * calendar)". The value holds a year's digits and a few words, and the bracket names a calendar or an era; both go.
 * After "born" or "born on", a day, a month's name and a year in figures is one without a note: "born on 9 Shawwal 1405 in
 * Dhaka", "Born 3 Tir 1365". Read on the prose, so a date the line wrapped ("I was born on⏎Tir 12, 1365") is whole.
 */
function otherCalendarDates(prose: string, spans: Span[]): void {
  for (const m of matchAll(prose, BIRTH_LABEL)) {
    const from = m.index + m[0].length;
    if (!/[\p{L}\d]/u.test(prose.charAt(from))) continue;
    const onDay = /(?:on|born)[ \t]*$/i.test(m[0]) ? CALENDAR_DATE.exec(prose.slice(from, from + 30))?.[0] : undefined;
    if (onDay) {
      spans.push(makeSpan('date-of-birth', from, from + onDay.length));
      continue;
    }
    const rest = prose.slice(from, from + FIELD_MAX);
    const value = rest.slice(0, VALUE_END.exec(rest)?.index ?? rest.length).trimEnd();
    if (!YEAR_DIGITS.test(value) || /^in\b/i.test(value) || value.split(/\s+/).length > CALENDAR_VALUE_WORDS) continue;
    const bracket = bracketAfter(prose, from + value.length, 60);
    if (bracket && BIRTH_NOTE.test(bracket.inside)) spans.push(makeSpan('date-of-birth', from, from + value.length + bracket.length));
  }
}

/** "born on" ending its column, or its line: the date it gives opens the column's next line. */
const BORN_ON_AT_END = /\bborn[ \t]+on(?=[ \t]*(?:\t| {2}|\r?\n))/gi;
/** Where the column holding the end of `before` (a line's start up to a point) starts: after its last tab or two blanks. */
function columnStart(before: string): number {
  const tab = before.lastIndexOf('\t');
  const blanks = before.lastIndexOf('  ');
  return Math.max(tab < 0 ? 0 : tab + 1, blanks < 0 ? 0 : blanks + 2);
}

/**
 * "…theatres and recovery. Born on       ● Airway management⏎the 12th of May 1990 and still on     ● Scrub": a
 * two-column CV merged line by line breaks a sentence of the one column at "born on", and the date goes on at the
 * same column of the next line, prose going on after it.
 */
function bornOnAtColumnEnd(text: string, spans: Span[]): void {
  for (const m of matchAll(text, BORN_ON_AT_END)) {
    const start = lineStart(text, m.index, 200);
    const column = columnStart(text.slice(start, m.index));
    const cell = cellBelow(text, m.index, column);
    if (!cell) continue;
    const { eol, below, at } = cell;
    // The date opens its column: the line's start, or after a gap.
    if (at > 0 && !/(?:\t| {2})$/.test(below.slice(0, at))) continue;
    const the = /^the[ \t]+/i.exec(below.slice(at, at + 8))?.[0].length ?? 0;
    const date = DATE_AT_START.exec(below.slice(at + the, at + the + 80))?.[0];
    if (!date || /^\d{4}$/.test(date) || /[\w/]/.test(below[at + the + date.length] ?? '')) continue;
    spans.push(makeSpan('date-of-birth', eol + 1 + at + the, eol + 1 + at + the + date.length));
  }
}

/** A day named for what falls on it: a leap day, or a feast's or festival's name ending in "Day", "Eve" or "Night". */
const NAMED_DAY_WORDS = "(?:leap[- ]day|(?:St\\.?[ \\t]+)?[A-Z][\\p{L}'’]+(?:[ \\t][A-Z][\\p{L}'’]+){0,2}[ \\t-](?:Day|Eve|Night))";
/**
 * A birthday told by the day it falls on rather than by its date: "a leap-day birthday", "my Burns Night birthday", and
 * the writer as a baby of that day ("I'm a St Patrick's Day baby"); a ward's "New Year's Day baby" is someone else's.
 */
const TOLD_BIRTHDAY = new RegExp(`\\b(?:[Aa]|[Mm]y)[ \\t]+${NAMED_DAY_WORDS}[ \\t-]birthday\\b|(?<=\\bI(?:'m|’m|[ \\t]am|[ \\t]was)[ \\t])an?[ \\t]+${NAMED_DAY_WORDS}[ \\t-]baby\\b`, 'gu');

/**
 * The day of the week a birth fell on, after a birth's label and before its date (read with DATE_AT_START): "Born⇥Tuesday
 * 6th of June 1978", "born on Friday, the 13th of March 1987", "Date of birth: Sunday 2 February 1992".
 */
const WEEKDAY_FIRST = new RegExp(`\\b(?:born(?:[ \\t]+on)?|date of birth|d\\.?o\\.?b\\.?)[ \\t]{0,40}(?::[ \\t]{0,4})?((?:a[ \\t]+)?${WEEKDAY},?[ \\t]+(?:the[ \\t]+)?)`, 'gi');

/** Dates of birth after the day of the week they fell on: the day goes with the date. */
function weekdayFirst(text: string, spans: Span[]): void {
  for (const m of matchAll(text, WEEKDAY_FIRST)) {
    const after = m.index + m[0].length;
    const date = DATE_AT_START.exec(text.slice(after, after + 60))?.[0];
    if (!date || /^\d{4}$/.test(date) || /[\w/]/.test(text[after + date.length] ?? '')) continue;
    spans.push(makeSpan('date-of-birth', after - m[1]!.length, after + date.length));
  }
}

/** Words after a weekday that go on the clause rather than name what the weekday is the time of. */
const CLAUSE_GOES_ON = 'in|at|on|and|or|but|so|which|when|while|as|like|during|just|too|before|after|to|with|because|that|is|was';

/**
 * The day of the week of a birth told without its date, which is part of a date of birth: "I was born on a Tuesday" (an
 * Akan day name's meaning), "born on Sunday morning", "a Friday-born son". The weekday ends its noun: a noun after it
 * makes it the time of something else ("born on a Monday ward round"), and words that go on the clause do not ("born on
 * a Tuesday in 1979"). A date after it is read with the weekday by weekdayFirst.
 */
const WEEKDAY_OF_BIRTH = needing(
  ['born'],
  new RegExp(
    `\\bborn[ \\t]+on[ \\t]+(${WEEKDAY_TOLD})(?![\\p{L}\\d'’-])(?![ \\t]+(?!(?:${CLAUSE_GOES_ON})(?!\\p{L}))\\p{L})|\\b${WEEKDAY}-born\\b`,
    'giu',
  ),
);

/** Weekdays of birth told alone, unless a reading of the whole date took them already. */
function weekdaysOfBirth(prose: string, spans: Span[]): void {
  for (const m of matchAll(prose, WEEKDAY_OF_BIRTH)) {
    const start = m.index + m[0].length - (m[1] ?? m[0]).length;
    const end = m.index + m[0].length;
    if (!spans.some((span) => span.start < end && start < span.end)) spans.push(makeSpan('date-of-birth', start, end));
  }
}

/** The elements and animals of the sixty-year cycle by which Chinese, Tibetan, Mongolian and other calendars name a year. */
const CYCLE_ELEMENT = '(?:wood|fire|earth|metal|iron|water)';
const CYCLE_ANIMAL = '(?:rat|mouse|ox|buffalo|tiger|rabbit|hare|cat|dragon|snake|horse|sheep|goat|monkey|rooster|bird|dog|pig|boar)';
/** A year of the cycle by its name: "Water Pig", "female Iron-Tiger", "Dog". */
const CYCLE_NAME = `(?:(?:male|female)[ \\t]+)?(?:${CYCLE_ELEMENT}[ \\t-])?${CYCLE_ANIMAL}`;
/**
 * A year of birth told by its name in the cycle rather than its number: "born in the Water Pig year by the Tibetan
 * calendar", "born in the Year of the Fire Horse", "born in 1988, the Year of the Dragon", a form's "Born Year of the Horse",
 * with the calendar's note after it. Only after "born": "the Year of the Dragon" alone is a festival's.
 */
const CYCLE_YEAR_OF_BIRTH = needing(
  ['born'],
  new RegExp(
    `\\bborn[ \\t]+(?:(?:in|during)[ \\t]+)?((?:(?:19|20)\\d{2},?[ \\t]+)?(?:(?:the|a)[ \\t]+)?(?:year[ \\t]+of[ \\t]+the[ \\t]+${CYCLE_NAME}|${CYCLE_NAME}[ \\t-]year)(?![\\p{L}-])(?:,?[ \\t]+(?:by|in|of|on|according[ \\t]+to)[ \\t]+the[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,2}calendar(?!\\p{L}))?)`,
    'giu',
  ),
);

/** Years of birth named in the cycle, read on the prose ("born in the⏎Year of the Ox"). */
function cycleYearsOfBirth(prose: string, spans: Span[]): void {
  for (const m of matchAll(prose, CYCLE_YEAR_OF_BIRTH)) {
    const end = m.index + m[0].length;
    spans.push(makeSpan('date-of-birth', end - m[1]!.length, end));
  }
}

/**
 * A bracket after a date of birth, and the words that make it more of the same birth: "(Year of the Dog)", "(a
 * leap-year baby)", "(Heisei era)", "(Solar Hijri)", "(Nepali date)", or the year or the whole date in another era: "(1351 ME, in the month
 * of Tabaung)", "(2041/03/15 B.S.)", "(Meskerem 17, 1987 E.C.; …)", or its year in a Japanese or Chinese era by the era's name ("(Showa 63)"). A people's or a faith's word is a calendar only before "date", "year" or
 * "month": "(Buddhist; full right to work)" holds a faith and a right to work, each typed as its own.
 */
export const BIRTH_NOTE =
  /\byear of the\b|\bzodiac\b|\bera\b|\bcalendar\b|\bleap[- ]?year\b|\b(?:hijri|shamsi|jalali|lunar)\b|\b(?:nepali|tibetan|burmese|myanmar|ethiopian|persian|buddhist)[ \t]+(?:date|year|month)\b|\b(?:\d{3,4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})[ \t]?(?:ME|AH|A\.H\.|BE|B\.E\.|BS|B\.S\.|EC|E\.C\.|SH)(?![\w.])|\b(?:Reiwa|Heisei|Sh[oō]wa|Taish[oō]|Minguo)[ \t]+\d{1,2}\b/i;
/** What may stand between a date of birth and its bracket: an era's letters in any script, a full stop, blanks ("1987 ዓ.ም.  (Meskerem …)"). */
const BEFORE_NOTE = /^(?:[ \t][^\sa-z()][^\s()]{0,5})?[ \t]{0,3}(?=\()/;

/** A date read as ending in its month's name ("7th Sept"), after which a year in two digits may stand. */
const MONTH_END = /\p{L}\.?$/u;
/**
 * A year in two digits after a day and a month, as a form is filled in a hurry: "DOB 7th Sept 88". Only where the field then
 * ends (the line, a mark or a column's gap), so "born on 3 May 12 weeks early" keeps its count.
 */
const TWO_DIGIT_YEAR_AFTER = /^,?[ \t]\d{2}(?=\r?\n|$|[ \t]?[,;·•|)(]|[ \t]{2}|\t|\.(?!\d))/;
/** A year in a date already: four digits, or two after an apostrophe. */
const HAS_YEAR = /\d{3}|['’]\d{2}/;

/**
 * A day and month of birth with the year after it that DATE does not read: "14th of February, nineteen eighty-nine", "15 March
 * B.E. 2538"; and a year with the month and day after it, in the Hungarian order ("1987. május 19.").
 */
function withYear(text: string, span: Span): Span {
  const after = text.slice(span.end, span.end + 48);
  if (/^\d{4}$/.test(text.slice(span.start, span.end))) {
    const monthDay = MONTH_DAY_AFTER_YEAR.exec(after)?.[0].length ?? 0;
    return monthDay ? { ...span, end: span.end + monthDay } : span;
  }
  if (HAS_YEAR.test(text.slice(span.start, span.end))) return span;
  const year = YEAR_IN_WORDS_AFTER.exec(after)?.[0].length ?? ERA_YEAR_AFTER.exec(after)?.[0].length ?? (MONTH_END.test(text.slice(span.start, span.end)) ? TWO_DIGIT_YEAR_AFTER.exec(after)?.[0].length : 0) ?? 0;
  return year ? { ...span, end: span.end + year } : span;
}

/** A bracket's first part, up to a comma or a semicolon: "(Year of the Dog by the Chinese calendar, Losar)". */
const FIRST_PART = /^[ \t]?\(([^,;]{1,60})[,;]/;

/**
 * A date of birth with the bracket after it that tells more of the same birth: a short bracket whole, or of a longer one
 * the first part when that is the note, the rest of the bracket being something else.
 */
function withNote(text: string, span: Span): Span[] {
  if (span.type !== 'date-of-birth') return [span];
  const gap = BEFORE_NOTE.exec(text.slice(span.end, span.end + 12))?.[0].length ?? 0;
  const noted = bracketAfter(text, span.end + gap, 64);
  if (noted && BIRTH_NOTE.test(noted.inside)) return [{ ...span, end: span.end + gap + noted.length }];
  const bracket = bracketAfter(text, span.end, 40);
  const first = bracket ? undefined : FIRST_PART.exec(text.slice(span.end, span.end + 66));
  if (!first || !BIRTH_NOTE.test(first[1]!) || !bracketAfter(text, span.end, 80)) return [span];
  const start = span.end + first[0].length - 1 - first[1]!.length + leadingLength(first[1]!, /[ \t]/);
  return [span, makeSpan('date-of-birth', start, span.end + first[0].length - 1 - trailingLength(first[1]!, /[ \t]/))];
}

/** A date with its day, month and year, all a cell holds: "23-Dec-1995", "03.09.1998.", "4 March 1990", "March 4, 1990". */
const FULL_DATE =
  /^(?:\d{1,2}[/.-](?:\d{1,2}|[A-Za-z]{3,9})[/.-](?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]{3,9}\.?,?[ \t]+(?:19|20)\d{2}|[A-Za-z]{3,9}\.?[ \t]+\d{1,2},?[ \t]+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\.?$/;
/** How many lines open a CV's header, where a date alone is the writer's; and how near an e-mail address it must be. */
const HEADER_LINES = 15;
const NEAR_EMAIL = 4;
/** A year in full, to find the latest the text names. */
const YEARS = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
/** A date of birth is this many years before the latest year the text names, at least. */
const MIN_AGE = 16;

/**
 * A cell that labels the date after it, which is then that label's date and not a birth: "Qualified:    12/07/2002",
 * "Registered    03/2004". A birth's own labels are read elsewhere.
 */
const DATE_LABEL = /:$|^(?:qualified|registered|since|available|updated|issued|expires?|expiry|renewal|revalidat(?:ed|ion)|from|start(?:ed)?|date)$/i;

/**
 * A full date alone in a cell of the header, among the writer's contacts (an e-mail address four lines away at most), with
 * no label: a sidebar's "23-Dec-1995" under the job title, "03.09.1998. | Belgrade, Serbia". Only a date sixteen years
 * or more before the latest year the text names, so a letter's own date ("April 24, 2025") stays.
 */
function headerDates(text: string, spans: Span[]): void {
  const lines: [number, string][] = [];
  for (let start = 0, i = 0; i < HEADER_LINES && start <= text.length; i++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lines.push([start, text.slice(start, end)]);
    if (newline < 0) break;
    start = newline + 1;
  }
  let latest = 0;
  for (const m of matchAll(text, YEARS)) latest = Math.max(latest, Number(m[0]));
  lines.forEach(([lineAt, line], index) => {
    if (!/\d/.test(line) || !lines.slice(Math.max(0, index - NEAR_EMAIL), index + NEAR_EMAIL + 1).some(([, near]) => near.includes('@'))) return;
    let before = '';
    forEachCell(line, { minBlanks: 2, dashes: false }, (start, end) => {
      const cell = line.slice(start, end).trim();
      const label = before;
      before = cell;
      const year = /(?:19|20)\d{2}/.exec(cell);
      if (!year || !FULL_DATE.test(cell) || Number(year[0]) > latest - MIN_AGE || DATE_LABEL.test(label)) return;
      const at = lineAt + start + (line.slice(start, end).length - line.slice(start, end).trimStart().length);
      spans.push(makeSpan('date-of-birth', at, at + cell.replace(/\.$/, '').length));
    });
  });
}
/**
 * Dates of birth after "Date of birth (is)", "DOB", "D.O.B.", "Birthday", "born (on|in) (the)", "(b.", the labels of other
 * languages' CVs and their words for "born" ("Nacida el 02-04-1993", "nascido em", "urodzona", "geboren am"), also with an aside in brackets after the label ("Date of birth (for monitoring
 * only): …"). The label stays. `prose` is the text with its wrapped lines read as blanks (`unwrap-prose.ts`), for the
 * readings of a sentence ("born at home, on the⏎twenty-first of June 1987").
 */
export function findDatesOfBirth(text: string, prose: string = text): Span[] {
  const spans: Span[] = [];
  // "born in Lagos on 3 June 1990", "Born in Kraków, Poland (28/11/1991)": a place between, then
  // "on" and the date or the date in brackets, in the same clause.
  for (const m of matchAll(prose, BORN)) {
    // A full stop between figures is a date's ("Born Busan, 1988.04.17"), not the clause's end.
    // So is one before a blank and figures ("on 24. 6. 1986"), and a line break after "on", which wraps the clause before its date.
    const clause = prose.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/(?<!\bon)\n|;|\.(?!\d|[ \t]\d)|(?<!\d)\./, 1)[0]!;
    // "Born: Caernarfon, 23 Mehefin 1995 (23 June 1995)": each date the clause gives, but a bare year after a place is not one.
    const at = m.index + m[0].length;
    const bracketed = dateOf(BRACKETED_DATE.exec(clause));
    const onDate = dateOf(ON_DATE.exec(clause));
    const afterPlace = onDate ? null : dateAfterPlace(clause);
    for (const date of [onDate ?? afterPlace, bracketed ?? yearInCalendars(text, at)]) {
      if (date) spans.push(makeSpan('date-of-birth', at + date[0], at + date[1]));
    }
    const place = afterPlace && placeBeforeDate(clause, afterPlace[0]);
    if (place) spans.push(makeSpan('origin', at + place[0], at + place[1]));
  }
  for (const m of DOB_LABEL_BEFORE_DATE.test(text) ? [...matchAll(text, DOB), ...matchAll(text, US_DOB)] : []) {
    const date = m[3] ?? '';
    // "Born 1992 · Vietnamese", "(b. 1979)": a bare "Born" or its "b." goes with the date; a "Date of birth:" label stays,
    // and so does "Born" set off by a column's gap, a field's label. "Nacida el", "Née le" go too: they tell the writer's sex.
    const label = m[0].slice(0, m[0].length - date.length);
    // A hint of the format in brackets after the label ("Date of birth (dd/mm/yyyy): …") is read as the date's, so it goes with it.
    const hint = FORMAT_HINT.exec(label);
    const start = m[2] && BIRTH_WORD_ALONE.test(label) ? m.index : hint ? m.index + hint.index : m.index + m[0].length - date.length;
    spans.push(makeSpan('date-of-birth', start, m.index + m[0].length));
  }
  for (const m of matchAll(text, FRENCH_FIRST)) {
    if (BORN_SHORTLY_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) spans.push(makeSpan('date-of-birth', m.index, m.index + m[0].length));
  }
  for (const m of [...matchAll(text, SPACED_DOB), ...matchAll(text, SPACED_DOTS_DOB)]) {
    const start = m.index + m[0].length - m[1]!.length;
    spans.push(makeSpan('date-of-birth', start, m.index + m[0].length));
  }
  for (const m of matchAll(text, NAMED_DAY)) {
    const start = m.index + m[0].length - m[0].slice(m[0].indexOf(m[1]!)).length;
    const end = m.index + m[0].length;
    if (/(?:Day|Eve)$/.test(m[1]!)) {
      spans.push(makeSpan('date-of-birth', start, end));
      continue;
    }
    const comma = /^,[ \t]*/.exec(text.slice(end, end + 8))?.[0].length;
    const rest = comma ? text.slice(end + comma, end + comma + 60) : '';
    const date = DATE_AT_START.exec(rest)?.[0] ?? CALENDAR_DATE.exec(rest)?.[0];
    if (date && /^\d/.test(date)) spans.push(makeSpan('date-of-birth', start, end + comma! + date.length));
  }
  if (/born/i.test(prose)) {
    for (const m of matchAll(prose, ERA_DATE)) {
      if (BORN_SHORTLY_BEFORE.test(prose.slice(Math.max(0, m.index - 50), m.index))) spans.push(makeSpan('date-of-birth', m.index, m.index + m[0].length));
    }
  }
  for (const m of matchAll(prose, BORN_IN_CALENDAR_YEAR)) {
    const start = m.index + m[0].length;
    const year = CALENDAR_YEAR.exec(prose.slice(start, start + 60))?.[0];
    if (year) spans.push(makeSpan('date-of-birth', start, start + year.length));
  }
  const found = spans.map((span) => withYear(text, span));
  headerDates(text, found);
  columnDates(text, found);
  lastCellDates(text, found);
  fieldValues(text, found);
  alsoWritten(text, found);
  valueThenBracketedDate(text, found);
  weekdayFirst(text, found);
  weekdaysOfBirth(prose, found);
  cycleYearsOfBirth(prose, found);
  otherCalendarDates(prose, found);
  bornOnAtColumnEnd(text, found);
  for (const m of matchAll(text, TOLD_BIRTHDAY)) found.push(makeSpan('date-of-birth', m.index, m.index + m[0].length));
  const dates = restatedBirthDates(text, found.flatMap((span) => withNote(text, span)));
  return [...dates, ...placesOfBirth(prose, dates), ...agesAfterBirthDates(text, dates)];
}

/** An age in brackets just after a date of birth, past a column's gap too: "born 1.4.99 (27)", "DOB: 22/8/88  (38)". */
const AGE_IN_BRACKETS = /^[ \t]{0,3}\(((?:aged?[ \t]+)?\d{1,3})\)/;

/** The ages a CV gives in brackets after its dates of birth (one inside the date's own field is read there too). */
function agesAfterBirthDates(text: string, dates: Span[]): Span[] {
  return dates.flatMap((span) => {
    const age = span.type === 'date-of-birth' ? AGE_IN_BRACKETS.exec(text.slice(span.end, span.end + 16)) : null;
    if (!age) return [];
    const start = span.end + age[0].length - age[1]!.length - 1;
    return [makeSpan('age', start, start + age[1]!.length)];
  });
}

/** "born" in the words before a date or opening it ("Nacida el 3 de mayo…"), its paragraph's: the date is a birth's told in a sentence, and a place may follow it. */
const BORN_BEFORE = new RegExp(`\\b(?:born|${BORN_ABROAD})(?![\\p{L}\\p{M}])(?![^\\n]*\\n[ \\t]*\\n)`, 'iu');

/** The places after the dates of birth a sentence with "born" gives ("born on 14 Rajab 1402 in Sylhet"), read by the origin recogniser. */
function placesOfBirth(prose: string, dates: Span[]): Span[] {
  return dates.flatMap((span) => {
    if (span.type !== 'date-of-birth' || !BORN_BEFORE.test(prose.slice(Math.max(0, span.start - BORN_REACH), span.end))) return [];
    const place = placeAfterBirthDate(prose, span.end);
    return place ? [place] : [];
  });
}
/** How far before a date its "born" may stand: "born on Meskerem 1, 1982 E.C.⏎(11 September 1989)". */
const BORN_REACH = 60;

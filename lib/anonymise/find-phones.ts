import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { bracketAfter } from './bracket-after';
import { YEARS_FIRST } from './date-pattern';
import { DIGIT, digitsOf } from './find-spelt-numbers';
import { holdsEmail } from './holds-email';
import { lineStart } from './line-start';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { holdsAny } from './needed-words';
import type { Span } from './span';

/**
 * Anything shaped like a phone number: an optional +, 00 or opening bracket (or a + just inside
 * one, "Ankara City Hospital (+90 312 555 0187)", the bracket left to the text), then 7–16 digits
 * with at most one separator (space, dot, hyphen, slash) or bracket between two digits (after a blank, only a trunk's
 * "(0)" or an area code's bracket, "+1 (416) …": "07700 900 123 (07700 900 123)" is a number and its copy), ending at
 * anything but a letter or digit, or at a capitalised word run onto it ("0133Mr": a reader joined two lines). A
 * blank before a hyphen is one separator, as PDF readers space hyphens ("+972 -52-3070858"). Found by
 * this linear pattern first, so that libphonenumber only ever parses short candidates (its own
 * text search backtracks on long runs of digits and spaces).
 */
const CANDIDATE = /(?:(?<![\w+(])(?:\(\+\d{1,3}\) ?|\+ ?)?\(?|(?<=\()\+ ?)\d(?:(?:[ .\-/]| -|\)[ .-]?|[.-]?\(| \((?=0\)|\d{2,4}\)))?\d){6,15}(?![\da-z_]|[A-Z]{2})/g;
/** "07700–900–314": groups joined by the dashes a word processor makes of hyphens. */
const DASHED = /(?<![\w+–—])(?:\+ ?\d{2,3}[–—])?\d{2,5}(?:[–—]\d{2,5}){1,3}(?![\w–—])/g;
/**
 * "0917 - 555 - 0142", "07700 / 900 / 629": groups joined by a hyphen, a dash or a stroke with a blank either side, as a web page or a
 * PDF reader spaces them, each group maybe spaced digit by digit ("0 7 7 0 0 – 9 0 0 – 6 4 4"). Only
 * groups of digits: "09/2019 - 03/2021" is a span of months, and a span of years ("2009 - 2013") is
 * judged no phone. A run never starts or ends inside a group of blank-spaced digits: in "07700 900123 / 0161 496 0000"
 * the stroke parts two whole numbers, and "900123 / 0161" is no third.
 */
const SPACED_DASH_MARKS = [' - ', ' – ', ' — ', ' / ', '\t-', '-\t', '\t–', '–\t'];
const DASHED_GROUP = '(?:\\d{2,6}|\\d(?: \\d){1,5})';
const SPACED_DASHES = new RegExp(`(?<![\\w+/.–—-]|\\d[ \\t])\\+?${DASHED_GROUP}(?:[ \\t]+[-–—/][ \\t]+${DASHED_GROUP}){1,3}(?![\\w/.–—-]|[ \\t]\\d)`, 'g');
/**
 * "0 7 7 0 0  9 0 0  7 2 6": a number typed digit by digit, its groups set off by two or three blanks. A single blank
 * continues a group and two or more end it, so the two never compete for the same blanks.
 */
const SPACED_DIGITS = /(?<![\w+])\+?\d(?: \d){1,5}(?: {2,3}\d(?: \d){1,5}){1,3}(?![\w])/g;
/**
 * "+23 3 ( 0 ) 24 397 8903": a country code and its trunk 0 in brackets with blanks inside, as a PDF or web page's text layer
 * spaces them. The bracketed 0 after a country code marks a phone whatever blanks stand between its digits.
 */
const SPACED_TRUNK = /(?<![\w+])\+ ?\d(?: ?\d){0,3} ?\((?: 0 ?|0 )\)(?:[ .-]?\d){6,12}(?![\w])/g;
/** A trunk 0 in brackets with a blank inside: only a text with one is read for SPACED_TRUNK. */
const BLANK_IN_TRUNK = /\( 0|0 \)/;
/** Three digits set off by single blanks: a text with none has no number typed digit by digit. */
const DIGIT_BY_DIGIT = /\d \d \d/;
/** A 24-hour clock time in four digits: "0800", "2000". */
const CLOCK = /^(?:[01]\d|2[0-3])[0-5]\d$/;
/** Whether spaced groups are all clock times, a shift pattern ("0800 - 2000 - 0800"), not a phone. */
const shiftTimes = (run: string) => run.split(/[-–—]/).every((group) => CLOCK.test(group.trim()));
/** "O77OO 9OO 123", "o7700 9oo 742": a number typed with the letter O for zero, in either case (at least one; checked with zeros). */
const LETTER_O = /(?<![\p{L}\d+])[0Oo][1-9Oo](?:[ .-]?[\dOo]){8,10}(?![\p{L}\d])/gu;
/** A line that ends in a digit and a next line that starts with one: a number the layout wrapped (its line ends in CRLF too, as Windows exports write them). */
const WRAP = /\d\)?[ \t]*\r?\n[ \t]*\(?\d/g;
const NUMBER_CHAR = /[\d +()-]/;
/** A list's number opening a line: "2. ", "3)\t". */
const LIST_NUMBER = /^[ \t]*\d{1,2}[.)](?:[ \t]|$)/;
/**
 * An extension written on its own ("Medical Director's office (ext. 2218)"): a way to ring someone. With the
 * number it is reached through after it ("ext 4471 via 020 7946 0318"), the two are one way to ring.
 */
const LONE_EXTENSION = /\b(?:ext|extn)\.?[ \t]*(?::[ \t]*)?\d{3,5}\b/gi;
const THROUGH = /^[ \t]+(?:via|through|on|at)[ \t]+(?=[+(\d])/i;
/** The prefix of a call through Relay UK (text relay): "18001 0117 496 0384" is a phone after it. */
const RELAY = /(?<!\d)1800[12][ \t]*(?:[-–][ \t]*)?(?=[0+(])/g;
/**
 * "ext. 2215", "x204", "(ext 4417)", "extn: 12", "(work, ext. 2231)" after a number: the line's own
 * label inside the bracket goes with it, or one number leaves two placeholders and a stray word. An extension in the
 * languages CVs come in counts too: Welsh "est." ("estyniad"), French "poste", Portuguese "ramal", Spanish "anexo",
 * Russian "доб." ("добавочный"), German "Durchwahl", Irish "fo-líne". "Est." before a year founded a firm ("Est. 1998").
 */
const EXTENSION =
  /^[ \t]*(?:,[ \t]*)?(?:\([ \t]*(?:(?:work|home|office|direct|desk|daytime|evening)[,;:]?[ \t]+)?)?(?:ext\.?|extn\.?|extension|x|est\.(?![ \t]*(?:19|20)\d\d(?!\d))|estyniad|poste|ramal|anexo|доб\.?|durchwahl|fo-l[ií]ne)[ \t]*(?::[ \t]*)?\d{1,5}(?![\p{L}\p{N}])(?:[ \t]*\))?/iu;

/**
 * A phone's label: "Tel", "Mobile", "WhatsApp", "Ffôn" (Welsh), "Fón" (Irish), "Telemóvel", "Móvil", "Mobil Nr.",
 * "Handy", "Portable" (as CVs from Portugal, Spain, Germany and France label it), "M:", an emoji. After
 * one, any run of digits long enough to ring goes, valid or not ("Tel: 01733 496 0112" has a digit
 * too many, and is still someone's number mistyped). A key of data kept as code counts, its value in quotes after the
 * colon ("tel: '098-08-80-92'", '"phone": "…"').
 */
const PHONE_LABEL =
  /(?:\b(?:tel|telephone|phone|ph|mobile|mob|cell|cellphone|landline|whatsapp|viber|signal|contact(?:[ \t]+(?:number|no))?|home|work|daytime|evening|ff[oô]n|symudol|f[oó]n|f[oò]n-?laimhe|telem[oó]vel|telefone|tel[eé]fono|m[oó]vil|celular|mobil(?:[ \t]+nr)?|handy|t[eé]l[eé]phone|portable|telefon)\.?|\b[TMHW]|[☎📞📱✆])["']?[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?(?:[:.\-–—][ \t]*(?:["'`][ \t]*)?)?(?=[+(\d])/giu;
/** A label that is not only a phone's; a letter alone, not the first of a longer word with an accent ("Móvil"). */
const WEAK_LABEL = /^(?:(?:home|work|daytime|evening)\b|[TMHW](?![\p{L}\p{M}]))/iu;
/**
 * A phone's label alone on its line and the number alone on the next, as a web page or a two-column
 * CV lays them out ("Phone\n8951516688"): only a label that means a phone, not "Home" or "Work".
 */
const LABEL_ABOVE = /^[ \t]*(?:[☎📞📱✆][ \t]*)?(?:tel|telephone|phone|mobile|mob|cell|cellphone|whatsapp|(?:phone|mobile|contact|telephone)[ \t]+(?:number|no))\.?[ \t]*(?::[ \t]*)?\n[ \t]*(?=[+(\d])/gimu;
/**
 * A phone's kind in brackets after the number, as a LinkedIn profile's PDF prints its contacts ("3035550123 (Mobile)",
 * "020 7946 0321 (Work)"): the number before it is a phone whatever its shape.
 */
const KIND_AFTER = /\((?:mobile|mob|cell|home|work|office|landline|whatsapp|tel|phone)\)/gi;
/** The number after a label: digits, with spaces, dots, hyphens, slashes or brackets between, at most 24 characters. */
const LABELLED_NUMBER = /^[+(]?\d[\d \t().\-/]{4,22}\d\)?/;

/**
 * A national number in groups, trunk 0 and 8–12 digits ("061/578-777", "0 6 12 34 56 78"): a phone of
 * another country's plan, taken only alone on a line beside an e-mail address, where a CV lists its contacts.
 */
const NATIONAL_GROUPS = /^0(?=[\d ./-]*[ ./-])[\d ./-]{7,16}\d$/;

/** NATIONAL_GROUPS with 8–12 digits that open with no calendar date ("01/02/2019" stays). */
function isNationalGroups(candidate: string): boolean {
  const digits = digitCount(candidate);
  return digits >= 8 && digits <= 12 && NATIONAL_GROUPS.test(candidate) && !DATE_FIRST.test(candidate);
}

/** Whether [start, end) is all its line holds (bar a bullet or an icon) and the line above or below, or its own, holds an e-mail address. */
function besideEmail(text: string, start: number, end: number): boolean {
  const lineStartAt = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  if (!/^[^\p{L}\d]{0,3}$/u.test(text.slice(lineStartAt, start).trim()) || text.slice(end, lineEnd).trim() !== '') return false;
  const above = text.slice(Math.max(0, text.lastIndexOf('\n', lineStartAt - 2) + 1), lineStartAt);
  const below = text.slice(lineEnd, lineEnd < text.length ? (text.indexOf('\n', lineEnd + 1) + 1 || text.length) : lineEnd);
  return holdsEmail(above) || holdsEmail(below);
}

/** The lines a CV's header takes, where its contact line stands under the name. */
const HEADER_LINES = 5;
/** How far either side of a number its contact line is read. */
const CELL_REACH = 200;
/** What parts the cells of a contact line: a bar or a bullet. */
const CELL_MARK = /[|•·]/;

/**
 * A number of 9–13 digits that is a whole cell of a contact line in the header, its cells parted by bars or bullets:
 * "8141113581 | Vithon, Kutch, Gujarat" under the name. Whatever its country's plan, a number given there is a phone.
 */
function headerCell(text: string, start: number, end: number, candidate: string): boolean {
  const digits = digitCount(candidate);
  if (digits < 9 || digits > 13 || DATE_FIRST.test(candidate)) return false;
  // The header's lines, each read at most so far: a number further in is in the body, and the text is not read to it.
  if (start > HEADER_LINES * CELL_REACH) return false;
  if (text.slice(0, start).split('\n').length > HEADER_LINES) return false;
  // Read the line only so far either side: on a text with no line breaks, a read to the line's ends for each number is quadratic.
  const before = text.slice(lineStart(text, start, CELL_REACH), start);
  const after = text.slice(end, end + CELL_REACH).split('\n')[0]!;
  const cellBefore = before.slice(Math.max(before.lastIndexOf('|'), before.lastIndexOf('•'), before.lastIndexOf('·')) + 1);
  const cellAfter = after.split(CELL_MARK)[0]!;
  return (CELL_MARK.test(before) || CELL_MARK.test(after)) && !cellBefore.trim() && !cellAfter.trim();
}

/** A last group of digits after a comma, as a thousands' mark is typed into a number: "+44 (0)7700 900,318". */
const COMMA_GROUP = /^,\d{2,4}(?![\w,.-])/;

/** How much of such a group a UK number short of its digits takes: only one the group makes a UK number's length. */
function commaGroup(text: string, number: string, end: number): number {
  const group = COMMA_GROUP.exec(text.slice(end, end + 6))?.[0];
  return group && !isUkShaped(number) && isUkShaped(number + group.slice(1)) ? group.length : 0;
}

function digitCount(value: string): number {
  return value.replace(/\D/g, '').length;
}

/** A UK number: +44 / 0044 (with an optional "(0)") or a leading 0, then 9–10 more digits. */
function isUkShaped(value: string): boolean {
  const international = /^(?:\+|00) ?44/.test(value);
  if (!international && !/^\(?0/.test(value)) return false;
  const digits = digitCount(value.replace(/\(\s?0\s?\)/, ''));
  const national = international ? digits - (value.startsWith('00') ? 4 : 2) : digits - 1;
  return national >= 9 && national <= 10;
}

/**
 * Phone numbers. A candidate counts when libphonenumber-js (region GB) calls it valid, or, for
 * numbers of UK or international shape, *possible* (the right length): libphonenumber rejects the
 * Ofcom drama ranges (07700 900xxx, 0113 496 0xxx) and other unallocated numbers, which CVs use.
 */
export function findPhones(text: string): Span[] {
  const spans: Span[] = [];
  // libphonenumber builds its patterns afresh on every parse, and a CV repeats its number (header,
  // footer, each page), so each distinct candidate is judged once per text.
  const verdicts = new Map<string, boolean>();
  const isPhone = (candidate: string): boolean => {
    let verdict = verdicts.get(candidate);
    if (verdict === undefined) {
      verdict = judgePhone(candidate);
      verdicts.set(candidate, verdict);
    }
    return verdict;
  };
  // Spaced dashes only where a text has one: the pattern is tried at every digit otherwise.
  const patterns = [CANDIDATE, DASHED];
  if (holdsAny(text, SPACED_DASH_MARKS)) patterns.push(SPACED_DASHES);
  if (DIGIT_BY_DIGIT.test(text)) patterns.push(SPACED_DIGITS);
  if (BLANK_IN_TRUNK.test(text)) patterns.push(SPACED_TRUNK);
  for (const pattern of patterns) {
    for (const m of matchAll(text, pattern)) {
      if ((pattern === SPACED_DASHES && shiftTimes(m[0])) || YEARS_FIRST.test(m[0])) continue;
      const end = m.index + m[0].length;
      if (isPhone(m[0]) || (pattern === CANDIDATE && ((isNationalGroups(m[0]) && besideEmail(text, m.index, end)) || headerCell(text, m.index, end, m[0])))) {
        spans.push(withExtension(text, m.index, end + commaGroup(text, m[0], end)));
        continue;
      }
      // "07700 900 (nine-one-two)": the number's last digits spelt in the bracket after it make it whole.
      const rest = pattern === CANDIDATE ? speltRest(text, end) : null;
      if (rest && isPhone(`${m[0]} ${rest.digits}`)) spans.push(makeSpan('phone', m.index, end + rest.length));
    }
  }
  for (const m of matchAll(text, LETTER_O)) {
    if (/[Oo]/.test(m[0]) && digitCount(m[0]) >= 6 && isPhone(m[0].replace(/[Oo]/g, '0'))) spans.push(withExtension(text, m.index, m.index + m[0].length));
  }
  for (const m of matchAll(text, WRAP)) {
    // A numbered list's next item ("…0881⏎2.⏎KAMARA, Fatmata") is no rest of the number.
    const brk = text.indexOf('\n', m.index);
    if (LIST_NUMBER.test(text.slice(brk + 1, brk + 8))) continue;
    // Read the number's characters either side of the line break, at most 20 each way.
    let start = m.index;
    while (start > 0 && start > m.index - 20 && NUMBER_CHAR.test(text[start - 1]!)) start--;
    let end = m.index + m[0].length;
    while (end < text.length && end < m.index + m[0].length + 20 && NUMBER_CHAR.test(text[end]!)) end++;
    while (start < m.index && /[ )-]/.test(text[start]!)) start++;
    while (end > m.index && /[ (-]/.test(text[end - 1]!)) end--;
    // A letter or digit next to it: part of a word, or a longer run than the 20-character reach.
    if (/\w/.test(text[start - 1] ?? '') || /\w/.test(text[end] ?? '')) continue;
    // A number already whole before the break takes nothing from the next line ("07700 900 193⏎4 December 2026", a letter's date).
    const head = text.slice(start, brk).trim();
    if (digitCount(head) >= 10 && isPhone(head)) continue;
    const joined = text.slice(start, end).replace(/\s+/g, ' ');
    if (YEARS_FIRST.test(joined)) continue;
    // Only a phone's count of digits is worth parsing.
    const digits = digitCount(joined);
    if (digits >= 9 && digits <= 15 && isPhone(joined)) spans.push(withExtension(text, start, end));
  }
  for (const m of matchAll(text, PHONE_LABEL)) {
    const start = m.index + m[0].length;
    // "+40 721 234 567 / 083 123 4567", "07700 900123 - 0161 496 0000": a stroke after a blank, or a hyphen between
    // blanks, starts another number, found on its own; so does a bracket after a blank, but a trunk's "(0)" ("… (07700 900 123)").
    const labelled = LABELLED_NUMBER.exec(text.slice(start, start + 26))?.[0];
    // A closing bracket with none opened in the number closes the writer's own: "(mobile 07700 900 123)".
    const read = labelled?.endsWith(')') && !labelled.includes('(') ? labelled.slice(0, -1) : labelled;
    const slash = read ? read.search(/[ \t](?:\/|-[ \t]|\((?!0\)))/) : -1;
    const number = read && slash > 0 ? read.slice(0, slash) : read;
    // Seven digits at least, and not a date ("No. 12/03/2019") or a year range.
    if (!number || digitCount(number) < 7 || /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(number) || /\w/.test(text[start + number.length] ?? '')) continue;
    // After a word that is not only a phone's ("Home", "Work", "M:"), a number must start as one dials: "Work 2015-2019 2020-2023" is no phone.
    if (WEAK_LABEL.test(m[0]) && !/^[0+(]/.test(number)) continue;
    // A span of years in brackets too, after a care home's name: "Oak Nursing Home (2016-2018)".
    if (/(?:19|20)\d{2}[ \t]*[-/][ \t]*(?:19|20)?\d{2}\b/.test(number) && !/^\(?[0+]/.test(number)) continue;
    spans.push(withExtension(text, start, start + number.trimEnd().length));
    listedAfter(text, start + number.trimEnd().length, digitCount(number), spans);
  }
  for (const m of matchAll(text, KIND_AFTER)) {
    // Read the number back from the bracket, at most 24 characters, over blanks and a phone's marks.
    let start = m.index;
    while (start > 0 && start > m.index - 24 && NUMBER_CHAR.test(text[start - 1]!)) start--;
    while (start < m.index && /[ )-]/.test(text[start]!)) start++;
    let end = m.index;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    const number = text.slice(start, end);
    if (/\w/.test(text[start - 1] ?? '') || digitCount(number) < 7 || /(?:19|20)\d{2}[ \t]*-[ \t]*(?:19|20)?\d{2}\b/.test(number)) continue;
    spans.push(makeSpan('phone', start, end));
  }
  for (const m of matchAll(text, LABEL_ABOVE)) {
    const start = m.index + m[0].length;
    const number = LABELLED_NUMBER.exec(text.slice(start, start + 26))?.[0];
    // The number is all its line holds, has seven digits at least and is no date or span of years.
    if (!number || digitCount(number) < 7 || !/^[ \t]*(?:\n|$)/.test(text.slice(start + number.length, start + number.length + 40))) continue;
    if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(number) || /(?:19|20)\d{2}[ \t]*[-/][ \t]*(?:19|20)?\d{2}\b/.test(number)) continue;
    spans.push(makeSpan('phone', start, start + number.trimEnd().length));
  }
  for (const m of matchAll(text, RELAY)) {
    const start = m.index + m[0].length;
    const number = LABELLED_NUMBER.exec(text.slice(start, start + 26))?.[0].trimEnd();
    if (number && !/\w/.test(text[start + number.length] ?? '') && isPhone(number)) spans.push(withExtension(text, m.index, start + number.length));
  }
  for (const m of matchAll(text, LONE_EXTENSION)) {
    const end = m.index + m[0].length;
    const through = THROUGH.exec(text.slice(end, end + 16))?.[0];
    const number = through ? LABELLED_NUMBER.exec(text.slice(end + through.length, end + through.length + 26))?.[0].trimEnd() : undefined;
    spans.push(makeSpan('phone', m.index, number && digitCount(number) >= 7 ? end + through!.length + number.length : end));
  }
  return spans;
}

/** What joins a second number to a labelled one: a comma, a semicolon, "&" or "or" ("Contact: 9845012346, 9812340000"). */
const LIST_JOIN = /^[ \t]*(?:[,;&]|or(?![\p{L}]))[ \t]*/u;

/**
 * Numbers listed after a labelled phone, joined by commas or "or", each with as many digits as the first (one more or
 * fewer): the label covers them all ("Contact: 9845012346, 9812340000"). A count or a year after a comma has fewer.
 */
function listedAfter(text: string, from: number, digits: number, spans: Span[]): void {
  let at = from;
  for (let i = 0; i < 3; i++) {
    const join = LIST_JOIN.exec(text.slice(at, at + 8))?.[0];
    if (!join) return;
    const start = at + join.length;
    const number = LABELLED_NUMBER.exec(text.slice(start, start + 26))?.[0].trimEnd();
    if (!number || Math.abs(digitCount(number) - digits) > 1 || /\w/.test(text[start + number.length] ?? '')) return;
    spans.push(makeSpan('phone', start, start + number.length));
    at = start + number.length;
  }
}

/** A North American number as written there, with its country code 1 and no plus or not: "312-555-0148", "1-868-555-0147", "1 (415) 555-0132". */
const NORTH_AMERICAN = /^(?:1[ .-]?)?\(?[2-9]\d{2}\)?[ .-]?[2-9]\d{2}[.-]\d{4}$/;

/**
 * A calendar date opening a run of digits, day or year first: "04/07/1986 (39)" and "1986/07/04 (39)" are a date of birth
 * and an age, no phone; nor is a year before a date in brackets ("1369 (3/7/1990)": the same date in two calendars).
 */
const DATE_FIRST = /^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}|\d{4} ?\(\d{1,2}\/\d{1,2}\/\d{2,4})(?!\d)/;

/** Countries that dial a national number with a trunk 8 (Kazakhstan shares Russia's plan). */
const TRUNK_EIGHT = ['RU', 'BY'] as const;

function judgePhone(candidate: string): boolean {
  if (DATE_FIRST.test(candidate)) return false;
  // "44 7700 900123": the country code written without its plus.
  const plus = /^44[ .-]?[1-37]/.test(candidate) && digitCount(candidate) === 12 ? '+' : '';
  // "(+353) 87…", "(852) 9123 4567": a country code in brackets, with or without its plus.
  const value = (plus + candidate)
    .replace(/^\(\+44\) ?0?/, '+44 ')
    .replace(/^\(\+?([1-9]\d{0,2})\) ?/, '+$1 ')
    .replace(/[–—]/g, '-');
  // Shaped as one is dialled, a number is someone's phone even with a digit too many or too few
  // ("01733 496 0112", "+44 7700 900 1234"): a country code and 8–15 digits, or a UK trunk 0 and
  // 10–12 digits in groups.
  const digits = digitCount(value);
  // A North American number as it is written there, area code and exchange from 2–9 ("312-555-0148",
  // "(416) 555-0163", "1-868-555-0147"); an NHS number of the same shape passes its own check and wins.
  if (NORTH_AMERICAN.test(value)) return true;
  if ((/^\+/.test(value) && digits >= 8 && digits <= 15) || (/^\(?0[1-9]/.test(value) && /\d[ .)-]/.test(value) && digits >= 10 && digits <= 12)) return true;
  // "89127697635", "8 912 769-76-35": the trunk 8 of Russia, Kazakhstan and Belarus, eleven digits in all.
  if (/^8[ (]{0,2}\d/.test(value) && digits === 11 && TRUNK_EIGHT.some((region) => parsePhoneNumberFromString(value, region)?.isValid())) return true;
  const parsed = parsePhoneNumberFromString(value.replace(/\s/g, ' '), 'GB');
  if (!parsed) return false;
  const ukShaped = isUkShaped(value);
  const international = value.startsWith('+') && !/^\+ ?44/.test(value) && digitCount(value) >= 8;
  return parsed.isValid() || ((ukShaped || international) && parsed.isPossible());
}

/**
 * A bracket after a number that gives another number to reach the writer through it: "(bleep 2231 via
 * switchboard)", "(pager 07623, then switchboard)". A bracket of words alone ("(text or WhatsApp)") says how, not
 * who, and stays.
 */
const REACH_NUMBER = /\b(?:bleep|pager|page|switchboard|ext|extn|extension)\b\D{0,20}\d{3}|\d{3}\D{0,20}\b(?:bleep|pager|switchboard)\b/i;

/** Digits in words in a row, two at least: the rest of a number spelt in its bracket ("(nine-one-two)", "(the last digits are four-four-two)"). */
const SPELT_DIGITS = new RegExp(`\\b${DIGIT}(?:[- ]${DIGIT})+\\b`, 'i');

/** The bracket after `at` that spells the rest of a number in words, as its length (blanks before it too) and the figures it spells. */
function speltRest(text: string, at: number): { length: number; digits: string } | null {
  // The bracket of words may stand two blanks away: "3O1  (the last digits are three-zero-one)".
  const wide = text.startsWith('  ', at) ? 1 : 0;
  const note = bracketAfter(text, at + wide, 60);
  const run = note ? SPELT_DIGITS.exec(note.inside)?.[0] : undefined;
  return run ? { length: wide + note!.length, digits: digitsOf(run) } : null;
}

/**
 * A phone with its extension, and a bracket after it that gives a bleep or another way through to the writer, or the rest
 * of the number in words. A bracket the extension opens goes whole, with the writer's note in it ("(ext. 5521, ward
 * office)"), or the note is left behind a placeholder with its bracket unclosed.
 */
function withExtension(text: string, start: number, end: number): Span {
  const own = bracketAfter(text, end, 48);
  const whole = own && EXTENSION.test(`(${own.inside}`) ? own.length : 0;
  const extended = end + (whole || (EXTENSION.exec(text.slice(end, end + 32))?.[0].length ?? 0));
  const bracket = bracketAfter(text, extended, 40);
  const spelt = speltRest(text, extended)?.length ?? 0;
  return makeSpan('phone', start, extended + (spelt || (bracket && REACH_NUMBER.test(bracket.inside) ? bracket.length : 0)));
}

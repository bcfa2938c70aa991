import { bracketAfter } from './bracket-after';
import demonymData from './data/demonyms.json';
import { hasContext } from './has-context';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { nameLexicon } from './name-lexicon';
import { REDACTION_KINDS } from './redaction-type';
import type { Span } from './span';
import { charTest, trailingLength, trimChars } from './trim-chars';

/**
 * A code, also one whose series letter stands apart from its digits ("Passport: R 0255575"), or one typed a character at a
 * time ("Passport no: 5 3 3 3 8 0 0 0 6").
 */
const CANDIDATE = /(?<![\w/-])(?:[A-Z0-9](?: [A-Z0-9]){5,19}|(?:[A-Z0-9]{2,}|[A-Z](?=[ -]\d))(?:[ /-][A-Z0-9]+){0,4})(?![\w/-])/g;
/** A code typed a character at a time, which is read closed up. */
const ONE_BY_ONE = /^[A-Z0-9](?: [A-Z0-9])+$/;
const CONTEXT =
  /\b(?:DBS|disclosure|cert(?:ificate|\.)? (?:no|number)|student ?(?:no|number|id)|applicant (?:no|number|id|ref)|assignment (?:no|number)|(?:army |military )?(?<!customer )service number|service no(?=\.)|(?:army|military|forces|regimental|RAF|navy) (?:no|number)|(?:locum|agency|bank|worker|member(?:ship)?|personnel) ID|smartcard|smart card|pass ?port|travel document|driving licen[cs]e(?: (?:no|number))?|SIA|licen[cs]e ?number|ORCID|staff ?(?:no|number|id)|employee ?(?:no|number|id)|payroll|ESR (?:no|number)|candidate (?:no|number)|subscription (?:ID|no|number)|TRF|test report form|claim (?:no|number|ref|reference)|BRP|share code|UAN|national (?:ID|identity|insurance card)|ID (?:no|number|card)|identity (?:card|number|no)|PhilSys|PSN|Aadhaar|Aadhar|PESEL|CNIC|NIC|NIN|PPSN?|Ghana Card|SSS|UMID|TIN|tax(?:payer)?(?: identification)? (?:ID|no|number|code)|permit (?:no|number)|visa (?:no|number|application)|residence card|case (?:no|number|ref|reference)|application (?:no|number|ref|reference)|Home Office|UKVI|GWF|CHI|I\/?C(?: (?:no|number))?|NRIC|MyKad|Kad Pengenalan|KTP|HKID|NRC|NID|Emirates ID|Iqama|CPR|voter ID|(?:bank )?account (?:no|number)|sort code|IBAN|social insurance (?:no|number)|SIN|personal (?:code|identity code|identification (?:number|code)|number)|asmens kod(?:as|o)|personas kods|isikukood|kimlik(?: no)?|TCKN|kennitala|personnummer|CNP|EGN|JMBG|EMŠO|OIB|AMKA|CURP|CPF|DNI|NIE|codice fiscale|CNI|TAJ|health insurance (?:no|number)|pension (?:ref|reference|no|number)|SD (?:no|number)|(?:certificate|cert|card) ID|(?:CSCS|ECS|JIB|CPCS) card|superannuation (?:ref|reference|no|number))\b|\bID\s*[:#]|ЕГН|ΑΜΚΑ/i;
/**
 * Identifiers whose shape alone tells them, anywhere: a Hong Kong identity card's letters, six digits and check digit in
 * brackets ("K123456(7)"), and an Italian codice fiscale (six letters of the names, the birth date and place coded, a check
 * letter: "RSSMRA85T10A562S"), with its label, which tells the country.
 */
const SHAPED_ID = /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d{6}\([0-9A]\)|(?:[Cc]odice [Ff]iscale[ \t]*:?[ \t]*)?[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z])(?![\p{L}\p{N}])/gu;
/**
 * A label straight before its number, too short or too common to be read further off: the Electronic Staff Record's "ESR"
 * (also a blood test's letters) and its assignment, and the Home Office's "UCI" (Unique Client Identifier).
 */
const LABELS_JUST_BEFORE = ['ESR', 'ESR assignment', 'UCI', 'UCI is'];
const LABEL_GAP = charTest(' \t:#');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether one of those labels ends straight before `at`, past blanks, a colon or "#" (read back in code). */
function labelJustBefore(text: string, at: number): boolean {
  const before = trimChars(text.slice(Math.max(0, at - 20), at), null, LABEL_GAP);
  for (const label of LABELS_JUST_BEFORE) if (before.endsWith(label) && !LETTER_OR_DIGIT.test(before.charAt(before.length - label.length - 1))) return true;
  return false;
}
/** A label read with its code, which goes with it: "ESR 31982274", "HKID R482193(5)", a Spanish or Peruvian "DNI 45781236". */
const LABEL_OPENING = /^(?:ESR|HKID|UCI|DNI|NIE) (?=[A-Z0-9])/;
/** Labels in capitals the code pattern reads with their code: "ID", a Canadian Social Insurance Number's "SIN". */
const LABEL_READ_WITH = /^(?:ID|SIN) /;
/** A check digit in brackets straight after a number: "R482193(5)". */
const CHECK_DIGIT = /^\([0-9A]\)/;
/** A code in groups that mixes letters and digits, as a subscription or a portal gives it: "C9X4-82K1-LL0". */
const MIXED_GROUPS = /^(?=.*\d.*\d.*\d.*\d)(?=.*[A-Z])[A-Z0-9]{2,6}(?:-[A-Z0-9]{2,6}){2,3}$/;
/**
 * The same parted by blanks, when two groups at least mix letters and digits themselves: "C4K7 2M9P QX" (an Update Service
 * ID); a guideline's letters and numbers ("HTM 01-05") are no such code.
 */
const BLANK_GROUPS = /^[A-Z0-9]{2,6}(?: [A-Z0-9]{2,6}){2,3}$/;
const MIXED_GROUP = /^(?=.*\d)(?=.*[A-Z])/;
const isMixedCode = (value: string) => MIXED_GROUPS.test(value) || (BLANK_GROUPS.test(value) && value.split(' ').filter((group) => MIXED_GROUP.test(group)).length >= 2);
/**
 * A date or a month and year ("03/2027", "12-05-1989"): an expiry or a birth, found by other recognisers. Its year has two
 * figures or is of this era or the last: "50/1187" (a Spanish college's member number) is no date.
 */
export const DATE_LIKE = /^\d{1,2}[/-](?:\d{1,2}[/-])?(?:\d{2}|(?:19|20)\d{2})$/;
/** A bank's sort code, written as a date is ("Sort code: 40-12-76"), straight after its label (read after trimming its separator). */
const SORT_CODE_LABEL = /sort ?code$/i;
const LABEL_SEPARATOR = charTest(' \t:-–');
const ORCID = /\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b/g;
/** A country code or a trunk's "(0)" straight before: the digits after it are a phone's, whatever label is near ("ORCID … · +44 (0) 20 …"). */
export const PHONE_PREFIX = /(?:\+\d{1,3}|\(0\))[ \t]?$/;
/**
 * A British vehicle's registration, as a form's "Vehicle reg" or a line about the writer's van gives it: two letters,
 * two digits and three letters ("YK71 PVO"). Only after a word for a vehicle or its registration on the line.
 */
const VEHICLE_REG = /\b(?:[Vv]ehicle|VEHICLE|[Cc]ar|[Vv]an|[Rr]eg(?:istration)?|REG(?:ISTRATION)?|[Nn]umber ?[Pp]late)(?![A-Za-z])[^\n]{0,24}?(?<![\w-])([A-Z]{2}\d{2} ?[A-Z]{3})(?![\w-])/g;
/**
 * A card's, licence's or membership's code after "no." or "number" with a word for the card before it
 * on its line, or straight after "membership": "DVLA licence no. PETRO803147A99KD", "CSCS card no.
 * 07 482 915", "registered – no. 04117-APT", "(membership 48211935)". Its first part holds a digit (so
 * "number AHCS 2021/00417" is left to the register's own finder), and it holds four digits.
 */
const NUMBERED_CODE = /\b(no[.:]|number|membership)[ \t]{0,2}[:#]?[ \t]{0,2}([A-Za-z]{0,9}\d[A-Za-z0-9]{0,17}(?:[-/][A-Za-z0-9]{1,10}| \d{2,6}){0,3})(?![\w-]|[./]\d)/gi;
/**
 * A word for a card, a licence or a membership, before "no." or "number" on its line: not a job's, an audit's or a journal's
 * number. A professional body's or an indemnifier's letters name a membership ("IBMS no. 0187342", "MDDUS number 412873").
 */
const CARD_BEFORE = /\b(?:card|badge|licen[cs]e|member(?:ship)?|regist(?:ration|ered|er)|PIN|staff|payroll|employee|pass ?port|permit|certificate|DVLA|pensions?|IBMS|BPS|MDDUS|MDU|MPS|RCN|RCOT|RCSLT|CSP)\b[^\n]{0,25}$/i;
/** A year or two ("2015-2020"), an issue and its year ("3 2021"), or a UK phone number (0 and ten digits or more), which other recognisers name. */
const NOT_A_CODE = /^(?:(?:19|20)\d{2}(?:[ ]?[-–/][ ]?(?:19|20)?\d{2})?|\d{1,3} (?:19|20)\d{2}|0(?:[ -]?\d){9,})$/;

/** The label's global form, to find one that ends where the code starts. */
const CONTEXT_ALL = new RegExp(CONTEXT.source, 'gi');
/** What may part a label from its code: blanks, a colon, "#", a dash. */
const LABEL_JOIN = charTest(' \t:#-–');
const BLANK = charTest(' \t');
/** A label's closing word for its number, which the label may stand before: "Passport no.", "Smartcard number". */
const NUMBER_WORD = /(?<![\p{L}\p{N}])(?:no\.?|number|num)$/iu;
/**
 * Whether a label ends straight before `at`, past what may part them ("Passport no: 5 3 3 3 8 0 0 0 6"): a code typed a
 * character at a time is a list of small numbers anywhere else ("Pain scores 1 2 3 4 5 6", "Bays 1 2 3 4 5 6").
 */
function labelStraightBefore(text: string, at: number): boolean {
  // With its colon ("ID:" is a label only so), without it, and without a closing word for its number.
  const spaced = trimChars(text.slice(Math.max(0, at - 40), at), null, BLANK);
  const before = trimChars(spaced, null, LABEL_JOIN);
  const bare = trimChars(before.replace(NUMBER_WORD, ''), null, LABEL_JOIN);
  for (const label of [spaced, before, bare]) {
    for (const m of matchAll(label, CONTEXT_ALL)) if (m.index + m[0].length === label.length) return true;
  }
  return false;
}

/** A number alone on its line under a line that names it: "Passport number" / "000123456789". */
function labelAbove(text: string, start: number): boolean {
  // Back over the spaces before the number only (not the whole line: on a text without line breaks
  // that made every candidate read back to the start, quadratic time).
  let lineStart = start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  if (lineStart === 0 || text[lineStart - 1] !== '\n') return false;
  const above = text.slice(Math.max(0, lineStart - 61), lineStart - 1);
  return CONTEXT.test(above.slice(above.lastIndexOf('\n') + 1));
}

/**
 * A UK driving licence number: five letters of the surname (padded with 9s), six digits of the birth
 * date, two initials (or 9s), a digit and two check characters, maybe an issue number; with a blank
 * between its parts or none ("PENHA 862273 KJ9XY"). The digits are decade, month (plus 50 for a woman),
 * day and year, and must read as one.
 */
const DRIVING_LICENCE = /(?<![\w-])[A-Z9]{5}[ ]?(\d{6})[ ]?[A-Z9]{2}\d[A-Z0-9]{2}(?:[ ]?\d{2})?(?![\w-])/g;
function isBirthCode(digits: string): boolean {
  const month = Number(digits.slice(1, 3)) % 50;
  const day = Number(digits.slice(3, 5));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * A national identity scheme's name and its number: the name tells the country that issued it, so it goes with the
 * number ("Aadhaar 4829 …", "PPS No. 1234567TA", "Asmens kodas 4850…", "ЕГН 8703…", "CPF 123.456.789-09", "MyKad" and
 * the number on the next line), as a country in brackets after a number does; the country in brackets after the scheme's name
 * too ("CPF (Brazil): 123.456.789-09").
 */
const NATIONAL_ID =
  /(?<![\p{L}\p{N}])(Aadhaa?r|PESEL|CNIC|NRIC|MyKad|KTP|Emirates ID|Iqama|PhilSys|PPSN?|Ghana Card|Asmens kodas|Isikukood|Personnummer|Kennitala|CPF|ЕГН|EGN)(?:[ \t]*\(\p{Lu}[\p{L} .]{1,28}\))?(?:[ \t]+(?:[Nn]o\.?|[Nn]umber))?[ \t]*[:#]?[ \t]*(?:\r?\n[ \t]*)?([A-Z]{0,2}\d(?:[ ./-]?\d|[A-Z]){4,18})(?![\p{L}\p{N}])/gu;
/**
 * The fewest digits each scheme's number holds, so that a scheme's letters that are also something else's, with a short
 * figure or a span of years after them, are not taken: "KTP 2018-2020" is a Knowledge Transfer Partnership, the Indonesian
 * KTP's number (NIK) has 16 digits. Singapore's NRIC has 7 (Malaysia's 12), an Irish PPS number 7, a Ghana Card 10.
 */
const SCHEME_DIGITS: Record<string, number> = {
  aadhaar: 12, aadhar: 12, pesel: 11, cnic: 13, nric: 7, mykad: 12, ktp: 16, 'emirates id': 15, iqama: 10, philsys: 12, pps: 7, ppsn: 7,
  'ghana card': 9, kennitala: 10, 'asmens kodas': 11, isikukood: 11, personnummer: 10, cpf: 11, егн: 10, egn: 10,
};
/**
 * A people's word before "ID" names the country that issued the number after it, maybe past a bracket that gives the card's
 * own name: "Cuban ID (carné de identidad) 94080512345", "Nigerian national ID number 12345678901". It goes with the number.
 */
const DEMONYM_ID =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)[ \t]+(?:national[ \t]+)?ID(?:[ \t]+(?:card|no\.?|number))?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[:#]?[ \t]*(\d(?:[ -]?\d){5,17})(?![\p{L}\p{N}])/gu;
const DEMONYMS = new Set(demonymData.demonyms);
/** A span of years ("2018-2020", "1999/01"), which is when, never a number. */
const YEAR_RANGE = /^(?:19|20)\d{2}[ ]?[-–/][ ]?(?:19|20)?\d{2}(?!\d)/;

/** Whether a scheme's value has that scheme's digits and is no span of years. */
function schemeNumber(scheme: string, value: string): boolean {
  return !YEAR_RANGE.test(value) && value.replace(/\D/g, '').length >= SCHEME_DIGITS[scheme.toLowerCase()]!;
}
/** A country in brackets after a number, the one that issued it: "TR8820417 (Japan)". */
const PLACES = nameLexicon.notNameGroups.places;

/** An identifier with the country that issued it, which tells where the holder is from. */
function withCountry(text: string, span: Span): Span {
  const bracket = bracketAfter(text, span.end, 31);
  return bracket && PLACES.has(bracket.inside.trim()) ? { ...span, end: span.end + bracket.length } : span;
}

/** A month's short name between the numbers makes a date, not a reference: "2021/MAR/15", "15/Sept/2021". */
const MONTH_BETWEEN = /\/(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\//i;

/**
 * Other personal identifiers: DBS certificate, Smartcard, passport, driving licence, staff, student, service,
 * ORCID and BRP numbers, an identity card's "CNI" and a health insurance number ("TAJ szám", Hungary's), a vehicle's registration, and bank details (an account number, a sort code) a signature or a form may carry. Taken only next to a context word (ORCID iDs by format), with at least
 * six characters and four digits (a card's code after "no." four digits: NUMBERED_CODE), so that a date or a grade is never mistaken for one.
 */
export function findIdNumbers(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matchAll(text, CANDIDATE)) {
    // "Student ID 20184731", Canada's "SIN 872 460 193": the label's capitals are read with the code; the label is then the words before it and those.
    const id = LABEL_READ_WITH.exec(m[0])?.[0].length ?? 0;
    const value = m[0].slice(id);
    const at = m.index + id;
    const sortCode = DATE_LIKE.test(value) && SORT_CODE_LABEL.test(trimChars(text.slice(Math.max(0, at - 16), at), null, LABEL_SEPARATOR));
    if (value.replace(/[ /-]/g, '').length < 6 || /^(?:(?:19|20)\d{2}[ /-]?)+$/.test(value) || (DATE_LIKE.test(value) && !sortCode)) continue;
    if (PHONE_PREFIX.test(text.slice(Math.max(0, at - 6), at))) continue;
    const oneByOne = ONE_BY_ONE.test(value);
    // A code typed a character at a time only with its label straight before it or on the line above.
    const labelled = oneByOne
      ? labelStraightBefore(text, at) || labelAbove(text, at) || labelJustBefore(text, at)
      : hasContext(text, at, at + value.length, CONTEXT, 60, 0) || labelAbove(text, at) || labelJustBefore(text, at) || LABEL_OPENING.test(value);
    // Four digits in a row, or, after a label, digits in groups as a payslip prints them ("Payroll No 60 118 342", "Staff No: 448-221-907").
    if (!/\d{4}/.test(oneByOne ? value.replaceAll(' ', '') : value) && !(labelled && (/^\d{2,3}(?:[ -]\d{2,4}){2,3}$/.test(value) || isMixedCode(value)))) continue;
    if (labelled) {
      // Typed a character at a time, the code is read whole, above a register's number its middle digits may look like.
      const whole = oneByOne ? { priority: REDACTION_KINDS['registration-number'].priority + 1 } : {};
      spans.push(makeSpan('id-number', at, at + value.length + (CHECK_DIGIT.exec(text.slice(at + value.length, at + value.length + 3))?.[0].length ?? 0), whole));
    } else if (
      (/^(?:00\d{7,}|[1-9]\d{11,})$/.test(value) && text[at - 1] !== '+') ||
      // A case or application reference: "2024/0317/ND", "2026/PM/07".
      /^[A-Z0-9]+\/[A-Z0-9]+\/[A-Z0-9/]*[A-Z]/.test(value) ||
      (/^\d{2,4}\/[A-Z]{1,4}\/\d{1,4}$/.test(value) && !MONTH_BETWEEN.test(value))
    ) {
      // A long run of digits, or one with leading zeros, is an identifier wherever it is (no count is
      // written so), unless it is a phone number, which wins; so is a case reference ("2024/0317/ND").
      spans.push(makeSpan('id-number', at, at + value.length, { priority: REDACTION_KINDS.phone.priority - 1 }));
    }
  }
  for (const m of matchAll(text, NATIONAL_ID)) if (schemeNumber(m[1]!, m[2]!)) spans.push(makeSpan('id-number', m.index, m.index + m[0].length));
  for (const m of matchAll(text, DEMONYM_ID)) {
    if (!DEMONYMS.has(m[1]!) || YEAR_RANGE.test(m[2]!)) continue;
    // The label and the number apart, so a longer reading of the number ("63-2217481 F 42") keeps its end.
    const numberStart = m.index + m[0].length - m[2]!.length;
    spans.push(makeSpan('id-number', m.index, numberStart - trailingLength(text.slice(m.index, numberStart), LABEL_GAP)), makeSpan('id-number', numberStart, m.index + m[0].length));
  }
  for (const m of matchAll(text, SHAPED_ID)) spans.push(makeSpan('id-number', m.index, m.index + m[0].length));
  for (const m of matchAll(text, ORCID)) spans.push(makeSpan('id-number', m.index, m.index + m[0].length));
  for (const m of matchAll(text, VEHICLE_REG)) spans.push(makeSpan('id-number', m.index + m[0].length - m[1]!.length, m.index + m[0].length));
  // Above a register's number, which a licence's middle digits may look like after "licence no.".
  for (const m of matchAll(text, DRIVING_LICENCE)) {
    if (isBirthCode(m[1]!)) spans.push(makeSpan('id-number', m.index, m.index + m[0].length, { priority: REDACTION_KINDS['registration-number'].priority + 1 }));
  }
  // Below every labelled finder and phones, which name the same number more exactly.
  for (const m of matchAll(text, NUMBERED_CODE)) {
    const code = m[2]!;
    const carded = m[1]!.toLowerCase() === 'membership' || CARD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (!carded || !/(?:\d\D*){4}/.test(code) || NOT_A_CODE.test(code) || DATE_LIKE.test(code)) continue;
    const start = m.index + m[0].length - code.length;
    spans.push(makeSpan('id-number', start, start + code.length, { priority: REDACTION_KINDS.phone.priority - 1 }));
  }
  return spans.map((span) => withCountry(text, span));
}

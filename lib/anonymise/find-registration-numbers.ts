import { forEachCell } from './cell-breaks';
import { isDigitAt } from './chars';
import { DATE_LIKE, PHONE_PREFIX } from './find-id-numbers';
import { hasContext } from './has-context';
import { lineStart } from './line-start';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import type { Span } from './span';

interface RegistrationRule {
  register: string;
  pattern: RegExp;
  /** Redacted only with this context nearby; `null` when the format alone is distinctive. */
  context: RegExp | null;
}

/**
 * The letters of the registers abroad that an international recruit names beside their old number: Australia's AHPRA, Ireland's
 * CORU and NMBI, New Zealand's councils, South Africa's, Pakistan's and Brazil's.
 */
const REGISTERS_ABROAD = ['AHPRA', 'NMBA', 'CORU', 'NMBI', 'DCNZ', 'NCNZ', 'MCNZ', 'SANC', 'HPCSA', 'PMDC', 'COREN'];
/** The UK's registers by their letters. */
const UK_REGISTER_LETTERS = ['GMC', 'GPhC', 'GDC', 'GOC', 'HCPC', 'NMC', 'AHCS', 'RCCP', 'SWE', 'PAMVR', 'NRPSI'];
/** The registers by name: the councils, the accredited registers and their letters, and a profession's council anywhere ("Dental Council of New Zealand"). */
const REGISTER_BODIES = `GMC|General Medical Council|(?:Social\\s+)?Work\\s+England|SWE|UKBHC|Board\\s+of\\s+Healthcare\\s+Chaplaincy|GPhC|General Pharmaceutical Council|GDC|General Dental Council|GOC|General Optical Council|HCPC|Health and Care Professions Council|NMC|Nursing and Midwifery Council|AHCS|Academy for Healthcare Science|RCCP|PAMVR|NRPSI|National Register of Public Service Interpreters|${REGISTERS_ABROAD.join('|')}|(?:Medical|Dental|Nursing|Nurses|Pharmacy|Pharmaceutical|Optical|Paramedic)[ \\t]+Council`;
const REGISTER_BODY = new RegExp(`\\b(?:${REGISTER_BODIES})\\b`, 'i');
/**
 * A doctor's or a pharmacist's register abroad by its own words, as a recruit from Europe names it beside their old number:
 * Romania's colleges and a doctor's stamp code ("Colegiul Medicilor din România — cod parafă 842317"; a stem's ASCII
 * letters run to the word boundary, which an accented letter such as "ă" also makes), Portugal's, Spain's, Italy's and France's orders and colleges,
 * Poland's chamber and its licence to practise ("numer PWZ").
 */
const REGISTER_WORDS_ABROAD =
  'Colegiul[ \\t]+(?:Medicilor|Farmaci\\w*)|cod[ \\t]+paraf\\w*|Ordem[ \\t]+dos[ \\t]+(?:M[ée]dicos|Enfermeiros|Farmac\\w*)|Colegio[ \\t]+(?:Oficial[ \\t]+)?de[ \\t]+(?:M[ée]dicos|Enfermer\\w*|Farmac\\w*)|Ordine[ \\t]+dei[ \\t]+Medici|Ordre[ \\t]+des[ \\t]+(?:m[ée]decins|infirmiers|pharmaciens)|Izba[ \\t]+Lekarska|PWZ';
export const ANY_REGISTER = new RegExp(`\\b(?:${REGISTER_BODIES}|${REGISTER_WORDS_ABROAD}|PIN|registration|register|reg\\.?|registration no|performers list|licen[cs]e)\\b`, 'i');

/**
 * Professional registration numbers. Formats (checked against each register's public search):
 * GMC 7 digits; GPhC 7 digits (pharmacy technicians too); GDC up to 6 digits; NMC PIN
 * 2 digits + letter + 4 digits + letter (12A3456E); HCPC profession prefix + 5–6 digits
 * (PA12345, PH123456); GOC 01-12345 (optometrists) or D-12345 (dispensing opticians).
 * Bare digit strings are only taken next to a context word; the lettered formats stand alone.
 */
/** The HCPC's profession prefixes (PA paramedic, RA radiographer, SL speech and language therapist…). */
const HCPC_PREFIXES = ['PA', 'PH', 'OT', 'CH', 'CS', 'DT', 'RA', 'SL', 'AS', 'BS', 'PO', 'OD', 'ODP', 'HAD', 'PYL', 'OR'];
const HCPC_PREFIX = `(?:${HCPC_PREFIXES.join('|')})`;
/** The same typed in lower case, without the ones that are words ("as", "had", "or": "I had 12345 patients"). */
const PREFIX_WORDS = new Set(['AS', 'HAD', 'OR']);
const HCPC_PREFIX_TYPED = `(?:${HCPC_PREFIXES.filter((p) => !PREFIX_WORDS.has(p)).map((p) => p.toLowerCase()).join('|')})`;

const RULES: RegistrationRule[] = [
  // Also with a space after the letter, as copied from the register's letter: "16I 2345E".
  { register: 'NMC', pattern: /(?<![\w-])\d{2}[A-Z] ?\d{4}[A-Z](?![\w-])/g, context: null },
  // Typed in lower case ("NMC PIN: 09i4821c"), only near a register word.
  { register: 'NMC', pattern: /(?<![\w-])\d{2}[a-z] ?\d{4}[a-z](?![\w-])/g, context: ANY_REGISTER },
  // A blank, hyphen or dot between any of the groups, the letters too ("12 I 3456 E", "08-y-1234-c"), only before the last letter
  // ("98Y 4567 E") or only after the first ("20A-1234E"): near a register word or under its label.
  // A blank between every character too, as typed into a form's boxes ("1 4 C 0 5 5 8 A"), or a line break where the
  // layout wrapped the PIN ("PIN 08A1⏎234E").
  { register: 'NMC spaced', pattern: /(?<![\w-])\d(?:[ .-]|\r?\n)?\d(?:[ .-]|\r?\n)?[A-Za-z](?:[ .-]|\r?\n)?\d(?:(?:[ .-]|\r?\n)?\d){3}(?:[ .-]|\r?\n)?[A-Za-z](?![\w-])/g, context: ANY_REGISTER },
  {
    register: 'HCPC',
    pattern: new RegExp(`(?<![\\w-])${HCPC_PREFIX}\\s?\\d{5,6}(?![\\w-])`, 'g'),
    context: null,
  },
  // Straight after the HCPC's letters, a profession's prefix and digits are its number however few, as a heading cut short or a
  // scan misread gives them ("HCPC PA 1O4", read as 104): never a year, nor a count of something ("HCPC RA 300 hours of placement").
  {
    register: 'HCPC after letters',
    pattern: new RegExp(
      `(?<=\\bHCPC[ \\t]{1,2})${HCPC_PREFIX}[ \\t]?(?!(?:19|20)\\d{2}(?!\\d))\\d{3,7}(?![\\w-]|[ \\t]\\d|[ \\t]{0,2}%|[ \\t]{1,2}(?:hours?|hrs|minutes|days|weeks|months|questions|patients|cases|students|placements?)\\b)`,
      'g',
    ),
    context: null,
  },
  // A space inside the digits, as retyped from a certificate ("RA0 88213", "PYL 061 728"), or between every digit
  // ("AS 4 1 2 9 7"): near a register word.
  { register: 'HCPC split', pattern: new RegExp(`(?<![\\w-])${HCPC_PREFIX} ?(?:\\d{1,3} \\d{2,5}|\\d{2} \\d{2} \\d{2}|\\d(?: \\d){4,5})(?![\\w-]|[ -]\\d)`, 'g'), context: ANY_REGISTER },
  // The prefixes that are words ("as", "had", "or") joined to their number, typed in any case ("or062290"): no word is written so.
  { register: 'HCPC joined', pattern: /(?<![\w-])(?:as|had|or)\d{5,6}(?![\w-])/gi, context: ANY_REGISTER },
  // A register's own letters, a hyphen and the number, as voluntary registers and councils write them ("PVRS-04418", "PYL-35017"):
  // near a register word, and only a register's letters or under a register's label (see `registerCode`).
  { register: 'lettered', pattern: /(?<![\w-])[A-Z]{2,5}-\d{4,6}(?![\w-])/g, context: ANY_REGISTER },
  { register: 'GOC', pattern: /(?<![\w-])(?:01|D|02)-\d{5}(?![\w-])/g, context: null },
  // With a blank for the hyphen ("registration no. D 18342"), only near a register word.
  { register: 'GOC spaced', pattern: /(?<![\w-])(?:01|D|02) \d{5}(?![\w-])/g, context: ANY_REGISTER },
  // Social Work England: "SW" and digits ("SW108842", "SW 118342"), maybe after the register's letters ("SWE-SW109467").
  { register: 'Social Work England', pattern: /(?<![\w-])(?:SWE-)?SW ?\d{5,6}(?![\w-])/g, context: ANY_REGISTER },
  // A number with a leading zero straight after "registration" or "reg. no." ("UKBHC registration 04417"): the label says what it is.
  { register: 'labelled', pattern: /(?<=\b(?:registration|reg\.?)(?:[ \t]+(?:no\.?|number))?(?:[ \t]?[:.])?[ \t]{1,3})0\d{3,6}(?![\w-]|\.\d|[ -]\d)/gi, context: null },
  // Not part of a longer number ("0151 496 0123") and not starting with 0.
  // After a code that ends in a digit ("Reg no. RN1 7654321": the NMC's sub-part), the number is still whole.
  { register: 'digits', pattern: /(?<![\w.-]|(?<![A-Za-z])\d[ -])[1-9]\d{3,6}(?![\w-]|\.\d|[ -]\d)/g, context: ANY_REGISTER },
  // The same number grouped by spaces, as some copy it from the register: "GDC registration: 284 117",
  // "GPhC reg. 2 087 431", or spaced digit by digit, "4 1 2 9 7 3" (four to seven digits in all, counted in code).
  { register: 'spaced digits', pattern: /(?<![\w.-]|(?<![A-Za-z])\d[ -])(?:[1-9]\d{0,3}(?: \d{2,4}){1,3}|[1-9](?: \d){3,6})(?![\w-]|\.\d|[ -]\d)/g, context: ANY_REGISTER },
  // Near the HCPC's name, seven digits too, as a number retyped with an extra digit ("RA 0481337") is still theirs.
  { register: 'HCPC', pattern: /(?<![\w-])[A-Z]{2,3}\s?\d{5,7}(?![\w-])/g, context: /\bHCPC\b|Health and Care Professions/i },
  // A code of capitals and digits straight after a register's letters, as registers abroad write theirs: "AHPRA NMW0001234567", "CORU OT031177".
  // A colon may follow the letters, and the register's country in brackets before it: "AHPRA: PHY0001234567", "CORU (Ireland): OT031177".
  { register: 'after letters', pattern: new RegExp(`(?<=\\b(?:${[...UK_REGISTER_LETTERS, ...REGISTERS_ABROAD].join('|')})(?:[ \\t]?\\([\\p{L} ]{2,20}\\))?:?[ \\t]{1,2})[A-Z]{1,4}\\d{4,10}(?![\\w-])`, 'gu'), context: null },
  // Digits grouped by dots after a register's letters, as Brazil's and other councils write them ("COREN-SP 203.114"): near a register word.
  { register: 'dotted', pattern: /(?<=\b[A-Z]{2,6}(?:-[A-Z]{2})?[ \t])[1-9]\d{0,2}(?:\.\d{3}){1,2}(?![\w-]|\.\d)/g, context: ANY_REGISTER },
  // A profession's prefix in lower case, as typed into a form ("HCPC registration: ch 41872"), goes with its number near a register word.
  // A line may break between the two ("(po⏎05123)").
  { register: 'HCPC', pattern: new RegExp(`(?<![\\w-])${HCPC_PREFIX_TYPED}(?:[ \\t]|[ \\t]?\\n[ \\t]?)?\\d{5,6}(?![\\w-])`, 'gi'), context: ANY_REGISTER },
];

/**
 * A number in two parts straight after a registration label ("RCCP – audiologist, reg. 2018-0447",
 * "Registration no: 04/51872"): registers such as the RCCP's and overseas councils' write them so.
 */
const TWO_PART = /(?<![\w./-])\d{2,6}[-/]\d{3,6}(?![\w-]|[./]\d)/g;
const REGISTRATION_LABEL_BEFORE = /\b(?:reg(?:istration)?(?:\.?[ \t]?(?:no|number))?|PIN|AHCS|RCCP)\.?[ \t]{0,2}:?[ \t]{0,2}$/i;
/**
 * A licence's number, leading zeros and all, straight after the word: "PRC licence 0012345", "Licence no: 004521", maybe
 * after the register's letters for the grade ("licence RN 0412356"; capitals only, checked in code: "licence was 20000" is none).
 * After a colon a form pads the value out to its column ("License No.:      0812345").
 */
const LICENCE_NUMBER = /\blicen[cs]e(?:[ \t]?(?:no\.?|number))?[ \t]{0,2}(?::[ \t]{0,24})?(?:([A-Za-z]{1,3})[ \t])?(\d{5,10})(?![\w-])/gi;
/**
 * A code of letters and digits straight after "registration number", "membership no." or "PIN", as
 * voluntary registers and professional bodies write theirs ("registration number 01-PV-30427",
 * "member no. RC0021457", "RCCP reg. 2214-CP-0917", "GOC student registration: 1-21847", "GDC trainee registration T-48213", "(RCCP): 2214-CP-0917", "Accredited
 * Register, no. APT-2291", "NISCC no. 6-102-774", "(BDA) no. BDA-0092713"), its digits maybe grouped by blanks ("member
 * no. 27 114 903", "reg. no. 0 8 2 1 7"); it must hold four digits or more, so a word after the label is no code, and a
 * date or a year after "registration:" is when, not a code. A line may break after the label or inside it ("student
 * registration no.⏎S-08745", "RCSLT member⏎no. RC0 51 882"). A Spanish college's member writes it "colegiada nº 08/4471" or "nº de
 * colegiado 2841376" (read as "no" once the text is normalised). The label may carry its register in brackets before the colon,
 * as a dentist's or a GP's performer number does ("Performer number (NHS England): 713402", "Performers list no. (Wales) 48213").
 */
const LABELLED_CODE = /\b(?:reg(?:istration)?\.?[ \t]?(?:no|number)|register,?[ \t](?:no|number)|registration(?=[ \t]{0,2}[:#])|(?:RCCP|AHCS|GMC|GPhC|GDC|GOC|HCPC|NMC|NISCC|SSSC)[ \t](?:(?:student|trainee|provisional|temporary)[ \t])?registration(?=[ \t]{1,2}[A-Za-z]{0,3}-?\d)|reg(?=\.)|(?:RCCP|AHCS|GMC|GPhC|GDC|GOC|HCPC|NMC)\)?(?=[ \t]{0,2}:)|(?:RCCP|AHCS|GMC|GPhC|GDC|GOC|HCPC|NMC|NISCC|SSSC|PSNI|BDA|RCSLT|BPS|CIPD|SIA)\)?[ \t]?(?:no|number)(?![a-z])|member(?:ship)?(?:[ \t]?|[ \t]*\n[ \t]*)(?:no|number)(?![a-z])|performers[ \t]list(?=[ \t]{0,2}:)|performers?(?:[ \t]list)?[ \t](?:no|number)(?![a-z])|PIN|colegiad[oa][ \t]+n(?:\.?[ºo°]|[uú]m(?:ero)?)|n(?:\.?[ºo°]|[uú]m(?:ero)?)\.?[ \t]+(?:de[ \t]+)?colegiad[oa])\.?(?:[ \t]?\([^()\n]{1,30}\))?[ \t]{0,2}[:#]?[ \t]{0,2}(?:\n[ \t]*)?([A-Za-z0-9]{1,10}(?:[-/][A-Za-z0-9]{1,10}){0,3}(?: \d{1,4}){0,7})(?![\w-]|[./]\d)/gi;
const FOUR_DIGITS = /(?:\d\D*){4}/;
const TRAILING_YEAR = / (?:19|20)\d{2}$/;
/** Two years ("2018-2020") are a span of time, not a number. */
const YEAR_SPAN = /^(?:19|20)\d{2}[-/](?:19|20)?\d{2}$/;

/**
 * A register's label, its colon, then the profession the register lists before the number: "(HCPC): Occupational Therapy
 * 07562", "HCPC: Paramedic 412877". The profession is up to four capitalised words, "and" between; a year there is when, not a number.
 */
const PROFESSION_THEN_NUMBER = /\b(?:GMC|GPhC|GDC|GOC|HCPC|NMC)\)?[ \t]{0,2}:[ \t]{0,2}\p{Lu}\p{Ll}+[ \t](?:(?:\p{Lu}\p{Ll}+|and|&)[ \t]){0,3}(\d{4,7})(?![\w-]|[./]\d)/gu;
/**
 * A professional body's membership number after "Member of <the body>:" ("Member of the Royal College of Occupational
 * Therapy:- BT0011933"): capitals and digits, or digits alone, five at least.
 */
const MEMBER_OF_CODE = /\bmember(?:ship)?[ \t]+of[ \t][^\n:]{2,60}:-?[ \t]{0,2}([A-Z]{0,4}\d{5,9})(?![\w-]|[./]\d)/gi;

/** The number after a label the patterns above read, as a span: never a year alone. */
function labelledNumbers(text: string, pattern: RegExp, spans: Span[]): void {
  for (const m of matchAll(text, pattern)) {
    if (/^(?:19|20)\d{2}$/.test(m[1]!)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    spans.push(makeSpan('registration-number', start, start + m[1]!.length));
  }
}

function labelledTwoPartNumbers(text: string, spans: Span[]): void {
  for (const m of matchAll(text, TWO_PART)) {
    if (YEAR_SPAN.test(m[0]) || !REGISTRATION_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    spans.push(makeSpan('registration-number', m.index, m.index + m[0].length));
  }
}

/** A word that names the number itself: "GMC number (full registration…): 7123456", "GDC registration number, which …, is 281934". */
const NUMBER_WORD = /\b(?:number|no|PIN|ref|reference)\b/i;
/** Counted things after a number: "1500 patients" is no registration number. */
const COUNTED = /^[ \t]+[a-z]{3,}s\b/;

/** A register's label alone on a line ("GMC:", "GPhC registration", "NMC PIN"): the number under it is theirs. */
const REGISTER_LABEL = /^[ \t]*(?:GMC|GPhC|GDC|GOC|HCPC|NMC)\b[^\n]{0,30}$/;

/** A register and the word "number" earlier on the number's line (100 characters), or on the line above when the number is alone. */
function namedEarlier(text: string, start: number): boolean {
  const from = lineStart(text, start, 100);
  let before = text.slice(from, start);
  if (!before.trim() && text[from - 1] === '\n') {
    before = text.slice(Math.max(0, from - 81), from - 1).split('\n').at(-1)!;
    if (REGISTER_LABEL.test(before)) return true;
  }
  return ANY_REGISTER.test(before) && NUMBER_WORD.test(before);
}

/** A register's series before its number, letters with a stroke in them: "RN/J 22871", "RM/T-4410", "MDCN/R/51234". */
const SERIES = /(?<![\w/-])[A-Z]{1,4}\/[A-Z]{1,4}(?:[ \t/-])?$/;

/**
 * The counter that wraps a number in Chinese and Japanese, "第 98213 号" ("number 98213"): its two characters are the number's
 * frame, and left alone they would tell that a number stood there.
 */
const COUNTER_OPEN = /第[ \t]?$/;
const COUNTER_CLOSE = /^[ \t]?[号號]/;

/** A number with the series written before it, which is part of the number, or with its counter around it. */
function withSeries(text: string, span: Span): Span {
  const series = SERIES.exec(text.slice(Math.max(0, span.start - 12), span.start))?.[0].length ?? 0;
  const open = COUNTER_OPEN.exec(text.slice(Math.max(0, span.start - 2), span.start))?.[0].length ?? 0;
  const close = open ? (COUNTER_CLOSE.exec(text.slice(span.end, span.end + 2))?.[0].length ?? 0) : 0;
  if (open && close) return { ...span, start: span.start - open, end: span.end + close };
  return series ? { ...span, start: span.start - series } : span;
}

/** A number typed a digit to a box ("7 6 0 3 2 9"), and the line after it holding only the boxes that wrapped ("   1"). */
/** Whether a text ends in four digits or more with one space between each, read back from its end (an end-anchored expression is quadratic). */
function endsInBoxes(text: string): boolean {
  let digits = 0;
  for (let i = text.length - 1; i >= 0 && isDigitAt(text, i); i -= 2) {
    digits++;
    if (text[i - 1] !== ' ') break;
  }
  return digits >= 4;
}
const WRAPPED_BOXES = /^[ \t]*\r?\n[ \t]*\d(?: \d){0,2}(?=[ \t]*(?:\r?\n|$))/;

/**
 * A number typed into a form's boxes whose last digits the layout wrapped onto a line of their own: "Professional
 * registration number: 7 6 0 3 2 9⏎   1". The wrapped digits are the number's too.
 */
function withWrappedDigits(text: string, span: Span): Span {
  if (!endsInBoxes(text.slice(span.start, span.end))) return span;
  const wrapped = WRAPPED_BOXES.exec(text.slice(span.end, span.end + 40));
  return wrapped ? { ...span, end: span.end + wrapped[0].length } : span;
}

/** Where a table names a register: its row's cells are read (below) only on such a line. */
const REGISTER_IN_ROW = new RegExp(ANY_REGISTER.source, 'gi');
/** A table's cells: a tab, a bar or two blanks between them. */
const ROW_CELLS = { minBlanks: 2, dashes: false };
/** A cell that is all one code of letters and digits, maybe in parts: "1196-PR", "PR14022", "RC/0021457". */
const CODE_CELL = /^[A-Za-z0-9]{1,10}(?:[-/][A-Za-z0-9]{1,10}){0,3}$/;

/** Whether a cell's text is a registration's code: four digits or more, and no year, span of years, date or count. */
function isCode(cell: string): boolean {
  return CODE_CELL.test(cell) && FOUR_DIGITS.test(cell) && !YEAR_SPAN.test(cell) && !/^(?:19|20)\d{2}$/.test(cell) && !DATE_LIKE.test(cell);
}

/**
 * "RCCP (Registration Council…)⇥⇥1196-PR⇥⇥Active", "AHCS Accredited Register | PR14022": a table's row that names a
 * register in one cell gives its number in the next cell that is not empty, whatever shape the register writes it in.
 * After a register named only by the word ("Diabetes register⇥1450"), a figure alone is a count: the code needs a letter.
 */
function registerCells(text: string, spans: Span[]): void {
  let lastLine = -1;
  for (const m of matchAll(text, REGISTER_IN_ROW)) {
    const from = text.lastIndexOf('\n', m.index) + 1;
    if (from === lastLine) continue;
    lastLine = from;
    const newline = text.indexOf('\n', m.index);
    const line = text.slice(from, newline < 0 ? text.length : newline);
    let named: 'body' | 'word' | null = null;
    forEachCell(line, ROW_CELLS, (start, end) => {
      const cell = line.slice(start, end).trim();
      if (!cell) return;
      if (named && isCode(cell) && (named === 'body' || /[A-Za-z]/.test(cell))) {
        const at = from + start + line.slice(start, end).indexOf(cell);
        spans.push(makeSpan('registration-number', at, at + cell.length));
      }
      named = REGISTER_BODY.test(cell) ? 'body' : ANY_REGISTER.test(cell) ? 'word' : null;
    });
  }
}

/** The letters of a standard or an accreditation, not a register: "ISO-9001", "BS-5839", "EN-1789", "HTM-0101", "UKAS-8123". */
const STANDARD_CODE = /^(?:ISO|BS|EN|HTM|UKAS)-/;
/** Registers that write their letters before a hyphen and the number: the HCPC's professions and the accredited registers. */
const REGISTER_LETTERS = new Set([...HCPC_PREFIXES, 'PVRS', 'RCT', 'UKPHR', 'AHCS', 'RCCP', 'NRPSI', 'SWE', 'PAMVR']);
/** The code's own label with its colon straight before it: "Register of Clinical Technologists: ", "Public Voluntary Register of Sonographers (RCR/SoR): ". */
const REGISTER_LABEL_COLON = /\b(?:register|registration|GMC|GPhC|GDC|GOC|HCPC|NMC|AHCS|RCCP|SWE|UKBHC|NRPSI|PAMVR|PIN)\b[^\n.;,|:]{0,60}:[ \t]{0,2}$/i;
/** A council's letters or "reg. no." straight before the code, with no colon: "HCPC ", "Reg no. ", "(accredited register), no. ". */
const REGISTER_WORD_BEFORE = /\b(?:GMC|GPhC|GDC|GOC|HCPC|NMC|AHCS|RCCP|SWE|UKBHC|NRPSI|PAMVR|PIN|registration|reg|register\)?,)\.?(?:[ \t]+(?:no|number)\.?)?[ \t]{1,2}$/i;

/**
 * Whether a code of capitals, a hyphen and digits near a register word is a registration: a register's own letters, or any
 * letters under a register's label. Course codes ("NURS-5012"), a student number ("Student number: UOB-123456 (NMC
 * registration pending)") and a standard ("ISO-9001") named near a register are not.
 */
function registerCode(text: string, start: number, code: string): boolean {
  if (STANDARD_CODE.test(code)) return false;
  const before = text.slice(lineStart(text, start, 100), start);
  return REGISTER_LETTERS.has(code.slice(0, code.indexOf('-'))) || REGISTER_LABEL_COLON.test(before) || REGISTER_WORD_BEFORE.test(before);
}

/** A line whose first cell is a register's letters and a number: "KNMC 55210", one of a list of registrations. */
const LISTED_REGISTRATION = /^[ \t]*[A-Z]{2,6}[ \t]{1,2}([1-9]\d{3,6})(?=[ \t]*\r?$|[ \t]{2}|\t)/gm;
/** Years, which are no number of a register's. */
const YEARS = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
/** A line's first cell: up to a tab or two blanks. */
const FIRST_CELL = /^[^\t\n]*?(?= {2}|\t|\r?$)/;

/**
 * "NMC PIN 18C1234D⏎KNMC 55210": a list of registrations, one a line, where a line's first cell that is only a council's
 * letters and a number follows a line whose first cell names a register and holds a number (a year is none).
 */
function listedRegistrations(text: string, spans: Span[]): void {
  for (const m of matchAll(text, LISTED_REGISTRATION)) {
    if (m.index === 0) continue;
    const above = FIRST_CELL.exec(text.slice(text.lastIndexOf('\n', m.index - 2) + 1, m.index - 1))?.[0] ?? '';
    if (!ANY_REGISTER.test(above) || !FOUR_DIGITS.test(above.replace(YEARS, ''))) continue;
    const start = m.index + m[0].length - m[1]!.length;
    spans.push(makeSpan('registration-number', start, start + m[1]!.length));
  }
}

/**
 * A register's letters and its number, the digits maybe after a blank or a hyphen: "ABC 0123", "XYZ-45678", "QRS 7654321"; and
 * ten digits joined to the letters, as Australia's register writes its numbers ("NMW0001234567").
 */
const LETTERS_AND_NUMBER = /(?<![\w-])[A-Z]{2,6}(?:[ \t-]?\d{4,8}|\d{10})(?![\w-]|[./]\d)/g;
/**
 * A registration's word earlier in the sentence, as a register abroad or a small one no list knows is named: "registered",
 * "authorised as", "licensed", "accredited", "registration".
 */
const REGISTERED_BEFORE = /\b(?:regist(?:ered|ration|rant)|authori[sz]ed|licen[cs]ed|accredited)\b[^.;!?\n]{0,60}$/i;

/**
 * "Registered Dental Hygienist (ABC 0123, …)", "authorised as a social educator XYZ 7654321 (Norway)", "registered play
 * worker (BCD number BCD-1234)": a code of a register's capitals and four digits or more, with a registration's word before
 * it in its sentence. Never a year ("CQC 2019"), nor a standard's code ("ISO 15189").
 */
function codesAfterRegistration(text: string, spans: Span[]): void {
  for (const m of matchAll(text, LETTERS_AND_NUMBER)) {
    const digits = m[0].slice(m[0].search(/\d/));
    if (/^(?:19|20)\d{2}$/.test(digits) || STANDARD_CODE.test(`${m[0].slice(0, m[0].search(/[ \t\d-]/))}-`)) continue;
    if (REGISTERED_BEFORE.test(text.slice(Math.max(0, m.index - 90), m.index)) && !studyCode(text, m.index)) spans.push(makeSpan('registration-number', m.index, m.index + m[0].length));
  }
}

/** A word for what is studied, whose code is a course's, not a register's: "module NURS 6001", "units HLTH5012 and HLTH5013". */
const STUDY_WORD = /^(?:modules?|units?|courses?|codes?|papers?|subjects?|programmes?)$/i;
/** The words before a code, last first. */
const WORDS_BEFORE = /[\p{L}\p{N}]+/gu;

/**
 * Whether the code at `start` follows a word for study, with only other codes, "and" and "or" between: "completed module
 * NURS 6001 and HLTH5012". Read back over up to eight words of its sentence.
 */
function studyCode(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start).split(/[.;!?\n]/).at(-1)!;
  const words = before.match(WORDS_BEFORE) ?? [];
  for (let i = words.length - 1; i >= Math.max(0, words.length - 8); i--) {
    const word = words[i]!;
    if (STUDY_WORD.test(word)) return true;
    if (!/^(?:and|or|&)$/i.test(word) && !/\d/.test(word) && !/^[A-Z]{2,6}$/.test(word)) return false;
  }
  return false;
}

/**
 * A regulator abroad named by its profession and its country or state: "Medical Council of Kenya" (a word of the place ends at
 * a blank, so a grade's code joined to its number, "Kenya RN14902", is the number's), "Nursing and Midwifery
 * Board of Ghana", "Dental Chamber of Serbia", "Medical and Dental Practitioners Council of …", the council's word maybe wrapped
 * onto the next line. Its number straight after it goes, read even after a label no other reading
 * knows ("registration no. 91-32874"); the register itself is a registration named as such, which the panel keeps, as it
 * keeps the places the writer worked.
 */
const COUNCIL_OF_PLACE =
  /\b(?:(?:General|National|Federal|State|Central)[ \t]+)?(?:Medical(?:[ \t]+and[ \t]+Dental)?|Dental|Nursing(?:[ \t]+and[ \t]+Midwifery)?|Nurses(?:[ \t]+and[ \t]+Midwives)?|Midwifery|Pharmacy|Pharmaceutical|Pharmacists|Optical|Physiotherapy|Health[ \t]+Professions)(?:[ \t]+Practitioners)?(?:[ \t]+|[ \t]*\n[ \t]*)(?:Council|Board|Chamber|Syndicate|Commission|Order)[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*(?![\p{L}\p{N}])){0,2}/gu;
/** What may stand between such a regulator and its number: a comma or bracket, a label ("registration no.", "licence", "#") and a grade's letters ("RN"), before the label too ("(RGN no. …"). */
const COUNCIL_TO_NUMBER = /^[ \t]{0,2}[,:(–-]?[ \t]{0,2}(?:[A-Z]{2,4}[ \t]{1,2}(?=(?:no|number)\b|#))?(?:(?:registration|reg|licen[cs]e|membership|PIN)\.?[ \t]{0,2})?(?:(?:no|number)\.?[ \t]{0,2})?[:#]?[ \t]{0,2}(?:\*{1,2}|_{1,2})?(?:[A-Z]{1,4}[ \t]{1,2})?$/i;

/**
 * The same label ("PIN" too), then a number no other reading took: digits, maybe after a grade's letters or in parts ("RN 031877",
 * "no. 12-4471"), the letters maybe joined to them ("registration M14902") and the code in Markdown's emphasis ("PIN **RGN 0412873**").
 */
const NUMBER_AFTER_COUNCIL = /^[ \t]{0,2}[,:(–-]?[ \t]{0,2}(?:[A-Z]{2,4}[ \t]{1,2}(?=(?:no|number)\b|#))?(?:(?:registration|reg|licen[cs]e|membership|PIN)\.?[ \t]{0,2})?(?:(?:no|number)\.?[ \t]{0,2})?[:#]?[ \t]{0,2}(?:\*{1,2}|_{1,2})?(?:[A-Z]{1,4}[ \t/-]?)?\d{1,8}(?:[/-]\d{1,6})?(?![\w-])/i;

/** The number after a regulator abroad (see COUNCIL_OF_PLACE), where no other reading took it. */
function councilsBeforeNumbers(text: string, spans: Span[]): void {
  for (const m of matchAll(text, COUNCIL_OF_PLACE)) {
    const end = m.index + m[0].length;
    const number = spans.find((span) => span.start >= end && span.start - end <= 40 && COUNCIL_TO_NUMBER.test(text.slice(end, span.start)));
    const code = NUMBER_AFTER_COUNCIL.exec(text.slice(end, end + 60))?.[0];
    if (!code || !FOUR_DIGITS.test(code) || /(?<![\d/-])(?:19|20)\d{2}$/.test(code)) continue;
    // The number goes, with a grade's letters before it ("RN 031877"); the register named stays for the panel.
    const from = code.search(/(?:\b[A-Z]{1,4}[ \t/-]?)?\d/);
    // Another reading took the number: a second part it left goes with it ("RN 2207/09"), the grade's letters stay.
    if (number) {
      if (end + code.length > number.end) spans.push(makeSpan('registration-number', number.start, end + code.length));
      continue;
    }
    spans.push(makeSpan('registration-number', end + from, end + code.length));
  }
}

/**
 * A registered title with its number: "Registered Dietitian no. D20931", "Registered Midwife number 884213". The title and
 * the number go together, as the number alone would leave "Registered Dietitian no." to read as a label of nothing.
 */
const REGISTERED_TITLE_NUMBER = /\bRegistered(?:[ \t]+\p{Lu}\p{Ll}+){1,3}[ \t]+(?:[Nn]o\.?|[Nn]umber|#)[ \t]{0,2}:?[ \t]{0,2}[A-Z]{0,3}\d{4,10}(?![\w-])/gu;
/**
 * A licence for a profession with its number in brackets: "licence for Medical Laboratory Scientists (No. 45120)", "licence as a
 * Dental Hygienist (No. 2231)". The profession and the number go; "licence to practise (GMC no: …)" is read by the register's letters.
 * The look-behind's blanks are bounded: unbounded, it rescans a long run of blanks at every position in it.
 */
const LICENCE_FOR_NUMBER =
  /(?<=\blicen[cs]e[ \t]{1,3}(?:for|as|of)[ \t]{1,3})(?:an?[ \t]+)?\p{Lu}\p{L}+(?:[ \t]+(?:\p{Lu}\p{L}*|and|of|in|&)){0,5}[ \t]*\([ \t]?(?:No|Number|Reg(?:istration)?\.?[ \t]?No)\.?[ \t]?:?[ \t]?[A-Z]{0,3}\d{4,10}[ \t]?\)/gu;

/**
 * A number sign after a registration's label in any language, then its code, letters of any script among its digits: "Registration
 * Board no. ΟΠΤ/412", "Cédula profissional ACSS n.º C-034211", "certificate #1148823", "Approbationsurkunde Nr. A-447713",
 * "PA License #: PA-20931", a Chinese or Japanese licence's "第 98213 号". The label (REGISTRATION_WORD) is read back in code over
 * the sign's line.
 */
const SIGNED_CODE = /(?<![\p{L}\d])(?:n\.?[ \t]?[º°o]\.?|n[º°]|no\.?|nr\.?|num(?:ero|éro|er)|#|αρ\.?|αριθ\.?)[ \t]{0,2}:?[ \t]{0,2}([\p{L}\d]{1,12}(?:[-/.][\p{L}\d]{1,10}){0,3})(?![\p{L}\d-]|[./]\d|[ \t]\d)|第[ \t]?(\d{3,12})(?=[ \t]?[号號])/giu;
/**
 * A registration's or a licence's word in the languages a recruit's old register uses: English, Portuguese and Spanish
 * ("cédula", "inscrição", "colegiado", "matrícula"), French ("inscription"), Italian ("iscrizione", "albo"), German ("Approbation"), Polish ("prawo
 * wykonywania"), Greek ("μητρώο", "άδεια", "εγγραφή"), a permit, an annual practising certificate's "APC" (New Zealand's, Australia's), and a Chinese or Japanese licence or register ("免許", "執照", "登録").
 */
const REGISTRATION_WORD = /(?:\b(?:regist(?:ration|ered|ry|er|rant)|licen[cs](?:e|ed|ure)|certificat(?:e|ion)|certified|c[ée]dula|inscri(?:[cç][aã]o|ption)|colegiad[oa]|matr[íi]cula|iscrizione|albo|approbation\w*|prawo[ \t]+wykonywania|permit|APC)\b|μητρώ|άδεια|εγγραφ|免[許许]|登[録记記]|[執执]照|[證证]書|证书|[註注]册|[註注]冊)/iu;
/**
 * What ends a label's reach back: a sentence's or a clause's mark, a comma or a dash set off by blanks, or another cell of
 * a table. "Forklift licence – RTITB no. …" and "Registered with the AAPT, no. …" name a code the ID reading has.
 */
const LABEL_REACH = /[.;!?|•,]\s|\t| {3}|\s[–—-]\s/g;

/** A word of a professional order or chamber abroad, and a profession's stem, which together name a regulator: "Romanian order of nurses, midwives…", "Ordre National des Infirmiers du Cameroun". */
const ORDER_WORD = /\b(?:order|ordre|ordem|orden|ordine|colegio|colegiul|chamber|kammer|izba)\b/i;
const PROFESSION_STEM = /\b(?:nurs|infirm|midwi|sages?-femmes?|m[ée]dic|m[ée]dec|dent|pharm|farmac|enferm|inferm|physio|kin[ée]si|radiog|asistent|psycholog)/i;
const REGISTER_ABROAD_BY_WORDS = new RegExp(`\\b(?:${REGISTER_WORDS_ABROAD})`, 'i');
/** A cell's start on a line: a tab, a bar or three blanks. */
const CELL_BREAK = /\t|\|| {3}/g;

/**
 * Whether the cell before a dash names a regulator, when the code's clause after the dash holds no more than the sign and one
 * word ("Ordre National des Infirmiers du Cameroun (ONIC) – n° …", "… order of nurses… – aviz nr. …"): the register's name
 * labels its number, as a registration's word does.
 */
function regulatorBeforeDash(line: string, dash: number, clause: string): boolean {
  if (!/^[ \t]*(?:[\p{L}]+[ \t]+)?$/u.test(clause)) return false;
  let from = 0;
  for (const cell of matchAll(line.slice(0, dash), CELL_BREAK)) from = cell.index + cell[0].length;
  const cell = line.slice(from, dash);
  return REGISTER_BODY.test(cell) || REGISTER_ABROAD_BY_WORDS.test(cell) || (ORDER_WORD.test(cell) && PROFESSION_STEM.test(cell));
}

/**
 * A code after a number sign (SIGNED_CODE), where the sign's line names a registration before it in its own cell and clause, or
 * names the regulator in the cell before a dash.
 */
function signedCodes(text: string, spans: Span[]): void {
  for (const m of matchAll(text, SIGNED_CODE)) {
    const code = m[1] ?? m[2]!;
    const digits = code.replace(/\D/g, '').length;
    // Four digits, or three with letters ("ΟΠΤ/412"); never a year, a span of years, a date or a count.
    if (digits < 3 || (digits === 3 && !/\p{L}/u.test(code)) || /^(?:19|20)\d{2}$/.test(code) || YEAR_SPAN.test(code) || DATE_LIKE.test(code)) continue;
    const start = m.index + m[0].length - code.length;
    if (COUNTED.test(text.slice(start + code.length, start + code.length + 20))) continue;
    const lineFrom = lineStart(text, m.index, 80);
    let line = text.slice(lineFrom, m.index);
    // A sign that opens its line has its label at the end of the line above: "… licence" / "nr. 4417".
    if (!line.trim() && text[lineFrom - 1] === '\n') line = text.slice(lineStart(text, lineFrom - 1, 80), lineFrom - 1);
    let from = 0;
    let dash = -1;
    for (const reach of matchAll(line, LABEL_REACH)) {
      from = reach.index + reach[0].length;
      dash = /[–—-]/.test(reach[0]) ? reach.index : -1;
    }
    const clause = line.slice(from);
    if (REGISTRATION_WORD.test(clause) || (dash >= 0 && regulatorBeforeDash(line, dash, clause))) spans.push(makeSpan('registration-number', start, start + code.length));
  }
}

/**
 * A licence to practise named by its certificate, the United States' ten-digit National Provider Identifier and France's
 * eleven-digit RPPS number (nine digits under ADELI, the register before it), with the code straight after: "practising
 * certificate 004417/HCM-CCHN", "Annual Practising Certificate: APC-20417", "NPI 1234567893", "RPPS 10003456789".
 */
const PRACTISING_CODE = /\b(?:(?:annual[ \t]+)?practi[sc]ing[ \t]+certificate|licen[cs]e[ \t]+to[ \t]+practi[sc]e)[ \t]{0,2}:?[ \t]{0,2}([\p{L}\d]{1,10}(?:[-/][\p{L}\d]{1,10}){0,3})(?![\p{L}\d-]|[./]\d|[ \t]\d)|\bNPI(?:[ \t]?(?:no\.?|number|#))?[ \t]{0,2}:?[ \t]{0,2}(\d{10})(?!\d)|\b(?:RPPS|ADELI)(?:[ \t]?(?:no\.?|number|#))?[ \t]{0,2}:?[ \t]{0,2}(\d{9}|\d{11})(?!\d)/giu;

function practisingCodes(text: string, spans: Span[]): void {
  for (const m of matchAll(text, PRACTISING_CODE)) {
    const code = m[1] ?? m[2] ?? m[3]!;
    if (!FOUR_DIGITS.test(code) || /^(?:19|20)\d{2}$/.test(code) || YEAR_SPAN.test(code) || DATE_LIKE.test(code)) continue;
    const start = m.index + m[0].length - code.length;
    spans.push(makeSpan('registration-number', start, start + code.length));
  }
}

export function findRegistrationNumbers(text: string): Span[] {
  const spans: Span[] = [];
  for (const rule of RULES) {
    for (const m of matchAll(text, rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (rule.register === 'spaced digits' && !/^\d{4,7}$/.test(m[0].replace(/ /g, ''))) continue;
      // Digits after a country code or a trunk's "(0)" are a phone's, near a register's letters too ("HCPC … | +44 (0)7700 …").
      if (/digits$/.test(rule.register) && PHONE_PREFIX.test(text.slice(Math.max(0, start - 6), start))) continue;
      // A name with a year ("NHS-2020", "CQC-2019") is no number.
      if (rule.register === 'lettered' && (/-(?:19|20)\d{2}$/.test(m[0]) || !registerCode(text, start, m[0]))) continue;
      // The register may be named after the number: "278451 – General Dental Council".
      if (rule.context && !hasContext(text, start, end, rule.context, 45, 40) && !(/^(?:digits|NMC spaced)$/.test(rule.register) && namedEarlier(text, start))) continue;
      // A bare year ("registered 2009") or a count ("1500 patients") is not a registration number.
      if (rule.register !== 'spaced digits' ? rule.register === 'digits' && (/^(?:19|20)\d{2}$/.test(m[0]) || COUNTED.test(text.slice(end, end + 20))) : /^(?:19|20)\d{2} /.test(m[0]) || COUNTED.test(text.slice(end, end + 20))) continue;
      spans.push(makeSpan('registration-number', start, end));
    }
  }
  labelledTwoPartNumbers(text, spans);
  listedRegistrations(text, spans);
  labelledNumbers(text, PROFESSION_THEN_NUMBER, spans);
  labelledNumbers(text, MEMBER_OF_CODE, spans);
  registerCells(text, spans);
  codesAfterRegistration(text, spans);
  signedCodes(text, spans);
  practisingCodes(text, spans);
  for (const m of matchAll(text, LABELLED_CODE)) {
    const start = m.index + m[0].length - m[1]!.length;
    // A year after the number's groups is when, not more of it: "GMC no. 7012345 2019 to date".
    const code = m[1]!.replace(TRAILING_YEAR, '');
    // A year and words ("Registration: 2015-present") is when, not a number.
    const onlyYear = /^(?:19|20)\d{2}\D*$/.test(code);
    if (!FOUR_DIGITS.test(code) || YEAR_SPAN.test(code) || onlyYear || DATE_LIKE.test(code) || COUNTED.test(text.slice(start + code.length, start + code.length + 20))) continue;
    spans.push(makeSpan('registration-number', start, start + code.length));
  }
  for (const m of matchAll(text, LICENCE_NUMBER)) {
    if (m[1] && !/^[A-Z]+$/.test(m[1])) continue;
    const start = m.index + m[0].length - m[2]!.length;
    spans.push(makeSpan('registration-number', start, start + m[2]!.length));
  }
  for (const m of [...matchAll(text, REGISTERED_TITLE_NUMBER), ...matchAll(text, LICENCE_FOR_NUMBER)]) spans.push(makeSpan('registration-number', m.index, m.index + m[0].length));
  const numbers = spans.map((span) => withWrappedDigits(text, withSeries(text, span)));
  councilsBeforeNumbers(text, numbers);
  return numbers;
}

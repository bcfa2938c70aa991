import demonymData from './data/demonyms.json';
import { STREET_WORDS } from './find-addresses';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { nameLexicon } from './name-lexicon';
import type { Span } from './span';
import { charTest, trailingLength } from './trim-chars';
import { inwardBelow, OUTWARD_CODE, OUTWARD_ENDS_CELL, OUTWARD_FORMS } from './wrapped-postcode';

/**
 * UK postcodes with the Royal Mail position rules: outward code A9, A99, A9A, AA9, AA99 or
 * AA9A (first letter not Q V X; second not I J Z; third-position letter from A–H J K P S T U W;
 * fourth-position letter from A B E H M N P R V–Y), inward code 9AA without C I K M O V, space
 * optional or doubled as a form's fields pad it ("NR2  3PL"), plus GIR 0AA. In any case, spaced or not ("ls1 4ab",
 * "sw1a1aa"): the shape is distinctive enough.
 */
const POSTCODE =
  new RegExp(`(?<![A-Za-z0-9])(?:GIR ?0AA|${OUTWARD_FORMS}[ ]{0,2}[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])`, 'gi');

/** An inward code's letters, without C I K M O V. */
const INWARD_LETTERS = '[ABD-HJLNP-UW-Z]{2}';
/**
 * A postcode in capitals that the layout wrapped between its outward and inward codes ("CF10" / "3AT"), or after the inward
 * code's digit when a narrow cell breaks inside it ("CF10 3" / "AT", maybe a blank line between); that one only as an
 * address's (`brokenAfterDigit`), whose letters an address's place vouches for even where they break the rules ("S11 8" / "FC").
 */
const WRAPPED =
  new RegExp(`${OUTWARD_CODE}(?:[ \\t]*\\n[ \\t]*[0-9]${INWARD_LETTERS}|[ ]{1,2}[0-9][ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*[A-Z]{2})(?![A-Za-z0-9])`, 'g');

/** A postcode typed with a blank inside its inward code ("bl3 4 ex", "M14 6 LJ"); the inward letters never hold M, so "B3 4 am" is a time. */
const SPLIT_INWARD =
  new RegExp(`${OUTWARD_CODE} [0-9] [ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])`, 'gi');

/**
 * A postcode in capitals run into the town before it, as a form's fields or a PDF's text join them: "CaerfyrddinSA31 2PJ",
 * "LeedsLS6 2AB". A lower-case letter stands straight before it; the inward code, after a blank, shows it is a postcode.
 */
const RUN_IN =
  new RegExp(`(?<=\\p{Ll})${OUTWARD_FORMS} [0-9][ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])`, 'gu');
/** The town's word the code is run into, read back from the code: letters, hyphens and apostrophes ("Llanfair-ym-Muallt"). */
const TOWN_CHAR = /[\p{L}\p{M}'’-]/u;
/** The longest town read back. */
const TOWN_MAX = 40;

/** Postcodes run into their town: the town goes with the code, as one word is one redaction. */
function runInPostcodes(text: string, spans: Span[]): void {
  for (const m of matchAll(text, RUN_IN)) {
    let start = m.index;
    while (start > 0 && m.index - start < TOWN_MAX && TOWN_CHAR.test(text[start - 1]!)) start--;
    spans.push(makeSpan('postcode', start, m.index + m[0].length));
  }
}

/**
 * An Irish Eircode: a routing key and a unique identifier of four letters and digits from the letters Eircodes use ("H91 X2Y4",
 * "D6W XR58", "A65F4E2"), in capitals. The identifier holds a letter and a digit, so a code of four digits or four letters
 * after a grade ("T12 2024", "A12 HEAD") is no Eircode.
 */
const EIRCODE = /(?<![A-Za-z0-9])([AC-FHKNPRTV-Y][0-9]{2}|D6W) ?([0-9AC-FHKNPRTV-Y]{4})(?![A-Za-z0-9])/g;
/**
 * The routing keys Eircode publishes, a closed list of 139: a letter and two digits that is none of them is a mask's, a
 * vitamin's or a model's code ("N95 FFP3").
 */
const ROUTING_KEYS = new Set(
  [
    'A41 A42 A45 A63 A67 A75 A81 A82 A83 A84 A85 A86 A91 A92 A94 A96 A98 C15',
    'D01 D02 D03 D04 D05 D06 D07 D08 D09 D10 D11 D12 D13 D14 D15 D16 D17 D18 D20 D22 D24 D6W',
    'E21 E25 E32 E34 E41 E45 E53 E91 F12 F23 F26 F28 F31 F35 F42 F45 F52 F56 F91 F92 F93 F94',
    'H12 H14 H16 H18 H23 H53 H54 H62 H65 H71 H91 K32 K34 K36 K45 K56 K67 K78 N37 N39 N41 N91',
    'P12 P14 P17 P24 P25 P31 P32 P36 P43 P47 P51 P56 P61 P67 P72 P75 P81 P85',
    'R14 R21 R32 R35 R42 R45 R51 R56 R93 R95 T12 T23 T34 T45 T56',
    'V14 V15 V23 V31 V35 V42 V92 V93 V94 V95 W12 W23 W34 W91 X35 X42 X91 Y14 Y21 Y25 Y34 Y35',
  ]
    .join(' ')
    .split(' '),
);
/** A code after the word for a product's or a part's number is that thing's, even with a real routing key ("model T12 4F7A"). */
const PRODUCT_BEFORE = /\b(?:model|type|part|serial|version|size|ref)(?:[ \t]+(?:no\.?|number))?$/i;
/** The code's own label just before it (blanks trimmed): "Eircode:", "Eircode". */
const EIRCODE_LABEL = /\bEircode:?$/i;

function eircodes(text: string, spans: Span[]): void {
  for (const m of matchAll(text, EIRCODE)) {
    if (!/\d/.test(m[2]!) || !/[A-Z]/.test(m[2]!)) continue;
    const before = text.slice(Math.max(0, m.index - 20), m.index).trimEnd();
    // Under its own label any routing key's shape is taken (forms and examples use keys outside the list, "A65 F4E2").
    if (!EIRCODE_LABEL.test(before) && (!ROUTING_KEYS.has(m[1]!) || PRODUCT_BEFORE.test(before))) continue;
    spans.push(makeSpan('postcode', m.index, m.index + m[0].length));
  }
}

/**
 * A postcode in capitals as OCR reads a scan, its zero read as the letter O ("CRO 2RH", "SE1O 9QP", "M14 OAB"): a word of
 * capitals with one O where a digit stands, and at least one real digit. Read as a postcode with the O a zero. Two O's are
 * words and formulae ("SPO2 OBS", "CO2 OUT"), and a digit before ST, ND, RD or TH an ordinal ("FROM 1ST", "PRO 2ND").
 */
const OCR_POSTCODE = /(?<![A-Za-z0-9])[A-Z]{1,2}[0-9O][0-9A-Z]? ?[0-9O][A-Z]{2}(?![A-Za-z0-9])/g;
const POSTCODE_WHOLE = new RegExp(`^(?:${OUTWARD_FORMS} ?[0-9]${INWARD_LETTERS})$`);
/** An inward code's letters closing a wrapped code, for brokenAfterDigit: built once, not on each call. */
const INWARD_AT_END = new RegExp(`${INWARD_LETTERS}$`);

function ocrPostcodes(text: string, spans: Span[]): void {
  if (!text.includes('O')) return;
  for (const m of matchAll(text, OCR_POSTCODE)) {
    if (m[0].slice(1).split('O').length !== 2 || !/\d/.test(m[0]) || /\d(?:ST|ND|RD|TH)$/.test(m[0])) continue;
    // A district numbered zero has an area of two letters ("CR0", "BS0"): "TO 2AB" and "NO 1AB" are no "T0" or "N0".
    if (!/^[A-Z][A-NP-Z]O|^[A-Z]{1,2}\d/.test(m[0])) continue;
    // The first letter is the area's, never a figure: an O after it is read as a zero ("PO1" and "P01" are both a postcode's).
    const read = m[0].charAt(0) + m[0].slice(1).replaceAll('O', '0');
    if (POSTCODE_WHOLE.test(read)) spans.push(makeSpan('postcode', m.index, m.index + m[0].length));
  }
}

/** An outward code alone ("LS12", "bs5", "TS9"): the same position rules; one-letter areas are only B E G L M N S W. */
const OUTWARD = /(?<![A-Za-z0-9])(?:[BEGLMNSW]|[A-PR-UWYZ][A-HK-Y])[0-9](?:[0-9]|[A-HJKPSTUW])?(?![A-Za-z0-9])/gi;
/** An outward code names a district where a word says so: "the BS5 area", "(TS9 area)", "LS7 postcode". */
const DISTRICT_AFTER = /^[ \t]+(?:area|district|postcode|post[ \t]+code)\b/i;
/**
 * Or in brackets after the district it names, after "in", "near", "from": "in Longsight (m13)", "near Heaton (NE6)", "in Roath,
 * Cardiff (CF24)" (not "Registrar (ST3)").
 */
const PLACE_THEN_BRACKET = /\b(?:in|near|around|from|at)[ \t]+(\p{Lu}\p{Ll}+)(?:,?[ \t]+\p{Lu}\p{Ll}+)?[ \t]*\($/u;
/** A place of one capitalised word in brackets straight after a code, its line ending or a cell's mark after it. */
const DISTRICT_BRACKET = /^[ \t]\((\p{Lu}\p{Ll}+)\)(?=[ \t]*(?:$|\r?\n|[·|•]))/u;
/** Clinical, job and organisation words are no district: "in Cardiology (ST3)". */
const NOT_DISTRICT = (word: string) => (['clinical', 'jobWords', 'organisation', 'headings'] as const).some((group) => nameLexicon.notNameGroups[group].has(word));
/** A cell of a contact line that starts "in" says where the writer is: "Brighton · in BN1 until May". */
const LIVES_BEFORE = /\b(?:(?:live|lives|lived|living|based|reside|resides|residing|located|moved|home[ \t]+is)[ \t]+(?:in|near|around|to)|home[ \t]+is)[ \t]+(?:the[ \t]+)?$|(?:^|[·|•])[ \t]*in[ \t]+$/i;
/**
 * A home's number and a comma before the code end an address with it: "plot 14, LS12", "pitch 3, bd4", "No. 22, M14", "14
 * Elm Road, LS8". A ward's, a bay's or a band's number is no home's ("Ward 14, LS9" is the hospital's, and kept).
 */
const HOME_NUMBER_BEFORE = new RegExp(
  `(?:\\b(?:[Pp]lot|[Pp]itch|[Hh]ouse|[Ff]lat|[Aa]partment|[Aa]pt|[Cc]aravan|[Bb]erth|[Mm]ooring|[Nn]o\\.?)[ \\t]+\\d{1,4}[A-Za-z]?|\\b\\d{1,4}[A-Za-z]?[ \\t]+(?:\\p{Lu}\\p{Ll}+[ \\t]+){1,3}(?:${STREET_WORDS}))\\.?,[ \\t]$`,
  'u',
);
/** A town before the code names its district: "Leeds LS6", "based near Leeds LS6", "Lampeter, SA48". */
const TOWN_BEFORE = /(\p{Lu}\p{Ll}+),?[ \t]$/u;
/** A road, not a district: "the M1 motorway", "M62 corridor", "M6 northbound". */
const ROAD_AFTER = /^[ \t]+(?:motorway|road|corridor|junction|J\d|services|(?:north|south|east|west)bound)/i;
/** Peoples' words ("English", "Scottish"), which the place list holds too: before a code, a language's level. */
const DEMONYMS = new Set(demonymData.demonyms);
/** A training grade after a town is no district: "Leeds ST4", "Blackpool FY1", "Canterbury CT2 rotation". */
const GRADE = /^(?:ST|CT|FY)\d$/i;
/** A district's sector digit ends a contact cell or a sentence: "Sheffield S11 8 | 07700…", "Hove BN3 6,", "Cardiff cf14 5.". */
const SECTOR_AFTER = /^[ \t][0-9](?=[ \t]*(?:$|[\n,;|·•).]))/;
/** A ward, bay or room named by a code is a place in a hospital: "Ward B12 area". */
const PLACE_IN_BUILDING = /\b(?:ward|bay|room|unit|level|block|floor|zone|theatre|clinic|bed|pod|suite|wing|gate)[ \t]+$/i;

/**
 * A postal code of any country after its label: "Código Postal 4760 721", "PLZ: 83128", "Zip code 60033", "Pincode - 560 001",
 * as forms and templates from abroad lay it out; one or two groups of letters and digits, three digits at least, or a UK
 * postcode with a blank inside its second half ("S9 3 NZ").
 */
const POSTAL_LABEL =
  /\b(?:postal[ \t]+code|post[ \t]?code|zip(?:[ \t]+code)?|pin[ \t]?code|c[oó]digo[ \t]+postal|code[ \t]+postal|cod(?:ice)?[ \t]+postale?|plz|postleitzahl|kod[ \t]+pocztowy)[ \t]*[:.\-–]?[ \t]*/giu;
const POSTAL_VALUE = /^[A-Z0-9]{2,8}(?:[ ]\d[ ][A-Z]{2}|[ -][A-Z0-9]{2,5})?(?![\w-])/i;

/** A UK postcode with a blank inside its second half, whose two digits a label vouches for. */
const SPLIT_UK = /^[A-Z]{1,2}\d[A-Z\d]? \d [A-Z]{2}$/i;

/** A town, a state's code and a ZIP code: "Kansas City, MO. 65154", "Harvard, IL 60033". */
const TOWN_STATE_ZIP = /(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{L}'’.-]{0,30}(?:[ \t]\p{Lu}[\p{L}'’.-]{0,30}){0,3}),[ \t]{1,3}([A-Z]{2})\.?[ \t]{1,3}(\d{5}(?:-\d{4})?)(?![\w-])/gu;
/** A line that opens with a house number: "2308 NW Powderhorn Drive", "15810 IL Rt. 173 #2F". */
const HOUSE_NUMBER_LINE = /^[ \t]*\d{1,6}[A-Za-z]?[ \t]+\S[^\n]{2,60}$/;
/** How many lines open a letter's or a CV's header, where a town and ZIP code near the e-mail are the writer's. */
const HEADER_LINES = 12;

/**
 * A ZIP code after a US state's code goes anywhere, as every postcode does. In the header, near the writer's e-mail
 * address, the town goes with it, and so does the line above when it opens with a house number: a letterhead's
 * "2308 NW Powderhorn Drive" / "Kansas City, MO. 65154".
 */
function usAddresses(text: string, spans: Span[]): void {
  const headerEnd = nthLineEnd(text, HEADER_LINES);
  for (const m of matchAll(text, TOWN_STATE_ZIP)) {
    // A state's or DC's code (the list's names are longer than the two letters read here).
    if (!nameLexicon.usStates.has(m[2]!)) continue;
    const zipStart = m.index + m[0].length - m[3]!.length;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    // The writer's own: opening its line in the header, with an e-mail address or a phone two lines away at most (a
    // letter's recipient, further down, and a workplace in a sentence keep their town).
    if (m.index >= headerEnd || text.slice(lineStart, m.index).trim() || !nearContacts(text, lineStart)) {
      spans.push(makeSpan('postcode', zipStart, m.index + m[0].length));
      continue;
    }
    const above = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
    const street = above >= 0 && HOUSE_NUMBER_LINE.test(text.slice(above, lineStart - 1)) ? above + (text.slice(above, lineStart).length - text.slice(above, lineStart).trimStart().length) : m.index;
    spans.push(makeSpan('address', street, m.index + m[0].length));
  }
}

/** What ends a cell: its line's end, or a gap of two blanks or a tab. */
const CELL_ENDS = /^(?:[ \t]*(?:\n|$)|\t| {2})/;

/** Whether `at` opens a cell (after blanks): the text's or a line's start, a bar, or a gap of a tab or two blanks after text. */
function opensCell(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t') && at - i < 8) i--;
  if (i === 0 || text[i - 1] === '\n' || text[i - 1] === '|' || text[i - 1] === '·' || text[i - 1] === '•') return true;
  const gap = text.slice(i, at);
  return gap.includes('\t') || gap.length >= 2;
}

/** How many places may stand before the town in a contact cell: "Stamford Hill, London N16", "Beeston, Nottingham NG9". */
const PLACES_BEFORE_TOWN = 3;

/**
 * Where the contact cell that holds a town and its district's code starts, or -1: at the town, or at a place before it,
 * read back word by word over capitalised words that are no clinical, job, organisation or heading word ("07700 900 418 ·
 * Woolwich, London SE18"; "Ward Manager, Leeds LS6" is no cell of places).
 */
function contactCellStart(text: string, townStart: number, end: number): number {
  let start = townStart;
  for (let words = 0; words <= PLACES_BEFORE_TOWN; words++) {
    if (isContactCell(text, start, end)) return start;
    let gap = start;
    if (text[gap - 1] === ' ') gap--;
    if (text[gap - 1] === ',') gap--;
    let wordStart = gap;
    while (wordStart > 0 && gap - wordStart < 30 && /[\p{L}'’-]/u.test(text[wordStart - 1]!)) wordStart--;
    const word = text.slice(wordStart, gap);
    if (gap === start || !/^\p{Lu}\p{Ll}/u.test(word) || NOT_DISTRICT(word) || DEMONYMS.has(word)) return -1;
    start = wordStart;
  }
  return -1;
}

/**
 * "Walkley, S6" alone in a cell of the header, an e-mail address or a phone two lines away at most: the writer's home
 * district, whatever the town (the place list need not know it).
 */
function isContactCell(text: string, start: number, end: number): boolean {
  if (end > nthLineEnd(text, HEADER_LINES) || !CELL_ENDS.test(text.slice(end, end + 3))) return false;
  if (!opensCell(text, start)) return false;
  return nearContacts(text, text.lastIndexOf('\n', start - 1) + 1);
}

/**
 * The words of an address in rural South Asia, as forms and CVs write them: village, post office, police station,
 * district, taluk, tehsil, mandal and "At Post" ("Vill- Kalna", "P.O.- Kalna", "TALUKA:RATNAGIRI", "AT POST KHED").
 */
const VILLAGE_MARKER = /(?<![\p{L}\p{N}.])(?:vill(?:age)?|p\.?[ ]?o|p\.?[ ]?s|dist(?:rict)?|taluka?|tehsil|mandal|at[ \t]+post)\.?[ \t]*[-–:.]|(?<![\p{L}])at[ \t]+post[ \t]/giu;
/** A six-digit PIN code, as one group or three and three ("585329", "560 001"). */
const PIN = /(?<![\d.,])[1-9]\d{2}[ ]?\d{3}(?![\d.,]\d|\d)/;
/** How far, in lines, a PIN may stand below the first line of its address. */
const VILLAGE_LINES = 3;
/** What closes an address's text before its PIN: blanks, commas, brackets, dashes and colons. */
const BEFORE_PIN = charTest(' \t\n,(-–:');

/**
 * An address written by its village, post office or district, with its PIN code within three lines: the address
 * goes from its first such word to the PIN, the PIN as a postcode, and a "PIN No –" label between them stays
 * ("Vill- Kalna, P.O.- Kalna⏎Purba Bardhaman, West Bengal, (713409)"). Without a PIN it is left to the
 * address recognisers, so "the district nurse: 2 visits" stays.
 */
function villageAddresses(text: string, spans: Span[]): void {
  let covered = 0;
  for (const m of matchAll(text, VILLAGE_MARKER)) {
    // The place's name follows its word, capitalised: "District: 3 clinics" is no address.
    if (m.index < covered || !PLACE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const end = nthLineEndFrom(text, m.index, VILLAGE_LINES + 1);
    const pin = PIN.exec(text.slice(m.index, end));
    if (!pin) continue;
    const pinStart = m.index + pin.index;
    const pinEnd = pinStart + pin[0].length;
    // The PIN closes its cell or line and follows a separator or a place's name: "450 000 patients" and "and 120000" are counts.
    if (!PIN_CLOSED.test(text.slice(pinEnd, pinEnd + 3)) || !pinOpened(text.slice(Math.max(m.index, pinStart - 24), pinStart))) continue;
    let addressEnd = pinStart - trailingLength(text.slice(m.index, pinStart), BEFORE_PIN);
    const label = PIN_LABEL_BEFORE.exec(text.slice(Math.max(m.index, addressEnd - 12), addressEnd));
    if (label) addressEnd -= label[0].length;
    // An ID's value is no PIN ("Employee number: 123456", "ESR no: 204512", "NMC PIN: 845120"), and an ID's line is no
    // part of an address.
    if (ID_LABEL_BEFORE.test(text.slice(Math.max(m.index, addressEnd - 24), addressEnd)) || idLabelBetween(text, m.index, pinStart)) continue;
    // One word such as "District:" is common in UK CVs ("District: Leeds community team"); an address has two
    // ("Vill- Kalna, P.O.- Kalna", "AT POST KHED⏎TALUKA:RATNAGIRI"), or its PIN on the word's own line or after its own
    // label ("TALUKA: KHED, 415709", "PIN NO – 680668").
    const ownLine = !text.slice(m.index, pinStart).includes('\n');
    if (!label && !ownLine && [...matchAll(text.slice(m.index, pinStart), VILLAGE_MARKER)].length < 2) continue;
    addressEnd -= trailingLength(text.slice(m.index, addressEnd), BEFORE_PIN);
    // Line by line, so the layout stays and each line meets a labelled field's span on its own.
    for (let from = m.index; from < addressEnd; ) {
      const lineEnd = Math.min(addressEnd, text.indexOf('\n', from) < 0 ? addressEnd : text.indexOf('\n', from));
      const lineText = text.slice(from, lineEnd);
      const to = lineEnd - trailingLength(lineText, BEFORE_PIN);
      const start = from + (lineText.length - lineText.trimStart().length);
      if (to > start) spans.push(makeSpan('address', start, to));
      from = lineEnd + 1;
    }
    spans.push(makeSpan('postcode', pinStart, pinEnd));
    covered = pinEnd;
  }
}
/** The label of an ID just before its value: "Employee number", "ESR no", "Staff ID", "NMC PIN" is a registration's. */
const ID_LABEL_BEFORE =
  /(?<![\p{L}])(?:number|num|no|ref|reference|id|esr|payroll|staff|employee|registration|reg|gdc|nmc|gmc|hcpc|gphc|nhs|roll|account|badge)\.?[ \t]*[:#\-–]?$/iu;
/** A line's own label, up to its colon: "Employee number:", "State:". */
const LINE_LABEL = /^[ \t]*(\p{L}[\p{L}\p{N} .,'’]{0,30}):/u;
/** Whether a line below the address's first opens with an ID's label ("Employee number: …"): that line is no part of it. */
function idLabelBetween(text: string, from: number, to: number): boolean {
  return text
    .slice(from, to)
    .split('\n')
    .slice(1)
    .some((line) => {
      const label = LINE_LABEL.exec(line)?.[1];
      return label !== undefined && ID_LABEL_BEFORE.test(label) && !PIN_LABEL_BEFORE.test(label);
    });
}
/** A place's name, after blanks, in capitals or capitalised. */
const PLACE_AFTER = /^[ \t]*\p{Lu}/u;
/**
 * Whether what comes before a PIN opens it: a separator or a line's start, its label, or a place's name in capitals or
 * capitalised ("West Bengal, (713409)", "PIN NO – 680668", "KHED 415709"), read back in code; "and 120000" is a count.
 */
function pinOpened(before: string): boolean {
  const end = before.length - trailingLength(before, BLANKS);
  if (end === 0) return true;
  if (SEPARATOR_BEFORE_PIN.has(before[end - 1]!)) return true;
  let start = end;
  while (start > 0 && /[\p{L}.]/u.test(before[start - 1]!)) start--;
  const word = before.slice(start, end);
  return PIN_WORD.test(word) || /^\p{Lu}/u.test(word);
}
const BLANKS = charTest(' \t');
const SEPARATOR_BEFORE_PIN = new Set([',', '(', '-', '–', ':', '\n']);
/** The last word of a PIN's label: "PIN", "code", "No". */
const PIN_WORD = /^(?:pin|code|no\.?)$/i;
/** What may follow a PIN: its line's or cell's end, a comma or a closing bracket. */
const PIN_CLOSED = /^[ \t]*(?:$|[\n,)|])/;
/** The label of a PIN just before it: "PIN NO", "Pin code", "PIN". */
const PIN_LABEL_BEFORE = /(?<![\p{L}])pin(?:[ \t]?code)?(?:[ \t]*no\.?)?$/iu;

/**
 * A postal code of four or five digits as Europe writes it before its country, in a cell of its own: before the town
 * ("10115 Berlin, Germany") or between commas after the street ("Hauptstraße 5, 80331, Germany"). The cell is the writer's
 * address, street, code and all, when what comes before the code is a street (see `isStreet`); an employer's name there
 * ("Charite Hospital, 10117 Berlin, Germany") is where the writer worked, and only the code goes. Four digits that read
 * as a year ("2019, Germany") are when, not where. The code may carry its country's letters, as Europe wrote them
 * for post from abroad ("I-56127 Pisa, Italy", "D-80331 München, Germany").
 */
const CODE_BEFORE_COUNTRY =
  /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’.-]*(?:[ \t](?:\p{Lu}[\p{L}'’.-]*|\d{1,4}[a-z]?)){0,3},[ \t]*)?((?:[A-Z]{1,2}-)?\d{4,5})(?:,[ \t]*|[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?,[ \t]*)(\p{Lu}\p{L}+(?:[ \t]\p{Lu}\p{L}+)?)(?![\p{L}])/gu;

function codesBeforeCountries(text: string, spans: Span[]): void {
  for (const m of matchAll(text, CODE_BEFORE_COUNTRY)) {
    if (!nameLexicon.countries.has(m[3]!) || /^(?:19|20)\d{2}$/.test(m[2]!) || !opensCell(text, m.index)) continue;
    const leadIn = m[1];
    // A lead-in that is no street is an employer's or a school's name ("Aga Khan University Hospital, 74800, Pakistan"):
    // it stays, with its town and country; only the code goes.
    if (leadIn !== undefined && !isStreet(leadIn)) {
      const codeStart = m.index + leadIn.length;
      spans.push(makeSpan('postcode', codeStart, codeStart + m[2]!.length));
      continue;
    }
    spans.push(makeSpan('address', m.index, m.index + m[0].length));
  }
}
const STREET_WORD = new RegExp(`^(?:${STREET_WORDS})\\.?$`);
/** Europe's street words, alone ("Rue", "Via", "Calea", "Ul.") or ending a compound ("Hauptstraße", "Campus Ring", "Kerkstraat"). */
const EUROPEAN_STREET_WORD =
  /^(?:rue|avenue|boulevard|chemin|impasse|calle|avenida|plaza|paseo|carrer|rua|travessa|via|viale|piazza|largo|corso|ulica|ul|aleja|strada|str|calea|bulevardul)\.?$|(?:stra(?:ß|ss)e|weg|gasse|platz|allee|ring|damm|ufer|straat|laan|gracht|plein|kade|gade|gata|gatan|vej|vägen|veien)$/i;
/** A street has a house number or a street word ("Hauptstraße 5", "Campus Ring", "Mill Lane"), and no organisation's word ("Hospital", "University"). */
function isStreet(leadIn: string): boolean {
  const words = leadIn.split(/[ \t,]+/).filter(Boolean);
  if (words.some((word) => nameLexicon.notNameGroups.organisation.has(word) || nameLexicon.notNameGroups.clinical.has(word))) return false;
  return words.some((word) => /^\d/.test(word) || STREET_WORD.test(word) || EUROPEAN_STREET_WORD.test(word));
}

/** Whether an e-mail address or a phone stands within two lines of the line starting at `lineStart`: the writer's contacts. */
function nearContacts(text: string, lineStart: number): boolean {
  const near = text.slice(text.lastIndexOf('\n', Math.max(0, text.lastIndexOf('\n', lineStart - 2) - 1)) + 1, nthLineEndFrom(text, lineStart, 3));
  return near.includes('@') || CONTACT_PHONE.test(near);
}

/** A phone on a contact line: ten digits or more in groups. */
const CONTACT_PHONE = /(?<!\d)\+?\d(?:[ .()-]{0,2}\d){9,13}(?!\d)/;

/** Where the nth line from `from` ends (or the text does). */
function nthLineEndFrom(text: string, from: number, n: number): number {
  let end = from - 1;
  for (let i = 0; i < n; i++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) return text.length;
  }
  return end;
}
const nthLineEnd = (text: string, n: number) => nthLineEndFrom(text, 0, n);

/**
 * A code broken after its inward digit is one where its two letters stand alone in their cell ("LS6 2" / "AB"), a street and a
 * town come before it on its line ("22 Elm Road, Luton LU1 5" / "DX (…)"), or a known town does on a line of the writer's
 * contacts ("E: …   Hull HU5 3" / "QT (…)"): "Ward M1 2" over "AB rota…" is a ward and a word.
 */
function brokenAfterDigit(text: string, start: number, end: number): boolean {
  if (!/ \d[ \t]*\n/.test(text.slice(start, end))) return true;
  if (/^(?:[ \t]*(?:\n|$)|\t| {2})/.test(text.slice(end, end + 3)) && INWARD_AT_END.test(text.slice(start, end))) return true;
  // Over a blank line, letters that open a heading in capitals are its word: "Leeds LS6 3", a blank line, "MY EXPERIENCE".
  if (/\n[ \t]*\n/.test(text.slice(start, end)) && /^[ \t]+\p{Lu}{2}/u.test(text.slice(end, end + 3))) return false;
  const lineAt = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineAt, start);
  // A cell of its own on a contact line, an inward code's letters below: "name@… · 020 … · E10 7" / "BD (Leyton)".
  if (opensCell(text, start) && INWARD_AT_END.test(text.slice(start, end)) && nearContacts(text, lineAt)) return true;
  const town = TOWN_BEFORE.exec(before);
  if (town !== null && nameLexicon.notNameGroups.places.has(town[1]!) && !DEMONYMS.has(town[1]!) && nearContacts(text, lineAt)) return true;
  return town !== null && before.slice(0, town.index).includes(',') && isStreet(before.slice(0, town.index));
}

export function findPostcodes(text: string): Span[] {
  const wrapped = new Map(
    [...matchAll(text, WRAPPED)].filter((m) => brokenAfterDigit(text, m.index, m.index + m[0].length)).map((m) => [m.index, m.index + m[0].length]),
  );
  const spans = [...matchAll(text, POSTCODE), ...matchAll(text, SPLIT_INWARD)].map((m) => makeSpan('postcode', m.index, m.index + m[0].length));
  for (const [start, end] of wrapped) spans.push(makeSpan('postcode', start, end));
  // The district in brackets after a code, ending its line or cell, names where the code is: "E10 7BD (Leyton)", "E10 7" / "BD (Leyton)".
  // Each code's end once: a code found by two patterns ends at one place.
  for (const end of new Set(spans.map((span) => span.end))) {
    const district = DISTRICT_BRACKET.exec(text.slice(end, end + 32));
    // A country in the brackets is no district: "YO1 7HH (England)" (the UK's nations are left, as a labelled address's are).
    if (district && !NOT_DISTRICT(district[1]!) && !nameLexicon.countries.has(district[1]!)) spans.push(makeSpan('address', end + 1, end + district[0].length));
  }
  for (const m of matchAll(text, OUTWARD_ENDS_CELL)) {
    const inward = wrapped.has(m.index) ? null : inwardBelow(text, m.index + m[0].length);
    if (inward) spans.push(makeSpan('postcode', m.index, m.index + m[0].length), makeSpan('postcode', ...inward));
  }
  runInPostcodes(text, spans);
  ocrPostcodes(text, spans);
  eircodes(text, spans);
  usAddresses(text, spans);
  villageAddresses(text, spans);
  codesBeforeCountries(text, spans);
  for (const m of matchAll(text, POSTAL_LABEL)) {
    const start = m.index + m[0].length;
    const value = POSTAL_VALUE.exec(text.slice(start, start + 16))?.[0];
    if (value && ((value.match(/\d/g)?.length ?? 0) >= 3 || SPLIT_UK.test(value))) spans.push(makeSpan('postcode', start, start + value.length));
  }
  for (const m of matchAll(text, OUTWARD)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const place = text[end] === ')' ? PLACE_THEN_BRACKET.exec(before)?.[1] : undefined;
    const bracketed = place !== undefined && !NOT_DISTRICT(place);
    const town = TOWN_BEFORE.exec(before);
    // "moved to Lampeter SA48", "I live in Roath, CF24": the writer's home, town and all.
    const livesThere = town !== null && LIVES_BEFORE.test(before.slice(0, before.length - town[0].length));
    // A people's word before it is a language and its level: "English B2", "French C1" (CEFR), no district.
    const afterTown = town !== null && (livesThere || (nameLexicon.notNameGroups.places.has(town[1]!) && !DEMONYMS.has(town[1]!))) && !GRADE.test(m[0]) && !ROAD_AFTER.test(text.slice(end, end + 12));
    // Where the writer lives, the town goes with its district: "moved to [ADDRESS]" for "moved to Lampeter SA48".
    // A sector digit after the district narrows it to a few streets: it goes with the code.
    // So does the rest of a code wrapped after it ("CT20 1" / "BW"), which is a postcode of its own: the town alone is the address.
    const sectorEnd = wrapped.get(m.index) ?? end + (SECTOR_AFTER.exec(text.slice(end, end + 4))?.[0].length ?? 0);
    const addressEnd = wrapped.has(m.index) ? m.index - trailingLength(before, BLANKS) : sectorEnd;
    if (afterTown && livesThere) spans.push(makeSpan('address', m.index - town[0].length, addressEnd));
    else if (town !== null && !GRADE.test(m[0]) && contactCellStart(text, m.index - town[0].length, sectorEnd) >= 0) spans.push(makeSpan('address', contactCellStart(text, m.index - town[0].length, sectorEnd), addressEnd));
    else if ((DISTRICT_AFTER.test(text.slice(end, end + 14)) && !PLACE_IN_BUILDING.test(before)) || LIVES_BEFORE.test(before) || HOME_NUMBER_BEFORE.test(before) || bracketed || afterTown) spans.push(makeSpan('postcode', m.index, sectorEnd));
  }
  return spans;
}

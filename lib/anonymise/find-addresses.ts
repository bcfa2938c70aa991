import { asideStart } from './aside-start';
import { type BreakRule, forEachCell } from './cell-breaks';
import demonymData from './data/demonyms.json';
import { type DocumentLayout, linesIn } from './document-layout';
import { firstIndex } from './first-index';
import { lineStart } from './line-start';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { nameLexicon } from './name-lexicon';
import { titleCase } from './name-run';
import type { Span } from './span';
import { trimChars } from './trim-chars';
import { inwardBelow, OUTWARD_CODE } from './wrapped-postcode';

export const STREET_WORDS =
  'Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|Cres|Grove|Gardens|Gdns|Place|Pl|Terrace|Walk|Rise|Hill|Park|Square|Sq|Mews|View|Row|Parade|Green|Vale|Court|Ct|Gate|Mount|Wharf|Yard|Fields|Meadows?|Heights|Bank|Brow|Wynd|Cottages|Villas|Boulevard|Circus|Chase|Croft|Dale|Grange|Wood|End|Hall|House|Lodge|Manor|Mansions|Place|Quay|Reach|Ridge|Terr|Towers|Valley|Way';
/** "14 Acacia Avenue", "Flat 3, 27 Mill Lane", "Flat B, 17 Mill Lane", "2/1, 45 Dumbarton Road" (a Glasgow tenement flat), "Flat 2b Kingsley House". */
/** Welsh, Scottish Gaelic and Irish street words come first: "11 Stryd Fawr", "12 Rathad na Drochaid", "3 Heol y Bont", "4 Bóthar na Mara". */
const STREET_WORDS_FIRST = 'Stryd|Heol|Ffordd|Lôn|Lon|Rhodfa|Cilgant|Teras|Clos|Maes|Rathad|Sràid|Sraid|Ceum|Lòn|Cnoc|Slighe|Bóthar|Bothar|Sráid|Ascaill|Lána|Cearnóg|Bóithrín|Céide|Ardán|Corrán';
/** A home within a building or a site: a flat, or a Traveller site's caravan, trailer, pitch or plot ("Pitch 4, Cottenham Road site"). */
const FLAT = '(?:Flat|Fflat|Apartment|Apt|Unit|Room|Rm|Caravan|Trailer|Pitch|Plot)';
/** A street named after someone by their initials, as in the Philippines and India: "J.P. Rizal Street", "M.G. Road". */
const INITIALS = "(?:[A-Z]\\.){1,3}[ \\t]+";
const STREET = new RegExp(
  `(?:^|\\b)(?:${FLAT}\\s+(?:\\d+[A-Za-z]?|[A-Z])\\b,?\\s+|\\d+\\/\\d+,?\\s+)?(?:\\d+[A-Za-z]?(?:-\\d+)?(?:[ \\t]+[A-Z]{1,2}(?=,))?,?\\s+)(?:(?:${INITIALS}|[A-Z][\\w'’-]*\\s+){1,4}(?:${STREET_WORDS})\\b|(?:${STREET_WORDS_FIRST})\\s+(?:(?:na|nan|an|y|yr|'r)\\s+)?(?:[th]-)?\\p{Lu}[\\p{L}'’-]*)|\\b${FLAT}\\s+(?:\\d+[A-Za-z]?|[A-Z])\\b`,
  'u',
);
/**
 * The first words of an address abroad, with its number: a Gulf villa or post-office box, a
 * Philippine block, lot or barangay, a Polish "ul." (street) or "al." (avenue), a Spanish or
 * Portuguese street before its number ("c/ Alcalá 145", "Avda. de la Paz 12", "Rua Augusta 25", named for someone with their
 * title: "Rua Dr. Sousa Martins 30"), a Romanian one before "nr." and
 * its number ("Str. Avram Iancu nr. 9", "Strada Florilor 3"), an Indian or
 * Nigerian "No. 2/14" or "Door No." at the start of a cell, a Vietnamese house number before "Đường" or "Phố" (street), an
 * Indonesian or Malaysian "Jl." or "Jalan" before a street's name and its number ("Jl. Sudirman No. 45").
 */
const OVERSEAS =
  /(?<![\p{L}\p{N}])\d+[A-Z]?(?:\/\d+)?[ \t]+(?:Đường|Phố)[ \t]+\p{Lu}|(?<![\p{L}\p{N}])(?:Jl\.|Jln\.?|Jalan)[ \t]*\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}[ \t,]+(?:No\.?[ \t]*)?\d|(?<![\p{L}\p{N}])(?:Villa|P\.?[ \t]?O\.?[ \t]?Box|Post[ \t]+Box|Brgy\.|Barangay|Blk\.?|Purok|Sitio)[ \t]*\d|(?<![\p{L}\p{N}])(?:ul|al|os)\.[ \t]*\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}[ \t]+\d|(?<![\p{L}\p{N}])(?:[Cc]\/|(?:Avda|Av|Str)\.|(?:Calle|Carrer|Rua|Rue|Strada)(?=[ \t]))[ \t]*(?:(?:de|del|la|da|do|dos)[ \t]+){0,2}(?:(?:Dr|Prof|Eng|Gen|Cap|St|Sta|Sto|D)\.[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:de|del|la|da|do|dos)[ \t]+)?\p{Lu}[\p{L}'’-]*){0,3}[ \t,]+(?:nr\.[ \t]*)?\d|^(?:No\.|Door[ \t]+No\.?|House[ \t]+No\.?|Flat[ \t]+No\.?|H\.[ \t]?No\.?)[ \t]*\d/u;
/** A flat named by its floor, before its street: "Basement Flat, ", "Top Floor Flat ", "Garden Maisonette, ". */
const FLOOR_FLAT = /^(?:Basement|Garden|Lower[ \t]+Ground|Ground[ \t]+Floor|First[ \t]+Floor|Second[ \t]+Floor|Third[ \t]+Floor|Top[ \t]+Floor|Top|Upper|Lower)[ \t]+(?:Flat|Maisonette),?[ \t]*$/;
/**
 * The same in lower case, as typed in a hurry ("14 beechwood road, roundhay", "2 heol y felin, llanishen"): only the street
 * words that are no everyday word, and the Welsh, Gaelic and Irish ones that come first. A pronoun or a verb of a sentence is
 * no street's word ("at the age of 18 my brother could drive").
 */
const STREET_LOWER =
  /(?:^|\b)(?:(?:flat|apartment|apt|unit)\s+\d+[a-z]?,?\s+)?\d+[a-z]?(?:-\d+)?,?\s+(?:(?:(?!(?:my|our|his|her|their|your|we|they|he|she|could|would|should|can|will|was|were|is|are|to)\b)[a-z][\w'’-]*\s+){1,3}(?:road|rd|street|lane|avenue|ave|close|drive|crescent|grove|gardens|terrace|mews|square|parade|court|rise|row|walk|wynd|cottages|villas)\b|(?:stryd|heol|ffordd|lôn|rhodfa|cilgant|teras|rathad|sràid|bóthar|bothar)\s+(?:(?:y|yr|na|an)\s+)?[a-zà-ÿŵŷ])/;
const POSTCODE = /(?<![A-Za-z0-9])[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKPSTUW]? ?[0-9][ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/i;
/** An outward code in capitals ending a cell ("Derby DE23"), whose inward code a narrow column may have wrapped below it. */
const OUTWARD_END = new RegExp(`${OUTWARD_CODE}$`);
/** A line of contact or personal details: an e-mail, a phone number (a mobile's five digits first too: "07700 900288") or a date of birth. */
const CONTACT_LINE = /@|\d{4,5}[ -]?\d{3}|\bD\.?O\.?B\b/;
/**
 * A town, or a district and its town or county, alone in a cell: "Aldershot", "Otley, West Yorkshire", "📍 Brixton, London".
 * Abroad a town is followed by the code of its state or country ("Chicago, IL, USA", "Porto Alegre, RS, BR", "London, UK"),
 * a postal code of five or six digits or four that are no year ("Cairo, 11742, Egypt"), or a département's number in
 * brackets ("Nantes (44)"); Markdown's emphasis may close the cell ("**Cairo, 11742, Egypt**").
 */
const PLACE_CELL =
  /^(?:\P{L}{1,3}\s*)?(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}(?:,\s*(?:\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}|\p{Lu}{2,3}|\d{5,6}|(?!19|20)\d{4})){0,3}(?:\s\(\d{2,3}\))?)([*_]{0,3})$/u;
/** A location pin or a house opening a cell. */
const LOCATION_PIN = /^(?:📍|🏠|🏡)/u;
/** Words that make a cell a job, a qualification or an organisation, not a place. */
const NOT_PLACE_GROUPS = ['jobWords', 'qualifications', 'organisation', 'headings', 'clinical', 'nhsSystems', 'months', 'days'] as const;
/** Cells of a header line: `|`, `•`, `·`, a tab, a spaced dash or three blanks between them. */
const SEPARATORS: BreakRule = { minBlanks: 3, dashes: true };
/** On a line of contact details a spaced slash separates cells too: "📧 jo@example.com / 📱 06 12 34 56 78 / 📍 Nantes (44)". */
const CONTACT_SEPARATORS: BreakRule = { ...SEPARATORS, slashes: true };

/** An address's label opening a cell without a colon: "Address The Old Forge", "Home address ....... 9 Kennet Side", "Cyfeiriad Tŷ Nant". */
const ADDRESS_LABEL_OPEN =
  /^(?:(?:Home|Postal|Current|Permanent|Present|Residential|Mailing|Correspondence|Cyfeiriad)[ \t]+)?(?:[Aa]ddress|ADDRESS|Cyfeiriad|CYFEIRIAD|Seoladh|Seòladh)[ \t]+(?:\.{2,60}[ \t]*)?(?=[\p{Lu}\d])/u;

interface Segment {
  start: number;
  end: number;
  text: string;
  line: number;
  /** Where it starts in its line: cells of a second column start further in. */
  column: number;
  /** Whether its line holds an e-mail address or a phone number. */
  contact: boolean;
}

function segments(layout: DocumentLayout, from: number, to: number): Segment[] {
  const result: Segment[] = [];
  linesIn(layout, from, to).forEach((line, index) => {
    // Where the contact details stand in the line; a cell is the contact line's only near one of them.
    const details = CONTACT_LINE.test(line.text) ? Array.from(matchAll(line.text, CONTACT_DETAIL), (m) => m.index) : [];
    let next = 0;
    // Slashes part cells only after a contact detail: "E-bost / E-mail: …" is one label in two languages.
    const slashes = details.length > 0 && line.text.indexOf(' / ') > details[0]!;
    forEachCell(line.text, slashes ? CONTACT_SEPARATORS : SEPARATORS, (cellStart, cellEnd) => {
      const raw = line.text.slice(cellStart, cellEnd);
      // An address's label set off by a blank or a leader of dots, not a colon, is no part of it: "Address The Old Forge, …".
      const trimmedStart = raw.length - raw.trimStart().length + (ADDRESS_LABEL_OPEN.exec(raw.trimStart())?.[0].length ?? 0);
      const text = raw.slice(trimmedStart).trim();
      while (next + 1 < details.length && details[next + 1]! < cellStart) next++;
      const contact = nearDetail(details, next, cellStart, cellEnd);
      if (text) result.push({ start: line.start + cellStart + trimmedStart, end: line.start + cellStart + trimmedStart + text.length, text, line: index, column: cellStart + trimmedStart, contact });
    });
  });
  return result;
}

/**
 * How far from a contact detail a cell of its line may stand: a header's line of cells is short, but
 * a PDF read as one long line holds the whole CV, whose skills and roles far from the e-mail
 * ("• Relational Databases - SQL") are no places of a contact line.
 */
const CONTACT_REACH = 160;
/** CONTACT_LINE's details, but not a span of years ("2018-2020"), which is no phone. */
const CONTACT_DETAIL = /@|(?<!\d)(?!(?:19|20)\d{2}-(?:19|20)\d{2}(?!\d))\d{4,5}[ -]?\d{3}|\bD\.?O\.?B\b/g;

/** Whether the detail at `details[at]` or the one after it lies within reach of the cell. */
function nearDetail(details: number[], at: number, cellStart: number, cellEnd: number): boolean {
  for (const detail of [details[at], details[at + 1]]) {
    if (detail !== undefined && detail < cellEnd + CONTACT_REACH && detail > cellStart - CONTACT_REACH) return true;
  }
  return false;
}

/** Nationalities and regional identities are not places: "Polish", "Geordie". */
const DEMONYMS = new Set([...demonymData.demonyms, ...demonymData.regional]);

/** Whether every word of a cell may be part of a place name: none is a job, qualification, organisation or demonym word. */
function isPlace(cell: string): boolean {
  const { notNames, notNameGroups: groups, givenNames } = nameLexicon;
  if (FIELD_LABEL.test(cell)) return false;
  if (DEMONYMS.has(cell) || /^(?:Single|Married|Engaged|Divorced|Widowed|Separated|Male|Female)$/.test(cell)) return false;
  const words = cell.split(/[\s,]+/);
  // A given name after a saint's or a port's word names a town ("San Diego", "Port Elizabeth", "St Helens"), and so
  // does one before a known country after a comma ("Alexandria, 21526, Egypt", "Florence, Italy").
  const country = cell.includes(',') && groups.places.has(words.at(-1)!);
  // A saint's or a port's word and the word it names are one town, whatever either is alone: "St Just", "St Ives", "Port Talbot".
  const named = (i: number) => PLACE_PARTICLE.test(words[i - 1] ?? '') || (PLACE_PARTICLE.test(words[i]!) && i + 1 < words.length && /^\p{Lu}/u.test(words[i + 1]!));
  return words.every(
    (word, i) =>
      !NOT_PLACE_GROUPS.some((g) => groups[g].has(word)) && (!givenNames.has(word) || country || named(i)) && (!notNames.has(word) || groups.places.has(word) || named(i)),
  );
}
const PLACE_PARTICLE = /^(?:San|Santa|Santo|São|Sao|St\.?|Saint|Sainte|Port|Fort|Mount|Puerto)$/;

/** The capitalised words of a cell, without the small words that join a place's name ("upon", "on", "le"). */
function capitalisedWords(cell: string): string {
  return cell
    .replace(/,$/, '')
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .join(' ');
}

/** Whether two cells of a line stand in two columns: a tab or three blanks between them, not a comma, a dash or a bar. */
function columnGap(text: string, a: Segment, b: Segment): boolean {
  const [left, right] = a.start < b.start ? [a, b] : [b, a];
  return left.line === right.line && /\t| {3}/.test(text.slice(left.end, right.start));
}

/** A town, or a district and its town: "Treorci", "Hulme, Manchester", "HANDSWORTH". */
/** A field's label, also with a word before it: "Previous address", "Home phone", "Landline". */
const FIELD_LABEL =
  /^(?:[A-Za-z]+[ \t]+)?(?:Contact|Address|Tel|Telephone|Mobile|Mob|Landline|Fax|Cell|Pager|Bleep|Extension|Ext|WhatsApp|Email|E-mail|Phone|Home|Work|Location|Details|Web|Website|LinkedIn|Postcode|Post[ \t]+code|Zip[ \t]+code|PIN[ \t]+code)$/i;
/** A cell after an address that is no part of it: a field's label ("Phone"), or a job ("Staff Nurse"). */
function isFieldOrRole(cell: string): boolean {
  return FIELD_LABEL.test(cell) || cell.split(/[\s,]+/).every((word) => nameLexicon.notNameGroups.jobWords.has(word));
}

const LOOKS_LIKE_TOWN = /^\p{Lu}[\p{L}\p{M}'’ -]{1,35}(?:,[ \t]*\p{Lu}[\p{L}\p{M}'’ -]{1,35})?,?$/u;
/** After a street in lower case, the town may be in lower case too. */
const LOOKS_LIKE_TOWN_ANY_CASE = /^\p{L}[\p{L}\p{M}'’ -]{1,35}(?:,[ \t]*\p{L}[\p{L}\p{M}'’ -]{1,35})?,?$/u;
/** Welsh and Gaelic words that start a house's name: "Tŷ Gwyn", "Bryn Awel", "Glan yr Afon", "Taigh na Mara". */
const HOUSE_WORDS = 'Tŷ|Ty|Bwthyn|Plas|Hafod|Llys|Fferm|Taigh|Bryn|Pen|Pant|Bron|Glan|Nant|Coed|Cwm|Llwyn|Hafan|Min|Ael|Cae|Gwel|Erw|Tyddyn|Bod|Craig|Gwern|Dôl|Dol|Gelli|Rhos|Blaen|Llain|Tigh';
/** A Welsh or Gaelic street without a house number, after a house name or not: "Heol y Bont", "Tŷ Gwyn, Heol y Bont". */
const STREET_WITHOUT_NUMBER = new RegExp(
  `^(?:(?:${HOUSE_WORDS})(?:['’]r|[ \\t]+(?:y|yr|'r|na|an)\\b)?[ \\t]+\\p{Lu}[\\p{L}'’-]*,[ \\t]*)?(?:Stryd|Heol|Ffordd|Lôn|Rhodfa|Cilgant|Teras|Clos|Maes|Rathad|Sràid|Sraid)[ \\t]+(?:(?:na|nan|an|y|yr|'r)[ \\t]+)?(?:[th]-)?\\p{Lu}`,
  'u',
);
/** A house's name: "Tŷ Gwyn", "Bryn Awel", "Glan yr Afon", "Rose Cottage", "The Old Forge". */
export const HOUSE = `(?:(?:${HOUSE_WORDS})(?:['’]r|[ \\t]+(?:y|yr|'r|na|an)\\b)?[ \\t]+\\p{Lu}[\\p{L}'’-]*|(?:The[ \\t]+)?(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){1,2}(?:Cottage|House|Farm|Farmhouse|Lodge|Barn|Forge|Mill|Bungalow|Villa|Cottages|Rectory|Vicarage|Schoolhouse))`;
/** A house name on its own line above the street. */
const HOUSE_NAME = new RegExp(`^${HOUSE}$`, 'u');

/** A street without a house number, one part of a comma list: "Church Lane" in "The Old Rectory, Church Lane, Llanfair, Ruthin". */
const NAMED_STREET = new RegExp(`^(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){1,3}(?:${STREET_WORDS})$`, 'u');
/** A house's name before its street: "The Old Rectory", "Bryn Awel", "Rose Cottage". */
const HOUSE_BEFORE_STREET = /^(?:The[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}$/u;

/**
 * A house and a street without a number, then places, in one cell: "The Old Rectory, Church Lane,
 * Llanfair, Ruthin". Each other part must be a place, and no part a job or an organisation, so
 * "Church Lane Surgery, Leeds" (an employer) is not taken.
 */
function isNamedStreetList(cell: string): boolean {
  const parts = withoutAside(cell).split(',').map((part) => part.trim());
  // The postcode closing the last place is found as one: "…, Little Snoring, Norfolk NR21 0JB".
  const postcode = POSTCODE.exec(parts.at(-1)!);
  if (postcode && postcode.index > 0 && postcode.index + postcode[0].length === parts.at(-1)!.length) parts[parts.length - 1] = parts.at(-1)!.slice(0, postcode.index).trim();
  const street = parts.findIndex((part) => NAMED_STREET.test(part));
  // A house named by its kind, then its places, without a street: "Rose Cottage, Llanrhaeadr, Denbigh".
  if (street < 0 && parts.length >= 2 && HOUSE_NAME.test(parts[0]!)) return parts.slice(1).every((part) => LOOKS_LIKE_TOWN.test(part) && isPlace(part));
  if (parts.length < 2 || street < 0 || street > 1 || parts.some((part) => !part)) return false;
  return parts.every((part, i) => i === street || (i < street ? HOUSE_BEFORE_STREET.test(part) && !isFieldOrRole(part) && !hasOrganisationWord(part) : LOOKS_LIKE_TOWN.test(part) && isPlace(part)));
}

/**
 * A cell without an aside in brackets at its end: "North Yorkshire (TS9 area)" is "North Yorkshire", and so is an aside a
 * spaced dash cut off as a cell of its own ("Cornwall (no postcode – we share the farm's)" ends its cell at "(no postcode").
 */
function withoutAside(cell: string): string {
  const open = cell.lastIndexOf('(');
  const cut = open >= 0 && !cell.includes(')', open) ? open : asideStart(cell);
  return trimChars(cell.slice(0, cut), null, /[\s,]/);
}

function hasOrganisationWord(cell: string): boolean {
  return cell.split(/\s+/).some((word) => nameLexicon.notNameGroups.organisation.has(word) || nameLexicon.notNameGroups.jobWords.has(word));
}

/** The street at the start of a cell, in any case: a cell in capitals is read in title case ("57 SOHO ROAD" as "57 Soho Road"). */
function streetIn(cell: string): RegExpExecArray | null {
  // The first of them in the cell: "c/ Alcalá 145, Madrid → moving to: Flat 2, …" starts at "c/", not at the flat.
  const overseas = OVERSEAS.exec(cell);
  const street = STREET.exec(cell) ?? STREET_WITHOUT_NUMBER.exec(cell);
  const found = overseas && (!street || overseas.index < street.index) ? overseas : street;
  if (found || /\p{Ll}/u.test(cell) || !/\p{Lu}{2}/u.test(cell)) return found;
  const titled = titleCase(cell);
  return titled.length === cell.length ? (STREET.exec(titled) ?? STREET_WITHOUT_NUMBER.exec(titled)) : null;
}

/** Whether a cell holds a digit (0-9, as `\d` reads it) and a blank (as `\s` reads it), read in code. */
function cues(cell: string): { digit: boolean; blank: boolean } {
  let digit = false;
  let blank = false;
  for (let i = 0; i < cell.length && !(digit && blank); i++) {
    const code = cell.charCodeAt(i);
    if (code >= 48 && code <= 57) digit = true;
    else if (code === 32 || (code >= 9 && code <= 13) || (code >= 128 && /\s/.test(cell.charAt(i)))) blank = true;
  }
  return { digit, blank };
}

/** A cell an address block may hold above its street or postcode: a house name, a street, or a place. */
/** A postal code of digits: "600 040", "600040", "31-147". */
const DIGIT_CODE = /^\d{2,3}[ -]?\d{3}$/;
/** A town cell without the postal code of digits at its end: "Anna Nagar West, Chennai - 600 040," → "Anna Nagar West, Chennai". Read back in code. */
function withoutPostalCode(cell: string): string {
  const trimmed = trimChars(cell, null, /[\s,]/);
  let i = trimmed.length;
  while (i > 0 && trimmed.length - i < 8 && /[\d -]/.test(trimmed[i - 1]!)) i--;
  if (!DIGIT_CODE.test(trimmed.slice(i).trim())) return cell;
  return trimChars(trimmed.slice(0, i), null, /[\s,\-–]/);
}

function isAddressLine(cell: string): boolean {
  return HOUSE_NAME.test(cell) || streetIn(cell) !== null || (LOOKS_LIKE_TOWN.test(cell) && isPlace(cell.replace(/,$/, '')));
}

/**
 * Where an address block that ends at segs[i] starts: the cells alone on the lines just above it
 * that are a house name, a street or a place ("Tŷ Gwyn" / "Treorci" / "Rhondda Cynon Taf" above
 * "CF42 6AB"), up to four lines, never the first line of the text (the name).
 */
function blockStart(segs: Segment[], i: number, firstLineEnd: number): number {
  let start = segs[i]!.start;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const seg = segs[j]!;
    const alone = segs[j - 1]?.line !== seg.line && segs[j + 1]!.line !== seg.line;
    if (seg.line !== segs[j + 1]!.line - 1 || !alone || seg.contact || seg.start < firstLineEnd || !isAddressLine(seg.text)) break;
    start = seg.start;
  }
  return start;
}

/** A flat or a site's pitch anywhere in the text, always someone's home: "Flat 3, 19 Orchard Close, Heaton", "Plot 6, Mill Lane Site", "my address is …". */
const FLAT_ANYWHERE = new RegExp(
  `\\b(?:Flat|Fflat|Apartment|Apt)[ \\t]+(?:\\d+[A-Za-z]?|[A-Z])\\b|\\b(?:Caravan|Trailer|Pitch|Plot)[ \\t]+\\d{1,3}[A-Za-z]?(?=,[ \\t]+[A-Z][\\w'’-]*(?:[ \\t]+[A-Z][\\w'’-]*){0,3}[ \\t]+(?:Site|${STREET_WORDS})\\b)|\\b(?:[Mm]y|[Hh]ome|[Oo]ur)[ \\t]+address[ \\t]+is[ \\t]+(?=\\S)`,
  'g',
);
/** The address after it: numbers, capitalised words, commas and postcodes, to the first lower-case word or the sentence's end. */
const ADDRESS_WORD = /^(?:,?[ \t]+|,)(?:\d+[A-Za-z]?\b|\p{Lu}[\p{L}'’-]*|(?:y|yr|na|an|of|upon|on)(?![\p{L}'’-]))/u;

const CONNECTING = new Set(['y', 'yr', 'na', 'an', 'of', 'upon', 'on']);

/** Flats in running text ("I now rent Flat 3, 19 Orchard Close, Heaton, close to …"): the address up to the first lower-case word. */
function flatsInText(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matchAll(text, FLAT_ANYWHERE)) {
    const labelled = !/^(?:Flat|Fflat|Apartment|Apt|Caravan|Trailer|Pitch|Plot)/.test(m[0]);
    let end = m.index + m[0].length;
    if (labelled) {
      const first = /^(?:\d+[A-Za-z]?\b|\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(end, end + 40));
      if (!first) continue;
      end += first[0].length;
    }
    for (let steps = 0; steps < 12; steps++) {
      const next = ADDRESS_WORD.exec(text.slice(end, end + 40));
      // A job, an organisation or a qualification ends it: "Flat 2, 10 Mill Road, Leeds, Band 5 Staff Nurse".
      const word = next?.[0].replace(/^[,\s]+/, '') ?? '';
      if (!next || NOT_PLACE_GROUPS.some((g) => nameLexicon.notNameGroups[g].has(word))) break;
      end += next[0].length;
    }
    // Trailing connecting words are no part of it.
    const words = text.slice(m.index, end).split(' ');
    while (words.length > 1 && CONNECTING.has(words.at(-1)!)) words.pop();
    const value = words.join(' ');
    const start = labelled ? m.index + m[0].length : m.index;
    if (m.index + value.length > start) spans.push(makeSpan('address', start, m.index + value.length, { divisible: true }));
  }
  return spans;
}

/**
 * A house number, a street and its town in running text or a contact line, with no postcode: "22
 * Camberwell Grove, London", "12/3 Leith Walk, Edinburgh" (an Edinburgh flat), "7 Heol y Bont, Caerfyrddin",
 * the town on the next line when the layout wrapped after the comma.
 */
const STREET_AND_TOWN = new RegExp(
  `(?<![\\p{L}\\p{N}\\/.-])\\d{1,4}[A-Za-z]?(?:[-\\/]\\d{1,4}[A-Za-z]?)?,?[ \\t]+(?:(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){1,3}(?:${STREET_WORDS})|(?:${STREET_WORDS_FIRST})[ \\t]+(?:(?:na|nan|an|y|yr|'r)[ \\t]+)?(?:[th]-)?\\p{Lu}[\\p{L}'’-]*),[ \\t]*(?:\\n[ \\t]*)?(\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,2})(?![\\p{L}\\p{N}'’-])`,
  'gu',
);
/** Words of a workplace: "Elm Tree Surgery, 4 Church Lane, Otley", "The clinic moved to 12 Market Street, Leeds" (its street is kept). */
function isWorkWord(word: string): boolean {
  const titled = word.charAt(0).toUpperCase() + word.slice(1);
  const { notNameGroups: groups, organisationSuffixes } = nameLexicon;
  return groups.organisation.has(titled) || groups.jobWords.has(titled) || organisationSuffixes.has(titled);
}

/** A postcode anywhere in the text (as `find-postcodes.ts` reads it, in any case). */
const POSTCODE_IN_TEXT = new RegExp(POSTCODE.source, 'gi');
/** Words that join the parts of a place's name: "Newcastle upon Tyne", "Heol y Bont", "Bradford on Avon". */
const PLACE_JOINS = new Set(['upon', 'on', 'under', 'le', 'la', 'de', 'y', 'yr', 'na', 'an', 'of', 'the', 'by']);
/** Words of a place read back from a postcode: capitalised words, a house number ("9", "12A", "2/1"), and the words that join them. */
const PLACE_PART = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\d{1,4}[A-Za-z]?(?:\/\d{1,4})?)$/u;

/** Words that make what follows the writer's home, whatever the clause holds besides: "I live at", "live with me in", "by post at", "my address is". */
const WRITERS_HOME_BEFORE = /\b(?:(?:live|lives|living|lived|reside|resides|residing|me|us|post)[ \t\n]+(?:at|in|to)|address(?:[ \t]+is)?:?)[ \t\n]*$/i;

/** Words for the one applying, which a form sets before their own name and home ("Applicant: Ann Bell, flat 4/1, …"): no workplace. */
const APPLYING = /^(?:applicant|candidate)s?$/i;

/**
 * Whether a clause names a workplace before an address in it ("Elm Tree Surgery, 4 Church Lane"):
 * an organisation or job word, not counting one after "by", which says how ("by post at …"), nor the applicant's own label.
 */
function namesWorkplace(clause: string): boolean {
  const words = clause.split(/[^\p{L}'’-]+/u);
  return words.some((word, i) => isWorkWord(word) && words[i - 1] !== 'by' && !APPLYING.test(word));
}

/** A place between commas: one to three capitalised words ("Cambridge", "United Kingdom", "Santo Domingo"). */
const LOCATION_PART = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,2}$/u;
/** The headings LinkedIn sets under the location. */
const AFTER_LOCATION = /(?<![\p{L}])(?:Summary|Experience)(?![\p{L}])/gu;
/** The countries LinkedIn names in full that start with "United". */
const UNITED = /^United[ \t](?:States|Kingdom|Arab[ \t]Emirates)$/;

/**
 * A LinkedIn profile saved as PDF sets the candidate's location under their headline, just before "Summary" (or
 * "Experience" when there is none): "Manaus, Amazonas, Brazil", "Cambridge, England, United Kingdom". Only in such an
 * export (its contacts are labelled "(LinkedIn)"), and only a line of places between commas ending in a country or a US
 * state, since a summary may end on a line of skills ("Python, Django, FastAPI"); when text extraction ran the profile
 * into one line, the headline stands before it, so there the place is the last three parts at most, its town one word
 * ("… | Python Manaus, Amazonas, Brazil Summary").
 */
function linkedInLocations(text: string): Span[] {
  if (!text.includes('(LinkedIn)')) return [];
  const spans: Span[] = [];
  for (const m of matchAll(text, AFTER_LOCATION)) {
    // Read back in code: the blanks before the heading, maybe a line break, then the place.
    let end = m.index;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    const ownLine = text[end - 1] === '\n';
    if (ownLine) end--;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    const from = lineStart(text, end, 160);
    const before = text.slice(from, end);
    const parts = before.split(',').map((part) => part.trim());
    if (parts.length < 2) continue;
    // The headline's own commas may come before: the place is the last three parts at most.
    const kept = parts.slice(-3);
    const last = kept.at(-1)!;
    const country = nameLexicon.countries.has(last) || nameLexicon.usStates.has(last) || UNITED.test(last) || last.split(' ').every((word) => nameLexicon.notNameGroups.places.has(word));
    if (!country) continue;
    if (ownLine && parts.length <= 4 && parts.every((part) => LOCATION_PART.test(part))) {
      spans.push(makeSpan('address', from + before.length - before.trimStart().length, end));
      continue;
    }
    // Run into one line by text extraction, the headline before it: only before a country, and the town is one word.
    if (ownLine || !kept.slice(1).every((part) => LOCATION_PART.test(part))) continue;
    const town = kept[0]!.split(/[ \t]/).at(-1)!;
    if (!LOCATION_PART.test(town)) continue;
    const start = from + before.lastIndexOf(kept[0]!) + kept[0]!.length - town.length;
    spans.push(makeSpan('address', start, end));
  }
  return spans;
}

/**
 * The place before a postcode anywhere in the text, read back word by word to the first small word,
 * mark or column gap: "by post at [ADDRESS], [POSTCODE]" for "9 Osborne Terrace, Swindon, SN1 3LE",
 * "live with me in [ADDRESS] ([POSTCODE])" for "Camborne (TR14 8RN)", and a house name wrapped by
 * the layout ("I live at Ropewalk\nCottage, Mevagissey pl266ru"). A workplace stays: an organisation
 * or job word among the words, or before them in their clause ("Mutley Plain Surgery, Plymouth PL4
 * 8AA"). Read back in code, at most eight words and one wrapped line.
 */
function placesBeforePostcodes(text: string): Span[] {
  const spans: Span[] = [];
  const { notNameGroups: groups } = nameLexicon;
  for (const m of matchAll(text, POSTCODE_IN_TEXT)) {
    let at = m.index;
    if (text[at - 1] === '(') at--;
    let start = -1;
    let wrapped = false;
    let work = false;
    for (let words = 0; words < 8 && at > 0; words++) {
      // The gap before the word: blanks and at most one comma, or one line break that wraps a sentence.
      let gap = at;
      while (gap > 0 && (text[gap - 1] === ' ' || text[gap - 1] === ',')) gap--;
      // A line of prose wrapped, not two columns merged: the line above ends in a small letter or a comma and has no column's gap.
      if (gap > 0 && text[gap - 1] === '\n' && !wrapped && /[\p{Ll},]/u.test(text[gap - 2] ?? '') && !/\t| {3}/.test(text.slice(lineStart(text, gap - 1, 200), gap - 1))) {
        wrapped = true;
        gap--;
      }
      const between = text.slice(gap, at);
      if (gap === at || between.includes('  ') || (between.match(/,/g)?.length ?? 0) > 1) break;
      let wordStart = gap;
      while (wordStart > 0 && wordStart > gap - 40 && /[\p{L}\p{M}\p{N}'’./-]/u.test(text[wordStart - 1]!)) wordStart--;
      const word = trimChars(text.slice(wordStart, gap), null, /[.]/);
      if (!word || !(PLACE_PART.test(word) || PLACE_JOINS.has(word))) break;
      if (groups.organisation.has(word) || groups.jobWords.has(word)) work = true;
      if ((['headings', 'months', 'days', 'clinical', 'nhsSystems', 'qualifications'] as const).some((g) => groups[g].has(word))) break;
      if (!PLACE_JOINS.has(word)) start = wordStart;
      at = wordStart;
    }
    if (start < 0 || work) continue;
    const before = text.slice(Math.max(0, start - 80), start);
    const clause = before.slice(Math.max(...['\n', '. ', '! ', '? ', ';'].map((stop) => before.lastIndexOf(stop))) + 1).replace(/\b[Hh]ome(?=[ \t]*(?:address\b|:))/g, '');
    if (!WRITERS_HOME_BEFORE.test(before) && namesWorkplace(clause)) continue;
    const end = trimChars(text.slice(start, m.index), null, /[\s,(]/).length;
    spans.push(makeSpan('address', start, start + end, { divisible: true }));
  }
  return spans;
}

/**
 * Streets with a town anywhere in the text, not only the header's: a home told in a sentence ("We
 * moved to 22 Camberwell Grove, London") or on a contact line. A workplace named before it on its
 * line or in its sentence (80 characters back) keeps its street, as the README decides.
 */
/** "Home" that is no care home: a label ("Home address", "Home:") or the writer's ("my home is", "our home"). */
const HOME_NOT_WORK = /\b[Hh]ome(?=[ \t]*(?:address\b|:))|\b(?:[Mm]y|[Oo]ur)[ \t]+home\b/g;
/** A place after a comma: "Chapeltown" and "Leeds" in "4 Cowper Street, Chapeltown, Leeds". */
const PLACE_AFTER = /^,[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})(?![\p{L}\p{N}'’-])/u;

/** Where an address ends that a town ends at `end`: on over up to two more places after commas ("…, Chapeltown, Leeds"). */
function placesAfter(text: string, end: number): number {
  let result = end;
  for (let more = 0; more < 2; more++) {
    const next = PLACE_AFTER.exec(text.slice(result, result + 60));
    if (!next || !isPlace(next[1]!)) break;
    result += next[0].length;
  }
  return result;
}

/**
 * A street ending its cell with a comma, a second column beside it: "14 Elm Park Road,      in a busy acute trust…", its town
 * in the cell below ("Derby DE23      Trainer; …"). The comma says the address goes on, and the town below says where.
 */
const STREET_ENDS_CELL = new RegExp(
  `(?<![\\p{L}\\p{N}\\/.-])\\d{1,4}[A-Za-z]?,?[ \\t]+(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){1,3}(?:${STREET_WORDS}),(?=\\t|[ \\t]{3})`,
  'gu',
);

/** The town's word opening the cell below. */
const TOWN_OPENING = /^\p{Lu}[\p{L}'’-]+/u;
/** Streets ending their cell over a town's cell in the same column, as a two-column PDF merges its lines. */
function streetsOverTowns(text: string, spans: Span[]): void {
  for (const m of matchAll(text, STREET_ENDS_CELL)) {
    const lineAt = text.lastIndexOf('\n', m.index - 1) + 1;
    const nextAt = text.indexOf('\n', m.index);
    if (nextAt < 0) continue;
    const belowEnd = text.indexOf('\n', nextAt + 1);
    const below = cellAt(text.slice(nextAt + 1, belowEnd < 0 ? text.length : belowEnd), m.index - lineAt);
    const town = below ? TOWN_OPENING.exec(below.text)?.[0] : undefined;
    if (!below || !town || !isPlace(town) || namesWorkplace(text.slice(lineAt, m.index))) continue;
    const townAt = nextAt + 1 + below.start;
    spans.push(makeSpan('address', m.index, m.index + m[0].length - 1, { divisible: true }), makeSpan('address', townAt, townAt + town.length, { divisible: true }));
  }
}

function streetsInText(text: string): Span[] {
  const spans: Span[] = [];
  streetsOverTowns(text, spans);
  for (const m of matchAll(text, STREET_AND_TOWN)) {
    const end = m.index + m[0].length;
    if (!isPlace(m[1]!)) continue;
    const from = Math.max(0, m.index - 80);
    const before = text.slice(from, m.index);
    // A cell of a contact line is a clause of its own: "Teams: … (shared care) · Address until August: 12 Bóthar na Trá, …".
    const clauseStart = Math.max(...['\n', '. ', '! ', '? ', ';', '·', '|', '•'].map((stop) => before.lastIndexOf(stop)));
    // "Home address", "Home:" is a label, and "my home is" the writer's, not a care home.
    const clause = before.slice(clauseStart + 1).replace(HOME_NOT_WORK, '');
    if (namesWorkplace(clause)) continue;
    spans.push(makeSpan('address', m.index, placesAfter(text, end), { divisible: true }));
  }
  return spans;
}

/**
 * The town below an address in its column, when the layout merged two columns line by line: "Flat 3,
 * 22 Lipson Road" / "Plymouth      EXPERIENCE" / "pl4 8rp      Practice Nurse". An address that ends
 * its line or its cell takes the place cells at its column on the next two lines when its postcode
 * follows them there.
 */
function townsBelowInColumn(layout: DocumentLayout, found: Span[]): Span[] {
  const spans: Span[] = [];
  for (const span of found) {
    const at = firstIndex(layout.lines, (line) => line.start, span.start + 1) - 1;
    const line = layout.lines[at];
    // Only the three characters after it are read: a long line of many addresses stays linear.
    if (!line || span.end > line.end || !/^(?:$|\t| {3})/.test(layout.text.slice(span.end, Math.min(line.end, span.end + 3)))) continue;
    const column = span.start - line.start;
    const towns: Span[] = [];
    for (const below of layout.lines.slice(at + 1, at + 4)) {
      const cell = cellAt(below.text, column);
      // The postcode below ends the block: the towns above it are the address's.
      if (cell && POSTCODE.test(cell.text)) {
        spans.push(...towns);
        break;
      }
      if (!cell || !LOOKS_LIKE_TOWN.test(cell.text) || !isPlace(titleCase(cell.text).replace(/,$/, ''))) break;
      towns.push(makeSpan('address', below.start + cell.start, below.start + cell.start + cell.text.length, { divisible: true }));
    }
  }
  return spans;
}

/**
 * The cell of a line that starts at `column`, trimmed, if one does: after the line's start or a
 * column's gap, up to the next gap or 80 characters (read in code, so each address costs no more).
 */
function cellAt(line: string, column: number): { start: number; text: string } | null {
  if (column >= line.length || /\s/.test(line.charAt(column)) || (column > 0 && !/(?:\t| {3})$/.test(line.slice(Math.max(0, column - 3), column)))) return null;
  const window = line.slice(column, column + 80);
  const gap = window.search(/\t| {3}/);
  const text = (gap < 0 ? window : window.slice(0, gap)).trim();
  return text ? { start: column, text } : null;
}

/** A full stop and a capital after it. */
const STOP_BEFORE_CAPITAL = /\.[ \t]+\p{Lu}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * Where the sentence holding an address ends, from `from`: a full stop after a word of four letters or more, or one
 * holding a digit (a postcode's "4LR."), before a capital ("Home: 19 Skipton Road, Harrogate HG1 4LR. Referees: …");
 * not an abbreviation's ("No. 7", "Rd. Leeds"). The text's end otherwise.
 */
function sentenceEnd(text: string, from: number): number {
  STOP_BEFORE_CAPITAL.lastIndex = from;
  for (let m = STOP_BEFORE_CAPITAL.exec(text); m; m = STOP_BEFORE_CAPITAL.exec(text)) {
    // The word before the stop, read back in code (at most four characters are needed).
    let start = m.index;
    while (start > from && m.index - start < 4 && WORD_CHAR.test(text[start - 1]!)) start--;
    const word = text.slice(start, m.index);
    if (word.length >= 4 || /\d/.test(word)) return m.index + 1;
  }
  return text.length;
}

/**
 * The candidate's home address, in the header or a "Personal details" section: from a street
 * line ("14 Acacia Avenue") or the town before a postcode, up to the postcode. Multi-line blocks
 * are one span; the postcode inside is cut out and becomes `[POSTCODE]`.
 */
export function findAddresses(layout: DocumentLayout): Span[] {
  const regions: [number, number][] = [[0, layout.headerEnd]];
  for (const s of layout.sections) if (s.kind === 'personal') regions.push([s.bodyStart, s.end]);

  const spans: Span[] = [...flatsInText(layout.text), ...streetsInText(layout.text), ...placesBeforePostcodes(layout.text), ...linkedInLocations(layout.text)];
  const firstLine = layout.lines.find((line) => line.text.trim());
  const firstLineEnd = firstLine ? firstLine.end : 0;
  for (const [from, to] of regions) {
    const segs = segments(layout, from, to);
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i]!;
      // Every street and postcode has a digit or a blank: a cell of neither (a PDF line of
      // hundreds of thousands of "A" or ":" cells) is read by no pattern of them.
      const { digit, blank } = cues(seg.text);
      const upper = digit || blank ? streetIn(seg.text) : null;
      const street = upper ?? (digit ? STREET_LOWER.exec(seg.text) : null);
      const town = upper ? LOOKS_LIKE_TOWN : LOOKS_LIKE_TOWN_ANY_CASE;
      if (!street && blank && isNamedStreetList(seg.text)) {
        spans.push(makeSpan('address', blockStart(segs, i, firstLineEnd), seg.start + withoutAside(seg.text).length, { divisible: true }));
        continue;
      }
      if (street) {
        // A street line: run on over following lines (town, county) until the postcode; in a paragraph, until its sentence ends.
        let end = seg.start + sentenceEnd(seg.text, street.index + street[0].length);
        // Cells of the block in their own column, when a second column runs beside it: each is its own piece.
        const pieces: [number, number][] = [];
        let besideStreet = false;
        if (!POSTCODE.test(seg.text)) {
          for (let j = i + 1; j < segs.length && j <= i + 6; j++) {
            const next = segs[j]!;
            if (next.line > (segs[j - 1]?.line ?? seg.line) + 1) break;
            // A cell after a taken one across no column's gap goes on with it ("Mylapore, Chennai - 600 040").
            const afterTaken = j - 1 > i && segs[j - 1]!.line === next.line && !columnGap(layout.text, segs[j - 1]!, next);
            // Two columns merged line by line: below the street, a cell of the other column is not read ("PROFILE", "Experienced dispenser with").
            if (next.line !== seg.line && next.column !== seg.column && !afterTaken) continue;
            // Beside the street across a column's gap, a cell that is no place is the other column's: the block goes on below it.
            if (next.line === seg.line && !POSTCODE.test(next.text) && !(town.test(next.text) && !isFieldOrRole(next.text) && isPlace(titleCase(next.text)))) {
              if (!columnGap(layout.text, segs[j - 1]!, next)) break;
              besideStreet = true;
              continue;
            }
            const beside = besideStreet || (next.line !== seg.line && [segs[j - 1], segs[j + 1]].some((other) => other !== undefined && columnGap(layout.text, other, next)));
            if (POSTCODE.test(next.text) || (OUTWARD_END.test(next.text) && inwardBelow(layout.text, next.end))) {
              if (beside) pieces.push([next.start, next.end]);
              else end = next.end;
              break;
            }
            const place = withoutPostalCode(next.text);
            // A postal code of digits in a cell of its own after the town ("Chennai - 600 040," cut at the dash).
            if (!place && segs[j - 1]!.line === next.line) {
              end = next.end;
              continue;
            }
            // Beside another column, every capitalised word must be a place's ("Newcastle upon Tyne", not "Experienced dispenser").
            if (!town.test(place) || isFieldOrRole(place) || (beside && !isPlace(capitalisedWords(place)))) break;
            if (beside || pieces.length) pieces.push([next.start, next.end]);
            else end = next.end;
          }
        }
        for (const [pieceStart, pieceEnd] of pieces) spans.push(makeSpan('address', pieceStart, pieceEnd, { divisible: true }));
        // A flat named by its floor, or a house by its name, before the street: "Basement Flat, 9 Clifton Terrace", "Tŷ Gwyn, 3 Ffordd y Môr".
        const ahead = seg.text.slice(0, street.index);
        const floorFlat = street.index > 0 && (FLOOR_FLAT.test(ahead) || HOUSE_NAME.test(trimChars(ahead, null, /[\s,]/)));
        const start = (street.index === 0 || floorFlat) && segs[i - 1]?.line !== seg.line ? blockStart(segs, i, firstLineEnd) : seg.start + (floorFlat ? 0 : street.index);
        spans.push(makeSpan('address', start, end, { divisible: true }));
        continue;
      }
      // A place alone in a cell of a contact line: "07700 900 288 | Reading, Berkshire"; or alone on a
      // line of the header next to one, or naming a known town ("Hyson Green, Nottingham").
      const alone = segs[i - 1]?.line !== seg.line && segs[i + 1]?.line !== seg.line;
      const nearContact = [segs[i - 1], segs[i + 1]].some((other) => other?.contact && Math.abs(other.line - seg.line) === 1);
      // Words of the cell without Markdown's emphasis around them ("*Alexandria, 21526, Egypt*").
      const knownTown = () => seg.text.split(/[^\p{L}'’-]+/u).some((word) => nameLexicon.notNameGroups.places.has(word));
      // A pin before a cell labels it a place, as a phone's icon labels a number ("📍 Chicago, IL").
      const pinned = LOCATION_PIN.test(seg.text);
      const place = from === 0 && (seg.contact || pinned || (alone && seg.start >= firstLineEnd && (nearContact || knownTown()))) ? PLACE_CELL.exec(seg.text) : null;
      if (place?.[1] && isPlace(place[1])) {
        // Alone on its line, the house and places on the lines above belong to it ("Bryn Awel" / "Llandysul" / "Ceredigion").
        const end = seg.end - (place[2]?.length ?? 0);
        const start = alone && place[1] === seg.text ? blockStart(segs, i, firstLineEnd) : end - place[1].length;
        spans.push(makeSpan('address', start, end, { divisible: true }));
        // Its postal code of digits in the next cell, after a spaced dash: "Kutch, Gujarat - 370675".
        const next = segs[i + 1];
        if (next?.line === seg.line && DIGIT_CODE.test(next.text.trim()) && !columnGap(layout.text, seg, next)) spans.push(makeSpan('postcode', next.start, next.end));
        continue;
      }
      const postcode = digit ? POSTCODE.exec(seg.text) : null;
      // A county or country on the lines after the postcode: "CF42 6AB" / "Rhondda Cynon Taf".
      for (let j = i + 1; postcode && j <= i + 2 && j < segs.length; j++) {
        const next = segs[j]!;
        const alone = segs[j + 1]?.line !== next.line && segs[j - 1]!.line !== next.line;
        if (next.line !== segs[j - 1]!.line + 1 || !alone || next.contact || !LOOKS_LIKE_TOWN.test(next.text) || !isPlace(next.text.replace(/,$/, ''))) break;
        spans.push(makeSpan('address', next.start, next.end, { divisible: true }));
      }
      // A postcode alone on its line: the lines above it that are places belong to the address.
      if (postcode && postcode.index === 0 && segs[i - 1]?.line !== seg.line) {
        const start = blockStart(segs, i, firstLineEnd);
        if (start < seg.start) spans.push(makeSpan('address', start, segs[i - 1]!.end, { divisible: true }));
      }
      if (postcode && postcode.index > 0) {
        // "Leeds LS6 2AB", "Headingley, Leeds, LS6 2AB", "Contact: Belfast BT9 7HX": the town before the postcode.
        const label = /^(?:[A-Za-z][A-Za-z ]{1,20}:\s*|\P{L}{1,3}\s*)/u.exec(seg.text)?.[0].length ?? 0;
        const before = trimChars(seg.text.slice(label, postcode.index), null, /[\s,]/);
        if (before && /^[A-Z][A-Za-z'’ ,-]*$/.test(before) && before.length <= 50 && !/^(?:post\s?code|postal code|post code)$/i.test(before)) {
          spans.push(makeSpan('address', seg.start + label, seg.start + label + before.length, { divisible: true }));
        }
      }
    }
  }
  const all = [...spans, ...townsBelowInColumn(layout, spans.filter((span) => span.type === 'address'))];
  return all.flatMap((span) => withoutUk(layout.text, span));
}

const UK_NAMES = '(?:United[ \\t]+Kingdom|UK|Great[ \\t]+Britain|England|Scotland|Wales|Northern[ \\t]+Ireland)';
/**
 * The UK or one of its nations alone, or in brackets closing an address as a form writes it ("LS8 5DR (United Kingdom)"): it
 * finds no one, so it stays, as "I live in the UK" does.
 */
const UK_ALONE = new RegExp(`^${UK_NAMES}$`);
const UK_BRACKETED = new RegExp(`\\(${UK_NAMES}\\)$`);

/** An address span less the UK alone or bracketed at its end (none left when the UK is all it holds). */
export function withoutUk(text: string, span: Span): Span[] {
  const value = text.slice(span.start, span.end);
  if (UK_ALONE.test(value)) return [];
  const tail = UK_BRACKETED.exec(value.slice(-40));
  return tail ? [{ ...span, end: span.start + value.slice(0, value.length - tail[0].length).trimEnd().length }] : [span];
}

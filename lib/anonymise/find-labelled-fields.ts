import { asideStart } from './aside-start';
import demonymData from './data/demonyms.json';
import { type BreakRule, forEachCell } from './cell-breaks';
import { isAsciiLetter, isSpaceAt } from './chars';
import { DATE_AT_START } from './date-pattern';
import { BIRTH_NOTE, gregorianOnLine } from './find-dates-of-birth';
import { STREET_WORDS, withoutUk } from './find-addresses';
import { findImmigrationStatus } from './find-immigration-status';
import { findNationality } from './find-nationality';
import { findOrigin } from './find-origin';
import { findPostcodes } from './find-postcodes';
import { findReligion } from './find-religion';
import type { DocumentLayout } from './document-layout';
import { makeSpan } from './make-span';
import { nameLexicon } from './name-lexicon';
import type { RedactionType } from './redaction-type';
import type { Span } from './span';

/** "Label: value" lines whose value is always personal. The label stays; the value goes. */
const LABELS: [RegExp, RedactionType][] = [
  [/^(?:nationality|citizenship|citizen of)$/i, 'nationality'],
  // The same fields in the other languages of CVs written or exported abroad: "Гражданство: Казахстан", "Giới tính: Nam".
  [/^(?:гражданство|громадянство|национальность|національність|nationalité|nacionalidad|nacionalidade|nazionalità|obywatelstwo|narodowość|staatsangehörigkeit|quốc tịch|kewarganegaraan|uyruk|vatandaşlık)$/iu, 'nationality'],
  [/^(?:пол|стать|sexe|sexo|geschlecht|płeć|giới tính|jenis kelamin|cinsiyet)$/iu, 'gender'],
  [/^(?:религия|віросповідання|religión|religião|religia|religione|wyznanie|konfession|bekenntnis|religionszugehörigkeit|godsdienst|tôn giáo|agama)$/iu, 'religion'],
  [/^(?:семейное положение|сімейний стан|estado civil|état civil|situation familiale|situation de famille|situation matrimoniale|familienstand|stan cywilny|tình trạng hôn nhân|status perkawinan|medeni hal)$/iu, 'marital-status'],
  [/^(?:адрес|адреса|проживает|место жительства|місце проживання|adresse|dirección|endereço|indirizzo|adres|wohnort|địa chỉ|alamat|cyfeiriad|seoladh|seòladh)$/iu, 'address'],
  // A caste or a Hindu lineage (gotra) on a biodata or an Indian form tells descent as an ethnic group does: "Caste: Agarwal".
  [/^(?:ethnicity|ethnic (?:origin|group|background)|(?:sub ?)?caste|gotra|gothram)$/i, 'ethnicity'],
  [/^(?:religion|faith|religion or belief|religion\/belief|belief)$/i, 'religion'],
  [/^(?:marital|civil|relationship) status$|^marital$/i, 'marital-status'],
  // "Family status:" and a profile's "Family: 4 children (ages 3–12)" say what "Children:" does (bare "Family:" with a count only).
  [/^(?:dependants|dependents|children|number of children|family(?: status| details| circumstances)?)$/i, 'dependants'],
  // A relative named in a field of their own: "Father name: Gul Mohammad", "Next of kin: my sister" ("Partner:" and "Spouse:" are read in find-family);
  // an emergency contact is one too, most often, and another person's name and number either way: "Emergency contact: Ana Reyes (mother)".
  [/^(?:(?:next of kin|emergency contact|in case of emergency)(?: name| details| person)?|(?:father|mother|husband|wife|spouse|partner|parent|guardian)(?:['’]?s)? name|name of (?:father|mother|husband|wife|spouse|partner|parent|guardian))$/i, 'dependants'],
  [/^(?:gender|sex|gender identity)$/i, 'gender'],
  [/^(?:title)$/i, 'title'],
  // Nigerian forms give the state and local government area a person comes from: "State of Origin: Enugu", "LGA: Nkanu-West".
  [/^(?:place of birth|birthplace|country of birth|country of origin|born in|(?:city|town) of birth|home ?town|home country|native country|native place|grew up in|raised in|state of origin|local government(?: area)?(?: of origin)?|lga)$/i, 'origin'],
  // The same in the languages of CVs written abroad: "Geburtsort: Rosenheim", "Naturalidade: Braga".
  [/^(?:geburtsort|lieu de naissance|lugar de nacimiento|local de nascimento|naturalidade|luogo di nascita|miejsce urodzenia|место рождения|місце народження|nơi sinh|tempat lahir|doğum yeri)$/iu, 'origin'],
  [/^(?:visa(?: status| type| expiry)?|immigration status|right to work(?: in the uk)?|work permit|residency status|residence status|sponsorship(?: required)?|work authori[sz]ation|brp(?: number| expiry)?|biometric residence permit|share code|(?:eu |pre-)?settled status|ilr|(?:eu )?settlement scheme(?: status)?|euss)$/i, 'immigration-status'],
  [/^(?:sexual orientation|sexuality)$/i, 'sexual-orientation'],
  [/^(?:disability|disabilities|health|medical conditions?|health conditions?|medical history)$/i, 'health'],
  // A monitoring form's band gives the age as well: "Age band: 40-44".
  [/^(?:age(?: band| group| bracket)?)$/i, 'age'],
  // The label in the languages of CVs written abroad, whose months are not English: "Data urodzenia: 5 czerwca 1993".
  [/^(?:date of birth|dob|d\.o\.b\.?|birth date|born|ganwyd|dyddiad geni|data urodzenia|date de naissance|fecha de nacimiento|data de nascimento|data di nascita|geburtsdatum|data na[șs]terii|datum ro[đd]enja|дата рождения|дата народження|ημερομηνία γέννησης|tanggal lahir|petsa ng kapanganakan)$/iu, 'date-of-birth'],
  // "Ad:" shortens it; "Korean address", "Irish address", "Adresă / Address", "Address / Cyfeiriad", "My address for correspondence": any word before
  // it but a mail's or a site's, and one word in another language after it;
  // spelt with one "d" or "s" ("Adress:", "Addres:"), as CVs typed abroad often spell it;
  // "City of Residence: Mekelle", "Current Residence: Bristol".
  [/^(?:(?:my|our) )?(?:\p{L}+ ?\/ ?)?(?:(?!(?:e-?mail|web|ip|mac|billing|delivery) )\p{L}+ )?add?ress?(?: for (?:correspondence|letters|post)| ?\/ ?(?!(?:e-?mail|phone|tel)\b)\p{L}+)?$|^ad\.?$|^(?:place|town|city|location|lives in|home|post ?code|postal code|zip(?: code)?|ciudad|cidade|città|ville|stadt|miasto|oraș)$|^(?:(?:city|town|country|place) of |current |present |permanent )?residence$/iu, 'address'],
  // Height, weight and blood group describe the body, as health details do; a profile card may label the group "Blood:" alone.
  [/^(?:height|weight|height(?: ?\/ ?| and | & )weight|weight(?: ?\/ ?| and | & )height|blood(?: (?:group|type))?)$/i, 'health'],
];

/**
 * A house's number before a name or a street word, or a flat's word, opening a value: "9 Kings Road", "12a mill lane",
 * "Flat 3"; not a count of something ("12 months fixed term", "24 hour cover").
 */
const HOUSE_START = new RegExp(`^(?:\\d{1,4}[a-z]?,?[ \\t]+(?:\\p{Lu}|\\p{Ll}+[ \\t]+(?:${STREET_WORDS.toLowerCase()})\\b)|(?:[Ff]lat|[Aa]partment|[Aa]pt|[Uu]nit|[Nn]o)\\.?\\s)`, 'u');
/** A label, a spaced dash and a value, on a line of their own: "Nationality — Filipino", "Religion – Sikh". */
const DASHED = /^[ \t]*(\p{L}+(?:[ /&]\p{L}+){0,5})[ \t]+[—–-][ \t]+([^\s:—–][^\n:—–]{0,60})$/u;
/** Fields may share a line when separated by `|`, `•`, `·`, a tab or two spaces. */
const CELL_BREAKS: BreakRule = { minBlanks: 2, dashes: false };
const LABEL_TEXT = /^\p{L}[\p{L} ./&]{1,40}$/u;
/** An icon's key before a value's key, in one object of data kept as code: "icon: Icons.Location, text". */
const ICON_KEY = /\bicon[ \t]*:[ \t]*(?:[A-Za-z]+\.)?([A-Za-z]+)[ \t]*,[ \t]*(?:text|value|label)$/;
const LABEL_WITH_COLON = /^\p{L}[\p{L} ./&]{1,40}:$/u;
/** A blood group with its sign: "O+", "AB negative", "B Rh+". */
const BLOOD_GROUP = /^(?:AB|A|B|O)[ \t]*(?:[+−-](?!\p{L})|(?:Rh[ \t]*)?(?:positive|negative|pos|neg)\b|Rh[+−-])/iu;
/** A value that is only a phone number. */
const PHONE_LIKE = /^[+(]?\d[\d \t().-]{5,}$/;
/** A note in brackets that ends a value: "(evenings)", "(mobile)". */
const NOTE_AFTER = /\([^()\n]{1,30}\)$/;
/** "Previous address<tab>ul. Długa 15/7, …": an address label and its value split by a tab, no colon. */
const ADDRESS_TAB = /^[ \t]*(?:(?:home|postal|correspondence|current|permanent|present|previous|residential|mailing)[ \t]+)?address(?: ?\([^()\n]{1,20}\))? ?\t/i;
/** Fields whose label names a personal detail outright, whatever the layout around it. */
export const OUTRIGHT_TYPES: readonly RedactionType[] = ['nationality', 'ethnicity', 'religion', 'marital-status', 'gender', 'origin', 'immigration-status', 'sexual-orientation'];
/**
 * Fields read in a tabbed row: those whose label names a personal detail outright. Not "Location",
 * "Children", "Health" or "Age", which head rows of a job's or a placement's table too
 * ("Children<tab>Leeds Children's Hospital, ward 51"); nor "Belief", a value's heading.
 */
const TAB_TYPES = new Set<RedactionType>(['date-of-birth', 'dependants', ...OUTRIGHT_TYPES]);
/** A count of dependants or a yes or no, as a form's row gives it ("Dependants<tab>2 (ages 9 and 12)"); a ward's "Children<tab>Safeguarding" is no such row. */
const DEPENDANTS_VALUE = /^(?:\d|none\b|no\b|yes\b|one\b|two\b|three\b|four\b|five\b)/i;
const NOT_TAB_LABEL = /^belief$/i;
/** A label, a tab and its value, alone on a line: "Nationality<tab>Filipino", "Date of birth<tab>Eleventh January 1991". */
const TAB_FIELD = /^[ \t]*(\p{L}[\p{L} ./&]{0,39}\p{L})\.?:?\t[ \t]*([^\s:][^\t\n:]{0,80}[^\s:]|[^\s:])$/u;
/** A short word before a full stop and a capital or digit after it: an abbreviation ("No. 7", "Brgy. San Isidro"), no sentence's end. */
const ABBREVIATION = /(?<![\p{L}])(?:\p{Lu}\p{L}{0,3}|\p{Ll}{1,2})$/u;
const CAPITAL_AFTER = /^[ \t]+[\p{Lu}\d]/u;

/** How an age's value opens: a figure or a number's word, maybe after "aged", "about" or "in my (mid-)": "34", "thirty-three", "in my mid-forties". */
const AGE_OPENING = /^(?:(?:aged?|about|around|approx\.?|approximately|in (?:my|her|his|their))[ \t]+)?(?:(?:early|mid|late)[ \t-]?)?(?:\d|(?:twen|thir|for|fif|six|seven|eigh|nine)t|sixteen|seventeen|eighteen|nineteen)/i;
/** The words an age's value may hold after its figures: years and the numbers' own words ("36 years", "(b. 1979)"). */
const AGE_VALUE_WORD = /^(?:aged?|about|around|approx|approximately|in|my|her|his|their|early|mid|late|years?|yrs?|old|months?|y|o|and|to|or|over|under|plus|b|born|one|two|three|four|five|six|seven|eight|nine)$/i;
/** A number's word of tens or teens, or a decade: "thirty", "forties", "nineteen". */
const TENS_WORD = /t(?:y|ies|eens?)$/i;

/**
 * Whether a value under an age's label reads as the writer's age or a band of years, not as a group of patients or a service:
 * "Age group: 35 to 39" is the writer's, "Age group: older adults", "Age range: 18-65 (adult mental health)" a post's.
 */
function readsAsAge(value: string): boolean {
  return AGE_OPENING.test(value) && (value.match(/\p{L}+/gu) ?? []).every((word) => AGE_VALUE_WORD.test(word) || TENS_WORD.test(word));
}

/** An age in brackets closing a date of birth's value: "04/07/1986 (39)", "14.3.88 (aged 37)". */
const AGE_AFTER_DATE = /\((?:aged? )?(\d{1,3})\)$/;

/**
 * Where a value ends; an address's runs on over abbreviations, and a relative's name over its initials, ("Home: No. 7 Okpara Avenue") in its
 * first 200 characters, so that a line of labels stays linear; a date ends at a spaced dash too
 * ("Data de nascimento: 14/03/1990 — I am 35"), as no date holds one. A value ends at a full stop
 * or semicolon before a blank or the end ("Nationality: British. Religion: …"), found in code: a
 * line of a thousand labels called a pattern at every stop of each value.
 */
function valueEnd(rest: string, type: RedactionType): number {
  const address = type === 'address';
  const dash = type === 'date-of-birth' ? rest.search(SPACED_DASH) : -1;
  const other = type === 'date-of-birth' ? otherBracket(rest) : -1;
  const limit = Math.min(dash < 0 ? rest.length : dash, other < 0 ? rest.length : other);
  for (let i = 0; i < limit; i++) {
    const code = rest.charCodeAt(i);
    // A note in brackets in small letters that closes an address is no part of it: "Tŷ Nant, Llanrhystud (no postcode — use SY23 5AE
    // for sat-nav)"; "Enugu (parents' house) / 23a Stapleton Road" goes on.
    if (address && code === 40 && i > 0 && isSpaceAt(rest, i - 1) && /\p{Ll}/u.test(rest.charAt(i + 1)) && closesValue(rest, i)) return i;
    if (code !== 46 && code !== 59) continue;
    if (i + 1 < rest.length && !isSpaceAt(rest, i + 1)) continue;
    // A relative's name runs on over its initials too: "Father Name: S. Krishnan".
    if (((address && i < 200) || type === 'dependants') && code === 46 && isAbbreviation(rest, i) && capitalAfter(rest, i)) continue;
    return i;
  }
  return limit;
}

/** Whether the bracket opened at `open` closes on its line and nothing but blanks follows it. */
function closesValue(rest: string, open: number): boolean {
  const close = rest.indexOf(')', open);
  const line = rest.indexOf('\n', open);
  return close > open && (line < 0 || close < line) && !rest.slice(close + 1, line < 0 ? rest.length : line).trim();
}

/** Whether the (at most five) characters before the stop at `dot` end in an abbreviation (ABBREVIATION's reading, ASCII in code). */
function isAbbreviation(rest: string, dot: number): boolean {
  const from = Math.max(0, dot - 5);
  for (let i = from; i < dot; i++) if (rest.charCodeAt(i) >= 128) return ABBREVIATION.test(rest.slice(from, dot));
  let start = dot;
  while (start > from && isAsciiLetter(rest.charCodeAt(start - 1))) start--;
  const length = dot - start;
  // Letters after a digit close a postcode, not an abbreviation: "Home: 19 Skipton Road, Harrogate HG1 4LR. Referees: …".
  if (length === 0 || (start > 0 && rest.charCodeAt(start - 1) >= 48 && rest.charCodeAt(start - 1) <= 57)) return false;
  const first = rest.charCodeAt(start);
  if (first >= 65 && first <= 90) return length <= 4;
  for (let i = start; i < dot; i++) if (rest.charCodeAt(i) < 97) return false;
  return length <= 2;
}

/** Whether blanks and then a capital or a digit follow the stop at `dot` within three characters (CAPITAL_AFTER's reading, ASCII in code). */
function capitalAfter(rest: string, dot: number): boolean {
  const end = Math.min(rest.length, dot + 4);
  let i = dot + 1;
  while (i < end && (rest.charCodeAt(i) === 32 || rest.charCodeAt(i) === 9)) i++;
  if (i === dot + 1 || i >= end) return false;
  const code = rest.charCodeAt(i);
  if (code >= 128) return CAPITAL_AFTER.test(rest.slice(dot + 1, end));
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}
const SPACED_DASH = /[ \t][—–-][ \t]/;
/** A bracket on the value's line, after a blank. */
const BRACKET_IN_VALUE = /[ \t]\(([^()\n]*)\)?/;

/**
 * Where a date of birth's value ends at a bracket after its date that another recogniser reads whole, no digit in it and
 * no note of the birth's calendar: "4 May 1990 (Nepali citizen)" is a date and a nationality, each read as its own. Any
 * other bracket goes with the date, as it may date the birth too: "(Tuesday)", "(Pisces)".
 */
function otherBracket(rest: string): number {
  const bracket = BRACKET_IN_VALUE.exec(rest);
  if (!bracket || !/\d/.test(rest.slice(0, bracket.index)) || /\d/.test(bracket[1]!) || BIRTH_NOTE.test(bracket[1]!)) return -1;
  return readByOthers(bracket[1]!) ? bracket.index : -1;
}

/** The details a bracket after a date of birth may tell instead, each found by its own recogniser. */
const OTHER_DETAILS: readonly ((text: string) => Span[])[] = [findNationality, findOrigin, findImmigrationStatus, findReligion];

/** Whether the other details' recognisers find something in `inside` and leave no capitalised word of it unread ("Tuesday, Nepali citizen"). */
function readByOthers(inside: string): boolean {
  const found = OTHER_DETAILS.flatMap((find) => find(inside));
  if (found.length === 0) return false;
  let left = inside;
  for (const span of found) left = left.slice(0, span.start) + ' '.repeat(span.end - span.start) + left.slice(span.end);
  return !/\p{Lu}/u.test(left);
}

/**
 * A label as Markdown and web pages dress it: after a bullet or an icon, in bold ("- Nationality:",
 * "🎂 **Date of Birth:** 14/07/1997", "- **Nationality**: Egypt"), or after a form's question number ("1.1 Title: Ms"). The
 * dressing is no part of the label.
 */
const LABEL_DRESSING_BEFORE = /^(?:\d{1,2}\.(?:\d{1,2}\.?){0,2}(?=[ \t]))?[^\p{L}\p{N}]+/u;
/** Bold or italics closed after the colon: "**Date of Birth:** 14/07/1997". */
const EMPHASIS_OPEN = /^[ \t]*[*_]+/;

function bareLabel(label: string): string {
  const bare = label.replace(LABEL_DRESSING_BEFORE, '');
  // Bold, italics, blanks and a key's closing quote, read back in code (an end-anchored pattern is quadratic).
  let end = bare.length;
  while (end > 0 && '*_ \t"\''.includes(bare[end - 1]!)) end--;
  // A key in data kept as code runs its words together: "postalCode", "placeOfBirth".
  return bare.slice(0, end).replace(CAMEL_JOIN, '$1 $2');
}
const CAMEL_JOIN = /(\p{Ll})(\p{Lu})/gu;
/** A value holds a letter or a digit. */
const VALUE_CHAR = /[\p{L}\p{N}]/u;
/** A health field's value opening with a verb of clinical work, in lower case: the writer's work told, not their health ("took medical histories"). */
const HISTORY_TAKEN = /^(?:took|take|taking|obtained|obtaining|recorded|recording|documented|documenting|assessed|assessing|reviewed|reviewing|clerked|clerking)\b/;
const COLUMN_GAP_START = /^(?: {2}|\t)/;
/** Labels of a place alone, which a job's entry has too. */
const PLACE_LABEL = /^(?:place|town|city|location)$/i;
/** A job's field in front matter or JSON: "company:", "- role:", '"employer":'. */
const JOB_FIELD = /^[ \t]*(?:-[ \t]*)?["']?(?:company|employer|organi[sz]ation|institution|position|role|job ?title)["']?[ \t]*:/i;

/** Whether one of the four lines above holds a job's field: the place below it is the job's. */
function jobFieldAbove(layout: DocumentLayout, lineIndex: number): boolean {
  for (let i = lineIndex - 1; i >= 0 && i >= lineIndex - 4; i--) if (JOB_FIELD.test(layout.lines[i]!.text)) return true;
  return false;
}

/** The words of a form of address, in lower case and without their full stops. */
const ADDRESS_WORDS = new Set(
  'mr mrs ms miss mx dr doctor prof professor rev revd reverend canon father sister brother sir dame lord lady rabbi imam pastor cllr councillor hon master madam m mme mlle sr sra srta herr frau pani pan'.split(' '),
);
/**
 * A title's value: up to three words of a form of address ("Mrs", "Dr.", "Mr / Dr", "Reverend Canon"), not a thesis's
 * or a project's name, nor a page's title in front matter ("title: Curriculum Vitae", "title: Ana Ruiz").
 */
function isFormOfAddress(value: string): boolean {
  const words = value.split(/[\s/&,]+/).filter(Boolean);
  return words.length > 0 && words.length <= 3 && words.every((word) => ADDRESS_WORDS.has(word.toLowerCase().replace(/\./g, '')));
}

/** A marital status said in one word, in the languages CVs come in: "Married", "Marié(e)", "Casada", "Ledig". */
const MARITAL_WORD =
  /^(?:single|married|divorced|widowed|separated|marr?i[ée]e?|c[ée]libataire|divorc[ée]e?|veuf|veuve|casad[oa]|solter[oa]|divorciad[oa]|viúv[oa]|viud[oa]|verheiratet|ledig|geschieden|verwitwet|żonaty|zamężna|kawaler|panna)$/iu;
/** An age in years, in those languages: "29 ans", "31 years old", "27 Jahre", "33 años". */
const AGE_WORDS = /^\d{2}[ \t]+(?:ans|years[ \t]+old|year[ \t]+old|jahre(?:[ \t]+alt)?|años|anos|lat)$/iu;
/** "34 years", "29 yrs": an age only beside a marital status or a marked age, since beside a role it is experience. */
const BARE_YEARS = /^\d{2}[ \t]+(?:years|yrs)$/i;

/**
 * A marital status or an age that is all a cell of the header holds, with no label, as CVs from abroad put them
 * beside the contacts: "Marrié, 29 ans", "Married | 34 years old". A word that heads something else ("Single point of
 * contact") is more than the cell, and years after a role are experience ("Portering, 15 years", "Healthcare
 * Assistant    15 years"), so bare years count only on a row that also holds a marital status or a marked age.
 */
function headerCells(layout: DocumentLayout, spans: Span[]): void {
  for (const line of layout.lines) {
    if (line.start >= layout.headerEnd) break;
    if (line.text.length > 300) continue;
    const cells: { start: number; pieces: string[] }[] = [];
    forEachCell(line.text, CELL_BREAKS, (start, end) => {
      const cell = line.text.slice(start, end);
      cells.push({ start: start + cell.length - cell.trimStart().length, pieces: cell.trim().split(',') });
    });
    const personal = cells.some(({ pieces }) => pieces.some((piece) => MARITAL_WORD.test(piece.trim()) || AGE_WORDS.test(piece.trim())));
    if (!personal) continue;
    for (const { start, pieces } of cells) {
      const types = pieces.map((piece) => (MARITAL_WORD.test(piece.trim()) ? 'marital-status' : AGE_WORDS.test(piece.trim()) || BARE_YEARS.test(piece.trim()) ? 'age' : null));
      // Every piece of the cell is one: "Portering and patient transport, 15 years" is experience.
      if (types.some((type) => type === null)) continue;
      let at = line.start + start;
      pieces.forEach((piece, i) => {
        const offset = piece.length - piece.trimStart().length;
        spans.push(makeSpan(types[i]!, at + offset, at + offset + piece.trim().length, { divisible: true, priority: 70 }));
        at += piece.length + 1;
      });
    }
  }
}

/**
 * Values of labelled personal fields ("Nationality: British", "Marital status: Married").
 * Several fields may share a line when separated by `|`, `•` or tabs. An address value carries on
 * over the following lines until a blank line, another label or a heading.
 */
export function findLabelledFields(layout: DocumentLayout): Span[] {
  const spans: Span[] = [];
  headerCells(layout, spans);
  layout.lines.forEach((line, lineIndex) => {
    const tabbed = ADDRESS_TAB.exec(line.text);
    if (tabbed) {
      let start = line.start + tabbed[0].length;
      while (start < line.end && /[ \t]/.test(layout.text[start]!)) start++;
      spans.push(makeSpan('address', start, extendAddress(layout, lineIndex, line.end), { divisible: true, priority: 70 }));
      return;
    }
    // "Date of birth<tab>Eleventh January nineteen ninety-one": a label and its value in two cells, alone on their line.
    const tabbedField = TAB_FIELD.exec(line.text);
    const tabbedRule = tabbedField ? LABELS.find(([pattern, type]) => TAB_TYPES.has(type) && !NOT_TAB_LABEL.test(tabbedField[1]!) && pattern.test(tabbedField[1]!)) : undefined;
    if (tabbedField && tabbedRule && (tabbedRule[1] !== 'dependants' || DEPENDANTS_VALUE.test(tabbedField[2]!))) {
      const start = line.start + tabbedField[0].length - tabbedField[2]!.length;
      spans.push(makeSpan(tabbedRule[1], start, start + tabbedField[2]!.length, { divisible: true, priority: 70 }));
      return;
    }
    // "Nationality — Filipino": a label and its value set apart by a spaced dash, alone on their line.
    const dashed = DASHED.exec(line.text);
    const dashedRule = dashed ? LABELS.find(([pattern, type]) => type !== 'address' && type !== 'title' && pattern.test(dashed[1]!)) : undefined;
    if (dashed && dashedRule) {
      const start = line.start + dashed[0].length - dashed[2]!.length;
      spans.push(makeSpan(dashedRule[1], start, start + dashed[2]!.trimEnd().length, { divisible: true, priority: 70 }));
      return;
    }
    // "Home address ....... 9 Kennet Side, Newbury": a form printed to text sets a leader of dots between label and value.
    const dotted = dottedField(line.text);
    if (dotted) {
      spans.push(makeSpan(dotted.type, line.start + dotted.start, line.start + dotted.end, { divisible: true, priority: 70 }));
      return;
    }
    const required = requiredField(line.text, layout, lineIndex);
    if (required) {
      spans.push(makeSpan(required.type, line.start + required.start, line.start + required.end, { divisible: true, priority: 70 }));
      return;
    }
    unmarkedCells(line.text, line.start, spans);
    if (!line.text.includes(':')) {
      valueBelow(layout, lineIndex, spans);
      return;
    }
    forEachField(line.text, (cellStart, cell) => {
      // Every "Label: value" in the cell, also one after another in sentences ("Languages: Tamil. Gender: female.").
      for (let colon = cell.indexOf(':'); colon >= 0; colon = cell.indexOf(':', colon + 1)) {
        // The label starts the cell or a new sentence in it, and is short: only its last 42 characters are read.
        const window = cell.slice(Math.max(0, colon - 42), colon);
        // An aside in brackets is no part of the label: "Home address (PH):", "Present Address (UK):".
        const sentence = window.slice(window.lastIndexOf('. ') + 1);
        // "{ icon: Icons.Location, text: 'Porto Alegre, RS' }": in data kept as code, the icon's name is the value's label.
        const icon = ICON_KEY.exec(window);
        const aside = asideStart(sentence);
        const label = icon ? icon[1]! : bareLabel(sentence.slice(0, aside));
        if (!LABEL_TEXT.test(label)) continue;
        const rule = LABELS.find(([pattern]) => pattern.test(label)) ?? bilingualRule(label) ?? glossRule(sentence.slice(aside));
        if (!rule) continue;
        // "location: 'Glasgow, UK'" under "company:" or "role:" in a list of jobs (front matter, JSON): where a job was.
        if (rule[1] === 'address' && PLACE_LABEL.test(label) && jobFieldAbove(layout, lineIndex)) continue;
        const rest = cell.slice(colon + 1);
        const stop = valueEnd(rest, rule[1]);
        const value = rest.slice(0, stop).replace(EMPHASIS_OPEN, '').trim();
        // "Home: 0113 496 0557 (evenings)" is a phone, found as one, with a note on when; "Home: No. 7 Okpara Avenue" an address.
        // A value that is itself a label is none: "Permanent Address:      Present Address (UK):" heads two columns.
        // Nor is a bracket that opens a key's object in data kept as code: '"location": {'.
        if (!VALUE_CHAR.test(value) || value.endsWith(':') || (/^home$/i.test(label) && PHONE_LIKE.test(value.replace(NOTE_AFTER, '')))) continue;
        // "Title: Mrs" is how someone is addressed; "Title: Health content of Afghan media" names a thesis or a project.
        if (rule[1] === 'title' && !isFormOfAddress(value)) continue;
        // "Ad: 9 Kings Road" shortens "address", as a house's number or a flat's shows; "Ad: Band 5 post" is an advert.
        if (/^ad\.?$/i.test(label) && !HOUSE_START.test(value) && findPostcodes(value).length === 0) continue;
        // "Blood: O+" is a blood group; "Blood: samples from children" is a skill.
        if (/^blood$/i.test(label) && !BLOOD_GROUP.test(value)) continue;
        // "Medical history: took histories in clinic" tells the writer's work, opening with its verb; "diagnosed with asthma" still goes.
        if (rule[1] === 'health' && HISTORY_TAKEN.test(value)) continue;
        // "Family: 4 children" counts the writer's; "Family: Practice Nurse team" is a team, and "Family: Two Sons, Macsen…" names them (find-family).
        if (/^family$/i.test(label) && !/^\d/.test(value)) continue;
        // "Age band: 40-44" is the writer's age; "Age group: children 0-5 years (health visiting)" a placement's patients.
        if (rule[1] === 'age' && !readsAsAge(value)) continue;
        // "Born: 17 Agustus 1990" is a date of birth, whatever the language of its month; "Born: Lusaka, Zambia" a place.
        // "Date of birth:        Band 6 sonographer with": in two columns merged line by line, the
        // text after a gap is the other column's, and the date is on the next line (find-dates-of-birth).
        if (rule[1] === 'date-of-birth' && !/^born$/i.test(label) && COLUMN_GAP_START.test(rest) && !/^\d/.test(value) && !DATE_AT_START.test(value)) continue;
        const start = line.start + cellStart + colon + 1 + rest.indexOf(value);
        const type = /^born$/i.test(label) && !/\d/.test(value) ? 'origin' : rule[1];
        // A value in quotes, as front matter and JSON write it, is the whole quote, marks between cells and all:
        // 'address: "Kibera · Nairobi · Kenya"'.
        const quote = value.charAt(0);
        const closing = quote === '"' || quote === "'" ? layout.text.indexOf(quote, start + 1) : -1;
        if (closing > start + 1 && closing < line.end) {
          spans.push(makeSpan(type, start + 1, closing, { divisible: true, priority: 70 }));
          continue;
        }
        const end = type === 'address' ? extendAddress(layout, lineIndex, start + value.length) : start + value.length;
        // "DOB: 04/07/1986 (39)": the date is the date of birth, the number in brackets after it the age.
        const age = type === 'date-of-birth' ? AGE_AFTER_DATE.exec(value) : null;
        if (age) {
          const dateEnd = start + value.slice(0, age.index).trimEnd().length;
          spans.push(makeSpan(type, start, dateEnd, { divisible: true, priority: 70 }));
          const ageStart = start + age.index + age[0].indexOf(age[1]!);
          spans.push(makeSpan('age', ageStart, ageStart + age[1]!.length, { priority: 70 }));
          continue;
        }
        spans.push(makeSpan(type, start, end, { divisible: true, priority: 70 }));
      }
    });
  });
  // "Date of birth (Solar Hijri): 13/02/1367 — …; UK documents show 2 May 1988": the field's date told again on its line.
  gregorianOnLine(layout.text, spans);
  // "Address: 21 Oak Lane, Leeds LS8 5DR (United Kingdom)": the UK finds no one, here as in an address without a label.
  return spans.flatMap((span) => (span.type === 'address' ? withoutUk(layout.text, span) : [span]));
}

/**
 * Where a leader of dots opens after a blank: three dots or more, or fewer set off by a blank after them, as the longest label of
 * a form's column leaves one dot ("Nationality . Ethiopian" under "Name ........ …"); -1 if none. Found in code.
 */
function leaderAt(line: string): number {
  for (let at = line.indexOf(' .'); at >= 0; at = line.indexOf(' .', at + 1)) {
    let end = at + 1;
    while (line[end] === '.') end++;
    if (end - at - 1 >= 3 || line[end] === ' ' || line[end] === '\t') return at;
  }
  return -1;
}

/**
 * A label, a leader of dots and a value, alone on a line, as a form printed to text sets them ("Nationality
 * .......... Kenyan"): the value, to its end or a full stop, as after a colon. Each field has a line of its own, so an
 * address is not read on over the next line (the postcode's, "Postcode ........ RG14 5PX").
 */
function dottedField(line: string): { type: RedactionType; start: number; end: number } | null {
  const leader = leaderAt(line);
  if (leader < 0) return null;
  const label = bareLabel(line.slice(0, leader).trim());
  if (!LABEL_TEXT.test(label)) return null;
  const type = (LABELS.find(([pattern]) => pattern.test(label)) ?? bilingualRule(label))?.[1];
  if (!type) return null;
  let start = leader + 1;
  while (start < line.length && (line[start] === '.' || line[start] === ' ' || line[start] === '\t')) start++;
  const rest = line.slice(start);
  const value = rest.slice(0, valueEnd(rest, type)).trimEnd();
  if (!VALUE_CHAR.test(value) || (type === 'title' && !isFormOfAddress(value)) || (/^blood$/i.test(label) && !BLOOD_GROUP.test(value))) return null;
  // "Home ..... 0114 496 0163 (evenings)" is a phone, found as one.
  if (/^home$/i.test(label) && PHONE_LIKE.test(value.replace(NOTE_AFTER, ''))) return null;
  return { type, start, end: start + value.length };
}

/** An address's numbered line on a form: "Address line 2". */
const ADDRESS_LINE = /^(\p{L}+)[ \t]+line[ \t]*\d$/iu;
/** A label that names where a job was, not where the writer lives: "Location", "Base", "Work address", "Employer's town". */
const WORKPLACE_LABEL = /\b(?:location|place|base|site|work|employer['’]?s?|business|office)\b/i;
/** A home address's own line on a form, opening its line: "Address line 1", "Postcode", "Home address". */
const HOME_ADDRESS_LINE = /^[ \t]*(?:address[ \t]+line[ \t]*\d|post[ \t]?code|home[ \t]+address)\b/i;
/** How many lines either side a starred town or county looks for its home address's other lines. */
const HOME_ADDRESS_REACH = 3;

/** Whether a home address's own line stands within a few lines of this one, as a form's address block sets them together. */
function homeAddressNear(layout: DocumentLayout, lineIndex: number): boolean {
  const last = Math.min(layout.lines.length - 1, lineIndex + HOME_ADDRESS_REACH);
  for (let i = Math.max(0, lineIndex - HOME_ADDRESS_REACH); i <= last; i++) if (HOME_ADDRESS_LINE.test(layout.lines[i]!.text)) return true;
  return false;
}

/**
 * A label and its value after a column's gap, as an application form's print view sets them, where the label carries the
 * form's mark of a required field ("Town / City *      Lerwick", "Title *     Ms") or is an address's numbered line ("Address
 * line 2      Voe"): the mark or the line's number tells a form's field from a table's row ("Location      Leeds", a job's).
 * A title's value must still be a form of address. A starred place is the home's only among a home address's other lines
 * ("Address line 1", "Postcode") and under no workplace's label: an employment block's "Town *      Keighley" or
 * "Location *      Leeds General Infirmary" is where the job was.
 */
function requiredField(line: string, layout: DocumentLayout, lineIndex: number): { type: RedactionType; start: number; end: number } | null {
  const gap = line.search(/ {3}|\t/);
  if (gap < 0 || line.includes(':')) return null;
  const marked = line.slice(0, gap).trimEnd();
  const starred = marked.endsWith('*');
  const label = bareLabel(marked.replace(/\*$/, '').trim());
  const numbered = ADDRESS_LINE.exec(label);
  const bare = numbered ? numbered[1]! : label;
  if (!LABEL_TEXT.test(bare)) return null;
  const type = (LABELS.find(([pattern]) => pattern.test(bare)) ?? bilingualRule(bare))?.[1];
  if (!type || !(starred || (numbered && type === 'address') || type === 'title')) return null;
  if (type === 'address' && !numbered && (WORKPLACE_LABEL.test(bare) || !homeAddressNear(layout, lineIndex))) return null;
  let start = gap;
  while (start < line.length && isSpaceAt(line, start)) start++;
  const rest = line.slice(start);
  const value = rest.slice(0, valueEnd(rest, type)).trimEnd();
  if (!VALUE_CHAR.test(value) || (type === 'title' && !isFormOfAddress(value)) || (type === 'age' && !readsAsAge(value))) return null;
  return { type, start, end: start + value.length };
}

/** A label's other half that names a contact or a field of work, not a language's word for the same field. */
const OTHER_FIELD_HALF = /^(?:phone|tel|telephone|mobile|e-?mail|fax|web|website|postcode|post code)$/i;

/**
 * A label in two languages, its halves set apart by a slash: "Doğum yeri / Place of birth", "Rhyw / Gender", "Medeni hali /
 * Marital status". One half a known label, the other no label of another field ("Address / Phone" is two fields).
 */
function bilingualRule(label: string): [RegExp, RedactionType] | undefined {
  const halves = label.split('/').map((half) => half.trim());
  if (halves.length !== 2 || halves.some((half) => !half || OTHER_FIELD_HALF.test(half))) return undefined;
  const rules = halves.map((half) => LABELS.find(([pattern]) => pattern.test(half)));
  const rule = rules[0] && rules[1] && rules[0][1] !== rules[1][1] ? undefined : (rules[0] ?? rules[1]);
  // A birth's ("Ganwyd / Born: Aberystwyth, 4 Hydref 1991") is read by the date reader, which parts a place from its date.
  return rule?.[1] === 'date-of-birth' ? undefined : rule;
}

/**
 * A label in the writer's own language glossed in English in its bracket: "Sünniaeg (date of birth):", "Kodakondsus
 * (citizenship):". The gloss names the field when the label itself names none.
 */
function glossRule(aside: string): [RegExp, RedactionType] | undefined {
  const gloss = /^[ \t]*\(([^()]*)\)[ \t]*$/.exec(aside)?.[1]?.trim() ?? '';
  return LABEL_TEXT.test(gloss) ? LABELS.find(([pattern]) => pattern.test(gloss)) : undefined;
}

/** Labels read with their value on the next line; not "title" (a job's column), "age", "health" or a menu's "Home". */
const LABEL_ABOVE_TYPES = new Set<RedactionType>([...OUTRIGHT_TYPES, 'address']);
const MENU_WORD = /^(?:home|place)$/i;
/** A heading under a label is the next section, not its value ("Nationality" / "Languages"). */
const { headings } = nameLexicon.notNameGroups;
/** A gap between columns or cells: a tab or two blanks. */
const COLUMN_GAP = /\t| {2}/;
/** A value that opens with the writer is a sentence, not a field's value: "I hold settled status." */
const WRITER_OPENS = /^(?:I|My|We|Our)\b/;
/** The longest value read under its label: a field's, not a paragraph's. */
const MAX_VALUE_BELOW = 80;

/** Whether a value names an organisation by one of its words ("Hospital", "Trust", "Surgery"). */
function namesOrganisation(value: string): boolean {
  for (const m of value.matchAll(/\p{Lu}[\p{L}'’-]*/gu)) if (nameLexicon.organisationSuffixes.has(m[0])) return true;
  return false;
}

/**
 * A label alone on its line with its value alone on the next, as a web page's profile or a form
 * read as text gives them: "Location" / "Boys' Hostel, Tipu Road, Rawalpindi", "Nationality" / "Kenyan".
 * The value is neither a label itself nor longer than a field's.
 */
function valueBelow(layout: DocumentLayout, lineIndex: number, spans: Span[]): void {
  const label = bareLabel(layout.lines[lineIndex]!.text.trim());
  if (!LABEL_TEXT.test(label) || MENU_WORD.test(label)) return;
  const type = LABELS.find(([pattern]) => pattern.test(label))?.[1];
  const next = layout.lines[lineIndex + 1];
  if (!type || !LABEL_ABOVE_TYPES.has(type) || !next) return;
  // Its first cell only: in two columns merged line by line, the other column's text follows a gap;
  // and its first sentence: "BRP valid until 03/2027. I am…". A sentence of the writer's is read by the other recognisers.
  const cell = next.text.trim().split(COLUMN_GAP)[0]!;
  const value = cell.slice(0, valueEnd(cell, type)).trim();
  // A question is the form's next field, not this one's value: "Right to work" / "Do you have the right to work in the UK?   Yes".
  if (!value || WRITER_OPENS.test(value) || value.length > MAX_VALUE_BELOW || value.includes(':') || value.endsWith('?') || LABELS.some(([pattern]) => pattern.test(bareLabel(value))) || headings.has(value)) return;
  // "Location" / "Northwick Park Hospital, Harrow": a workplace under a job's label, not a home.
  if (type === 'address' && namesOrganisation(value)) return;
  const start = next.start + next.text.indexOf(value);
  spans.push(makeSpan(type, start, start + value.length, { divisible: true, priority: 70 }));
}

/**
 * A label and its value with no colon, in a row of cells as Europass and other table layouts write
 * them: "Sex Female | Date of birth 30/06/1991 | Nationality Spanish", "Sexo Masculino   Nacionalidade Portuguesa". Only in a row of two cells or
 * more, only labels that name a personal detail outright, and only a short capitalised value (or a
 * date after a date-of-birth label), so "Health Care Assistant" on its own line is no health field.
 */
const UNMARKED_LABELS =
  'gender|sex|nationality|citizenship|religion|marital status|civil status|ethnicity|ethnic origin|place of birth|country of birth|date of birth|sexo|sexe|geschlecht|płeć|nacionalidade|nacionalidad|nationalité|nazionalità|staatsangehörigkeit|obywatelstwo|estado civil|état civil|familienstand|stan cywilny|religión|religião|naturalidade|geburtsort|lieu de naissance|lugar de nacimiento';
const UNMARKED_LABEL = new RegExp(`^(${UNMARKED_LABELS})[ \\t]+`, 'iu');
/** The same label as a cell of its own, its value in the next cell: "Sex<tab>F", "Nationality<tab>Indian". */
const LABEL_CELL = new RegExp(`^(${UNMARKED_LABELS})$`, 'iu');
/**
 * The value after it: a short capitalised value (case-sensitive, so "Gender equality" is no field), two or three listed
 * ("Nationality Brazilian, Portuguese"), maybe its country in brackets ("Tizi Ouzou (Algeria)"), or a date.
 */
const UNMARKED_VALUE = /^(?:\p{Lu}[\p{L}'’-]*(?:(?:[ \t]|,[ \t]?|[ \t]?\/[ \t]?|[ \t]and[ \t])\p{Lu}[\p{L}'’-]*){0,2}(?:[ \t]\(\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)?\))?|\d[\d./ -]{5,12}\d)$/u;

function unmarkedCells(line: string, lineStart: number, spans: Span[]): void {
  if (line.length > 300 || line.includes(':')) return;
  let cells = 0;
  // Each value's start and end, its detail, and whether its label is of several words.
  const found: [number, number, RedactionType, boolean][] = [];
  // The label of the cell before, when it held a label alone.
  let labelBefore: string | null = null;
  forEachCell(line, CELL_BREAKS, (start, end) => {
    if (end === start) return;
    cells++;
    const before = labelBefore;
    labelBefore = null;
    if (end - start > 60) return;
    const cell = line.slice(start, end).trim();
    const alone = LABEL_CELL.exec(cell);
    if (alone) {
      labelBefore = alone[1]!;
      return;
    }
    const label = before === null ? UNMARKED_LABEL.exec(cell) : null;
    const name = before ?? label?.[1];
    const value = label ? cell.slice(label[0].length) : before !== null ? cell : '';
    if (!name || !UNMARKED_VALUE.test(value)) return;
    const type = LABELS.find(([pattern]) => pattern.test(name))?.[1];
    if (!type || /^\d/.test(value) !== (type === 'date-of-birth')) return;
    const valueStart = start + line.slice(start, end).indexOf(value, label ? name.length : 0);
    found.push([valueStart, valueStart + value.length, type, /[ \t]/.test(name)]);
  });
  // A line of one cell is a field too when its label is of several words, which no sentence opens with, and its value fits the
  // label: a Europass row wrapped onto its own line, "Place of birth Tizi Ouzou (Algeria)", "Date of birth 02/03/1990" (not a
  // project's title, "Country of Birth Data Quality", "Marital Status Recording Review").
  for (const [start, end, type, multiWordLabel] of found) {
    if (cells >= 2 || (multiWordLabel && fitsLabel(type, line.slice(start, end)))) spans.push(makeSpan(type, lineStart + start, lineStart + end, { divisible: true, priority: 70 }));
  }
}

/** The words of a value, its bracket's too: "Tizi Ouzou (Algeria)" → Tizi, Ouzou, Algeria. */
const VALUE_WORDS = /[\s,/()]+/;
/** A place and its country in brackets, neither a word of the lists of what no name or place is: "Ouagadougou (Burkina)". */
const PLACE_AND_COUNTRY = /^\p{Lu}[^()]*\(\p{Lu}[^()]*\)$/u;
/** Peoples and the broad groups of the census's ethnic categories, one of which an ethnicity's value names ("White British", "Black African"). */
const PEOPLES: ReadonlySet<string> = new Set([...demonymData.demonyms, 'White', 'Black', 'Asian', 'Mixed', 'Arab', 'Gypsy', 'Traveller', 'Roma']);

/** The detail a field's label names, if it names one outright ("Nationality", "Date of birth", "Religion or belief"). */
export function labelledType(label: string): RedactionType | undefined {
  return LABELS.find(([pattern]) => pattern.test(label))?.[1];
}

/** Whether a value alone on a line fits its label's detail: a date (read already), a known place or country, or a place with its country
 * in brackets, a marital word, a known people. */
export function fitsLabel(type: RedactionType, value: string): boolean {
  if (type === 'marital-status') return MARITAL_WORD.test(value);
  if (type !== 'origin' && type !== 'ethnicity') return true;
  const words = [value, ...value.split(VALUE_WORDS).filter(Boolean)];
  if (type === 'origin') return (PLACE_AND_COUNTRY.test(value) && !words.some((word) => nameLexicon.notNames.has(word))) || words.some((word) => nameLexicon.countries.has(word) || nameLexicon.notNameGroups.places.has(word));
  return words.some((word) => PEOPLES.has(word));
}

/**
 * Calls `visit` with each cell of a line and its offset. A label and its value split by a tab stay
 * one cell: "Address:<tab>The Old Forge" and "Gender<tab><tab>: Male". One pass, no array of cells.
 */
function forEachField(line: string, visit: (start: number, cell: string) => void): void {
  let pendingStart = 0;
  let pendingEnd = -1;
  let previousText = '';
  const take = (start: number, end: number) => {
    const text = line.slice(start, end);
    // Only a short cell is a label, so each cell is read once and merged at most once.
    const label = pendingEnd >= 0 && previousText.length <= 44 && (text.startsWith(':') ? LABEL_TEXT.test(previousText.trim()) : LABEL_WITH_COLON.test(previousText.trim()));
    if (label) {
      pendingEnd = end;
      previousText = '';
      return;
    }
    if (pendingEnd >= 0) visit(pendingStart, line.slice(pendingStart, pendingEnd));
    pendingStart = start;
    pendingEnd = end;
    previousText = text;
  };
  forEachCell(line, CELL_BREAKS, take);
  visit(pendingStart, line.slice(pendingStart, pendingEnd));
}

const TAB_LABEL = /^[ \t]*[A-Za-z][A-Za-z ]{1,30}\t/;

function extendAddress(layout: DocumentLayout, index: number, end: number): number {
  let result = end;
  // A value that stopped before its line's end (at a note, a full stop) does not run on.
  if (layout.text.slice(end, layout.lines[index]!.end).trim()) return end;
  for (let i = index + 1; i < layout.lines.length && i <= index + 4; i++) {
    const line = layout.lines[i];
    // A blank line, another field ("Phone: …", "Phone<tab>…", "Home ..... 0114…"), a long line or contact details end it.
    if (!line?.text.trim() || /:/.test(line.text) || TAB_LABEL.test(line.text) || line.text.includes(' ...') || line.text.length > 60 || /@|\d{5,}/.test(line.text)) break;
    result = line.end;
  }
  return result;
}

import { nameLexicon } from './name-lexicon';
import { titleCase } from './name-run';
import { forEachCell } from './cell-breaks';
import demonymData from './data/demonyms.json';
import { demonymPattern, demonymRuns } from './demonym-runs';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { holdsAny } from './needed-words';
import { REDACTION_KINDS } from './redaction-type';
import type { Span } from './span';

const DEMONYM = demonymPattern(demonymData.demonyms);
/**
 * What makes a run of demonyms a nationality: "British citizen", "Nigerian and British citizenship", "EU national", "Nigerian-born",
 * "British born Indian", and "National" in capitals closing its clause ("A Polish National, I…"; not "British National Formulary").
 */
const STATUS_AFTER = /^(?:(?:[ \t]+(?:[Cc]itizen(?:ship)?s?|national(?:ity|s)?|[Nn]ationality|[Pp]assports?(?:\s+[Hh]older)?)\b|[ \t]+Nationals?(?=[ \t]*(?:[,.;:)\n]|$))|-(?:born|trained|educated|qualified)\b|[ \t]+born(?=[ \t]+\p{Lu}))(?:\s*\(dual\))?|\s*\(dual\))/u;
/** ", from Cork", ", born in Accra": where the writer comes from follows the nationality. */
const ORIGIN_AFTER = /^,[ \t]+(?:from|born|raised|brought[ \t]+up|originally)\b/;
/** "British since 2019": a year the writer has been one since, after the people's name alone. */
const SINCE_YEAR = /^[ \t]*\(?since[ \t]+(?:19|20)\d{2}\)?/;
/** "since 2012", "(since 2012)", "from birth": when the writer became a citizen. */
const SINCE_AFTER = /^[ \t]*\(?(?:since|from)[ \t]+(?:\d{4}|birth)\)?/;
/** "Ethiopian by birth", "Saudi and British parents", "a Palestinian family", "Nigerian dad": whose people the writer comes from. */
const DESCENT_AFTER =
  /^(?:\s+by\s+(?:birth|background|descent)|\s+(?:parents|family|father|mother|dad|mum|grandparents|grandmother|grandfather|grandma|grandad|granny|nan|ancestors|ancestry|relatives|household|side\s+of\s+the\s+family)\b)/;
/** "the son of [Polish immigrants]", "a child of Indian migrants": the writer's parents by how they came. */
const CHILD_OF_BEFORE = /\b(?:son|daughter|child|children|grandson|granddaughter|grandchild|grandchildren)\s+of\s+$/;
const MIGRANTS_AFTER = /^\s+(?:immigrants|migrants|refugees|settlers)\b/;
/** "my Nigerian husband", "our Polish in-laws": a spouse's nationality said as the writer's family's. */
const SPOUSE_AFTER = /^\s+(?:husband|wife|partner|in-laws)\b/;
const POSSESSIVE_BEFORE = /\b(?:[Mm]y|[Oo]ur)\s+(?:late\s+)?$/;
/** "Sri Lankan (Sinhalese)": a people in brackets after the nationality goes with it; "Polish (Fluent)" is a language. */
const BRACKETED_AFTER = /^\s*\((?!(?:Native|Fluent|Basic|Intermediate|Advanced|Conversational|Mother|First|Second|Written|Spoken|Working|Professional|Beginner|Level|Good|Excellent|Proficiency|Proficient|Bilingual|Elementary|Limited|Full|Business|Reading|Certified)\b)\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?\)/u;
/**
 * "As a Ghanaian woman", "as a proud Polish nurse": the writer describing themselves, their age maybe told between ("I am a
 * 41-year-old Turkish Cypriot woman"; the age is read as one).
 */
const AS_A_BEFORE = /\b(?:[Aa]s|I am|I['’]?m|[Bb]eing)\s+an?\s+(?:\d{1,2}-year-old\s+)?(?:proud\s+)?(?:(?:first|second|third)-generation\s+)?$/;
/** "dual British and Irish citizenship", "both Greek and British passports": that there are two goes too. */
const DUAL_BEFORE = /\b(?:dual|both)\s+$/i;
const DUAL = /\bdual\s+(?:nationality|citizenship|national)\b/gi;
/** "citizen of Ghana", "citizenship of the Philippines". */
const CITIZEN_OF = /\b[Cc]itizen(?:ship)? of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}/g;
/**
 * A passport's countries in brackets after it, as a form's field gives them: "Passport (Sri Lanka): …", "PASSPORT (NIGERIA)",
 * "Passport (UK & Nigeria)", "passport (Ghana, expires 2031)". Each part between commas and "&" is read on its own.
 */
const PASSPORT_OF = /\b(?:[Pp]assport|PASSPORT)[ \t]*\(([^()\n]{2,60})\)/gu;
const PASSPORT_PART = /[^,&]+/g;
/**
 * "I am British.", "I'm Irish and…", "we are Kurdish,", "(my partner) who is Welsh", "I am 35, Chilean, and…" (an age first): only the
 * nationality, and only when it ends a clause. Told of
 * someone in a story the same way: "She is Polish and…", "Anna Nowak, 27, is Polish" (an age set off after the name).
 */
const I_AM_BEFORE = /\b(?:I(?: am|['’]?m)|[Ww]e(?:\s+are|['’]re)|who\s+is|who['’]s|(?:She|He)(?:\s+is|['’]s)|,[ \t]*(?:1[6-9]|[2-9]\d),[ \t]+is|[Bb]eing|[Mm]y\s+(?:passport|nationality|citizenship)\s+is)\s+(?:\d{1,2},\s+)?(?:originally\s+)?(?:an?\s+)?(?:proud\s+)?$/;
const CLAUSE_END_AFTER = /^(?:\s*(?:[.,;:!)·•|]|$)|\s+(?:and|but|by|with|living|who|citizen|from)\b)/i;
/** "I am Yoruba from Ibadan", "I am Polish from Lodz, Poland": where the people's word says the writer comes from goes with it, its country too. */
const HOME_PLACE_AFTER = /^[ \t]+from[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}(?:,[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})?/u;
/**
 * Not a home place: a day or month ("I am Irish from Monday to Friday"), an institution ("from Lagos State University Teaching
 * Hospital" is an employer, cut in half if taken), or a run of capitalised words longer than a place's.
 */
const NOT_HOME_PLACE =
  /^[ \t]+from[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|^[ \t]+from[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:University|Hospital|College|School|Trust|Infirmary|Clinic|Practice|Surgery|Centre|Center|Institute|NHS|Medical|Health|Teaching|Foundation)\b/;
const RUNS_ON = /^[ \t]+\p{Lu}/u;
/** "a British-Nigerian nurse", "Polish-British": a compound identity names the person wherever it is. */
const LANGUAGE_AFTER = /^[ \t-]*(?:speak|speaking|interpret|translat|bilingual|language|dictionar|sign\b)/i;
/** "I speak English-Spanish": languages, not an identity. */
const LANGUAGE_BEFORE = /\b(?:speak|speaks|spoke|spoken|fluent|fluently|bilingual|languages?|interpret\w*|translat\w*)\b/i;

/** An age told as a number of years before the people's word: "a 33-year-old Sudanese", "This 30-year-old Afghan doctor". */
const AGED_BEFORE = /\b\d{1,2}-year-old[ \t]+$/;
/**
 * After AGED_BEFORE, what makes the people's word the person's: it ends the noun ("Sudanese, who…") or a post or a refugee's word
 * follows. A patient described so ("a 74-year-old Polish man admitted with…") stays, as the patient's age does.
 */
const PERSON_AFTER = /^(?:[ \t]+(?:doctor|nurse|midwife|surgeon|dentist|paramedic|pharmacist|medic|physician|consultant|GP|carer|student|graduate|refugee|asylum)\b|[ \t]*(?:[,.;]|who\b))/;
/**
 * A people's word before a post that makes someone a first of their people: "the first Filipino junior sister", "one of the
 * first cohort of Ghanaian nurses hired"; or an arrival told of one ("a Filipino nurse who came to work in the UK").
 */
const FIRST_OF_BEFORE = /\b(?:the[ \t]+first|first[ \t]+(?:cohort|group|wave|intake|batch)[ \t]+of)[ \t]+$/;
const POST_WORDS = '(?:(?:junior|senior|staff|charge|student|registered|qualified)[ \\t]+)?(?:doctors?|nurses?|midwi(?:fe|ves)|sisters?|surgeons?|dentists?|paramedics?|pharmacists?|physicians?|consultants?|GPs?|carers?|matrons?|ward[ \\t]+managers?)';
const POST_AFTER = new RegExp(`^[ \\t]+${POST_WORDS}\\b`);
const ARRIVED_AFTER = new RegExp(`^[ \\t]+${POST_WORDS}[ \\t]+who[ \\t]+(?:came|moved|arrived|relocated|migrated|emigrated)\\b`);
const ONE_BEFORE = /\b[Aa]n?[ \t]+$/;
/** "fellow Portuguese", "my fellow Filipinos": the writer's own people. */
const FELLOW_BEFORE = /\b(?:[Mm]y[ \t]+|[Oo]ur[ \t]+)?[Ff]ellow[ \t]+$/;
/** The people in the plural after "fellow" ("fellow Kenyans"), which the demonym list holds in the singular. */
const FELLOW_PEOPLE = /\b(?:[Mm]y[ \t]+|[Oo]ur[ \t]+)?[Ff]ellow[ \t]+(\p{Lu}\p{Ll}+)s(?![\p{L}])/gu;
const DEMONYM_SET = new Set(demonymData.demonyms);
/** "Ali is a Palestinian refugee", "Natalia, a Ukrainian refugee", "we are Palestinian refugees": the person's people and status. */
const REFUGEE_AFTER = /^[ \t]+(refugees?)\b/;
/** "Chinese immigrants like me", "Filipino healthcare workers like me", "Nigerian nurses, like me,": the writer counted among the people named. */
const LIKE_ME_AFTER = /^[ \t]+(?:(?:healthcare|health|care|NHS)[ \t]+)?(?:people|immigrants|migrants|nurses|doctors|midwives|women|men|families|students|workers|refugees|colleagues|staff),?[ \t]+like[ \t]+(?:me|myself|us)\b/;
/** A people named after "-born": "British-born Indian" says both (find-origin.ts reads "London-born Indian" with it). */
export const PEOPLE_AFTER_BORN = /^[ \t]+(\p{Lu}\p{Ll}+)/u;
const PERSON_IS_BEFORE = /(?:\b(?:I[ \t]+am|I['’]?m|I[ \t]+was|[Ww]e[ \t]+are|[Ww]e['’]re|[Ww]e[ \t]+were)[ \t]+(?:an?[ \t]+)?|\b(?:is|was)[ \t]+an?[ \t]+|,[ \t]*an?[ \t]+)(?:young[ \t]+)?$/;
/**
 * People the writer works with, earlier in the clause: "my caseload were Syrian refugees", "I supported a family, a Sudanese
 * refugee…". Their people and status are the work, not the writer's.
 */
const WORK_BEFORE = /\b(?:caseloads?|clients?|patients?|families|family|service[ \t]+users?|supported|supporting|worked[ \t]+with|working[ \t]+with|clinic|clinics|cohort|residents?|children|pupils|mothers|women|men)\b/i;
/** A patient told of in a case study: "a 19-year-old Eritrean student with TB, referred by…". */
const CLINICAL_AFTER = /^[^.;\n]{0,60}\b(?:admitted|referred|presented|presenting|diagnosed|attending|attended|treated|discharged|patient)\b/i;

const CELL_EDGE = /[·|•\n]/;

/** The length of the writer's home place after their people's word ("from Ibadan, Nigeria"), or 0. */
function homePlaceLength(after: string): number {
  const home = HOME_PLACE_AFTER.exec(after);
  if (!home || NOT_HOME_PLACE.test(home[0]) || RUNS_ON.test(after.slice(home[0].length))) return 0;
  return home[0].length;
}

/** The clause before `at`, from the last sentence end, semicolon or line, at most 80 characters back. */
function clauseBefore(text: string, at: number): string {
  const from = Math.max(0, at - 80);
  let i = at - 1;
  while (i >= from && text[i] !== '\n' && text[i] !== ';' && text[i] !== '.') i--;
  return text.slice(i + 1, at);
}
const BLANK = /[ \t]/;

/** Whether a cell or line starts at `start` (blanks aside). */
function opensCell(text: string, start: number): boolean {
  let before = start;
  while (before > 0 && BLANK.test(text[before - 1]!)) before--;
  return before === 0 || CELL_EDGE.test(text[before - 1]!);
}

/**
 * Whether a column's cell starts at `start` in two columns merged line by line, a tab or three blanks or more before it ("…staff
 * and            Kenyan (Kikuyu)"), and no word of languages on the line before it.
 */
function opensColumn(text: string, start: number): boolean {
  let before = start;
  while (before > 0 && before > start - 80 && BLANK.test(text[before - 1]!)) before--;
  const gap = text.slice(before, start);
  if (!(gap.includes('\t') || gap.length >= 3) || before === 0 || text[before - 1] === '\n') return false;
  // Read back at most 200 characters in code, so a text without line breaks stays linear.
  let lineStart = before;
  while (lineStart > 0 && before - lineStart < 200 && text[lineStart - 1] !== '\n') lineStart--;
  return (lineStart === 0 || text[lineStart - 1] === '\n') && !LANGUAGE_BEFORE.test(text.slice(lineStart, before));
}

/** "Born 1992 · Vietnamese · Married": a demonym alone between separators of a personal-details line. */
function aloneInCell(text: string, start: number, end: number): boolean {
  let before = start;
  while (before > 0 && BLANK.test(text[before - 1]!)) before--;
  let after = end;
  while (after < text.length && BLANK.test(text[after]!)) after++;
  const opens = before === 0 || CELL_EDGE.test(text[before - 1]!);
  const closes = after === text.length || CELL_EDGE.test(text[after]!);
  // A line that is only the demonym is a heading or a language list, unless a separator is on one side.
  return opens && closes && (text[before - 1] !== '\n' || text[after] !== '\n') && (before > 0 || after < text.length);
}

/**
 * A language the writer names as their own first one: "Arabic (native)", LinkedIn's "Sinhala (Native or Bilingual)" (English so
 * stays, the post's language; a level "(Native)" in a list of languages stays too), "Vietnamese (mother tongue)", "native Mandarin speaker", "my first language is Tigrinya", or in its own script ("First language: தமிழ்", "اردو (native)"). It tells where they come
 * from; a language offered as a skill ("fluent Polish, used with patients") stays.
 */
const NATIVE_LANGUAGE =
  /(?!English\b)\p{Lu}\p{Ll}+[ \t]*\([ \t]*Native[ \t]+or[ \t]+Bilingual[ \t]*\)|(?:(?<![\p{L}\p{M}])(?:\p{Ll}{2,3})?\p{Lu}\p{Ll}+|(?<![\p{L}\p{M}])(?![\p{Script=Latin}])\p{L}[\p{L}\p{M}]*)[ \t]*(?:[\u{1F1E6}-\u{1F1FF}]{2}[ \t]*)?\([ \t]*(?:native|mother[ \t]+tongue|first[ \t]+language|home[ \t]+language)(?:[ \t]+(?:speaker|language))?[ \t]*\)|\b[Nn]ative[ \t]+\p{Lu}\p{Ll}+[ \t]+speaker\b|\b(?:[Mm]y[ \t]+)?(?:[Mm]other[ \t]+tongue|[Ff]irst[ \t]+language|[Nn]ative[ \t]+language|[Hh]ome[ \t]+language)[ \t]*(?:is|:|-|–)[ \t]*(?:(?:\p{Ll}{2,3})?\p{Lu}\p{Ll}+|(?![\p{Script=Latin}])\p{L}[\p{L}\p{M}]*)/gu;

/**
 * A language the writer grew up with, said in other words: "Pashto and Urdu are my first languages" (not English or Welsh, which
 * posts in England and Wales ask for), "Arabic as my mother tongue", "Punjabi
 * was the language at home", "we spoke Twi at home", "grew up speaking Welsh", "my parents'
 * language, Gujarati". It tells where they come from, as a first language does.
 */
const HERITAGE_LANGUAGE =
  /(?<![\p{L}\p{M}])(?!(?:English|Welsh)\b)(?:\p{Ll}{2,3})?\p{Lu}\p{Ll}+(?:[ \t]+and[ \t]+(?:\p{Ll}{2,3})?\p{Lu}\p{Ll}+)?[ \t]+(?:is|are|was|were)[ \t]+my[ \t]+(?:first|native|mother|home)[ \t]+(?:languages?|tongues?)(?![\p{L}])|\p{Lu}\p{Ll}+[ \t]+as[ \t]+(?:my|our)[ \t]+(?:mother[ \t]+tongue|first[ \t]+language|native[ \t]+language|home[ \t]+language)|\p{Lu}\p{Ll}+[ \t]+(?:was|is)[ \t]+(?:the|our|my)[ \t]+(?:(?:first|main|home)[ \t]+)?language[ \t]+(?:at|in)[ \t]+(?:home|the[ \t]+house)|\b(?:[Ww]e|I)[ \t]+(?:spoke|speak|spoken)[ \t]+\p{Lu}\p{Ll}+[ \t]+at[ \t]+home|\b(?:grew|brought)[ \t]+up[ \t]+speaking[ \t]+\p{Lu}\p{Ll}+|\b(?:[Mm]y|[Oo]ur)[ \t]+(?:parents['’]|family['’]s|mother['’]s|father['’]s|grandparents['’])[ \t]+(?:language|tongue|first[ \t]+language)(?:,?[ \t]+\p{Lu}\p{Ll}+)?/gu;

/**
 * A row of a languages table whose last cell says the language is the writer's first: "Persian/Dari<tab>Mother tongue",
 * "| Uygur | Excellent | Mother Tongue |", "| isiXhosa | Home Language |", "Казахский — Родной", "Arabe -- maternelle",
 * "Español — Nativo", "Arabic:   Native". The row goes whole;
 * rows with a level alone ("| English | Fluent |") stay, as languages are often what a post needs. English as a first
 * language stays too ("English<tab>Native"): it is the language of the post, whose command the panel must see.
 */
const FIRST_LANGUAGE_CELL =
  /^(?:mother[ \t]+tongue|native(?:[ \t]+(?:speaker|language))?|first[ \t]+language|home[ \t]+language|(?:langue[ \t]+)?maternelle|natif|native?|nativ[oa]|muttersprache|(?:lengua|língua)[ \t]+materna|język[ \t]+ojczysty|родной(?:[ \t]+язык)?|рідна)$/iu;
/** A language's name, its label's colon after it or not: "Persian/Dari", "Arabic:". */
const LANGUAGE_CELL = /^\p{L}[\p{L}\p{M}/' -]{1,30}:?$/u;
/** A label of the first language before its value, in a form's or Europass's row: "Mother tongue(s)", "First language:". */
const FIRST_LANGUAGE_LABEL = /^(?:mother[ \t]+tongue|first[ \t]+language|native[ \t]+language|home[ \t]+language)(?:\(s\)|s)?[ \t]*:?$/i;
/** One language or a few split by commas: "Thai", "Tigrinya, Amharic". */
const LANGUAGE_LIST = /^\p{L}[\p{L}\p{M}/,' -]{1,40}$/u;
/** The language of the post. */
const POST_LANGUAGE = /^english:?$/i;
const ROW_CUES = ['tongue', 'ativ', 'natif', 'anguage', 'aternelle', 'uttersprache', 'aterna', 'ojczysty', 'одной', 'ідна'];
const ROW_CELLS = { minBlanks: 2, dashes: true };

function firstLanguageRows(text: string): Span[] {
  const spans: Span[] = [];
  if (!holdsAny(text.toLowerCase(), ROW_CUES)) return spans;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    const cells: [number, number][] = [];
    if (line.length < 200) {
      forEachCell(line, ROW_CELLS, (from, to) => {
        const cell = line.slice(from, to);
        const lead = cell.length - cell.trimStart().length;
        if (cell.trim()) cells.push([from + lead, from + lead + cell.trim().length]);
      });
    }
    const first = cells[0];
    const last = cells.at(-1);
    if (first && last && cells.length >= 2 && cells.length <= 4 && LANGUAGE_CELL.test(line.slice(...first)) && !POST_LANGUAGE.test(line.slice(...first)) && FIRST_LANGUAGE_CELL.test(line.slice(...last))) {
      spans.push(makeSpan('nationality', start + first[0], start + last[1]));
    } else if (first && last && cells.length === 2 && FIRST_LANGUAGE_LABEL.test(line.slice(...first)) && LANGUAGE_LIST.test(line.slice(...last)) && !POST_LANGUAGE.test(line.slice(...last))) {
      // The label first, as Europass prints it: "Mother tongue(s)⇥Thai". The row goes whole, as the rows above do.
      spans.push(makeSpan('nationality', start + first[0], start + last[1]));
    }
    start = end + 1;
  }
  return spans;
}

/** A language's level in a table of languages: "Fluent", "Excellent", "B2", "5", "4/5". */
const LEVEL_CELL =
  /^(?:fluent|native|excellent|very[ \t]+good|good|fair|basic|intermediate|upper[ \t-]+intermediate|advanced|conversational|proficient|beginner|elementary|working|limited|business|professional|bilingual|[ABC][12]\+?|\d(?:[./]\d{1,2})?)$/i;

/** Whether a demonym opens a row of a languages table, a level in another of its cells: "| English | Fluent |", "Chinese<tab>Excellent", "English<tab>First language". */
function inLanguageRow(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const line = text.slice(lineStart, newline < 0 ? text.length : newline);
  if (line.length > 200 || !/^[\s|•·]*$/.test(text.slice(lineStart, start))) return false;
  let level = false;
  forEachCell(line, ROW_CELLS, (from, to) => {
    const cell = line.slice(from, to).trim();
    if (LEVEL_CELL.test(cell) || FIRST_LANGUAGE_CELL.test(cell)) level = true;
  });
  return level;
}

/**
 * A country's flag, two regional-indicator letters: in a CV it ties the writer to that country ("Amina Yusuf 🇳🇬"), unless it
 * stands after a body or its own code, which it decorates (`flagOfWordBefore`). Other flags (🏳️‍🌈, 🏁) are no country's;
 * Scotland's and Wales's are a black flag whose tag letters normalising removes, so a black flag alone is left.
 */
const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
const FLAG_ONLY = /^[\u{1F1E6}-\u{1F1FF}]{2}$/u;

/** Whether a detail is a flag alone, which decorates its line: a bracket after it tells the line's post, not more of it. */
export const isFlag = (detail: string) => FLAG_ONLY.test(detail);
/** A letter of a word (one UTF-16 unit at a time). */
const LETTER = /\p{L}/u;

/** The word just before `at` on its line, past blanks; read by a loop, as an end-anchored expression is quadratic. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && end - start < 30 && LETTER.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}
/** Where the regional-indicator letters start, as the flag's two letters are its country's code ("🇬🇧" is GB). */
const REGIONAL_A = 0x1f1e6;

/** Whether the flag at `at` decorates the word before it, a body or the flag's own code, rather than the writer: "Proud to work for the NHS 🇬🇧", "Supporting Team GB 🇬🇧". */
function flagOfWordBefore(text: string, at: number, flag: string): boolean {
  const word = wordBefore(text, at);
  if (!word) return false;
  const code = [...flag].map((letter) => String.fromCharCode(65 + letter.codePointAt(0)! - REGIONAL_A)).join('');
  // Not after a country or a town: it may be where the writer is from ("Born in Lagos 🇳🇬"), and goes with it.
  return word === code || nameLexicon.notNameGroups.organisation.has(word);
}

/** Each language pattern with the words it cannot match without. */
const LANGUAGE_PATTERNS = [
  [NATIVE_LANGUAGE, ['ative', 'tongue', 'language']],
  [HERITAGE_LANGUAGE, ['language', 'tongue', 'spoke', 'speak']],
] as const;

/** Nationality, only where the text states it: a bare "British" (British Sign Language) stays. */
export function findNationality(text: string): Span[] {
  const spans: Span[] = [];
  for (const run of demonymRuns(text, DEMONYM)) {
    const after = text.slice(run.end, run.end + 40);
    const before = text.slice(Math.max(0, run.start - 20), run.start);
    const status = STATUS_AFTER.exec(after);
    const descent = DESCENT_AFTER.exec(after) ?? (POSSESSIVE_BEFORE.test(before) ? SPOUSE_AFTER.exec(after) : CHILD_OF_BEFORE.test(before) ? MIGRANTS_AFTER.exec(after) : null);
    if (status) {
      const dual = DUAL_BEFORE.exec(before);
      // "British citizen since 2012": the year says when they became one, so it goes too.
      const since = SINCE_AFTER.exec(after.slice(status[0].length))?.[0].length ?? 0;
      const people = status[0].endsWith('born') ? PEOPLE_AFTER_BORN.exec(after.slice(status[0].length)) : null;
      const bornPeopleLength = people && DEMONYM_SET.has(people[1]!) && !STATUS_AFTER.test(after.slice(status[0].length + people[0].length)) ? people[0].length : 0;
      spans.push(makeSpan('nationality', run.start - (dual ? dual[0].length : 0), run.end + status[0].length + Math.max(since, bornPeopleLength)));
    } else if (descent && !LANGUAGE_BEFORE.test(text.slice(Math.max(0, run.start - 40), run.start))) {
      spans.push(makeSpan('nationality', run.start, run.end + descent[0].length));
    } else if (AS_A_BEFORE.test(text.slice(Math.max(0, run.start - 40), run.start)) && !LANGUAGE_AFTER.test(after)) {
      // Below an ethnicity found on the same words: "as a British Bangladeshi woman" is an ethnicity.
      spans.push(makeSpan('nationality', run.start, run.end, { priority: REDACTION_KINDS.ethnicity.priority - 1 }));
    } else if (I_AM_BEFORE.test(text.slice(Math.max(0, run.start - 30), run.start)) && (CLAUSE_END_AFTER.test(after) || BRACKETED_AFTER.test(after))) {
      // "I am Māori (Ngāti Porou) and…": the people in brackets after it, a tribe or a group of theirs, goes with it.
      const more = CLAUSE_END_AFTER.test(after) ? homePlaceLength(after) : BRACKETED_AFTER.exec(after)![0].length;
      spans.push(makeSpan(run.descent ? 'ethnicity' : 'nationality', run.start, run.end + more));
    } else if ((aloneInCell(text, run.start, run.end) || (BRACKETED_AFTER.test(after) && (opensCell(text, run.start) || opensColumn(text, run.start)))) && !inLanguageRow(text, run.start, run.end)) {
      spans.push(makeSpan('nationality', run.start, run.end + (BRACKETED_AFTER.exec(after)?.[0].length ?? 0)));
    } else if (ORIGIN_AFTER.test(after) && (opensCell(text, run.start) || /[.!?;][ \t]+$/.test(before))) {
      // "Irish, from Cork originally": a sentence that opens on who the writer is.
      spans.push(makeSpan('nationality', run.start, run.end));
    } else if (SINCE_YEAR.test(after) && !LANGUAGE_BEFORE.test(text.slice(Math.max(0, run.start - 40), run.start))) {
      // "British since 2019": a nationality dated by when it was gained.
      spans.push(makeSpan('nationality', run.start, run.end + SINCE_YEAR.exec(after)![0].length));
    } else if (run.hyphenated && !LANGUAGE_AFTER.test(after) && !LANGUAGE_BEFORE.test(text.slice(Math.max(0, run.start - 40), run.start))) {
      spans.push(makeSpan('nationality', run.start, run.end));
    } else if (AGED_BEFORE.test(before) && PERSON_AFTER.test(after) && !CLINICAL_AFTER.test(after)) {
      spans.push(makeSpan('nationality', run.start, run.end));
    } else if ((FIRST_OF_BEFORE.test(before) && POST_AFTER.test(after)) || (ONE_BEFORE.test(before) && ARRIVED_AFTER.test(after))) {
      spans.push(makeSpan('nationality', run.start, run.end));
    } else if (POST_AFTER.test(after) && PERSON_IS_BEFORE.test(text.slice(Math.max(0, run.start - 30), run.start)) && !WORK_BEFORE.test(clauseBefore(text, run.start))) {
      // "Lili Baleanu is a Romanian nurse", "I am a Filipino nurse": the people's word before the person's own post.
      spans.push(makeSpan('nationality', run.start, run.end));
    } else if (LIKE_ME_AFTER.test(after)) {
      spans.push(makeSpan('nationality', run.start, run.end));
    } else if (FELLOW_BEFORE.test(before)) {
      // "the team and fellow Kenyans helped us settle in": the writer counted among their people.
      spans.push(makeSpan('nationality', run.start - FELLOW_BEFORE.exec(before)![0].length, run.end));
    } else if (REFUGEE_AFTER.test(after) && PERSON_IS_BEFORE.test(text.slice(Math.max(0, run.start - 30), run.start)) && !WORK_BEFORE.test(clauseBefore(text, run.start))) {
      const refugee = REFUGEE_AFTER.exec(after)!;
      spans.push(makeSpan('nationality', run.start, run.end), makeSpan('immigration-status', run.end + refugee[0].length - refugee[1]!.length, run.end + refugee[0].length));
    }
  }
  for (const m of matchAll(text, FELLOW_PEOPLE)) if (DEMONYM_SET.has(m[1]!)) spans.push(makeSpan('nationality', m.index, m.index + m[0].length));
  for (const [pattern, cues] of LANGUAGE_PATTERNS) {
    if (!holdsAny(text, cues)) continue;
    for (const m of matchAll(text, pattern)) spans.push(makeSpan('nationality', m.index, m.index + m[0].length));
  }
  spans.push(...firstLanguageRows(text));
  // Only a country or its people's word in the bracket: "Passport (Number)" is a field's note.
  for (const m of matchAll(text, PASSPORT_OF)) {
    const inside = m.index + m[0].indexOf('(') + 1;
    for (const part of matchAll(m[1]!, PASSPORT_PART)) {
      const lead = /^[ \t]*(?:the[ \t]+)?/i.exec(part[0])![0].length;
      const country = part[0].slice(lead).trimEnd();
      const named = titleCase(country);
      // Only a country or its people's word: "Passport (Number)" is a field's note.
      if (nameLexicon.countries.has(country) || nameLexicon.countries.has(named) || DEMONYM_SET.has(named) || (country !== '' && named.split(/[ \t]+/).every((word) => nameLexicon.notNameGroups.places.has(word)))) {
        // The country is the detail; "Passport" labels the number that follows.
        const start = inside + part.index + lead;
        spans.push(makeSpan('nationality', start, start + country.length));
      }
    }
  }
  for (const pattern of [DUAL, CITIZEN_OF]) {
    for (const m of matchAll(text, pattern)) spans.push(makeSpan('nationality', m.index, m.index + m[0].length));
  }
  for (const m of matchAll(text, FLAG)) if (!flagOfWordBefore(text, m.index, m[0])) spans.push(makeSpan('nationality', m.index, m.index + m[0].length));
  return spans;
}

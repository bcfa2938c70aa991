import { DETERMINERS, nounClass, PREPOSITIONS, SUBORDINATORS } from '../engine/lexicon';
import demonymData from './data/demonyms.json';
import religionTerms from './data/religion-terms.json';
import { type DocumentLayout, linesIn } from './document-layout';
import { STREET_WORDS } from './find-addresses';
import { findAuthorLists } from './find-author-lists';
import { isJobTitle } from './find-job-titles';
import { firstIndex } from './first-index';
import { localPartLetters } from './local-part-letters';
import { matchAll } from './match-all';
import { nameLexicon, PATRONYMIC } from './name-lexicon';
import { hasSurnameShape, isEponymFollower, type NameRun, readNameRun, titleCase } from './name-run';
import { columnNames } from './column-names';
import { initialsOfSpeakers, namedByStory } from './named-by-story';
import { POST_DASH_NAME } from './post-heading';
import { firstWordFrom, type Word } from './scan-words';

/** A possessive before a capitalised word: a business's name ("Auntie Pam's Nursery", "Uncle Tom's Cabin"). */
const OWNED_NAME = /^['’]s?[ \t]\p{Lu}/u;
/**
 * Labels whose value is a person's name ("Referee: …", "Ref: …", "Line manager: …", "buddy: …", an e-mail's "cc: …"), an aside in brackets
 * maybe before the colon ("Contact (HR only): …"); one run of blanks on each side of a number or an aside, never two side by side.
 */
const LABELLED =
  /(?<![^\s|•(])(?:referees?|references?|refs?\.?|colleagues?|(?:(?:colleague|emergency|work)\s+)?contact(?:\s+name)?|line\s+manager|manager|supervisor|clinical\s+supervisor|educational\s+supervisor|mentor|buddy|preceptor|practice\s+manager|lead\s+(?:gp|nurse|pharmacist)|senior\s+partner|signed|signature|nominated\s+by|prepared\s+by|trainer|matron|verified\s+by|countersigned\s+by|b?cc|head\s+of\s+[a-z]+|spouse|husband|wife|partner|(?:(?:father|mother|spouse|husband|wife|partner|guardian)(?:['’]?s)?[ \t]+)?name)[ \t]*(?:\d+[ \t]*)?(?:\([^()\n:]{1,40}\)[ \t]*)?[:\-–][ \t]*|(?<![^\s|•(])(?:father|mother|brother|sister|son|daughter|guardian|next[ \t]+of[ \t]+kin)[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:[ \t]*/gi;
/** A spouse's word and "to" before whom they are married to: "wife to Jijo". */
const SPOUSE_TO = /\b(?:wife|husband)[ \t]+to[ \t]+(?=\p{Lu})/gu;
/** A joining word between a spouse's name and the writer's next clause or relative ("wife to Ewan and Sam's mum"). */
const SPOUSE_JOINER = /^(?:and|or|since|of|to|for|with|from)$/;
/** A label of a name field, or of a spouse, whose one word is a name. */
const SPOUSE_LABEL = /name|^(?:spouse|husband|wife)\b/i;
/** A spouse's label with no "name" in it. */
const SPOUSE_ONLY = /^(?:spouse|husband|wife)[ \t]*(?:\([^()\n:]{1,40}\)[ \t]*)?[:\-–]/i;
/**
 * Whether a label at `at` starts a line or a cell: after a line break, `|`, `•`, a bracket, a tab or two spaces, or a Markdown
 * bullet opening its line ("  * Supervisor: …"). Read in code, so it stays linear.
 */
function startsCell(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i === 0 || at - i >= 2 || text.slice(i, at).includes('\t')) return true;
  // A bracket opens a field too: "(supervisor: Itziar Etxeberria, Highly Specialist SLT)".
  if (/[\n|•(]/.test(text[i - 1]!)) return true;
  if (!/[*-]/.test(text[i - 1]!)) return false;
  let j = i - 1;
  while (j > 0 && j > i - 12 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
  return j === 0 || text[j - 1] === '\n';
}
/** Whether `at` opens a line, a cell or a field's value ("Family: Three Children: …"). */
function opensLineOrField(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return startsCell(text, at) || text[i - 1] === ':' || text[i - 1] === ';';
}
/** Words that open a place's or a saint's name, so a given name after them is no person: "St Helens", "Santa Maria", "Port Elizabeth". */
export const PLACE_OPENER =
  /^(?:St|Saint|San|Santa|Santo|Santos|São|Sant|Mount|Port|Fort|Lake|Cape|Queen|King|Prince|Princess|Reina|Rainha|Rey|Rei|Regina|Infanta|Princesa|Príncipe|Royal|Great|Little|North|South|East|West|Upper|Lower|Old|New)$/;
/** "our practice nurse, Shanthi Rajan,", "with the care coordinator Ben Carter", "my senior dispenser, Precious,": a name after a role. */
const ROLE_LEAD = new Set(['our', 'my', 'the', 'a', 'an', 'with', 'by', 'and', 'to']);
const ROLE =
  /^(?:nurse|manager|pharmacist|coordinator|co-ordinator|GP|lead|worker|physio|physiotherapist|HCA|prescriber|consultant|director|partner|supervisor|trainer|colleague|mentor|navigator|coach|receptionist|technician|associate|therapist|dietitian|paramedic|optometrist|dentist|principal|doctor|practitioner|administrator|secretary|matron|sister|registrar|clinician|visitor|midwife|champion|assistant|dispenser|hygienist|porter|clerk|carer|apprentice|trainee|radiographer|sonographer|podiatrist|audiologist|scientist|educator)s?$/;
/** What follows a name after a role: a mark, the line's end or a small word. */
const ROLE_NAME_CLOSES = /^(?:[ \t]*[,.;:)]|[ \t]*$|\s+(?:and|on|to|in|with|who|we|I)\b)/;
/** Or a bracket or a verb's auxiliary, after a role in small letters. */
const ROLE_NAME_GOES_ON = /^(?:[ \t]*\(|\s+(?:will|would|can|could|has|had|is|was)\b)/;
/** "my partner, Daniel", "our colleague Priya": one given name after a personal relationship. */
const FAMILY_WORDS =
  'partner|husband|wife|fianc[ée]e?|son|daughter|brother|sister|mother|father|mum|dad|cousin|aunt|auntie|uncle|niece|nephew|grandmother|grandfather|grandson|granddaughter|grandma|grandad|grandpa|granny|nan|nana|step-?(?:son|daughter|mum|dad|mother|father|brother|sister)|god(?:mother|father|daughter|son)|twin';
// A workmate's word names a colleague as "colleague" does: "my crewmate Jo", "my teammate Ife".
const RELATION = new RegExp(`^(?:${FAMILY_WORDS}|colleague|crewmate|teammate|workmate|co-?worker|mentor|supervisor|manager|friend|tutor|preceptor|assessor)$`);
/** A family word opening a line or a field's value, which is then the writer's own: "Family: husband Jomon", "Husband Piotr;". */
const FIELD_OPENS = /(?:^|\n|[:;])[ \t]*$/;
/** A word of age before a family word: "my older brother", "my late father", "our youngest daughter". */
const KIN_AGE = /^(?:older|younger|elder|eldest|oldest|youngest|little|big|late|baby|twin)$/;
/** A word of closeness before a friend or a colleague: "my best friend Gem", "my close colleague Tendai". */
const FRIEND_KIND = /^(?:best|close|closest|old|oldest|dearest|childhood)$/;
/** A relative clause after a name, which makes any name no list calls a word one: "my best friend Gem, whose son…". */
const WHO_AFTER = /^[ \t]*,[ \t]+(?:who|whose)\b/;
/** "my cousin Naqib", "my uncle Bashir": after a family word any name is one. */
const FAMILY = new RegExp(`^(?:${FAMILY_WORDS})$`);
const SPACES = /^\s+$/;
/** A capitalised word no list calls a word, a place, a people or a body's part: it may be a name the data lacks ("Vava", "Tampa"). */
function unlistedName(word: string): boolean {
  const { notNames, organisationSuffixes, wordLike, countries } = nameLexicon;
  return !notNames.has(word) && !organisationSuffixes.has(word) && !wordLike.has(word) && !countries.has(word) && !DEMONYM_WORDS.has(word) && !PLACE_OPENER.test(word);
}
/** Two capitalised words, a comma, an age and a comma, then a small letter: "Vava Tampa, 36, deputy head". */
const NAMES_WITH_AGE = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),[ \t]*(?:1[6-9]|[2-9]\d),[ \t]+\p{Ll}/gu;
/** "thanks to Elle who…": a person thanked, then a relative clause about them. */
const THANKED = /\b[Tt]hanks[ \t]+(?:go[ \t]+)?to[ \t]+(\p{Lu}\p{Ll}+)(?=,?[ \t]+who\b)/gu;
/** "Saeeda, one of our Registered Nurse Apprentices,", "Jutta, one of the amazing Reception Volunteers": one name opening its sentence (or after "2023", "This month", "Meet"), then one of a team of people. */
const ONE_OF_OURS = /(?:^|[.!?:][ \t]+|\b(?:(?:19|20)\d\d|[Mm]onth|[Ww]eek|[Tt]oday|[Mm]eet),?[ \t]+)(\p{Lu}\p{Ll}+),[ \t]+one[ \t]+of[ \t]+(?:our|the)[ \t]/gmu;
/** A name owning a relative: "Charles’s husband, Martin," (read only for a name part the data knows). */
const KIN_OWNER = new RegExp(`(?<![\\p{L}\\p{M}'’-])(\\p{Lu}\\p{Ll}+)['’]s[ \\t]+(?:${FAMILY_WORDS})(?![\\p{L}])`, 'gu');
/** A name set off, then a person's pronoun that goes on about them: "On my first day I worked with Keren, she was such a sweetheart". */
const NAME_THEN_PRONOUN = /\b(?:with|by|to|and)[ \t]+(\p{Lu}\p{Ll}+),[ \t]+(?:she|he)[ \t]+(?:was|is|had|has|took|gave|showed|made|helped|looked)\b/gu;
/** Two capitalised words, then their family set off after a comma: "Setfree Mafukidze, his wife and four children moved…". */
const NAMES_WITH_KIN = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),[ \t]+(?:his|her)[ \t]+(?:wife|husband|partner|children|family|son|daughter)\b/gu;
/** A word of the noun group after "one of our", with a possessive ending: "three", "children's", "high-secure". */
const GROUP_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u;
/** The most words read after "one of our" for the group's head ("three high secure hospitals"). */
const GROUP_WORDS = 6;
/** Words after "one of our" that end the noun group: "one of our nurses who…", "one of our units in Leeds". */
const ENDS_GROUP = new Set([...DETERMINERS, ...PREPOSITIONS, ...SUBORDINATORS, 'who', 'which', 'that', 'and', 'or']);
/** People named as a body, not one at a time: "Phoenix, one of our teams" is a team's name. */
const BODIES = new Set(['teams', 'roles', 'posts', 'positions', 'jobs', 'partnerships', 'approaches', 'crowds']);

/**
 * Whether the noun group from `at` ("one of our …") names people: its head, the last of the first run of
 * nouns the engine's lexicon knows, is a person's ("healthcare support workers", "Registered Nurse
 * Apprentices"), not a place's or an organisation's ("three high secure hospitals", "partner trusts",
 * "children's wards").
 */
function namesPeople(text: string, at: number): boolean {
  let head: string | undefined;
  let i = at;
  for (let n = 0; n < GROUP_WORDS; n++) {
    const word = GROUP_WORD.exec(text.slice(i, i + 40))?.[0];
    if (!word) break;
    const norm = word.toLowerCase().replace(/['’]s?$/, '');
    if (ENDS_GROUP.has(norm)) break;
    if (nounClass(norm)) head = norm;
    else if (head) break;
    i += word.length;
    if (text[i] !== ' ' && text[i] !== '\t') break;
    i++;
  }
  return head !== undefined && nounClass(head) === 'person' && !BODIES.has(head);
}

/** Who took a picture: "photographer Ed Gold", "Image copyright Ed Gold", "Photograph by …", "Picture: …". */
const CREDITED = /\b(?:[Pp]hotographer|[Ii]mage[ \t]+copyright|[Pp]hoto(?:graph)?s?[ \t]+(?:by|credit:?)|[Pp]icture[ \t]+by)[ \t]+(?=\p{Lu})/gu;
/** A credited body, not a person: "Getty Images", "PA Media", "Wales News Service". */
const CREDIT_BODY = /^(?:Images|Media|Photography|Photos|Pictures|Press|News|Agency|Service|Library|Archive|Collection|Supplied|Handout|Trust|Council)$/;
/** "my" or "our" and up to three lower-case words just before a role word: "Our course coordinator", "my clinical supervisor". */
const OURS_BEFORE = /\b(?:[Mm]y|[Oo]ur)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3}$/u;
/**
 * A verb after a name, or the writer beside it, which makes a word-like one a person: "Precious covered", "Grace runs", "my
 * husband Tom and I"; or whom the name is used by: "my aunt, Amber to all my friends".
 */
const ACTS_AFTER =
  /^[ \t]+(?:is|was|has|had|will|would|can|could|did|does|also|then|now|and[ \t]+(?:I|me|we)|\p{Ll}{2,}ed|\p{Ll}{2,}s|to[ \t]+(?:(?:all|most)[ \t]+)?(?:(?:my|our|the|her|his)[ \t]+)?(?:friends|colleagues|everyone|family|neighbours|patients|children))\b/u;
/** Another relative listed after the name, sharing the writer's "my": "my wife, Ama and daughter, Efua". */
const RELATIVE_LISTED_AFTER = new RegExp(`^[ \\t]+(?:and|&)[ \\t]+(?:my[ \\t]+)?(?:${FAMILY_WORDS}|children|sons|daughters|kids)\\b`);
/** The writer's relative named earlier in the clause, whose "my" a relative after "and" shares: "my husband, Teo and son, Teojin". */
const MY_RELATIVE_BEFORE = new RegExp(`\\b(?:my|our)[ \\t]+(?:${FAMILY_WORDS})\\b`);
/** A relation whose name may follow in the script of the family's language. */
const KIN = new RegExp(`^(?:${FAMILY_WORDS}|colleague|friend)$`, 'i');
/** Words with no Latin letter in brackets: "(ثناء قریشی)", "(张晓明)". */
const SCRIPT_BRACKET = /^[ \t]*[(（]((?:(?![\p{Script=Latin}])[\p{L}\p{M}])+(?:[ \t]+(?:(?![\p{Script=Latin}])[\p{L}\p{M}])+){0,4})[)）]/u;
/** After a name, the name its owner goes by: ", known as Lu", " (aka Dee)". */
const KNOWN_AS_AFTER = /^(?:,[ \t]*|[ \t]*\([ \t]*)(?:(?:also|usually|often)[ \t]+)?(?:known[ \t]+as|aka|a\.k\.a\.)[ \t]+["“‘']?(\p{Lu}\p{Ll}{1,20})(?![\p{L}\p{M}])/u;
/** A word with no Latin letter: Greek, Cyrillic, Arabic, Chinese… */
const OTHER_SCRIPT = /^(?:(?![\p{Script=Latin}])[\p{L}\p{M}])+$/u;
/** Where another entry of a list of referees starts: after ", ", "; " or " and ". */
const NEXT_ENTRY = /(?:[,;][ \t]*|[ \t]and[ \t]+)(?=\p{Lu})/gu;
/** What closes a listed referee's name: a comma, or a bracket after a blank ("Dr Ruth Ames (Ward Manager)"). */
function entryMark(text: string, end: number): string {
  if (text[end] === ',') return ',';
  return text[end] === ' ' && text[end + 1] === '(' ? '(' : '';
}
/** How far one line's list of referees is read after its label's first name. */
const REFEREE_LINE = 600;
const WED_TO = /\b(?:married|engaged|wed)[ \t]+to[ \t]+/gi;
/** Between a role and the name: spaces, or a comma and spaces. */
const NAME_GAP = /^(?:[ \t]*,)?[ \t]+$/;
/** Or, after a family word, the line's end: "I live with my wife" / "Mireille and …". */
const WRAPPED_NAME_GAP = /^[ \t]*\r?\n[ \t]*$/;
/** A child named by their place among the children, set off by commas: "the eldest, Grâce, started", "our youngest, Tui, is". */
const CHILD_BY_AGE = /^(?:eldest|oldest|youngest)$/;
/** A given name opening its sentence or line, then an age set off by a comma: "Chelsea, 22 has", "Daniel, 25,". */
const GIVEN_WITH_AGE = /(?:^|[.!?][ \t]+)(\p{Lu}\p{Ll}+),[ \t]*(?:(?:1[6-9]|[2-9]\d)(?:,|[ \t]+(?:has|is|was|had|works|worked|joined|trained|who)\b)|(?:[1-9]|1[0-5]),[ \t]+(?:is|was|has|had|lives|goes|attends)\b)/gmu;
/** A given name set off by a comma before the person's age as a description: "allocated Joy, a 24-year-old mother", "Hope, aged 9,". */
const GIVEN_THEN_AGED = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+),[ \t]+(?:an?[ \t]+(?:\d{1,2}|\p{Ll}+(?:-\p{Ll}+)?)[ -]year[ -]old|aged[ \t]+\d{1,2})(?![\p{L}\d])/gu;
/**
 * A message's close that opens its line, in English and the languages a relative's covering note is written in ("Pozdrawiam",
 * "Saludos", "Cordialement", "Mit freundlichen Grüßen"), maybe with the same close in the writer's own language after a stroke
 * ("Kind regards / Med vänlig hälsning,"), then a comma or the line's end: the name after it signs the message.
 */
const SIGN_OFF_LINE =
  /(?<=^|\n)[ \t]*(?:(?:yours[ \t]+)?(?:sincerely|faithfully|truly)|(?:kind|best|warm|warmest|many)[ \t]+(?:regards|wishes|thanks)|regards|thanks|cheers|pozdrawiam|z[ \t]+powa[żz]aniem|saludos|un[ \t]+saludo|atentamente|atenciosamente|cumprimentos|cordialement|mit[ \t]+freundlichen[ \t]+gr[üu](?:ß|ss)en|viele[ \t]+gr[üu](?:ß|ss)e|cordiali[ \t]+saluti|cu[ \t]+stim[ăa])(?:[ \t]*\/(?:[ \t]+[\p{L}\p{M}'’]+){1,4})?[ \t]*(?:,[ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*)(?=\p{Lu})/giu;
/** What ends a signature's name: the line's end, a dash or a bar before a post. */
const SIGNATURE_END = /^[ \t]*(?:\r?\n|$|[–—|-])/;

/** "Pozdrawiam, Aga", "Kind regards,⏎Dee": the one to three capitalised words that sign a message, none a known word. */
function signedNames(text: string, words: Word[]): NameRun[] {
  const seeds: NameRun[] = [];
  for (const m of matchAll(text, SIGN_OFF_LINE)) {
    const index = firstWordFrom(words, m.index + m[0].length);
    const first = words[index];
    if (first?.start !== m.index + m[0].length || first.kind !== 'cap') continue;
    const run = readNameRun(words, index, { minParts: 1, max: 3 }) ?? null;
    if (!run || !SIGNATURE_END.test(text.slice(run.end, run.end + 3)) || run.parts.some((part) => !nameLexicon.givenNames.has(part) && !unlistedName(part))) continue;
    seeds.push(run);
  }
  return seeds;
}

/** A capitalised word opening a sentence, a line or a quote's close before "said" and a colon, a comma or "that": "Ngoza said:". */
const SAID_AFTER = /(?:^|[.!?:"”’][ \t]+)(\p{Lu}\p{Ll}+(?:[\-'’]\p{Lu}?\p{Ll}+)?)[ \t]+said(?=[ \t]*[:,]|[ \t]+that\b)/gmu;
/** A quote closed, then "said" and a capitalised word ending its clause: "…," said Abbie, whose…". */
const SAID_BEFORE = /[,!?]["”’]?[ \t]+said[ \t]+(\p{Lu}\p{Ll}+(?:[\-'’]\p{Lu}?\p{Ll}+)?)(?=[ \t]*[,.;])/gu;
/**
 * Whoever gives their name names a person, the writer or another speaker a transcript gives: "My name's Mark, I work…"; or one
 * kind of the writer's name: "my clan name is Borjigin", "my married name is Sato", "my surname is Hughes", the line maybe
 * breaking before it (the lookbehind checks a blank was seen). So does a verb of naming on records: "on some documents I appear
 * as J. K. Gill", "I am listed as …", "my name appears as …".
 */
const INTRODUCED = /\b[Mm]y[ \t]+(?:(?:clan|family|middle|maiden|married|birth|given|first|last|tribal|baptismal|legal|other|full|bardic|pen|stage|praise)[ \t]+name|surname|forename|name)(?:[ \t]+is|['’]s)[ \t]*(?:\n[ \t]*)?(?<=\s)(?=\p{Lu})|\b(?:I|[Mm]y[ \t]+name)[ \t]+(?:appears?|am[ \t]+(?:listed|recorded|filed))(?:[ \t]+|[ \t]*\n[ \t]*)as[ \t]*(?:\n[ \t]*)?(?<=\s)(?=\p{Lu})/gu;
/** INTRODUCED's verbs of naming on records, after which a post may stand as well as a name. */
const RECORD_VERB = /\b(?:appears?|listed|recorded|filed)\b/;
/** A full name may run to five parts: "my full name is Ranasinghe Mudiyanselage Sandun Chathuranga Silva". */
const FULL_NAME_PARTS = 5;
/** A line opening with a possessive word and up to two words before a story's noun: "Noure's pharmacy journey", "Tariq’s Story". */
const STORY_OF = /^[ \t]*(\p{Lu}\p{Ll}+)['’]s[ \t]+(?:\p{L}+[ \t]+){0,2}(?:[Ss]tory|[Jj]ourney|[Cc]areer|[Dd]ay|[Ll]ife|[Pp]ath|[Dd]iary|[Rr]eflections|[Aa]pprenticeship|[Pp]lacement)\b/gmu;
/** A personal pronoun, the sign that a word quoted as a speaker is a person. */
const PERSON_PRONOUN = /\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im)\b/;
/** Who may say something and is no name: pronouns, a word for anyone, a family word. */
const NO_SPEAKER = /^(?:He|She|They|It|We|You|One|Everyone|Everybody|Someone|Somebody|Nobody|Anyone|Who|This|That|Mum|Mam|Mom|Dad|Nan|Gran|Grandad|Grandma|Spokesperson|Spokesman|Spokeswoman)$/;

/**
 * Whether a word quoted as a speaker is a person's name: no pronoun, list word or plural, and never written in lower case elsewhere.
 * An owner ("Charles’s husband") may end in "s": its "’s" already says it is no plural.
 */
function quotedPerson(text: string, name: string, owner = false): boolean {
  if (NO_SPEAKER.test(name) || nameLexicon.notNames.has(name) || nameLexicon.organisationSuffixes.has(name) || DEMONYM_WORDS.has(name)) return false;
  if (!nameLexicon.givenNames.has(name) && (nameLexicon.wordLike.has(name) || (!owner && /s$/.test(name)))) return false;
  return !new RegExp(`(?<![\\p{L}])${name.toLowerCase()}(?![\\p{L}])`, 'u').test(text) && !usedAsPlace(text, name);
}

/** Words of a body or a place after a word ("Wexham Park", "Frimley Health", "Kings Mill Hospital"). */
const ORGANISATION_WORDS = [...nameLexicon.organisationSuffixes].join('|');
/**
 * Whether the text also uses the word as a place of work, a department or a body: after "at", "in", "from", "across",
 * "led" or "joined" ("My placement at Frimley", "I led Housekeeping"), or before an organisation's word, one word between
 * at most ("Wexham Park Hospital"). Such a word quoted as a speaker or owning a story is the place, not a person.
 */
export function usedAsPlace(text: string, name: string): boolean {
  return new RegExp(
    `\\b(?:at|in|from|across|led|joined)[ \\t]+(?:the[ \\t]+)?${name}(?![\\p{L}'’])|(?<![\\p{L}])${name}(?:[ \\t]+\\p{Lu}\\p{Ll}+)?[ \\t]+(?:${ORGANISATION_WORDS})(?![\\p{L}])`,
    'u',
  ).test(text);
}
const DEMONYM_WORDS: ReadonlySet<string> = new Set(demonymData.demonyms);
/**
 * What follows a people's word that is a given name too ("Danish", "Shona") when it is the country's or the language's: a
 * licence, a register or a speaker ("Danish nursing licence", "Shona speaker"), a bracket that opens with how well it is
 * spoken ("Shona (native)", "Danish (Elementary)", "Danish (B1, written)"), or another people's word (LIST_NEXT).
 */
const LEVEL = String.raw`(?:native|fluent|first[ \t]+language|mother[ \t]+tongue|elementary|basic|beginner|intermediate|conversational|advanced|proficient|limited|bilingual|working|[abc][12])\b`;
const PEOPLE_WORD_AFTER = new RegExp(
  String.raw`^(?:[ \t]+(?:(?:nursing|medical|dental|midwifery|pharmacy|professional|state|national)[ \t]+)?(?:licen[cs]e|registration|authori[sz]ation|qualification|diploma|degree|passport|citizen(?:ship)?|nationality|speakers?|language|interpret\w*)\b|[ \t]*\(${LEVEL}(?:(?:[ \t]*[,/][ \t]*|[ \t]+(?:and[ \t]+)?)(?:${LEVEL}|written|spoken|reading|writing|speaking|knowledge|proficiency|level|speaker)){0,4}\))`,
  'iu',
);
/** The next word of a list: ", Polish", " and Aoife". */
const LIST_NEXT = /^(?:[ \t]*[,/]|[ \t]+(?:and|or))[ \t]+(\p{Lu}\p{Ll}+)/u;
/** A verb of speaking, or "in", straight before the list: "I speak Shona and Ndebele", "advice in Shona and English". */
const SPOKEN_BEFORE = /\b(?:speak|speaks|spoke|speaking|fluent[ \t]+in|in)[ \t]+$/i;
/** A Languages label on the line before the word, or over it: "Languages: Danish, Shona", "LANGUAGES⏎• Danish and Shona". */
const LANGUAGES_LABEL = /(?:^|\n)[ \t]*(?:[-•*·][ \t]*)?languages?\b[^\n]*(?:\n[ \t]*(?:[-•*·][ \t]*)?)?$/i;
/**
 * Whether a people's word that is a given name too stands as the country's or the language's (PEOPLE_WORD_AFTER); a list of
 * such words only before a language's noun, after a verb of speaking or under a Languages label, as colleagues are listed too ("Danish and Shona on the rota").
 */
function peopleWordUse(text: string, word: Word): boolean {
  if (!DEMONYM_WORDS.has(word.text)) return false;
  let end = word.end;
  let listed = false;
  for (let next = LIST_NEXT.exec(text.slice(end, end + 40)); next; next = LIST_NEXT.exec(text.slice(end, end + 40))) {
    if (!DEMONYM_WORDS.has(next[1]!)) return false;
    end += next[0].length;
    listed = true;
  }
  if (PEOPLE_WORD_AFTER.test(text.slice(end, end + 40))) return true;
  return listed && (SPOKEN_BEFORE.test(text.slice(Math.max(0, word.start - 16), word.start)) || LANGUAGES_LABEL.test(text.slice(Math.max(0, word.start - 120), word.start)));
}

/** The same given name with a surname no list calls a word, where the story gives it in full: "Gladness Chikumbirike is…". */
function storyName(text: string, words: Word[], name: string): NameRun | null {
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i]!;
    if (word.text !== name || word.kind !== 'cap' || !word.joinsNext || !isPlainWord(words[i + 1]!)) continue;
    const run = readNameRun(words, i, { minParts: 2, max: 3 });
    // Only a name that ends its clause or goes on to a verb: not "Gladness Trust Fund".
    if (run && /^(?:[ \t]*[,.;:)]|[ \t]*\r?\n|[ \t]*$|[ \t]+\p{Ll})/u.test(text.slice(run.end, run.end + 3))) return run;
  }
  return null;
}

/** The last word of a post written in capitals, before a colleague's given name: "Health Advisor", "Call Handler". */
export const POST_WORD = /^(?:Advisor|Adviser|Handler|Officer|Worker|Assistant|Coordinator|Co-ordinator|Receptionist|Administrator|Secretary|Technician|Dispatcher|Operator|Navigator|Carer)$/;
/** What ends the name after such a post: its line's end, a mark, "and", or a verb in lower case ("Laura found…"). */
const POST_NAME_END = /^(?:[ \t]*(?:[,.;:!?)]|\r?\n|$)|[ \t]+(?:and|&)[ \t]|[ \t]+\p{Ll}+(?:[ \t]|$))/u;
/** "(H = Hanumanthappa)", "(initial = father's name, Subramanian)": an initial spelt out in brackets. */
const INITIAL_SPELT = /\((?:\p{Lu}\.?|initials?)[ \t]*=[^()\n]{0,60}\)/gu;
/** "the Menon family", "(Puthenpurayil family)", "the Okafor household": a family or house name given alone. */
const FAMILY_NAME = /(?:\(|\b[Tt]he[ \t]+)(\p{Lu}[\p{Ll}'’-]+)[ \t]+(?:family|household|clan)\b/gu;
/** "a dad to Ayaan and Zara", "proud mum of Tomasz": the children named after a parent word. */
const PARENT_OF = /\b(?:mum|mam|mom|dad|mother|father|parent|stepmum|stepdad|grandma|grandad|grandmother|grandfather)[ \t]+(?:to|of)[ \t]+(?=\p{Lu})/gu;
/**
 * "two daughters, Haf and Nia", "our sons Tomos and Ifan", "THREE CHILDREN: ADA, …": children counted or owned, then named.
 * In capitals only where the words before are too, as a heading-case section writes them; in title case ("Three
 * Children: Ada, …") only opening a line or a field, as a heading does.
 */
const CHILDREN_NAMED =
  /\b(?:(?:[Mm]y|[Oo]ur|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[2-5])[ \t]+(?:(?:young|little|teenage|grown-up)[ \t]+)?(?:children|sons|daughters|boys|girls|kids|grandchildren|twins)|(?:My|Our|Two|Three|Four|Five|[2-5])[ \t]+(?:Children|Sons|Daughters|Boys|Girls|Kids|Grandchildren|Twins)|(?:MY|OUR|TWO|THREE|FOUR|FIVE|[2-5])[ \t]+(?:CHILDREN|SONS|DAUGHTERS|BOYS|GIRLS|KIDS|TWINS))(?:[ \t]*[,:][ \t]*|[ \t]+)(?=\p{Lu})/gu;
/** Children in title case ("Three Children"), read only where a heading or a field's label would stand. */
const TITLE_CASE_CHILDREN = /^\S+[ \t]+\p{Lu}\p{Ll}/u;
/** After the last child named, the clause ends (an age in brackets perhaps first): "Cerys and Lowri.", "Ama (7), Kofi (4);". */
const LIST_ENDS = /^(?:[ \t]*\(\d{1,2}\))?(?:[ \t]*[.,;:)]|[ \t]*(?:\r?\n|$))/;
/** Between two children named in a list, a child's age in brackets perhaps before it: "Jaden (15) and Amara", "Ama, Kofi". */
const CHILD_GAP = /^(?:[ \t]*\(\d{1,2}\))?(?:[ \t]*,[ \t]*|,?[ \t]+(?:and|AND|&)[ \t]+)$/;
/** A family's kind, not its name: "the Catholic family", "a Kurdish family", "the Alevi family". */
const KIND_OF_FAMILY = new Set([...demonymData.demonyms, ...demonymData.regional, ...religionTerms.capitalised]);
/**
 * "maiden name Petrauskaitė", "née Okafor", "Married name: Jankauskienė", "my previous name, Ermir
 * Dervishi": the name the candidate or another person went by, in part or whole. So is a part of a name that the writer
 * names by its kind: "Patronymic Ivanivna", "papers spell my surname Kowalski", "my husband's family name is Reddy".
 * The next word's case is read in code: under /iu, \p{Lu} takes lower case too.
 */
const OTHER_SURNAME =
  /\b(?:(?:(?:maiden|married|birth|former|previous)[ \t]+(?:sur)?name|patronymic(?:[ \t]+name)?|(?:my|his|her|their|([a-z]+)['’]s)[ \t]+(?:surname|(?:family|last|middle)[ \t]+name))(?:[ \t]+(?:was|is))?|n[ée]e)(?:[ \t]*[:,\-–])?[ \t]{0,4}(?:\r?\n[ \t]{0,4})?(?=\p{L})/giu;
const REFEREE_PREFIX = /^\s*(?:[•*\-–]\s*|\d+[.)]\s*|(?:referee|reference)(?:\s*\d+)?\s*(?:[:\-–.]\s*)?)*/i;

/**
 * Names of people other than (or as well as) the candidate, found by rule, before every
 * mention is matched:
 *  - title + capitalised words: "Dr Amina Okafor", "Mrs J. Smith", "Dr Patel";
 *  - a common given name + a capitalised word: "Grace Mensah", "Will Thompson";
 *  - a labelled name: "Referee: …", "Line manager: …";
 *  - the first name on each line of a References section.
 * A given name that is also a word ("Will", "Grace", "May") counts only before a surname.
 */
export function findNameSeeds(layout: DocumentLayout, words: Word[]): NameRun[] {
  const { givenNames } = nameLexicon;
  const seeds: NameRun[] = [];
  const { text } = layout;
  const localities = localitiesOf(layout);

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const familyFirst =
      word.kind === 'caps'
        ? (familyNameFirst(words, text, i) ?? givenNameInCapitals(words, text, i) ?? surnameCommaGiven(words, text, i))
        : word.kind === 'lower'
          ? lowerCaseName(words, i)
          : word.kind === 'cap'
            ? (familyFirstBeforeHyphenated(words, i) ?? otherScriptName(words, i))
            : null;
    if (familyFirst) {
      seeds.push(familyFirst);
      continue;
    }
    if (word.kind === 'title' && word.joinsNext) {
      // A title in capitals reads a name in capitals ("MRS PAULINE GRANT"), when its first word is a known name part or an initial.
      const caps = word.text.length > 1 && word.text === word.text.toUpperCase();
      const next = words[i + 1];
      if (caps && !(next?.kind === 'initial' || (next?.kind === 'caps' && isKnownNamePart(titleCase(next.text))))) continue;
      const run = readNameRun(words, i, { minParts: 1, max: 4, allCaps: caps }) ?? otherScriptRun(words, text, i + 1);
      // "Auntie Pam's Nursery": a relation's word, a name and a possessive before a capitalised word name a business.
      if (run && nameLexicon.relationTitles.has(word.text) && OWNED_NAME.test(text.slice(run.end, run.end + 4))) continue;
      if (run) seeds.push({ ...(withSurnameBelow(run, words, text, true) ?? run), distinct: true });
      continue;
    }
    // The writer's name in their own script after "my Chinese name is", "my name in Tamil is": "陈文发".
    if (word.kind === 'other' && OTHER_SCRIPT.test(word.text) && OWN_NAME_IN_LANGUAGE.test(text.slice(Math.max(0, word.start - 40), word.start))) {
      const run = otherScriptRun(words, text, i);
      if (run) seeds.push(run);
      continue;
    }
    if (word.kind !== 'cap') continue;
    // "Sr Tsehay Girma Bekele": a ward sister's "Sr", kept as a professional title is, before a name of two words or more that
    // a list knows a part of reads the name whole, as a title does ("Sr Staff Nurse" and "Sr Clinical Fellow" are no names).
    if (word.text === 'Sr' && i + 1 < words.length && /^\.?[ \t]{1,2}$/.test(text.slice(word.end, words[i + 1]!.start))) {
      const run = readNameRun(words, i + 1, { minParts: 2, max: 4 });
      if (run && run.start === words[i + 1]!.start && run.parts.some((part) => isKnownNamePart(part))) {
        seeds.push({ ...run, distinct: true });
        continue;
      }
    }
    // "Mason Strong, MD – mason.strong@…": capitalised words opening their line or field that the e-mail address on the line
    // spells whole are a name, words that are names too ("Strong", "Hope") and all.
    const spelt = word.joinsNext && opensLineOrField(text, word.start) ? spelledByAddress(words, text, i) : null;
    if (spelt) {
      seeds.push(spelt);
      continue;
    }
    // Whoever gives their name names a person, on a page of several people's stories too: "My name is Temwani Zimba I have…".
    if (NAME_IS.test(text.slice(Math.max(0, word.start - 12), word.start))) {
      const run = readNameRun(words, i, { minParts: 2, max: 4 });
      if (run) {
        seeds.push(run);
        continue;
      }
      // One name that ends its clause: "My name is Kerri, I’m a vocational trainee", a second speaker's in a transcript.
      if (!nameLexicon.notNames.has(word.text) && !nameLexicon.wordLike.has(word.text) && NAME_ENDS_CLAUSE.test(text.slice(word.end, word.end + 3))) {
        seeds.push({ parts: [word.text], start: word.start, end: word.end });
        continue;
      }
    }
    // Whoever is greeted by a given name is a person, a word-like one too: "Hi Ali, nice to meet you!", "Dear Grace,".
    if (givenNames.has(word.text) && GREETING_BEFORE.test(text.slice(Math.max(0, word.start - 12), word.start)) && GREETED_AFTER.test(text.slice(word.end, word.end + 2))) {
      seeds.push({ parts: [word.text], start: word.start, end: word.end });
      continue;
    }
    if (!givenNames.has(word.text) && !isHyphenatedGivenName(word.text)) {
      // Two name parts from the wide name data in a row ("Wojciechowska Dudek", "Oyelaran Adeyemi"), or
      // one and a capitalised word no list knows, either way round ("Nino Beridze", "Shanequa Thompson").
      const next = words[i + 1];
      if (word.joinsNext && ((next?.kind === 'cap' && pairedNameParts(words, text, i)) || middleInitialName(words, text, i))) {
        const run = readNameRun(words, i, { minParts: 2, max: 4 });
        if (run && !(placeAfter(words, text, run.end) && !run.parts.every(isKnownNamePart)) && !localities.has(run.parts.join(' '))) seeds.push(run);
        continue;
      }
      const withRole = nameBeforeRole(words, text, i);
      if (withRole) seeds.push(withRole);
      continue;
    }
    const previous = words[i - 1];
    if (previous?.joinsNext && PLACE_OPENER.test(previous.text)) continue;
    // A degree's letters with a full stop and no blank, a given name after an initial: "M.Phil (Commerce)" is a master's.
    if (previous?.dot && text.slice(previous.start, word.start) === `${previous.text}.` && nameLexicon.notNameGroups.qualifications.has(previous.text + word.text)) continue;
    // After an article it is a thing named like a person: "a Sara Stedy", "an Arjo Maxi Move".
    if (previous?.joinsNext && /^(?:a|an)$/.test(previous.text)) continue;
    // After a degree's letters, before a word no name list knows, it is the subject: "an MA Art
    // Psychotherapy", "BSc Grace Studies"; not a referee after their letters ("RGN Mary Brown", "MSc Priya Patel").
    const after = words[i + 1];
    if (previous?.joinsNext && !previous.dot && nameLexicon.notNameGroups.qualifications.has(previous.text) && nameLexicon.wordLike.has(word.text) && word.joinsNext && after?.kind === 'cap' && !isKnownNamePart(after.text)) continue;
    // Part of a longer run already taken: "Mary Ellen Jones" is read once from "Mary".
    if (previous?.joinsNext && seeds.at(-1) && (seeds.at(-1)?.end ?? 0) >= word.start) continue;
    const run = word.joinsNext ? readNameRun(words, i, { minParts: 2, max: 4 }) : null;
    // "Junior Software Developer": a grade that is also a given name, then a word and a role, is a job's title.
    if (run && nameLexicon.notNameGroups.jobWords.has(word.text) && roleAfter(words, text, run.end)) continue;
    // "worked in Azad Kashmir": a place, unless it owns something ("in Amina Okafor's clinic").
    if (run && i > 0 && placeBefore(words, text, i, false) && !/^['’]s\b/.test(text.slice(run.end, run.end + 3))) continue;
    if (run && placeAfter(words, text, run.end) && !run.parts.every(isKnownNamePart)) continue;
    if (run && localities.has(run.parts.join(' '))) continue;
    // A language and its level in brackets, which the scan joins as a nickname is: "Danish (Elementary)".
    if (run && peopleWordUse(text, word)) continue;
    if (run) seeds.push(run);
    // A given name on its own ("I trained Shanice and Dominika", "our navigator, Rumana,") is a person,
    // unless it is also an ordinary word ("Grace", "Will"): every mention is then checked as a place.
    else if (
      (!nameLexicon.wordLike.has(word.text) || inListOfNames(words, text, i)) &&
      !nameLexicon.notNames.has(word.text) &&
      !opensOrganisation(words, i) &&
      !peopleWordUse(text, word) &&
      // "Nicole C.": a known given name before the initial that ends it stands alone (its mention takes the initial).
      !(word.joinsNext && /^\p{Lu}/u.test(words[i + 1]?.text ?? '') && !isPostNominal(words[i + 1]!) && !surnameInitialAfter(words, i))
    ) {
      const alone = { parts: [word.text], start: word.start, end: word.end };
      seeds.push(withSurnameBelow(alone, words, text, false) ?? alone);
    }
  }

  displayNames(words, text, seeds);
  quoteAttributions(words, text, seeds);

  for (const m of matchAll(text, LABELLED)) {
    // A line's fields may be parted by semicolons: "Team lead: …; buddy: …", and a field may follow a sentence ("… at interview.
    // Partner: …").
    if (!startsCell(text, m.index) && !/[;.][ \t]{0,2}$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const at = m.index + m[0].length;
    const index = firstWordFrom(words, at);
    if (index >= words.length || words[index]!.start > at + 2) continue;
    // A "name" field holds a name even when it is one word and an initial ("Father's name: Prakash H"), and so does a
    // spouse's, which no post shares ("(husband: Tamás)").
    const run =
      readNameRun(words, index, { minParts: SPOUSE_LABEL.test(m[0]) ? 1 : 2, max: 4 }) ??
      surnameWithInitial(words, text, index) ??
      initialsThenSurname(words, index) ??
      nameInCapitals(words, text, index) ??
      otherScriptRun(words, text, index) ??
      lowerCaseEntry(words, text, index) ??
      (REFEREE_LABEL.test(m[0]) ? refereeBeforeRole(words, text, index) : null);
    if (!run) continue;
    // A spouse's one word is a name only where the lists know it as one and not as a word ("Husband: Retired" stays).
    if (run.parts.length === 1 && SPOUSE_ONLY.test(m[0]) && !(isKnownNamePart(run.parts[0]!) && unlistedName(run.parts[0]!))) continue;
    seeds.push(run);
    // "Referees: Mr Joost Bakker (IT Manager), Femke Jansen (Head of Infrastructure)": each entry of the list.
    // Read a list of referees up to its line's end, and no further than a line of them runs, so that a long line of labels
    // is read in linear time.
    const window = text.slice(run.end, run.end + REFEREE_LINE);
    const lineEnd = window.indexOf('\n');
    const rest = lineEnd < 0 ? window : window.slice(0, lineEnd);
    for (const gap of matchAll(rest, NEXT_ENTRY)) {
      const at = run.end + gap.index + gap[0].length;
      const next = firstWordFrom(words, at);
      if (words[next]?.start !== at) continue;
      // A title or a known name part tells a name from a role after the comma ("Jefa de Enfermería"); after a semicolon, an entry
      // set out as the first was, its name then a comma or a bracket ("…, Sunnybrook; Anne-Sophie Brault-Lemieux, Practice Lead",
      // "Dr Ruth Ames (Ward Manager); Saw Htoo Paw (Team Leader)").
      const more = readNameRun(words, next, { minParts: 2, max: 4 });
      let entry = false;
      if (gap[0].startsWith(';') && more !== null) {
        const mark = entryMark(text, more.end);
        entry = mark !== '' && mark === entryMark(text, run.end);
      }
      if (more && (words[next]!.kind === 'title' || entry || more.parts.some((part) => isKnownNamePart(part)))) seeds.push(more);
    }
  }

  for (let i = 1; i + 1 < words.length; i++) {
    const role = words[i]!;
    const next = words[i + 1]!;
    // "grandmother Αικατερίνη", "my husband 王磊": a word in another script after a relation is their name.
    if (KIN.test(role.text) && OTHER_SCRIPT.test(next.text) && SPACES.test(text.slice(role.end, next.start))) {
      seeds.push({ parts: [next.text], start: next.start, end: next.end });
      continue;
    }
    if (!/^\p{Lu}/u.test(next.text) || !(NAME_GAP.test(text.slice(role.end, next.start)) || (FAMILY.test(role.text) && WRAPPED_NAME_GAP.test(text.slice(role.end, next.start))))) continue;
    const previous = words[i - 1]!;
    if (
      CHILD_BY_AGE.test(role.text) &&
      /^(?:the|our|my)$/i.test(previous.text) &&
      text[role.end] === ',' &&
      next.kind === 'cap' &&
      /^[ \t]*,/.test(text.slice(next.end, next.end + 3)) &&
      !nameLexicon.notNames.has(next.text) &&
      !DEMONYM_WORDS.has(next.text)
    ) {
      seeds.push({ parts: [next.text], start: next.start, end: next.end });
      continue;
    }
    // "111 Health Advisor Laura", "Call Handler Barry and …": a post in capitals goes before a colleague's given name, as staff
    // stories write it; only a name the data knows and no word ("Support Worker Grace" stays), that ends its clause or goes on to a verb.
    if (POST_WORD.test(role.text) && next.kind === 'cap' && SPACES.test(text.slice(role.end, next.start)) && givenNames.has(next.text) && !nameLexicon.wordLike.has(next.text) && !nameLexicon.notNames.has(next.text)) {
      const run = readNameRun(words, i + 1, { minParts: 1, max: 3 }) ?? { parts: [next.text], start: next.start, end: next.end };
      if (POST_NAME_END.test(text.slice(run.end, run.end + 12))) {
        seeds.push(run);
        continue;
      }
    }
    // A family word opening a field may be capitalised ("Husband Jomon;").
    const opensField = FIELD_OPENS.test(text.slice(Math.max(0, role.start - 4), role.start)) && FAMILY.test(role.text.toLowerCase());
    const kin = opensField ? role.text.toLowerCase() : role.text;
    // "my older brother, Zarmak": an age's word between "my" and the family word.
    const aged =
      ((KIN_AGE.test(previous.text) && FAMILY.test(kin)) || (FRIEND_KIND.test(previous.text) && /^(?:friend|colleague)$/.test(kin))) &&
      i > 1 &&
      /^(?:my|our)$/i.test(words[i - 2]!.text) &&
      SPACES.test(text.slice(words[i - 2]!.end, previous.start));
    const mine =
      opensField ||
      ((/^(?:my|our)$/i.test(previous.text) || aged || (previous.text === 'and' && FAMILY.test(kin) && MY_RELATIVE_BEFORE.test(text.slice(Math.max(0, previous.start - 60), previous.start)))) &&
        SPACES.test(text.slice(previous.end, role.start)));
    // In a story told of someone: "the mentorship of her tutor, Val, who…", one name set off by commas after "her" or "his".
    const theirs = /^(?:her|his)$/i.test(previous.text) && SPACES.test(text.slice(previous.end, role.start)) && text[role.end] === ',' && /^[ \t]*,/.test(text.slice(next.end, next.end + 3));
    if (RELATION.test(kin) && (mine || theirs)) {
      // "my partner, Daniel,", "my colleague Priya": one given name after a personal relationship.
      // Set off by commas ("my husband, Tom,"), even a word-like name is one.
      const commas = text[role.end] === ',' && /^[ \t]*[,.;)]/.test(text.slice(next.end, next.end + 3));
      // After a family word any name is one ("my wife Parwana is…"); after "colleague" only a known given name.
      // A field's label or a table's cell is no name: "Mother Tongue: Tamil", "Father Occupation: Business", "Mother Tongue |".
      const label = opensField && /^[ \t]*[:|]/.test(text.slice(next.end, next.end + 3));
      const known =
        givenNames.has(next.text) ||
        // A clause about them after it: "my best friend Gem, whose son…".
        (WHO_AFTER.test(text.slice(next.end, next.end + 10)) && quotedPerson(text, next.text)) ||
        // Set off by commas, a name no list knows as a word: "her tutor, Val, who…".
        (commas && !nameLexicon.notNames.has(next.text) && !nameLexicon.organisationSuffixes.has(next.text) && !nameLexicon.wordLike.has(next.text) && !DEMONYM_WORDS.has(next.text)) ||
        (FAMILY.test(kin) && !label && !nameLexicon.notNames.has(next.text) && !nameLexicon.organisationSuffixes.has(next.text) && !/^[ \t]+\d/.test(text.slice(next.end, next.end + 3)));
      // A word-like name is one when commas set it off, a verb follows it ("my colleague Precious covered the desk") or a
      // clause about the person does ("my husband Tom, who is from Truro").
      const after = text.slice(next.end, next.end + 30);
      if (next.kind === 'cap' && known && !(nameLexicon.wordLike.has(next.text) && !commas && !ACTS_AFTER.test(after) && !RELATIVE_LISTED_AFTER.test(after) && !WHO_AFTER.test(after))) {
        const run = readNameRun(words, i + 1, { minParts: 2, max: 3 });
        seeds.push(run ?? { parts: [next.text], start: next.start, end: next.end });
        continue;
      }
      // A given name the data does not know is still read as a role's name below when a surname follows: "my colleague Chidiebube Nwachukwu and I".
    }
    if (!ROLE.test(role.text) || !leadsRole(words, text, i)) continue;
    // "our diabetes specialist nurse, Rukhsana, started…": one name set off by commas after a role; or ending the
    // sentence after the writer's role word ("the clinic with our physiotherapist Wirawan."), a word no list calls anything else.
    const setOff = text[role.end] === ',' && /^[ \t]*,/.test(text.slice(next.end, next.end + 3));
    const endsSentence =
      /^(?:my|our)$/i.test(previous.text) &&
      /^[.;](?:\s|$)/.test(text.slice(next.end, next.end + 2)) &&
      !nameLexicon.wordLike.has(next.text) &&
      !nameLexicon.organisationSuffixes.has(next.text) &&
      !productShaped(next.text);
    // The writer's role word, one name no list knows and a verb: "Our course coordinator Fahira supported us".
    const acts =
      next.kind === 'cap' &&
      OURS_BEFORE.test(text.slice(Math.max(0, role.start - 40), role.start)) &&
      ACTS_AFTER.test(text.slice(next.end, next.end + 30)) &&
      !nameLexicon.givenNames.has(next.text) &&
      !isKnownNamePart(words[i + 2]?.text ?? '') &&
      quotedPerson(text, next.text) &&
      !productShaped(next.text);
    if ((setOff || endsSentence || acts) && next.kind === 'cap' && !nameLexicon.notNames.has(next.text)) {
      seeds.push({ parts: [next.text], start: next.start, end: next.end });
      continue;
    }
    const run = readNameRun(words, i + 1, { minParts: 2, max: 3 });
    // Only a name that ends its clause, or goes on to a bracket or a verb's auxiliary: "…nurse, Shanthi Rajan, on…", "a colleague,
    // Neema Mwakalinga (from Arusha)", "practice manager Nargis Chowdhury-Uddin will confirm"; not "…nurse Clinical Lead…".
    // A bracket or an auxiliary ends it only after a role in small letters: "the GP Performers List (NHS England)" is a register.
    const after = text.slice(run?.end ?? 0, (run?.end ?? 0) + 8);
    if (run && (ROLE_NAME_CLOSES.test(after) || (role.kind === 'lower' && ROLE_NAME_GOES_ON.test(after)))) seeds.push(run);
  }

  // "married to Sanne de Vries", "engaged to Gurjit": whoever follows is a person, known name or not.
  // "Chelsea, 22 has been working…", "Daniel, 25, is…": a given name opening its sentence with an age after it names a person,
  // as news stories and staff profiles write it, even a given name that is also a word or a place; so does one set off by a
  // comma before the person's age as a description ("I was allocated Joy, a 24-year-old mother").
  for (const pattern of [GIVEN_WITH_AGE, GIVEN_THEN_AGED]) for (const m of matchAll(text, pattern)) {
    const name = m[1]!;
    // A given name the data lacks is one too when the story also gives it with a surname: "Gladness Chikumbirike … Gladness, 37,".
    const inFull = !givenNames.has(name) && storyName(text, words, name);
    if ((!givenNames.has(name) && !inFull) || nameLexicon.notNames.has(name)) continue;
    const start = m.index + m[0].indexOf(name);
    seeds.push(inFull || { parts: [name], start, end: start + name.length });
  }
  // Two names no list calls anything else with an age set off after them, then a post or a verb, as news stories write
  // it: "shared by Vava Tampa, 36, deputy head of…".
  for (const m of matchAll(text, NAMES_WITH_AGE)) {
    const [given, surname] = [m[1]!, m[2]!];
    if (!unlistedName(given) || !unlistedName(surname)) continue;
    const start = m.index + m[0].indexOf(given);
    const end = start + given.length + m[0].slice(m[0].indexOf(given) + given.length).indexOf(surname) + surname.length;
    seeds.push({ parts: [given, surname], start, end });
  }
  // One name thanked, then who they are: "Big thanks to Elle who donated her statement", a name part the data knows.
  // And one name set off as one of a team: "Saeeda, one of our Registered Nurse Apprentices, shares…".
  for (const pattern of [THANKED, ONE_OF_OURS]) {
    for (const m of matchAll(text, pattern)) {
      const name = m[1]!;
      if (!quotedPerson(text, name) || nameLexicon.notNameGroups.places.has(name) || nameLexicon.countries.has(name)) continue;
      // One of our people, not one of our hospitals, sites or wards: "Broadmoor, one of our high secure hospitals".
      if (pattern === ONE_OF_OURS && !namesPeople(text, m.index + m[0].length)) continue;
      // Thanked, a name part the data knows with a person's pronoun after it ("…who donated her statement"), not a charity.
      if (pattern === THANKED && (!isKnownNamePart(name) || !PERSON_PRONOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80)))) continue;
      const start = m.index + m[0].lastIndexOf(name);
      seeds.push(storyName(text, words, name) ?? { parts: [name], start, end: start + name.length });
    }
  }
  // A name owning a relative, or set off with a pronoun going on about them, is a person's, a name part the data knows:
  // "Charles’s husband, Martin,", "I worked with Keren, she was…" ("London's family services", "with Leeds, he said" stay).
  for (const pattern of [KIN_OWNER, NAME_THEN_PRONOUN]) {
    for (const m of matchAll(text, pattern)) {
      const name = m[1]!;
      if (!isKnownNamePart(name) || !quotedPerson(text, name, pattern === KIN_OWNER) || nameLexicon.notNameGroups.places.has(name) || nameLexicon.countries.has(name)) continue;
      const start = m.index + m[0].indexOf(name);
      seeds.push(storyName(text, words, name) ?? { parts: [name], start, end: start + name.length });
    }
  }
  // Two names no list calls anything else (or the data knows), then the person's own family set off, as news stories write
  // it: "Setfree Mafukidze, his wife and four children moved to Somerset".
  for (const m of matchAll(text, NAMES_WITH_KIN)) {
    const [given, surname] = [m[1]!, m[2]!];
    if (![given, surname].every((word) => unlistedName(word) || (isKnownNamePart(word) && !nameLexicon.notNames.has(word))) || !quotedPerson(text, given)) continue;
    const start = m.index;
    seeds.push({ parts: [given, surname], start, end: start + given.length + 1 + surname.length });
  }
  // "wife to Jijo", "husband to Tomasz Nowak": whom the writer is married to, a name the lists do not call a word.
  for (const m of matchAll(text, SPOUSE_TO)) {
    const index = firstWordFrom(words, m.index + m[0].length);
    const first = words[index];
    if (first?.start !== m.index + m[0].length || first.kind !== 'cap' || !unlistedName(first.text) || nameLexicon.wordLike.has(first.text)) continue;
    const run = readNameRun(words, index, { minParts: 2, max: 3 }) ?? { parts: [first.text], start: first.start, end: first.end };
    if (run.parts.some((part) => !unlistedName(part))) continue;
    const described = describedSpouse(words, text, run.end);
    // "Army officer Sam": the words before the job are the service's, the given name after it the spouse's.
    if (described === null) seeds.push(run);
    else if (described) seeds.push(readNameRun(words, firstWordFrom(words, described.start), { minParts: 2, max: 3 }) ?? { parts: [described.text], start: described.start, end: described.end });
  }
  // A picture's credit names its photographer: "photographer Ed Gold takes…", "Image copyright Ed Gold".
  for (const m of matchAll(text, CREDITED)) {
    const index = firstWordFrom(words, m.index + m[0].length);
    const run = words[index]?.start === m.index + m[0].length ? readNameRun(words, index, { minParts: 2, max: 3 }) : null;
    if (run && !run.parts.some((part) => nameLexicon.notNames.has(part) || nameLexicon.organisationSuffixes.has(part) || CREDIT_BODY.test(part))) seeds.push(run);
  }
  // Whoever a story quotes names a person: "Ngoza said:", "…," said Abbie, whose…", known name or not, and the
  // surname with it where the story gives one ("Ngoza Mwimba admits…").
  for (const pattern of [SAID_AFTER, SAID_BEFORE]) {
    for (const m of matchAll(text, pattern)) {
      const name = m[1]!;
      if (!quotedPerson(text, name)) continue;
      const start = m.index + m[0].lastIndexOf(name);
      // A speaker no list knows as a given name needs a second sign of a person: the story gives it with a surname, or a
      // personal pronoun follows ("Tableau said: the dashboard…" names a product, "Ngoza said she…" a person).
      const full = storyName(text, words, name);
      if (!full && !givenNames.has(name) && !PERSON_PRONOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 160))) continue;
      seeds.push(full ?? { parts: [name], start, end: start + name.length });
    }
  }
  for (const m of matchAll(text, INTRODUCED)) {
    const index = firstWordFrom(words, m.index + m[0].length);
    const word = words[index];
    if (!word || word.start !== m.index + m[0].length || (word.kind !== 'cap' && word.kind !== 'initial') || (nameLexicon.notNames.has(word.text) && !(word.kind === 'initial' && word.dot))) continue;
    const run = readNameRun(words, index, { minParts: word.kind === 'initial' ? 1 : 2, max: /full/.test(m[0]) ? FULL_NAME_PARTS : 3 });
    // Initials name someone only with a surname after them: "I appear as J. K. Gill", "listed as A. Okonkwo" (an "A." too,
    // never an article's "A" before a word no name has: "I appear as A. Then…"). On a record a post is listed as often as a
    // name ("I am listed as Named Nurse", "I appear as Expert Witness"): there a name needs a run with a known name part.
    if (RECORD_VERB.test(m[0])) {
      if (run && (word.kind === 'initial' || run.parts.some(isKnownNamePart))) seeds.push(run);
    } else if (run || word.kind === 'cap') seeds.push(run ?? { parts: [word.text], start: word.start, end: word.end });
  }
  // A story's headline owned by one person names them: "Noure's pharmacy journey at UHB", "Tariq’s Story".
  for (const m of matchAll(text, STORY_OF)) {
    const name = m[1]!;
    if (!quotedPerson(text, name) || nameLexicon.notNameGroups.places.has(name) || nameLexicon.countries.has(name)) continue;
    const start = m.index + m[0].indexOf(name);
    seeds.push(storyName(text, words, name) ?? { parts: [name], start, end: start + name.length });
  }
  // A heading of a post, a dash and a name: "Catering Manager - Joby Scaria", "Ward Clerk – Precious Dube".
  for (const line of layout.lines) {
    const value = line.text;
    const m = /[-–—]/.test(value) ? POST_DASH_NAME.exec(value) : null;
    if (!m) continue;
    const index = firstWordFrom(words, line.start + value.indexOf(m[1]!, m[0].length - m[1]!.length - 1));
    const run = readNameRun(words, index, { minParts: 2, max: 3 });
    // The words must read as a name on their own, not as the employer ("Queen Elizabeth", "Kings Mill" are hospitals): a
    // known given name first, and the words used nowhere as a place ("at Rose Hill", "Grace Park Surgery").
    const asName = run && givenNames.has(run.parts[0]!) && !usedAsPlace(text, run.parts.join('[ \\t]+'));
    if (run && asName && run.end === line.start + m[0].trimEnd().length && !run.parts.some((part) => nameLexicon.notNames.has(part) || nameLexicon.organisationSuffixes.has(part))) seeds.push(run);
  }

  for (const m of matchAll(text, WED_TO)) {
    const index = firstWordFrom(words, m.index + m[0].length);
    const word = words[index];
    // In capitals only after "MARRIED TO" in capitals too ("MARRIED TO EIRA"), and with a vowel, as no initialism has.
    const caps = word?.kind === 'caps' && m[0] === m[0].toUpperCase() && /[AEIOUY]/.test(word.text);
    if (!word || word.start !== m.index + m[0].length || !(word.kind === 'cap' || caps) || nameLexicon.notNames.has(titleCase(word.text))) continue;
    seeds.push(readNameRun(words, index, { minParts: 2, max: 4 }) ?? { parts: [word.text], start: word.start, end: word.end });
  }

  // The last capitalised word of a bracket that spells out an initial is a name.
  for (const m of matchAll(text, INITIAL_SPELT)) {
    const end = m.index + m[0].length - 1;
    const index = firstWordFrom(words, end) - 1;
    const word = words[index];
    if (word && word.start > m.index + 2 && word.kind === 'cap' && !nameLexicon.notNames.has(word.text)) seeds.push({ parts: [word.text], start: word.start, end: word.end });
  }
  for (const m of matchAll(text, FAMILY_NAME)) {
    const name = m[1]!;
    const start = m.index + m[0].indexOf(name);
    if (!nameLexicon.notNames.has(name) && !KIND_OF_FAMILY.has(name) && !nameLexicon.organisationSuffixes.has(name)) seeds.push({ parts: [name], start, end: start + name.length });
  }
  const parentOf = [...matchAll(text, PARENT_OF)];
  for (const m of [...parentOf, ...matchAll(text, CHILDREN_NAMED)]) {
    const caps = m[0] === m[0].toUpperCase();
    if (!caps && TITLE_CASE_CHILDREN.test(m[0]) && !opensLineOrField(text, m.index)) continue;
    // Up to three names in a list: "Ayaan, Zara and Ibrahim", "Jaden (15) and Amara (11)".
    const named: Word[] = [];
    let index = firstWordFrom(words, m.index + m[0].length);
    for (let n = 0; n < 3; n++) {
      const word = words[index];
      if (!word || !(word.kind === 'cap' || (caps && word.kind === 'caps')) || nameLexicon.notNames.has(titleCase(word.text)) || KIND_OF_FAMILY.has(titleCase(word.text))) break;
      named.push(word);
      // The next name, past an "and" between them.
      const next = /^(?:and|AND)$/.test(words[index + 1]?.text ?? '') ? index + 2 : index + 1;
      if (!words[next] || !CHILD_GAP.test(text.slice(word.end, words[next]!.start))) break;
      index = next;
    }
    const first = named[0];
    if (!first) continue;
    // Children counted or "our" may be a caseload ("5 children Aged 3 to 11", "our children, Parents and carers"): the
    // first must be a known name, or the names a list that ends its clause. A word before a number is an age band.
    const writers = parentOf.includes(m) || /^my\b/i.test(m[0]);
    const last = named[named.length - 1]!;
    const known = isKnownNamePart(titleCase(first.text));
    if (!known && /^[ \t]+\d/.test(text.slice(first.end, first.end + 3))) continue;
    if (!writers && !known && !(named.length > 1 && LIST_ENDS.test(text.slice(last.end, last.end + 8)))) continue;
    for (const word of named) seeds.push({ parts: [word.text], start: word.start, end: word.end });
  }
  for (const m of matchAll(text, OTHER_SURNAME)) {
    const index = firstWordFrom(words, m.index + m[0].length);
    const word = words[index];
    if (!word || word.start !== m.index + m[0].length || !(word.kind === 'cap' || word.kind === 'caps') || nameLexicon.notNames.has(word.text)) continue;
    // Anyone's but a relative's ("each patient's surname", "a client's last name") is a check of identity at work,
    // where a capitalised word after it is a name only when the name data knows it.
    const owner = m[1]?.toLowerCase();
    if (owner && !RELATION.test(owner) && !isKnownNamePart(titleCase(word.text))) continue;
    seeds.push(readNameRun(words, index, { minParts: 2, max: 4 }) ?? { parts: [word.text], start: word.start, end: word.end });
  }

  seeds.push(...patronymicNames(text, words));
  seeds.push(...nicknamedNames(text, words));
  seeds.push(...nicknameLines(layout, words));
  seeds.push(...signedNames(text, words));

  // "Sana Qureshi (ثناء قریشی)": a name in another script in brackets after a name is the same person's.
  // "(supervisor: Lucía Bianchi Ferraro, known as Lu)": the name someone goes by, told after their name, is theirs too.
  for (const seed of seeds) {
    const script = SCRIPT_BRACKET.exec(text.slice(seed.end, seed.end + 80))?.[1];
    if (script) seed.parts.push(...script.split(/[ \t]+/));
    const known = KNOWN_AS_AFTER.exec(text.slice(seed.end, seed.end + 40))?.[1];
    if (known && !nameLexicon.notNames.has(known) && !seed.parts.includes(known)) seed.parts.push(known);
  }

  seeds.push(...findAuthorLists(layout, seeds));
  seeds.push(...namedByStory(text, words));
  seeds.push(...columnNames(text));

  for (const [from, to] of referenceBodies(layout)) {
    for (const line of linesIn(layout, from, to)) {
      const prefix = (REFERENCES_CELL.exec(line.text) ?? REFEREE_PREFIX.exec(line.text))?.[0].length ?? 0;
      const index = firstWordFrom(words, line.start + prefix);
      if (words[index]?.start !== line.start + prefix) continue;
      const run =
        readNameRun(words, index, { minParts: 2, max: 4 }) ?? restatedInBracket(text, line.start + prefix) ?? surnameWithInitial(words, text, index) ?? singleName(words, text, index) ?? lowerCaseEntry(words, text, index, true);
      if (run) seeds.push(run);
    }
  }
  seeds.push(...surnameCellsFirst(text, words, seeds));
  seeds.push(...listedWithNames(text, words, seeds));
  seeds.push(...initialsOfSpeakers(text, seeds));
  seeds.push(...transliteratedAfter(text, words, seeds));
  return seeds;
}

/** A spaced slash between a name and the same name in other letters: " / ". */
const SLASH_BETWEEN = /^[ \t]+\/[ \t]+/;

/**
 * A name in another script, then a spaced slash and the same name in Latin letters, as a bilingual CV gives a referee's: "Ержан
 * Тулегенов / Yerzhan Tulegenov". The Latin run is the same person's, two capitalised words or more.
 */
function transliteratedAfter(text: string, words: Word[], seeds: readonly NameRun[]): NameRun[] {
  const found: NameRun[] = [];
  for (const seed of seeds) {
    if (!seed.parts.every((part) => OTHER_SCRIPT.test(part))) continue;
    const slash = SLASH_BETWEEN.exec(text.slice(seed.end, seed.end + 8))?.[0];
    if (!slash) continue;
    const index = firstWordFrom(words, seed.end + slash.length);
    if (words[index]?.start !== seed.end + slash.length) continue;
    const run = readNameRun(words, index, { minParts: 2, max: 4 });
    if (run && run.parts.every((part) => !OTHER_SCRIPT.test(part))) found.push(run);
  }
  return found;
}

/** A table's row labelled as the references in its first cell: "References⇥Sister Ann Lowe, …", as Europass prints it. */
const REFERENCES_CELL = /^(?:references?|referees?) *\t[ \t]*(?=\S)/i;
/** A row of the same table that goes on under it, its first cell empty: "⇥Rebwar Aziz, …". */
const EMPTY_FIRST_CELL = /^ *\t[ \t]*\S/;

/**
 * Where a document lists its references: each references section's body, and a table's rows under a "References" cell with the
 * rows that go on under it (their first cell empty).
 */
function referenceBodies(layout: DocumentLayout): [number, number][] {
  const bodies: [number, number][] = layout.sections.filter((section) => section.kind === 'references').map((section) => [section.bodyStart, section.end]);
  const { lines } = layout;
  for (let i = 0; i < lines.length; i++) {
    if (!REFERENCES_CELL.test(lines[i]!.text)) continue;
    let last = i;
    while (last + 1 < lines.length && EMPTY_FIRST_CELL.test(lines[last + 1]!.text)) last++;
    bodies.push([lines[i]!.start, lines[last]!.end]);
    i = last;
  }
  return bodies;
}

/**
 * A given name, a patronymic and perhaps the surname: "Dmitriy Sergeyevich Orlov", "Aigerim Nurlanovna Bekova". The
 * patronymic's ending tells a name where neither list knows the given name; a word a list calls no name ends it.
 */
function patronymicNames(text: string, words: Word[]): NameRun[] {
  const found: NameRun[] = [];
  for (let i = 1; i < words.length; i++) {
    const patronymic = words[i]!;
    const given = words[i - 1]!;
    if (patronymic.kind !== 'cap' || !PATRONYMIC.test(patronymic.text) || given.kind !== 'cap' || !SPACES.test(text.slice(given.end, patronymic.start))) continue;
    if (nameLexicon.notNames.has(given.text) || nameLexicon.organisationSuffixes.has(given.text)) continue;
    const surname = words[i + 1];
    // The surname on the same line: a capitalised word opening the next is a form's next label ("…Nurlanovna⏎Дата рождения").
    const withSurname =
      surname?.kind === 'cap' && /^[ \t]+$/.test(text.slice(patronymic.end, surname.start)) && !nameLexicon.notNames.has(surname.text) && !nameLexicon.organisationSuffixes.has(surname.text);
    const last = withSurname ? surname : patronymic;
    found.push({ parts: withSurname ? [given.text, patronymic.text, surname.text] : [given.text, patronymic.text], start: given.start, end: last.end });
  }
  return found;
}

/**
 * The name someone goes by, in a bracket straight after capitalised words: '("Nok")', "(Ebi)", '("Claudine")', "(she asked us
 * to call her Aline)". Quoted, unquoted or after "call her", the short name is cut from the words before it (a piece of one,
 * or one of them), which makes them a name whatever list they are missing from.
 */
const NICKNAME_BRACKET =
  /^ \((?:["“‘'](\p{Lu}\p{Ll}{2,15})["”’']|(\p{Lu}\p{Ll}{2,15})|(?:she|he|they)[ \t][^()\n]{0,40}?\bcall[ \t]+(?:her|him|them)[ \t]+["“‘']?(\p{Lu}\p{Ll}{2,15})["”’']?)\)/u;

/** Whether a short name is cut from a longer one: a piece of it ("Nok" of Kanokwan) or its first two letters ("Ebi" of Ebenezer). */
function cutFrom(short: string, name: string): boolean {
  const s = short.toLowerCase();
  const n = name.toLowerCase();
  return n.includes(s) || n.slice(0, 2) === s.slice(0, 2);
}

/** A capitalised word that may be a name part here: none a list calls a word, a country, a people or an organisation's. */
const mayBeNamePart = (word: Word) =>
  word.kind === 'cap' &&
  (!nameLexicon.notNames.has(word.text) || nameLexicon.givenNames.has(word.text)) &&
  !nameLexicon.organisationSuffixes.has(word.text) &&
  !nameLexicon.countries.has(word.text) &&
  !DEMONYM_WORDS.has(word.text);

function nicknamedNames(text: string, words: Word[]): NameRun[] {
  const found: NameRun[] = [];
  for (let i = 1; i < words.length; i++) {
    const last = words[i]!;
    if (text.charCodeAt(last.end) !== 32 || text.charCodeAt(last.end + 1) !== 40) continue;
    const m = NICKNAME_BRACKET.exec(text.slice(last.end, last.end + 80));
    if (!m) continue;
    // The capitalised words before the bracket, two to four of them and all of the run: a longer run is a body's name.
    let first = i;
    while (first > 0 && i - first < 4 && words[first - 1]!.kind === 'cap' && text.slice(words[first - 1]!.end, words[first]!.start) === ' ') first--;
    const before = words[first - 1];
    if (i === first || (before?.kind === 'cap' && text.slice(before.end, words[first]!.start) === ' ')) continue;
    const run = words.slice(first, i + 1);
    if (!run.every(mayBeNamePart)) continue;
    const short = (m[1] ?? m[2] ?? m[3])!;
    if (nameLexicon.notNames.has(short) || !run.some((word) => cutFrom(short, word.text))) continue;
    const parts = run.map((word) => word.text);
    if (!parts.includes(short)) parts.push(short);
    found.push({ parts, start: run[0]!.start, end: last.end });
  }
  return found;
}

/** A line that is only a capitalised word in brackets: "(Bridgie)". */
const NICKNAME_LINE = /^[ \t]*\((\p{Lu}\p{Ll}{2,15})\)[ \t]*$/u;

/**
 * A name alone on its line, in capitals or capitalised, with the name its owner goes by in brackets alone on the next line:
 * "SIOBHAN WARD" / "(Shiv)". The short name is cut from a word of the name (nicknamedNames), which makes them one person's.
 */
function nicknameLines(layout: DocumentLayout, words: Word[]): NameRun[] {
  const found: NameRun[] = [];
  const { lines, text } = layout;
  for (let i = 1; i < lines.length; i++) {
    const m = NICKNAME_LINE.exec(lines[i]!.text);
    if (!m) continue;
    const line = lines[i - 1]!;
    const run = words.filter((word) => word.start >= line.start && word.end <= line.end);
    const short = m[1]!;
    if (run.length < 2 || run.length > 4 || text.slice(line.start, run[0]!.start).trim() || text.slice(run.at(-1)!.end, line.end).trim()) continue;
    if (!run.every((word) => (word.kind === 'cap' || word.kind === 'caps') && mayBeNamePart({ ...word, kind: 'cap', text: titleCase(word.text) }))) continue;
    const parts = run.map((word) => titleCase(word.text));
    if (nameLexicon.notNames.has(short) || parts.includes(short) || !parts.some((part) => cutFrom(short, part))) continue;
    found.push({ parts: [...parts, short], start: run[0]!.start, end: run.at(-1)!.end });
  }
  return found;
}

/** Between two entries of a list: a comma, or "and". */
const ENTRY_GAP = /^(?:,[ \t]*|,?[ \t]+and[ \t]+)$/;
/** A place's word after a list's last entry: "Rose, Ivy, Holly and Jasmine wards" names wards, as NHS wards often are. */
const PLACE_AFTER = /^[ \t]+(?:wards?|bays?|units?|suites?|house|houses|teams?|theatres?|wings?|blocks?|centres?|clinics?|practices?|surgeries|courts?|lodges?)\b/i;
/** A place's word before a list's first entry: "rotated through Rose, Ivy…", "across Oak, Ash and Elm". */
const PLACE_BEFORE = /\b(?:through|across|on|in|at|between)[ \t]+(?:the[ \t]+)?$/i;

/**
 * A list of full names, three or more, two of them people found: "The five nurses - Sanjana Sebastian, Jeeva Johny,
 * Neethu Moncy, Abisola Olufemi-Dada, Glory Offong –". Its other entries of two or three capitalised words, no word a list
 * knows as a non-name, are people too; so are the others of a list of one-word names ("Khaled, Rayyan and Yasmine"). A list
 * of places or wards has no two people in it.
 */
function listedWithNames(text: string, words: Word[], seeds: readonly NameRun[]): NameRun[] {
  const found: NameRun[] = [];
  const starts = seeds.map((seed) => seed.start).sort((a, b) => a - b);
  const partsFound = new Set(seeds.flatMap((seed) => seed.parts));
  const seeded = (entry: NameRun) => {
    const at = firstIndex(starts, (start) => start, entry.start);
    return at < starts.length && starts[at]! < entry.end;
  };
  let list: NameRun[] = [];
  const close = () => {
    // Two full names found make it a list of people; given names found after a heading of two words ("Three Girls, Haf, Cara and Ebrill") do not.
    const fullNames = list.length >= 3 && list.filter((entry) => entry.parts.length >= 2 && seeded(entry)).length >= 2;
    // A list of given names alone, two of them found, names people in its others too: "Sana, Dima, Imad and Rabei".
    // A name met elsewhere counts as found: "Khaled, Rayyan and Yasmine" after "Yasmine Sadek graduated".
    const givenNames = list.length >= 3 && list.every((entry) => entry.parts.length === 1) && list.filter((entry) => seeded(entry) || partsFound.has(entry.parts[0]!)).length >= 2;
    // A list of places or wards has no two people in it.
    const places = list.length > 0 && (PLACE_AFTER.test(text.slice(list.at(-1)!.end, list.at(-1)!.end + 20)) || PLACE_BEFORE.test(text.slice(Math.max(0, list[0]!.start - 20), list[0]!.start)));
    if (places) {
      list = [];
      return;
    }
    if (fullNames || givenNames) for (const entry of list) if (!seeded(entry) && (fullNames ? entry.parts.length >= 2 : entry.parts.length === 1 && !partsFound.has(entry.parts[0]!))) found.push(entry);
    list = [];
  };
  for (let i = 0; i < words.length; ) {
    // One entry: up to three capitalised words on one line, none a word the lists know as no name.
    let j = i;
    while (j < words.length && j - i < 3 && words[j]!.kind === 'cap' && !nameLexicon.notNames.has(words[j]!.text) && (j === i || words[j - 1]!.joinsNext)) j++;
    // The "and" before a list's last entry is part of the gap between entries (ENTRY_GAP), no end of the list.
    if (j === i && !(list.length && words[i]!.text === 'and' && words[i + 1]?.kind === 'cap')) {
      close();
      i++;
      continue;
    }
    if (j === i) {
      i++;
      continue;
    }
    const entry = { parts: words.slice(i, j).map((word) => word.text), start: words[i]!.start, end: words[j - 1]!.end };
    const previous = list.at(-1);
    if (previous && !ENTRY_GAP.test(text.slice(previous.end, entry.start))) close();
    list.push(entry);
    i = j;
  }
  close();
  return found;
}

/**
 * A table of people with the surname in its own first cell and the given names in the next ("⇥Alsay⇥⇥Stephen Aldrich
 * R.⇥General Anesthesiology", as staff lists and forms write them): when the given names are a person found and another
 * cell follows on the row, the first cell's one or two capitalised words, no word a list knows as a non-name, are their surname.
 */
function surnameCellsFirst(text: string, words: Word[], seeds: readonly NameRun[]): NameRun[] {
  const more: NameRun[] = [];
  for (const seed of seeds) {
    const index = firstWordFrom(words, seed.start);
    const gap = text.slice(words[index - 1]?.end ?? 0, seed.start);
    if (index === 0 || !gap.includes('\t') || !/^[ \t]*$/.test(gap)) continue;
    let first = index - 1;
    if (words[first - 1]?.joinsNext && words[first - 1]!.join === 'space') first--;
    const cell = words.slice(first, index);
    const lineStartAt = text.lastIndexOf('\n', words[first]!.start) + 1;
    if (!/^[ \t]*$/.test(text.slice(lineStartAt, words[first]!.start)) || !cell.every(isSurnameCellWord)) continue;
    const lineEnd = text.indexOf('\n', seed.end);
    if (!text.slice(seed.end, lineEnd < 0 ? text.length : lineEnd).includes('\t')) continue;
    more.push({ parts: [...cell.map((w) => w.text), ...seed.parts], start: words[first]!.start, end: seed.end });
  }
  return more;
}

/** A capitalised word a surname's cell may hold: no word a list knows as a non-name, an organisation's or a job's. */
const isSurnameCellWord = (word: Word) =>
  word.kind === 'cap' && !word.dot && !nameLexicon.notNames.has(word.text) && !nameLexicon.organisationSuffixes.has(word.text) && !nameLexicon.wordLike.has(word.text);

/** Letters after a name in capitals that are a register's or a degree's ("RDN", "RGN", "MSc"): a given name before them stands alone ("Beth RDN"). */
function isPostNominal(word: Word): boolean {
  return word.kind === 'caps' && nameLexicon.notNameGroups.qualifications.has(word.text);
}

/**
 * Whether the capitalised words before `end` describe a spouse rather than name them: a job or a rank follows ("wife to Army
 * officer Sam"), or a small word and then a given name ("husband to Navy diver Tom"). Null when they name the spouse; else the
 * given name after the job, the spouse's own, or undefined when none follows.
 */
function describedSpouse(words: Word[], text: string, end: number): Word | undefined | null {
  const index = firstWordFrom(words, end);
  const next = words[index];
  if (next?.kind !== 'lower' || !SPACES.test(text.slice(end, next.start)) || text.slice(end, next.start).includes('\n')) return null;
  const after = words[index + 1];
  const given = after?.kind === 'cap' && SPACES.test(text.slice(next.end, after.start)) && nameLexicon.givenNames.has(after.text) ? after : undefined;
  if (nameLexicon.notNameGroups.jobWords.has(titleCase(next.text))) return given;
  return given && !SPOUSE_JOINER.test(next.text) ? given : null;
}

/** A role's word ("Developer", "Nurse") straight after `end`, spaces between. */
function roleAfter(words: Word[], text: string, end: number): boolean {
  const next = words[firstWordFrom(words, end)];
  return next !== undefined && SPACES.test(text.slice(end, next.start)) && !text.slice(end, next.start).includes('\n') && nameLexicon.notNameGroups.jobWords.has(next.text);
}

/** A line break, and nothing else, between a title's name and the next line. */
const LINE_BREAK = /^[ \t]*\r?\n[ \t]*$/;
/** What follows a referee's surname on its line: a comma, a bracket, a dash or the line's end ("Deshpande (Lead Pharmacist)"). */
const ENTRY_GOES_ON = /^(?:[ \t]*[,(|–—]|[ \t]+-[ \t]|[ \t]*\r?\n|[ \t]*$)/;

/**
 * "Ms Anjali\nDeshpande (Lead Pharmacist)", "Dr Oluwafemi\nAdebayo-Johnson, GP Partner": a title and
 * one given name that end a line, with the surname at the start of the next, as a narrow column
 * breaks a referee's name. The surname joins the run when it is no known non-name and its entry goes
 * on, and one of the two is a known name part. Without a title ("mentored by Ngozi\nOkonkwo-Bello
 * throughout…"), the word below must be in the wide name data itself.
 */
function withSurnameBelow(run: NameRun, words: Word[], text: string, titled: boolean): NameRun | null {
  if (run.parts.length !== 1) return null;
  const index = firstWordFrom(words, run.end);
  const next = words[index];
  if (next?.kind !== 'cap' || !LINE_BREAK.test(text.slice(run.end, next.start))) return null;
  if (nameLexicon.notNames.has(next.text) || nameLexicon.organisationSuffixes.has(next.text) || nameLexicon.wordLike.has(next.text)) return null;
  const inData = next.text.split('-').some((piece) => nameLexicon.nameParts.has(piece));
  const known = inData || (titled && ENTRY_GOES_ON.test(text.slice(next.end, next.end + 3)) && (isKnownPiece(run.parts[0]!) || isKnownPiece(next.text)));
  return known ? { parts: [...run.parts, next.text], start: run.start, end: next.end } : null;
}

/** Whether the word after the given name at `index` is a surname's initial with its full stop that ends the name ("Nicole C.", "Marcus T."). */
function surnameInitialAfter(words: Word[], index: number): boolean {
  const initial = words[index + 1];
  return initial?.kind === 'initial' && initial.dot && !(initial.joinsNext && /^\p{Lu}/u.test(words[index + 2]?.text ?? ''));
}

/** A bracket straight after a name, its words a job's title: "(Consultant Ophthalmologist)", "(Head of Estates)". */
const ROLE_BRACKET = /^[ \t]?\(((?:\p{Lu}[\p{L}'’-]*|of|and|&)(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|of|and|&)){0,4})\)/u;
/** What leads a colleague named in passing: "clinic with", "run by", "Emma and". */
const PASSING_LEAD = /^(?:with|by|and|alongside)$/;

/**
 * A colleague named in passing with their role in brackets after: "the stroke clinic with Souksavanh Phommachanh
 * (Consultant Ophthalmologist)". Two or three capitalised words no list knows, after "with", "by" or "and", and a bracket
 * of capitalised words holding a job's word. The role vouches for a name the lists lack; a service's name before a role
 * ("with Tissue Viability (Lead Nurse)") has a word the lists know.
 */
/** An e-mail address in angle brackets, as a mail header or a quoted reply gives one after its owner's name. */
const ANGLED_EMAIL = /^<[^\s<>@]{1,64}@[^\s<>@]{1,120}>/;

/**
 * "Cc: Tendai Mutasa <t.mutasa@…>", "On Mon, … Grace Adjei <…> wrote:": the words a mail header shows before an address in
 * angle brackets are its owner's name, word-like given names too ("Blessing", "Lucky"). Two capitalised words at least, none
 * a word of work or an organisation's ("Recruitment Team <jobs@…>").
 */
function displayNames(words: Word[], text: string, seeds: NameRun[]): void {
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const last = firstWordFrom(words, at) - 1;
    const lastWord = words[last];
    if (!lastWord || !/^[ \t]{1,2}$/.test(text.slice(lastWord.end, at)) || !ANGLED_EMAIL.test(text.slice(at, at + 190))) continue;
    let first = last;
    while (first > 0 && last - first < 3 && words[first - 1]!.joinsNext && words[first - 1]!.kind === 'cap') first--;
    const run = readNameRun(words, first, { minParts: 2, max: 4 });
    if (run && run.end === lastWord.end && !words.slice(first, last + 1).some((word) => nameLexicon.notNameGroups.jobWords.has(word.text))) seeds.push(run);
  }
}

/** A quotation's close, then a spaced dash before the words of whoever said it. */
const QUOTE_THEN_DASH = /["”][ \t]+[-–—][ \t]+(?=\p{Lu})/gu;
/** The role after an attributed name: a comma and a few words, one of them a word of work. */
const ROLE_AFTER_COMMA = /^,[ \t]+((?:\p{L}+[ \t]+){0,3}\p{L}+)/u;

/**
 * '"She is the nurse I want on shift" - Ravi Sundaram, Ward Manager': a testimonial's speaker after the quotation and a dash,
 * their role after a comma, the line wrapped inside the name too. Two capitalised words no list knows as words.
 */
function quoteAttributions(words: Word[], text: string, seeds: NameRun[]): void {
  if (!text.includes('"') && !text.includes('”')) return;
  for (const m of matchAll(text, QUOTE_THEN_DASH)) {
    const index = firstWordFrom(words, m.index + m[0].length);
    const run = readNameRun(words, index, { minParts: 2, max: 3 });
    if (!run || words.slice(index, index + run.parts.length).some((word) => !isPlainWord(word) && !known(word))) continue;
    const role = ROLE_AFTER_COMMA.exec(text.slice(run.end, run.end + 60))?.[1];
    if (role?.split(/[ \t]+/).some((word) => nameLexicon.notNameGroups.jobWords.has(word))) seeds.push(run);
  }
}

function nameBeforeRole(words: Word[], text: string, index: number): NameRun | null {
  const previous = words[index - 1];
  if (!previous?.joinsNext || !PASSING_LEAD.test(previous.text)) return null;
  const run = readNameRun(words, index, { minParts: 2, max: 3 });
  if (!run || words.slice(index, index + run.parts.length).some((word) => !isPlainWord(word))) return null;
  const role = ROLE_BRACKET.exec(text.slice(run.end, run.end + 64))?.[1];
  return role?.split(/[ \t]+/).some((word) => nameLexicon.notNameGroups.jobWords.has(word)) ? run : null;
}

/** A known given name or name part, or a hyphenated word with one ("Kerry-Ann", "Adebayo-Johnson"). */
const isKnownPiece = (word: string) => word.split('-').some((piece) => nameLexicon.givenNames.has(piece) || nameLexicon.nameParts.has(piece));

/** A capitalised word that no list knows as a word: it may be a name part the data lacks. */
function isPlainWord(word: Word): boolean {
  const { notNames, organisationSuffixes, wordLike } = nameLexicon;
  return word.kind === 'cap' && word.text.length >= 3 && !word.dot && !notNames.has(word.text) && !organisationSuffixes.has(word.text) && !wordLike.has(word.text) && !isEponymFollower(word.text, undefined);
}

/** A surname's ending in Slavic and Romanian names, written capitalised: "-ova", "-ska", "-enko", "-escu", "-ović". */
const SURNAME_SUFFIX = /\p{Ll}(?:ova|eva|ová|ská|ski|ska|cki|cka|wicz|enko|escu|ović|ević)$/u;

/** A word of the wide name data or a known given name, or a Gaelic surname by its shape, which the data lacks ("McLeod", "MacInnes"). */
const known = (w: Word) => nameLexicon.nameParts.has(w.text) || nameLexicon.givenNames.has(w.text) || GAELIC_SURNAME.test(w.text);
const GAELIC_SURNAME = /^Ma?c\p{Lu}\p{Ll}{2,}$/u;

/**
 * Whether the word at `index` and the next make a name by the wide name data: both in it, or one
 * in it and the other a plain capitalised word. A plain word first must not open a sentence or
 * follow a place's first word, where any word is capitalised ("Later Mahmood…", "St Gowda…" hardly).
 */
function pairedNameParts(words: Word[], text: string, index: number): boolean {
  const { nameParts } = nameLexicon;
  const word = words[index]!;
  const next = words[index + 1]!;
  const previous = words[index - 1];
  // "San Francisco Bay Area", "Port Harcourt Road": a place's first word before them makes them its name.
  if (PLACE_OPENER.test(word.text) || (previous?.joinsNext && PLACE_OPENER.test(previous.text))) return false;
  // "in Shah Alam", "in Chiang Mai", but "in Waqas Mahmood's team".
  if (previous && placeBefore(words, text, index, true) && !/^['’]s\b/.test(text.slice(next.end, next.end + 3))) return false;
  if (known(word) && known(next)) return nameParts.has(word.text);
  if (nameParts.has(word.text)) return isPlainWord(next);
  // "Zornitsa Hristova", "Oksana Melnychenko": a plain word before one with a Slavic or Romanian surname's ending, which
  // no English word of seven letters has, inside a sentence.
  if (isPlainWord(word) && isPlainWord(next) && next.text.length >= 7 && SURNAME_SUFFIX.test(next.text) && !nameLexicon.countries.has(next.text)) {
    return !(previous?.joinsNext && previous.kind === 'cap') && !startsSentence(text, word.start);
  }
  // A word-like given name after a plain word is the word ("Bajaur<tab>Previous" in a table's cells, as "Kumasi Grace" would be).
  if (!known(next) || nameLexicon.wordLike.has(next.text) || !isPlainWord(word)) return false;
  // A post before it is the person's ("Senior Midwife Kafui Dzifa"); other capitalised words make it a place's or a body's name.
  if (previous?.joinsNext && (previous.kind !== 'lower' || /^(?:a|an|the)$/.test(previous.text)) && !nameLexicon.notNameGroups.jobWords.has(previous.text)) return false;
  // "University of Santo Tomas", "Hospital of St …": an institution's name after its kind and "of".
  const before = words[index - 2];
  if (previous?.text === 'of' && before?.joinsNext && nameLexicon.organisationSuffixes.has(before.text)) return false;
  return !startsSentence(text, word.start) || dashInSentence(text, word.start);
}

/** A spaced dash inside a sentence before `offset`, a word in small letters before it: "with their chairs – Meskerem Haile". */
function dashInSentence(text: string, offset: number): boolean {
  return /^\p{Ll} [–—-] $/u.test(text.slice(Math.max(0, offset - 4), offset));
}

/**
 * "Helen K. Marsh", "Kwabena S. Owusu": two capitalised words with a middle initial and its full stop between, one
 * of them in the name data and the other no known word, one blank apart. A place's or a saint's first word opens none.
 */
function middleInitialName(words: Word[], text: string, index: number): boolean {
  const [word, initial, last] = [words[index]!, words[index + 1], words[index + 2]];
  if (initial?.kind !== 'initial' || !initial.dot || !initial.joinsNext || last?.kind !== 'cap' || PLACE_OPENER.test(word.text)) return false;
  // One blank either side of the initial: "Signed   K. Maughan" is a label, its gap a column's, and a name after it.
  if (text.slice(word.end, initial.start) !== ' ' || !/^\.? $/.test(text.slice(initial.end, last.start))) return false;
  const plainOrKnown = (w: Word) => known(w) || isPlainWord(w);
  return (known(word) || known(last)) && plainOrKnown(word) && plainOrKnown(last);
}

/**
 * Whether a country or a US state follows the run ending at `end` after a comma: with a word no name data knows in
 * the run, "Palo Alto, California", "Sophia Antipolis, France" are places, as a LinkedIn profile and a CV's entries
 * write where a job was; "Grace Mensah, Ghana" of two known name parts stays a person.
 */
function placeAfter(words: Word[], text: string, end: number): boolean {
  if (text.charAt(end) !== ',') return false;
  const next = words[firstWordFrom(words, end)];
  if (!next || !/^,[ \t]{0,2}$/.test(text.slice(end, next.start))) return false;
  return nameLexicon.usStates.has(next.text) || (nameLexicon.notNameGroups.places.has(next.text) && nameLexicon.countries.has(next.text));
}
/** A line of an address that gives a house's number and its street: "1 Larkspur Close", "Flat 2, 31 Ruskin Road,". */
const STREET_LINE = new RegExp(`^[ \\t]*(?:[^\\n]{0,20}[ \\t,])?\\d{1,4}[a-z]?,?[ \\t]+(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){1,3}(?:${STREET_WORDS}),?[ \\t]*$`, 'u');

/**
 * The lines just below a house's street line: an address's locality ("1 Larkspur Close⏎Thornton Heath⏎Surrey"), named like a
 * person but a place, there and wherever else the document names it ("the Thornton Heath hub").
 */
function localitiesOf(layout: DocumentLayout): Set<string> {
  const localities = new Set<string>();
  layout.lines.forEach((line, i) => {
    const above = layout.lines[i - 1];
    if (above && above.text.length <= 80 && STREET_LINE.test(above.text)) localities.add(line.text.trim().replace(/,$/, ''));
  });
  return localities;
}

/**
 * Whether a given name opens an organisation's name through particles and capitalised words: "Mohamed bin Rashid
 * University", "Mary de Bohun School".
 */
function opensOrganisation(words: Word[], index: number): boolean {
  for (let i = index; i < index + 5; i++) {
    const word = words[i];
    if (!word?.joinsNext) return false;
    const next = words[i + 1]!;
    if (nameLexicon.organisationSuffixes.has(next.text)) return i > index;
    if (next.kind !== 'particle' && next.kind !== 'cap') return false;
  }
  return false;
}

/**
 * Whether the words at `index` stand where a place does: after "in", "near", "outside" ("I worked in
 * Shah Alam"), or, with `afterComma`, after an organisation's or a place's name and a comma
 * ("General Hospital, Abu Dhabi"), where a known given name may still start a person's ("Ward 5, Grace Mensah").
 */
function placeBefore(words: Word[], text: string, index: number, afterComma: boolean): boolean {
  const previous = words[index - 1]!;
  const gap = text.slice(previous.end, words[index]!.start);
  if (/^[ \t]+$/.test(gap)) return /^(?:in|near|outside|around|across|within)$/.test(previous.text);
  const { organisationSuffixes, notNameGroups } = nameLexicon;
  return afterComma && /^,[ \t]+$/.test(gap) && (organisationSuffixes.has(previous.text) || notNameGroups.places.has(previous.text) || notNameGroups.organisation.has(previous.text));
}

/** Whether only blanks stand between `offset` and the end of a sentence, a bullet, a line or the text. */
function startsSentence(text: string, offset: number): boolean {
  let i = offset;
  while (i > 0 && i > offset - 20 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || (/[.!?:;•\-–—*\n("“]/.test(text[i - 1]!) && !listNumberBefore(text, i));
}

/** Whether a list's or a table's number opening its line ends at `end` ("2.", "14."): the word after it opens an entry, no sentence. */
function listNumberBefore(text: string, end: number): boolean {
  if (text[end - 1] !== '.') return false;
  let i = end - 1;
  while (i > 0 && end - 1 - i < 2 && /\d/.test(text[i - 1]!)) i--;
  if (i === end - 1) return false;
  while (i > 0 && end - i < 6 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}

/** A given name romanised with a hyphen, as Korean and Cantonese ones are: "Ji-hoon", "Min-jung", "Chi-wai". */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** What closes an English given name after a family name written first: a comma, a bracket or the line's end. */
const ENGLISH_NAME_CLOSES = /^(?:[,;)]|\r?\n|$)/;
/**
 * A family name written first in capitals, then the given names: "PARK Ji-hoon", "TANAKA Yuki",
 * "NGUYEN Van An", "NAGY Eszter" (data/family-names-first.json). The given name must be a known
 * one or hyphenated as a romanised one is, or, after a family name of three letters or more, any
 * capitalised word that is no known non-name ("WANG Xiaoming"); so "LE Cap" or "HO Band" are not names.
 * After the first given name, a short one goes even if it is also a word ("NGUYEN Van An"); after them all, an English
 * given name set off by a comma, as Hong Kong writes it ("WONG Siu Ling, Winnie,").
 */
function familyNameFirst(words: Word[], text: string, index: number): NameRun | null {
  const word = words[index]!;
  const family = titleCase(word.text);
  // "TRẦN Thị Mai" as "Tran": the list has the forms without accents.
  if (!word.joinsNext || !(nameLexicon.familyFirst.has(family) || nameLexicon.familyFirst.has(family.normalize('NFD').replace(/\p{M}/gu, '')))) return null;
  const parts = [family];
  let end = word.end;
  for (let j = index + 1; j < words.length && parts.length < 4; j++) {
    const given = words[j]!;
    const known = isKnownNamePart(given.text) || HYPHENATED_GIVEN.test(given.text) || (parts.length > 1 && given.text.length <= 3);
    const plain = family.length >= 3 && !nameLexicon.notNames.has(given.text) && !nameLexicon.organisationSuffixes.has(given.text);
    if (given.kind !== 'cap' || !(known || (plain && parts.length === 1))) break;
    parts.push(given.text);
    end = given.end;
    if (!given.joinsNext) break;
  }
  // "an MA Art Therapy": a degree's letters (the surname Ma in capitals too) before its subject, a word no name list knows.
  const after = words[index + parts.length];
  if (nameLexicon.notNameGroups.qualifications.has(word.text) && words[index + parts.length - 1]!.joinsNext && after?.kind === 'cap' && !isKnownNamePart(after.text)) return null;
  if (parts.length < 2) return null;
  // "WONG Siu Ling, Winnie, Consultant Microbiologist": the English given name set off by commas after the Chinese ones.
  const english = after && text[end] === ',' && after.start <= end + 3 && after.kind === 'cap' ? after : null;
  if (english && ENGLISH_NAME_CLOSES.test(text.slice(english.end, english.end + 2)) && !nameLexicon.notNames.has(english.text) && !nameLexicon.organisationSuffixes.has(english.text) && !DEMONYM_WORDS.has(english.text)) {
    return { parts: [...parts, english.text], start: word.start, end: english.end };
  }
  return { parts, start: word.start, end };
}

/**
 * A family name written first in title case before a given name romanised with a hyphen, as Korean and Cantonese names are
 * written: "Park Ji-woo", "Chan Ka-yan". The hyphenated given name tells the order, so a family name that is also a word
 * (Park, Lee) goes too; without it ("Park Lane", "Lee Valley") nothing does.
 */
function familyFirstBeforeHyphenated(words: Word[], index: number): NameRun | null {
  const word = words[index]!;
  const given = words[index + 1];
  if (!word.joinsNext || given?.kind !== 'cap' || !HYPHENATED_GIVEN.test(given.text) || !nameLexicon.familyFirst.has(word.text)) return null;
  return { parts: [word.text, given.text], start: word.start, end: given.end };
}

/** A letter with an accent, which no English word has. */
const ACCENTED = /[À-ÖØ-öø-ɏ]/u;
/** A surname's shape in lower case: "mackinnon", "mcintyre", "o'brien". */
const LOWER_SURNAME_SHAPE = /^(?:mac|mc|o['’])\p{Ll}{3,}$/u;

/**
 * A name typed all in lower case in running text: "seán ó briain", "mairi mackinnon", "josé luis
 * martín". A known given name that is no ordinary word (or a name part with an accent), then a known name part, a Mac or O' surname,
 * or particles and any word ("ó briain", "de la fuente"). Its parts are kept in both cases, so
 * "Seán" later is the same person.
 */
function lowerCaseName(words: Word[], index: number): NameRun | null {
  const word = words[index]!;
  if (!word.joinsNext) return null;
  const given = titleCase(word.text);
  const { givenNames, wordLike, notNames, nameParts } = nameLexicon;
  // A given name, or a name part with an accent no English word has ("josé").
  const known = givenNames.has(given) || (nameParts.has(given) && ACCENTED.test(given));
  if (!known || wordLike.has(given) || notNames.has(given)) return null;
  const lower = [word.text];
  let end = word.end;
  let afterParticle = false;
  for (let j = index + 1; j < words.length && lower.length < 4; j++) {
    const next = words[j]!;
    if (next.kind === 'particle' && next.joinsNext) {
      afterParticle = true;
      continue;
    }
    const title = titleCase(next.text);
    if (next.kind !== 'lower' || notNames.has(title) || wordLike.has(title)) break;
    if (!afterParticle && !givenNames.has(title) && !nameParts.has(title) && !LOWER_SURNAME_SHAPE.test(next.text)) break;
    lower.push(next.text);
    end = next.end;
    afterParticle = false;
    if (!next.joinsNext) break;
  }
  if (lower.length < 2) return null;
  return { parts: [...lower, ...lower.map(titleCase)], start: word.start, end };
}

/** A capitalised word in a script with capitals but no Latin letter: Cyrillic, Greek, Armenian, Georgian. */
const CASED_OTHER_SCRIPT = /^[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]+(?:-[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]+)?$/u;

/**
 * Two or three capitalised words in Cyrillic or Greek together: a name written in its own script
 * ("Ірина Бондаренко", "Δημήτριος Παπαδόπουλος"), as a CV in English has little else in them.
 */
function otherScriptName(words: Word[], index: number): NameRun | null {
  const word = words[index]!;
  if (!word.joinsNext || !CASED_OTHER_SCRIPT.test(word.text) || (index > 0 && words[index - 1]!.joinsNext && CASED_OTHER_SCRIPT.test(words[index - 1]!.text))) return null;
  const parts = [word.text];
  let end = word.end;
  for (let j = index + 1; j < words.length && parts.length < 3; j++) {
    const next = words[j]!;
    if (next.kind !== 'cap' || !CASED_OTHER_SCRIPT.test(next.text)) break;
    parts.push(next.text);
    end = next.end;
    if (!next.joinsNext) break;
  }
  return parts.length > 1 ? { parts, start: word.start, end } : null;
}

/**
 * A labelled name in capitals, as a form or a heading in capitals writes it: "Referee: OLUWASEUN
 * ADEBAYO, WARD MANAGER". Two to four words in capitals that end the entry (a comma, bracket, dash
 * or the line's end), one of them a known name part or of a surname's shape, so "Referee: AVAILABLE ON REQUEST" is none.
 */
function nameInCapitals(words: Word[], text: string, index: number): NameRun | null {
  if (words[index]?.kind !== 'caps') return null;
  const run = readNameRun(words, index, { minParts: 2, max: 4, allCaps: true });
  if (!run) return null;
  const restated = restatedInBracket(text, run.start);
  if (restated) return restated;
  if (!ENTRY_GOES_ON.test(text.slice(run.end, run.end + 3))) return null;
  const shaped = words.filter((w) => w.start >= run.start && w.end <= run.end).some((w) => hasSurnameShape(w.text));
  return shaped || run.parts.some((part) => part.split('-').some((piece) => isKnownNamePart(piece))) ? run : null;
}

/** Two to four words in capitals, then the same words in brackets as they are spelt, ending the entry. */
const CAPITALS_RESTATED = /^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){1,3}) \((\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){1,3})\)(?=[ \t]*(?:[,|–—]|[ \t]-[ \t]|\r?\n|$))/u;
/** Letters in capitals without their marks: "Hêmin" and "HEMIN" are one. */
const bareLetters = (words: string) => words.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();

/**
 * "HEMIN BARZINJI (Hêmin Barzinjî), Theatre Team Leader": a name in capitals restated in brackets with the marks its
 * letters carry is a name whatever the lists know ("SEE BELOW (See Below)" is none), and both spellings are its parts.
 */
function restatedInBracket(text: string, start: number): NameRun | null {
  const m = CAPITALS_RESTATED.exec(text.slice(start, start + 120));
  if (!m || bareLetters(m[1]!) !== bareLetters(m[2]!) || !/\p{M}/u.test(m[2]!.normalize('NFD'))) return null;
  return { parts: [...m[1]!.split(' ').map(titleCase), ...m[2]!.split(' ')], start, end: start + m[1]!.length };
}

/**
 * A name in a script without Latin letters after a label or a title: "Referee: 王磊", "Dr 김민준",
 * "Referee: محمد عبد الله، صيدلي", "Referee: डॉ. सुनीता शर्मा" (its own title, abbreviated, skipped).
 * Up to four such words that blanks join; a comma of any script ends it.
 */
function otherScriptRun(words: Word[], text: string, index: number): NameRun | null {
  let i = index;
  const first = words[i];
  if (!first || !OTHER_SCRIPT.test(first.text)) return null;
  if (first.dot && words[i + 1] && OTHER_SCRIPT.test(words[i + 1]!.text) && SPACES.test(text.slice(first.end + 1, words[i + 1]!.start))) i++;
  const parts: string[] = [];
  const start = words[i]!.start;
  let end = start;
  for (; i < words.length && parts.length < 4; i++) {
    const word = words[i]!;
    if (!OTHER_SCRIPT.test(word.text) || (parts.length && !SPACES.test(text.slice(end, word.start)))) break;
    parts.push(word.text);
    end = word.end;
  }
  return parts.length ? { parts, start, end } : null;
}

/**
 * A name in capitals in running text, as some write a colleague's: "I worked with AMINA
 * OKAFOR-BELLO on…". A known given name that is no ordinary word (or is one, before a surname the name data holds), then words in capitals that are
 * no known non-name, not before an organisation word ("JOHN RADCLIFFE HOSPITAL").
 */
function givenNameInCapitals(words: Word[], text: string, index: number): NameRun | null {
  const word = words[index]!;
  const given = titleCase(word.text);
  const { givenNames, wordLike, notNames, organisationSuffixes, nameParts } = nameLexicon;
  // A given name that is also a word ("GRACE", "ROBIN") only before a surname in capitals that the wide name data holds,
  // which no English word is: "GRACE OKAFOR", "ROBIN BIDDULPH", not "GRACE PERIOD" or "ROBIN HOOD".
  const next = words[index + 1];
  // Never a particle that opens a surname ("VAN DIJK, Maarten" is read as a surname and a given name).
  const surnameNext = next?.kind === 'caps' && word.join === 'space' && !nameLexicon.particles.has(given.toLowerCase()) && nameParts.has(titleCase(next.text));
  if (!word.joinsNext || !givenNames.has(given) || (wordLike.has(given) && !surnameNext) || notNames.has(given) || words[index - 1]?.kind === 'caps') return null;
  const run = readNameRun(words, index, { minParts: 2, max: 4, allCaps: true });
  if (!run) return null;
  const after = words[firstWordFrom(words, run.end)];
  if (after && after.kind === 'caps' && SPACES.test(text.slice(run.end, after.start)) && organisationSuffixes.has(titleCase(after.text))) return null;
  return run;
}

/** The writer giving their name in a language, read back over 40 characters: "my Chinese name is ", "my name in Tamil is ", "My Korean name: ". */
const OWN_NAME_IN_LANGUAGE = /\b[Mm]y[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?name[ \t]+(?:in[ \t]+\p{Lu}\p{Ll}+[ \t]+)?(?:is[ \t]+|:[ \t]*)["“'‘]?$/u;
/** The writer giving their name straight before a word, read back over 12 characters: "My name is " (not "The project's name is "). */
const NAME_IS = /\b[Mm]y[ \t]+name(?:[ \t]+is|['’]s)[ \t]+$/;
/** A greeting straight before a name: "Hi ", "Dear ", "Thank you, ". */
const GREETING_BEFORE = /\b(?:Hi|Hello|Hey|Dear|Thanks|Thank[ \t]+you|Welcome),?[ \t]+$/;
/** The greeted name ends its phrase: "Hi Ali," "Thanks Joy!" (not "Dear Hiring Manager"). */
const GREETED_AFTER = /^[ \t]?[,!:]/;
/** What follows a one-word name the writer gives: a comma, a full stop or a semicolon ("My name is Kerri, I’m…"). */
const NAME_ENDS_CLAUSE = /^(?:[,;]|\.(?:\s|$))/;
/** ", " between a surname in capitals and the given name: "OKAFOR, Chidi". */
const COMMA_SPACE = /^,[ \t]$/;
/** What ends a listed person's name: a dash or a bracket before their post, a tab, a comma, a semicolon or the line's end. */
const LISTED_NAME_END = /^(?:[ \t]+[–—-][ \t]|[ \t]*[(\t;,]|[ \t]*\r?\n|[ \t]*$)/;
/**
 * A number, a bullet or a label opening a listed entry: "2.\t", "- ", "Referees: ", "Reference 1: ", "Ref 2: ", or a label
 * and its column's gap ("Name            ").
 */
const ENTRY_OPENER = /(?:^|\n)[ \t]*(?:\d+[.)][ \t]*|[•*\-–][ \t]*|[A-Za-z]+(?:[ \t]\d{1,2})?:[ \t]*|[A-Za-z]+[ \t]{2,})?$/;
/**
 * Particles that open a surname of two words in capitals ("DOS SANTOS", "NÍ BHRIAIN"), and go with it wherever it is
 * mentioned: only ones that are no word or code in capitals themselves (not "DE", "LA", "ST").
 */
const SURNAME_PARTICLES = new Set(['DAS', 'DOS', 'DEL', 'DELA', 'DELLA', 'VAN', 'VON', 'NÍ', 'NIC', 'MAC', 'BIN', 'BEN', 'ABU']);
/** A comma or a colon after a word in lower case: a sentence that goes on to list someone. */
const MID_SENTENCE = /\p{Ll}[,:][ \t]$/u;
/** A spaced dash or a tab after a listed name, going on to the person's post. */
const POST_AFTER = /^(?:[ \t]+[–—-][ \t]|\t)/;
/** How many more given names or initials may follow the first: "CHINWENDU ADAEZE", "Joao P C". */
const MORE_GIVEN = 2;

/**
 * A surname in capitals, a comma and the given name, as lists of referees and citations write them:
 * "OKAFOR, Chidi – Ward Manager", "2.\tKAMARA, Fatmata\tConsultant", "Ref 2: DOS SANTOS, Rafael, Podiatry Team Lead",
 * "OKONKWO, CHINWENDU ADAEZE". The surname may open with a particle; the given name may be in capitals when it is a
 * known name, and more given names or initials may follow. The entry must open its line (after a number, bullet or
 * label) and end at a dash, bracket, tab, comma or the line's end; and one of the two be a known name part, or a dash
 * or tab go on to the person's post.
 */
function surnameCommaGiven(words: Word[], text: string, index: number): NameRun | null {
  const opener = words[index]!;
  const particle = SURNAME_PARTICLES.has(opener.text) && opener.joinsNext && words[index + 1]?.kind === 'caps';
  const surname = particle ? words[index + 1]! : opener;
  const given = words[index + (particle ? 2 : 1)];
  const family = titleCase(surname.text);
  const { notNames, organisationSuffixes, givenNames } = nameLexicon;
  const givenInCapitals = given?.kind === 'caps' && givenNames.has(titleCase(given.text));
  if ((given?.kind !== 'cap' && !givenInCapitals) || surname.text.length < 3 || !COMMA_SPACE.test(text.slice(surname.end, given!.start))) return null;
  // A given name that is also a word ("HOPE" the noun) is still one after a surname in capitals and a comma: "ADEBAYO, Hope".
  const givenWord = notNames.has(given!.text) && !givenNames.has(given!.text);
  if (notNames.has(family) || notNames.has(surname.text) || givenWord || organisationSuffixes.has(given!.text)) return null;
  // Or told in a sentence after a comma or a colon, as a form would list it: "my referees are my ward manager, KAMAU-JONES, Grace (…)"; then
  // the given name must be a known one.
  const before = text.slice(Math.max(0, opener.start - 30), opener.start);
  const inSentence = MID_SENTENCE.test(before) && givenNames.has(titleCase(given!.text));
  if (!ENTRY_OPENER.test(before) && !inSentence) return null;
  // More given names or initials on: "CHINWENDU ADAEZE", "Joao P C"; or any name, no word a list knows, where a dash or a tab
  // then goes on to the post, as a father's name follows the given name ("WORKU, Hiwot Abebe – Dietitian").
  let last = given!;
  for (let j = index + (particle ? 3 : 2), n = 0; n < MORE_GIVEN && last.joinsNext && j < words.length; j++, n++) {
    const next = words[j]!;
    const initial = next.text.length === 1 && /\p{Lu}/u.test(next.text);
    const beforePost = !notNames.has(next.text) && !organisationSuffixes.has(next.text) && POST_AFTER.test(text.slice(next.end, next.end + 4));
    if (!initial && !(next.kind === given!.kind && (givenNames.has(titleCase(next.text)) || beforePost))) break;
    last = next;
  }
  const after = text.slice(last.end, last.end + 4);
  if (!LISTED_NAME_END.test(after)) return null;
  const known = isKnownNamePart(family) || isKnownNamePart(titleCase(given!.text));
  if (!known && !POST_AFTER.test(after)) return null;
  const particleParts = particle ? [opener.text, titleCase(opener.text)] : [];
  return { parts: [...particleParts, family, surname.text, given!.text, titleCase(given!.text)], start: opener.start, end: last.end };
}

/** A lower-case title a form in lower case writes before the name: "dr tendai mukwevho". */
const LOWER_TITLE = /^(?:dr|mr|mrs|ms|miss|prof)$/;
const isLowerInitialWord = (word: Word) => word.dot && word.text.length === 1 && word.kind === 'lower';

/** A label of referees: their names follow it. */
const REFEREE_LABEL = /^[ \t|•(]*referees?\b/i;
/** A comma and a role of up to four capitalised words after a referee's name: ", Physiotherapy Team Lead", ", Ward Sister". */
const ROLE_AFTER = /^,[ \t]+((?:\p{Lu}\p{Ll}+[ \t]+){0,3}\p{Lu}\p{Ll}+)\b/u;

/**
 * "Referees: Sky Kent, Physiotherapy Team Lead": two capitalised words after the label, then a comma and a role, are a referee's
 * name though each is also a word or a place the lists keep from names; the role vouches for them. Not a ward's or an
 * organisation's name ("Referees: Rose Ward, …"), whose last word the lists know as one.
 */
function refereeBeforeRole(words: Word[], text: string, index: number): NameRun | null {
  const first = words[index];
  const second = words[index + 1];
  if (first?.kind !== 'cap' || !first.joinsNext || second?.kind !== 'cap' || second.joinsNext) return null;
  const { jobWords, organisation } = nameLexicon.notNameGroups;
  if ([first, second].some((word) => jobWords.has(word.text) || organisation.has(word.text) || nameLexicon.organisationSuffixes.has(word.text))) return null;
  const role = ROLE_AFTER.exec(text.slice(second.end, second.end + 80));
  // A job title the list knows vouches as a job word does: "Ward Sister" holds none.
  if (!role || !(isJobTitle(role[1]!) || role[1]!.split(/[ \t]+/).some((word) => jobWords.has(word)))) return null;
  return { parts: [first.text, second.text], start: first.start, end: second.end };
}

/**
 * A labelled name typed all in lower case: "Referee: dr tendai mukwevho, gp". Two to four words in
 * lower case up to the end of the entry, the first a known given name or name part, none a known
 * non-name or an ordinary word that is also a name. On a line of a References section, a title
 * before it ("mr tom barker, store manager") or the referee's address spelling it on the line or the
 * next ("nilmini jayawardena, …" with nilmini.jayawardena@…) makes it a name whatever its words; a word a list knows
 * as no name ("john ward") only with the address. After a title and initials, one word is enough ("mr s. jeyakumar,").
 */
function lowerCaseEntry(words: Word[], text: string, index: number, referee = false): NameRun | null {
  let i = index;
  // "dr. pieter": the title's full stop parts it from the name by one blank.
  const titled = LOWER_TITLE.test(words[i]?.text ?? '') && (words[i]!.joinsNext || (words[i]!.dot && /^\.[ \t]\p{Ll}/u.test(text.slice(words[i]!.end, words[i]!.end + 3))));
  if (titled) i++;
  // "mr s. jeyakumar", "dr a. k. nair": after a title, initials in lower case, and then one word is a name.
  const initialsFrom = i;
  while (titled && words[i] && isLowerInitialWord(words[i]!) && /^\.[ \t]\p{Ll}/u.test(text.slice(words[i]!.end, words[i]!.end + 3))) i++;
  const initials = i > initialsFrom;
  const { givenNames, nameParts, notNames, wordLike } = nameLexicon;
  const first = words[i];
  if (first?.kind !== 'lower') return null;
  const lower: string[] = [];
  let end = first.start;
  let beforeBracket: { words: number; end: number } | null = null;
  for (let j = i; j < words.length && lower.length < 4; j++) {
    const word = words[j]!;
    // Particles in lower case between its words are the name's: "pieter van der berg".
    if (word.kind === 'particle' && j > i && word.joinsNext && word.text === word.text.toLowerCase()) continue;
    if (word.kind !== 'lower' || word.text.length < 2) return null;
    lower.push(word.text);
    end = word.end;
    if (!word.joinsNext) break;
    if (word.join === 'nickname' && text.charAt(word.end) !== '"') beforeBracket ??= { words: lower.length, end };
  }
  // A bracket after the name that is no nickname's ends the entry: "ms. g. pritchard-evans (careers adviser) can confirm".
  if (!ENTRY_GOES_ON.test(text.slice(end, end + 3)) && beforeBracket) {
    lower.length = beforeBracket.words;
    end = beforeBracket.end;
  }
  if (lower.length < (initials ? 1 : 2) || !ENTRY_GOES_ON.test(text.slice(end, end + 3))) return null;
  const ordinary = lower.some((word) => wordLike.has(titleCase(word)));
  // A word a list knows as no name ("ward", "bank") is a surname only where the referee's address spells it.
  const listed = lower.some((word) => notNames.has(titleCase(word)));
  const spelt = referee && addressSpells(text, end, lower.join(''));
  // After a title the words are a name whatever list knows them: "mr devendra (dev) maharaj".
  const known = initials || titled || givenNames.has(titleCase(first.text)) || nameParts.has(titleCase(first.text));
  if (!(known || spelt) || (listed && !spelt) || (ordinary && !(referee && (titled || spelt)))) return null;
  return { parts: [...lower, ...lower.map(titleCase)], start: words[initialsFrom]!.start, end };
}

/** Two or three capitalised words from `index` whose letters an e-mail address on their line (or the next) spells, eight letters or more. */
function spelledByAddress(words: Word[], text: string, index: number): NameRun | null {
  let last = index;
  while (last - index < 2 && words[last]!.joinsNext && words[last + 1]?.kind === 'cap') last++;
  for (; last > index; last--) {
    const parts = words.slice(index, last + 1).map((word) => word.text);
    const letters = parts.join('');
    // A post's or a team's address spells its words ("Ward Manager – wardmanager@…"): a name holds a known name and no such word.
    if (!parts.some(isKnownNamePart) || parts.some((part) => nameLexicon.notNameGroups.jobWords.has(part) || nameLexicon.organisationSuffixes.has(part))) continue;
    if (letters.length >= 8 && addressSpells(text, words[last]!.end, letters)) return { parts, start: words[index]!.start, end: words[last]!.end };
  }
  return null;
}

/** Whether an e-mail address on the rest of the line from `at`, or on the next line, spells `letters` in its local part. */
function addressSpells(text: string, at: number, letters: string): boolean {
  const lineEnd = text.indexOf('\n', at);
  const nextEnd = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1);
  const wanted = letters.toLowerCase().replace(/[^a-z]/g, '');
  return localPartLetters(text.slice(at, lineEnd < 0 || nextEnd < 0 ? text.length : nextEnd)).some((local) => local.includes(wanted));
}

/** A device's or a system's name is built like one ("our optometrist Optomap.", "our physio EasyScan."), a person's is not. */
const PRODUCT_END = /(?:map|scan|soft|tech|ware|view|link|cam|box|pad|flow|hub|sys|lab)$/;
/** A capital inside the word other than a name's prefix ("MacLeod", "DeShawn", "FitzGerald") is a product's. */
const INNER_CAPITAL = /^(?!Mc|Mac|Fitz|D[aeiu]|L[aeo]|V[ao]n)\p{Lu}\p{Ll}+\p{Lu}/u;
function productShaped(word: string): boolean {
  return (word.length > 5 && PRODUCT_END.test(word)) || INNER_CAPITAL.test(word);
}
/** After one name on a referee's line: a comma and a capital ("Sutrisno, Head of Pharmacy"), or a table's next cell ("Mutale<tab>deputy manager<tab>07700 900…"). */
const AFTER_SINGLE_NAME = /^(?:,[ \t]+\p{Lu}|\t|[ ]{2,}\S)/u;
/** A bracket saying a name is someone's only one: "(single name)", "(one name only)", "(mononym)". */
const ONE_NAME_NOTE = /^[ \t]*\((?:(?:single|one|only)[ \t]+name(?:[ \t]+only)?|mononym(?:ous)?)\)/i;
/** A phone number or an e-mail address later on the line: a table's row is a referee's, not a label's ("Workplace<tab>Leeds General Infirmary"). */
const CONTACT_ON_LINE = /\d(?:[ ]?\d){6,}|@/;

/** A referee known by one name, as many Indonesian and Burmese people are: "Sutrisno, Head of Pharmacy". */
function singleName(words: Word[], text: string, index: number): NameRun | null {
  const word = words[index];
  // The referee's own note that it is the one name they have: "Pema (single name), Optometrist".
  const told = ONE_NAME_NOTE.test(text.slice(word?.end ?? 0, (word?.end ?? 0) + 24));
  if (word?.kind !== 'cap' || word.dot || (!told && !AFTER_SINGLE_NAME.test(text.slice(word.end, word.end + 4)))) return null;
  if (text.charAt(word.end) !== ',' && !told) {
    const lineEnd = text.indexOf('\n', word.end);
    if (!CONTACT_ON_LINE.test(text.slice(word.end, lineEnd < 0 ? text.length : lineEnd))) return null;
  }
  const { notNames, organisationSuffixes, wordLike } = nameLexicon;
  if (notNames.has(word.text) || organisationSuffixes.has(word.text) || wordLike.has(word.text)) return null;
  return { parts: [word.text], start: word.start, end: word.end };
}

/**
 * "Supervisor: J.A.K.S. Jayasinghe", "Referee: R. Wijeratne": up to four initials, each with its full stop, then a
 * surname no list knows, as Sri Lankan and South Indian names are written. Only after a label of a person.
 */
function initialsThenSurname(words: Word[], index: number): NameRun | null {
  let i = index;
  while (i < index + 4 && words[i]?.kind === 'initial' && words[i]!.dot && words[i]!.joinsNext) i++;
  const surname = words[i];
  if (i === index || surname?.kind !== 'cap' || (nameLexicon.notNames.has(surname.text) && !nameLexicon.givenNames.has(surname.text))) return null;
  return { parts: [surname.text], start: words[index]!.start, end: surname.end };
}

/** After a surname's bare initial: a comma, a bracket, a dash, two spaces or the line's end. */
const AFTER_INITIAL = /^\.?(?:[ \t]*(?:[,(|–—-]|\n|$)|[ \t]{2})/;

/** "Brandt M, Charge Nurse", "OKAFOR A.": a surname and a bare initial, as a list of referees writes them. */
function surnameWithInitial(words: Word[], text: string, index: number): NameRun | null {
  const word = words[index];
  const initial = words[index + 1];
  if (!word?.joinsNext || initial?.kind !== 'initial' || (word.kind !== 'cap' && word.kind !== 'caps')) return null;
  const name = word.kind === 'caps' ? titleCase(word.text) : word.text;
  const { notNames, organisationSuffixes } = nameLexicon;
  if (notNames.has(name) || organisationSuffixes.has(name) || !AFTER_INITIAL.test(text.slice(initial.end, initial.end + 3))) return null;
  return { parts: [name], start: word.start, end: initial.end };
}

/**
 * Whether the word at `index` stands in a list with a given name that is no ordinary word:
 * "I trained Marta, Joyce and Precious" (so "Precious" is a name there too).
 */
function inListOfNames(words: Word[], text: string, index: number): boolean {
  for (const step of [-1, 1]) {
    let j = index + step;
    // Skip "and" / "or" between the two.
    if (/^(?:and|or)$/.test(words[j]?.text ?? '')) j += step;
    const other = words[j];
    if (other?.kind !== 'cap' || !nameLexicon.givenNames.has(other.text) || nameLexicon.wordLike.has(other.text)) continue;
    const [from, to] = step < 0 ? [other.end, words[index]!.start] : [words[index]!.end, other.start];
    if (LIST_GAP.test(text.slice(from, to))) return true;
  }
  return false;
}
const LIST_GAP = /^(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)$/;

/** A role word led by "our", "the", "with"… within three lower-case words: "our practice nurse", "the care coordinator". */
function leadsRole(words: Word[], text: string, role: number): boolean {
  for (let j = role - 1; j >= 0 && j >= role - 4; j--) {
    const word = words[j]!;
    // A hyphen joins the words of a role's kind: "pre-registration colleague".
    if (!/^(?:\s+|-)$/.test(text.slice(word.end, words[j + 1]!.start))) return false;
    // A lead word further back in lower case, or opening its sentence: "With pre-registration colleague …".
    if (ROLE_LEAD.has(word.text.toLowerCase()) && (j === role - 1 || word.kind === 'lower' || word.text === word.text.toLowerCase() || /(?:^|[.!?]\s+)$/.test(text.slice(Math.max(0, word.start - 3), word.start)))) return true;
    if (word.kind !== 'lower' && !/^(?:GP|HCA)$/.test(word.text)) return false;
  }
  return false;
}

/** A given name or a name part of the wide name data ("Pauline", "Mahmood"); a hyphenated given name counts when each piece is one ("Sarah-Jane"). */
export function isKnownNamePart(word: string): boolean {
  const { givenNames, nameParts } = nameLexicon;
  return givenNames.has(word) || nameParts.has(word) || isHyphenatedGivenName(word);
}

/** "Sarah-Jane", "Mary-Kate", "Jean-Pierre": each piece a given name. */
export function isHyphenatedGivenName(word: string): boolean {
  const hyphen = word.indexOf('-');
  if (hyphen < 0 || word.indexOf('-', hyphen + 1) >= 0) return false;
  return nameLexicon.givenNames.has(word.slice(0, hyphen)) && nameLexicon.givenNames.has(word.slice(hyphen + 1));
}

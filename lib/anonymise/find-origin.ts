import { phraseList } from './alternation';
import demonymData from './data/demonyms.json';
import { DATE, DATE_AT_START, WEEKDAY_TOLD } from './date-pattern';
import { HOUSE } from './find-addresses';
import { PEOPLE_AFTER_BORN } from './find-nationality';
import { makeSpan } from './make-span';
import { matchAll, matchPhrases } from './match-all';
import { needing } from './needed-words';
import { nameLexicon } from './name-lexicon';
import type { Span } from './span';
import { trimChars } from './trim-chars';

/**
 * A place of one to five capitalised words, hyphens inside words: "Lagos", "Stoke-on-Trent", "Kuala Lumpur", "the Philippines", "Y Bala",
 * "Ennis, Co. Clare", "San Fernando, Trinidad and Tobago". Its words are one or two blanks apart: a tab or a wider gap is a column's,
 * and the next column's heading is no part of it ("Born in Mandalay, Myanmar       CAREER HISTORY").
 */
const WORD = "\\p{Lu}[\\p{L}'’]+(?:-\\p{L}[\\p{L}'’]*){0,3}";
// A digit after it makes it a code, not a place: "the LS12 area" (an outward postcode, found as one). A line may break
// before the region's word that goes on with it: "the North West\nRegion of Cameroon".
const PLACE = `((?:(?:the|Y|Yr|An|Na)[ \\t]+)?${WORD}(?: {1,2}(?:(?:of|and|upon|on|de|la|el|al|es) )?${WORD}){0,4}(?:[ \\t]*\\n[ \\t]*(?:Region|Province|State|District|County)[ \\t]+of[ \\t]+${WORD})?(?:, ?(?:Co\\. )?${WORD}(?: (?:(?:of|and) )?${WORD})?)?)(?![\\p{L}\\p{M}\\p{N}'’-])`;
/** Near a place rather than in it: "grew up just outside Tamale", "raised on the outskirts of Kumasi". */
const NEAR = '(?:(?:just|right|mostly)\\s+)?(?:outside|near|around|close\\s+to|on\\s+the\\s+outskirts\\s+of|(?:north|south|east|west)\\s+of)';
const ORIGIN = new RegExp(
  `\\b(?:[Bb]orn(?:\\s+and\\s+(?:raised|reared|brought up|bred))?\\s+in|[Oo]riginally\\s+(?:from|hail(?:ing)?\\s+from)|[Gg]rew\\s+up\\s+in|[Gg]rew\\s+up\\s+on(?=\\s+\\p{Lu}\\p{Ll}+(?!\\p{Ll}|['’]|[ \\t]*\\d|[ \\t]+\\p{Lu}\\p{Ll}*s\\b))|[Gg]rown\\s+up\\s+in|(?:[Gg]rew|[Bb]rought|[Gg]rowing)\\s+up\\s+${NEAR}|(?:(?:[Gg]rew|[Gg]rown|[Gg]rowing|[Bb]rought)\\s+up|[Rr]aised)\\s+between|(?:[Bb]orn|[Rr]aised)\\s+${NEAR}|(?:[Rr]aised|[Bb]rought\\s+up)\\s+by\\s+(?:my|our|a|an)\\s+(?:[\\p{Ll}-]+\\s+){1,2}in|[Gg]rew\\s+up\\s+(?:by|near|on|beside|along)\\s+the\\s+\\p{Ll}+\\s+in|[Bb]ack\\s+home\\s+in|roots\\s+(?:are|lie)\\s+in|[Gg]rowing\\s+up\\s+in|[Bb]rought\\s+up\\s+in|[Rr]aised\\s+in|[Rr]eared\\s+in|[Aa]s\\s+an?\\s+(?:child|girl|boy|teenager)\\s+in|[Cc]hildhood\\s+(?:(?:was\\s+)?(?:split|spent|divided)\\s+)?(?:in|between)|(?:[Ee]arly|[Tt]eenage|[Ff]ormative|[Cc]hildhood)\\s+years\\s+(?:were\\s+)?(?:spent|split|divided)\\s+(?:in|between)|[Cc]omes?\\s+from|(?:[Ff]amily|[Pp]arents)\\s+(?:is|are|was|were|came)\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(?:originally\\s+)?from|(?:[Ee]xpelled|[Ff]led|[Ee]scaped)\\s+from|(?:\\b(?:I|[Ww]e)[ \\t]+|(?<![\\p{L},][ \\t]{0,3}))[Ff]led(?=\\s+\\p{Lu}\\p{Ll}+(?![ \\t]*\\d))|(?:[Mm]oved|[Mm]oving|[Cc]ame|[Rr]elocated|[Ee]migrated|[Mm]igrated|[Aa]rrived|[Aa]rriving|[Ll]anded)\\s+(?:(?:over|here)\\s+)?(?:(?:to|in)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’]*(?:\\s+\\p{Lu}[\\p{L}'’]*)?\\s+)?(?:in\\s+\\d{4}\\s+)?from|I\\s+am\\s+from|I['’]m\\s+from|(?:I[ \\t]+am|I['’]m)[ \\t]+\\d{2}(?:[ \\t]+years[ \\t]+old)?[ \\t]+and[ \\t]+from|[Nn]ative\\s+of|(?:[Rr]aised|[Bb]rought\\s+up)\\s+(?:as\\s+an?\\s+)?\\p{Lu}\\p{Ll}+\\s+in|[Hh]ail\\s+from)\\s+${PLACE}`,
  'dgu',
);
/** Where within a place someone grew up: "rural Donegal", "a small town outside Accra", "a fishing village near Kochi", "a Catholic family in Cork". */
const SETTING =
  "(?:(?:rural|remote|northern|southern|eastern|western|central|coastal|upstate|inner-city)[ \\t]+|(?:a|an|the)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,2}(?:village|town|city|suburb|island|farm|district|region|province|state|county|township|compound|camp|estate|family|household|community|part)[ \\t]+(?:(?:just[ \\t]+)?(?:in|near|outside|of|on|north[ \\t]+of|south[ \\t]+of|east[ \\t]+of|west[ \\t]+of)|called)[ \\t]+)";
/** The place after a setting: "grew up in rural Donegal", "I come from a village near Multan", "L, 30, is from a city called Baguio", "I'm 26 and from a town in Kerala" (only the place goes). */
const ORIGIN_SETTING = new RegExp(
  `\\b(?:[Bb]orn[ \\t]+in|[Gg]r(?:ew|own|owing)[ \\t]+up[ \\t]+(?:in|on)|[Bb]rought[ \\t]+up[ \\t]+in|[Rr]aised[ \\t]+in|(?:[Rr]aised|[Bb]rought[ \\t]+up)[ \\t]+by[ \\t]+(?:my|our|a|an)[ \\t]+(?:[\\p{Ll}-]+[ \\t]+){1,2}in|[Cc]hildhood[ \\t]+in|[Cc]om(?:e|es|ing)[ \\t]+from|[Cc]ame[ \\t]+from|[Oo]riginally[ \\t]+from|[Hh]ail(?:ing)?[ \\t]+from|I[ \\t]+am[ \\t]+from|I['’]m[ \\t]+from|(?:is|was)[ \\t]+(?:originally[ \\t]+)?from|(?:I[ \\t]+am|I['’]m)[ \\t]+\\d{2}(?:[ \\t]+years[ \\t]+old)?[ \\t]+and[ \\t]+from)[ \\t]+${SETTING}${PLACE}`,
  'dgu',
);
/** "my other half's family in Lagos", "our parents still live in Sylhet", "I still have family in Harare": where the writer's family is (a country too wide to find anyone by stays). */
const FAMILY_IN = new RegExp(
  `(?<![\\p{L}])(?:(?:[Mm]y|[Oo]ur)[ \\t]+(?:[\\p{L}'’-]+[ \\t]+){0,2}|I[ \\t]+(?:still[ \\t]+|also[ \\t]+)?(?:have|['’]ve[ \\t]+got)[ \\t]+(?:(?:some|close|extended|a[ \\t]+lot[ \\t]+of)[ \\t]+)?)(?:family|parents|relatives|grandparents|in-laws|cousins)(?:[ \\t]+(?:still[ \\t]+)?(?:live|lives|living|are|is|based))?[ \\t]+(?:back[ \\t]+)?in[ \\t]+${PLACE}`,
  'dgu',
);
/**
 * Going back to a place, read by both LEFT_PLACE, which takes a town the place data knows ("I go back to Lahore"), and BACK_TO, which
 * takes a country abroad on the writer's own return ("going back to Mauritius"); each adds the verbs its other cases need.
 */
const GO_BACK = '(?:[Gg]o|[Gg]oes|[Gg]oing|[Ww]ent)[ \\t]+back[ \\t]+(?:home[ \\t]+)?to';
/**
 * A place the writer or their family left: "I left Syria in 2015", "we fled Eritrea", "after leaving
 * Zimbabwe", "back in Ghana", "I go back to Lahore", "recruited from Manila", and where they went to
 * school or spent their early life ("my schooling in Harare", "twenty years of my life in Chennai",
 * "my hometown of Kumasi", "my home country of Romania", "my hometown in Poland"; not "a care home village in Devon"). Leaving
 * names where someone comes from only when the place is one the place data knows ("I left Boots in 2015" is a job); fleeing or escaping, any place.
 */
const LEFT_PLACE = new RegExp(
  `(?:\\b(?:I|[Ww]e|[Mm]y[ \\t]+(?:family|parents))[ \\t]+(?:(?:first|finally|eventually|then|had[ \\t]+to)[ \\t]+)?(left|fled|escaped)|\\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Oo]n)[ \\t]+(leaving|fleeing)|\\b[Bb]ack[ \\t]+in|\\b(?:${GO_BACK}|(?:travel|travels|fly|flew)[ \\t]+back[ \\t]+(?:home[ \\t]+)?to)|\\b[Rr]ecruited[ \\t]+(?:directly[ \\t]+)?from|\\b(?:[Mm]y|went[ \\t]+to|finished|completed|left|did|attended|started)[ \\t]+(?:my[ \\t]+)?(?:(?:primary|secondary|high)[ \\t]+)?(?:schooling|school|A-?levels|O-?levels|GCSEs|education|secondary[ \\t]+education|school[ \\t]+years)[ \\t]+in|\\b(?:[Ee]ducated|[Ss]chooled)[ \\t]+in|\\bof[ \\t]+my[ \\t]+life[ \\t]+in|\\b(?<!(?:care|nursing|residential|retirement)[ \\t])[Hh]ome[ \\t]?(?:town|city|village|island|state|county|region|province|country)[ \\t]+(?:of|in))[ \\t]+${PLACE}`,
  'dgu',
);
/** A country abroad the writer went back to or lived in: "I moved back to Egypt as a teenager", "I would not return to India again", "My life in Guyana", "going back to Mauritius". */
const BACK_TO = new RegExp(`\\b(?:${GO_BACK}|(?:[Mm]oved|[Mm]oving|[Cc]ame|[Cc]oming)[ \\t]+back[ \\t]+(?:home[ \\t]+)?to|[Rr]eturn(?:ed|ing|s)?[ \\t]+(?:home[ \\t]+)?to|([Mm]y)[ \\t]+(?:early[ \\t]+|whole[ \\t]+)?life[ \\t]+in)[ \\t]+${PLACE}`, 'dgu');
/** Where the writer went to school or was educated, in LEFT_PLACE's match. */
const SCHOOLED = /\b(?:school|schooling|educated|schooled|education|A-?levels|O-?levels|GCSEs)\b/;
const MONTH_OR_DAY = new Set([...nameLexicon.notNameGroups.months, ...nameLexicon.notNameGroups.days]);
/** A school-leaving qualification: the town it was taken in is where the writer grew up. */
const SCHOOL_LEVEL =
  /\b(?:(?:high|secondary|senior|junior|grammar|middle)[ \t]+school|school[ \t]+(?:leaving[ \t]+)?certificate|WAEC|WASSCE|NECO|SSCE|KCSE|KCPE|matric(?:ulation)?|baccalaur[ée]at|Leaving[ \t]+Cert(?:ificate)?|Abitur|Matura|SPM|O[ -]?[Ll]evels?)\b/gi;
/** A field after a school-leaving qualification that is a year: "…, Enugu, 1995" (the field before it is the town). */
const YEAR_FIELD = /^[ \t]*\(?(?:19|20)\d{2}\)?[ \t]*$/;
/** School subjects, which a qualification's line may list where a town would stand. */
const SUBJECT = /^(?:Biology|Chemistry|Physics|Maths|Mathematics|English|Sciences?|History|Geography|French|Spanish|German|Art|Music|Economics|Psychology|Sociology|ICT|Computing|Business|Arts|Commerce)$/;
/** "I spent my early years in Harare", "my teens in Kingston": the years that say where someone comes from. */
const YEARS_IN = needing(['early', 'first', 'childhood', 'teen', 'school', 'youth', 'formative'], new RegExp(
  `\\b(?:[Ss]pent[ \\t]+)?my[ \\t]+(?:early[ \\t]+(?:years|life|childhood)|first[ \\t]+(?:[\\p{L}-]+[ \\t]+)?years|childhood|teens|teenage[ \\t]+years|school[ \\t]+(?:years|days)|youth|formative[ \\t]+years)[ \\t]+in[ \\t]+${PLACE}`,
  'dgu',
));
/**
 * "my journey from Ghana to the United Kingdom", "the move from Kerala to England": a journey to Britain starts where the
 * writer came from (a journey between wards or roles names no country after "to").
 */
const JOURNEY_FROM = needing(['journey', 'odyssey', 'move', 'migration'], new RegExp(
  `\\b(?:journey|odyssey|move|migration)[ \\t]+from[ \\t]+${PLACE}[ \\t]+to[ \\t]+(?:the[ \\t]+)?(?:UK|United[ \\t]+Kingdom|Britain|Great[ \\t]+Britain|England|Scotland|Wales|Northern[ \\t]+Ireland)\\b`,
  'dgu',
));
/** "in Kumasi, where I was born", "in Sylhet, where I grew up": a place the writer says they were born or grew up in, after it. */
const WHERE_BORN = needing(['where'], new RegExp(`\\bin[ \\t]+${PLACE},?[ \\t\\n]+where[ \\t\\n]+I[ \\t\\n]+(?:was[ \\t\\n]+(?:born|raised|brought[ \\t\\n]+up)|grew[ \\t\\n]+up|spent[ \\t\\n]+my[ \\t\\n]+(?:childhood|early[ \\t\\n]+years))\\b`, 'dgu'));
/** "* Germany (home country)", "Ibadan (my home town)": a place opening a line or a list's item, marked as home in brackets after it. */
const HOME_IN_BRACKETS = needing(['home', 'country', 'birth'], new RegExp(`^[ \\t]*(?:[-*•·][ \\t]*)?${PLACE}[ \\t]*\\((?:my[ \\t]+)?(?:home[ \\t]+(?:country|town|city)|hometown|country[ \\t]+of[ \\t]+(?:birth|origin)|birthplace|place[ \\t]+of[ \\t]+birth)\\)`, 'dgmu'));
/** "I still think of Jaffna as home". */
const THINK_OF_HOME = needing(['think'], new RegExp(`\\bthink[ \\t]+of[ \\t]+${PLACE}[ \\t]+as[ \\t]+(?:my[ \\t]+)?home\\b`, 'dgu'));
/** "Zimbabwe will always be home", "Kerala is still home": the place the writer calls home (not "home to" a service). */
const HOME_IS = needing(['home'], new RegExp(
  `(?<![\\p{L}])(${WORD}(?:[ \\t]+${WORD})?)[ \\t\\n]+(?:will[ \\t\\n]+always[ \\t\\n]+be|is[ \\t\\n]+still|still[ \\t\\n]+feels[ \\t\\n]+like|will[ \\t\\n]+always[ \\t\\n]+feel[ \\t\\n]+like)[ \\t\\n]+(?:my[ \\t\\n]+)?home\\b(?![ \\t]+to\\b)`,
  'dgu',
));
/** Words that start such a sentence and are no place: "It will always be home". */
const NOT_HOME_PLACE = /^(?:It|This|That|There|Here|The|Our|My|Work|Nursing)$/;
/** A status after a date of birth and a comma is no place: "Born 4 Feb 1985, Married". */
const STATUS_WORD = /^(?:Married|Single|Divorced|Widowed|Separated|Engaged|Male|Female)$/;
/** A decade, as a writer gives when they were born without the year: "the 1980s", "the early 1990s", "the late '70s". */
const DECADE = `(?:(?:early|mid|late)[- \\t])?(?:(?:19|20)\\d0|['’]\\d0)s`;
/** "born on 21 May 2001 in Whitby", "born in the 1980s in Lagos", "born in May 1990 in Leeds", "Born: 14th of May 1987 in Kaunas, Lithuania", "Born 1979, Bangor": the place after a date of birth. */
// The date in any form a date of birth takes: "born 9-Nov-95 in Thessaloniki", "born 03.04.1988 in Lviv".
const BORN_ON = needing(['born'], new RegExp(`\\b[Bb]orn:?[ \\t]+(?:(?:on|in)[ \\t]+)?(?:the[ \\t]+)?(?:${DECADE}|${DATE}|${WEEKDAY_TOLD})(?:[ \\t]+in|(,))[ \\t]+${PLACE}`, 'dgu'));
/** "Born Hong Kong, 1994" opening a line or a cell: a place the place data knows after a bare "Born". */
const BORN_BARE = new RegExp(`(?<=^|[\\n|•·;]\\s{0,3})[Bb]orn[ \\t]+${PLACE}`, 'dgu');
/** "in the eighties", "in the 1970s": the decade someone came from a place (a year of arrival stays, as employment years do). */
const DECADE_AFTER = /^[ \t]+in[ \t]+(?:the[ \t]+)?(?:\d{3}0s|'?\d0s|fifties|sixties|seventies|eighties|nineties)\b/;
/** "Trinidad-born", "London-raised", "Leeds born and bred", "from Cork originally". */
const BORN_AFTER_PLACE = /-(?:born|raised|bred)(?![\p{L}-])|\bborn[ \t]+and[ \t]+(?:bred|raised)\b/gu;
/** A town in brackets after a place's "-born": "Korean-born (Busan)". */
const BRACKETED_PLACE = new RegExp(`^[ \\t]*\\(${WORD}(?:[ \\t]+${WORD})?\\)`, 'u');
/** The capitalised word that ends `before`: the place in "Trinidad-born" (read in code, so the search stays linear). */
const LAST_WORD = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’]{1,30}$/u;

/**
 * LAST_WORD on the 32 characters before `end`, read back in code when they end in ASCII: only the
 * start of the run of letters and apostrophes before `end` can open a match (inside it the
 * look-behind fails), so the pattern need not be tried at each of the 32 starts.
 */
function lastWord(text: string, end: number): string | undefined {
  const from = Math.max(0, end - 32);
  let start = end;
  for (; start > from; start--) {
    const code = text.charCodeAt(start - 1);
    if (code >= 128) return LAST_WORD.exec(text.slice(from, end))?.[0];
    if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39)) break;
  }
  const first = text.charCodeAt(start);
  if (end - start < 2 || end - start > 31 || !(first >= 65 && first <= 90) || (start > from && text.charAt(start - 1) === '-')) return undefined;
  return text.slice(start, end);
}
/** "I live in Otley", "we are based in Hove", "I work in Leeds and live in Harehills", "Living in Roundhay": where the writer lives now (an address). */
/** Also with an adverb between ("I live locally in Bow", "living just round the corner in Hulme", "She lives in a rented house in Bow"), "my home is in Bow", "I rent a flat in Bow", "I was housed in Hulme". */
const LIVE_IN = new RegExp(
  `\\b(?:(?:[Ll]ive|[Ll]ives|[Ll]ived|[Ll]iving|[Bb]ased|[Rr]eside|[Rr]esiding|[Rr]esident|[Rr]ent|[Rr]enting|[Hh]oused)(?:[ \\t]+(?:locally|nearby|close|by|just|now|currently|still|also|round|around|the|corner|near|here|right|happily|a|flat|house|room|in|rented|shared)){0,4}|[Bb]ought[ \\t]+(?:a|our|my)[ \\t]+(?:house|flat|home)|(?:[Mm]y|[Oo]ur)[ \\t]+(?:family[ \\t]+)?(?:home|flat|house)(?:[ \\t]+is)?)[ \\t]+in[ \\t]+${PLACE}`,
  'dgu',
);
/** The town fronted before where the writer was housed: "In Southport, I was given accommodation shared by…", "In Hulme, we were housed". */
const HOUSED_IN = needing(['accommodation', 'housed', 'housing', 'lodgings', 'room', 'flat'], new RegExp(
  `(?:^|[.!?][ \\t]+|\\n[ \\t]*)In[ \\t]+${PLACE},[ \\t]+(?:I|we)[ \\t]+(?:was|were)[ \\t]+(?:housed|(?:given|offered|allocated|found)[ \\t]+(?:(?:shared|temporary|staff)[ \\t]+)?(?:accommodation|housing|lodgings|a[ \\t]+room|a[ \\t]+flat))\\b`,
  'dgmu',
));
/** "I live on the Aylesbury estate", "we live just off Soho Road", "living near Roath Park": a street or estate the writer lives on. */
const LIVE_ON = needing(['liv', 'resid'], new RegExp(
  `\\b(?:[Ll]ive|[Ll]ived|[Ll]iving|[Rr]eside|[Rr]esiding)(?:[ \\t]+(?:locally|just|now|currently|still|also|right)){0,2}[ \\t]+(?:on|off|near)[ \\t]+${PLACE}(?:[ \\t]+(?:estate|Estate))?`,
  'dgu',
));
/**
 * "I grew up on the Cottingley Springs site", "I live at Mill Lane (the council site), plot 14": a Traveller site or an estate the
 * writer lives or grew up on is their home, with its plot or pitch.
 */
const SITE_HOME = needing(['site', 'estate'], new RegExp(
  `\\b(?:[Ll]ive|[Ll]ived|[Ll]iving|[Rr]eside|[Rr]esiding|[Ss]tay|[Ss]tayed|[Ss]taying|[Gg]rew[ \\t]+up|[Bb]rought[ \\t]+up|[Rr]aised)[ \\t]+(?:on|at)[ \\t]+${PLACE}(?:[ \\t]+(?:site|Site|estate|Estate)|[ \\t]*\\((?:the|a|our)[ \\t]+(?:council[ \\t]+|Traveller[ \\t]+)?site\\))(?:,[ \\t]*(?:[Pp]lot|[Pp]itch|[Cc]aravan|[Tt]railer)[ \\t]+\\d{1,3}[A-Za-z]?(?![\\p{L}\\p{N}]))?`,
  'dgu',
));
/** "I live at 14 beechwood road, roundhay": a house number after "live at", up to the end of the clause. */
const LIVE_AT = /\b(?:[Ll]ive|[Ll]iving|[Rr]eside|[Rr]esiding|[Bb]ased)[ \t]+at[ \t]+(?=\d)/g;
/** "I live at Rose Cottage", "our family home, Tŷ Gwyn,": the writer's house by its name. */
const HOUSE_HOME = new RegExp(`(?:\\b(?:[Ll]ive|[Ll]iving|[Rr]eside|[Rr]esiding)[ \\t]+at|\\b(?:[Mm]y|[Oo]ur)[ \\t]+(?:family[ \\t]+)?home(?:[ \\t]+is|,))[ \\t]+(${HOUSE})(?![\\p{L}'’-])`, 'dgu');
const CLAUSE_STOP = /[.;:!?\n()]|[ \t](?:and|where|with|since|for|but|which)[ \t]/;
/** The words open a line: "Based in Leeds", "Currently living in Roundhay". */
const LINE_OPENS = /(?:^|[\n|•·])[ \t]*(?:[Cc]urrently[ \t]+|[Nn]ow[ \t]+)?$/;
const WRITER = /\b(?:I|we|We)\b/g;
/** Someone else between the writer and the verb: "I supported people who live in Bradford". */
const OTHERS = /\b(?:who|patients?|people|families|clients|residents|communities|those|children|users|staff|colleagues)\b/;

/** Whether the writer's own home follows `before`: they lead its clause ("I work in Leeds and live in …"), or the words open a line. */
function writerLives(before: string): boolean {
  if (LINE_OPENS.test(before)) return true;
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1);
  let last = -1;
  for (const m of matchAll(clause, WRITER)) last = m.index + m[0].length;
  return last >= 0 && !OTHERS.test(clause.slice(last));
}
/**
 * Before "lives in" or "living in": a person set off by a comma ("…, who", "Dr Ahmed, 34, is now"), or "She"/"He" opening the
 * sentence ("He was living in Birmingham"); an age set off by one comma only before "who" ("Andy, 30 who lives in…").
 */
const PERSON_LIVES =
  /(?:,[ \t]*who(?:[ \t]+(?:is|was|has[ \t]+been))?|(?:^|[.!?][ \t]+|\n[ \t]*)(?:She|He)(?:[ \t]+(?:is|was|has[ \t]+been))?|,[ \t]*\d{1,2}(?:,(?:[ \t]*(?:is|was))?|[ \t]+who))(?:[ \t]+(?:now|currently|still))?[ \t]+$/;
/** Someone's new home in a story: "welcomed to his new home in Doncaster", "her new life in Manchester". */
const NEW_HOME = needing(['new'], new RegExp(`\\b(?:his|her|their)[ \\t]+new[ \\t]+(?:home|life)[ \\t]+in[ \\t]+${PLACE}`, 'dgu'));
/** A news story's home town set off after a name: "Dr Waheed, from Chester, said…" (not "the team, from Theatres,"). */
const FROM_SET_OFF = needing(['from'], new RegExp(`,[ \\t]+from[ \\t]+${PLACE},`, 'dgu'));
/** The country after a move with an age set off between: "I came to the UK, aged 19, from Ghana". */
const MOVED_AGED_FROM = needing(['aged'], new RegExp(`\\b(?:[Mm]oved|[Cc]ame|[Rr]elocated|[Ee]migrated|[Mm]igrated|[Aa]rrived)[ \\t]+to[ \\t]+(?:the[ \\t]+)?\\p{Lu}[\\p{L}'’]*,[ \\t]*aged[ \\t]+\\d{1,2},[ \\t]+from[ \\t]+${PLACE}`, 'dgu'));
/** A home town after an age set off after a name, as a news story's lead gives it: "Lucy Holt, a 17-year-old from Carmarthenshire, has…". */
const AGED_FROM = needing(['from'], new RegExp(`,[ \\t]+an?[ \\t]+(?:\\d{1,2}|\\p{Ll}+(?:-\\p{Ll}+)?)[ -]year[ -]old[ \\t]+from[ \\t]+${PLACE}`, 'dgu'));
/**
 * A news story's home village or town set off after a name and an age: "Lucy Holt, 27, of Digby, said…"; and the country
 * after an age told with "is": "Alice Mwangi is 28 and from Kenya".
 */
const OF_SET_OFF = needing(['of'], new RegExp(`,[ \\t]*\\d{2},[ \\t]+of[ \\t]+${PLACE}(?=[ \\t]*[,.;])`, 'dgu'));
const AGED_AND_FROM = needing(['from'], new RegExp(`\\bis[ \\t]+\\d{2}[ \\t]+and[ \\t]+from[ \\t]+${PLACE}`, 'dgu'));
/** The name before FROM_SET_OFF's comma, read back in code: a capitalised word. */
const NAME_BEFORE = /\p{Lu}[\p{Ll}'’-]+$/u;
/** A relative before "who lives in", whose town is told as the family's is ("one younger sister, who lives in Mombasa" stays). */
const KIN_WHO = /\b(?:sisters?|brothers?|siblings?|mother|father|mum|dad|parents?|sons?|daughters?|husband|wife|partner|family|children|aunts?|uncles?|cousins?|grandmother|grandfather|grandparents?),[ \t]*who[ \t]+$/;
/** "I live with my parents and our baby son in Glodwick": the place after whom someone lives with. */
const LIVE_WITH = /\b(?:I|we)[ \t]+(?:now[ \t]+|currently[ \t]+)?live[ \t]+with\b/g;
/** Clinical, job and heading words are no place: "in Oncology", "in Outpatients". */
const NOT_PLACE = new Set([...nameLexicon.notNameGroups.clinical, ...nameLexicon.notNameGroups.jobWords, ...nameLexicon.notNameGroups.headings, ...nameLexicon.notNameGroups.organisation]);
const IN_PLACE = new RegExp(`[ \\t\\n]in[ \\t]+${PLACE}`, 'dyu');
const FROM_ORIGINALLY = needing(['originally'], new RegExp(`\\b[Ff]rom[ \\t]+${PLACE}[ \\t]+originally\\b`, 'dgu'));
const DEMONYMS = new Set(demonymData.demonyms);
/** "when I left my native Haiti", "our native Kerala": the writer's own place ("my native Tagalog" is a language). */
const NATIVE_PLACE = needing(['native'], new RegExp(`(?<![\\p{L}])(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)[ \\t]+native[ \\t]+${PLACE}`, 'dgu'));
/**
 * The writer described as someone from a place: "I am a passionate physiotherapist from the Philippines", "I'm a newly
 * qualified nurse from Kerala", a role in capitals too ("I am an International Nurse from Kerala, India").
 */
const WRITER_FROM = needing(
  ['from'],
  // Or by name or people, a title before it, maybe set off by a comma: "I’m Dr. Khan from Pakistan", "I am Thandiwe Moyo from
  // Bulawayo", "I am Roma, from Prešov in the east of Slovakia"; and anyone a story
  // is about: "…, who is a nurse from Ghana".
  // A post set off after a name says the same: "Juhina, a doctor from Syria,", "Ghaleb Daher (pictured top), 51, an orthopaedic surgeon from Syria".
  new RegExp(`(?:\\b(?:I[ \\t]+am|I['’]m|who[ \\t]+is)|,(?:[ \\t]+\\d{1,2},)?)[ \\t]+(?:an?[ \\t]+(?:[\\p{L}-]+[ \\t]+){1,4}|(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?[ \\t]+)?(?:\\p{Lu}[\\p{Ll}'’-]+,?[ \\t]+){1,3})from[ \\t]+${PLACE}`, 'dgu'),
);
/**
 * A post from a country abroad, told of whoever a story is about: "I arrived in 2000 as a newly qualified adaptation nurse from
 * the Philippines", "A pharmacy technician from Cuba said…" opening its sentence. Only a country the place data knows, not the
 * UK's ("as a student from Leeds University", "as a nurse from January" stay).
 */
const POST_FROM = needing(['from'], new RegExp(`(?:\\b[Aa]s[ \\t]+an?|(?:^|[.!?][ \\t]{1,3})An?)[ \\t]+(?:[\\p{Ll}-]+[ \\t]+){1,4}from[ \\t]+${PLACE}`, 'dgmu'));
/**
 * Told of whoever a story is about, by pronoun or by a name opening its sentence or a headline's clause: "She is from Romania",
 * "NHS nursing crisis: Lili is from Romania". Only a country abroad ("Funding is from Health Education England" stays).
 */
const IS_FROM = needing(['from'], new RegExp(`(?:\\b[Ss]he|\\b[Hh]e|(?:^|[.!?:][ \\t]+)\\p{Lu}\\p{Ll}+)[ \\t]+(?:is|was)[ \\t]+(?:originally[ \\t]+)?from[ \\t]+${PLACE}`, 'dgmu'));
/**
 * A profile's fragment opening with "From" and a place abroad, no subject said: "Dental nurse. From Kano, Nigeria.", "From Ghana;
 * married.", after a colon too ("2019–2022: From Kerala, India."). Only where the place (or the country after its comma) is a country
 * abroad the place data knows ("From March, …" stays), and the place ends the fragment ("From Manila, we hired 30 nurses" tells of work).
 */
const FROM_FRAGMENT = needing(['from'], new RegExp(`(?:^|[.!?;:•|][ \\t]{1,3})From[ \\t]+${PLACE}(?=[ \\t]{0,3}(?:[.!?;|•(\\n]|$))`, 'dgmu'));
/** What a post set off by a comma follows: a person's name, a caption's bracket or an age ("Ghaleb Daher (pictured top), 51"). */
const SET_OFF_AFTER = /(?:\p{Lu}[\p{Ll}'’-]+|\))$/u;
/** "I'm a Basildon boy", "as a proud Paisley lass": a town's child is where the writer comes from (the word for a boy or girl is the gender's). */
const PLACE_CHILD = needing(
  ['boy', 'girl', 'lad', 'lass'],
  /\b(?:I[ \t]+am|I['’]m|[Aa]s)[ \t]+an?[ \t]+(?:(?:proud|true|real)[ \t]+)?(\p{Lu}\p{Ll}+)[ \t]+(?:boy|girl|lad|lass)\b/dgu,
);

/** "a proud Mancunian", "as a Geordie": a regional identity, unless it names a road or a body ("Mancunian Way"). */
const REGIONAL = phraseList(demonymData.regional, '(?<![\\p{L}])', '(?![\\p{L}]|\\s+(?:Way|Road|Street|Centre|Trust|Society|Association)\\b)', 'gu');

/** "Glaswegian at heart", "a Cardi by birth", "Scouser born and bred": how much of one they are goes with it. */
const IDENTITY_AFTER = /^[ \t]+(?:at[ \t]+heart|by[ \t]+birth|born[ \t]+and[ \t]+(?:bred|raised)|through[ \t]+and[ \t]+through)\b/;
/**
 * A place in lower case: one word, or two after a word of direction or size ("north wales", "new mills"); or a capitalised place
 * after a direction in lower case ("born in west London"), whose direction alone would be no place.
 */
const LOWER_PLACE = "(?:(?:north|south|east|west|central)[ \\t]+\\p{Lu}[\\p{L}'’-]+|(?:(?:north|south|east|west|central|mid|new|upper|lower|great|little|old)[ \\t]+)?\\p{Ll}[\\p{Ll}'’-]+)";
/** "born in wrexham, north wales": a place typed in lower case, and its region after a comma. */
const ORIGIN_LOWER = new RegExp(
  `\\b(?:[Bb]orn(?:[ \\t]+and[ \\t]+(?:raised|brought[ \\t]+up|bred))?[ \\t]+in|[Oo]riginally[ \\t]+from|I[ \\t]+am[ \\t]+from|I['’]m[ \\t]+from|[Hh]ail[ \\t]+from|[Gg]rew[ \\t]+up[ \\t]+in)[ \\t]+(${LOWER_PLACE}(?:,[ \\t]*${LOWER_PLACE})?)(?![\\p{L}'’-])`,
  'dgu',
);
/** Lower-case words after "born in" that are no place: a setting, a time or a state ("born in hospital", "grew up in care"). */
const NOT_LOWER_PLACE =
  /^(?:a|an|the|my|our|this|that|to|and|or|but|so|in|on|at|for|with|by|of|as|is|was|hospital|care|poverty|foster|wedlock|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|time|between|here|there|rural|urban|small|big|large|local|village|town|city)\b/;
/** The wider place after a place, over a wrapped line: "from Masvingo,\nZimbabwe", "came from Maraş in Turkey". */
const WIDER_PLACE = new RegExp(`^(?:,[ \\t]*\\n?[ \\t]*|[ \\t]+in[ \\t]+)(${WORD}(?:[ \\t]+${WORD})?)(?![\\p{L}\\p{M}\\p{N}'’-])`, 'u');
/**
 * The place around a place, after a comma: "grew up in Malta, in Sliema", "in Umlazi, outside Durban", "born in Freetown, the
 * capital of Sierra Leone". The comma sets it off as more of where, so any capitalised place goes (not a month: "born in
 * Kano, in March 1990").
 */
const AROUND_PLACE = new RegExp(`^,[ \\t]*(?:in|(?:just[ \\t]+)?(?:outside|near)|the[ \\t]+(?:capital|(?:second|largest|biggest)[ \\t]+city)(?:[ \\t]+city)?[ \\t]+(?:of|in))[ \\t]*\\n?[ \\t]*(${WORD}(?:[ \\t]+${WORD})?)(?![\\p{L}\\p{M}\\p{N}'’-])`, 'u');

/**
 * The part of a country a place is in, told after it: "Kumasi, in the Ashanti Region of Ghana", "Galway, on the west
 * coast of Ireland", "Mutare in the eastern highlands of Zimbabwe", "Mirpur in Pakistani Kashmir", "Kano in northern
 * Nigeria". Up to three words between "the" and "of"; the country is one the place data knows, or the region follows its
 * people's name or a direction.
 */
const PART_OF_PLACE = new RegExp(
  `^,?[ \\t\\n]+(?:in|on)[ \\t]*\\n?[ \\t]*(?:the[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,3}of[ \\t]+(${WORD}(?:[ \\t]+${WORD})?)|(\\p{Lu}\\p{Ll}+)[ \\t]+${WORD}|(?:northern|southern|eastern|western|central|north|south|east|west|rural|coastal)[ \\t]+${WORD})(?![\\p{L}\\p{M}\\p{N}'’-])`,
  'u',
);

/** A country with its article after a town: "Manila in the Philippines", "Banjul in the Gambia". */
const COUNTRY_WITH_THE = new RegExp(`^[ \\t]+in[ \\t]+the[ \\t]+(${WORD}(?:[ \\t]+${WORD})?)(?![\\p{L}\\p{M}\\p{N}'’-])`, 'u');
/**
 * A unit of a country named by its kind after "in the", its words maybe wrapped over a line: "in the Northern Region",
 * "in the North West⏎Region", "in the Western Cape Province". The kind makes it a place, whatever its name, unless a name or an "of" goes
 * on after it (read as the part of a country before it) or an organisation's noun is among its words ("in the Royal Infirmary District Nurses").
 */
const UNIT_WITH_THE = new RegExp(`^[ \\t]+in[ \\t]+the[ \\t]+(?:${WORD}(?:[ \\t]{1,3}|[ \\t]{0,3}\\n[ \\t]{0,3})){1,3}(?:Region|Province|State|District|Governorate|Oblast|Prefecture)(?![\\p{L}\\p{M}\\p{N}'’-]|[ \\t]+(?:\\p{Lu}|of\\b))`, 'u');
/** The kind of place after a region, and its name: "the Caribbean island of St Vincent", "the Greek island of Kos". */
const KIND_OF_PLACE = new RegExp(`^[ \\t]+(?:island|islands|state|province|region|city|town|village)[ \\t]+of[ \\t]+(${WORD}(?:[ \\t]+${WORD})?)(?![\\p{L}\\p{M}\\p{N}'’-])`, 'u');

/** A year just after a place of birth: ", 1996", " in 1989" (not "in 1989s", "1996-2001"). */
const BIRTH_YEAR_AFTER = /^(?:,[ \t]*|[ \t]+in[ \t]+)(?:19|20)\d{2}(?![\d\p{L}/–-])/u;
/** A figure after a comma or "on" just after a place of birth: where a date of birth may follow it ("Born in Pécs, 1986. 05. 12."). */
const BIRTH_DATE_LEAD = /^(?:,[ \t]*|[ \t]+on[ \t]+)(?=\d)/;

/** The year, or the whole date with its year, just after a place of birth, as [start, end), or null. */
function birthDateAfter(text: string, at: number): [number, number] | null {
  const lead = BIRTH_DATE_LEAD.exec(text.slice(at, at + 12))?.[0].length;
  const date = lead === undefined ? undefined : DATE_AT_START.exec(text.slice(at + lead, at + lead + 40))?.[0];
  if (date && /(?:19|20)\d{2}/.test(date) && !/^[\d\p{L}/–-]/u.test(text.slice(at + lead! + date.length))) return [at + lead!, at + lead! + date.length];
  const year = BIRTH_YEAR_AFTER.exec(text.slice(at, at + 12));
  return year ? [at + year[0].length - 4, at + year[0].length] : null;
}
/** A unit of a country named by its kind: "County Donegal", "Punjab Province", "Ashanti Region". */
const UNIT = /^(?:County|Province|Prefecture|Oblast|Governorate)[ \t]|[ \t](?:County|Province|Region|State|District|Governorate|Oblast|Prefecture)$/;
/** A noun that ends an organisation's name: "Seacroft Hospital", "Bradford Royal Infirmary". */
const ORGANISATION_NOUN = /^(?:Hospitals?|Infirmary|Centre|Center|Surgery|University|College|School|Clinic|Hospice|Practice|Trust|Academy)$/;
/** The capitalised words that go on after a run: "Bradford Royal" then " Infirmary". */
const CAPITALS_AFTER = /^(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3}/u;

/**
 * Whether a place around a place is, or is the start of, an organisation's name ("near Seacroft Hospital", "in Bradford
 * Royal Infirmary"): a workplace, which the whole name or none of it tells, and no more of where.
 */
function namesOrganisation(text: string, end: number, run: string): boolean {
  const words = [...run.split(/[ \t]+/), ...(CAPITALS_AFTER.exec(text.slice(end, end + 60))?.[0].trim().split(/[ \t]+/) ?? [])];
  return words.some((word) => ORGANISATION_NOUN.test(word));
}

/** How far a place goes on to the region or country after it, when the place data knows that one ("in January" is a time). */
function widerPlace(text: string, end: number): number {
  // "born in Chișinău (Moldova)", "à Yaoundé (Cameroun)": the country in brackets, a place the data knows or a word no list knows.
  const bracket = BRACKETED_PLACE.exec(text.slice(end, end + 40));
  const inside = bracket?.[0].slice(bracket[0].indexOf('(') + 1, -1) ?? '';
  const word = inside.split(/[ \t]/)[0]!;
  if (bracket && !isCountry(inside) && (nameLexicon.notNameGroups.places.has(word) || !(nameLexicon.notNames.has(word) || nameLexicon.givenNames.has(word)))) return bracket[0].length;
  const kind = KIND_OF_PLACE.exec(text.slice(end, end + 60));
  if (kind && !namesOrganisation(text, end + kind[0].length, kind[1]!)) return kind[0].length;
  const unit = UNIT_WITH_THE.exec(text.slice(end, end + 80));
  if (unit && !namesOrganisation(text, end + unit[0].length, unit[0])) return unit[0].length;
  const country = COUNTRY_WITH_THE.exec(text.slice(end, end + 60));
  if (country && nameLexicon.countries.has(country[1]!) && !isCountry(country[1]!)) return country[0].length;
  const m = WIDER_PLACE.exec(text.slice(end, end + 60));
  // "in County Donegal", "in Sindh Province": a unit of a country by its kind, whatever its name.
  if (m && (nameLexicon.notNameGroups.places.has(m[1]!.split(/[ \t]/)[0]!) || UNIT.test(m[1]!)) && !isCountry(m[1]!)) return m[0].length;
  const around = AROUND_PLACE.exec(text.slice(end, end + 60));
  const first = around?.[1]?.split(/[ \t]/)[0] ?? '';
  if (around && !MONTH_OR_DAY.has(first) && (nameLexicon.notNameGroups.places.has(first) || !nameLexicon.notNames.has(first)) && !namesOrganisation(text, end + around[0].length, around[1]!)) {
    return around[0].length;
  }
  const part = PART_OF_PLACE.exec(text.slice(end, end + 80));
  if (!part) return 0;
  const known = part[1] ? nameLexicon.notNameGroups.places.has(part[1].split(/[ \t]/)[0]!) : part[2] ? DEMONYMS.has(part[2]) : true;
  return known ? part[0].length : 0;
}

/** The UK or one of its nations: too wide to find anyone by ("I live in the UK"). */
/** A country the place data knows that is not the UK's: "Syria", "the Philippines". */
const abroad = (place: string) => nameLexicon.countries.has(place.replace(/^the[ \t]+/, '').split(',')[0]!.trim()) && !isCountry(place);

function isCountry(place: string): boolean {
  return /^(?:the[ \t]+)?(?:UK|United[ \t]+Kingdom|England|Scotland|Wales|Northern[ \t]+Ireland|Britain|Great[ \t]+Britain)$/.test(place);
}

/** The words after a place's comma open with a given name the place data does not know as a place: "…, Stephanie". */
function givenAfterComma(after: string): boolean {
  const first = after.trim().split(/[ \t]/)[0]!;
  return nameLexicon.givenNames.has(first) && !nameLexicon.notNameGroups.places.has(first) && !nameLexicon.countries.has(first);
}

/** A move from a place, in ORIGIN's match: from a workplace it is a change of job. */
const MOVED_FROM = /^(?:[Mm]oved|[Mm]oving|[Cc]ame|[Rr]elocated|[Ee]migrated|[Mm]igrated|[Aa]rrived|[Aa]rriving)\b/;

/** A place a list knows, with no workplace's or course's word in it ("the Philippines", "Kerala", not "Leeds Beckett University"). */
function writerPlace(place: string): boolean {
  const words = place.split(/[ \t,]+/).filter((w) => w !== 'the');
  return nameLexicon.notNameGroups.places.has(words[0] ?? '') && !words.some((w) => NOT_PLACE.has(w));
}

/**
 * The place after a date of birth in any calendar or form, and the bracket that may restate it: "born on 14 Rajab 1402 in
 * Sylhet", "Born 2031 Saun 14 B.S. (Nepali calendar), Pokhara", "born on Meskerem 1, 1982 E.C. (11 September 1989) in
 * Gondar", "Nacida el 3 de mayo de 1990 en Cusco". Read from the end of a date of birth found (`at`).
 */
const PLACE_AFTER_BIRTH_DATE = new RegExp(`^\\)?(?:[ \\t]*\\r?\\n?[ \\t]*\\([^()\\n]{1,60}\\))?(?:,[ \\t]*(?:in[ \\t]+)?|[ \\t]+(?:in|en|em|à|w)[ \\t]+)${PLACE}`, 'du');

/** The place of birth after a date of birth that ends at `at`, or null: never a status, a people's word or a month ("…, Married", "…, British"). */
export function placeAfterBirthDate(text: string, at: number): Span | null {
  const m = PLACE_AFTER_BIRTH_DATE.exec(text.slice(at, at + 160));
  const place = m?.indices?.[1];
  if (!m || !place) return null;
  const first = m[1]!.split(/[ \t,]/)[0]!;
  const known = nameLexicon.notNameGroups.places.has(first);
  if (MONTH_OR_DAY.has(first) || STATUS_WORD.test(first) || DEMONYMS.has(first) || NOT_HOME_PLACE.test(first) || (!known && nameLexicon.notNames.has(first))) return null;
  return makeSpan('origin', at + place[0], at + place[1] + widerPlace(text, at + place[1]));
}

/**
 * Where the candidate comes from: "born in Lagos", "originally from Kraków",
 * "moved to the UK from the Philippines" (only the place goes), and regional identities.
 */
export function findOrigin(text: string): Span[] {
  const spans: Span[] = [];
  const patterns = [ORIGIN, ORIGIN_SETTING, YEARS_IN, THINK_OF_HOME, BORN_ON, FROM_ORIGINALLY, WHERE_BORN, JOURNEY_FROM, HOME_IN_BRACKETS, WRITER_FROM, NATIVE_PLACE, PLACE_CHILD];
  for (const pattern of patterns) {
    for (const m of matchAll(text, pattern)) {
      // "Born 21 Rhagfyr 1979, Bangor": after a comma, a place; not "…, Married" nor "…, British".
      if (pattern === BORN_ON && m[1] === ',') {
        const first = /^[^\s,]+/u.exec(m[2] ?? '')?.[0] ?? '';
        const known = nameLexicon.notNameGroups.places.has(first);
        if (!known && (nameLexicon.notNames.has(first) || DEMONYMS.has(first) || NOT_HOME_PLACE.test(first) || STATUS_WORD.test(first))) continue;
      }
      const group = pattern === BORN_ON ? 2 : 1;
      let place = m[group] ?? '';
      // "Born in Enugu, Nigerian and British": the words after the comma are nationalities, not part of the place.
      const comma = place.indexOf(',');
      if (comma > 0 && place.slice(comma + 1).trim().split(' ').every((word) => word === 'and' || DEMONYMS.has(word))) place = place.slice(0, comma);
      // "Moving to Colchester from the Philippines, Stephanie joined…": a given name after the comma opens the next clause.
      else if (comma > 0 && givenAfterComma(place.slice(comma + 1))) place = place.slice(0, comma);
      // "my journey from HCA to the UK register": letters of a grade or role are no place.
      if (pattern === JOURNEY_FROM && !/\p{Ll}/u.test(place)) continue;
      // "the move from Leeds Teaching Hospitals to Scotland", "the migration from Lorenzo to the UK record": a workplace or a
      // record system is no origin, as for "moved from" below.
      if (pattern === JOURNEY_FROM && place.split(/[ \t,]+/).some((w) => NOT_PLACE.has(w) || nameLexicon.notNameGroups.nhsSystems.has(w))) continue;
      // "came from Leeds General Infirmary", "arriving from St James's Hospital": an organisation word makes it a workplace.
      if (pattern === ORIGIN && MOVED_FROM.test(m[0]) && place.split(/[ \t,]+/).some((w) => NOT_PLACE.has(w))) continue;
      // "moving from Zambia", said of anyone a story is about: only a country abroad (a move within the UK, "moving from Leeds",
      // and a change of job, "moving from Theatres", stay).
      if (pattern === ORIGIN && /^[Mm]oving/.test(m[0]) && (!nameLexicon.countries.has(place.replace(/^the[ \t]+/, '').split(',')[0]!.trim()) || isCountry(place))) continue;
      // "I am a student nurse from Leeds Beckett University", "a nurse from Ward 6": only a known place is where the writer is from.
      // A town no list knows counts where a country abroad widens it: "I am Roma, from Prešov in the east of Slovakia".
      if (pattern === WRITER_FROM && !writerPlace(place) && (NOT_PLACE.has(place.split(/[ \t]/)[0]!) || !widerPlace(text, (m.indices?.[group]?.[0] ?? m.index) + place.length))) continue;
      // Set off by a comma, a post said after a person's name or age (a capitalised word, a bracket or a number before the comma), and only a country.
      if (pattern === WRITER_FROM && m[0].startsWith(',') && (!/^,[ \t]+an?[ \t]/.test(m[0].replace(/^,[ \t]+\d{1,2},/, ',')) || !SET_OFF_AFTER.test(text.slice(Math.max(0, m.index - 30), m.index)) || !abroad(place))) continue;
      // After "native", no people's word, which names a language ("my native English"), and a place a list knows or a word no list knows ("my native Haiti").
      if (pattern === NATIVE_PLACE && (DEMONYMS.has(place.split(/[ \t]/)[0]!) || (!writerPlace(place) && nameLexicon.notNames.has(place.split(/[ \t]/)[0]!)))) continue;
      // "a Good girl", "a Band boy": a word a list knows as no name is no town.
      if (pattern === PLACE_CHILD && !writerPlace(place) && nameLexicon.notNames.has(place)) continue;
      const start = m.indices?.[group]?.[0] ?? m.index;
      // "born in August", "born in March 1990": a month, not a place (March, Cambridgeshire has its county after a comma).
      if (MONTH_OR_DAY.has(place.split(/[ \t]/)[0]!) && !place.includes(',')) {
        if (/^[Bb]orn\b/.test(m[0]) && !place.includes(' ')) spans.push(makeSpan('date-of-birth', start, start + place.length));
        continue;
      }
      // "from Sylhet in the eighties": the decade they came goes with where from.
      const when = place === (m[group] ?? '') ? (DECADE_AFTER.exec(text.slice(start + place.length, start + place.length + 30))?.[0].length ?? 0) : 0;
      const end = start + place.length + when;
      const wider = end + (when ? 0 : widerPlace(text, end));
      spans.push(makeSpan('origin', start, wider));
      // "Born in Seoul, 1996", "born in Aberystwyth in 1989": the year after the place of birth is the year of birth.
      // So is a whole date there: "born in Pécs, 12.05.1986".
      const date = /^[Bb]orn\b/.test(m[0]) ? birthDateAfter(text, wider) : null;
      if (date) spans.push(makeSpan('date-of-birth', date[0], date[1]));
    }
  }
  for (const m of matchAll(text, BORN_BARE)) {
    const [town, region] = m[1]!.split(',');
    // "Born Kisumu, Kenya": a country after the comma vouches for a town the place data lacks, and goes with it.
    const inCountry = region !== undefined && nameLexicon.countries.has(region.trim());
    const place = inCountry ? m[1]! : town!;
    const start = m.indices?.[1]?.[0] ?? m.index;
    if ((!inCountry && !nameLexicon.notNameGroups.places.has(place.split(/[ \t]/)[0]!)) || isCountry(town!)) continue;
    spans.push(makeSpan('origin', start, start + place.length));
    // "Born Hong Kong, 1994": the year after the place is the year of birth.
    const year = /^,[ \t]*((?:19|20)\d{2})(?!\d)/.exec(text.slice(start + place.length, start + place.length + 8));
    if (year) spans.push(makeSpan('date-of-birth', start + place.length + year[0].length - 4, start + place.length + year[0].length));
  }
  for (const m of matchAll(text, LEFT_PLACE)) {
    const place = m[3]!;
    const words = place.replace(/^the[ \t]+/, '').split(/[ \t,]+/);
    // Fleeing names where someone comes from, and so does schooling, whatever the place (not a month: "finished school in September").
    const fled = /^(?:fled|escaped|fleeing)$/.test(m[1] ?? m[2] ?? '') || (SCHOOLED.test(m[0]) && !MONTH_OR_DAY.has(words[0]!));
    // "after leaving Leeds General Infirmary": an organisation word makes it an employer.
    if (isCountry(place) || words.some((w) => NOT_PLACE.has(w)) || (!fled && !nameLexicon.notNameGroups.places.has(words[0]!))) continue;
    const start = m.indices?.[3]?.[0] ?? m.index;
    spans.push(makeSpan('origin', start, start + place.length));
  }
  // Only a country the place data knows, and only the writer's own return ("I returned to Leeds" may be anyone's home).
  for (const m of matchAll(text, BACK_TO)) {
    const place = m[2]!;
    const start = m.indices?.[2]?.[0] ?? m.index;
    if (abroad(place) && (m[1] !== undefined || writerLives(text.slice(Math.max(0, m.index - 80), m.index)))) spans.push(makeSpan('origin', start, start + place.length));
  }
  for (const m of matchAll(text, SCHOOL_LEVEL)) {
    // The rest of its line, field by field: a town of capitalised words just before the year.
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 120);
    const line = rest.slice(0, rest.search(/\n|$/));
    const fields = line.split(',');
    let offset = from;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      const place = field.trim();
      const words = place.split(/[ \t]+/);
      if (i > 0 && YEAR_FIELD.test(fields[i + 1] ?? '') && /^\p{Lu}/u.test(place) && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(w) && (nameLexicon.notNameGroups.places.has(w) || !nameLexicon.notNames.has(w)) && !SUBJECT.test(w) && !DEMONYMS.has(w))) {
        const start = offset + field.indexOf(place);
        spans.push(makeSpan('origin', start, start + place.length));
      }
      offset += field.length + 1;
    }
  }
  for (const m of matchAll(text, FAMILY_IN)) {
    const place = m[1]!;
    const start = m.indices?.[1]?.[0] ?? m.index;
    if (!isCountry(place) && !NOT_PLACE.has(place.replace(/^the[ \t]+/, '').split(/[ \t]/)[0]!)) spans.push(makeSpan('origin', start, start + place.length));
  }
  for (const m of matchAll(text, HOME_IS)) {
    const place = m[1]!;
    const first = place.split(/[ \t]/)[0]!;
    if (!NOT_HOME_PLACE.test(first) && !NOT_PLACE.has(first) && !isCountry(place)) spans.push(makeSpan('origin', m.index, m.index + place.length));
  }
  for (const m of matchAll(text, LIVE_IN)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    // Someone else's home in a story is theirs only when a person is set off before it or the story's pronoun leads:
    // "The 19-year-old, who lives in North Norfolk," and "She lives in Hove", never "people who live in Bradford".
    const story = /^[Ll]iv(?:es|ing)/.test(m[0]) && PERSON_LIVES.test(before) && !KIN_WHO.test(before);
    if (!story && (/^[Ll]ives/.test(m[0]) || (!/^[Mm]y/.test(m[0]) && !writerLives(before)))) continue;
    const start = m.indices?.[1]?.[0] ?? m.index;
    const place = m[1] ?? '';
    // A country is too wide to find anyone by: "I live in the UK"; a ward or a specialty is work ("a room in Oncology").
    // "We lived in Peshawar in Pakistan": the wider place goes with the town.
    if (!isCountry(place) && !NOT_PLACE.has(place.replace(/^the[ \t]+/, '').split(/[ \t]/)[0]!)) spans.push(makeSpan('address', start, start + place.length + widerPlace(text, start + place.length)));
  }
  for (const m of matchAll(text, HOUSED_IN)) {
    const place = m[1]!;
    const start = m.indices?.[1]?.[0] ?? m.index;
    if (!isCountry(place) && !NOT_PLACE.has(place.replace(/^the[ \t]+/, '').split(/[ \t]/)[0]!)) spans.push(makeSpan('address', start, start + place.length));
  }
  for (const m of [...matchAll(text, POST_FROM), ...matchAll(text, IS_FROM)]) {
    const place = m[1]!.split(',')[0]!;
    const start = m.indices?.[1]?.[0] ?? m.index;
    if (abroad(place)) spans.push(makeSpan('origin', start, start + place.length));
  }
  for (const m of matchAll(text, FROM_FRAGMENT)) {
    const place = m[1]!;
    const start = m.indices?.[1]?.[0] ?? m.index;
    if (abroad(place.split(',').at(-1)!.trim())) spans.push(makeSpan('origin', start, start + place.length));
  }
  for (const m of matchAll(text, OF_SET_OFF)) {
    const place = m[1]!;
    const start = m.indices?.[1]?.[0] ?? m.index;
    // "…, 45, of Leeds Teaching Hospitals,": an organisation's word makes it an employer.
    if (NAME_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) && !isCountry(place) && !place.split(/[ \t,]+/).some((w) => NOT_PLACE.has(w) || ORGANISATION_NOUN.test(w))) spans.push(makeSpan('address', start, start + place.length));
  }
  for (const m of matchAll(text, AGED_AND_FROM)) {
    const start = m.indices?.[1]?.[0] ?? m.index;
    if (writerPlace(m[1]!) && !isCountry(m[1]!)) spans.push(makeSpan('origin', start, start + m[1]!.length + widerPlace(text, start + m[1]!.length)));
  }
  for (const m of matchAll(text, MOVED_AGED_FROM)) {
    const start = m.indices?.[1]?.[0] ?? m.index;
    if (abroad(m[1]!)) spans.push(makeSpan('origin', start, start + m[1]!.length));
  }
  for (const m of matchAll(text, AGED_FROM)) {
    const place = m[1]!;
    const start = m.indices?.[1]?.[0] ?? m.index;
    if (!NAME_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) || isCountry(place) || NOT_PLACE.has(place.replace(/^the[ \t]+/, '').split(/[ \t]/)[0]!) || MONTH_OR_DAY.has(place)) continue;
    spans.push(makeSpan(abroad(place) ? 'origin' : 'address', start, start + place.length));
  }
  for (const m of [...matchAll(text, NEW_HOME), ...matchAll(text, FROM_SET_OFF)]) {
    const place = m[1]!;
    const start = m.indices?.[1]?.[0] ?? m.index;
    if (m[0].startsWith(',') && !NAME_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (!isCountry(place) && !NOT_PLACE.has(place.replace(/^the[ \t]+/, '').split(/[ \t]/)[0]!) && !MONTH_OR_DAY.has(place)) spans.push(makeSpan('address', start, start + place.length));
  }
  for (const m of [...matchAll(text, LIVE_ON), ...matchAll(text, SITE_HOME)]) {
    const start = m.indices?.[1]?.[0] ?? m.index;
    if (!writerLives(text.slice(Math.max(0, m.index - 80), m.index)) || NOT_PLACE.has(m[1]!.replace(/^the[ \t]+/, '').split(/[ \t]/)[0]!)) continue;
    spans.push(makeSpan('address', start, m.index + m[0].length));
    // "I live off Stockport Road in Longsight": the district after the street goes too.
    IN_PLACE.lastIndex = m.index + m[0].length;
    const district = IN_PLACE.exec(text);
    if (district?.indices?.[1] && !NOT_PLACE.has(district[1]!.split(/[ \t]/)[0]!)) spans.push(makeSpan('address', district.indices[1][0], district.indices[1][1]));
  }
  for (const m of matchAll(text, LIVE_AT)) {
    if (!writerLives(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    const from = m.index + m[0].length;
    const window = text.slice(from, from + 80);
    const stop = window.search(CLAUSE_STOP);
    const end = from + trimChars(window.slice(0, stop < 0 ? window.length : stop), null, /[\s,]/).length;
    // Divisible, as every address is: a postcode inside it is its own ("19 Lambeth Walk, [POSTCODE] — …").
    if (end > from) spans.push(makeSpan('address', from, end, { divisible: true }));
  }
  for (const m of matchAll(text, HOUSE_HOME)) {
    if (!/^[Mm]y|^[Oo]ur/.test(m[0]) && !writerLives(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    const start = m.indices?.[1]?.[0] ?? m.index;
    spans.push(makeSpan('address', start, start + m[1]!.length));
  }
  for (const m of matchAll(text, LIVE_WITH)) {
    // The first " in " before the sentence ends, at most 100 characters on, read in code.
    const from = m.index + m[0].length;
    const window = text.slice(from, from + 100);
    // The sentence ends, or a clause about someone else starts ("my partner, who works in Oncology").
    // So does a new verb after "and" ("…and work in Outpatients"); "and my wife", "and two children" go on listing people.
    const stop = window.search(/[.!?;:]|\b(?:who|which|that|where|whose|but)\b|\band[ \t]+(?!(?:my|our|his|her|their|the|a|an|two|three|four|five)\b|\p{Lu})/u);
    const at = window.slice(0, stop < 0 ? window.length : stop).search(/[ \t\n]in[ \t]/);
    if (at < 0) continue;
    IN_PLACE.lastIndex = from + at;
    const place = IN_PLACE.exec(text);
    const start = place?.indices?.[1]?.[0];
    if (!place || start === undefined || isCountry(place[1]!) || NOT_PLACE.has(place[1]!.split(/[ \t]/)[0]!)) continue;
    spans.push(makeSpan('address', start, start + place[1]!.length));
  }
  for (const m of matchAll(text, BORN_AFTER_PLACE)) {
    const hyphenated = m[0].startsWith('-');
    // "Leeds born and bred": the place is the word before the blanks.
    let end = m.index;
    while (!hyphenated && end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    if (!hyphenated && end === m.index) continue;
    const place = lastWord(text, end);
    // "London-born Indian", "UK-born Pakistani": the people named after it are the writer's too.
    const people = hyphenated && m[0] === '-born' ? PEOPLE_AFTER_BORN.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
    if (people && DEMONYMS.has(people[1]!)) {
      const start = m.index + m[0].length + people[0].length - people[1]!.length;
      spans.push(makeSpan('nationality', start, start + people[1]!.length));
    }
    // "UK-born", "British-born": a nationality, found by findNationality.
    if (!place || /^(?:UK|British|English|Scottish|Welsh|Irish)$/.test(place)) continue;
    // The hyphenated word goes whole, with the town in brackets after it ("Korean-born (Busan)"); "Leeds born and bred" loses only the place.
    spans.push(makeSpan('origin', end - place.length, hyphenated ? m.index + m[0].length : end));
    // Its own span: "Korean-born" may be found as a nationality, which outranks it.
    const town = hyphenated ? BRACKETED_PLACE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
    if (town) spans.push(makeSpan('origin', m.index + m[0].length + town[0].indexOf('(') + 1, m.index + m[0].length + town[0].length - 1));
  }
  for (const m of matchPhrases(text, REGIONAL)) {
    const end = m.index + m[0].length;
    spans.push(makeSpan('origin', m.index, end + (IDENTITY_AFTER.exec(text.slice(end, end + 30))?.[0].length ?? 0)));
  }
  for (const m of matchAll(text, ORIGIN_LOWER)) {
    // "born in wrexham, north wales": a place typed in lower case, unless it is a date, a setting or a word of time.
    const place = m[1]!;
    if (NOT_LOWER_PLACE.test(place)) continue;
    const start = m.indices?.[1]?.[0] ?? m.index;
    spans.push(makeSpan('origin', start, start + place.length));
  }
  // A place cut by a stronger clause that opens inside it keeps its first part: "born in Grozny, [Chechnya in 1990 and came to
  // the UK … as an asylum seeker]" still takes "Grozny".
  return spans.map((span) => ({ ...span, divisible: true }));
}
